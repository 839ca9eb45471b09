package e2e

// When the form's request cannot be signed, every panel shows the current
// state: the share link, the embed snippet, the exports and the code panel
// are off and say why (in a title and in visible text), in the page's
// language; none of them keeps an earlier request.

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	bt "github.com/tcsig/tcsig/internal/browsertest"
	"github.com/tcsig/tcsig/request"
)

// panels is what the export panels show: the share link and the embed
// snippet (value and placeholder), the buttons' disabled states and
// titles, the reason under the buttons and the code panel.
type panels struct {
	Share, SharePlaceholder, Embed, EmbedPlaceholder string
	ShareOff, CurlOff, RawOff, CodeCopyOff           bool
	ShareTitle, CurlTitle, CodeCopyTitle, Why, Code  string
	Error                                            string
}

const panelsJS = `(() => {
	const $ = (id) => document.getElementById(id);
	return {
		Share: $("share-url").value, SharePlaceholder: $("share-url").placeholder,
		Embed: $("embed-snippet").value, EmbedPlaceholder: $("embed-snippet").placeholder,
		ShareOff: $("copy-share").disabled, CurlOff: $("copy-curl").disabled, RawOff: $("copy-raw").disabled, CodeCopyOff: $("code-copy").disabled,
		ShareTitle: $("copy-share").title, CurlTitle: $("copy-curl").title, CodeCopyTitle: $("code-copy").title,
		Why: $("export-why").hidden ? "" : $("export-why").textContent, Code: $("code-out").textContent,
		Error: $("error").hidden ? "" : $("error-msg").textContent,
	};
})()`

func readPanels(t *testing.T, ctx context.Context) panels {
	t.Helper()
	return bt.Eval[panels](t, ctx, panelsJS)
}

// setBody puts text in the body (held in memory when large) and signs again,
// as loading a file does.
func setBody(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	bt.Eval[bool](t, ctx, `(async () => { tcsigPage.setData(`+js+`); await tcsigPage.recompute(); return true; })()`)
}

// assertOff checks that nothing in the export panels holds a request and
// each says why, with want in the reasons.
func assertOff(t *testing.T, p panels, state, want, wantCode string) {
	t.Helper()
	assert.NotEmpty(t, p.Error, "%s: no error shown", state)
	assert.Empty(t, p.Share, "%s: the share link holds an earlier request", state)
	assert.Empty(t, p.Embed, "%s: the embed snippet holds an earlier request", state)
	assert.True(t, p.ShareOff && p.CurlOff && p.RawOff && p.CodeCopyOff, "%s: a copy button is on: %+v", state, p)
	for what, s := range map[string]string{"share link": p.SharePlaceholder, "embed snippet": p.EmbedPlaceholder,
		"Copy share link's title": p.ShareTitle, "Copy as curl's title": p.CurlTitle, "the reason under the buttons": p.Why} {
		assert.Contains(t, s, want, "%s: %s", state, what)
	}
	assert.Contains(t, p.Code, wantCode, "%s: the code panel", state)
	assert.Contains(t, p.CodeCopyTitle, wantCode, "%s: the code panel's Copy title", state)
}

