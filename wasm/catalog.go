package main

import (
	"strings"

	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/catalog/schema"
	"github.com/tcsig/tcsig/export"
	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/signer"
)

// tcsig.catalog.* and tcsig.export: the catalog's logic for the page. The
// module holds no catalog data: the page fetches index.json and a
// service's file when a picker needs them and hands the JSON text to
// loadIndex and loadService (internal/layout's TestWasmModuleLinksNoReflectionJSONNorCatalogData keeps it so).
//
// search, check, example and docs return their result as JSON text, which
// tcsig.js parses: written with jsonlite.Writer, it is less code in the
// module than an Obj of Props for the glue to copy.

// cat is the module's catalog, filled by the page. The zero Catalog has no
// file system, so the module links no file reading.
var cat catalog.Catalog

// docDepth caps how deep the documentation and the example expand nested
// structures; some are recursive.
const docDepth = 4

func strArgs(args []Value, sig string, n int) ([]string, error) {
	out := make([]string, n)
	for i := range out {
		a := arg(args, i)
		switch a.Kind() {
		case String:
			out[i] = a.Str()
		case Undefined, Null:
		default:
			return nil, message.Errorf(message.JSArgsStrings, sig)
		}
	}
	return out, nil
}

// catLoadIndexCall is tcsig.catalog.loadIndex(jsonText). The page parses
// the same text for its pickers' lists (plain data); what needs logic
// (search, check, example, docs) is asked of the module.
func catLoadIndexCall(args []Value) (any, error) {
	s, err := strArgs(args, "catalog.loadIndex(json)", 1)
	if err != nil {
		return nil, err
	}
	return nil, cat.LoadIndex([]byte(s[0]))
}

// catLoadServiceCall is tcsig.catalog.loadService(name, jsonText).
func catLoadServiceCall(args []Value) (any, error) {
	s, err := strArgs(args, "catalog.loadService(name, json)", 2)
	if err != nil {
		return nil, err
	}
	return nil, cat.LoadService(s[0], []byte(s[1]))
}

// catSearchCall is tcsig.catalog.search(query, limit, lang, service) →
// hits, best first, the chosen service's first; a hit's summary is there
// once its service's file is loaded.
func catSearchCall(args []Value) (any, error) {
	s, err := strArgs(args, "catalog.search(query, limit, lang, service)", 1)
	if err != nil {
		return nil, err
	}
	limit := 0
	if l := arg(args, 1); l.Kind() == Number {
		limit = int(l.Float())
	}
	lang := "en"
	if l := arg(args, 2); l.Kind() == String {
		lang = l.Str()
	}
	prefer := ""
	if p := arg(args, 3); p.Kind() == String {
		prefer = p.Str()
	}
	hits, err := cat.Search(s[0], limit, prefer)
	if err != nil {
		return nil, err
	}
	w := &jsonlite.Writer{}
	w.OpenArray()
	for _, h := range hits {
		w.OpenObject()
		pairs(w, "service", h.Service, "version", h.Version, "action", h.Action)
		if a, err := cat.Action(h.Service, h.Version, h.Action); err == nil {
			pairs(w, "summary", firstLine(catalog.Text(a.Doc, lang)))
		}
		w.CloseObject()
	}
	w.CloseArray()
	return string(w.B), nil
}

