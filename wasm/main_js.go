//go:build js && wasm

// Command wasm is the playground's module. It fills in globalThis.tcsig
// (created by web/static/tcsig.js before this runs) with sign, verify,
// endpoints, resolve and checkJSON, then resolves tcsig.ready. Nothing on
// its path links encoding/json, fmt or net/url (internal/jsonlite instead),
// which keeps signing and verification small enough for one module
// (sizes in docs/performance.md).
// All logic is in internal/bridge, internal/verifybridge, internal/spec,
// signer, verify and endpoints; this file only crosses the boundary.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"syscall/js"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/bridge"
	"github.com/tcsig/tcsig/internal/jsglue"
	"github.com/tcsig/tcsig/internal/spec"
	"github.com/tcsig/tcsig/internal/verifybridge"
	"github.com/tcsig/tcsig/signer"
)

// version is set with -ldflags "-X main.version=…" by make wasm.
var version = "dev"

// keys remembers the last TC3 key chain: the page re-signs on every
// keystroke with the same key, day and service.
var keys signer.Signer

func main() {
	api := jsglue.API()
	g := jsglue.NewObject()
	g.Set("sign", jsglue.Func(sign))
	g.Set("endpoints", jsglue.Func(func([]js.Value) (any, error) { return jsglue.ToJS(bridge.Regions()), nil }))
	g.Set("resolve", jsglue.Func(resolve))
	g.Set("checkJSON", jsglue.Func(checkJSON))
	g.Set("sha256", jsglue.Func(sha256Hook))
	g.Set("verify", jsglue.Func(verifyJS))
	api.Set("_go", g)
	api.Set("limits", jsglue.ToJS(bridge.Limits()))
	api.Set("version", version)
	if done := api.Get("_loaded"); done.Type() == js.TypeFunction {
		done.Invoke()
	}
	select {} // keep the exported functions alive
}

func sign(args []js.Value) (any, error) {
	req := jsglue.Arg(args, 0)
	in, err := bridge.Decode(jsglue.Value{V: req}, bridge.Edge{Now: jsglue.Now, Nonce: nonce})
	if err != nil {
		return nil, err
	}
	res, err := spec.SignWith(&keys, in.Req)
	if err != nil {
		return nil, err
	}
	return jsglue.ToJSWith(bridge.Result(res, in), req.Get("data")), nil
}

// verifyJS returns the report as a plain object. Reports are small, so
// JSON.parse of verify's own JSON is the simplest exact copy of
// `tcsig verify --output json`.
func verifyJS(args []js.Value) (any, error) {
	text := jsglue.Arg(args, 0)
	if text.Type() != js.TypeString {
		return nil, errors.New("verify(text, options): text must be the captured request as a string")
	}
	b, err := verifybridge.Verify(text.String(), jsglue.Value{V: jsglue.Arg(args, 1)}, jsglue.Now())
	if err != nil {
		return nil, err
	}
	return js.Global().Get("JSON").Call("parse", string(b)), nil
}

func resolve(args []js.Value) (any, error) {
	var s [3]string
	for i := range s {
		a := jsglue.Arg(args, i)
		switch a.Type() {
		case js.TypeString:
			s[i] = a.String()
		case js.TypeUndefined, js.TypeNull:
		default:
			return nil, errors.New("resolve(service, region, mode): arguments must be strings")
		}
	}
	res, err := endpoints.Resolve(s[0], s[1], endpoints.Mode(s[2]))
	if err != nil {
		return nil, err
	}
	return jsglue.ToJS(bridge.Resolution(res)), nil
}

func checkJSON(args []js.Value) (any, error) {
	a := jsglue.Arg(args, 0)
	if a.Type() != js.TypeString {
		return nil, errors.New("checkJSON(text): text must be a string")
	}
	if e := bridge.CheckJSON(a.String()); e != nil {
		return jsglue.ToJS(bridge.JSONErrorObj(e)), nil
	}
	return js.Null(), nil
}

// sha256Hook is tcsig._sha256, for make bench-web only: the baseline that
// tcsig.sign's cost on a large body is measured against. It reads its
// argument the way sign reads data (a string or a Uint8Array, copied once).
func sha256Hook(args []js.Value) (any, error) {
	v := jsglue.Value{V: jsglue.Arg(args, 0)}
	var sum [32]byte
	switch v.Kind() {
	case bridge.String:
		sum = sha256.Sum256([]byte(v.Str()))
	case bridge.Bytes:
		sum = sha256.Sum256(v.Bytes())
	default:
		return nil, errors.New("_sha256: want a string or a Uint8Array")
	}
	return hex.EncodeToString(sum[:]), nil
}

// nonce draws a positive integer below 2^63 (as the SDK's rand.Int does)
// from crypto.getRandomValues.
func nonce() uint64 {
	buf := js.Global().Get("Uint8Array").New(8)
	js.Global().Get("crypto").Call("getRandomValues", buf)
	var b [8]byte
	js.CopyBytesToGo(b[:], buf)
	var n uint64
	for _, c := range b {
		n = n<<8 | uint64(c)
	}
	n >>= 1
	if n == 0 {
		n = 1
	}
	return n
}
