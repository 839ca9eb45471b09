package e2e

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	bt "github.com/tcsig/tcsig/internal/browsertest"
	"github.com/tcsig/tcsig/request"
)

// In the Chinese UI, Go-side messages come in Chinese too: the host's
// explanation and a signer error (over a size limit); back in English,
// they are English again.
func TestChineseUIShowsGoMessagesInChinese(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html")
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
	assert.Contains(t, text(t, ctx, "#host-why"), "the nearest domain")

	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	assert.Contains(t, text(t, ctx, "#host-why"), "就近接入域名；请求被路由到最近的地域")

	msg := bt.Eval[string](t, ctx, `(async () => {
		document.getElementById("secretId").value = "AKIDx"; document.getElementById("secretKey").value = "k";
		const s = document.getElementById("signatureMethod"); s.value = "HmacSHA256"; s.dispatchEvent(new Event("change", {bubbles: true}));
		tcsigPage.setData('{"A":"' + "b".repeat(1048576) + '"}');
		await tcsigPage.recompute();
		return document.getElementById("error").hidden ? "(no error shown)" : document.getElementById("error-msg").textContent;
	})()`)
	assert.Contains(t, msg, "请求过大：POST 请求体为 ")
	assert.Contains(t, msg, "超出上限 1048576 字节（1 MB；规则：使用 HmacSHA256 的 POST 请求）")
	assert.Contains(t, msg, "请改用 TC3-HMAC-SHA256 和 application/json")

	bt.Eval[string](t, ctx, setSelect("lang", "en"))
	msg = bt.Eval[string](t, ctx, `(async () => { await tcsigPage.recompute(); return document.getElementById("error-msg").textContent; })()`)
	assert.Contains(t, msg, "request too large: POST body is ")
	assert.Contains(t, text(t, ctx, "#host-why"), "the nearest domain")
}

// A Verify report on screen follows the language switch without a new
// run: the verdict, and a capture note (a raw request without
// Content-Length), are rendered again in Chinese, then in English.
func TestVerifyReportFollowsLanguage(t *testing.T) {
	res, err := request.Sign(&request.Input{Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: "ap-guangzhou",
		Timestamp: 1551113065, SecretID: docID, SecretKey: docKey, Data: []byte(`{"Limit": 1}`)})
	require.NoError(t, err)
	raw := "POST / HTTP/1.1\r\n"
	for _, h := range res.Headers {
		raw += h.Name + ": " + h.Value + "\r\n"
	}
	raw += "\r\n" + string(res.Body) // no Content-Length: the parser notes it
	ctx, _ := bt.Open(t, "index.html")
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
	report := verifyInPage(t, ctx, raw, docKey, "1551113065", "")
	assert.Contains(t, report, "No Content-Length: took all 12 bytes after the blank line as the body")

	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	zh := text(t, ctx, "#verify-out")
	assert.Contains(t, zh, "没有 Content-Length：把空行之后的全部 12 字节作为请求体", "the capture note after switching to Chinese")
	assert.NotContains(t, zh, "No Content-Length", "the English note is still shown")
	assert.Contains(t, text(t, ctx, "#verdict"), bt.Eval[string](t, ctx, `TC.t("verifyValid")`), "the verdict in Chinese")

	// A curl command's notes come from the curl reader, not the HTTP one.
	curlReport := verifyInPage(t, ctx, "curl cvm.tencentcloudapi.com -d '{}'", docKey, "1551113065", "")
	assert.Contains(t, curlReport, "URL 没有协议，curl 会使用 http://；腾讯云 API 要求 https://", "the curl reader's note in Chinese")
	assert.NotContains(t, curlReport, "The URL has no scheme", "the curl reader's note in English")

	bt.Eval[string](t, ctx, setSelect("lang", "en"))
	assert.Contains(t, text(t, ctx, "#verify-out"), "The URL has no scheme, so curl uses http://", "back in English")
}
