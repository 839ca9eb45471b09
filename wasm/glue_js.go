//go:build js && wasm

// The glue moves values across the JavaScript boundary: it shows a
// js.Value to the decoder (value.go), builds JavaScript objects from the
// encoder's trees (encode.go), and wraps Go functions so that neither an
// error nor a panic escapes as a crash.

package main

import (
	"syscall/js"

	"github.com/tcsig/tcsig/internal/message"
)

var (
	global     = js.Global()
	object     = global.Get("Object")
	array      = global.Get("Array")
	uint8Array = global.Get("Uint8Array")
	jsError    = global.Get("Error")
)

// API returns globalThis.tcsig, creating it when the module runs without
// tcsig.js (e.g. under node).
func API() js.Value {
	api := global.Get("tcsig")
	if api.Type() != js.TypeObject {
		api = object.New()
		global.Set("tcsig", api)
	}
	return api
}

// Func wraps f as a JavaScript function. Go cannot throw into JavaScript:
// an error or a panic comes back as an Error object, which tcsig.js throws.
func Func(f func(args []js.Value) (any, error)) js.Func {
	return js.FuncOf(func(this js.Value, args []js.Value) (out any) {
		defer func() {
			if p := recover(); p != nil {
				msg := message.New(message.JSArgInternal).Render(lang)
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
			e := jsError.New(ErrorText(err))
			// The field at fault apart from the problem: the page names it
			// by its label, in its language.
			if field, problem, ok := ErrorField(err); ok {
				e.Set("field", field)
				e.Set("problem", problem)
			}
			if OverLimit(err) {
				e.Set("overLimit", true)
			}
			return e
		}
		return v
	})
}

// Call wraps a call written against Value (calls.go), building its result.
func Call(f func(args []Value) (any, error)) js.Func {
	return Func(func(args []js.Value) (any, error) {
		vs := make([]Value, len(args))
		for i, a := range args {
			vs[i] = jsValue{a}
		}
		out, err := f(vs)
		if err != nil {
			return nil, err
		}
		return ToJS(out), nil
	})
}

// Arg returns args[i], or undefined when the caller passed fewer.
func Arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

// Now is the browser's clock in Unix seconds.
func Now() int64 { return int64(global.Get("Date").Call("now").Float() / 1000) }

// NewObject returns an empty JavaScript object.
func NewObject() js.Value { return object.New() }

// ToJS builds an encoded tree (encode.go: Obj, []any, Body, or a plain value).
func ToJS(v any) js.Value { return ToJSWith(v, js.Undefined()) }

// ToJSWith builds v; data is the caller's own data, returned as the body
// when the signed body is the same bytes, so a 10 MB body is not copied
// back out of Go.
func ToJSWith(v any, data js.Value) js.Value {
	switch x := v.(type) {
	case Obj:
		o := object.New()
		for _, p := range x {
			if b, ok := p.Value.(Body); ok && b.Same && data.Type() == js.TypeObject {
				// The caller's bytes, decoded only if someone reads body: a
				// page that keeps its own text never pays for 10 MB of it.
				if lazy := global.Get("tcsig").Get("_lazyText"); lazy.Type() == js.TypeFunction {
					if b.SHA256 == "" {
						lazy.Invoke(o, p.Name, data)
					} else {
						lazy.Invoke(o, p.Name, data, b.SHA256, message.New(message.JSDataChanged).Render(lang))
					}
					continue
				}
			}
			o.Set(p.Name, ToJSWith(p.Value, data))
		}
		return o
	case []any:
		a := array.New(len(x))
		for i := range x {
			a.SetIndex(i, ToJSWith(x[i], data))
		}
		return a
	case Body:
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

// Value shows a js.Value to package
type jsValue struct{ V js.Value }

func (v jsValue) Kind() Kind {
	switch v.V.Type() {
	case js.TypeUndefined:
		return Undefined
	case js.TypeNull:
		return Null
	case js.TypeBoolean:
		return Bool
	case js.TypeNumber:
		return Number
	case js.TypeString:
		return String
	case js.TypeObject:
		switch {
		case v.V.InstanceOf(uint8Array):
			return Bytes
		case array.Call("isArray", v.V).Bool():
			return Array
		}
		return Object
	}
	return Other
}

func (v jsValue) Str() string           { return v.V.String() }
func (v jsValue) Float() float64        { return v.V.Float() }
func (v jsValue) Truth() bool           { return v.V.Bool() }
func (v jsValue) Get(name string) Value { return jsValue{v.V.Get(name)} }
func (v jsValue) Len() int              { return v.V.Length() }
func (v jsValue) Index(i int) Value     { return jsValue{v.V.Index(i)} }

func (v jsValue) Keys() []string {
	ks := object.Call("keys", v.V)
	out := make([]string, ks.Length())
	for i := range out {
		out[i] = ks.Index(i).String()
	}
	return out
}

// Text copies a string's UTF-8 bytes into Go memory once (Str copies
// them twice: into Go, then into a string).
func (v jsValue) Text() []byte {
	return jsValue{global.Get("TextEncoder").New().Call("encode", v.V)}.Bytes()
}

func (v jsValue) Bytes() []byte {
	b := make([]byte, v.V.Length())
	js.CopyBytesToGo(b, v.V)
	return b
}
