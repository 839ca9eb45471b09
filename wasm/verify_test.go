package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/signer"
)

func TestVerifyReportsTheCLIJSON(t *testing.T) {
	res, err := request.Sign(&request.Input{Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: "ap-guangzhou",
		Timestamp: 1551113065, SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", Data: []byte(`{"Limit":1}`)})
	require.NoError(t, err)
	raw := rawHTTP(res)
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
	raw := rawHTTP(res)
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

// The report carries the catalog's findings as `tcsig verify --output json`
// does (same cause ids, paths, API codes and messages, in the page's
// language), once the page has loaded the request's service; before that,
// none.
func TestVerifyReportsCatalogFindings(t *testing.T) {
	cat = catalog.Catalog{}
	t.Cleanup(func() { cat = catalog.Catalog{}; lang = message.EN })
	res, err := request.Sign(&request.Input{Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: "ap-guangzhou",
		Timestamp: 1551113065, SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
		ContentType: "application/json; charset=utf-8", Data: []byte(`{"Limt":1,"Offset":"0"}`)})
	require.NoError(t, err)
	raw := rawHTTP(res)
	opts := fake{map[string]any{"secretKey": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "now": "0"}}
	type report struct {
		Valid   bool
		Catalog []catalog.Finding
	}
	run := func(raw string) report {
		t.Helper()
		b, err := Verify(raw, opts, 1700000000)
		require.NoError(t, err)
		var rep report
		require.NoError(t, json.Unmarshal(b, &rep), "%s", b)
		return rep
	}
	rep := run(raw)
	assert.True(t, rep.Valid)
	assert.Equal(t, []catalog.Finding{}, rep.Catalog, "no catalog loaded: no findings, and the member is there")

	loadCVM(t)
	assert.Equal(t, []catalog.Finding{
		{Cause: "unknown-parameter", Path: "Limt", Code: "UnknownParameter", Message: "unknown parameter Limt; did you mean Limit?"},
		{Cause: "parameter-type", Path: "Offset", Code: "InvalidParameter", Message: "Offset should be a number, not a string"},
	}, run(raw).Catalog)

	// A GET request: the names of its query, as the CLI checks them.
	get, err := request.Sign(&request.Input{Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: "ap-guangzhou",
		Method: "GET", Timestamp: 1551113065, SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
		Data: []byte(`{"Limt":1}`)})
	require.NoError(t, err)
	rawGet := rawHTTP(get)
	assert.Equal(t, []catalog.Finding{
		{Cause: "unknown-parameter", Path: "Limt", Code: "UnknownParameter", Message: "unknown parameter Limt; did you mean Limit?"},
	}, run(rawGet).Catalog)

	lang = message.ZH
	zh := run(raw).Catalog
	require.Len(t, zh, 2)
	assert.Equal(t, "未知参数 Limt；是否想用 Limit？", zh[0].Message)
}

// rawHTTP is a signed request as it goes on the wire, for pasting into
// tcsig.verify.
func rawHTTP(res *signer.Result) string {
	_, path, _ := strings.Cut(strings.TrimPrefix(res.URL, "https://"), "/")
	raw := res.Method + " /" + path + " HTTP/1.1\r\n"
	for _, h := range res.Headers {
		raw += h.Name + ": " + h.Value + "\r\n"
	}
	return raw + "\r\n" + string(res.Body)
}
