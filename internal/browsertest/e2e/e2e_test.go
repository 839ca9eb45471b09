// Package e2e runs the playground in headless Chromium: the page's
// tcsig.sign against request.Sign and the official SDK, the form driven by
// typing, share links, size errors, the embed and the language switch.
package e2e

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	bt "github.com/tcsig/tcsig/internal/browsertest"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/request"
)

func TestMain(m *testing.M) { bt.Main(m) }

const (
	docID  = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
	docKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"
	docSig = "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
)

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// setSelect picks a <select> value the way a user's choice does (a change event).
func setSelect(id, value string) string {
	return `(() => { const e = document.getElementById(` + jsString(id) + `); e.value = ` + jsString(value) +
		`; e.dispatchEvent(new Event("change", {bubbles: true})); return e.value; })()`
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return bt.Eval[string](t, ctx, `(document.querySelector(`+jsString(sel)+`) || {textContent: "(missing)"}).textContent`)
}

// typeInto clears an input and types s into it key by key (one input event
// per character, as a person typing).
func typeInto(t *testing.T, ctx context.Context, id, s string) {
	t.Helper()
	bt.Eval[bool](t, ctx, `(() => { const e = document.getElementById(`+jsString(id)+`); e.value = ""; e.focus(); return true; })()`)
	require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#"+id), s)), "typing into #%s", id)
}

// The request typed into the form must show the signature request.Sign gives
// for the same inputs.
func TestTypedRequestShowsSpecSignature(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html")
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
	bt.Eval[string](t, ctx, setSelect("region", "ap-shanghai"))
	bt.Eval[string](t, ctx, setSelect("endpoint", "regional"))
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#ts-fixed"))))
	typeInto(t, ctx, "action", "DescribeZones")
	typeInto(t, ctx, "timestamp", "1700000123")
	typeInto(t, ctx, "data", `{"Limit": 2, "Name": "未命名"}`)
	typeInto(t, ctx, "secretId", docID)
	typeInto(t, ctx, "secretKey", docKey)

	want, err := request.Sign(&request.Input{
		Service: "cvm", Action: "DescribeZones", Version: "2017-03-12", Region: "ap-shanghai", Endpoint: "regional",
		Method: "POST", ContentType: "application/json; charset=utf-8", SignatureMethod: "TC3-HMAC-SHA256",
		Timestamp: 1700000123, SecretID: docID, SecretKey: docKey, Data: []byte(`{"Limit": 2, "Name": "未命名"}`),
	})
	require.NoError(t, err)
	assert.Equal(t, want.Signature, text(t, ctx, "#step-signature pre"), "page's signature, want request.Sign's")
	assert.Equal(t, "cvm.ap-shanghai.tencentcloudapi.com", text(t, ctx, "#host"), "host line")
	assert.Contains(t, text(t, ctx, "#utc-date"), "2023-11-14", "UTC date line")
	// 27 characters, 33 bytes: 未命名 is three 3-byte characters.
	count := text(t, ctx, "#data-count")
	assert.Contains(t, count, "27", "count, want 27 characters")
	assert.Contains(t, count, "33", "count, want 33 bytes")
	assert.Contains(t, text(t, ctx, "#data-status"), "valid JSON", "JSON status")
	// Each line of the canonical request ends in the line feed's badge.
	assert.Contains(t, text(t, ctx, "#step-canonicalRequest pre"), "application/json; charset=utf-8LF", "canonical request display lacks the LF badge")

	// A JSON error names line and column.
	typeInto(t, ctx, "data", `{"Limit": }`)
	assert.Contains(t, text(t, ctx, "#data-status"), "line 1, column 11", "JSON error status")
}

