package verify

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/signer"
)

// These replaced encoding/json and net/url (not linked into the wasm
// module); they must behave as those did.

func TestQueryEscapeMatchesNetURL(t *testing.T) {
	var all strings.Builder
	for c := range 256 {
		all.WriteByte(byte(c))
	}
	for _, s := range []string{"", "a b+c", "中文/=&?#%", "~-_.AZaz09", all.String()} {
		assert.Equal(t, url.QueryEscape(s), queryEscape(s), "queryEscape(%q) against url.QueryEscape", s)
	}
}

func TestFindingJSON(t *testing.T) {
	f := Finding{ID: "x<y>", Message: "a \"quoted\" & \u2028 é"}
	got, err := json.Marshal([]Finding{f})
	require.NoError(t, err)
	want, _ := json.Marshal([]string{f.String()})
	assert.Equal(t, string(want), string(got))
}

func TestBigInteger(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"a":[1,2.5,{"b":9007199254740993}],"c":12345678901234567890}`, "9007199254740993"},
		{`{"a":9007199254740992,"b":-9007199254740993}`, "-9007199254740993"},
		{`{"a":1e30,"b":"123456789012345678901"}`, ""},
		{`{"a":12345678901234567890`, ""}, // not JSON: nothing re-serialises it
	} {
		assert.Equal(t, c.want, bigInteger([]byte(c.in)), "bigInteger(%s)", c.in)
	}
}

func TestJSONFormsKeepOrderAndDepthBound(t *testing.T) {
	forms := jsonForms([]byte(`{"b":1,"a":"<é>"}`), nil)
	found := false
	for _, f := range forms {
		if f.payloadHash == signer.SHA256Hex([]byte(`{"b": 1, "a": "<é>"}`)) {
			found = true
		}
	}
	assert.True(t, found, "no Python-style form in order sent among %d forms", len(forms))
	deep := strings.Repeat("[", maxJSONDepth+2) + strings.Repeat("]", maxJSONDepth+2)
	forms = jsonForms([]byte(deep), nil)
	assert.Nil(t, forms, "JSON deeper than %d gave %d forms", maxJSONDepth, len(forms))
}

// The scanner behind bigInteger accepts exactly what jsonlite.Decode does.
func TestJSONScannerMatchesDecode(t *testing.T) {
	for _, in := range []string{
		``, ` `, `1`, `-`, `-0`, `01`, `1.`, `1.5e`, `1.5e+3`, `1E-2`, `-a`, `true`, `tru`, `nul`, `null `,
		`"a"`, `"a`, `"\u12"`, `"\u12g4"`, `"\x"`, `"\/\b"`, "\"\x01\"", "\"\xff\"", `"é"`,
		`[]`, `[ ]`, `[1,]`, `[,1]`, `[1 2]`, `[1,2]`, `[[]`, `{}`, `{ }`, `{"a"}`, `{"a":}`, `{"a":1,}`,
		`{"a":1 "b":2}`, `{1:2}`, `{"a":[{"b":null}]}`, `[1]x`, `[1] `, `{"a":1}{}`, `[1,[2,{"a":[3]}]]`,
		`{"a":1,"b":[]}`, `[{}]`, `{"a":{}}`, `[[],[]]`, ` { "a" : 1 , "b" : [ ] } `, `[[],]`, `{"a":1,"b"}`, `{"a":1,2}`, `[}`, `{]`,
		strings.Repeat("[", jsonlite.MaxDepth) + strings.Repeat("]", jsonlite.MaxDepth),
		strings.Repeat("[", jsonlite.MaxDepth+1) + strings.Repeat("]", jsonlite.MaxDepth+1),
	} {
		sc := jsonScanner{data: []byte(in)}
		assert.Equal(t, jsonlite.Valid([]byte(in)), sc.valid(), "%.40q", in)
	}
}
