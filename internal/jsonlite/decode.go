// Package jsonlite reads and writes JSON without reflection, so the
// WebAssembly playground need not link encoding/json (and with it fmt and
// reflect, a large part of a module that links them). It follows encoding/json closely: the same
// grammar, the same error messages and the same string decoding and
// escaping, which the tests check against encoding/json itself.
package jsonlite

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Number is a JSON number kept as its literal text, so big integers and
// exact decimals survive (like json.Number).
type Number string

// Member is one name/value pair of an object.
type Member struct {
	Key   string
	Value any
}

// Object is a JSON object with its members in source order. Duplicate
// names are all kept; Get, like encoding/json, lets the last one win.
type Object []Member

// Get returns the value of the last member named key.
func (o Object) Get(key string) (any, bool) {
	for i := len(o) - 1; i >= 0; i-- {
		if o[i].Key == key {
			return o[i].Value, true
		}
	}
	return nil, false
}

// MaxDepth is how deeply arrays and objects may nest, as in encoding/json.
const MaxDepth = 10000

// SyntaxError is a JSON syntax error. Its message is encoding/json's.
type SyntaxError struct {
	Msg string
	// Offset is the 0-based byte offset of the offending byte, or the
	// input's length when the input ends too early. (encoding/json's
	// SyntaxError.Offset counts bytes read, so it is one more, except at
	// the end of input.)
	Offset int
	Line   int // 1-based line of Offset
	Column int // 1-based column of Offset, in bytes
}

func (e *SyntaxError) Error() string { return e.Msg }

// Decode decodes one JSON text into Object, []any, string, Number, bool
// or nil. Anything but white space after the value is an error.
func Decode(data []byte) (any, error) {
	v, n, err := DecodePrefix(data)
	if err != nil {
		return nil, err
	}
	p := parser{data: data, pos: n}
	p.skipSpace()
	if p.pos < len(data) {
		return nil, p.fail("after top-level value")
	}
	return v, nil
}

// DecodePrefix decodes the JSON value at the start of data (after white
// space) and returns it with the number of bytes it used; what follows is
// left for the caller, as a json.Decoder would.
func DecodePrefix(data []byte) (v any, n int, err error) {
	p := parser{data: data}
	v, err = p.value(0)
	if err != nil {
		return nil, 0, err
	}
	return v, p.pos, nil
}

// Valid reports whether data is one valid JSON text.
func Valid(data []byte) bool {
	_, err := Decode(data)
	return err == nil
}

type parser struct {
	data []byte
	pos  int
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (p *parser) skipSpace() {
	for p.pos < len(p.data) && isSpace(p.data[p.pos]) {
		p.pos++
	}
}

// fail reports the byte at p.pos as invalid in context. At the end of the
// input encoding/json feeds its scanner a space: where a space is allowed
// that is "unexpected end of JSON input"; elsewhere (spaceOK false: inside a
// number, literal or escape) the space itself is the invalid character.
func (p *parser) fail(context string) error {
	return p.failAt(context, false)
}

func (p *parser) failAt(context string, spaceOK bool) error {
	e := &SyntaxError{Offset: p.pos}
	switch {
	case p.pos < len(p.data):
		e.Msg = "invalid character " + quoteChar(p.data[p.pos]) + " " + context
	case spaceOK:
		e.Msg = "unexpected end of JSON input"
	default:
		e.Msg = "invalid character ' ' " + context
	}
	e.Line, e.Column = 1, 1
	for _, c := range p.data[:p.pos] {
		e.Column++
		if c == '\n' {
			e.Line++
			e.Column = 1
		}
	}
	return e
}

// end reports an input that stops where white space would be fine.
func (p *parser) end(context string) error { return p.failAt(context, true) }

func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	s := strconv.Quote(string(rune(c))) // 0xff reads as 'ÿ', as in encoding/json
	return "'" + s[1:len(s)-1] + "'"
}