// Keys entered, a body of {"Limit": 7}, then a body over the 10 MB limit:
// the link, the snippet and the code panel no longer show {"Limit": 7},
// and the code panel says the request cannot be signed, not that keys are
// missing. In Chinese too; back under the limit everything is on again.
func TestExportShareAndEmbedOffOverTheLimit(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html?lang=en")
	waitReady(t, ctx)
	bt.Eval[string](t, ctx, setSelect("code-lang", "python"))
	fill(t, ctx, map[string]string{"secretId": docID, "secretKey": docKey, "data": `{"Limit": 7}`})
	p := readPanels(t, ctx)
	require.Empty(t, p.Error)
	require.Contains(t, p.Share, "index.html#r=")
	_, frag, _ := strings.Cut(p.Share, "#")
	require.Equal(t, `{"Limit": 7}`, base64urlJSON(t, frag)["data"], "the link's request")
	require.Contains(t, p.Embed, "embed.html#")
	require.Contains(t, p.Code, `{"Limit":7}`, "the code panel's program")
	require.False(t, p.ShareOff || p.CurlOff || p.CodeCopyOff, "a signed request's exports are off: %+v", p)

	setBody(t, ctx, `'"' + "a".repeat(10485760 - 1) + '"'`)
	assertOff(t, readPanels(t, ctx), "over the limit", "cannot be signed", "cannot be signed")
	// A trace compressed for {"Limit": 7} must not land in the emptied
	// snippet once its compression finishes.
	assert.Empty(t, bt.Eval[string](t, ctx, `new Promise(r => setTimeout(() => r(document.getElementById("embed-snippet").value), 200))`),
		"the embed snippet after the trace of the earlier request was compressed")
	assert.NotContains(t, readPanels(t, ctx).Code, "Enter SecretId", "the code panel blames the keys although they are entered")

	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	assertOff(t, readPanels(t, ctx), "over the limit, zh", "请求无法签名", "请求无法签名")
	bt.Eval[string](t, ctx, setSelect("lang", "en"))

	setBody(t, ctx, `'{"Limit": 8}'`)
	p = readPanels(t, ctx)
	assert.Empty(t, p.Error)
	_, frag, _ = strings.Cut(p.Share, "#")
	assert.Equal(t, `{"Limit": 8}`, base64urlJSON(t, frag)["data"], "the link's request after the body is back under the limit")
	assert.Contains(t, p.Embed, "embed.html#")
	assert.False(t, p.ShareOff || p.CurlOff || p.RawOff || p.CodeCopyOff, "exports of a signed request: %+v", p)
	assert.Empty(t, p.Why)
	assert.Empty(t, p.SharePlaceholder+p.EmbedPlaceholder+p.ShareTitle, "reasons left behind")
	assert.Contains(t, p.Code, `{"Limit":8}`)
}

// Every way a request can fail to sign turns the panels off the same way:
// invalid JSON that a GET cannot flatten, a bad timestamp, no action, a
// bad header name. The steps left on screen are the previous request's
// and cannot be copied.
func TestExportOffInEveryUnsignableState(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html?lang=en")
	waitReady(t, ctx)
	good := map[string]string{"secretId": docID, "secretKey": docKey, "data": `{"Limit": 7}`, "timestamp": "1551113065", "action": "DescribeInstances", "extraHeaders": ""}
	bt.Eval[bool](t, ctx, `(document.getElementById("ts-fixed").checked = true)`)
	for _, c := range []struct {
		name   string
		fields map[string]string
		method string
	}{
		{"GET with invalid JSON", map[string]string{"data": `{"Limit": }`}, "GET"},
		{"bad timestamp", map[string]string{"timestamp": "1.5"}, ""},
		{"no action", map[string]string{"action": ""}, ""},
		{"bad header", map[string]string{"extraHeaders": "x bad"}, ""},
	} {
		bt.Eval[string](t, ctx, setSelect("method", "POST"))
		fill(t, ctx, good)
		require.Empty(t, readPanels(t, ctx).Error, "%s: the good request", c.name)
		if c.method != "" {
			bt.Eval[string](t, ctx, setSelect("method", c.method))
		}
		fill(t, ctx, c.fields)
		assertOff(t, readPanels(t, ctx), c.name, "cannot be signed", "cannot be signed")
		copies := bt.Eval[[]bool](t, ctx, `[...document.querySelectorAll("#steps button.copy")].map(b => b.disabled)`)
		assert.NotEmpty(t, copies, "%s: the previous steps are gone", c.name)
		assert.NotContains(t, copies, false, "%s: a step of the previous request can still be copied", c.name)
	}
}

// Without keys the request is signed for the steps that do not need them:
// the share link and the programs are there, curl and raw HTTP are off
// and say the keys are missing, and the note under the buttons says what
// the steps show.
func TestExportWithoutKeys(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html?lang=en")
	waitReady(t, ctx)
	bt.Eval[string](t, ctx, setSelect("code-lang", "python"))
	fill(t, ctx, map[string]string{"data": `{"Limit": 7}`})
	p := readPanels(t, ctx)
	assert.Empty(t, p.Error)
	assert.Contains(t, p.Share, "index.html#r=")
	assert.False(t, p.ShareOff, "Copy share link is off without keys")
	assert.True(t, p.CurlOff && p.RawOff, "Copy as curl / raw HTTP without keys")
	assert.Contains(t, p.Why, "enter SecretId and SecretKey")
	assert.NotContains(t, p.Why, "placeholder", "the note talks about a placeholder key the steps do not show")
	assert.Contains(t, text(t, ctx, "#step-signature pre"), "Enter SecretId and SecretKey", "the signature step without keys")
	assert.Contains(t, p.Code, `{"Limit":7}`, "a program needs no keys")
	assert.False(t, p.CodeCopyOff)
	bt.Eval[string](t, ctx, setSelect("code-lang", "curl"))
	p = readPanels(t, ctx)
	assert.Contains(t, p.Code, "Enter SecretId and SecretKey")
	assert.True(t, p.CodeCopyOff, "the code panel's Copy for curl without keys")
}

