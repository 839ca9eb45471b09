package capture

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/message"
)

// A parse error written from a message code reads the same in English as
// before and in Chinese on the page and in the CLI, place included.
func TestParseErrorRendersInChinese(t *testing.T) {
	for _, tt := range []struct{ in, en, zh string }{
		{"curl -F a=b https://cvm.tencentcloudapi.com/", "curl: line 1: curl -F builds a multipart/form-data body",
			"curl: 第 1 行：curl -F 用随机的分隔符构造 multipart/form-data 请求体"},
		{"curl -H 'X: y'", "curl: no URL in the curl command", "curl: curl 命令中没有 URL"},
		{"curl 'https://a", "curl: line 1: unterminated single quote", "curl: 第 1 行：单引号没有闭合"},
		{"curl -d @body.json https://cvm.tencentcloudapi.com/", `curl: line 1: --data @… makes curl read the body from the file "body.json"; files cannot be read here`,
			`curl: 第 1 行：--data @… 会让 curl 从文件 "body.json"读取请求体；这里无法读取文件`},
		{"   ", "the input is empty", "输入为空"},
		{`{"a" 1}`, "json: byte 5: invalid JSON: invalid character '1' after object key", "json: 第 5 字节处：无效的 JSON：对象键之后遇到无效字符 '1'"},
		{`{"log":{"entries":[{"request":{"method":"GET","url":"https://a.example/"}},{"request":{"method":"GET","url":"https://b.example/"}}]}}`,
			"har: the HAR file has 2 entries and none (CORS preflights aside) is addressed to *.tencentcloudapi.com; choose the entry to check",
			"har: HAR 文件有 2 个条目，没有一个（CORS 预检请求除外）发往 *.tencentcloudapi.com；请选择要检查的条目"},
		{"POST / HTTP/1.1\nHost: cvm.tencentcloudapi.com\nContent-Length: 9\n\n{}", "http: byte 65: Content-Length says 9 but only 2 bytes follow the blank line",
			"http: 第 65 字节处：Content-Length 为 9，但空行之后只有 2 字节"},
		{"POST / HTTP/1.1\nHost: x\nContent-Length: 12345678901234567890\n\n", `http: line 3: Content-Length "12345678901234567890" is too large`,
			`http: 第 3 行：Content-Length "12345678901234567890" 过大`},
	} {
		_, err := Parse([]byte(tt.in))
		require.Error(t, err, tt.in)
		var pe *ParseError
		require.True(t, errors.As(err, &pe), tt.in)
		assert.False(t, pe.Text.IsZero(), "%q: no message code", tt.in)
		assert.Contains(t, err.Error(), tt.en)
		assert.Contains(t, message.RenderError(err, message.ZH), tt.zh)
	}
}

// A HAR note names the entry in the note's language.
func TestHARNoteNamesEntryInChinese(t *testing.T) {
	r, err := Parse([]byte(`{"log":{"entries":[{"request":{"method":"GET","url":"https://cvm.tencentcloudapi.com/","headers":[]}}]}}`))
	require.NoError(t, err)
	var zh []string
	for _, m := range r.Notes {
		zh = append(zh, m.Render(message.ZH))
	}
	assert.Contains(t, zh, "HAR 第 0 个条目没有列出请求头部（开发者工具可能只有临时头部）；无法检查参与签名的头部")
	_, err = Parse([]byte(`{"log":{"entries":[{"request":{"url":"https://cvm.tencentcloudapi.com/"}}]}}`))
	require.Error(t, err)
	assert.Equal(t, "har: HAR 第 0 个条目没有 request.method", message.RenderError(err, message.ZH))
}

// The JSON top level's type and the HAR fields of the wrong type are
// named from the message tables: the English reads as before, and the
// Chinese holds none of its English words.
func TestJSONTypeAndHARFieldErrorsInChinese(t *testing.T) {
	for _, tt := range []struct {
		in, en, zh string
		oldWords   []string
	}{
		{`{"log":[]}`, `the "log" object: log must be an object, got a list`, `"log" 对象：log 必须是对象，收到的是列表`, []string{"must be", "object", "list"}},
		{`[1]`, "invalid JSON: the top level must not be a JSON array", "顶层不能是 JSON 数组", []string{"array"}},
		{`"x"`, "the top level must not be a JSON string", "顶层不能是 JSON 字符串", []string{"string"}},
		{`12`, "the top level must not be a JSON number", "顶层不能是 JSON 数字", []string{"number"}},
		{`true`, "the top level must not be a JSON bool", "顶层不能是 JSON 布尔值", []string{"bool"}},
		{`{"log":{"entries":{}}}`, "log.entries must be a list, got an object", "log.entries 必须是列表，收到的是对象", []string{"must be", "got", "list", "object"}},
		{`{"log":{"entries":[[]]}}`, "the entry must be an object, got a list", "该条目 必须是对象，收到的是列表", []string{"the entry", "must be", "got"}},
		{`{"log":{"entries":[{"request":{"method":1,"url":"https://cvm.tencentcloudapi.com/"}}]}}`, "request.method must be a string, got a number",
			"request.method 必须是字符串，收到的是数字", []string{"must be", "string", "number", "got"}},
		{`{"log":{"entries":[{"request":{"method":"GET","url":"https://cvm.tencentcloudapi.com/","bodySize":"9"}}]}}`, "request.bodySize must be a number, got a string",
			"request.bodySize 必须是数字，收到的是字符串", []string{"must be", "string", "number"}},
		{`{"log":{"entries":[{"request":{"method":"GET","url":"https://cvm.tencentcloudapi.com/","bodySize":1e999}}]}}`, "request.bodySize must be a number within float64's range",
			"request.bodySize 必须是float64 范围内的数字", []string{"within", "range"}},
		{`{"log":{"entries":[{"request":{"method":"GET","url":"https://cvm.tencentcloudapi.com/","headers":[true]}}]}}`, "request.headers[0] must be an object, got a boolean",
			"request.headers[0] 必须是对象，收到的是布尔值", []string{"must be", "object", "boolean"}},
		{`{"log":{"entries":[{"request":{"method":"GET","url":"https://cvm.tencentcloudapi.com/","postData":{"text":[]}}}]}}`, "request.postData.text must be a string, got a list",
			"request.postData.text 必须是字符串，收到的是列表", []string{"must be", "string", "list"}},
	} {
		parse := Parse
		if !strings.HasPrefix(tt.in, "{") {
			parse = ParseJSON // Parse does not take a top level other than an object for JSON
		}
		_, err := parse([]byte(tt.in))
		require.Error(t, err, tt.in)
		assert.Contains(t, err.Error(), tt.en, tt.in)
		zh := message.RenderError(err, message.ZH)
		assert.Contains(t, zh, tt.zh, tt.in)
		for _, w := range tt.oldWords {
			assert.NotContains(t, zh, w, tt.in)
		}
	}
}
