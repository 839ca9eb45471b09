package capture

import (
	"errors"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/message"
)

// The HAR and JSON formats are decoded with internal/jsonlite, not
// encoding/json, so the WebAssembly playground does not link reflection.
// These helpers read decoded objects the way encoding/json fills a struct:
// names match case-insensitively, a later member overrides an earlier one,
// null leaves a string as it was and clears a pointer or list, and a value
// of the wrong type is skipped and reported (the first such error).

// decodeObject decodes a JSON object's top level (after a UTF-8 BOM).
func decodeObject(data []byte, format string) (jsonlite.Object, error) {
	t := trimBOM(data)
	v, err := jsonlite.Decode(t)
	if err != nil {
		var se *jsonlite.SyntaxError
		if errors.As(err, &se) {
			return nil, msgErr(format, nil, message.CapErrJSONInvalid, message.JSONSyntax(se.Msg)).atOffset(se.Offset)
		}
		return nil, msgErr(format, nil, message.CapErrJSONInvalid, err)
	}
	switch v := v.(type) {
	case jsonlite.Object:
		return v, nil
	case nil:
		return nil, msgErr(format, nil, message.CapErrJSONNull)
	default:
		return nil, msgErr(format, nil, message.CapErrJSONTopLevel, goKind(v)).atOffset(len(t) - len(trimLeftSpace(t)))
	}
}

func trimLeftSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	return b
}

// goKind names a value's JSON type as encoding/json's type errors do
// ("array"), in every language.
func goKind(v any) message.Msg {
	code := message.CapJSONTypeObject
	switch v.(type) {
	case []any:
		code = message.CapJSONTypeArray
	case string:
		code = message.CapJSONTypeString
	case bool:
		code = message.CapJSONTypeBool
	case jsonlite.Number:
		code = message.CapJSONTypeNumber
	}
	return message.New(code)
}

// jsonKind names a value's kind for messages.
func jsonKind(v any) message.Msg {
	code := message.CapKindNumber
	switch v.(type) {
	case jsonlite.Object:
		code = message.CapKindObject
	case []any:
		code = message.CapKindList
	case string:
		code = message.CapKindString
	case bool:
		code = message.CapKindBool
	case nil:
		code = message.CapKindNull
	}
	return message.New(code)
}

// fieldReader reads decoded objects into structs; err is the first value
// of the wrong type, naming its path.
type fieldReader struct {
	err error
}

// mismatch records a value of the wrong kind at path (a JSON path, or a
// message such as "the entry"): want is the kind the field takes.
func (d *fieldReader) mismatch(path any, v any, want message.Code) {
	if d.err == nil {
		d.err = message.Errorf(message.CapErrFieldType, path, message.New(want), jsonKind(v))
	}
}

// each calls f with every member named name (ignoring case), in order.
func each(o jsonlite.Object, name string, f func(v any)) {
	for _, m := range o {
		if strings.EqualFold(m.Key, name) {
			f(m.Value)
		}
	}
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// last reads the members named name as encoding/json fills a field of
// type T: the last value of type T wins and set reports one was read; null
// clears it (set false) when clears (a pointer or a list) and leaves it
// otherwise (a string); a value of another type is skipped and reported
// as not want.
func last[T any](d *fieldReader, o jsonlite.Object, name, path string, want message.Code, clears bool) (v T, set bool) {
	each(o, name, func(m any) {
		switch m := m.(type) {
		case T:
			v, set = m, true
		case nil:
			if clears {
				var zero T
				v, set = zero, false
			}
		default:
			d.mismatch(join(path, name), m, want)
		}
	})
	return v, set
}

func (d *fieldReader) str(o jsonlite.Object, name, path string) string {
	s, _ := last[string](d, o, name, path, message.CapKindString, false)
	return s
}

func (d *fieldReader) strPtr(o jsonlite.Object, name, path string) *string {
	if s, set := last[string](d, o, name, path, message.CapKindString, true); set {
		return &s
	}
	return nil
}

func (d *fieldReader) float(o jsonlite.Object, name, path string) *float64 {
	var p *float64
	each(o, name, func(v any) {
		switch v := v.(type) {
		case jsonlite.Number:
			f, err := strconv.ParseFloat(string(v), 64)
			if err != nil {
				d.mismatch(join(path, name), v, message.CapKindFloat64)
				return
			}
			p = &f
		case nil:
			p = nil
		default:
			d.mismatch(join(path, name), v, message.CapKindNumber)
		}
	})
	return p
}

// list returns the last array named name (nil for null).
func (d *fieldReader) list(o jsonlite.Object, name, path string) []any {
	l, _ := last[[]any](d, o, name, path, message.CapKindList, true)
	return l
}

// object returns v as an object; null gives nil without an error.
func (d *fieldReader) object(v any, path any) jsonlite.Object {
	switch v := v.(type) {
	case jsonlite.Object:
		return v
	case nil:
	default:
		d.mismatch(path, v, message.CapKindObject)
	}
	return nil
}

func (d *fieldReader) harEntry(v any) harEntry {
	var e harEntry
	o := d.object(v, message.New(message.CapTheEntry))
	each(o, "request", func(v any) { e.Request = d.harRequest(v, "request") })
	return e
}

func (d *fieldReader) harRequest(v any, path string) *harRequest {
	o := d.object(v, path)
	if o == nil {
		return nil
	}
	r := &harRequest{
		Method:      d.str(o, "method", path),
		URL:         d.str(o, "url", path),
		HTTPVersion: d.str(o, "httpVersion", path),
		Headers:     d.fields(o, "headers", path),
		BodySize:    d.float(o, "bodySize", path),
	}
	each(o, "postData", func(v any) {
		p := join(path, "postData")
		po := d.object(v, p)
		if po == nil {
			r.PostData = nil
			return
		}
		r.PostData = &harPostData{
			MimeType: d.str(po, "mimeType", p),
			Text:     d.strPtr(po, "text", p),
			Encoding: d.str(po, "encoding", p),
			Params:   d.fields(po, "params", p),
			SHA1:     d.str(po, "_sha1", p),
			File:     d.str(po, "_file", p),
		}
	})
	return r
}

// fields reads a list of {"name": …, "value": …}.
func (d *fieldReader) fields(o jsonlite.Object, name, path string) []harField {
	l := d.list(o, name, path)
	if l == nil {
		return nil
	}
	out := make([]harField, len(l))
	for i, v := range l {
		p := join(path, name) + "[" + strconv.Itoa(i) + "]"
		if fo := d.object(v, p); fo != nil {
			out[i] = harField{Name: d.str(fo, "name", p), Value: d.str(fo, "value", p)}
		}
	}
	return out
}
