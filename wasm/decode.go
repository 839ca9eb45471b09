package main

import (
	"encoding/base64"
	"math"
	"sort"
	"strconv"
	"strings"
	"unsafe"

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
	Req *request.Request
	// DataKind is how data was given (String, Bytes or Undefined), so the
	// glue can hand the caller's own data back as the body instead of
	// copying megabytes out of Go again.
	DataKind Kind
}

// stringFields maps each plain-string property to its request.Request field.
var stringFields = map[string]func(*request.Request) *string{
	"service":         func(r *request.Request) *string { return &r.Service },
	"action":          func(r *request.Request) *string { return &r.Action },
	"version":         func(r *request.Request) *string { return &r.Version },
	"region":          func(r *request.Request) *string { return &r.Region },
	"host":            func(r *request.Request) *string { return &r.Host },
	"endpoint":        func(r *request.Request) *string { return &r.Endpoint },
	"method":          func(r *request.Request) *string { return &r.Method },
	"contentType":     func(r *request.Request) *string { return &r.ContentType },
	"signatureMethod": func(r *request.Request) *string { return &r.SignatureMethod },
	"signedHeaders":   func(r *request.Request) *string { return &r.SignedHeaders },
	"token":           func(r *request.Request) *string { return &r.Token },
	"language":        func(r *request.Request) *string { return &r.Language },
	"secretId":        func(r *request.Request) *string { return &r.SecretID },
	"secretKey":       func(r *request.Request) *string { return &r.SecretKey },
	"payloadHash":     func(r *request.Request) *string { return &r.PayloadHash },
	"boundary":        func(r *request.Request) *string { return &r.Boundary },
}

// otherFields are the properties with their own decoding below.
var otherFields = []string{"timestamp", "nonce", "data", "params", "unsignedPayload", "form"}

