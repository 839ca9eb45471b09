package e2e

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	bt "github.com/tcsig/tcsig/internal/browsertest"
	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/server"
)

// catalogPage serves the page through server.New (which serves the
// catalog under /catalog/) and counts the catalog files the tab asks for.
type catalogPage struct {
	mu    sync.Mutex
	paths []string
}

func (c *catalogPage) requested() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.paths...)
}

func openCatalogPage(t *testing.T, frag string) (context.Context, *catalogPage, string) {
	t.Helper()
	srv, err := server.New(nil, server.Config{Files: bt.ServerFiles(bt.Assets(t))})
	require.NoError(t, err)
	cp := &catalogPage{}
	base := bt.Serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/catalog/") {
			cp.mu.Lock()
			cp.paths = append(cp.paths, r.URL.Path)
			cp.mu.Unlock()
		}
		srv.ServeHTTP(w, r)
	}))
	ctx := bt.OpenURL(t, base+"index.html"+frag)
	waitPage(t, ctx)
	return ctx, cp, base
}

func waitPage(t *testing.T, ctx context.Context) {
	t.Helper()
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
}

// waitFor polls a JavaScript condition in the tab (bounded by the tab's
// patience, never a duration the test asserts).
func waitFor(t *testing.T, ctx context.Context, cond string) {
	t.Helper()
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => (`+cond+`) ? r(true) : setTimeout(w, 10); w(); })`)
}

// warnings lists the catalog's warnings under the body as "cause: text".
func warnings(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return bt.Eval[[]string](t, ctx, `[...document.querySelectorAll("#cat-warnings li")].map(li => li.dataset.cause + ": " + li.textContent)`)
}

// pick types a query into the action picker and chooses the row for
// action in service, as a user would.
func pick(t *testing.T, ctx context.Context, query, service, action string) {
	t.Helper()
	typeInto(t, ctx, "action", query)
	sel := `#cat-list-action li[data-value="` + action + `"]`
	waitFor(t, ctx, `[...document.querySelectorAll(`+jsString(sel)+`)].some(li => li.textContent.includes(`+jsString(service+" ")+`))`)
	bt.Eval[bool](t, ctx, `(() => { const li = [...document.querySelectorAll(`+jsString(sel)+`)].find(li => li.textContent.includes(`+jsString(service+" ")+`));
		li.dispatchEvent(new MouseEvent("mousedown", {bubbles: true, cancelable: true})); return true; })()`)
	waitFor(t, ctx, `!document.getElementById("cat-example").hidden`)
}

