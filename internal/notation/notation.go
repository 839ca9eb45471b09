// Package notation is the one way tcsig shows characters a reader could not
// see — line ends, tabs, control characters, zero-width and bidirectional
// marks, look-alike spaces, bytes that are not UTF-8 — in every
// human-readable output: the CLI's text, verify's diffs and explanations,
// and the page's badges. Each such character becomes an ASCII name, written
// <NAME> in text (for example <LF>, <ESC>, <BOM>, <U+3000>, <xFF>), so no
// font or terminal can hide it, and no escape sequence in a captured value
// can act on the terminal that prints it.
package notation

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind sorts marks by how surprising they are, for display.
type Kind string

const (
	Space   Kind = "space"   // line feed and a space at the end of a line
	Layout  Kind = "layout"  // carriage return and tab: expected in HTTP, easy to get wrong
	Suspect Kind = "suspect" // everything else: rarely meant, often the mistake
)

// Mark is how one character (or one byte that is not UTF-8) is shown.
type Mark struct {
	Name  string // ASCII: the badge's text, e.g. "LF", "BOM", "U+3000", "xFF"
	Title string // what it is, e.g. "line feed U+000A"
	Kind  Kind
}

// Badge is the mark as plain text: <NAME>.
func (m Mark) Badge() string { return "<" + m.Name + ">" }

// Entry is one row of the table.
type Entry struct {
	Rune rune
	Mark Mark
}

// table names the invisible characters one meets in API requests and in
// hostile captures. Others are named by code point (see Of).
var table = []Entry{
	{0x00, Mark{"NUL", "null", Suspect}}, {0x01, Mark{"SOH", "start of heading", Suspect}},
	{0x02, Mark{"STX", "start of text", Suspect}}, {0x03, Mark{"ETX", "end of text", Suspect}},
	{0x04, Mark{"EOT", "end of transmission", Suspect}}, {0x05, Mark{"ENQ", "enquiry", Suspect}},
	{0x06, Mark{"ACK", "acknowledge", Suspect}}, {0x07, Mark{"BEL", "bell", Suspect}},
	{0x08, Mark{"BS", "backspace", Suspect}}, {0x09, Mark{"TAB", "tab", Layout}},
	{0x0a, Mark{"LF", "line feed", Space}}, {0x0b, Mark{"VT", "vertical tab", Suspect}},
	{0x0c, Mark{"FF", "form feed", Suspect}}, {0x0d, Mark{"CR", "carriage return", Layout}},
	{0x0e, Mark{"SO", "shift out", Suspect}}, {0x0f, Mark{"SI", "shift in", Suspect}},
	{0x10, Mark{"DLE", "data link escape", Suspect}}, {0x11, Mark{"DC1", "device control 1", Suspect}},
	{0x12, Mark{"DC2", "device control 2", Suspect}}, {0x13, Mark{"DC3", "device control 3", Suspect}},
	{0x14, Mark{"DC4", "device control 4", Suspect}}, {0x15, Mark{"NAK", "negative acknowledge", Suspect}},
	{0x16, Mark{"SYN", "synchronous idle", Suspect}}, {0x17, Mark{"ETB", "end of transmission block", Suspect}},
	{0x18, Mark{"CAN", "cancel", Suspect}}, {0x19, Mark{"EM", "end of medium", Suspect}},
	{0x1a, Mark{"SUB", "substitute", Suspect}}, {0x1b, Mark{"ESC", "escape (starts terminal control sequences)", Suspect}},
	{0x1c, Mark{"FS", "file separator", Suspect}}, {0x1d, Mark{"GS", "group separator", Suspect}},
	{0x1e, Mark{"RS", "record separator", Suspect}}, {0x1f, Mark{"US", "unit separator", Suspect}},
	{0x20, Mark{"SP", "space at the end of a line", Space}},
	{0x7f, Mark{"DEL", "delete", Suspect}},
	{0x85, Mark{"NEL", "next line", Suspect}},
	{0xa0, Mark{"NBSP", "non-breaking space", Suspect}},
	{0xad, Mark{"SHY", "soft hyphen", Suspect}},
	{0x061c, Mark{"ALM", "Arabic letter mark", Suspect}},
	{0x200b, Mark{"ZWSP", "zero-width space", Suspect}},
	{0x200c, Mark{"ZWNJ", "zero-width non-joiner", Suspect}},
	{0x200d, Mark{"ZWJ", "zero-width joiner", Suspect}},
	{0x200e, Mark{"LRM", "left-to-right mark", Suspect}},
	{0x200f, Mark{"RLM", "right-to-left mark", Suspect}},
	{0x2028, Mark{"LS", "line separator", Suspect}},
	{0x2029, Mark{"PS", "paragraph separator", Suspect}},
	{0x202a, Mark{"LRE", "left-to-right embedding", Suspect}},
	{0x202b, Mark{"RLE", "right-to-left embedding", Suspect}},
	{0x202c, Mark{"PDF", "pop directional formatting", Suspect}},
	{0x202d, Mark{"LRO", "left-to-right override", Suspect}},
	{0x202e, Mark{"RLO", "right-to-left override", Suspect}},
	{0x2060, Mark{"WJ", "word joiner", Suspect}},
	{0x2066, Mark{"LRI", "left-to-right isolate", Suspect}},
	{0x2067, Mark{"RLI", "right-to-left isolate", Suspect}},
	{0x2068, Mark{"FSI", "first strong isolate", Suspect}},
	{0x2069, Mark{"PDI", "pop directional isolate", Suspect}},
	{0xfeff, Mark{"BOM", "byte order mark", Suspect}},
}