// Fields lists every property tcsig.sign accepts, sorted.
func Fields() []string {
	out := append([]string(nil), otherFields...)
	for k := range stringFields {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Decode reads a tcsig.sign request object into a request.Request. Absent and
// null properties are left empty; unknown ones are an error, so a typo such
// as "secretkey" is not silently ignored.
func Decode(v Value, edge Edge) (*Input, error) {
	if v.Kind() != Object {
		return nil, &signer.FieldError{Field: "request", Msg: "want an object with the request's fields, got " + v.Kind().String()}
	}
	r := &request.Request{}
	in := &Input{Req: r, DataKind: Undefined}
	known := Fields()
	for _, k := range v.Keys() {
		if i := sort.SearchStrings(known, k); i < len(known) && known[i] == k {
			continue
		}
		msg := "unknown field"
		for _, f := range known {
			if strings.EqualFold(f, k) {
				msg += "; did you mean " + strconv.Quote(f) + "?"
			}
		}
		return nil, &signer.FieldError{Field: k, Msg: msg}
	}

	for _, name := range known {
		field, ok := stringFields[name]
		if !ok {
			continue
		}
		s, err := str(v.Get(name), name)
		if err != nil {
			return nil, err
		}
		*field(r) = s
	}

	switch t := v.Get("timestamp"); t.Kind() {
	case Undefined, Null:
		r.Timestamp = request.Int(strconv.FormatInt(edge.Now(), 10))
	case String:
		r.Timestamp = request.Int(t.Str())
	case Number:
		f := t.Float()
		if f != math.Trunc(f) || math.IsInf(f, 0) || f <= 0 || f > 1<<53 {
			return nil, &signer.FieldError{Field: "timestamp", Msg: "must be Unix time in whole seconds, got " + strconv.FormatFloat(f, 'g', -1, 64)}
		}
		r.Timestamp = request.Int(strconv.FormatInt(int64(f), 10))
	default:
		return nil, &signer.FieldError{Field: "timestamp", Msg: "want a decimal string or a number, got " + t.Kind().String()}
	}

	switch n := v.Get("nonce"); n.Kind() {
	case Undefined, Null:
		if r.SignatureMethod == signer.HmacSHA1 || r.SignatureMethod == signer.HmacSHA256 {
			r.Nonce = strconv.FormatUint(edge.Nonce(), 10)
		}
	case String:
		r.Nonce = n.Str()
	case Number:
		f := n.Float()
		if f != math.Trunc(f) || f < 0 || f > 1<<53 {
			return nil, &signer.FieldError{Field: "nonce", Msg: "a number must be a whole number up to 2^53 (larger ones lose digits in JavaScript); pass the nonce as a decimal string"}
		}
		r.Nonce = strconv.FormatInt(int64(f), 10)
	default:
		return nil, &signer.FieldError{Field: "nonce", Msg: "want a decimal string, got " + n.Kind().String()}
	}

	switch d := v.Get("data"); d.Kind() {
	case Undefined, Null:
	case String:
		r.Data = d.Str()
		in.DataKind = String
	case Bytes:
		b := d.Bytes()
		// The bytes were just copied out of JavaScript and nothing else
		// holds them, so a string view saves a second 10 MB copy.
		r.Data = unsafe.String(unsafe.SliceData(b), len(b))
		in.DataKind = Bytes
	default:
		return nil, &signer.FieldError{Field: "data", Msg: "want a string or a Uint8Array, got " + d.Kind().String()}
	}

	switch u := v.Get("unsignedPayload"); u.Kind() {
	case Undefined, Null:
	case Bool:
		r.UnsignedPayload = u.Truth()
	case String:
		b, err := strconv.ParseBool(u.Str())
		if err != nil && u.Str() != "" {
			return nil, &signer.FieldError{Field: "unsignedPayload", Msg: "want true or false, got " + strconv.Quote(u.Str())}
		}
		r.UnsignedPayload = b
	default:
		return nil, &signer.FieldError{Field: "unsignedPayload", Msg: "want a boolean, got " + u.Kind().String()}
	}

	var err error
	if r.Params, err = params(v.Get("params")); err != nil {
		return nil, err
	}
	if r.Form, err = form(v.Get("form")); err != nil {
		return nil, err
	}
	return in, nil
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
	return "", &signer.FieldError{Field: name, Msg: "want a string, got " + v.Kind().String()}
}

// params reads raw parameters: strings as given, numbers and booleans as
// JavaScript would print them in a query string.
func params(v Value) (map[string]string, error) {
	switch v.Kind() {
	case Undefined, Null:
		return nil, nil
	case Object:
	default:
		return nil, &signer.FieldError{Field: "params", Msg: "want an object of parameter names to values, got " + v.Kind().String()}
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
				return nil, &signer.FieldError{Field: "params." + k, Msg: "must be a finite number"}
			}
			out[k] = strconv.FormatFloat(f, 'f', -1, 64)
		case Bool:
			out[k] = strconv.FormatBool(p.Truth())
		default:
			return nil, &signer.FieldError{Field: "params." + k, Msg: "want a string, number or boolean (flatten nested values first, or put them in data), got " + p.Kind().String()}
		}
	}
	return out, nil
}

// form reads multipart fields: {name, value} text parts and
// {name, filename, content} file parts, content a Uint8Array or base64.
func form(v Value) ([]request.FormField, error) {
	switch v.Kind() {
	case Undefined, Null:
		return nil, nil
	case Array:
	default:
		return nil, &signer.FieldError{Field: "form", Msg: "want an array of {name, value} or {name, filename, content} objects, got " + v.Kind().String()}
	}
	out := make([]request.FormField, 0, v.Len())
	for i := 0; i < v.Len(); i++ {
		at := "form[" + strconv.Itoa(i) + "]"
		p := v.Index(i)
		if p.Kind() != Object {
			return nil, &signer.FieldError{Field: at, Msg: "want an object, got " + p.Kind().String()}
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
				return nil, &signer.FieldError{Field: at + ".content", Msg: "a string must be base64 (or pass a Uint8Array): " + err.Error()}
			}
		default:
			return nil, &signer.FieldError{Field: at + ".content", Msg: "want a Uint8Array or a base64 string, got " + c.Kind().String()}
		}
		out = append(out, f)
	}
	return out, nil
}
