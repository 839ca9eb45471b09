// Package assets says how a static file is served: its media type, whether
// it is worth compressing, and how its precompressed siblings (name.br,
// name.gz) are made. The server and the build-time precompressor share it so
// they agree on which files get siblings.
package assets

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math/bits"
	"mime"
	"path"
	"strings"

	"github.com/andybalholm/brotli"
)

// Encoding is a content coding the server can send.
type Encoding struct {
	Name   string // Content-Encoding token
	Suffix string // sibling file suffix
}

// Brotli and Gzip are the two codings with precompressed siblings, in the
// server's order of preference (brotli is the smaller on the wasm;
// docs/performance.md has the sizes).
var (
	Brotli = Encoding{Name: "br", Suffix: ".br"}
	Gzip   = Encoding{Name: "gzip", Suffix: ".gz"}
)

// Encodings lists the codings in preference order.
func Encodings() []Encoding { return []Encoding{Brotli, Gzip} }

// Compression levels. Build-time precompression can afford the best ratio;
// the server's startup fallback must stay fast, and brotli's best level is
// far too slow for start-up (docs/performance.md has the times).
const (
	BestGzip     = gzip.BestCompression
	BestBrotli   = brotli.BestCompression
	FastGzip     = gzip.DefaultCompression
	FastBrotli   = 5
	MinWorthSize = 256 // below this the headers outweigh any saving
)

// types pins the media types the page depends on, so that a host's
// /etc/mime.types (which mime.TypeByExtension reads) cannot change them;
// browsers refuse WebAssembly.instantiateStreaming without application/wasm.
var types = map[string]string{
	".html":        "text/html; charset=utf-8",
	".htm":         "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".wasm":        "application/wasm",
	".json":        "application/json",
	".map":         "application/json",
	".webmanifest": "application/manifest+json",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".ico":         "image/x-icon",
	".txt":         "text/plain; charset=utf-8",
	".md":          "text/markdown; charset=utf-8",
	".woff2":       "font/woff2",
}

// ContentType returns the media type for a file name; unknown extensions
// get application/octet-stream rather than a sniffed guess.
func ContentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := types[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// Compressible reports whether a file of this name is text-like enough for
// gzip/brotli to pay off (images and fonts are already compressed).
func Compressible(name string) bool {
	t := ContentType(name)
	if i := strings.IndexByte(t, ';'); i >= 0 {
		t = t[:i]
	}
	switch {
	case strings.HasPrefix(t, "text/"):
		return true
	case t == "application/wasm", t == "application/json", t == "image/svg+xml",
		t == "application/manifest+json", t == "image/x-icon":
		return true
	}
	return false
}

// IsSibling reports whether name is a precompressed sibling (x.br, x.gz)
// rather than a file in its own right.
func IsSibling(name string) bool {
	for _, e := range Encodings() {
		if strings.HasSuffix(name, e.Suffix) {
			return true
		}
	}
	return false
}

// Compress encodes data with e at level.
func Compress(e Encoding, data []byte, level int) ([]byte, error) {
	var buf bytes.Buffer
	var w io.WriteCloser
	switch e {
	case Brotli:
		// A window no larger than the input: the default 4 MB one costs
		// more to allocate and clear than compressing a 10 KB script.
		w = brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: level, LGWin: window(len(data))})
	case Gzip:
		zw, err := gzip.NewWriterLevel(&buf, level)
		if err != nil {
			return nil, err
		}
		w = zw
	default:
		return nil, fmt.Errorf("assets: unknown encoding %q", e.Name)
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Decompress decodes data encoded with e, refusing output larger than
// limit bytes so a corrupt or hostile sibling cannot exhaust memory.
func Decompress(e Encoding, data []byte, limit int64) ([]byte, error) {
	var r io.Reader
	switch e {
	case Brotli:
		r = brotli.NewReader(bytes.NewReader(data))
	case Gzip:
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		defer zr.Close()
		r = zr
	default:
		return nil, fmt.Errorf("assets: unknown encoding %q", e.Name)
	}
	var out bytes.Buffer
	// One allocation when limit is the expected size (the server's case);
	// a loose limit is not worth clearing megabytes for.
	out.Grow(int(min(limit+1, int64(len(data))*20+512)))
	if _, err := out.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, err
	}
	if int64(out.Len()) > limit {
		return nil, fmt.Errorf("assets: %s data decompresses to more than %d bytes", e.Name, limit)
	}
	return out.Bytes(), nil
}

// window is the brotli window size (log2) that covers n bytes, within
// brotli's 10..24.
func window(n int) int {
	return max(10, min(24, bits.Len(uint(n))))
}
