package e2e

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	bt "github.com/tcsig/tcsig/internal/browsertest"
)

// loadingPages serves the module's files and two pages of a site that uses
// tcsig.js on its own: one that loads tcsig.js in <head> and wasm_exec.js
// only at the end of <body> (as index.html does), one that forgets
// wasm_exec.js.
func loadingPages(t *testing.T) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/", bt.Static(bt.Assets(t)))
	page := func(path, html string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(html))
		})
	}
	page("/head-first.html", `<!doctype html><head><meta charset="utf-8"><script src="tcsig.js"></script></head>
<body><p>text</p><script src="wasm_exec.js"></script></body>`)
	page("/no-go.html", `<!doctype html><head><meta charset="utf-8"><script src="tcsig.js"></script></head><body></body>`)
	return bt.Serve(t, mux)
}

func TestTcsigJSBeforeWasmExec(t *testing.T) {
	ctx := bt.OpenURL(t, loadingPages(t)+"head-first.html")
	sig := bt.Eval[string](t, ctx, `tcsig.sign({service: "cvm", action: "DescribeInstances", version: "2017-03-12",
		region: "ap-guangzhou", timestamp: 1551113065, secretId: `+jsString(docID)+`, secretKey: `+jsString(docKey)+`,
		data: '{"Limit": 1}'}).signature`)
	assert.Len(t, sig, 64, "signature of a page that loads wasm_exec.js after tcsig.js")
}

func TestTcsigJSWithoutWasmExecSaysSo(t *testing.T) {
	ctx := bt.Tab(t, bt.Patience)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(loadingPages(t)+"no-go.html")))
	msg := bt.Eval[string](t, ctx, `tcsig.ready.then(() => "ready without Go's class", (e) => e.message)`)
	assert.Contains(t, msg, "include wasm_exec.js", "tcsig.ready's error on a page without wasm_exec.js")
}

// The Send and catalog panels' scripts are requested only after the first
// signed example is in the page, and the page says ready after they ran.
func TestSendAndCatalogLoadAfterFirstExample(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html")
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
	order := bt.Eval[[]float64](t, ctx, `(() => {
		const at = (suffix) => { const e = performance.getEntriesByType("resource").find((e) => e.name.endsWith(suffix)); return e ? e.startTime : -1; };
		return [performance.getEntriesByName("tcsig:first example")[0].startTime, at("/send.js"), at("/catalog.js"),
			typeof TC.catalogPage === "object" ? 1 : 0];
	})()`)
	require.Len(t, order, 4)
	// The browser's clock is coarse (down to 0.1 ms), so a request made right
	// after the mark may carry the same time: not before is what counts.
	assert.GreaterOrEqual(t, order[1], order[0], "send.js was requested before the first signed example")
	assert.GreaterOrEqual(t, order[2], order[0], "catalog.js was requested before the first signed example")
	assert.Equal(t, 1.0, order[3], "catalog.js had not run when the page said ready")
}

// Counts are spelled by the page itself (TC.num), not by toLocaleString:
// the text must stay what each language's locale writes.
func TestCountsSpelledAsTheLocaleWrites(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html?lang=en")
	diff := bt.Eval[[]string](t, ctx, `(() => {
		const out = [], keep = TC.lang;
		for (const [lang, locale] of [["en", "en-US"], ["zh", "zh-CN"]]) {
			TC.lang = lang;
			for (const n of [0, 7, 999, 1000, 32768, 1234567, -1234, 10485760, 9007199254740991, 1.5, "2048"]) {
				const want = Number(n).toLocaleString(locale);
				if (TC.num(n) !== want) out.push(lang + ": " + n + " → " + TC.num(n) + ", want " + want);
			}
		}
		TC.lang = keep;
		return out;
	})()`)
	assert.Empty(t, diff, "TC.num against toLocaleString")
}

// The embed snippet's trace is made after the request's steps are shown,
// once for the latest of several requests signed in a row (a keystroke
// each), and it is the latest request's.
func TestEmbedTraceMadeOnceForTheLatestRequest(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html?lang=en")
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
	type state struct {
		CallsAtOnce   int // while the requests were signed
		Calls         int // when the trace was in the snippet
		Snippet       string
		SnippetBefore string
		Share         string
	}
	st := bt.Eval[state](t, ctx, `(async () => {
		const $ = (id) => document.getElementById(id);
		$("ts-fixed").checked = true; // no live-clock recompute meanwhile
		$("timestamp").value = "1551113065";
		let calls = 0;
		const embedTrace = tcsig.embedTrace;
		tcsig.embedTrace = (req) => { calls++; return embedTrace(req); };
		for (const limit of [1, 2, 3]) {
			$("data").value = '{"Limit": ' + limit + '}';
			tcsigPage.recompute();
		}
		const snippetBefore = $("embed-snippet").value;
		const callsAtOnce = calls;
		while (!$("embed-snippet").value.includes("&amp;t=")) await new Promise((r) => setTimeout(r, 20));
		tcsig.embedTrace = embedTrace;
		return {callsAtOnce, calls, snippet: $("embed-snippet").value, snippetBefore, share: $("share-url").value};
	})()`)
	assert.Equal(t, 0, st.CallsAtOnce, "tcsig.embedTrace calls while the requests were signed")
	assert.Equal(t, 1, st.Calls, "tcsig.embedTrace calls for three requests in a row")
	frag := st.Share[strings.Index(st.Share, "#")+1:]
	require.True(t, strings.HasPrefix(frag, "r="), "share link %q", st.Share)
	assert.Contains(t, st.SnippetBefore, "&amp;"+frag+`"`, "the snippet, without its trace, follows the latest request at once")
	assert.Contains(t, st.Snippet, "&amp;"+frag+"&amp;t=", "the snippet's trace is the latest request's")
}
