//go:build js && wasm

// Command verify is the playground's second module: tcsig.verify, loaded
// by tcsig.loadVerify() (the page does so when idle or when the Verify tab
// opens). It is separate because verify, capture and net/url would add a
// fifth to the signing module that every visitor loads.
package main

import (
	"errors"
	"syscall/js"

	"github.com/tcsig/tcsig/internal/jsglue"
	"github.com/tcsig/tcsig/internal/verifybridge"
)

func main() {
	api := jsglue.API()
	g := jsglue.NewObject()
	g.Set("verify", jsglue.Func(verify))
	api.Set("_goVerify", g)
	if done := api.Get("_verifyLoaded"); done.Type() == js.TypeFunction {
		done.Invoke()
	}
	select {}
}

// verify returns the report as a plain object. Reports are small, so
// JSON.parse of verify's own JSON is the simplest exact copy of
// `tcsig verify --output json`.
func verify(args []js.Value) (any, error) {
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
