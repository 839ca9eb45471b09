package verify

import (
	"bytes"

	"github.com/tcsig/tcsig/internal/jsonlite"
)

// jsonScanner checks that data is one JSON text, as jsonlite.Decode would
// accept it, without building its values. On the way it notes what the
// cause search needs: the first integer beyond 2^53, the deepest nesting,
// and which serialisation styles could change the text at all. It keeps
// the open containers on a stack of its own rather than recursing, so
// deep nesting costs a few bytes per level.
type jsonScanner struct {
	data []byte
	pos  int

	bigInteger []byte
	maxDepth   int // open containers at the deepest point, empty ones included
	features   jsonFeatures

	keys [][]byte // per open container: the object's last key (nil in arrays)
}

// jsonFeatures say which styles can change the text. They err on the side
// of "yes": a \u escape could be anything, and keys with escapes or
// non-ASCII bytes are compared only once decoded.
type jsonFeatures struct {
	nonASCII     bool // a string may have a rune ≥ U+0080
	htmlUnsafe   bool // a string may have <, >, &, U+2028 or U+2029
	unsortedKeys bool // an object's keys may not be in byte order
}

func (s *jsonScanner) valid() bool {
	var open []byte // the closers of the containers around s.pos
	for {
		opened, ok := s.value(&open)
		if !ok {
			return false
		}
		if opened {
			continue // now at the first member of the container just opened
		}
		// After a value: close containers, or move to the next member.
		for {
			s.space()
			if len(open) == 0 {
				return s.pos == len(s.data)
			}
			if s.pos >= len(s.data) {
				return false
			}
			closer, c := open[len(open)-1], s.data[s.pos]
			s.pos++
			if c == closer {
				open = open[:len(open)-1]
				s.keys = s.keys[:len(s.keys)-1]
				continue
			}
			if c != ',' || closer == '}' && !s.key() {
				return false
			}
			break
		}
	}
}

func (s *jsonScanner) space() {
	for s.pos < len(s.data) && isJSONSpace(s.data[s.pos]) {
		s.pos++
	}
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// value scans one value. An array or object that is not empty is only
// opened: its closer is pushed on open, the key of an object's first
// member is scanned, and opened is true.
func (s *jsonScanner) value(open *[]byte) (opened, ok bool) {
	s.space()
	if s.pos >= len(s.data) {
		return false, false
	}
	switch c := s.data[s.pos]; {
	case c == '{' || c == '[':
		if len(*open) >= jsonlite.MaxDepth {
			return false, false
		}
		s.maxDepth = max(s.maxDepth, len(*open)+1)
		closer := byte(']')
		if c == '{' {
			closer = '}'
		}
		s.pos++
		s.space()
		if s.pos < len(s.data) && s.data[s.pos] == closer {
			s.pos++
			return false, true
		}
		*open = append(*open, closer)
		s.keys = append(s.keys, nil)
		return true, c == '[' || s.key()
	case c == '"':
		_, ok := s.str()
		return false, ok
	case c == 't':
		return false, s.literal("true")
	case c == 'f':
		return false, s.literal("false")
	case c == 'n':
		return false, s.literal("null")
	case c == '-' || '0' <= c && c <= '9':
		return false, s.num()
	}
	return false, false
}

// key scans an object member's name and the colon after it.
func (s *jsonScanner) key() bool {
	s.space()
	if s.pos >= len(s.data) || s.data[s.pos] != '"' {
		return false
	}
	start := s.pos + 1
	plain, ok := s.str()
	if !ok {
		return false
	}
	k := s.data[start : s.pos-1]
	last := &s.keys[len(s.keys)-1]
	if !plain || *last != nil && bytes.Compare(*last, k) > 0 {
		s.features.unsortedKeys = true
	}
	*last = k
	s.space()
	if s.pos >= len(s.data) || s.data[s.pos] != ':' {
		return false
	}
	s.pos++
	return true
}

func (s *jsonScanner) literal(word string) bool {
	if !bytes.HasPrefix(s.data[s.pos:], []byte(word)) {
		return false
	}
	s.pos += len(word)
	return true
}

// digits skips a run of digits and reports whether there was one.
func (s *jsonScanner) digits() bool {
	start := s.pos
	for s.pos < len(s.data) && '0' <= s.data[s.pos] && s.data[s.pos] <= '9' {
		s.pos++
	}
	return s.pos > start
}

func (s *jsonScanner) num() bool {
	start := s.pos
	if s.data[s.pos] == '-' {
		s.pos++
	}
	switch {
	case s.pos < len(s.data) && s.data[s.pos] == '0':
		s.pos++
	case !s.digits():
		return false
	}
	if s.pos < len(s.data) && s.data[s.pos] == '.' {
		s.pos++
		if !s.digits() {
			return false
		}
	}
	if s.pos < len(s.data) && (s.data[s.pos] == 'e' || s.data[s.pos] == 'E') {
		s.pos++
		if s.pos < len(s.data) && (s.data[s.pos] == '+' || s.data[s.pos] == '-') {
			s.pos++
		}
		if !s.digits() {
			return false
		}
	}
	if s.bigInteger == nil && isBigInteger(s.data[start:s.pos]) {
		s.bigInteger = s.data[start:s.pos]
	}
	return true
}

// str scans a string literal, its quote at s.pos. plain is true when its
// bytes are its value: ASCII without escapes. Invalid UTF-8 is accepted,
// as encoding/json accepts it.
func (s *jsonScanner) str() (plain, ok bool) {
	s.pos++
	plain = true
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		switch {
		case c == '"':
			s.pos++
			return plain, true
		case c == '\\':
			plain = false
			s.pos++
			if s.pos >= len(s.data) {
				return false, false
			}
			switch s.data[s.pos] {
			case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
				s.pos++
			case 'u':
				if s.pos+5 > len(s.data) {
					return false, false
				}
				for _, h := range s.data[s.pos+1 : s.pos+5] {
					if !isHex(h) {
						return false, false
					}
				}
				s.pos += 5
				s.features.nonASCII, s.features.htmlUnsafe = true, true
			default:
				return false, false
			}
		case c < 0x20:
			return false, false
		case c == '<' || c == '>' || c == '&':
			s.features.htmlUnsafe = true
			s.pos++
		case c >= 0x80:
			plain = false
			s.features.nonASCII = true
			if c == 0xe2 && s.pos+2 < len(s.data) && s.data[s.pos+1] == 0x80 && (s.data[s.pos+2] == 0xa8 || s.data[s.pos+2] == 0xa9) {
				s.features.htmlUnsafe = true // U+2028, U+2029
			}
			s.pos++
		default:
			s.pos++
		}
	}
	return false, false
}
