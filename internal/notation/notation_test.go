package notation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every mark must be readable in any font and terminal: ASCII only, no
// control characters.
func TestMarksAreASCII(t *testing.T) {
	ascii := func(t *testing.T, s string) {
		t.Helper()
		for _, c := range []byte(s) {
			require.Truef(t, c >= 0x20 && c < 0x7f, "%q has byte %#x outside printable ASCII", s, c)
		}
	}
	for _, e := range Table() {
		ascii(t, e.Mark.Name)
		ascii(t, e.Mark.Badge())
		ascii(t, e.Mark.Title)
	}
	// The marks made on the fly: every code point below U+10000 and every
	// byte that is not UTF-8.
	for r := rune(0); r < 0x10000; r++ {
		if m, ok := Of(r); ok {
			ascii(t, m.Badge())
			ascii(t, m.Title)
		}
	}
	for c := 0x80; c < 0x100; c++ {
		ascii(t, Text(string([]byte{byte(c)})))
	}
	ascii(t, Legend)
}

func TestTableIsSortedAndNamed(t *testing.T) {
	names := map[string]bool{}
	for i, e := range table {
		if i > 0 {
			require.Less(t, table[i-1].Rune, e.Rune, "table must stay sorted by code point (lookup is a binary search)")
		}
		assert.Falsef(t, names[e.Mark.Name], "name %s used twice", e.Mark.Name)
		names[e.Mark.Name] = true
		m, ok := lookup(e.Rune)
		require.True(t, ok)
		assert.Equal(t, e.Mark.Name, m.Name)
	}
}

func TestText(t *testing.T) {
	cases := map[string]string{
		"plain":                           "plain",
		"a b":                             "a b",
		"trailing  ":                      "trailing<SP><SP>",
		"line  \nnext":                    "line<SP><SP><LF>next",
		"crlf\r\n":                        "crlf<CR><LF>",
		"tab\there":                       "tab<TAB>here",
		"\ufeff{}":                        "<BOM>{}",
		"a\u00a0b\u200bc":                 "a<NBSP>b<ZWSP>c",
		"bad \xff\xfe":                    "bad <xFF><xFE>",
		"未命名":                             "未命名",
		"\u3000":                          "<U+3000>",
		"\u0080":                          "<U+0080>",
		"evil\u202egnp.exe":               "evil<RLO>gnp.exe",
		"Describe\x1b]0;pwned\x07\x1b[1A": "Describe<ESC>]0;pwned<BEL><ESC>[1A",
	}
	for in, want := range cases {
		assert.Equal(t, want, Text(in), "Text(%q)", in)
	}
}

func TestWalkKeepsEveryByte(t *testing.T) {
	s := "a \t\r\n\xff\u200b 名  "
	var b strings.Builder
	marks := 0
	Walk(s, func(raw string, m *Mark) {
		b.WriteString(raw)
		if m != nil {
			marks++
		}
	})
	assert.Equal(t, s, b.String())
	assert.Equal(t, 7, marks, "TAB CR LF xFF ZWSP and the two trailing spaces")
}

func TestControlsLeavesTextAlone(t *testing.T) {
	in := "VALID: line one\n\ttabbed 未命名 a\u00a0b trailing \n"
	assert.Equal(t, in, Controls(in), "only terminal controls and bidi marks change")
	assert.Equal(t, "x<ESC>]0;pwned<BEL><ESC>[1A<ESC>[2KVALID<CR>\n<xFF><U+009B><RLO>",
		Controls("x\x1b]0;pwned\x07\x1b[1A\x1b[2KVALID\r\n\xff\u009b\u202e"))
}
