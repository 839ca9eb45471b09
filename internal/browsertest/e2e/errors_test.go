package e2e

// The page's error states: each says what happened, whether the request
// was signed, and every panel shows the current request.

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	bt "github.com/tcsig/tcsig/internal/browsertest"
)

// readableJS reports an element's text colour and the background behind
// it (the first ancestor that paints one), so a test can see red on red.
const readableJS = `((sel) => {
	const e = document.querySelector(sel);
	let b = e, bg = "rgba(0, 0, 0, 0)";
	while (b && (bg = getComputedStyle(b).backgroundColor) === "rgba(0, 0, 0, 0)") b = b.parentElement;
	return [getComputedStyle(e).color, bg];
})`

// Invalid JSON in a TC3 POST body: readable red text on the page's
// background, a button that selects the offending character, and the
// note that the request was signed as typed. The same text as GET is not
// signed.
func TestJSONErrorPointsAndSaysSigned(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html?lang=en")
	waitReady(t, ctx)
	body := "{\n  \"Limit\": 1,\n  \"名\": ,\n}"
	fill(t, ctx, map[string]string{"secretId": docID, "secretKey": docKey, "data": body})
	got := text(t, ctx, "#json-error")
	assert.Contains(t, got, "line 3, column 8", "JSON error %q", got)
	colours := bt.Eval[[]string](t, ctx, readableJS+`("#json-error")`)
	assert.NotEqual(t, colours[0], colours[1], "the JSON error's colour is its background's")
	assert.Equal(t, bt.Eval[string](t, ctx, `getComputedStyle(document.querySelector("fieldset")).backgroundColor`), colours[1],
		"the JSON error sits on a bar of its own, not on the form's background")
	assert.Contains(t, text(t, ctx, "#json-signed"), "Signed as typed")
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("error").hidden`), "a TC3 POST with invalid JSON still signs")

	// The button selects the character the error names (after the
	// three-byte 名: a byte offset turned into a textarea index).
	click(t, ctx, "#json-goto")
	sel := bt.Eval[[]int](t, ctx, `(() => { const ta = document.getElementById("data"); return [ta.selectionStart, ta.selectionEnd, document.activeElement === ta ? 1 : 0]; })()`)
	want := len([]rune(body[:strings.Index(body, ": ,")+2])) // UTF-16 units: 名 is one
	assert.Equal(t, []int{want, want + 1, 1}, sel, "selection in the body editor")
	shot(t, ctx, "json-error-tc3", "#data")

	// A TC3 POST that fails for another reason does not blame the JSON.
	fill(t, ctx, map[string]string{"timestamp": "1.5"})
	assert.Contains(t, text(t, ctx, "#json-signed"), "Not signed: see the error")
	fill(t, ctx, map[string]string{"timestamp": "1551113065"})
	assert.Contains(t, text(t, ctx, "#json-signed"), "Signed as typed")

	// GET flattens the parameters: nothing is signed.
	bt.Eval[string](t, ctx, setSelect("method", "GET"))
	assert.Contains(t, text(t, ctx, "#json-signed"), "Not signed")
	assert.False(t, bt.Eval[bool](t, ctx, `document.getElementById("error").hidden`), "GET with invalid JSON shows the signer's error")
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("copy-curl").disabled`))

	// In Chinese too.
	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	assert.Contains(t, text(t, ctx, "#json-signed"), "未签名")
	shot(t, ctx, "json-error-get-zh", "#data")
}

// Over a size limit nothing is signed, and every panel says so: the size
// line counts this request, the JSON note does not claim it was signed,
// Copy as curl / Copy raw HTTP are off with the reason shown, and the
// steps left on screen are marked as the previous request's.
func TestOverLimitEveryPanelCurrent(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html?lang=en")
	waitReady(t, ctx)
	fill(t, ctx, map[string]string{"secretId": docID, "secretKey": docKey, "data": `{"Limit": 1}`})
	require.False(t, bt.Eval[bool](t, ctx, `document.getElementById("copy-curl").disabled`), "Copy as curl is on for a signed request")
	require.True(t, bt.Eval[bool](t, ctx, `document.getElementById("export-why").hidden`))

	bt.Eval[bool](t, ctx, `(async () => {
		tcsigPage.setData('"' + "a".repeat(10485760 - 1) + '"');
		await tcsigPage.recompute();
		return true;
	})()`)
	assert.False(t, bt.Eval[bool](t, ctx, `document.getElementById("error").hidden`), "no error shown")
	size := text(t, ctx, "#size-text")
	assert.Contains(t, size, "10485761 bytes of 10 MB", "size line %q counts the previous request", size)
	assert.Contains(t, size, "not signed")
	status := text(t, ctx, "#data-status")
	assert.NotContains(t, status, "signed as-is", "the JSON note %q", status)
	assert.Contains(t, status, "not signed")
	for _, id := range []string{"copy-curl", "copy-raw"} {
		assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("`+id+`").disabled`), "%s enabled", id)
		assert.Contains(t, bt.Eval[string](t, ctx, `document.getElementById("`+id+`").title`), "cannot be signed", "%s title", id)
	}
	assert.False(t, bt.Eval[bool](t, ctx, `document.getElementById("export-why").hidden`), "the reason is not shown")
	assert.Contains(t, text(t, ctx, "#export-why"), "cannot be signed")
	assert.False(t, bt.Eval[bool](t, ctx, `document.getElementById("steps-stale").hidden`), "old steps not marked")
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("warnings").hidden`), "warnings of the previous request still shown")
	shot(t, ctx, "over-limit", "#size-meter")
	shot(t, ctx, "over-limit-export", "#export-why")

	// Back under the limit: everything is on again.
	bt.Eval[bool](t, ctx, `(async () => { tcsigPage.setData('{"Limit": 2}'); await tcsigPage.recompute(); return true; })()`)
	assert.False(t, bt.Eval[bool](t, ctx, `document.getElementById("copy-curl").disabled`))
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("export-why").hidden`))
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("steps-stale").hidden`))
	assert.Contains(t, text(t, ctx, "#size-text"), "12 bytes counted")

	// Without keys the exports say what is missing.
	fill(t, ctx, map[string]string{"secretKey": ""})
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("copy-raw").disabled`))
	assert.Contains(t, text(t, ctx, "#export-why"), "enter SecretId and SecretKey")
}
