//go:build tcsigtest

package e2e

import (
	"testing"

	"github.com/stretchr/testify/assert"

	bt "github.com/tcsig/tcsig/internal/browsertest"
	"github.com/tcsig/tcsig/relay"
)

// Send follows the form as the exports do: off with the reason (its
// tooltip and the note under the buttons) while the request cannot be
// signed or has no keys, on again once it can be sent; never a click that
// only then says "nothing to send".
func TestSendOffWhileOverTheLimit(t *testing.T) {
	rec := &apiCalls{}
	api := apiServer(t, fakeAPI(rec, sendBody, `{"Response":{"RequestId":"e2e-states"}}`))
	ctx := relayPage(t, relay.Config{}, to(api))
	send := func() (bool, string) {
		t.Helper()
		return bt.Eval[bool](t, ctx, `document.getElementById("send").disabled`), bt.Eval[string](t, ctx, `document.getElementById("send").parentElement.title`)
	}
	off, why := send()
	assert.True(t, off, "Send without keys")
	assert.Contains(t, why, "enter SecretId and SecretKey")
	assert.Contains(t, text(t, ctx, "#export-why"), "Send", "the note under the buttons names Send")

	fill(t, ctx, map[string]string{"secretId": docID, "secretKey": docKey, "data": `{"Limit": 7}`})
	off, why = send()
	assert.False(t, off, "Send of a signed request with keys (%s)", why)

	setBody(t, ctx, `'"' + "a".repeat(10485760 - 1) + '"'`)
	off, why = send()
	assert.True(t, off, "Send over the limit")
	assert.Contains(t, why, "cannot be signed")
	assert.Contains(t, text(t, ctx, "#export-why"), "Send")
	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	_, why = send()
	assert.Contains(t, why, "请求无法签名", "Send's reason in Chinese")
	bt.Eval[string](t, ctx, setSelect("lang", "en"))

	setBody(t, ctx, `'`+sendBody+`'`)
	off, why = send()
	assert.False(t, off, "Send once the body is back under the limit (%s)", why)
	click(t, ctx, "#send")
	waitJS(t, ctx, `document.querySelector("#resp-requestid")`, "the answer")
	calls, _ := rec.get()
	assert.Equal(t, []string{""}, calls, "the API's calls: one, right")
}
