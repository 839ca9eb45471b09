package e2e

// The page's layout at a desktop and a phone width: no select cuts its
// text, the host is printed once, the heading names the tool once.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	bt "github.com/tcsig/tcsig/internal/browsertest"
)

// clipped lists the selects whose text does not fit: for each select, each
// option that may show in it (every enabled option of the endpoint,
// content-type and language selects; the chosen region) is measured in the
// select's own font and compared with the room inside the select (its
// client width less padding and the drop-down arrow), and the select's
// scrollWidth (Chromium's width of the chosen text) with its clientWidth.
const clippedJS = `(() => {
	const arrow = 20; // Chromium's drop-down arrow and its gap
	const out = [];
	const probe = document.createElement("span");
	probe.style.cssText = "position:absolute;visibility:hidden;white-space:pre";
	document.body.appendChild(probe);
	for (const sel of document.querySelectorAll("select")) {
		if (!sel.offsetParent) continue; // hidden
		const cs = getComputedStyle(sel);
		probe.style.font = cs.font;
		const room = sel.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - arrow;
		if (sel.scrollWidth > sel.clientWidth) out.push(sel.id + ": scrollWidth " + sel.scrollWidth + " > clientWidth " + sel.clientWidth);
		const opts = sel.id === "region" ? [sel.options[sel.selectedIndex]] : [...sel.options].filter((o) => !o.disabled);
		for (const o of opts) {
			probe.textContent = o.text;
			const w = probe.getBoundingClientRect().width;
			if (w > room) out.push(sel.id + ": " + JSON.stringify(o.text) + " needs " + Math.ceil(w) + " px, has " + Math.floor(room));
		}
	}
	probe.remove();
	return out;
})()`

// shot writes a PNG of the tab's viewport when TCSIG_E2E_SCREENSHOTS names a
// directory, to look at an error state; tests never need it.
// sel, when given, is scrolled to the middle of the viewport first.
func shot(t *testing.T, ctx context.Context, name, sel string) {
	t.Helper()
	dir := os.Getenv("TCSIG_E2E_SCREENSHOTS")
	if dir == "" {
		return
	}
	if sel != "" {
		bt.Eval[bool](t, ctx, `(document.querySelector(`+jsString(sel)+`).scrollIntoView({block: "center"}), true)`)
	}
	img, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, name+".png"), img, 0o644))
}

func waitReady(t *testing.T, ctx context.Context) {
	t.Helper()
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
}

func TestLayoutNoClippedControls(t *testing.T) {
	for _, width := range []int64{1400, 390} {
		for _, lang := range []string{"en", "zh"} {
			t.Run(fmt.Sprintf("%dpx-%s", width, lang), func(t *testing.T) {
				ctx, _ := bt.Open(t, "index.html?lang="+lang)
				require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(width, 900)))
				waitReady(t, ctx)
				assert.Empty(t, bt.Eval[[]string](t, ctx, clippedJS), "selects that cut their text")
				// Each endpoint choice and a long region name, as chosen.
				for _, ep := range []string{"regional", "intl"} {
					bt.Eval[string](t, ctx, setSelect("endpoint", ep))
					assert.Empty(t, bt.Eval[[]string](t, ctx, clippedJS), "endpoint %s", ep)
				}
				// The longest region label fits the desktop width; a phone
				// shows the default one whole.
				if width >= 1400 {
					bt.Eval[string](t, ctx, setSelect("region", "ap-shanghai-fsi"))
					assert.Empty(t, bt.Eval[[]string](t, ctx, clippedJS), "region ap-shanghai-fsi")
				}
				assert.LessOrEqual(t, bt.Eval[int](t, ctx, `document.documentElement.scrollWidth`), int(width), "the page scrolls sideways")
				shot(t, ctx, fmt.Sprintf("layout-%d-%s", width, lang), "")
			})
		}
	}
}

// The host line names the host once; the heading says "tcsig playground".
func TestHostAndTitleOnce(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html?lang=en")
	waitReady(t, ctx)
	line := text(t, ctx, ".hostline")
	assert.Equal(t, 1, strings.Count(line, "cvm.tencentcloudapi.com"), "host line %q", line)
	assert.Contains(t, line, "the nearest domain")
	bt.Eval[string](t, ctx, setSelect("endpoint", "regional"))
	line = text(t, ctx, ".hostline")
	assert.Equal(t, 1, strings.Count(line, "cvm.ap-guangzhou.tencentcloudapi.com"), "host line %q", line)
	bt.Eval[string](t, ctx, setSelect("region", "ap-shanghai-fsi"))
	line = text(t, ctx, ".hostline")
	assert.Equal(t, 1, strings.Count(line, "cvm.ap-shanghai-fsi.tencentcloudapi.com"), "host line %q", line)
	assert.Contains(t, line, "financial zone")
	h1 := strings.Join(strings.Fields(text(t, ctx, "h1")), " ")
	assert.Equal(t, "tcsig playground", h1)
	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	assert.Equal(t, 1, strings.Count(text(t, ctx, "h1"), "tcsig"), "zh heading %q", text(t, ctx, "h1"))
}