// Legend explains the notation in one line, for text outputs.
const Legend = "(invisible characters are shown by name: <LF> <CR> <TAB> <SP> (a space at a line end) <ESC> <NBSP> <BOM> ..., others as <U+XXXX>, bytes that are not UTF-8 as <xHH>)"

// Table returns the named marks in code point order, titles ending in the
// code point (e.g. "line feed U+000A").
func Table() []Entry {
	out := make([]Entry, len(table))
	for i, e := range table {
		e.Mark.Title += " " + codePoint(e.Rune)
		out[i] = e
	}
	return out
}

func codePoint(r rune) string {
	h := strings.ToUpper(strconv.FormatInt(int64(r), 16))
	return "U+" + strings.Repeat("0", max(0, 4-len(h))) + h
}

// Of returns how r is shown when it is not shown as itself. A space is
// shown as itself here; Walk marks the ones at the end of a line.
func Of(r rune) (Mark, bool) {
	if r == ' ' {
		return Mark{}, false
	}
	if r < 0x80 && r >= 0x21 && r != 0x7f {
		return Mark{}, false // printable ASCII: the common case, first
	}
	if m, ok := lookup(r); ok {
		return m, true
	}
	switch {
	case unicode.Is(unicode.Cc, r):
		return Mark{codePoint(r), "control character " + codePoint(r), Suspect}, true
	case unicode.Is(unicode.Cf, r):
		return Mark{codePoint(r), "invisible format character " + codePoint(r), Suspect}, true
	case unicode.Is(unicode.Zs, r):
		return Mark{codePoint(r), "space other than U+0020 " + codePoint(r), Suspect}, true
	case !strconv.IsPrint(r): // strconv's compact tables, not unicode's, keep the module small
		return Mark{codePoint(r), "unprintable or unassigned character " + codePoint(r), Suspect}, true
	}
	return Mark{}, false
}

func lookup(r rune) (Mark, bool) {
	lo, hi := 0, len(table)
	for lo < hi {
		mid := (lo + hi) / 2
		switch {
		case table[mid].Rune == r:
			m := table[mid].Mark
			m.Title += " " + codePoint(r)
			return m, true
		case table[mid].Rune < r:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return Mark{}, false
}

// byteMark shows one byte that does not start valid UTF-8.
func byteMark(c byte) Mark {
	const digits = "0123456789ABCDEF"
	h := string([]byte{digits[c>>4], digits[c&15]})
	return Mark{"x" + h, "byte 0x" + h + ", not UTF-8", Suspect}
}

// Walk calls yield for s in order: runs shown as they are (m nil) and
// single characters or bytes shown as a mark. raw is always the original
// bytes, so callers can count offsets. Spaces before a line feed or at the
// end of s are marked, as nothing else would show them.
func Walk(s string, yield func(raw string, m *Mark)) {
	start := 0
	emit := func(i, n int, m Mark) {
		if start < i {
			yield(s[start:i], nil)
		}
		yield(s[i:i+n], &m)
		start = i + n
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ':
			j := i + len(s[i:]) - len(strings.TrimLeft(s[i:], " "))
			if j == len(s) || s[j] == '\n' {
				sp, _ := lookup(' ')
				for ; i < j; i++ {
					emit(i, 1, sp)
				}
			}
			i = j
			continue
		case r == utf8.RuneError && n <= 1:
			emit(i, 1, byteMark(s[i]))
		default:
			if m, ok := Of(r); ok {
				emit(i, n, m)
			}
		}
		i += n
	}
	if start < len(s) {
		yield(s[start:], nil)
	}
}

// Text returns s with every invisible character written as its badge, a
// line feed included (<LF>, without breaking the line): for a value shown
// on one line.
func Text(s string) string {
	if plain(s) {
		return s
	}
	var b strings.Builder
	Walk(s, func(raw string, m *Mark) {
		if m == nil {
			b.WriteString(raw)
		} else {
			b.WriteString(m.Badge())
		}
	})
	return b.String()
}

// plain reports whether s needs no mark: printable ASCII, no trailing space.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return !strings.HasSuffix(s, " ")
}

// Controls returns s with only the characters that act on a terminal or
// reorder text written as badges: control characters other than line feed
// and tab (ESC, BEL, CR, C1 controls, DEL…) and the bidirectional
// embeddings, overrides and isolates. It is the last step of a text output
// that mixes fixed wording with values read from a capture, so that no
// value can move the cursor, retitle the window or rewrite a verdict.
func Controls(s string) string {
	var b strings.Builder
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f || c == '\n' || c == '\t' {
			i++ // ASCII text: the common case
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		var m Mark
		switch {
		case r == utf8.RuneError && n <= 1:
			m = byteMark(c) // some terminals read a lone 0x9B as CSI
		case isControl(r):
			m, _ = Of(r)
		default:
			i += n
			continue
		}
		b.WriteString(s[start:i])
		b.WriteString(m.Badge())
		i += n
		start = i
	}
	if start == 0 {
		return s
	}
	b.WriteString(s[start:])
	return b.String()
}

func isControl(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r >= 0x7f && r <= 0x9f:
		return true
	}
	return r == 0x061c || r == 0x200e || r == 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}
