//go:build js && wasm

// Command wasm is the playground's WebAssembly module. It fills in
// globalThis.tcsig (created by web/static/tcsig.js before this runs) with
// sign, endpoints and resolve, then resolves tcsig.ready. All logic lives in
// internal/bridge, internal/spec, signer and endpoints; this file only moves
// values across the JavaScript boundary.
package main

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"

	"syscall/js"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/bridge"
	"github.com/tcsig/tcsig/internal/spec"
)

// version is set with -ldflags "-X main.version=…" by make wasm.
var version = "dev"

var (
	global     = js.Global()
	object     = global.Get("Object")
	array      = global.Get("Array")
	uint8Array = global.Get("Uint8Array")
	jsError    = global.Get("Error")
)

func main() {
	api := global.Get("tcsig")
	if api.Type() != js.TypeObject {
		// Loaded without tcsig.js (e.g. under node): make the object here.
		api = object.New()
		global.Set("tcsig", api)
	}
	// The exported functions return an Error instead of throwing (Go cannot
	// throw into JavaScript); tcsig.js rethrows it.
	g := object.New()
	g.Set("sign", fn(sign))
	g.Set("endpoints", fn(func(args []js.Value) (any, error) { return toJS(bridge.Regions()), nil }))
	g.Set("resolve", fn(resolve))
	g.Set("checkJSON", fn(checkJSON))
	g.Set("verify", fn(verifyJS))
	g.Set("sha256", fn(sha256Hook))
	api.Set("_go", g)
	api.Set("limits", toJS(bridge.Limits()))
	api.Set("version", version)
	if done := api.Get("_loaded"); done.Type() == js.TypeFunction {
		done.Invoke()
	}
	select {} // keep the exported functions alive
}

// fn wraps f so that neither an error nor a panic escapes as a crash:
// both come back as a JavaScript Error.
func fn(f func(args []js.Value) (any, error)) js.Func {
	return js.FuncOf(func(this js.Value, args []js.Value) (out any) {
		defer func() {
			if p := recover(); p != nil {
				msg := "internal error in tcsig (please report it)"
				if e, ok := p.(error); ok {
					msg += ": " + e.Error()
				} else if s, ok := p.(string); ok {
					msg += ": " + s
				}
				out = jsError.New(msg)
			}
		}()
		v, err := f(args)
		if err != nil {
			return jsError.New(err.Error())
		}
		return v
	})
}

func arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

func sign(args []js.Value) (any, error) {
	req := arg(args, 0)
	in, err := bridge.Decode(value{req}, bridge.Edge{Now: now, Nonce: nonce})
	if err != nil {
		return nil, err
	}
	res, err := spec.Sign(in.Req)
	if err != nil {
		return nil, err
	}
	return toJSWith(bridge.Result(res, in), req.Get("data")), nil
}

func resolve(args []js.Value) (any, error) {
	var s [3]string
	for i := range s {
		a := arg(args, i)
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
	return toJS(bridge.Resolution(res)), nil
}

// verifyJS is tcsig.verify(text, options): the report as a plain object.
// Reports are small, so JSON.parse of verify's own JSON is the simplest
// exact copy of the CLI's shape.
func verifyJS(args []js.Value) (any, error) {
	text := arg(args, 0)
	if text.Type() != js.TypeString {
		return nil, errors.New("verify(text, options): text must be the captured request as a string")
	}
	b, err := bridge.Verify(text.String(), value{arg(args, 1)}, bridge.Edge{Now: now, Nonce: nonce})
	if err != nil {
		return nil, err
	}
	return global.Get("JSON").Call("parse", string(b)), nil
}

func checkJSON(args []js.Value) (any, error) {
	a := arg(args, 0)
	if a.Type() != js.TypeString {
		return nil, errors.New("checkJSON(text): text must be a string")
	}
	if e := bridge.CheckJSON(a.String()); e != nil {
		return toJS(bridge.JSONErrorObj(e)), nil
	}
	return js.Null(), nil
}

// sha256Hook is tcsig._sha256, for make bench-web only: the baseline that
// tcsig.sign's cost on a large body is measured against. It reads its
// argument the way sign reads data (a string or a Uint8Array, copied once).
func sha256Hook(args []js.Value) (any, error) {
	v := value{arg(args, 0)}
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

func now() int64 { return int64(global.Get("Date").Call("now").Float() / 1000) }

func nonce() uint64 {
	buf := uint8Array.New(8)
	global.Get("crypto").Call("getRandomValues", buf)
	var b [8]byte
	js.CopyBytesToGo(b[:], buf)
	n := binary.BigEndian.Uint64(b[:]) >> 1 // below 2^63, as the SDK draws it
	if n == 0 {
		n = 1
	}
	return n
}

func toJS(v any) js.Value { return toJSWith(v, js.Undefined()) }

// toJSWith builds v; data is the caller's own data, returned as the body
// when the signed body is the same bytes.
func toJSWith(v any, data js.Value) js.Value {
	switch x := v.(type) {
	case bridge.Obj:
		o := object.New()
		for _, p := range x {
			o.Set(p.Name, toJSWith(p.Value, data))
		}
		return o
	case []any:
		a := array.New(len(x))
		for i := range x {
			a.SetIndex(i, toJSWith(x[i], data))
		}
		return a
	case bridge.Body:
		switch {
		case x.Same && data.Type() == js.TypeString:
			return data
		case x.Same:
			return global.Get("TextDecoder").New().Call("decode", data)
		}
		return js.ValueOf(string(x.Bytes))
	}
	return js.ValueOf(v)
}

// value shows a js.Value to the bridge.
type value struct{ v js.Value }

func (v value) Kind() bridge.Kind {
	switch v.v.Type() {
	case js.TypeUndefined:
		return bridge.Undefined
	case js.TypeNull:
		return bridge.Null
	case js.TypeBoolean:
		return bridge.Bool
	case js.TypeNumber:
		return bridge.Number
	case js.TypeString:
		return bridge.String
	case js.TypeObject:
		switch {
		case v.v.InstanceOf(uint8Array):
			return bridge.Bytes
		case array.Call("isArray", v.v).Bool():
			return bridge.Array
		}
		return bridge.Object
	}
	return bridge.Other
}

func (v value) Str() string                  { return v.v.String() }
func (v value) Float() float64               { return v.v.Float() }
func (v value) Truth() bool                  { return v.v.Bool() }
func (v value) Get(name string) bridge.Value { return value{v.v.Get(name)} }
func (v value) Len() int                     { return v.v.Length() }
func (v value) Index(i int) bridge.Value     { return value{v.v.Index(i)} }

func (v value) Keys() []string {
	ks := object.Call("keys", v.v)
	out := make([]string, ks.Length())
	for i := range out {
		out[i] = ks.Index(i).String()
	}
	return out
}

func (v value) Bytes() []byte {
	b := make([]byte, v.v.Length())
	js.CopyBytesToGo(b, v.v)
	return b
}