// Invisible characters in the body are shown with markers in the final
// request.
func TestInvisibleCharactersAreMarked(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html")
	got := bt.Eval[string](t, ctx, `(async () => {
		document.getElementById("secretId").value = "AKIDx"; document.getElementById("secretKey").value = "k";
		document.getElementById("data").value = "\ufeff{\"A\":\"x\u00a0y\"}\r\n";
		await tcsigPage.recompute();
		return document.querySelector("#step-request pre").innerHTML;
	})()`)
	for _, want := range []string{
		`title="byte order mark U+FEFF">BOM<`, `title="non-breaking space U+00A0">NBSP<`,
		`title="carriage return U+000D">CR<`, `title="line feed U+000A">LF<`,
	} {
		assert.Contains(t, got, want, "final request display")
	}
	// Every badge is ASCII text: fonts without the Control Pictures block
	// (Debian's Chromium) drew the former glyphs as empty boxes.
	badges := regexp.MustCompile(`<span class="badge[^"]*"[^>]*>([^<]*)</span>`).FindAllStringSubmatch(got, -1)
	require.GreaterOrEqual(t, len(badges), 4, "badges found, want at least 4:\n%s", got)
	for _, b := range badges {
		assert.Regexp(t, `^[\x20-\x7e]*$`, b[1], "badge is not printable ASCII")
	}
}

func base64urlJSON(t *testing.T, frag string) map[string]any {
	t.Helper()
	_, enc, ok := strings.Cut(frag, "r=")
	require.True(t, ok, "fragment %q has no r=", frag)
	b, err := base64.RawURLEncoding.DecodeString(enc)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	return m
}

