package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/request"
)

// TestSetLanguage checks that after setLanguage("zh") the module's Go-side
// messages come back in Chinese: a host explanation, a sign error and a
// warning; and that "en" brings English back.
func TestSetLanguage(t *testing.T) {
	t.Cleanup(func() { lang = message.EN })
	_, err := setLanguageCall([]Value{fake{"fr"}})
	assert.Error(t, err)
	_, err = setLanguageCall(nil)
	assert.Error(t, err)

	out, err := setLanguageCall([]Value{fake{"zh"}})
	require.NoError(t, err)
	assert.Equal(t, "zh", out)
	res, err := resolveCall([]Value{fake{"cvm"}, fake{"ap-guangzhou"}})
	require.NoError(t, err)
	assert.Contains(t, plain(res).(map[string]any)["why"], "就近接入域名")

	in := &Input{Req: &request.Input{Service: "cvm", Action: "A", Version: "2017-03-12", Timestamp: 1551113065,
		SecretID: "id", SecretKey: "key", Method: "GET", Region: "ap-taipei", Data: []byte(`{"X":"` + strings.Repeat("a", 40000) + `"}`)}}
	_, err = SignDecoded(nil, in)
	require.Error(t, err)
	assert.Contains(t, ErrorText(err), "请求过大：GET 查询串为 ")

	in.Req.Data = nil
	signed, err := SignDecoded(nil, in)
	require.NoError(t, err)
	localize(signed)
	require.Len(t, signed.Warnings, 1)
	assert.Contains(t, signed.Warnings[0], "ap-taipei 不在 tcsig 的地域表中")
	assert.Equal(t, "GET 请求", signed.Size.Rule)

	_, err = Decode(fake{map[string]any{"service": "cvm", "timestamp": true}}, Edge{Now: func() int64 { return 1 }, Nonce: func() uint64 { return 1 }})
	require.Error(t, err)
	assert.Contains(t, ErrorText(err), "应为十进制字符串或数字，实际为 ")
	_, err = Decode(fake{map[string]any{"servce": "cvm"}}, Edge{Now: func() int64 { return 1 }, Nonce: func() uint64 { return 1 }})
	require.Error(t, err)
	assert.Contains(t, ErrorText(err), `未知字段；是否想用 "service"？`)

	_, err = setLanguageCall([]Value{fake{"en"}})
	require.NoError(t, err)
	assert.Contains(t, ErrorText(err2(t)), "request too large")
}

func err2(t *testing.T) error {
	in := &Input{Req: &request.Input{Service: "cvm", Action: "A", Version: "2017-03-12", Timestamp: 1551113065,
		SecretID: "id", SecretKey: "key", Method: "GET", Data: []byte(`{"X":"` + strings.Repeat("a", 40000) + `"}`)}}
	_, err := SignDecoded(nil, in)
	require.Error(t, err)
	return err
}

// The relay's messages, the JSON checker's message and the calls' argument
// errors follow the page's language too.
func TestLocalizeInZh(t *testing.T) {
	t.Cleanup(func() { lang = message.EN })
	relayEN := message.New(message.RelayBodyTC3, message.New(message.RelaySizeBytes, 10485761), 10485760).Render(message.EN)

	out, err := localizeCall([]Value{fake{relayEN}})
	require.NoError(t, err)
	assert.Equal(t, relayEN, out, "English until setLanguage")

	_, err = setLanguageCall([]Value{fake{"zh"}})
	require.NoError(t, err)
	out, err = localizeCall([]Value{fake{relayEN}})
	require.NoError(t, err)
	assert.Equal(t, "请求体为 10485761 字节；TC3-HMAC-SHA256 请求最多可携带 10485760 字节（10 MB）", out)
	out, err = localizeCall([]Value{fake{"upstream said something else"}})
	require.NoError(t, err)
	assert.Equal(t, "upstream said something else", out, "other text as it is")
	_, err = localizeCall(nil)
	require.Error(t, err)
	assert.Equal(t, "localize(text)：text 必须是字符串", ErrorText(err))

	_, err = markCall(nil)
	assert.Equal(t, "mark(text)：text 必须是字符串", ErrorText(err))
	obj, err := checkJSONCall([]Value{fake{`{"Limit":1`}})
	require.NoError(t, err)
	assert.Equal(t, "JSON 输入意外结束", plain(obj).(map[string]any)["message"])
	// The sentence and the note the CLI's warning says too (cli.jsonBodyWarning).
	assert.Equal(t, "JSON 错误：第 1 行第 11 列：JSON 输入意外结束", plain(obj).(map[string]any)["text"])
	assert.Equal(t, message.New(message.JSONSignedAnyway).Render(message.ZH), plain(obj).(map[string]any)["signedNote"])
}

