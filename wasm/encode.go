package main

import (
	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
)

// Obj is a JavaScript object to build, its properties in order. Property
// values are string, int, bool, Obj, []any or Body.
type Obj []Prop

// Prop is one property of an Obj.
type Prop struct {
	Name  string
	Value any
}

// Body is the signed request body. When Same is set it is byte for byte the
// data the caller passed, and the glue returns the caller's own value rather
// than copying a large body back out of Go.
type Body struct {
	Bytes []byte
	Same  bool
	// SHA256 is the body's hex SHA-256 when the signature covers it (TC3
	// without UNSIGNED-PAYLOAD): the glue then keeps the caller's own
	// Uint8Array instead of a copy, and checks it against this when read.
	SHA256 string
}

// Result builds the object tcsig.sign returns from the trace's one schema
// (res.Fields, which `tcsig sign --output json` writes too), with the body
// as a Body. Sizes stay numbers, as in the CLI's JSON: the page spells them
// with tcsig.sizeText.
func Result(res *signer.Result, in *Input) Obj {
	same := in != nil && in.DataKind != Undefined && sameBytes(res.Body, in.Req.Data)
	// A body the caller gave as a JavaScript string is valid UTF-8 by
	// construction, and the signer has checked a JSON body; only scan (a
	// pass over up to 10 MB) otherwise.
	text := same && (in.DataKind == String || signer.MediaType(res.Headers.Get("Content-Type")) == protocol.ContentTypeJSON)
	body := Body{Same: same}
	if same && res.SignatureMethod == protocol.AlgorithmTC3 && !in.Req.UnsignedPayload {
		body.SHA256 = res.HashedPayload
	}
	return fromTrace(res.Fields(text), body).(Obj)
}

// fromTrace turns the trace's tree into the glue's, the body as body with
// the trace's bytes.
func fromTrace(v any, body Body) any {
	switch x := v.(type) {
	case []signer.Field:
		o := make(Obj, len(x))
		for i, f := range x {
			o[i] = Prop{f.Name, fromTrace(f.Value, body)}
		}
		return o
	case []any:
		a := make([]any, len(x))
		for i := range x {
			a[i] = fromTrace(x[i], body)
		}
		return a
	case signer.TraceBody:
		body.Bytes = x
		return body
	}
	return v
}

// Region is one row of the region table as the page receives it
// (json.Marshal of endpoints.Region).
func Region(r endpoints.Region) Obj {
	return Obj{
		{"id", r.ID}, {"name", r.Name}, {"nameZh", r.NameZH}, {"group", r.Group}, {"groupZh", r.GroupZH},
		{"financial", r.Financial}, {"retired", r.Retired}, {"note", r.Note},
	}
}

// Regions is tcsig.endpoints(): the whole table in display order.
func Regions() []any {
	rs := endpoints.Regions()
	out := make([]any, len(rs))
	for i, r := range rs {
		out[i] = Region(r)
	}
	return out
}

// Resolution is tcsig.resolve's result (json.Marshal of endpoints.Resolution).
func Resolution(r endpoints.Resolution) Obj {
	return Obj{
		{"host", r.Host}, {"mode", string(r.Mode)}, {"region", r.Region}, {"known", r.Known},
		{"why", r.Why}, {"warning", r.Warning},
	}
}

// Limits is tcsig.limits: the size limits in bytes. tcsig.sizeText spells
// them (and any size) for the page.
func Limits() Obj {
	return Obj{{"get", protocol.LimitGET}, {"postV1", protocol.LimitPOSTV1}, {"postTC3", protocol.LimitPOSTTC3}}
}
