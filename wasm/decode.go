package main

import (
	"encoding/base64"
	"math"
	"sort"
	"strconv"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/internal/suggest"
	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/signer"
)

// Edge supplies what the pure packages never read themselves: the clock and
// randomness. The wasm glue passes Date.now and crypto.getRandomValues.
type Edge struct {
	Now   func() int64  // Unix seconds, used when timestamp is absent
	Nonce func() uint64 // used when nonce is absent for HmacSHA1/256
}

// Input is a decoded tcsig.sign argument.
type Input struct {
	Req *request.Input
	// DataKind is how data was given (String, Bytes or Undefined), so the
	// glue can hand the caller's own data back as the body instead of
	// copying megabytes out of Go again.
	DataKind Kind
}

// Fields lists every property tcsig.sign accepts (request.Fields' JS
// names), sorted.
func Fields() []string {
	out := make([]string, len(request.Fields))
	for i, f := range request.Fields {
		out[i] = f.JS
	}
	sort.Strings(out)
	return out
}

// FieldTable is tcsig.fields(): the request schema, for the page to build
// its request from.
func FieldTable() []any {
	out := make([]any, len(request.Fields))
	for i, f := range request.Fields {
		out[i] = Obj{{"name", f.JS}, {"flag", f.Flag}, {"kind", f.Kind.String()}, {"default", f.Default}, {"secret", f.Secret}}
	}
	return out
}

// Decode reads a tcsig.sign request object into a request.Input, each
// property as its kind in request.Fields says. Absent and null properties
// are left empty, but for the timestamp and nonce that edge supplies;
// unknown ones are an error, so a typo such as "secretkey" is not silently
// ignored. Errors name the properties.
func Decode(v Value, edge Edge) (*Input, error) {
	if v.Kind() != Object {
		return nil, fieldErr("request", message.New(message.JSWantRequest, v.Kind().String()))
	}
	if err := checkKnown(v.Keys()); err != nil {
		return nil, err
	}
	in := &Input{Req: &request.Input{}, DataKind: Undefined}
	for i := range request.Fields {
		f := &request.Fields[i]
		if err := in.decode(f, v.Get(f.JS)); err != nil {
			return nil, request.Rename(err, request.JSName)
		}
	}
	r := in.Req
	if absent(v.Get(jsName("Timestamp"))) {
		r.Timestamp = edge.Now()
	}
	if absent(v.Get(jsName("Nonce"))) && request.NeedsNonce(r.SignatureMethod) {
		r.Nonce = strconv.FormatUint(edge.Nonce(), 10)
	}
	return in, nil
}

// SignDecoded signs a decoded request through s; errors name the
// properties, as Decode's do.
func SignDecoded(s *signer.Signer, in *Input) (*signer.Result, error) {
	res, err := request.SignWith(s, in.Req)
	if err != nil {
		return nil, request.Rename(err, request.JSName)
	}
	return res, nil
}

// jsName is the property of the field id.
func jsName(id string) string {
	f, _ := request.Lookup(id)
	return f.JS
}

func absent(v Value) bool { return v.Kind() == Undefined || v.Kind() == Null }

// checkKnown refuses a property that is not in the schema, suggesting the
// nearest one by the rule every "did you mean" follows (package suggest).
func checkKnown(keys []string) error {
	known := Fields()
	for _, k := range keys {
		if i := sort.SearchStrings(known, k); i < len(known) && known[i] == k {
			continue
		}
		m := message.New(message.JSUnknownField)
		if f := suggest.Closest(k, known); f != "" {
			m = message.New(message.JSUnknownFieldSuggest, strconv.Quote(f))
		}
		return fieldErr(k, m)
	}
	return nil
}

// decode reads one property of the kind f has into in. Errors name the
// field by its ID, or a part of it by its property (params.Limit).
func (in *Input) decode(f *request.Field, v Value) (err error) {
	switch p := f.Ptr(in.Req).(type) {
	case *string:
		if f.Kind == request.KindNonce {
			*p, err = nonceOf(v)
		} else {
			*p, err = str(v, f.ID)
		}
	case *int64:
		*p, err = timestamp(v)
	case *bool:
		*p, err = boolean(v, f.ID)
	case *[]byte:
		*p, in.DataKind, err = data(v)
	case *map[string]string:
		*p, err = params(v)
	case *[]request.FormField:
		*p, err = form(v)
	}
	return err
}

// timestamp reads Unix seconds from a decimal string or a number; absent
// is 0, for the edge's clock.
func timestamp(t Value) (int64, error) {
	switch t.Kind() {
	case Undefined, Null:
		return 0, nil
	case String:
		return request.ParseTimestamp(t.Str())
	case Number:
		f := t.Float()
		if f != math.Trunc(f) || math.IsInf(f, 0) || f <= 0 || f > 1<<53 {
			return 0, fieldErr("Timestamp", message.New(message.FieldTimestampWhole, strconv.FormatFloat(f, 'g', -1, 64)))
		}
		return int64(f), nil
	}
	return 0, fieldErr("Timestamp", message.New(message.JSWantDecimalOrNumber, t.Kind().String()))
}