// The size line of a request that was not signed says each figure once,
// in the module's spelling; a field's error names the field by the page's
// label, in the page's language.
func TestSizeLineAndFieldNamesWhenNotSigned(t *testing.T) {
	ctx, _ := bt.Open(t, "index.html?lang=en")
	waitReady(t, ctx)
	fill(t, ctx, map[string]string{"secretId": docID, "secretKey": docKey})
	setBody(t, ctx, `'"' + "a".repeat(10485760 - 1) + '"'`)
	assert.Equal(t, "10485761 bytes of 10 MB — not signed", text(t, ctx, "#size-text"))
	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	assert.Equal(t, "10485761 字节 / 10 MB——未签名", text(t, ctx, "#size-text"))

	setBody(t, ctx, `'{"Limit": 1}'`)
	bt.Eval[bool](t, ctx, `(document.getElementById("ts-fixed").checked = true)`)
	fill(t, ctx, map[string]string{"timestamp": "1.5"})
	msg := text(t, ctx, "#error-msg")
	assert.True(t, strings.HasPrefix(msg, "时间戳："), "the timestamp's error in Chinese: %q", msg)
	assert.NotContains(t, msg, "timestamp", "the timestamp's error in Chinese: %q", msg)
	fill(t, ctx, map[string]string{"timestamp": "1551113065", "action": ""})
	assert.True(t, strings.HasPrefix(text(t, ctx, "#error-msg"), "接口（Action）："), "no action, in Chinese: %q", text(t, ctx, "#error-msg"))
	bt.Eval[string](t, ctx, setSelect("lang", "en"))
	assert.Equal(t, "Action: required", text(t, ctx, "#error-msg"))
}

// The Verify tab's server clock takes the spellings of `tcsig verify
// --now`: off skips the 5-minute check (the hint says so), empty is this
// browser's clock, Unix seconds set it, and anything else is refused with
// the way out.
func TestVerifyClockOffAsTheCLI(t *testing.T) {
	raw := signedCapture(t)
	ctx, _ := bt.Open(t, "index.html?lang=en")
	waitReady(t, ctx)
	assert.Contains(t, bt.Eval[string](t, ctx, `document.getElementById("verify-now").placeholder`), "off: skip")
	for _, now := range []string{"off", "OFF", "1551113065"} {
		assert.Contains(t, verifyInPage(t, ctx, raw, docKey, now, ""), "Valid", "clock %q", now)
	}
	// The capture is years old: this browser's clock rejects it.
	assert.Contains(t, verifyInPage(t, ctx, raw, docKey, "", ""), "SignatureExpire", "clock empty")
	got := verifyInPage(t, ctx, raw, docKey, "yesterday", "")
	assert.Contains(t, got, "Server clock (Unix seconds): ", "a bad clock names the field by its label")
	assert.Contains(t, got, "off skips the clock check", "a bad clock says how to skip the check")
}

// signedCapture is the documentation's example request, signed with its
// example keys at its timestamp (1551113065), as raw HTTP.
func signedCapture(t *testing.T) string {
	t.Helper()
	res, err := request.Sign(&request.Input{Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: "ap-guangzhou",
		ContentType: "application/json; charset=utf-8", Timestamp: 1551113065, SecretID: docID, SecretKey: docKey, Data: []byte(`{"Limit": 1}`)})
	require.NoError(t, err)
	raw := "POST / HTTP/1.1\r\n"
	for _, h := range res.Headers {
		raw += h.Name + ": " + h.Value + "\r\n"
	}
	return raw + "\r\n" + string(res.Body)
}
