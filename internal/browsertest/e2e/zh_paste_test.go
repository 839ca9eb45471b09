package e2e

import (
	"testing"

	"github.com/stretchr/testify/assert"

	bt "github.com/tcsig/tcsig/internal/browsertest"
)

// In the Chinese UI, the Verify tab's answer to a bad paste is Chinese
// whatever the format (a HAR field of the wrong type, a JSON document that
// is an array, a curl command, raw HTTP, an SDK log), with none of the
// English the reader used to put in it; and the size line is spelled by
// the module ("字节", not the page's own "B").
func TestChineseUIBadPastesAndSizes(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html?lang=zh")
	waitReady(t, ctx)
	for _, c := range []struct {
		name, paste, zh string
		english         []string
	}{
		{"HAR field type", `{"log":{"entries":[{"request":{"method":1,"url":"https://cvm.tencentcloudapi.com/"}}]}}`,
			"request.method 必须是字符串，收到的是数字", []string{"must be", "got a"}},
		{"HAR entry not an object", `{"log":{"entries":[[]]}}`, "该条目 必须是对象，收到的是列表", []string{"the entry", "must be"}},
		{"JSON array", `[1, 2]`, "JSON 数组不是请求", []string{"array", "not a request"}},
		{"curl quote", `curl 'https://cvm.tencentcloudapi.com/`, "单引号没有闭合", []string{"unterminated"}},
		{"raw HTTP length", "POST / HTTP/1.1\nHost: cvm.tencentcloudapi.com\nContent-Length: 5\n\n{}", "Content-Length 为 5，但空行之后只有 2 字节", []string{"says", "follow the blank line"}},
		{"SDK log unsigned", "2024/01/01 [DEBUG] http request: POST / HTTP/1.1\nHost: cvm.tencentcloudapi.com\n\n{}", "请求未签名", []string{"not signed", "no Authorization"}},
	} {
		out := verifyInPage(t, ctx, c.paste, docKey, "1551113065", "")
		assert.Contains(t, out, c.zh, c.name)
		for _, w := range c.english {
			assert.NotContains(t, out, w, c.name)
		}
	}

	fill(t, ctx, map[string]string{"secretId": docID, "secretKey": docKey, "data": `{"Limit": 1}`})
	bt.Eval[bool](t, ctx, `(async () => { document.getElementById("tab-sign").click(); await tcsigPage.recompute(); return true; })()`)
	size := text(t, ctx, "#size-text")
	assert.Contains(t, size, "12 字节 / 10 MB", "the size line %q", size)
	assert.NotContains(t, size, " B ", "the size line %q", size)
}
