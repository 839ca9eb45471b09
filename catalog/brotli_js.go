//go:build js && wasm

package catalog

import (
	"errors"
	"io"
)

// unbrotli is not linked into the WebAssembly module: the page fetches the
// files with Content-Encoding: br, the browser decompresses them, and the
// module is given plain JSON (LoadIndex, LoadService).
func unbrotli(io.Reader) ([]byte, error) {
	return nil, errors.New("brotli is not built into the WebAssembly module; give the decompressed JSON to LoadIndex or LoadService")
}
