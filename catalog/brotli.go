//go:build !(js && wasm)

package catalog

import (
	"io"

	"github.com/andybalholm/brotli"
)

// unbrotli decompresses a committed file. The WebAssembly module never
// reads files (the browser decompresses what it fetches), so it does not
// link the decoder: see brotli_js.go.
func unbrotli(r io.Reader) ([]byte, error) { return io.ReadAll(brotli.NewReader(r)) }