// A page that is never edited fetches nothing of the catalog; the first
// focus on a picker fetches the index, choosing a service its file.
func TestCatalogNotFetchedUntilUsed(t *testing.T) {
	ctx, cp, _ := openCatalogPage(t, "")
	bt.Eval[bool](t, ctx, `(document.getElementById("secretId").value = "AKIDx", true)`)
	bt.Eval[bool](t, ctx, `tcsigPage.recompute().then(() => true)`)
	assert.Empty(t, cp.requested(), "nothing edited, no picker used")
	assert.Equal(t, 0, bt.Eval[int](t, ctx, `TC.catalogPage.fetches()`))
	typeInto(t, ctx, "secretKey", "k")
	assert.Empty(t, cp.requested(), "keys are no reason to fetch the catalog")

	bt.Eval[bool](t, ctx, `(document.getElementById("service").focus(), true)`)
	waitFor(t, ctx, `!document.getElementById("cat-list-service").hidden`)
	assert.Equal(t, []string{"/catalog/index.json"}, cp.requested())
	pickSvc := `(() => { const li = document.querySelector('#cat-list-service li[data-value="cbs"]'); li.dispatchEvent(new MouseEvent("mousedown", {cancelable: true})); return true; })()`
	typeInto(t, ctx, "service", "cb")
	waitFor(t, ctx, `document.querySelector('#cat-list-service li[data-value="cbs"]')`)
	bt.Eval[bool](t, ctx, pickSvc)
	waitFor(t, ctx, `document.getElementById("version").value === "2017-03-12"`)
	waitFor(t, ctx, `TC.catalogPage.fetches() === 2`)
	assert.Equal(t, []string{"/catalog/index.json", "/catalog/services/cbs.json"}, cp.requested())
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("cat-list-service").hidden`), "the list closes after the pick")
}

// The first edit of the body, on a fresh page (the cvm DescribeInstances
// preset), fetches the index and cvm's file, and no more: the warnings and
// the docs panel then follow what is typed, no picker used.
func TestCatalogWarningsFollowTheBodyWithoutAPicker(t *testing.T) {
	ctx, cp, _ := openCatalogPage(t, "")
	typeInto(t, ctx, "data", `{"Limt":1,"InstanceIds":"x"}`)
	waitFor(t, ctx, `document.querySelectorAll("#cat-warnings li").length >= 2`)
	w := strings.Join(warnings(t, ctx), "\n")
	assert.Contains(t, w, "unknown-parameter: Limt")
	assert.Contains(t, w, "did you mean Limit?")
	assert.Contains(t, w, "parameter-type: InstanceIds")
	waitFor(t, ctx, `!document.getElementById("cat-docs").hidden`)
	assert.Contains(t, text(t, ctx, "#cat-docs-body"), "cvm 2017-03-12 DescribeInstances")
	assert.Equal(t, []string{"/catalog/index.json", "/catalog/services/cvm.json"}, cp.requested())
	typeInto(t, ctx, "data", `{"Limit":1}`)
	waitFor(t, ctx, `document.getElementById("cat-warnings").hidden`)
	assert.Len(t, cp.requested(), 2, "later edits find the files loaded")
}

// A share link that names an action, opened and then edited: the warnings
// and the docs follow that action, though no picker was used; opening it
// alone fetches nothing.
func TestCatalogShareLinkWarnsOnEdit(t *testing.T) {
	ctx, _, _ := openCatalogPage(t, "")
	link := bt.Eval[string](t, ctx, `(async () => {
		const set = (id, v) => { document.getElementById(id).value = v; };
		set("service", "lighthouse"); set("action", "DescribeBundles"); set("version", "2020-03-24");
		set("data", '{"Limit":2,"Offst":1}');
		await tcsigPage.recompute();
		return document.getElementById("share-url").value;
	})()`)
	_, frag, ok := strings.Cut(link, "#")
	require.True(t, ok, link)

	ctx2, cp, _ := openCatalogPage(t, "#"+frag)
	require.Equal(t, "DescribeBundles", bt.Eval[string](t, ctx2, `document.getElementById("action").value`))
	assert.Empty(t, cp.requested(), "opening a link fetches no catalog")
	require.NoError(t, chromedp.Do(ctx2, chromedp.Click(chromedp.CSS("#data")), chromedp.SendKeys(chromedp.CSS("#data"), " ")))
	waitFor(t, ctx2, `document.querySelectorAll("#cat-warnings li").length > 0`)
	w := strings.Join(warnings(t, ctx2), "\n")
	assert.Contains(t, w, "unknown-parameter: Offst")
	assert.Contains(t, w, "did you mean Offset?")
	waitFor(t, ctx2, `!document.getElementById("cat-docs").hidden`)
	assert.Contains(t, text(t, ctx2, "#cat-docs-body"), "lighthouse 2020-03-24 DescribeBundles")
	assert.Equal(t, []string{"/catalog/index.json", "/catalog/services/lighthouse.json"}, cp.requested())
}

// With cvm chosen, "DescribeZ", ↓ and Enter choose cvm's DescribeZones
// (not another service's), keep the service, and close the list.
func TestCatalogSearchPrefersTheChosenService(t *testing.T) {
	ctx, _, _ := openCatalogPage(t, "")
	typeInto(t, ctx, "action", "DescribeZ")
	waitFor(t, ctx, `document.querySelector("#cat-list-action li") && document.getElementById("action").value === "DescribeZ"`)
	first := bt.Eval[string](t, ctx, `document.querySelector("#cat-list-action li").textContent`)
	assert.True(t, strings.HasPrefix(first, "DescribeZonescvm "), "first row %q", first)
	require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#action"), kb.ArrowDown+kb.Enter)))
	waitFor(t, ctx, `document.getElementById("action").value === "DescribeZones"`)
	assert.Equal(t, "cvm", bt.Eval[string](t, ctx, `document.getElementById("service").value`))
	waitFor(t, ctx, `!document.getElementById("cat-example").hidden`)
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("cat-list-action").hidden`), "the list stays open after Enter")
	assert.Equal(t, "false", bt.Eval[string](t, ctx, `document.getElementById("action").getAttribute("aria-expanded")`))
}

