package verify_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
	if len(got) != 1 || got[0].Line != 3 || got[0].Expected != "(end of text)" {
		t.Errorf("extra trailing newline: %+v", got)
	}
	if got := verify.DiffText("x", "same\ntext", "same\ntext"); len(got) != 0 {
		t.Errorf("equal texts differ: %+v", got)
	}
	// Non-ASCII before the difference counts as one column per character.
	got = verify.DiffText("x", "未命名a", "未命名b")
	if len(got) != 1 || got[0].Column != 4 {
		t.Errorf("column after CJK: %+v", got)
	}
	// A look-alike space is spelled out.
	got = verify.DiffText("x", "a b", "a\u00a0b")
	if len(got) != 1 || got[0].Received != "a<NBSP>b" || got[0].Column != 2 {
		t.Errorf("nbsp: %+v", got)
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
	if len(rep.Diff) == 0 || rep.Diff[0].What != "canonicalRequest" || rep.Diff[0].Line != 4 {
		t.Fatalf("diff %+v", rep.Diff)
	}
	var sts bool
	for _, d := range rep.Diff {
		sts = sts || d.What == "stringToSign"
	}
	if !sts {
		t.Errorf("no string-to-sign line in %+v", rep.Diff)
	}
	// The client's texts reproduce its signature: they point at the mistake.
	found := false
	for _, c := range rep.Causes {
		found = found || c.ID == verify.CauseClientText && strings.Contains(c.Message, "canonical request reproduces") &&
			strings.Contains(c.Message, "line 4, column 30")
	}
	if !found {
		t.Errorf("causes %v, want client-text pointing at line 4, column 30", rep.Causes)
	}

	// Texts from some other request do not, and say so.
	o.CanonicalRequest, o.StringToSign = "GET\n/\n\nsomething else", "TC3-HMAC-SHA256\n1\nx"
	rep = verify.Check(w, o)
	if has(rep.Causes, verify.CauseClientText) || !has(rep.Warnings, "client-text-unrelated") {
		t.Errorf("unrelated texts: causes %v warnings %v", rep.Causes, rep.Warnings)
	}
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
	if !has(rep.Causes, verify.CauseV1ValuesURLEncoded) || len(rep.Diff) != 1 || rep.Diff[0].What != "stringToSign" {
		t.Errorf("causes %v diff %+v", rep.Causes, rep.Diff)
	}
}
