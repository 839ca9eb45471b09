package signer

import (
	"encoding/base64"
	"unicode/utf8"

	"github.com/tcsig/tcsig/internal/jsonlite"
)

// Field is one property of the trace as `tcsig sign --output json` and the
// page's tcsig.sign spell it. Value is one of: string, int, []Field (an
// object, properties in order), []any (an array of these) or TraceBody.
type Field struct {
	Name  string
	Value any
}

// TraceBody is the signed body: a string in JSON, and the caller's own
// value (or its text) in the page's module, which does not copy it back.
type TraceBody []byte

// traceSchema is the one definition of the trace's shape: every property
// in output order, with how to read it from a Result. A getter returning
// nil leaves the property out (encoding/json's omitempty).
var traceSchema = []struct {
	name string
	get  func(r *Result, textBody bool) any
}{
	{"signatureMethod", func(r *Result, _ bool) any { return r.SignatureMethod }},
	{"hashedPayload", func(r *Result, _ bool) any { return nonEmpty(r.HashedPayload) }},
	{"canonicalQuery", func(r *Result, _ bool) any { return nonEmpty(r.CanonicalQuery) }},
	{"canonicalHeaders", func(r *Result, _ bool) any { return nonEmpty(r.CanonicalHeaders) }},
	{"signedHeaders", func(r *Result, _ bool) any { return nonEmpty(r.SignedHeaders) }},
	{"canonicalRequest", func(r *Result, _ bool) any { return nonEmpty(r.CanonicalRequest) }},
	{"hashedCanonicalRequest", func(r *Result, _ bool) any { return nonEmpty(r.HashedCanonicalRequest) }},
	{"date", func(r *Result, _ bool) any { return nonEmpty(r.Date) }},
	{"credentialScope", func(r *Result, _ bool) any { return nonEmpty(r.CredentialScope) }},
	{"derivedKeys", func(r *Result, _ bool) any { return derivedKeysFields(r.DerivedKeys) }},
	{"sortedParams", func(r *Result, _ bool) any { return sortedParamsFields(r.SortedParams) }},
	{"stringToSign", func(r *Result, _ bool) any { return r.StringToSign }},
	{"signature", func(r *Result, _ bool) any { return r.Signature }},
	{"authorization", func(r *Result, _ bool) any { return nonEmpty(r.Authorization) }},
	{"method", func(r *Result, _ bool) any { return r.Method }},
	{"url", func(r *Result, _ bool) any { return r.URL }},
	{"headers", func(r *Result, _ bool) any { return headersFields(r.Headers) }},
	{"size", func(r *Result, _ bool) any { return sizeFields(r.Size) }},
	{"warnings", func(r *Result, _ bool) any { return stringsArray(r.Warnings) }},
	{"body", func(r *Result, _ bool) any { return TraceBody(r.Body) }},
	// A body that is not UTF-8 (a binary multipart part) is also given in
	// base64, so no byte is lost.
	{"bodyBase64", func(r *Result, textBody bool) any {
		if textBody || len(r.Body) == 0 || utf8.Valid(r.Body) {
			return nil
		}
		return base64.StdEncoding.EncodeToString(r.Body)
	}},
}

// Fields returns the trace's properties in order. textBody tells that the
// caller knows the body is UTF-8 (the page passed it as a string), which
// spares a pass over up to 10 MB.
func (r *Result) Fields(textBody bool) []Field {
	out := make([]Field, 0, len(traceSchema))
	for _, f := range traceSchema {
		if v := f.get(r, textBody); v != nil {
			out = append(out, Field{f.name, v})
		}
	}
	return out
}

// MarshalJSON writes Fields as one JSON object, without encoding/json.
func (r *Result) MarshalJSON() ([]byte, error) {
	w := jsonlite.Writer{B: make([]byte, 0, 1024+2*len(r.Body)+2*len(r.CanonicalRequest))}
	writeTraceValue(&w, r.Fields(false))
	return w.B, nil
}

func writeTraceValue(w *jsonlite.Writer, v any) {
	switch x := v.(type) {
	case string:
		w.String(x)
	case int:
		w.Int(int64(x))
	case TraceBody:
		w.String(string(x))
	case []Field:
		w.OpenObject()
		for _, f := range x {
			w.Key(f.Name)
			writeTraceValue(w, f.Value)
		}
		w.CloseObject()
	case []any:
		w.OpenArray()
		for _, e := range x {
			writeTraceValue(w, e)
		}
		w.CloseArray()
	default:
		// Not reached: traceSchema builds only the types above, and
		// TestResultJSONMatchesEncodingJSON compares every kind of trace.
		w.Null()
	}
}

// nonEmpty returns s, or nil (left out) when it is empty.
func nonEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func derivedKeysFields(k DerivedKeys) any {
	if k == (DerivedKeys{}) { // encoding/json's omitzero
		return nil
	}
	return []Field{{"secretDate", k.SecretDate}, {"secretService", k.SecretService}, {"secretSigning", k.SecretSigning}}
}

func sortedParamsFields(ps []Param) any {
	if len(ps) == 0 {
		return nil
	}
	out := make([]any, len(ps))
	for i, p := range ps {
		out[i] = []Field{{"key", p.Key}, {"value", p.Value}}
	}
	return out
}

// headersFields is one object, header names as keys, in order.
func headersFields(h Headers) any {
	out := make([]Field, len(h))
	for i, f := range h {
		out[i] = Field{f.Name, f.Value}
	}
	return out
}

func sizeFields(s Size) any {
	return []Field{
		{"counted", s.Counted}, {"used", s.Used}, {"limit", s.Limit},
		{"rule", s.Rule}, {"headerBytes", s.HeaderBytes},
	}
}

func stringsArray(ss []string) any {
	if len(ss) == 0 {
		return nil
	}
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
