package jsonlite

import (
	"encoding/base64"
	"strconv"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// AppendString appends s as a JSON string escaped exactly as encoding/json
// escapes it: <, > and & as \u003c \u003e \u0026, U+2028 and U+2029 as
// \u2028 \u2029, other control bytes as \b \f \n \r \t or \u00XX, and each
// byte of invalid UTF-8 as \ufffd.
func AppendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && b != '<' && b != '>' && b != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// Writer builds one JSON value: objects and arrays with their commas
// placed for the caller. It never fails; the caller keeps the nesting right
// (every Open has its Close).
type Writer struct {
	B    []byte
	more bool // the next value needs a comma before it
}

func (w *Writer) sep() {
	if w.more {
		w.B = append(w.B, ',')
	}
	w.more = true
}

// OpenObject starts an object (as a value, after Key, or in an array).
func (w *Writer) OpenObject() { w.open('{') }

// CloseObject ends an object.
func (w *Writer) CloseObject() { w.B = append(w.B, '}'); w.more = true }

// OpenArray starts an array.
func (w *Writer) OpenArray() { w.open('[') }

// CloseArray ends an array.
func (w *Writer) CloseArray() { w.B = append(w.B, ']'); w.more = true }

func (w *Writer) open(c byte) {
	w.sep()
	w.B = append(w.B, c)
	w.more = false
}

// Key writes an object member's name; the next call writes its value.
func (w *Writer) Key(k string) {
	w.sep()
	w.B = AppendString(w.B, k)
	w.B = append(w.B, ':')
	w.more = false // the value follows the colon without a comma
}

// String writes a string value.
func (w *Writer) String(s string) { w.sep(); w.B = AppendString(w.B, s) }

// Int writes an integer.
func (w *Writer) Int(n int64) { w.sep(); w.B = strconv.AppendInt(w.B, n, 10) }

// Bool writes true or false.
func (w *Writer) Bool(b bool) { w.sep(); w.B = strconv.AppendBool(w.B, b) }

// Null writes null.
func (w *Writer) Null() { w.sep(); w.B = append(w.B, "null"...) }

// Bytes writes b as a base64 string, as encoding/json writes a []byte
// (null when b is nil).
func (w *Writer) Bytes(b []byte) {
	if b == nil {
		w.Null()
		return
	}
	w.sep()
	w.B = append(w.B, '"')
	w.B = base64.StdEncoding.AppendEncode(w.B, b)
	w.B = append(w.B, '"')
}

// Raw writes an already encoded JSON value as it is.
func (w *Writer) Raw(v []byte) { w.sep(); w.B = append(w.B, v...) }

// AppendValue appends v, a value as Decode returns it (Object, []any,
// string, Number, bool or nil), as compact JSON: members in their order,
// numbers as written.
func AppendValue(b []byte, v any) []byte {
	switch v := v.(type) {
	case Object:
		b = append(b, '{')
		for i, m := range v {
			if i > 0 {
				b = append(b, ',')
			}
			b = AppendString(b, m.Key)
			b = append(b, ':')
			b = AppendValue(b, m.Value)
		}
		return append(b, '}')
	case []any:
		b = append(b, '[')
		for i, e := range v {
			if i > 0 {
				b = append(b, ',')
			}
			b = AppendValue(b, e)
		}
		return append(b, ']')
	case string:
		return AppendString(b, v)
	case Number:
		return append(b, v...)
	case bool:
		return strconv.AppendBool(b, v)
	}
	return append(b, "null"...)
}
