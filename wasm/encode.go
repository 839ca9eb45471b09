package main

import (
	"encoding/base64"
	"unicode/utf8"

	"github.com/tcsig/tcsig/endpoints"
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
}

func (o *Obj) add(name string, v any) { *o = append(*o, Prop{name, v}) }

// addNonEmpty mirrors encoding/json's omitempty for strings.
func (o *Obj) addNonEmpty(name, v string) {
	if v != "" {
		o.add(name, v)
	}
}

// Result builds the object tcsig.sign returns: exactly the fields of
// json.Marshal(res), which is `tcsig sign --output json`.
func Result(res *signer.Result, in *Input) Obj {
	var o Obj
	o.add("signatureMethod", res.SignatureMethod)
	o.addNonEmpty("hashedPayload", res.HashedPayload)
	o.addNonEmpty("canonicalQuery", res.CanonicalQuery)
	o.addNonEmpty("canonicalHeaders", res.CanonicalHeaders)
	o.addNonEmpty("signedHeaders", res.SignedHeaders)
	o.addNonEmpty("canonicalRequest", res.CanonicalRequest)
	o.addNonEmpty("hashedCanonicalRequest", res.HashedCanonicalRequest)
	o.addNonEmpty("date", res.Date)
	o.addNonEmpty("credentialScope", res.CredentialScope)
	if k := res.DerivedKeys; k != (signer.DerivedKeys{}) {
		o.add("derivedKeys", Obj{{"secretDate", k.SecretDate}, {"secretService", k.SecretService}, {"secretSigning", k.SecretSigning}})
	}
	if len(res.SortedParams) > 0 {
		ps := make([]any, len(res.SortedParams))
		for i, p := range res.SortedParams {
			ps[i] = Obj{{"key", p.Key}, {"value", p.Value}}
		}
		o.add("sortedParams", ps)
	}
	o.add("stringToSign", res.StringToSign)
	o.add("signature", res.Signature)
	o.addNonEmpty("authorization", res.Authorization)
	o.add("method", res.Method)
	o.add("url", res.URL)
	h := make(Obj, 0, len(res.Headers))
	for _, f := range res.Headers {
		h.add(f.Name, f.Value)
	}
	o.add("headers", h)
	o.add("size", Obj{
		{"counted", res.Size.Counted}, {"used", res.Size.Used}, {"limit", res.Size.Limit},
		{"rule", res.Size.Rule}, {"headerBytes", res.Size.HeaderBytes},
	})
	if len(res.Warnings) > 0 {
		ws := make([]any, len(res.Warnings))
		for i, w := range res.Warnings {
			ws[i] = w
		}
		o.add("warnings", ws)
	}
	same := in != nil && in.DataKind != Undefined && sameBytes(res.Body, in.Req.Data)
	o.add("body", Body{Bytes: res.Body, Same: same})
	// A body the caller gave as a JavaScript string is valid UTF-8 by
	// construction, and the signer has checked a JSON body; only scan (a
	// pass over up to 10 MB) otherwise.
	checked := same && (in.DataKind == String || signer.MediaType(res.Headers.Get("Content-Type")) == signer.ContentTypeJSON)
	if !checked && !utf8.Valid(res.Body) {
		o.add("bodyBase64", base64.StdEncoding.EncodeToString(res.Body))
	}
	return o
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

// Limits is tcsig.limits.
func Limits() Obj {
	return Obj{{"get", signer.LimitGET}, {"postV1", signer.LimitPOSTV1}, {"postTC3", signer.LimitPOSTTC3}}
}
