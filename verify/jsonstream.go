package verify

import (
	"unicode/utf8"

	"github.com/tcsig/tcsig/internal/jsonlite"
)

// streamer writes a JSON text in a style that keeps the members' order,
// token by token, without decoding it into values. The text must be one
// the scanner accepted, nested at most maxJSONDepth deep; writing stops
// as soon as the form outgrows its limit.
type streamer struct {
	st   *jsonStyle
	data []byte
	pos  int
	w    *formWriter
}

func (s *streamer) space() {
	for s.pos < len(s.data) && isJSONSpace(s.data[s.pos]) {
		s.pos++
	}
}

func (s *streamer) value(depth int) {
	if s.w.over {
		return
	}
	s.space()
	switch c := s.data[s.pos]; c {
	case '{', '[':
		s.container(depth)
	case '"':
		s.str()
	default: // a number or a literal, written as it is
		start := s.pos
		for s.pos < len(s.data) && !isJSONSpace(s.data[s.pos]) && s.data[s.pos] != ',' && s.data[s.pos] != ']' && s.data[s.pos] != '}' {
			s.pos++
		}
		s.w.writeBytes(s.data[start:s.pos])
	}
}

// container writes an array or an object, as jsonStyle.write does.
func (s *streamer) container(depth int) {
	open := s.data[s.pos]
	closer := byte(']')
	if open == '{' {
		closer = '}'
	}
	s.pos++
	s.w.writeByte(open)
	s.space()
	if s.data[s.pos] == closer {
		s.pos++
		s.w.writeByte(closer)
		return
	}
	for k := 0; ; k++ {
		if !s.st.item(s.w, k, depth) {
			return
		}
		if open == '{' {
			s.space()
			s.str()
			s.space()
			s.pos++ // ':'
			s.w.writeString(s.st.keySep)
		}
		s.value(depth + 1)
		if s.w.over {
			return
		}
		s.space()
		c := s.data[s.pos]
		s.pos++
		if c == closer {
			s.st.end(s.w, k+1, depth, closer)
			return
		}
	}
}

// str rewrites a string literal: its value, decoded as jsonlite decodes
// it, written in the style's escaping.
func (s *streamer) str() {
	s.pos++ // the opening quote
	start := s.pos
	for s.data[s.pos] != '"' {
		if s.data[s.pos] == '\\' {
			s.pos++
		}
		s.pos++
	}
	raw := s.data[start:s.pos]
	s.pos++
	s.st.writeRaw(s.w, raw)
}

// writeRaw writes the string whose literal's inside is raw, copying the
// runs that need no escape whole.
func (st *jsonStyle) writeRaw(w *formWriter, raw []byte) {
	safe := st.safeASCII()
	w.writeByte('"')
	start := 0
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf && safe[c] {
			i++
			continue
		}
		w.writeBytes(raw[start:i])
		var r rune
		var size int
		switch {
		case c == '\\':
			r, size = jsonlite.UnescapeAt(raw[i:])
		case c >= utf8.RuneSelf:
			r, size = utf8.DecodeRune(raw[i:])
		default:
			r, size = rune(c), 1
		}
		// An escape decodes to a whole rune even when it is U+FFFD.
		runeSize := size
		if c == '\\' {
			runeSize = utf8.RuneLen(r)
		}
		if esc := st.escapeRune(w.scratch[:0], r, runeSize); esc != nil {
			w.writeBytes(esc)
		} else {
			w.writeBytes(utf8.AppendRune(w.scratch[:0], r))
		}
		i += size
		start = i
	}
	w.writeBytes(raw[start:])
	w.writeByte('"')
}
