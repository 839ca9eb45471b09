package capture

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The worked example of "Signature v3" (签名方法 v3): the body bytes, with
// literal \u escapes, and their published SHA-256.
const (
	docBodyA     = `{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`
	docBodyAHash = "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
	docAuthA     = "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
)

// crlf joins lines with CRLF, as HTTP/1.1 writes them.
func crlf(lines ...string) string { return strings.Join(lines, "\r\n") }

// lf joins lines with LF, as a terminal paste often delivers them.
func lf(lines ...string) string { return strings.Join(lines, "\n") }

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
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
	checkNotes(t, got.Notes, wantNotes)
}

func checkNotes(t *testing.T, notes, want []string) {
	t.Helper()
	if want == nil {
		return
	}
	if len(want) == 0 && len(notes) > 0 {
		t.Errorf("want no notes, got:\n%s", strings.Join(notes, "\n"))
	}
	for _, w := range want {
		found := false
		for _, n := range notes {
			if strings.Contains(n, w) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no note contains %q; notes:\n%s", w, strings.Join(notes, "\n"))
		}
	}
}

// checkErr requires err to be a *ParseError whose text contains every
// fragment, wrapping sentinel when sentinel is not nil.
func checkErr(t *testing.T, err error, sentinel error, fragments ...string) *ParseError {
	t.Helper()
	if err == nil {
		t.Fatalf("want an error containing %q, got nil", fragments)
	}
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("want *ParseError, got %T: %v", err, err)
	}
	if sentinel != nil && !errors.Is(err, sentinel) {
		t.Errorf("error %q does not wrap %v", err, sentinel)
	}
	for _, f := range fragments {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not contain %q", err, f)
		}
	}
	return pe
}
