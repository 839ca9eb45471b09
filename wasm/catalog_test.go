package main

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	catdata "github.com/tcsig/tcsig/catalog/data"
	"github.com/tcsig/tcsig/export"
)

// plainJSON reads one committed catalog file as the page receives it: the
// browser has undone the Content-Encoding: br.
func plainJSON(t *testing.T, name string) string {
	t.Helper()
	b, err := catdata.FS.ReadFile(name)
	require.NoError(t, err)
	out, err := io.ReadAll(brotli.NewReader(bytes.NewReader(b)))
	require.NoError(t, err)
	return string(out)
}

// fromJSON reads a call's result given as JSON text, which tcsig.js parses.
func fromJSON(t *testing.T, out any) any {
	t.Helper()
	text, ok := out.(string)
	require.True(t, ok, "the call returns JSON text")
	var v any
	require.NoError(t, json.Unmarshal([]byte(text), &v))
	return v
}

func loadCVM(t *testing.T) {
	t.Helper()
	_, err := catLoadIndexCall([]Value{fake{plainJSON(t, "index.json.br")}})
	require.NoError(t, err)
	_, err = catLoadServiceCall([]Value{fake{"cvm"}, fake{plainJSON(t, "services/cvm.json.br")}})
	require.NoError(t, err)
}

func TestCatalogCalls(t *testing.T) {
	loadCVM(t)

	out, err := catSearchCall([]Value{fake{"cvm term inst"}, fake{float64(3)}, fake{"zh"}})
	require.NoError(t, err)
	hits := fromJSON(t, out).([]any)
	require.NotEmpty(t, hits)
	first := hits[0].(map[string]any)
	assert.Equal(t, "TerminateInstances", first["action"])
	assert.Equal(t, "cvm", first["service"])
	assert.Regexp(t, `\p{Han}`, first["summary"], "a loaded service's hits carry the summary")

	// The fourth argument is the chosen service, whose hits come first.
	out, err = catSearchCall([]Value{fake{"DescribeZ"}, fake{float64(3)}, fake{"en"}, fake{"cvm"}})
	require.NoError(t, err)
	hits = fromJSON(t, out).([]any)
	require.NotEmpty(t, hits)
	assert.Equal(t, "cvm", hits[0].(map[string]any)["service"])

	out, err = catExampleCall([]Value{fake{"cvm"}, fake{""}, fake{"TerminateInstances"}})
	require.NoError(t, err)
	ex := fromJSON(t, out).(map[string]any)
	assert.Equal(t, []any{"InstanceIds"}, ex["required"])
	assert.Regexp(t, `^\{"InstanceIds":\[""\]`, ex["text"], "required first, typed placeholders")

	out, err = catDocsCall([]Value{fake{"cvm"}, fake{"2017-03-12"}, fake{"DescribeInstances"}, fake{"en"}})
	require.NoError(t, err)
	d := fromJSON(t, out).(map[string]any)
	assert.Equal(t, "en", d["summaryLang"])
	params := d["params"].([]any)
	require.NotEmpty(t, params)
	assert.Equal(t, "InstanceIds", params[0].(map[string]any)["name"])
	assert.Equal(t, "an array of strings", params[0].(map[string]any)["type"])
	out, err = catDocsCall([]Value{fake{"cvm"}, fake{"2017-03-12"}, fake{"DescribeInstances"}, fake{"zh"}})
	require.NoError(t, err)
	zh := fromJSON(t, out).(map[string]any)["params"].([]any)
	assert.Equal(t, "由字符串组成的数组", zh[0].(map[string]any)["type"], "type words in the page's language")
	assert.Equal(t, "由 Filter 对象组成的数组", zh[1].(map[string]any)["type"])

	check := func(method, sm, body string) []any {
		out, err := catCheckCall([]Value{fake{map[string]any{
			"service": "cvm", "action": "TerminateInstances", "version": "2017-03-12",
			"method": method, "signatureMethod": sm, "data": body,
		}}})
		require.NoError(t, err)
		return fromJSON(t, out).([]any)
	}
	f := check("POST", "TC3-HMAC-SHA256", `{"InstanceIds":"x","Bogus":1}`)
	require.Len(t, f, 2)
	assert.ElementsMatch(t, []any{"unknown-parameter", "parameter-type"}, []any{f[0].(map[string]any)["cause"], f[1].(map[string]any)["cause"]})
	assert.Len(t, check("GET", "TC3-HMAC-SHA256", `{"InstanceIds":"x","Bogus":1}`), 1, "GET: names only")
	assert.Len(t, check("POST", "HmacSHA256", `{"InstanceIds":"x"}`), 0, "v1: no types")
	assert.Empty(t, check("POST", "TC3-HMAC-SHA256", `{"InstanceIds":`), "not JSON yet: the JSON status says so")

	_, err = catDocsCall([]Value{fake{"cbs"}, fake{""}, fake{"DescribeDisks"}, fake{"en"}})
	assert.Error(t, err, "a service not loaded")
}

func TestExportCall(t *testing.T) {
	loadCVM(t)
	call := exportCall(Edge{Now: func() int64 { return 1700000000 }, Nonce: func() uint64 { return 1 }})
	req := map[string]any{
		"service": "cvm", "action": "DescribeInstances", "version": "2017-03-12", "region": "ap-guangzhou",
		"timestamp": "1700000000", "secretId": "AKIDx", "secretKey": "k", "data": `{"Limit":1}`,
	}
	for lang, want := range map[string]string{
		"curl":        "curl -sS 'https://cvm.tencentcloudapi.com/'",
		"http":        "POST / HTTP/1.1\r\n",
		export.Go:     "cvm.NewClient",
		export.TCCLI:  "tccli cvm DescribeInstances",
		export.Python: "from tencentcloud.cvm.v20170312 import",
	} {
		out, err := call([]Value{fake{lang}, fake{req}})
		require.NoError(t, err, lang)
		assert.Contains(t, out, want, lang)
		assert.NotContains(t, out, `"k"`, lang)
	}
	req["action"] = "NoSuchAction"
	out, err := call([]Value{fake{export.Go}, fake{req}})
	require.NoError(t, err)
	assert.Contains(t, out, "NewCommonRequest", "an action the catalog does not know: the common client")
	_, err = call([]Value{fake{"cobol"}, fake{req}})
	assert.ErrorContains(t, err, "unknown language")
}
