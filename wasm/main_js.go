//go:build js && wasm

// Command wasm is the playground's module. It fills in globalThis.tcsig
// (created by web/static/tcsig.js before this runs) with sign, verify,
// endpoints, fields, resolve, checkJSON, mark, contentRules, nonce,
// embedTrace, export and the catalog's calls (catalog.go: fed the JSON the page fetched), then
// resolves tcsig.ready. Nothing on its path links encoding/json, fmt or
// net/url (internal/jsonlite instead), which keeps signing and verification
// small enough for one module (sizes in docs/performance.md).
// All logic is in this package's host-built files (decode.go, encode.go,
// verify.go, …), request, signer, verify and endpoints; this file
// only crosses the boundary.
package main

import (
	"strconv"
	"syscall/js"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/signer"
)

// chain remembers the last TC3 key chain: the page re-signs on every
// keystroke with the same key, day and service.
var chain signer.Signer

func main() {
	api := API()
	g := NewObject()
	g.Set("sign", Func(sign))
	g.Set("endpoints", Func(func([]js.Value) (any, error) { return ToJS(Regions()), nil }))
	g.Set("fields", Func(func([]js.Value) (any, error) { return ToJS(FieldTable()), nil }))
	g.Set("resolve", Call(resolveCall))
	g.Set("checkJSON", Call(checkJSONCall))
	g.Set("sha256", Call(sha256Call))
	g.Set("verify", Func(verifyJS))
	g.Set("mark", Call(markCall))
	g.Set("setLanguage", Call(setLanguageCall))
	g.Set("localize", Call(localizeCall))
	g.Set("sizeText", Call(sizeTextCall))
	g.Set("catLoadIndex", Call(catLoadIndexCall))
	g.Set("catLoadService", Call(catLoadServiceCall))
	g.Set("catSearch", Call(catSearchCall))
	g.Set("catCheck", Call(catCheckCall))
	g.Set("catExample", Call(catExampleCall))
	g.Set("catDocs", Call(catDocsCall))
	g.Set("export", Call(exportCall(Edge{Now: Now, Nonce: nonce})))
	g.Set("contentRules", Call(contentRulesCall))
	g.Set("nonce", Func(func([]js.Value) (any, error) { return strconv.FormatUint(nonce(), 10), nil }))
	g.Set("embedTrace", Func(embedTrace))
	api.Set("_go", g)
	api.Set("limits", ToJS(Limits()))
	api.Set("exampleKeys", ToJS(Obj{{"secretId", request.ExampleSecretID}, {"secretKey", request.ExampleSecretKey}}))
	api.Set("notation", ToJS(Notation()))
	if done := api.Get("_loaded"); done.Type() == js.TypeFunction {
		done.Invoke()
	}
	select {} // keep the exported functions alive
}

func sign(args []js.Value) (any, error) {
	req := Arg(args, 0)
	in, err := Decode(jsValue{V: req}, Edge{Now: Now, Nonce: nonce})
	if err != nil {
		return nil, err
	}
	res, err := SignDecoded(&chain, in)
	if err != nil {
		return nil, err
	}
	localize(res)
	return ToJSWith(Result(res, in), req.Get("data")), nil
}

// embedTrace is tcsig.embedTrace(request): the JSON an embed snippet
// carries (EmbedTrace).
func embedTrace(args []js.Value) (any, error) {
	return EmbedTrace(jsValue{V: Arg(args, 0)}, Edge{Now: Now, Nonce: nonce})
}

// verifyJS returns the report as a plain object. Reports are small, so
// JSON.parse of verify's own JSON is the simplest exact copy of
// `tcsig verify --output json`.
func verifyJS(args []js.Value) (any, error) {
	text := Arg(args, 0)
	if text.Type() != js.TypeString {
		return nil, message.Errorf(message.JSArgCapture, "verify(text, options)")
	}
	b, err := Verify(text.String(), jsValue{V: Arg(args, 1)}, Now())
	if err != nil {
		return nil, err
	}
	return js.Global().Get("JSON").Call("parse", string(b)), nil
}

// nonce draws a nonce from crypto.getRandomValues (request.NonceFrom says how).
func nonce() uint64 {
	buf := js.Global().Get("Uint8Array").New(8)
	js.Global().Get("crypto").Call("getRandomValues", buf)
	var b [8]byte
	js.CopyBytesToGo(b[:], buf)
	return request.NonceFrom(b)
}
