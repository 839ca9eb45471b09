//go:build js && wasm

package catalog

import (
	"errors"
	"io"
)

// unbrotli is not linked into the WebAssembly module: the page fetches the
// files with Content-Encoding: br, the browser decompresses them, and the
// module is given plain JSON (LoadIndex, LoadService).
// (A variable so that the package's own tests, built for js/wasm by make
// test-wasm, can read the committed files: brotli_js_test.go.)
var unbrotli = func(io.Reader) ([]byte, error) {
	return nil, errors.New("brotli is not built into the WebAssembly module; give the decompressed JSON to LoadIndex or LoadService")
}