// The page's size texts come from Go's one spelling of a size, in the
// language set: tcsig.sizeText, which the page calls with the sign result's
// numbers (the result itself stays the CLI's schema).
func TestSizeTextsFollowTheLanguage(t *testing.T) {
	t.Cleanup(func() { lang = message.EN })
	for l, want := range map[message.Lang][3]string{message.EN: {"11 bytes", "10 MB", "1500 bytes"}, message.ZH: {"11 字节", "10 MB", "1500 字节"}} {
		lang = l
		for i, n := range []float64{11, 10 << 20, 1500} {
			got, err := sizeTextCall([]Value{fake{n}})
			require.NoError(t, err)
			assert.Equal(t, want[i], got, "%s sizeText(%v)", l, n)
		}
	}
	for _, bad := range []Value{fake{"12"}, fake{float64(-1)}, fake{1.5}} {
		_, err := sizeTextCall([]Value{bad})
		assert.Error(t, err, "%v", bad)
	}
	_, err := sizeTextCall(nil)
	assert.Error(t, err)
}

// A field's error comes apart into the property and the problem, in the
// page's language, so the page can put its own label before the problem
// ("时间戳：…", not "timestamp: …"); other errors do not.
func TestErrorFieldSplitsAFieldError(t *testing.T) {
	t.Cleanup(func() { lang = message.EN })
	lang = message.ZH
	_, err := Decode(fake{map[string]any{"service": "cvm", "timestamp": "1.5"}}, edge)
	require.Error(t, err)
	field, problem, ok := ErrorField(err)
	require.True(t, ok, "a bad timestamp is a field's error: %v", err)
	assert.Equal(t, "timestamp", field)
	assert.Equal(t, "timestamp: "+problem, ErrorText(err), "the problem is the error without the field")
	assert.NotContains(t, problem, "timestamp")
	assert.NotRegexp(t, "[a-z]{4,}", strings.ReplaceAll(problem, `"1.5"`, ""), "the problem %q is not Chinese", problem)

	in := &Input{Req: &request.Input{Service: "cvm", Action: "A", Version: "2017-03-12", Timestamp: 1551113065,
		SecretID: "id", SecretKey: "key", Data: []byte(`"` + strings.Repeat("a", 10<<20) + `"`)}}
	_, err = SignDecoded(nil, in)
	require.Error(t, err, "a body over 10 MB")
	_, _, ok = ErrorField(err)
	assert.False(t, ok, "a size error names no field: %v", ErrorText(err))
}

// The page marks its size meter from the error, not from its words (which
// are in the page's language).
func TestOverLimitFromTheError(t *testing.T) {
	in := &Input{Req: &request.Input{Service: "cvm", Action: "A", Version: "2017-03-12", Method: "GET", Timestamp: 1551113065,
		SecretID: "id", SecretKey: "key", Params: map[string]string{"Big": strings.Repeat("x", 40<<10)}}}
	_, err := SignDecoded(nil, in)
	require.Error(t, err)
	assert.True(t, OverLimit(err), "%v", err)
	in.Req.Params = nil
	in.Req.Action = ""
	_, err = SignDecoded(nil, in)
	require.Error(t, err)
	assert.False(t, OverLimit(err), "%v", err)
}
