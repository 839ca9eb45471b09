package verify

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// DiffLine is one line where the client's text differs from the
// verifier's. Invisible characters are made visible: \r, \t, other control
// bytes as \xNN, spaces at the end of a line as ␠, and look-alike Unicode
// spaces as \uXXXX.
type DiffLine struct {
	What     string `json:"what"`     // "canonicalRequest" or "stringToSign"
	Line     int    `json:"line"`     // 1-based
	Column   int    `json:"column"`   // 1-based position of the first difference in the visible text
	Expected string `json:"expected"` // the verifier's line, visible
	Received string `json:"received"` // the client's line, visible
	Marker   string `json:"marker"`   // spaces and a ^ under Column
}

// endOfText stands for a line one side does not have.
const endOfText = "⟨end of text⟩"

// maxDiffLines bounds the diff: after a missing line every later line shifts.
const maxDiffLines = 20

// diff compares the client's intermediate texts, when given, with ours.
func (c *checker) diff(canonicalRequest, stringToSign string) {
	for _, d := range []struct{ what, ours, theirs, name string }{
		{"canonicalRequest", canonicalRequest, c.opts.CanonicalRequest, "canonical request"},
		{"stringToSign", stringToSign, c.opts.StringToSign, "string to sign"},
	} {
		if d.theirs == "" || d.ours == "" {
			continue
		}
		lines := DiffText(d.what, d.ours, d.theirs)
		if len(lines) == 0 {
			c.warn("diff-equal", "the client's "+d.name+" is identical to the expected one")
		}
		c.rep.Diff = append(c.rep.Diff, lines...)
	}
}

// DiffText compares expected and received line by line (lines split at
// \n) and returns the lines that differ, at most 20.
func DiffText(what, expected, received string) []DiffLine {
	el := strings.Split(expected, "\n")
	rl := strings.Split(received, "\n")
	var out []DiffLine
	for i := 0; i < max(len(el), len(rl)) && len(out) < maxDiffLines; i++ {
		e, eok := line(el, i)
		r, rok := line(rl, i)
		if eok && rok && e == r {
			continue
		}
		d := DiffLine{What: what, Line: i + 1}
		switch {
		case !eok:
			d.Expected, d.Column = endOfText, 1
			d.Received, _ = visible(r, 0)
		case !rok:
			d.Received, d.Column = endOfText, 1
			d.Expected, _ = visible(e, 0)
		default:
			at := firstDiff(e, r)
			var ce, cr int
			d.Expected, ce = visible(e, at)
			d.Received, cr = visible(r, at)
			d.Column = min(ce, cr) + 1
		}
		d.Marker = strings.Repeat(" ", d.Column-1) + "^"
		out = append(out, d)
	}
	return out
}

func line(ls []string, i int) (string, bool) {
	if i < len(ls) {
		return ls[i], true
	}
	return "", false
}

// firstDiff returns the byte offset of the first difference, backed up to
// the start of a UTF-8 sequence.
func firstDiff(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && i < len(a) && !utf8.RuneStart(a[i]) {
		i--
	}
	return i
}

// visible renders s with invisible characters spelled out, and returns the
// rune column at which byte offset at appears in the rendering.
func visible(s string, at int) (string, int) {
	trail := len(strings.TrimRight(s, " "))
	var b strings.Builder
	col, atCol := 0, -1
	for i := 0; i < len(s); {
		if i == at {
			atCol = col
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		var piece string
		switch {
		case r == utf8.RuneError && n == 1:
			piece = `\x` + hex2(s[i])
		case r == '\r':
			piece = `\r`
		case r == '\t':
			piece = `\t`
		case r == ' ' && i >= trail:
			piece = "␠"
		case r < 0x20 || r == 0x7f:
			piece = `\x` + hex2(byte(r))
		case r == 0xa0 || r == 0xfeff || (r >= 0x2000 && r <= 0x200f) || r == 0x2028 || r == 0x2029 || r == 0x3000:
			piece = `\u` + strconv.FormatInt(int64(r)+0x10000, 16)[1:]
		default:
			piece = s[i : i+n]
		}
		b.WriteString(piece)
		col += utf8.RuneCountInString(piece)
		i += n
	}
	if atCol < 0 {
		atCol = col
	}
	return b.String(), atCol
}

func hex2(c byte) string {
	const digits = "0123456789ABCDEF"
	return string([]byte{digits[c>>4], digits[c&15]})
}