// nonceOf reads a nonce: a decimal string, or a number small enough to
// keep its digits in JavaScript.
func nonceOf(n Value) (string, error) {
	switch n.Kind() {
	case Undefined, Null:
		return "", nil
	case String:
		return n.Str(), nil
	case Number:
		f := n.Float()
		if f != math.Trunc(f) || f < 0 || f > 1<<53 {
			return "", fieldErr("Nonce", message.New(message.JSNonceNumber))
		}
		return strconv.FormatInt(int64(f), 10), nil
	}
	return "", fieldErr("Nonce", message.New(message.JSWantDecimal, n.Kind().String()))
}

// data reads the body or the JSON parameters: a string's UTF-8 bytes or a
// Uint8Array's bytes, each copied out of JavaScript once.
func data(d Value) ([]byte, Kind, error) {
	switch d.Kind() {
	case Undefined, Null:
		return nil, Undefined, nil
	case String:
		return d.Text(), String, nil
	case Bytes:
		return d.Bytes(), Bytes, nil
	}
	return nil, Undefined, fieldErr("Data", message.New(message.JSWantStringOrBytes, d.Kind().String()))
}

// boolean reads true or false, also as the strings "true" and "false".
func boolean(u Value, name string) (bool, error) {
	switch u.Kind() {
	case Undefined, Null:
		return false, nil
	case Bool:
		return u.Truth(), nil
	case String:
		b, err := strconv.ParseBool(u.Str())
		if err != nil && u.Str() != "" {
			return false, fieldErr(name, message.New(message.JSWantTrueFalse, strconv.Quote(u.Str())))
		}
		return b, nil
	}
	return false, fieldErr(name, message.New(message.JSWantBoolean, u.Kind().String()))
}

// Str reads an optional string property: absent and null are "".
func Str(v Value, name string) (string, error) { return str(v, name) }

func str(v Value, name string) (string, error) {
	switch v.Kind() {
	case Undefined, Null:
		return "", nil
	case String:
		return v.Str(), nil
	}
	return "", fieldErr(name, message.New(message.JSWantString, v.Kind().String()))
}

// present reports whether the optional field holds a value of kind want:
// undefined and null leave it out, and any other kind is an error (code).
func present(v Value, want Kind, field string, code message.Code) (bool, error) {
	switch v.Kind() {
	case Undefined, Null:
		return false, nil
	case want:
		return true, nil
	}
	return false, fieldErr(field, message.New(code, v.Kind().String()))
}

// params reads raw parameters: strings as given, numbers and booleans as
// JavaScript would print them in a query string.
func params(v Value) (map[string]string, error) {
	if ok, err := present(v, Object, "Params", message.JSWantParams); !ok {
		return nil, err
	}
	keys := v.Keys()
	if len(keys) == 0 {
		return nil, nil
	}
	out := make(map[string]string, len(keys))
	for _, k := range keys {
		p := v.Get(k)
		switch p.Kind() {
		case String:
			out[k] = p.Str()
		case Number:
			f := p.Float()
			if math.IsInf(f, 0) || math.IsNaN(f) {
				return nil, fieldErr("params."+k, message.New(message.JSFinite))
			}
			out[k] = strconv.FormatFloat(f, 'f', -1, 64)
		case Bool:
			out[k] = strconv.FormatBool(p.Truth())
		default:
			return nil, fieldErr("params."+k, message.New(message.JSWantScalar, p.Kind().String()))
		}
	}
	return out, nil
}

// form reads multipart fields: {name, value} text parts and
// {name, filename, content} file parts, content a Uint8Array or base64.
func form(v Value) ([]request.FormField, error) {
	if ok, err := present(v, Array, "Form", message.JSWantForm); !ok {
		return nil, err
	}
	out := make([]request.FormField, 0, v.Len())
	for i := 0; i < v.Len(); i++ {
		at := "form[" + strconv.Itoa(i) + "]"
		p := v.Index(i)
		if p.Kind() != Object {
			return nil, fieldErr(at, message.New(message.JSWantObject, p.Kind().String()))
		}
		var f request.FormField
		var err error
		if f.Name, err = str(p.Get("name"), at+".name"); err != nil {
			return nil, err
		}
		if f.Value, err = str(p.Get("value"), at+".value"); err != nil {
			return nil, err
		}
		if f.Filename, err = str(p.Get("filename"), at+".filename"); err != nil {
			return nil, err
		}
		switch c := p.Get("content"); c.Kind() {
		case Undefined, Null:
		case Bytes:
			f.Content = c.Bytes()
		case String:
			if f.Content, err = base64.StdEncoding.DecodeString(c.Str()); err != nil {
				return nil, fieldErr(at+".content", message.New(message.JSBase64, err.Error()))
			}
		default:
			return nil, fieldErr(at+".content", message.New(message.JSWantContent, c.Kind().String()))
		}
		out = append(out, f)
	}
	return out, nil
}