// A share link reproduces the same steps in a new page and carries no secret.
func TestShareLinkRoundTrip(t *testing.T) {
	ctx, base := bt.Open(t, "index.html")
	const secretID, secretKey, token = "AKIDshareTEST0000000000000000000000", "ShareSecretKeyXYZ", "TokenABC123"
	link := bt.Eval[string](t, ctx, `(async () => {
		const set = (id, v) => { document.getElementById(id).value = v; };
		set("secretId", `+jsString(secretID)+`); set("secretKey", `+jsString(secretKey)+`); set("token", `+jsString(token)+`);
		set("action", "RunInstances"); set("data", '{"InstanceName":"a b"}');
		document.getElementById("ts-fixed").checked = true; set("timestamp", "1600000000");
		await tcsigPage.recompute();
		return document.getElementById("share-url").value;
	})()`)
	sig := text(t, ctx, "#step-signature pre")
	cr := text(t, ctx, "#step-canonicalRequest pre")
	sts := text(t, ctx, "#step-stringToSign pre")
	for _, secret := range []string{secretID, secretKey, token, sig} {
		assert.NotContains(t, link, secret, "share link")
	}
	assert.True(t, strings.HasPrefix(link, base+"index.html#r="), "link %q is not this page's", link)
	_, frag, _ := strings.Cut(link, "#")
	shared := base64urlJSON(t, frag)
	for _, k := range []string{"secretId", "secretKey", "token", "signature", "derivedKeys", "authorization"} {
		assert.NotContains(t, shared, k, "share link carries %s", k)
	}
	assert.Equal(t, "1600000000", shared["timestamp"], "share link request %v", shared)
	assert.Equal(t, "RunInstances", shared["action"], "share link request %v", shared)

	ctx2 := bt.OpenURL(t, link)
	bt.Eval[bool](t, ctx2, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
	assert.Equal(t, cr, text(t, ctx2, "#step-canonicalRequest pre"), "canonical request in the opened link")
	assert.Equal(t, sts, text(t, ctx2, "#step-stringToSign pre"), "string to sign in the opened link")
	noKeys := text(t, ctx2, "#step-signature pre")
	assert.NotContains(t, noKeys, sig, "without keys the signature step shows the signature")
	assert.Contains(t, noKeys, "SecretKey", "without keys, want the signature step to prompt for keys")
	// With the keys typed in, the signature is the original one.
	typeInto(t, ctx2, "secretId", secretID)
	typeInto(t, ctx2, "token", token)
	typeInto(t, ctx2, "secretKey", secretKey)
	assert.Equal(t, sig, text(t, ctx2, "#step-signature pre"), "signature after typing the keys")
}

// A body over the 10 MB TC3 limit shows the signer's error and what to change.
func TestOverLimitBodyShowsError(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html")
	msg := bt.Eval[string](t, ctx, `(async () => {
		document.getElementById("secretId").value = "AKIDx"; document.getElementById("secretKey").value = "k";
		tcsigPage.setData('"' + "a".repeat(10485760 - 1) + '"');
		await tcsigPage.recompute();
		return document.getElementById("error").hidden ? "(no error shown)" : document.getElementById("error-msg").textContent;
	})()`)
	for _, want := range []string{"request too large", "10485761 bytes", "10485760 bytes (10 MB)", "split the request"} {
		assert.Contains(t, msg, want, "error")
	}
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("size-meter").classList.contains("over")`), "size meter not marked over the limit")
	// The preview of a 10 MB body stays small.
	assert.LessOrEqual(t, bt.Eval[int](t, ctx, `document.getElementById("data").value.length`), 5000, "body editor's characters; want a truncated preview")
	// HmacSHA256 POST: 1 MB, and the hint names the way out.
	msg = bt.Eval[string](t, ctx, `(async () => {
		const s = document.getElementById("signatureMethod"); s.value = "HmacSHA256"; s.dispatchEvent(new Event("change", {bubbles: true}));
		tcsigPage.setData('{"A":"' + "b".repeat(1048576) + '"}');
		await tcsigPage.recompute();
		return document.getElementById("error-msg").textContent;
	})()`)
	assert.Contains(t, msg, "1048576 bytes (1 MB) for POST with HmacSHA256", "v1 error")
	assert.Contains(t, msg, "TC3-HMAC-SHA256", "v1 error")
}

// The embed renders the documented example at 600 px and shows its signature.
func TestEmbedShowsDocumentedExample(t *testing.T) {
	ctx := navigate(t, bt.Serve(t, bt.Static(bt.Assets(t)))+"embed.html")
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(600, 900)))
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
	assert.Equal(t, docSig, text(t, ctx, "#step-signature pre"), "embed signature")
	assert.LessOrEqual(t, bt.Eval[int](t, ctx, `document.documentElement.scrollWidth`), 600, "embed width in px at a 600 px viewport")
	assert.Contains(t, text(t, ctx, "#step-authorization pre"), "Credential="+docID+"/2019-02-25/cvm/tc3_request", "authorization")
}

// Switching the language changes the labels.
func TestLanguageSwitch(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html")
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
	en := text(t, ctx, "#h-canonicalRequest")
	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	zh := text(t, ctx, "#h-canonicalRequest")
	assert.NotEqual(t, en, zh, "step title unchanged after switching to 简体中文")
	assert.Contains(t, zh, "规范请求串", "step title after switching to 简体中文")
	assert.Equal(t, "请求", text(t, ctx, "legend"), "first legend")
	assert.Equal(t, "zh-CN", bt.Eval[string](t, ctx, `document.documentElement.lang`), "html lang")
	bt.Eval[string](t, ctx, setSelect("lang", "en"))
	assert.Equal(t, en, text(t, ctx, "#h-canonicalRequest"), "back to English")
}

// tcsig.sign returns exactly --output json's fields, throws the signer's
// message, fills the clock and nonce, and exposes the tables.
func TestJSAPI(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html")
	req := &request.Input{
		Service: "iai", Action: "DetectFace", Version: "2020-03-03", Timestamp: 1710000000, SecretID: docID, SecretKey: docKey,
		Form: []request.FormField{{Name: "ImageName", Value: "a.png"}, {Name: "Image", Filename: "a.png", Content: []byte{0x89, 'P', 'N', 'G', 0xff, 0, 0xfe}}},
	}
	res, err := request.Sign(req)
	require.NoError(t, err)
	wantJSON, _ := json.Marshal(res)
	var want, got any
	_ = json.Unmarshal(wantJSON, &want)
	gotJSON := bt.Eval[string](t, ctx, `JSON.stringify(tcsig.sign({service: "iai", action: "DetectFace", version: "2020-03-03", timestamp: 1710000000,
		secretId: `+jsString(docID)+`, secretKey: `+jsString(docKey)+`,
		form: [{name: "ImageName", value: "a.png"}, {name: "Image", filename: "a.png", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0, 0xfe])}]}))`)
	_ = json.Unmarshal([]byte(gotJSON), &got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tcsig.sign vs tcsig sign --output json (-want +got):\n%s", diff)
	}

	// data as a Uint8Array: body is still a string property, in JSON too.
	body := bt.Eval[[]string](t, ctx, `(() => {
		const data = new TextEncoder().encode('{"A":"未命名"}');
		const r = tcsig.sign({service: "cvm", action: "A", version: "1", timestamp: 1, secretId: "AKIDx", secretKey: "k", data});
		return [String(Object.keys(r).includes("body")), JSON.parse(JSON.stringify(r)).body, r.body, typeof r.body];
	})()`)
	if diff := cmp.Diff([]string{"true", `{"A":"未命名"}`, `{"A":"未命名"}`, "string"}, body); diff != "" {
		t.Errorf("body of Uint8Array data (-want +got):\n%s", diff)
	}
	// A caller that reuses its array never gets another body: a TC3 body
	// (its hash signed) is the caller's array, checked when read, and says
	// so in the page's language; an UNSIGNED-PAYLOAD one is a copy.
	reused := bt.Eval[[]string](t, ctx, `(() => {
		const sign = (extra) => {
			const data = new TextEncoder().encode('{"A":"未命名"}');
			const r = tcsig.sign(Object.assign({service: "cvm", action: "A", version: "1", timestamp: 1, secretId: "AKIDx", secretKey: "k", data}, extra));
			data.fill(0x20); // the caller reuses its array
			try { return r.body; } catch (e) { return (e instanceof Error ? "Error: " : "not an Error: ") + e.message; }
		};
		const out = [sign({}), sign({unsignedPayload: true})];
		tcsig.setLanguage("zh");
		out.push(sign({}));
		tcsig.setLanguage("en");
		return out;
	})()`)
	require.Len(t, reused, 3)
	assert.Equal(t, "Error: "+message.New(message.JSDataChanged).Render(message.EN), reused[0], "a reused array, TC3")
	assert.Equal(t, `{"A":"未命名"}`, reused[1], "a reused array, UNSIGNED-PAYLOAD")
	assert.Equal(t, "Error: "+message.New(message.JSDataChanged).Render(message.ZH), reused[2], "a reused array, TC3, in Chinese")

	errMsg := bt.Eval[string](t, ctx, `(() => { try { tcsig.sign({service: "cvm", timestamp: "1.5"}); return "no error"; }
		catch (e) { return (e instanceof Error ? "Error: " : "not an Error: ") + e.message; } })()`)
	const wantErr = "Error: timestamp: must be Unix time in whole seconds"
	assert.True(t, strings.HasPrefix(errMsg, wantErr), "bad timestamp: %q, want %q…", errMsg, wantErr)
	errMsg = bt.Eval[string](t, ctx, `(() => { try { tcsig.sign({service: "cvm", secretkey: "x"}); return "no error"; } catch (e) { return e.message; } })()`)
	assert.Contains(t, errMsg, `did you mean "secretKey"`, "misspelt field")

	type filled struct {
		TS, Nonce, Nonce2 string
		Now               float64
	}
	f := bt.Eval[filled](t, ctx, `(() => {
		const base = {service: "cvm", action: "A", version: "1", secretId: "AKIDx", secretKey: "k", signatureMethod: "HmacSHA256", data: "{}"};
		const a = tcsig.sign(base), b = tcsig.sign(base);
		const param = (r, k) => new URLSearchParams(r.body).get(k);
		return {TS: param(a, "Timestamp"), Nonce: param(a, "Nonce"), Nonce2: param(b, "Nonce"), Now: Date.now() / 1000};
	})()`)
	ts := parseFloat(t, f.TS)
	assert.GreaterOrEqual(t, ts, f.Now-5, "timestamp %s, want about %v (now)", f.TS, f.Now)
	assert.LessOrEqual(t, ts, f.Now+1, "timestamp %s, want about %v (now)", f.TS, f.Now)
	assert.NotEmpty(t, f.Nonce, "drawn nonce")
	assert.NotEqual(t, f.Nonce, f.Nonce2, "drawn nonces; want two random ones")

	type tables struct {
		Limits  map[string]int
		Regions int
		FSI     bool
		Host    string
		Why     string
		Err     string
	}
	tb := bt.Eval[tables](t, ctx, `(() => {
		const regs = tcsig.endpoints();
		let err = "";
		try { tcsig.resolve("cvm", "", "regional"); } catch (e) { err = e.message; }
		const r = tcsig.resolve("cvm", "ap-shanghai-fsi", "nearest");
		return {Limits: tcsig.limits, Regions: regs.length,
			FSI: regs.some(x => x.id === "ap-shanghai-fsi" && x.financial), Host: r.host, Why: r.why, Err: err};
	})()`)
	if diff := cmp.Diff(map[string]int{"get": 32768, "postV1": 1048576, "postTC3": 10485760}, tb.Limits); diff != "" {
		t.Errorf("limits: %s", diff)
	}
	assert.GreaterOrEqual(t, tb.Regions, 10, "regions listed")
	assert.True(t, tb.FSI, "financial zone ap-shanghai-fsi not listed as financial")
	assert.Equal(t, "cvm.ap-shanghai-fsi.tencentcloudapi.com", tb.Host, "financial zone's host (%s)", tb.Why)
	assert.Contains(t, tb.Why, "financial", "financial zone's reason")
	assert.Contains(t, tb.Err, "regional mode needs a region", "resolve error")
}

func parseFloat(t *testing.T, s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	assert.NoError(t, err, "not a number: %q", s)
	return f
}

// The Verify tab: a correct capture passes, a wrong key names the API's
// error, and the client's own canonical request is diffed line by line.
func TestVerifyTab(t *testing.T) {
	res, err := request.Sign(&request.Input{Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: "ap-guangzhou",
		ContentType: "application/json; charset=utf-8", Timestamp: 1551113065, SecretID: docID, SecretKey: docKey, Data: []byte(`{"Limit": 1}`)})
	require.NoError(t, err)
	raw := "POST / HTTP/1.1\r\n"
	for _, h := range res.Headers {
		raw += h.Name + ": " + h.Value + "\r\n"
	}
	raw += "\r\n" + string(res.Body)
	ctx, _ := bt.Open(t, "index.html")
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
	runOn := func(raw, key, cr string) string { return verifyInPage(t, ctx, raw, key, "off", cr) }
	run := func(key, cr string) string { return runOn(raw, key, cr) }
	// The API: tcsig.verify once tcsig.ready resolves.
	api := bt.Eval[string](t, ctx, `(async () => {
		await tcsig.ready;
		const rep = tcsig.verify(`+jsString(raw)+`, {secretKey: `+jsString(docKey)+`, now: 1551113065});
		return rep.valid + " " + rep.expected.signature;
	})()`)
	assert.Equal(t, "true "+res.Signature, api, "tcsig.verify")
	assert.Contains(t, run(docKey, ""), "Valid", "correct capture")
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("sign-panel").hidden && !document.getElementById("verify-panel").hidden`),
		"the Verify tab did not replace the Sign panel")
	assert.Contains(t, run("wrong-key", ""), "AuthFailure.SignatureFailure", "wrong key")
	// The client's canonical request with a trailing space on the host line.
	cr := strings.Replace(res.CanonicalRequest, "host:cvm.tencentcloudapi.com\n", "host:cvm.tencentcloudapi.com \n", 1)
	assert.Contains(t, run(docKey, cr), "line 5", "diff of a canonical request with a trailing space")

	// A body changed by one byte: the explanations left, told apart by
	// the body's hash, and the page's own field names (not CLI flags).
	changed := strings.Replace(raw, `{"Limit": 1}`, `{"Limit": 2}`, 1)
	got := runOn(changed, docKey, "")
	assert.Contains(t, got, "three explanations remain: the body changed after it was signed, the timestamp or the credential scope")
	assert.NotContains(t, got, "--canonical-request")
	assert.NotContains(t, got, "--string-to-sign")
	assert.Contains(t, text(t, ctx, "#verify-give-texts"), "Your canonical request")
	shot(t, ctx, "verify-body-changed", "#verify-give-texts")
	// With the client's canonical request, the changed body is named.
	got = runOn(changed, docKey, res.CanonicalRequest)
	assert.Contains(t, got, "the client signed a body whose SHA-256 is "+res.HashedPayload)
	assert.Zero(t, bt.Eval[int](t, ctx, `document.querySelectorAll("#verify-give-texts").length`))
}

