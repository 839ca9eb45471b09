package e2e

// The Send button without a relay, and the helpers that drive the page as a
// user would (typing, clicking, waiting), which the other tests share.

import (
	"context"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	bt "github.com/tcsig/tcsig/internal/browsertest"
)

// waitJS polls the expression in the tab until it is truthy (returning it
// as a string), failing with the panel's text after half the tab's
// patience: a ceiling a loaded machine meets, not a goal.
func waitJS(t *testing.T, ctx context.Context, expr, what string) string {
	t.Helper()
	js := `new Promise((resolve, reject) => { const t0 = Date.now(); const w = () => { const v = (` + expr + `);
		if (v) resolve(String(v)); else if (Date.now() - t0 > ` + strconv.FormatInt((bt.Patience/2).Milliseconds(), 10) + `) reject(new Error("timed out; panel: " + ((document.getElementById("relay-panel") || {}).innerText || "")));
		else setTimeout(w, 20); }; w(); })`
	v, err := bt.EvalErr[string](ctx, js)
	require.NoError(t, err, "waiting for %s", what)
	return v
}

// fill sets form fields as typing would (an input event each).
func fill(t *testing.T, ctx context.Context, fields map[string]string) {
	t.Helper()
	for id, v := range fields {
		bt.Eval[bool](t, ctx, `(() => { const e = document.getElementById(`+jsString(id)+`); e.value = `+jsString(v)+
			`; e.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
	}
}

func click(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	require.True(t, bt.Eval[bool](t, ctx, `!!document.querySelector(`+jsString(sel)+`)`), "nothing to click: no %s in the page", sel)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))), "click %s", sel)
}

// On a static host (no /healthz, no relay) Send stays disabled and says
// why.
func TestSendDisabledOnStaticHost(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html")
	waitJS(t, ctx, `document.body.dataset.relayChecked`, "the relay check")
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("send").disabled`), "Send is enabled on a static host")
	assert.Contains(t, bt.Eval[string](t, ctx, `document.getElementById("send").parentElement.title`), "tcsig serve", "Send's tooltip does not say it needs tcsig serve")
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("probe").disabled`), "Probe is enabled on a static host")
}
