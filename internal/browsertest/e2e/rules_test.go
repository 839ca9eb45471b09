package e2e

import (
	"testing"

	"github.com/stretchr/testify/assert"

	bt "github.com/tcsig/tcsig/internal/browsertest"
)

// The form's content type and signature method follow the rule book in Go
// (tcsig.contentRules): whichever moved stays when it can, the other
// follows, and what cannot go with the choice is disabled.
func TestFormFollowsContentTypeRules(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html")
	state := func() map[string]any {
		return bt.Eval[map[string]any](t, ctx, `(() => {
			const ct = document.getElementById("contentType");
			return {sig: document.getElementById("signatureMethod").value, ct: ct.value,
				disabled: [...ct.options].filter((o) => o.disabled).map((o) => o.value).join("|")};
		})()`)
	}
	bt.Eval[string](t, ctx, setSelect("contentType", "application/x-www-form-urlencoded"))
	s := state()
	assert.Equal(t, "HmacSHA256", s["sig"], "a form body takes HmacSHA256")
	assert.Equal(t, "application/json; charset=utf-8|application/json|multipart/form-data", s["disabled"])

	bt.Eval[string](t, ctx, setSelect("signatureMethod", "TC3-HMAC-SHA256"))
	s = state()
	assert.Equal(t, "application/json; charset=utf-8", s["ct"], "TC3 brings the JSON body back")
	assert.Equal(t, "application/x-www-form-urlencoded", s["disabled"])

	bt.Eval[string](t, ctx, setSelect("method", "GET"))
	s = state()
	assert.Equal(t, "application/x-www-form-urlencoded", s["ct"], "a GET takes the form type only")

	nonce := bt.Eval[string](t, ctx, `tcsig.nonce()`)
	assert.Regexp(t, `^[1-9][0-9]*$`, nonce, "the module draws the nonce")
}