// Picking only a service that the international site alone has switches
// to its international host at once.
func TestCatalogIntlOnlyServiceSetsTheIntlHost(t *testing.T) {
	ctx, _, _ := openCatalogPage(t, "")
	typeInto(t, ctx, "service", "intlpartnersmg")
	sel := `#cat-list-service li[data-value="intlpartnersmgt"]`
	waitFor(t, ctx, `document.querySelector(`+jsString(sel)+`)`)
	bt.Eval[bool](t, ctx, `(document.querySelector(`+jsString(sel)+`).dispatchEvent(new MouseEvent("mousedown", {cancelable: true})), true)`)
	waitFor(t, ctx, `document.getElementById("service").value === "intlpartnersmgt"`)
	assert.Equal(t, "intl", bt.Eval[string](t, ctx, `document.getElementById("endpoint").value`))
	waitFor(t, ctx, `document.getElementById("host").textContent.includes("intlpartnersmgt.")`)
	assert.Equal(t, "intlpartnersmgt.intl.tencentcloudapi.com", text(t, ctx, "#host"))
}

// At a phone's width, the docs panel and an open picker list stay inside
// the window: the page never scrolls sideways.
func TestCatalogFitsA390PixelWindow(t *testing.T) {
	ctx, _, _ := openCatalogPage(t, "")
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(390, 844)))
	const fits = `document.scrollingElement.scrollWidth <= innerWidth`
	pick(t, ctx, "DescribeInstances", "cvm", "DescribeInstances")
	waitFor(t, ctx, `!document.getElementById("cat-docs").hidden`)
	assert.True(t, bt.Eval[bool](t, ctx, fits), "docs panel open: scrollWidth %d > %d",
		bt.Eval[int](t, ctx, `document.scrollingElement.scrollWidth`), bt.Eval[int](t, ctx, `innerWidth`))
	typeInto(t, ctx, "action", "desc inst")
	waitFor(t, ctx, `!document.getElementById("cat-list-action").hidden && document.getElementById("action").value === "desc inst"`)
	assert.True(t, bt.Eval[bool](t, ctx, fits), "picker list open: scrollWidth %d > %d",
		bt.Eval[int](t, ctx, `document.scrollingElement.scrollWidth`), bt.Eval[int](t, ctx, `innerWidth`))
	right := bt.Eval[float64](t, ctx, `document.getElementById("cat-list-action").getBoundingClientRect().right`)
	assert.LessOrEqual(t, right, bt.Eval[float64](t, ctx, `innerWidth`), "the picker list reaches past the window")
	shot(t, ctx, "catalog-390", "#cat-list-action")
}

