package capture

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/message"
)

// The worked example of "Signature v3" (签名方法 v3): the body bytes, with
// literal \u escapes, and their published SHA-256.
const (
	docBodyA     = `{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`
	docBodyAHash = "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
	docAuthA     = "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
)

// docHeadersA are the worked example's signed call's headers besides Host, in the
// order the tests send them.
var docHeadersA = []Field{
	{"Authorization", docAuthA},
	{"Content-Type", "application/json; charset=utf-8"},
	{"X-TC-Action", "DescribeInstances"},
	{"X-TC-Timestamp", "1551113065"},
	{"X-TC-Version", "2017-03-12"},
	{"X-TC-Region", "ap-guangzhou"},
}

// headerLines writes fields as HTTP header lines, "Name: value".
func headerLines(fields []Field) []string {
	lines := make([]string, len(fields))
	for i, f := range fields {
		lines[i] = f.Name + ": " + f.Value
	}
	return lines
}

// crlf joins lines with CRLF, as HTTP/1.1 writes them.
func crlf(lines ...string) string { return strings.Join(lines, "\r\n") }

// lf joins lines with LF, as a terminal paste often delivers them.
func lf(lines ...string) string { return strings.Join(lines, "\n") }

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// noNotes marks a case that must produce no notes at all.
var noNotes = []string{}

// checkRequest compares everything but Notes with go-cmp, then requires
// each wanted fragment to appear in some note. wantNotes == nil skips the
// note check; noNotes requires none.
func checkRequest(t *testing.T, got, want *Request, wantNotes []string) {
	t.Helper()
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(Request{}, "Notes"), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("request mismatch (-want +got):\n%s", diff)
	}
	checkNotes(t, got.Notes.Texts(message.EN), wantNotes)
	checkNoteMsgs(t, got)
}

// checkNoteMsgs requires every note to be a known message with a Chinese
// text of its own, so that the page and the CLI can show it in Chinese.
func checkNoteMsgs(t *testing.T, r *Request) {
	t.Helper()
	for _, m := range r.Notes {
		n := m.Render(message.EN)
		if assert.False(t, m.IsZero(), "note %q has no message code", n) {
			assert.NotEqual(t, n, m.Render(message.ZH), "note %q has no Chinese template", n)
		}
	}
}

func checkNotes(t *testing.T, notes, want []string) {
	t.Helper()
	if want == nil {
		return
	}
	if len(want) == 0 {
		assert.Empty(t, notes, "want no notes")
	}
	for _, w := range want {
		found := false
		for _, n := range notes {
			if strings.Contains(n, w) {
				found = true
				break
			}
		}
		assert.True(t, found, "no note contains %q; notes:\n%s", w, strings.Join(notes, "\n"))
	}
}

// checkErr requires err to be a *ParseError whose text contains every
// fragment, wrapping sentinel when sentinel is not nil.
func checkErr(t *testing.T, err error, sentinel error, fragments ...string) *ParseError {
	t.Helper()
	require.Error(t, err, "want an error containing %q", fragments)
	var pe *ParseError
	require.ErrorAs(t, err, &pe)
	if sentinel != nil {
		assert.ErrorIs(t, err, sentinel)
	}
	for _, f := range fragments {
		assert.ErrorContains(t, err, f)
	}
	return pe
}
