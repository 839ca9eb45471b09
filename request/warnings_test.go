package request

import (
	"strings"
	"testing"
)

func TestBodyWarnings(t *testing.T) {
	for _, tc := range []struct {
		body string
		want string // substring of the one expected warning; "" for none
	}{
		{`{"Limit":1}`, ""},
		{"{\"Limit\":1}\n", "line break"},
		{"\xef\xbb\xbf{}", "byte-order mark"},
		{`{"Id":9007199254740993}`, "9007199254740993"},
		{`{"Id":9007199254740992}`, ""},        // 2^53 itself is exact
		{`{"Id":"9007199254740993"}`, ""},      // a string keeps its digits
		{`{"X":"a\"1234567890123456789"}`, ""}, // escaped quote stays inside the string
		{`{"F":12345678901234567890.5}`, ""},   // fractional: a float either way
		{`{"Id":123456789012345678901234}`, "123456789012345678901234"},
	} {
		got := bodyWarnings([]byte(tc.body), true)
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%q: unexpected warnings %q", tc.body, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%q: warnings %q, want one containing %q", tc.body, got, tc.want)
		}
	}
}

func TestSignCarriesBodyWarnings(t *testing.T) {
	r := base()
	r.Data = []byte("{}\n")
	res, err := Sign(r)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "line break") {
		t.Errorf("warnings %q", res.Warnings)
	}
}