// Search, pick, the example body, and the warnings while typing, which
// never change the signature.
func TestCatalogPickExampleAndWarnings(t *testing.T) {
	ctx, _, _ := openCatalogPage(t, "")
	// Word starts over every service: "term inst" finds cvm's TerminateInstances.
	bt.Eval[bool](t, ctx, `(document.getElementById("service").value = "", true)`)
	pick(t, ctx, "term inst", "cvm", "TerminateInstances")
	assert.Equal(t, "cvm", bt.Eval[string](t, ctx, `document.getElementById("service").value`))
	assert.Equal(t, "2017-03-12", bt.Eval[string](t, ctx, `document.getElementById("version").value`))
	assert.Equal(t, "POST", bt.Eval[string](t, ctx, `document.getElementById("method").value`))
	assert.Contains(t, text(t, ctx, "#cat-required"), "InstanceIds")

	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#cat-use-example"))))
	body := bt.Eval[string](t, ctx, `document.getElementById("data").value`)
	assert.True(t, strings.HasPrefix(body, "{\n  \"InstanceIds\": [\n    \"\"\n  ]"), "required first, typed placeholder:\n%s", body)
	assert.Empty(t, warnings(t, ctx), "the example passes the checks")

	// Unknown parameter with did-you-mean, and the missing required one.
	typeInto(t, ctx, "data", `{"InstanceIdz": ["ins-1"]}`)
	w := strings.Join(warnings(t, ctx), "\n")
	assert.Contains(t, w, "unknown-parameter: InstanceIdz")
	assert.Contains(t, w, `did you mean InstanceIds?`)
	assert.Contains(t, w, "missing-parameter: InstanceIds")
	// The documentation of a known parameter shows on hover and focus.
	assert.Contains(t, bt.Eval[string](t, ctx, `document.querySelector('#cat-warnings li[data-cause="missing-parameter"]').title`), "InstanceIds")

	// A wrong JSON type, at its path; the signature is the one without the catalog.
	typeInto(t, ctx, "secretId", docID)
	typeInto(t, ctx, "secretKey", docKey)
	bt.Eval[string](t, ctx, setSelect("region", "ap-guangzhou"))
	bt.Eval[bool](t, ctx, `(document.getElementById("ts-fixed").checked = true, true)`)
	typeInto(t, ctx, "timestamp", "1700000000")
	typeInto(t, ctx, "data", `{"InstanceIds": "ins-1"}`)
	w = strings.Join(warnings(t, ctx), "\n")
	assert.Contains(t, w, "parameter-type: InstanceIds")
	assert.Contains(t, w, "should be an array")
	want, err := request.Sign(&request.Input{
		Service: "cvm", Action: "TerminateInstances", Version: "2017-03-12", Region: "ap-guangzhou",
		Method: "POST", ContentType: "application/json; charset=utf-8", SignatureMethod: "TC3-HMAC-SHA256",
		Timestamp: 1700000000, SecretID: docID, SecretKey: docKey, Data: []byte(`{"InstanceIds": "ins-1"}`),
	})
	require.NoError(t, err)
	assert.Equal(t, want.Signature, text(t, ctx, "#step-signature pre"), "warnings never change the signature")
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("error").hidden`), "warnings never block signing")

	// GET: names and required-ness only, no type warnings.
	bt.Eval[string](t, ctx, setSelect("method", "GET"))
	typeInto(t, ctx, "data", `{"InstanceIds": "ins-1", "Bogus": 1}`)
	w = strings.Join(warnings(t, ctx), "\n")
	assert.NotContains(t, w, "parameter-type")
	assert.Contains(t, w, "unknown-parameter: Bogus")
}

// The documentation panel in Chinese, and the code export's copy.
func TestCatalogDocsInChineseAndCodeExport(t *testing.T) {
	ctx, _, _ := openCatalogPage(t, "")
	pick(t, ctx, "DescribeInstances", "cvm", "DescribeInstances")
	waitFor(t, ctx, `!document.getElementById("cat-docs").hidden`)
	assert.Contains(t, text(t, ctx, "#cat-params"), "InstanceIds")
	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	waitFor(t, ctx, `document.getElementById("cat-docs-h").textContent === "文档"`)
	summary := text(t, ctx, "#cat-summary")
	assert.Regexp(t, `\p{Han}`, summary, "the summary in Chinese")
	assert.Contains(t, text(t, ctx, "#cat-params"), "参数")
	assert.Contains(t, text(t, ctx, "#cat-params"), "由字符串组成的数组", "type words in Chinese")
	assert.NotContains(t, text(t, ctx, "#cat-params"), "array of")

	bt.Eval[bool](t, ctx, `(navigator.clipboard.writeText = (t) => { window.copied = t; return Promise.resolve(); }, true)`)
	for lang, want := range map[string]string{
		"go":     "cvm.NewClient",
		"python": "from tencentcloud.cvm.v20170312 import",
		"tccli":  "tccli cvm DescribeInstances",
	} {
		bt.Eval[string](t, ctx, setSelect("code-lang", lang))
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#code-copy"))))
		waitFor(t, ctx, `window.copied`)
		copied := bt.Eval[string](t, ctx, `(() => { const c = window.copied; window.copied = ""; return c; })()`)
		assert.Contains(t, copied, want, lang)
		assert.Equal(t, copied, text(t, ctx, "#code-out"), lang)
	}
	// Copy as curl is export.Curl through the module.
	typeInto(t, ctx, "secretId", docID)
	typeInto(t, ctx, "secretKey", docKey)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#copy-curl"))))
	waitFor(t, ctx, `window.copied`)
	curl := bt.Eval[string](t, ctx, `window.copied`)
	assert.Contains(t, curl, "https://cvm.tencentcloudapi.com")
	assert.Contains(t, curl, "X-TC-Action: DescribeInstances")
}

// A share link made after picking an action opens with that action, and
// the catalog then shows it.
func TestCatalogShareLinkKeepsAction(t *testing.T) {
	ctx, _, _ := openCatalogPage(t, "")
	pick(t, ctx, "descr zones", "cvm", "DescribeZones")
	link := bt.Eval[string](t, ctx, `tcsigPage.recompute().then(() => document.getElementById("share-url").value)`)
	_, frag, ok := strings.Cut(link, "#")
	require.True(t, ok, link)

	ctx2, cp, _ := openCatalogPage(t, "#"+frag)
	assert.Equal(t, "DescribeZones", bt.Eval[string](t, ctx2, `document.getElementById("action").value`))
	assert.Equal(t, "cvm", bt.Eval[string](t, ctx2, `document.getElementById("service").value`))
	assert.Equal(t, "2017-03-12", bt.Eval[string](t, ctx2, `document.getElementById("version").value`))
	assert.Empty(t, cp.requested(), "opening a link fetches no catalog")
	require.NoError(t, chromedp.Do(ctx2, chromedp.Click(chromedp.CSS("#cat-docs-open"))))
	waitFor(t, ctx2, `!document.getElementById("cat-docs").hidden`)
	assert.Contains(t, text(t, ctx2, "#cat-docs-body"), "cvm 2017-03-12 DescribeZones")
}

// An action documented in one language only shows that text in the other
// language's page, marked as such: aai's SentenceRecognition has only a
// Chinese summary (the international package lacks the service), and
// apigateway's DescribeApiApp only an English one.
func TestCatalogDocsFallBackToTheOtherLanguageWithAMark(t *testing.T) {
	ctx, _, _ := openCatalogPage(t, "")
	pick(t, ctx, "SentenceRecognition", "aai", "SentenceRecognition")
	waitFor(t, ctx, `!document.getElementById("cat-docs").hidden`)
	summary := text(t, ctx, "#cat-summary")
	assert.Regexp(t, `\p{Han}`, summary, "the Chinese text in the English page")
	assert.Equal(t, "(中文: no text in this language)", text(t, ctx, "#cat-summary .langmark"))

	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	waitFor(t, ctx, `document.getElementById("cat-docs-h").textContent === "文档"`)
	assert.Empty(t, bt.Eval[int](t, ctx, `document.querySelectorAll("#cat-summary .langmark").length`),
		"the Chinese text in the Chinese page needs no mark")

	pick(t, ctx, "DescribeApiApp", "apigateway", "DescribeApiApp")
	waitFor(t, ctx, `document.getElementById("cat-docs-body").textContent.includes("DescribeApiApp")`)
	summary = text(t, ctx, "#cat-summary")
	assert.NotRegexp(t, `\p{Han}`, strings.TrimSuffix(summary, text(t, ctx, "#cat-summary .langmark")), "the English text in the Chinese page")
	assert.Equal(t, "（English：本语言无文档）", text(t, ctx, "#cat-summary .langmark"))
}

// The Verify tab lists the catalog's findings as tcsig verify does (cause
// ids, messages, the API's error codes), loading the request's service
// file to find them, and says what the request holds in labelled rows in
// the page's language.
func TestVerifyTabShowsCatalogFindings(t *testing.T) {
	res, err := request.Sign(&request.Input{Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: "ap-guangzhou",
		ContentType: "application/json; charset=utf-8", Timestamp: 1551113065, SecretID: docID, SecretKey: docKey,
		Data: []byte(`{"Limt":1,"InstanceIds":"x"}`)})
	require.NoError(t, err)
	raw := "POST / HTTP/1.1\r\n"
	for _, h := range res.Headers {
		raw += h.Name + ": " + h.Value + "\r\n"
	}
	raw += "\r\n" + string(res.Body)
	ctx, cp, _ := openCatalogPage(t, "")
	assert.Contains(t, verifyInPage(t, ctx, raw, docKey, "0", ""), "Valid")
	waitFor(t, ctx, `document.querySelectorAll("#verify-catalog li").length === 2`)
	assert.Equal(t, []string{
		"unknown-parameter: unknown parameter Limt; did you mean Limit? [the API answers UnknownParameter]",
		"parameter-type: InstanceIds should be an array of strings, not a string [the API answers InvalidParameter]",
	}, bt.Eval[[]string](t, ctx, `[...document.querySelectorAll("#verify-catalog li")].map(li => li.textContent)`))
	assert.Equal(t, []string{"/catalog/index.json", "/catalog/services/cvm.json"}, cp.requested())

	rows := func() string {
		return bt.Eval[string](t, ctx, `[...document.querySelectorAll("#verify-received tr")].map(tr => tr.cells[0].textContent + " = " + tr.cells[1].textContent).join("\n")`)
	}
	got := rows()
	assert.Contains(t, got, "Credential scope = 2019-02-25/cvm/tc3_request")
	assert.Contains(t, got, "Signature method = TC3-HMAC-SHA256")
	assert.NotContains(t, got, "credentialScope")
	assert.NotContains(t, got, "signatureMethod")

	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	waitFor(t, ctx, `document.getElementById("verify-catalog-h").textContent.startsWith("目录警告")`)
	zh := bt.Eval[[]string](t, ctx, `[...document.querySelectorAll("#verify-catalog li")].map(li => li.textContent)`)
	require.Len(t, zh, 2)
	assert.Equal(t, "unknown-parameter：未知参数 Limt；是否想用 Limit？ [API 会返回 UnknownParameter]", zh[0])
	got = rows()
	assert.Contains(t, got, "凭证范围（CredentialScope） = 2019-02-25/cvm/tc3_request")
	assert.NotContains(t, got, "credentialScope")
	assert.NotContains(t, got, "Signature method")
}
