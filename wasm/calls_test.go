package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCallsCheckTheirArguments(t *testing.T) {
	for name, call := range map[string]func([]Value) (any, error){
		"checkJSON": checkJSONCall, "mark": markCall, "_sha256": sha256Call,
	} {
		_, err := call(nil)
		assert.Error(t, err, "%s() without an argument", name)
		_, err = call([]Value{fake{float64(5)}})
		assert.Error(t, err, "%s(5)", name)
	}
	_, err := resolveCall([]Value{fake{"cvm"}, fake{float64(1)}})
	assert.EqualError(t, err, "resolve(service, region, mode): arguments must be strings")
}

func TestCallsAnswer(t *testing.T) {
	out, err := checkJSONCall([]Value{fake{`{"a":1}`}})
	require.NoError(t, err)
	assert.Nil(t, out, "valid JSON gives null")
	out, err = checkJSONCall([]Value{fake{`{"a":}`}})
	require.NoError(t, err)
	assert.Equal(t, float64(1), plain(out).(map[string]any)["line"])

	out, err = sha256Call([]Value{fake{""}})
	require.NoError(t, err)
	assert.Equal(t, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", out)
	out, err = sha256Call([]Value{fake{[]byte{}}})
	require.NoError(t, err)
	assert.Equal(t, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", out)

	out, err = resolveCall([]Value{fake{"cvm"}, fake{"ap-guangzhou"}})
	require.NoError(t, err)
	assert.Equal(t, "cvm.tencentcloudapi.com", plain(out).(map[string]any)["host"])

	out, err = markCall([]Value{fake{"a\tb"}})
	require.NoError(t, err)
	assert.Equal(t, []any{"a", "TAB", "layout", "tab U+0009", "b"}, out)
}

// The page's content-type select follows the Go rule book through
// tcsig.contentRules; the page keeps no copy of the rules.
func TestContentRulesCall(t *testing.T) {
	out, err := contentRulesCall([]Value{fake{"POST"}, fake{"TC3-HMAC-SHA256"}, fake{"application/x-www-form-urlencoded"}, fake{true}})
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"signatureMethod": "HmacSHA256", "contentType": "application/x-www-form-urlencoded",
		"allowed": []any{"application/x-www-form-urlencoded"}}, plain(out))

	out, err = contentRulesCall([]Value{fake{"post"}, fake{"HmacSHA1"}, fake{"application/json; charset=utf-8"}, fake{false}})
	require.NoError(t, err)
	assert.Equal(t, "application/x-www-form-urlencoded", plain(out).(map[string]any)["contentType"], "the method moved: the body follows")

	out, err = contentRulesCall([]Value{fake{"POST"}, fake{"TC3-HMAC-SHA256"}, fake{"application/json; charset=utf-8"}})
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"signatureMethod": "TC3-HMAC-SHA256", "contentType": "application/json",
		"allowed": []any{"application/json", "multipart/form-data", "application/octet-stream"}}, plain(out))

	_, err = contentRulesCall([]Value{fake{"POST"}, fake{float64(1)}})
	assert.Error(t, err)
}
