package e2e

// Embeds as a documentation page holds them: served by tcsig's own server
// (its caching headers decide how often main.wasm travels), framed by a
// page of another origin, sized by the height they post.

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	bt "github.com/tcsig/tcsig/internal/browsertest"
	"github.com/tcsig/tcsig/server"
)

// embedServer serves the page with tcsig's server and counts main.wasm.
func embedServer(t *testing.T) (string, *bt.WasmCounter) {
	t.Helper()
	srv, err := server.New(nil, server.Config{Files: bt.ServerFiles(bt.Assets(t))})
	require.NoError(t, err)
	c := &bt.WasmCounter{}
	return bt.Serve(t, c.Wrap(srv)), c
}

// until waits in the tab for expr to be truthy and returns it as a string;
// the tab's own deadline bounds the wait.
func until(t *testing.T, ctx context.Context, expr string) string {
	t.Helper()
	return bt.Eval[string](t, ctx, `new Promise((resolve) => { const w = () => { let v; try { v = (`+expr+`); } catch (e) { v = null; }
		if (v) resolve(String(v)); else setTimeout(w, 20); }; w(); })`)
}

func navigate(t *testing.T, url string) context.Context {
	t.Helper()
	ctx := bt.Tab(t, 2*time.Minute)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(url)))
	return ctx
}

// snippet makes the playground build the embed snippet for the share
// fragment frag ("" for its default request) and waits for the trace.
func snippet(t *testing.T, base, frag string) string {
	t.Helper()
	ctx := navigate(t, base+"index.html#"+frag)
	return until(t, ctx, `document.getElementById("embed-snippet").value.includes("&amp;t=") && document.getElementById("embed-snippet").value`)
}

var iframeSrc = regexp.MustCompile(`<iframe [^>]*src="([^"]+)"`)

func srcOf(t *testing.T, snip string) string {
	t.Helper()
	m := iframeSrc.FindStringSubmatch(snip)
	require.NotNil(t, m, "no iframe in the snippet %q", snip)
	return html.UnescapeString(m[1])
}

func shareOf(t *testing.T, req map[string]string) string {
	b, err := json.Marshal(req)
	require.NoError(t, err)
	return "r=" + base64.RawURLEncoding.EncodeToString(b)
}

// The snippet's trace lays out every step, invisible characters marked,
// before the module is fetched; an edit loads the module and re-signs.
func TestEmbedPaintsFromTheSnippetThenLoadsOnEdit(t *testing.T) {
	base, wasm := embedServer(t)
	doc := map[string]string{"service": "cvm", "action": "DescribeInstances", "version": "2017-03-12", "region": "ap-guangzhou",
		"method": "POST", "contentType": "application/json; charset=utf-8", "signatureMethod": "TC3-HMAC-SHA256", "timestamp": "1551113065",
		"data": `{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`}
	src := srcOf(t, snippet(t, base, shareOf(t, doc)))
	before, _ := wasm.Counts()

	ctx := navigate(t, src)
	until(t, ctx, `document.body.dataset.ready`)
	assert.Equal(t, "trace", bt.Eval[string](t, ctx, `document.body.dataset.source`))
	assert.Equal(t, docSig, text(t, ctx, "#step-signature pre"))
	assert.Contains(t, text(t, ctx, "#step-authorization pre"), "Credential="+docID+"/2019-02-25/cvm/tc3_request")
	assert.Equal(t, 7, bt.Eval[int](t, ctx, `document.querySelectorAll("#steps details.step").length`), "every step, folded or open")
	assert.Contains(t, text(t, ctx, "#step-canonicalRequest pre"), "LF", "line feeds are marked from the trace's own table")
	assert.False(t, bt.Eval[bool](t, ctx, `"tcsig" in window`), "the module's loader ran at first paint")
	requests, _ := wasm.Counts()
	assert.Equal(t, before, requests, "the embed fetched main.wasm at first paint")

	// A non-breaking space typed into the body: signed by the module now.
	bt.Eval[bool](t, ctx, `(() => { const e = document.getElementById("e-data"); e.value = '{"Name": "a\u00a0b"}';
		e.dispatchEvent(new Event("input")); return true; })()`)
	until(t, ctx, `document.body.dataset.source === "module"`)
	assert.NotEqual(t, docSig, text(t, ctx, "#step-signature pre"))
	assert.Contains(t, text(t, ctx, "#step-request pre"), "NBSP")
	requests, _ = wasm.Counts()
	assert.Equal(t, before+1, requests, "an edit asks for main.wasm once")
}

// A trace that does not belong to the request (an r= edited by hand) is
// ignored: the embed signs with the module instead of showing it.
func TestEmbedIgnoresATraceOfAnotherRequest(t *testing.T) {
	base, _ := embedServer(t)
	req := map[string]string{"service": "cvm", "action": "DescribeZones", "version": "2017-03-12", "region": "ap-beijing", "timestamp": "1700000000", "data": "{}"}
	src := srcOf(t, snippet(t, base, shareOf(t, req)))
	req["action"] = "DescribeRegions"
	forged := regexp.MustCompile(`r=[A-Za-z0-9_-]+`).ReplaceAllString(src, shareOf(t, req))
	ctx := navigate(t, forged)
	until(t, ctx, `document.body.dataset.ready`)
	assert.Equal(t, "module", bt.Eval[string](t, ctx, `document.body.dataset.source`))
	assert.Contains(t, text(t, ctx, "#embed-title"), "DescribeRegions")
}

