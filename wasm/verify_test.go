package main

import (
	"encoding/json"
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
