package assets

import (
	"bytes"
	"strings"
	"testing"
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
		if got := ContentType(name); got != want {
			t.Errorf("ContentType(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestCompressible(t *testing.T) {
	for name, want := range map[string]bool{
		"main.wasm": true, "app.js": true, "index.html": true, "style.css": true,
		"logo.svg": true, "data.json": true, "icon.png": false, "font.woff2": false, "blob": false,
	} {
		if got := Compressible(name); got != want {
			t.Errorf("Compressible(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestRoundTripAndLimit(t *testing.T) {
	data := []byte(strings.Repeat("tencent cloud signing ", 200))
	for _, e := range Encodings() {
		c, err := Compress(e, data, 5)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Decompress(e, c, int64(len(data)))
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("%s round trip: err %v, equal %v", e.Name, err, bytes.Equal(got, data))
		}
		_, err = Decompress(e, c, int64(len(data)-1))
		if err == nil || !strings.Contains(err.Error(), "more than") {
			t.Errorf("%s: over-limit output not refused: %v", e.Name, err)
		}
	}
	if _, err := Compress(Encoding{Name: "zstd"}, data, 1); err == nil {
		t.Error("unknown encoding accepted")
	}
}
