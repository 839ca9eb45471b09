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
