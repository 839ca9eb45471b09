//go:build !(js && wasm)

// Command wasm is the playground's WebAssembly module (main_js.go, built
// by make wasm). On other platforms only its host-built files matter: they
// hold the module's logic and are tested with go test ./wasm/.
package main

import (
	"fmt"
	"os"
)

// main exists so that go build ./... and go vet ./... work on the host,
// where the rest of this package is tested; the module itself is built
// with GOOS=js GOARCH=wasm (make wasm).
func main() {
	fmt.Fprintln(os.Stderr, "wasm: this is the playground's WebAssembly module; build it with make wasm (GOOS=js GOARCH=wasm)")
	os.Exit(2)
}
