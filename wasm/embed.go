package main

import (
	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/notation"
	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/signer"
)

// EmbedTrace is tcsig.embedTrace(request): the signing trace that an embed
// snippet carries, so that the embed lays out every step at first paint
// without loading this module. The request is signed with the
// documentation's example keys whatever keys it holds (SecretId, SecretKey
// and Token are replaced or dropped), as the embed itself signs.
//
// The result is JSON: {"v":1,"trace":<tcsig sign --output json>,"marks":[…]}
// where marks lists, once each, the invisible characters the trace holds
// as [char, name, kind, title] (package notation), so the embed draws the
// same badges before the module is there.
func EmbedTrace(v Value, edge Edge) (string, error) {
	in, err := Decode(v, edge)
	if err != nil {
		return "", err
	}
	r := in.Req
	r.SecretID, r.SecretKey, r.Token = request.ExampleSecretID, request.ExampleSecretKey, ""
	res, err := request.Sign(r)
	if err != nil {
		return "", err
	}
	trace, err := res.MarshalJSON()
	if err != nil {
		return "", err
	}
	out := append([]byte(`{"v":1,"trace":`), trace...)
	out = append(out, `,"marks":`...)
	out = appendMarks(out, traceMarks(res.Fields(true)))
	return string(append(out, '}')), nil
}

// traceMarks collects the marks of every string in the trace, once each
// by character, in order of first appearance.
func traceMarks(fields []signer.Field) [][4]string {
	var out [][4]string
	seen := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			notation.Walk(x, func(raw string, m *notation.Mark) {
				if m == nil || seen[raw] || len(raw) == 1 && raw[0] >= 0x80 {
					return // text, a repeat, or a byte that is not UTF-8 (no JavaScript character)
				}
				seen[raw] = true
				out = append(out, [4]string{raw, m.Name, string(m.Kind), m.Title})
			})
		case signer.TraceBody:
			walk(string(x))
		case []signer.Field:
			for _, f := range x {
				walk(f.Name)
				walk(f.Value)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(fields)
	return out
}

func appendMarks(dst []byte, marks [][4]string) []byte {
	w := jsonlite.Writer{B: dst}
	w.OpenArray()
	for _, m := range marks {
		w.OpenArray()
		for _, s := range m {
			w.String(s)
		}
		w.CloseArray()
	}
	w.CloseArray()
	return w.B
}
