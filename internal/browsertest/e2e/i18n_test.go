package e2e

import (
	"testing"

	"github.com/stretchr/testify/assert"

	bt "github.com/tcsig/tcsig/internal/browsertest"
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
