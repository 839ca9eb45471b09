package capture

import (
	"errors"
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
	for i := range r.Notes {
		if m, ok := r.Note(i).(message.Msg); ok {
			zh = append(zh, m.Render(message.ZH))
		}
	}
	assert.Contains(t, zh, "HAR 第 0 个条目没有列出请求头部（开发者工具可能只有临时头部）；无法检查参与签名的头部")
	_, err = Parse([]byte(`{"log":{"entries":[{"request":{"url":"https://cvm.tencentcloudapi.com/"}}]}}`))
	require.Error(t, err)
	assert.Equal(t, "har: HAR 第 0 个条目没有 request.method", message.RenderError(err, message.ZH))
}