func (p *parser) value(depth int) (any, error) {
	p.skipSpace()
	if p.pos >= len(p.data) {
		return nil, p.end("looking for beginning of value")
	}
	switch c := p.data[p.pos]; c {
	case '{':
		if depth >= MaxDepth {
			return nil, p.fail("exceeded max depth")
		}
		return p.object(depth + 1)
	case '[':
		if depth >= MaxDepth {
			return nil, p.fail("exceeded max depth")
		}
		return p.array(depth + 1)
	case '"':
		return p.str()
	case 't':
		return true, p.literal("true")
	case 'f':
		return false, p.literal("false")
	case 'n':
		return nil, p.literal("null")
	default:
		if c == '-' || '0' <= c && c <= '9' {
			return p.number()
		}
		return nil, p.fail("looking for beginning of value")
	}
}

func (p *parser) object(depth int) (any, error) {
	p.pos++ // '{'
	obj := Object{}
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return obj, nil
	}
	for {
		p.skipSpace()
		if p.pos >= len(p.data) {
			return nil, p.end("looking for beginning of object key string")
		}
		if p.data[p.pos] != '"' {
			return nil, p.fail("looking for beginning of object key string")
		}
		k, err := p.str()
		if err != nil {
			return nil, err
		}
		p.skipSpace()
		if p.pos >= len(p.data) {
			return nil, p.end("after object key")
		}
		if p.data[p.pos] != ':' {
			return nil, p.fail("after object key")
		}
		p.pos++
		v, err := p.value(depth)
		if err != nil {
			return nil, err
		}
		obj = append(obj, Member{k, v})
		done, err := p.next('}', "after object key:value pair")
		if err != nil {
			return nil, err
		}
		if done {
			return obj, nil
		}
	}
}

func (p *parser) array(depth int) (any, error) {
	p.pos++ // '['
	arr := []any{}
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return arr, nil
	}
	for {
		v, err := p.value(depth)
		if err != nil {
			return nil, err
		}
		arr = append(arr, v)
		done, err := p.next(']', "after array element")
		if err != nil {
			return nil, err
		}
		if done {
			return arr, nil
		}
	}
}

// next reads what follows a member of an array or object: a comma, when
// another member follows, or closer, when it was the last (done). where
// names the place for a syntax error.
func (p *parser) next(closer byte, where string) (done bool, err error) {
	p.skipSpace()
	if p.pos >= len(p.data) {
		return false, p.end(where)
	}
	switch p.data[p.pos] {
	case ',':
		p.pos++
		return false, nil
	case closer:
		p.pos++
		return true, nil
	}
	return false, p.fail(where)
}

