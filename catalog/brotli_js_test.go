//go:build js && wasm

package catalog

import (
	"io"

	"github.com/andybalholm/brotli"
)

// The tests read the committed data under js/wasm too (make test-wasm);
// only the module goes without the decoder.
func init() {
	unbrotli = func(r io.Reader) ([]byte, error) { return io.ReadAll(brotli.NewReader(r)) }
}
