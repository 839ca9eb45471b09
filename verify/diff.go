package verify

import (
	"strings"
	"unicode/utf8"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/internal/notation"
)

// DiffLine is one line where the client's text differs from the
// verifier's. Invisible characters are written in tcsig's one notation
// (package notation): <CR>, <TAB>, <SP> for a space at the end of a line,
// <NBSP>, <ESC>, <U+3000>, <xFF> for a byte that is not UTF-8.
type DiffLine struct {
	What     string `json:"what"`     // "canonicalRequest" or "stringToSign"
	Line     int    `json:"line"`     // 1-based
	Column   int    `json:"column"`   // 1-based position of the first difference in the visible text
	Expected string `json:"expected"` // the verifier's line, visible
	Received string `json:"received"` // the client's line, visible
	Marker   string `json:"marker"`   // spaces and a ^ under Column
}

// endOfText stands for a line one side does not have.
const endOfText = "(end of text)"

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
			c.warn("diff-equal", message.New(message.VDiffEqual, message.Term(d.name)))
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
	var b strings.Builder
	col, atCol, off := 0, -1, 0
	notation.Walk(s, func(raw string, m *notation.Mark) {
		shown := raw
		if m != nil {
			shown = m.Badge()
		}
		if atCol < 0 && at >= off && at < off+len(raw) {
			atCol = col
			if m == nil {
				atCol += utf8.RuneCountInString(raw[:at-off])
			}
		}
		b.WriteString(shown)
		col += utf8.RuneCountInString(shown)
		off += len(raw)
	})
	if atCol < 0 {
		atCol = col
	}
	return b.String(), atCol
}