// pairs writes name, value pairs of strings as members of an open object.
func pairs(w *jsonlite.Writer, kv ...string) {
	for i := 0; i+1 < len(kv); i += 2 {
		w.Key(kv[i])
		w.String(kv[i+1])
	}
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// catCheckCall is tcsig.catalog.check(request) → findings [{cause, path,
// code, message}] for a tcsig.sign request. Type checks apply to a TC3
// POST JSON body; GET and v1 values are strings on the wire, so there
// only names and required-ness count. Warnings only: the signature never
// depends on them.
func catCheckCall(args []Value) (any, error) {
	in, err := Decode(arg(args, 0), Edge{Now: func() int64 { return 1 }, Nonce: func() uint64 { return 1 }})
	if err != nil {
		return nil, err
	}
	r := in.Req
	if len(r.Form) > 0 || len(r.Data) > 0 && !jsonlite.Valid(r.Data) {
		return "[]", nil // a multipart form or a body that is not JSON yet
	}
	form := strings.EqualFold(r.Method, "GET") || r.SignatureMethod == signer.HmacSHA1 || r.SignatureMethod == signer.HmacSHA256
	fs := cat.CheckJSON(r.Service, r.Version, r.Action, r.Data)
	w := &jsonlite.Writer{}
	w.OpenArray()
	for _, f := range fs {
		if form && f.Cause == catalog.CauseParameterType {
			continue
		}
		w.OpenObject()
		pairs(w, "cause", f.Cause, "path", f.Path, "code", f.Code, "message", f.Localize(lang).Message)
		w.CloseObject()
	}
	w.CloseArray()
	return string(w.B), nil
}

// lookup finds a loaded action from (service, version, action) strings.
func lookup(args []Value, sig string) (*catalog.Action, []string, error) {
	s, err := strArgs(args, sig, 4)
	if err != nil {
		return nil, nil, err
	}
	a, err := cat.Action(s[0], s[1], s[2])
	return a, s, err
}

// catExampleCall is tcsig.catalog.example(service, version, action) →
// {text, required} as JSON text: a compact JSON body with every request
// parameter as a typed placeholder, the required ones first (and listed
// in required); tcsig.js lays it out with JSON.stringify, which keeps the
// order.
func catExampleCall(args []Value) (any, error) {
	a, _, err := lookup(args, "catalog.example(service, version, action)")
	if err != nil {
		return nil, err
	}
	body := &jsonlite.Writer{}
	a.Example(body, docDepth)
	w := &jsonlite.Writer{}
	w.OpenObject()
	pairs(w, "text", string(body.B))
	w.Key("required")
	w.OpenArray()
	for _, f := range a.Request.Fields {
		if f.Required && a.RequiredKnown {
			w.String(f.Name)
		}
	}
	w.CloseArray()
	w.CloseObject()
	return string(w.B), nil
}

// catDocsCall is tcsig.catalog.docs(service, version, action, lang) → the
// action's documentation in lang, each text with the language it is in
// (the other one where lang has none, which the page marks).
func catDocsCall(args []Value) (any, error) {
	a, s, err := lookup(args, "catalog.docs(service, version, action, lang)")
	if err != nil {
		return nil, err
	}
	lang, _ := message.Parse(s[3])
	text, tl := catalog.TextLang(a.Doc, string(lang))
	w := &jsonlite.Writer{}
	w.OpenObject()
	pairs(w, "service", a.Service, "version", a.Version, "action", a.Name,
		"host", a.Host, "intlHost", a.IntlHost, "summary", text, "summaryLang", tl)
	w.Key("requiredKnown")
	w.Bool(a.RequiredKnown)
	w.Key("params")
	docFields(w, a, a.Request, lang, 0)
	w.Key("response")
	docFields(w, a, a.Response, lang, 0)
	w.CloseObject()
	return string(w.B), nil
}

// docFields writes one structure's rows: name, type (in lang), required,
// doc, docLang and, for objects within the depth cap, fields.
func docFields(w *jsonlite.Writer, a *catalog.Action, s schema.Structure, lang message.Lang, depth int) {
	w.OpenArray()
	for _, f := range s.Fields {
		text, tl := catalog.TextLang(f.Doc, string(lang))
		w.OpenObject()
		pairs(w, "name", f.Name, "type", words(catalog.TypeName(&f), lang), "doc", text, "docLang", tl)
		w.Key("required")
		w.Bool(f.Required && a.RequiredKnown)
		if sub, ok := a.Structures[f.Ref]; ok && f.Type == schema.TypeObject && depth < docDepth {
			w.Key("fields")
			docFields(w, a, sub, lang, depth+1)
		}
		w.CloseObject()
	}
	w.CloseArray()
}

// words is a type name (catalog.TypeName) in lang, without the spacing
// the Chinese templates keep for a sentence.
func words(v any, l message.Lang) string {
	if m, ok := v.(message.Msg); ok {
		return strings.TrimSpace(m.Render(l))
	}
	s, _ := v.(string)
	return s
}

// exportCall is tcsig.export(lang, request): for "curl" and "http" the
// signed request (export.Curl, export.HTTP; the caller pins timestamp and
// nonce to get the request it has shown), otherwise a program in lang
// (export.Code) that sends the same action and parameters, using the
// SDK's typed client when the catalog knows the action.
func exportCall(edge Edge) func(args []Value) (any, error) {
	return func(args []Value) (any, error) {
		lang := arg(args, 0)
		if lang.Kind() != String {
			return nil, message.Errorf(message.JSArgExportLang, "export(lang, request)", "curl, http, "+strings.Join(export.Languages, ", "))
		}
		in, err := Decode(arg(args, 1), edge)
		if err != nil {
			return nil, err
		}
		res, err := request.SignWith(nil, in.Req)
		if err != nil {
			return nil, err
		}
		switch lang.Str() {
		case "curl":
			return export.Curl(res), nil
		case "http":
			return string(export.HTTP(res)), nil
		}
		return export.Code(lang.Str(), codeRequest(in.Req, res))
	}
}

// codeRequest is what a program sends for r, signed as res: the host
// the signer chose (region, financial zone, intl) is kept.
func codeRequest(r *request.Input, res *signer.Result) export.Request {
	// The signer's URLs are https://host/path.
	host, _, _ := strings.Cut(strings.TrimPrefix(res.URL, "https://"), "/")
	if host == r.Service+".tencentcloudapi.com" {
		host = ""
	}
	_, known := cat.Action(r.Service, r.Version, r.Action)
	return export.Request{
		Service: r.Service, Version: r.Version, Action: r.Action, Region: r.Region,
		Host: host, Method: res.Method, SignatureMethod: res.SignatureMethod,
		Language: r.Language, Params: r.Data, Typed: known == nil, // Code reads no body as {}
	}
}
