package request

import (
	"encoding/json"
	"testing"
)

// Int decodes without encoding/json (the wasm module does not link it) but
// must still work inside json.Unmarshal, for strings with escapes too.
func TestIntUnmarshalJSON(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"timestamp":"1551113065"}`, "1551113065"},
		{`{"timestamp":1551113065}`, "1551113065"},
		{`{"timestamp": "\u0031\u0035"}`, "15"},
		{`{"timestamp":null}`, ""},
		{`{"timestamp":"12\"3"}`, `12"3`},
	} {
		var r Request
		if err := json.Unmarshal([]byte(c.in), &r); err != nil {
			t.Fatalf("%s: %v", c.in, err)
		}
		if string(r.Timestamp) != c.want {
			t.Errorf("%s: timestamp %q, want %q", c.in, r.Timestamp, c.want)
		}
	}
	var n Int
	if err := n.UnmarshalJSON([]byte(`"unterminated`)); err == nil {
		t.Error(`UnmarshalJSON("unterminated) accepted it`)
	}
}