// Every control has an accessible name, and ids are unique (a duplicate
// once hid the version line behind the Version input).
func TestPageStructure(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html")
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
	type report struct{ Dups, Unlabelled []string }
	r := bt.Eval[report](t, ctx, `(() => {
		const seen = new Set(), dups = [];
		for (const e of document.querySelectorAll("[id]")) { if (seen.has(e.id)) dups.push(e.id); seen.add(e.id); }
		const unlabelled = [...document.querySelectorAll("input, select, textarea")]
			.filter(e => !(e.labels && e.labels.length) && !e.getAttribute("aria-label"))
			.map(e => e.id || e.outerHTML);
		return {Dups: dups, Unlabelled: unlabelled};
	})()`)
	assert.Empty(t, r.Dups, "duplicate ids")
	assert.Empty(t, r.Unlabelled, "controls without a label")
	// The version itself comes from tcsig serve (TestFooterShowsTheServersVersion);
	// this server has no version.json, and the footer still names tcsig.
	got := text(t, ctx, "#build-version")
	assert.True(t, strings.HasPrefix(got, "tcsig"), "version line %q", got)
}

// embed.html#r=… walks through the shared request, signed with the
// documentation's placeholder keys.
func TestEmbedOfASharedRequest(t *testing.T) {
	shared := map[string]string{"service": "cvm", "action": "DescribeZones", "version": "2017-03-12", "region": "ap-beijing",
		"method": "GET", "contentType": "application/x-www-form-urlencoded", "signatureMethod": "HmacSHA256",
		"timestamp": "1700000000", "nonce": "12345678901234567890", "data": `{"Limit":3}`}
	b, _ := json.Marshal(shared)
	want, err := request.Sign(&request.Input{Service: "cvm", Action: "DescribeZones", Version: "2017-03-12", Region: "ap-beijing",
		Method: "GET", ContentType: "application/x-www-form-urlencoded", SignatureMethod: "HmacSHA256",
		Timestamp: 1700000000, Nonce: "12345678901234567890", Data: []byte(`{"Limit":3}`), SecretID: docID, SecretKey: docKey})
	require.NoError(t, err)
	ctx := navigate(t, bt.Serve(t, bt.Static(bt.Assets(t)))+"embed.html#r="+base64.RawURLEncoding.EncodeToString(b))
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
	assert.Contains(t, text(t, ctx, "#step-signatureV1 pre"), want.Signature, "embed's signature step")
	assert.Contains(t, text(t, ctx, "#step-sortedParams pre"), "Nonce12345678901234567890", "sorted parameters lack the nonce above 2^53 as given")
}

