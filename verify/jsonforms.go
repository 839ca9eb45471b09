package verify

import (
	"bytes"
	"sort"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/tcsig/tcsig/internal/jsonlite"
)

// jsonNode is a decoded JSON value that keeps object key order and number
// text, so it can be written back the way different libraries would.
type jsonNode struct {
	kind byte // 'o' object, 'a' array, 's' string, 'n' number, 'l' literal (true/false/null)
	text string
	keys []string
	vals []*jsonNode
}

func parseJSONOrdered(b []byte) (*jsonNode, error) {
	v, err := jsonlite.Decode(b)
	if err != nil {
		return nil, err
	}
	return toNode(v, 0)
}

const maxJSONDepth = 200

func toNode(v any, depth int) (*jsonNode, error) {
	if depth > maxJSONDepth {
		return nil, &formError{"JSON nested too deeply"}
	}
	switch v := v.(type) {
	case jsonlite.Object:
		n := &jsonNode{kind: 'o'}
		for _, m := range v {
			c, err := toNode(m.Value, depth+1)
			if err != nil {
				return nil, err
			}
			n.keys = append(n.keys, m.Key)
			n.vals = append(n.vals, c)
		}
		return n, nil
	case []any:
		n := &jsonNode{kind: 'a'}
		for _, e := range v {
			c, err := toNode(e, depth+1)
			if err != nil {
				return nil, err
			}
			n.vals = append(n.vals, c)
		}
		return n, nil
	case string:
		return &jsonNode{kind: 's', text: v}, nil
	case jsonlite.Number:
		return &jsonNode{kind: 'n', text: string(v)}, nil
	case bool:
		return &jsonNode{kind: 'l', text: strconv.FormatBool(v)}, nil
	default:
		return &jsonNode{kind: 'l', text: "null"}, nil
	}
}

// jsonStyle is one library's way of writing JSON.
type jsonStyle struct {
	name    string
	itemSep string // between members: "," or ", "
	keySep  string // ":" or ": "
	indent  string // "" for one line
	escape  byte   // 'r' raw UTF-8 (JS, json.Compact), 'a' ASCII \uXXXX (Python), 'h' HTML-safe (Go)
	sorted  bool   // keys sorted (Go maps, Python sort_keys)
}

// jsonStyles are the common serialisations people sign by mistake.
var jsonStyles = func() []jsonStyle {
	var out []jsonStyle
	layouts := []struct {
		name, item, key, indent string
	}{
		{"compact", ",", ":", ""},
		{"Python json.dumps default separators \", \" and \": \"", ", ", ": ", ""},
		{"indented by 2 spaces", ",", ": ", "  "},
		{"indented by 4 spaces", ",", ": ", "    "},
	}
	escapes := []struct {
		c    byte
		name string
	}{
		{'r', "raw UTF-8"},
		{'a', "non-ASCII as \\u escapes (Python ensure_ascii)"},
		{'h', "<, >, & as \\u escapes (Go encoding/json)"},
	}
	for _, l := range layouts {
		for _, e := range escapes {
			for _, sorted := range []bool{false, true} {
				name := l.name + ", " + e.name
				if sorted {
					name += ", keys sorted"
				} else {
					name += ", keys in the order sent"
				}
				out = append(out, jsonStyle{name, l.item, l.key, l.indent, e.c, sorted})
			}
		}
	}
	return out
}()

// jsonForms returns the body re-serialised in every style that differs from
// it, each once. A body that is not JSON has none.
func jsonForms(body []byte) []bodyVariant {
	n, err := parseJSONOrdered(body)
	if err != nil {
		return nil
	}
	seen := map[string]bool{string(body): true}
	var out []bodyVariant
	for _, st := range jsonStyles {
		var b bytes.Buffer
		st.write(&b, n, 0)
		if !seen[b.String()] {
			seen[b.String()] = true
			out = append(out, bodyVariant{b.Bytes(), st.name})
		}
	}
	return out
}

func (st *jsonStyle) write(b *bytes.Buffer, n *jsonNode, depth int) {
	switch n.kind {
	case 's':
		st.writeString(b, n.text)
	case 'n', 'l':
		b.WriteString(n.text)
	case 'a', 'o':
		open, close := byte('['), byte(']')
		if n.kind == 'o' {
			open, close = '{', '}'
		}
		b.WriteByte(open)
		order := make([]int, len(n.vals))
		for i := range order {
			order[i] = i
		}
		if n.kind == 'o' && st.sorted {
			sort.SliceStable(order, func(i, j int) bool { return n.keys[order[i]] < n.keys[order[j]] })
		}
		for k, i := range order {
			if k > 0 {
				b.WriteString(st.itemSep)
			}
			st.newline(b, depth+1)
			if n.kind == 'o' {
				st.writeString(b, n.keys[i])
				b.WriteString(st.keySep)
			}
			st.write(b, n.vals[i], depth+1)
		}
		if len(order) > 0 {
			st.newline(b, depth)
		}
		b.WriteByte(close)
	}
}

func (st *jsonStyle) newline(b *bytes.Buffer, depth int) {
	if st.indent == "" {
		return
	}
	b.WriteByte('\n')
	for range depth {
		b.WriteString(st.indent)
	}
}

func (st *jsonStyle) writeString(b *bytes.Buffer, s string) {
	const hexDigits = "0123456789abcdef"
	u4 := func(r rune) {
		b.WriteString(`\u`)
		b.WriteByte(hexDigits[r>>12&15])
		b.WriteByte(hexDigits[r>>8&15])
		b.WriteByte(hexDigits[r>>4&15])
		b.WriteByte(hexDigits[r&15])
	}
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20:
			u4(r)
		case st.escape == 'h' && (r == '<' || r == '>' || r == '&' || r == 0x2028 || r == 0x2029):
			u4(r)
		case st.escape == 'a' && r >= 0x80:
			if r >= 0x10000 {
				hi, lo := utf16.EncodeRune(r)
				u4(hi)
				u4(lo)
			} else {
				u4(r)
			}
		default:
			var buf [utf8.UTFMax]byte
			b.Write(buf[:utf8.EncodeRune(buf[:], r)])
		}
	}
	b.WriteByte('"')
}
