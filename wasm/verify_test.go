package main

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/request"
)

func TestVerifyReportsTheCLIJSON(t *testing.T) {
	res, err := request.Sign(&request.Input{Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: "ap-guangzhou",
		Timestamp: 1551113065, SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", Data: []byte(`{"Limit":1}`)})
	require.NoError(t, err)
	raw := "POST / HTTP/1.1\r\n"
	for _, h := range res.Headers {
		raw += h.Name + ": " + h.Value + "\r\n"
	}
	raw += "\r\n" + string(res.Body)
	opts := fake{map[string]any{"secretKey": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "now": float64(1551113065 + 30)}}
	b, err := Verify(raw, opts, 1700000000)
	require.NoError(t, err)
	var rep map[string]any
	require.NoError(t, json.Unmarshal(b, &rep))
	assert.Equal(t, true, rep["valid"], "a correctly signed request reported invalid: %s", b)
	// The edge clock (1700000000) is far from the timestamp: the API's
	// 5-minute check fails when now is not given.
	b, err = Verify(raw, fake{map[string]any{"secretKey": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"}}, 1700000000)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"valid":false`, "a request 4 years old passed the clock check")
	b, err = Verify(raw, fake{map[string]any{"secretKey": "wrong", "now": "0"}}, 1700000000)
	require.NoError(t, err)
	assert.Contains(t, string(b), "SignatureFailure", "wrong key")
	_, err = Verify(raw, fake{map[string]any{"secretkey": "x"}}, 1700000000)
	assert.ErrorContains(t, err, "unknown option", "misspelt option")
	_, err = Verify(raw, fake{map[string]any{"now": 1.5}}, 1700000000)
	assert.ErrorContains(t, err, "whole seconds", "fractional now")
}

// The server clock takes the spellings of `tcsig verify --now`: "off"
// skips the 5-minute check, "" is the caller's clock, Unix seconds as text
// or a number set it, and anything else names the field and the way out.
func TestVerifyNowAsTheCLISpellsIt(t *testing.T) {
	res, err := request.Sign(&request.Input{Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: "ap-guangzhou",
		Timestamp: 1551113065, SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", Data: []byte(`{"Limit":1}`)})
	require.NoError(t, err)
	raw := "POST / HTTP/1.1\r\n"
	for _, h := range res.Headers {
		raw += h.Name + ": " + h.Value + "\r\n"
	}
	raw += "\r\n" + string(res.Body)
	valid := func(now any) string {
		opts := map[string]any{"secretKey": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"}
		if now != nil {
			opts["now"] = now
		}
		b, err := Verify(raw, fake{opts}, 1700000000) // the edge clock: 4 years after the timestamp
		require.NoError(t, err, "now %#v", now)
		var rep map[string]any
		require.NoError(t, json.Unmarshal(b, &rep))
		return fmt.Sprint(rep["valid"])
	}
	for _, now := range []any{"off", "OFF", " off", "0", float64(0), "1551113095", float64(1551113095)} {
		assert.Equal(t, "true", valid(now), "now %#v", now)
	}
	for _, now := range []any{nil, "", "1700000000"} {
		assert.Equal(t, "false", valid(now), "now %#v: the clock check must run", now)
	}
	_, err = Verify(raw, fake{map[string]any{"now": "yesterday"}}, 1700000000)
	assert.ErrorContains(t, err, "now: ", "a bad clock names the option")
	assert.ErrorContains(t, err, "off", "a bad clock says how to skip the check")
}
