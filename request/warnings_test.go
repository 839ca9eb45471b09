package request

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
		if tc.want == "" {
			assert.Empty(t, got, "%q: unexpected warnings", tc.body)
		} else if assert.Len(t, got, 1, "%q: want one warning containing %q", tc.body, tc.want) {
			assert.Contains(t, got[0], tc.want, "%q", tc.body)
		}
	}
}

func TestSignCarriesBodyWarnings(t *testing.T) {
	r := base()
	r.Data = []byte("{}\n")
	res, err := Sign(r)
	require.NoError(t, err)
	require.Len(t, res.Warnings, 1, "warnings")
	assert.Contains(t, res.Warnings[0], "line break", "the warning")
}
