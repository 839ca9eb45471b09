package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/request"
)

// An embed trace is signed with the documentation's example keys whatever
// keys the request holds: a real key, its derived keys and a token never
// reach a snippet.
func TestEmbedTraceUsesOnlyTheExampleKeys(t *testing.T) {
	req := obj(t, `{"service":"cvm","action":"DescribeInstances","version":"2017-03-12","region":"ap-guangzhou",
		"secretId":"AKIDrealrealrealreal","secretKey":"realSecretKeyThatMustNotLeak","token":"realToken",
		"timestamp":"1551113065","contentType":"application/json; charset=utf-8",
		"data":"{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}"}`)
	out, err := EmbedTrace(fake{req}, edge)
	require.NoError(t, err)
	for _, secret := range []string{"AKIDrealrealrealreal", "realSecretKeyThatMustNotLeak", "realToken", "X-TC-Token"} {
		assert.NotContains(t, out, secret)
	}
	var got struct {
		V     int
		Trace struct {
			Signature, Authorization string
		}
		Marks [][]string
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got), out)
	assert.Equal(t, 1, got.V)
	// The signature of Tencent's documented example.
	assert.Equal(t, "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168", got.Trace.Signature)
	assert.Contains(t, got.Trace.Authorization, "Credential="+request.ExampleSecretID+"/")
}

// The marks list each invisible character of the trace once, with the
// notation's name, so the embed draws the module's badges without it.
func TestEmbedTraceListsItsMarksOnce(t *testing.T) {
	req := obj(t, `{"service":"cvm","action":"A","version":"1","region":"ap-guangzhou","timestamp":"1551113065",
		"data":"{\"Name\": \"a\u00a0b\u00a0c\"} "}`)
	out, err := EmbedTrace(fake{req}, edge)
	require.NoError(t, err)
	var got struct{ Marks [][]string }
	require.NoError(t, json.Unmarshal([]byte(out), &got), out)
	names := map[string]int{}
	for _, m := range got.Marks {
		require.Len(t, m, 4, "a mark is [char, name, kind, title]")
		names[m[1]]++
		assert.NotEmpty(t, m[3])
	}
	assert.Equal(t, map[string]int{"LF": 1, "NBSP": 1, "SP": 1}, names)
}

func TestEmbedTraceNamesABadRequest(t *testing.T) {
	_, err := EmbedTrace(fake{map[string]any{"service": "cvm", "secretkey": "x"}}, edge)
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "secretkey"), err.Error())
}