// Keys stay in memory: nothing is stored until "remember in this tab" is
// ticked, and then only in sessionStorage.
func TestKeysAreStoredOnlyWhenAsked(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html")
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
	typeInto(t, ctx, "secretId", "AKIDstore")
	typeInto(t, ctx, "secretKey", "StoreKeySecret")
	storage := func() string {
		return bt.Eval[string](t, ctx, `JSON.stringify(sessionStorage) + JSON.stringify(localStorage) + document.cookie`)
	}
	require.NotContains(t, storage(), "StoreKeySecret", "key stored without asking")
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#remember"))))
	assert.Contains(t, bt.Eval[string](t, ctx, `sessionStorage.getItem("tcsig.credentials") || ""`), "StoreKeySecret", "remember ticked, sessionStorage")
	assert.NotContains(t, bt.Eval[string](t, ctx, `JSON.stringify(localStorage) + document.cookie`), "StoreKeySecret", "key in localStorage or a cookie")
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#remember"))))
	assert.NotContains(t, storage(), "StoreKeySecret", "remember unticked, key still stored")
}

// A multipart request built in the form, with a binary file picked through
// the file input, shows request.Sign's signature.
func TestMultipartFromTheForm(t *testing.T) {
	content := []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0xff, 0xfe}
	file := filepath.Join(t.TempDir(), "logo.png")
	require.NoError(t, os.WriteFile(file, content, 0o644))
	ctx, _ := bt.Open(t, "index.html")
	bt.Eval[bool](t, ctx, `new Promise(r => { const w = () => document.body.dataset.ready ? r(true) : setTimeout(w, 10); w(); })`)
	bt.Eval[string](t, ctx, setSelect("contentType", "multipart/form-data"))
	require.False(t, bt.Eval[bool](t, ctx, `document.getElementById("form-block").hidden`), "multipart chosen but the form-field editor is hidden")
	typeInto(t, ctx, "service", "iai")
	typeInto(t, ctx, "action", "DetectFace")
	typeInto(t, ctx, "version", "2020-03-03")
	bt.Eval[string](t, ctx, setSelect("region", ""))
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#ts-fixed"))))
	typeInto(t, ctx, "timestamp", "1710000000")
	typeInto(t, ctx, "form-fields", "ImageName=logo.png")
	typeInto(t, ctx, "secretId", docID)
	typeInto(t, ctx, "secretKey", docKey)
	require.NoError(t, chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#form-file"), []string{file})))
	want, err := request.Sign(&request.Input{Service: "iai", Action: "DetectFace", Version: "2020-03-03", Timestamp: 1710000000,
		SecretID: docID, SecretKey: docKey, ContentType: "multipart/form-data",
		Form: []request.FormField{{Name: "ImageName", Value: "logo.png"}, {Name: "Image", Filename: "logo.png", Content: content}}})
	require.NoError(t, err)
	got := bt.Eval[string](t, ctx, `(async () => {
		const want = `+jsString(want.Signature)+`;
		for (let i = 0; i < 200; i++) {
			const s = document.querySelector("#step-signature pre").textContent;
			if (s === want) return s;
			await new Promise(r => setTimeout(r, 10));
		}
		return document.querySelector("#step-signature pre").textContent;
	})()`)
	assert.Equal(t, want.Signature, got, "multipart signature, want request.Sign's")
	assert.Contains(t, text(t, ctx, "#step-canonicalRequest pre"), "multipart/form-data; boundary=", "canonical request lacks the boundary")
}

// verifyInPage runs the page's Verify tab on raw with key, the server clock
// now (Unix seconds; "off" turns the clock check off) and the client's
// canonical request cr (may be empty), and returns the report's text.
func verifyInPage(t *testing.T, ctx context.Context, raw, key, now, cr string) string {
	t.Helper()
	return bt.Eval[string](t, ctx, `(async () => {
		document.getElementById("tab-verify").click();
		const set = (id, v) => { document.getElementById(id).value = v; };
		set("verify-text", `+jsString(raw)+`); set("verify-key", `+jsString(key)+`); set("verify-now", `+jsString(now)+`); set("verify-cr", `+jsString(cr)+`);
		const out = document.getElementById("verify-out");
		out.textContent = "";
		document.getElementById("verify-run").click();
		while (out.textContent === "") await new Promise(r => setTimeout(r, 10));
		return out.textContent;
	})()`)
}
