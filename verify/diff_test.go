package verify_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

func TestDiffMarksFirstDifference(t *testing.T) {
	res := mustSign(t, tc3Req(), creds)
	w := wire(t, res)
	ours := res.CanonicalRequest

	cases := []struct {
		name           string
		theirs         string
		line, column   int
		expected, recv string
	}{
		{"trailing space", strings.Replace(ours, "host:cvm.tencentcloudapi.com\n", "host:cvm.tencentcloudapi.com \n", 1),
			5, 29, "host:cvm.tencentcloudapi.com", "host:cvm.tencentcloudapi.com<SP>"},
		{"carriage return", strings.Replace(ours, "content-type:application/json\n", "content-type:application/json\r\n", 1),
			4, 30, "content-type:application/json", "content-type:application/json<CR>"},
		{"tab", strings.Replace(ours, "content-type:", "content-type:\t", 1),
			4, 14, "content-type:application/json", "content-type:<TAB>application/json"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := opts()
			o.CanonicalRequest = c.theirs
			rep := verify.Check(w, o)
			wantValid(t, rep) // the request itself is fine: only the client's text differs
			want := []verify.DiffLine{{What: "canonicalRequest", Line: c.line, Column: c.column,
				Expected: c.expected, Received: c.recv, Marker: strings.Repeat(" ", c.column-1) + "^"}}
			if d := cmp.Diff(want, rep.Diff); d != "" {
				t.Errorf("diff (-want +got):\n%s", d)
			}
		})
	}
}

func TestDiffMissingLineAndEqual(t *testing.T) {
	got := verify.DiffText("stringToSign", "a\nb\nc", "a\nb")
	want := []verify.DiffLine{{What: "stringToSign", Line: 3, Column: 1, Expected: "c", Received: "(end of text)", Marker: "^"}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	got = verify.DiffText("stringToSign", "a\nb", "a\nb\n")
	if assert.Len(t, got, 1, "extra trailing newline: %+v", got) {
		assert.Equal(t, 3, got[0].Line, "extra trailing newline: %+v", got)
		assert.Equal(t, "(end of text)", got[0].Expected, "extra trailing newline: %+v", got)
	}
	assert.Empty(t, verify.DiffText("x", "same\ntext", "same\ntext"), "equal texts differ")
	// Non-ASCII before the difference counts as one column per character.
	got = verify.DiffText("x", "未命名a", "未命名b")
	if assert.Len(t, got, 1, "column after CJK: %+v", got) {
		assert.Equal(t, 4, got[0].Column, "column after CJK: %+v", got)
	}
	// A look-alike space is spelled out.
	got = verify.DiffText("x", "a b", "a\u00a0b")
	if assert.Len(t, got, 1, "nbsp: %+v", got) {
		assert.Equal(t, "a<NBSP>b", got[0].Received, "nbsp: %+v", got)
		assert.Equal(t, 2, got[0].Column, "nbsp: %+v", got)
	}
}

func TestDiffStringToSignAndEqualNote(t *testing.T) {
	res := mustSign(t, tc3Req(), creds)
	w := wire(t, res)
	setHeader(w, "Content-Type", "application/json; charset=utf-8")
	o := opts()
	o.CanonicalRequest = res.CanonicalRequest // what the client signed
	o.StringToSign = res.StringToSign
	rep := verify.Check(w, o)
	wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseContentTypeCharset)
	require.NotEmpty(t, rep.Diff)
	require.Equal(t, "canonicalRequest", rep.Diff[0].What, "diff %+v", rep.Diff)
	require.Equal(t, 4, rep.Diff[0].Line, "diff %+v", rep.Diff)
	var sts bool
	for _, d := range rep.Diff {
		sts = sts || d.What == "stringToSign"
	}
	assert.True(t, sts, "no string-to-sign line in %+v", rep.Diff)
	// The client's texts reproduce its signature: they point at the mistake.
	found := false
	for _, c := range rep.Causes {
		found = found || c.ID == verify.CauseClientText && strings.Contains(c.Message, "canonical request reproduces") &&
			strings.Contains(c.Message, "line 4, column 30")
	}
	assert.True(t, found, "causes %v, want client-text pointing at line 4, column 30", rep.Causes)

	// Texts from some other request do not, and say so.
	o.CanonicalRequest, o.StringToSign = "GET\n/\n\nsomething else", "TC3-HMAC-SHA256\n1\nx"
	rep = verify.Check(w, o)
	assert.False(t, has(rep.Causes, verify.CauseClientText), "unrelated texts: causes %v warnings %v", rep.Causes, rep.Warnings)
	assert.True(t, has(rep.Warnings, "client-text-unrelated"), "unrelated texts: causes %v warnings %v", rep.Causes, rep.Warnings)
}

// v1: the client's string to sign with URL-encoded values reproduces its
// signature, and the diff shows the first encoded character.
func TestClientTextV1(t *testing.T) {
	res := mustSign(t, v1Req("GET", signer.HmacSHA256), creds)
	theirs := v1String("GET", res.SortedParams, url.QueryEscape)
	w := wire(t, res)
	setV1Signature(t, w, signer.V1Signature(signer.HmacSHA256, testKey, theirs))
	o := opts()
	o.StringToSign = theirs
	rep := verify.Check(w, o)
	wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseClientText)
	assert.True(t, has(rep.Causes, verify.CauseV1ValuesURLEncoded), "causes %v diff %+v", rep.Causes, rep.Diff)
	if assert.Len(t, rep.Diff, 1, "causes %v diff %+v", rep.Causes, rep.Diff) {
		assert.Equal(t, "stringToSign", rep.Diff[0].What, "causes %v diff %+v", rep.Causes, rep.Diff)
	}
}
