package assets

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestContentType(t *testing.T) {
	for name, want := range map[string]string{
		"main.wasm":       "application/wasm",
		"MAIN.WASM":       "application/wasm",
		"wasm_exec.js":    "text/javascript; charset=utf-8",
		"index.html":      "text/html; charset=utf-8",
		"style.css":       "text/css; charset=utf-8",
		"a/b/logo.svg":    "image/svg+xml",
		"icon.png":        "image/png",
		"regions.json":    "application/json",
		"no-extension":    "application/octet-stream",
		"weird.zzzunseen": "application/octet-stream",
	} {
		assert.Equal(t, want, ContentType(name), "ContentType(%q)", name)
	}
}

func TestCompressible(t *testing.T) {
	for name, want := range map[string]bool{
		"main.wasm": true, "app.js": true, "index.html": true, "style.css": true,
		"logo.svg": true, "data.json": true, "icon.png": false, "font.woff2": false, "blob": false,
	} {
		assert.Equal(t, want, Compressible(name), "Compressible(%q)", name)
	}
}

func TestRoundTripAndLimit(t *testing.T) {
	data := []byte(strings.Repeat("tencent cloud signing ", 200))
	for _, e := range Encodings() {
		c, err := Compress(e, data, 5)
		require.NoError(t, err, e.Name)
		got, err := Decompress(e, c, int64(len(data)))
		assert.NoError(t, err, "%s round trip", e.Name)
		assert.True(t, bytes.Equal(got, data), "%s round trip: the output differs from the input", e.Name)
		_, err = Decompress(e, c, int64(len(data)-1))
		assert.ErrorContains(t, err, "more than", "%s: over-limit output not refused", e.Name)
	}
	_, err := Compress(Encoding{Name: "zstd"}, data, 1)
	assert.Error(t, err, "unknown encoding accepted")
}