// A hash change in the same tab shows the new request.
func TestEmbedFollowsHashChange(t *testing.T) {
	base, wasm := embedServer(t)
	a := map[string]string{"service": "cvm", "action": "DescribeZones", "version": "2017-03-12", "region": "ap-beijing", "timestamp": "1700000000", "data": "{}"}
	b := map[string]string{"service": "cvm", "action": "DescribeRegions", "version": "2017-03-12", "region": "ap-beijing", "timestamp": "1700000000", "data": `{"Limit":1}`}
	srcA, srcB := srcOf(t, snippet(t, base, shareOf(t, a))), srcOf(t, snippet(t, base, shareOf(t, b)))
	before, _ := wasm.Counts()
	ctx := navigate(t, srcA)
	until(t, ctx, `document.body.dataset.ready`)
	sigA := text(t, ctx, "#step-signature pre")
	bt.Eval[bool](t, ctx, `(location.hash = `+jsString(srcB[strings.Index(srcB, "#"):])+`, true)`)
	until(t, ctx, `document.getElementById("embed-title").textContent.includes("DescribeRegions")`)
	assert.NotEqual(t, sigA, text(t, ctx, "#step-signature pre"))
	assert.Equal(t, "trace", bt.Eval[string](t, ctx, `document.body.dataset.source`))
	after, _ := wasm.Counts()
	assert.Equal(t, before, after, "the hash change fetched main.wasm")
}

// hostPage is a documentation page of another origin holding n copies of
// the snippet; it records the height messages it receives.
func hostPage(t *testing.T, snip string, n int) string {
	t.Helper()
	eager := strings.Replace(snip, `loading="lazy" `, "", 1) // every frame now, not when scrolled to
	page := `<!doctype html><meta charset="utf-8"><title>docs</title>
<script>window.heights = []; window.tallest = {};
addEventListener("message", (e) => {
  if (!e.data || e.data.type !== "tcsig:height") return;
  heights.push(e.data);
  const i = [...document.querySelectorAll("iframe")].findIndex((f) => f.contentWindow === e.source);
  tallest[i] = Math.max(tallest[i] || 0, e.data.height);
});</script>
<h1>Signing, explained</h1>` + strings.Repeat("<p>text</p>\n"+eager+"\n", n)
	return bt.Serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(page))
	}))
}

// Five embeds on one page paint from their traces with no main.wasm
// request, and each frame takes the height its embed posts.
func TestFiveEmbedsSizeThemselvesWithoutTheModule(t *testing.T) {
	base, wasm := embedServer(t)
	snip := snippet(t, base, "")
	before, _ := wasm.Counts()
	ctx := navigate(t, hostPage(t, snip, 5))
	until(t, ctx, `document.querySelectorAll("iframe").length === 5 && [...document.querySelectorAll("iframe")].every((f) => f.style.height) && heights.length >= 5`)
	type frame struct {
		Style  string
		Height int
	}
	frames := bt.Eval[[]frame](t, ctx, `[...document.querySelectorAll("iframe")].map((f) => ({style: f.style.height, height: f.getBoundingClientRect().height}))`)
	last := bt.Eval[float64](t, ctx, `heights[heights.length - 1].height`)
	ids := bt.Eval[[]string](t, ctx, `[...new Set(heights.map((h) => h.id))]`)
	for _, f := range frames {
		assert.NotEqual(t, "480px", f.Style, "a frame kept the snippet's first height")
		assert.Greater(t, f.Height, 200)
	}
	assert.Equal(t, []string{bt.Eval[string](t, ctx, `document.querySelector("iframe").id`)}, ids, "the message names the snippet's id")
	assert.Greater(t, last, 0.0)
	after, _ := wasm.Counts()
	assert.Equal(t, before, after, "five embeds with traces fetched main.wasm at first paint")
}

// Five embeds without a trace (older snippets) each need the module: the
// HTTP cache lets main.wasm travel once, later frames revalidate.
func TestFiveEmbedsDownloadTheModuleOnce(t *testing.T) {
	base, wasm := embedServer(t)
	old := `<iframe src="` + base + `embed.html" width="600" height="760" title="tcsig"></iframe>`
	ctx := navigate(t, hostPage(t, old, 5))
	// Rendered steps make a frame taller than "Loading…" does.
	until(t, ctx, `Object.values(tallest).filter((h) => h > 350).length === 5`)
	requests, downloads := wasm.Counts()
	t.Logf("main.wasm: %d requests, %d full downloads", requests, downloads)
	assert.LessOrEqual(t, downloads, 1, "main.wasm downloaded more than once for five embeds")
}