func (p *parser) literal(word string) error {
	p.pos++ // first letter, already matched
	for i := 1; i < len(word); i++ {
		if p.pos >= len(p.data) || p.data[p.pos] != word[i] {
			return p.fail("in literal " + word + " (expecting " + quoteChar(word[i]) + ")")
		}
		p.pos++
	}
	return nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// more reports whether the next byte exists and passes ok.
func (p *parser) more(ok func(byte) bool) bool {
	return p.pos < len(p.data) && ok(p.data[p.pos])
}

func (p *parser) number() (any, error) {
	start := p.pos
	if p.data[p.pos] == '-' {
		p.pos++
		if !p.more(isDigit) {
			return nil, p.fail("in numeric literal")
		}
	}
	if p.data[p.pos] == '0' {
		p.pos++
	} else {
		for p.more(isDigit) {
			p.pos++
		}
	}
	if p.more(func(c byte) bool { return c == '.' }) {
		p.pos++
		if !p.more(isDigit) {
			return nil, p.fail("after decimal point in numeric literal")
		}
		for p.more(isDigit) {
			p.pos++
		}
	}
	if p.more(func(c byte) bool { return c == 'e' || c == 'E' }) {
		p.pos++
		if p.more(func(c byte) bool { return c == '+' || c == '-' }) {
			p.pos++
		}
		if !p.more(isDigit) {
			return nil, p.fail("in exponent of numeric literal")
		}
		for p.more(isDigit) {
			p.pos++
		}
	}
	return Number(p.data[start:p.pos]), nil
}

func isHex(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// str scans a string at p.pos and returns it unquoted.
func (p *parser) str() (string, error) {
	p.pos++ // '"'
	start := p.pos
	plain := true // no escapes and valid UTF-8: the bytes are the value
	for {
		if p.pos >= len(p.data) {
			return "", p.end("in string literal")
		}
		c := p.data[p.pos]
		switch {
		case c == '"':
			raw := p.data[start:p.pos]
			p.pos++
			if plain {
				return string(raw), nil
			}
			return unquote(raw), nil
		case c == '\\':
			plain = false
			p.pos++
			if p.pos >= len(p.data) {
				return "", p.fail("in string escape code")
			}
			switch p.data[p.pos] {
			case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
				p.pos++
			case 'u':
				p.pos++
				for range 4 {
					if !p.more(isHex) {
						return "", p.fail("in \\u hexadecimal character escape")
					}
					p.pos++
				}
			default:
				return "", p.fail("in string escape code")
			}
		case c < 0x20:
			return "", p.fail("in string literal")
		case c < utf8.RuneSelf:
			p.pos++
		default:
			r, size := utf8.DecodeRune(p.data[p.pos:])
			if r == utf8.RuneError && size == 1 {
				plain = false
			}
			p.pos += size
		}
	}
}

// unquote decodes the inside of a string the scanner accepted, as
// encoding/json does: invalid UTF-8 and lone surrogates become U+FFFD.
func unquote(s []byte) string {
	b := make([]byte, 0, len(s)+utf8.UTFMax)
	for r := 0; r < len(s); {
		c := s[r]
		switch {
		case c == '\\':
			rr, size := UnescapeAt(s[r:])
			b = utf8.AppendRune(b, rr)
			r += size
		case c < utf8.RuneSelf:
			b = append(b, c)
			r++
		default:
			rr, size := utf8.DecodeRune(s[r:])
			b = utf8.AppendRune(b, rr)
			r += size
		}
	}
	return string(b)
}

// UnescapeAt decodes the escape at the start of s (a backslash the
// scanner has checked): a surrogate pair is one rune, a lone surrogate is
// U+FFFD, as encoding/json decodes them. size is how many bytes it took.
func UnescapeAt(s []byte) (r rune, size int) {
	switch s[1] {
	case 'b':
		return '\b', 2
	case 'f':
		return '\f', 2
	case 'n':
		return '\n', 2
	case 'r':
		return '\r', 2
	case 't':
		return '\t', 2
	case 'u':
		r = hex4(s[2:])
		if !utf16.IsSurrogate(r) {
			return r, 6
		}
		if len(s) >= 12 && s[6] == '\\' && s[7] == 'u' {
			if dec := utf16.DecodeRune(r, hex4(s[8:])); dec != utf8.RuneError {
				return dec, 12
			}
		}
		return utf8.RuneError, 6
	}
	return rune(s[1]), 2 // " \ /
}

// hex4 reads four hex digits the scanner has checked.
func hex4(s []byte) rune {
	var r rune
	for _, c := range s[:4] {
		switch {
		case c <= '9':
			c -= '0'
		case c >= 'a':
			c -= 'a' - 10
		default:
			c -= 'A' - 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// Unquote decodes one JSON string literal (with its quotes), as an
// UnmarshalJSON method receives it.
func Unquote(data []byte) (string, error) {
	v, err := Decode(data)
	if err != nil {
		return "", err
	}
	s, ok := v.(string)
	if !ok {
		return "", &SyntaxError{Msg: "not a JSON string", Line: 1, Column: 1}
	}
	return s, nil
}
