package server

import (
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/server/assets"
	"github.com/tcsig/tcsig/web"
)

// builtPage is the embedded page as `make wasm` left it; benchmarks about
// the real wasm skip without it.
func builtPage(b *testing.B, withSiblings bool) fstest.MapFS {
	b.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(web.FS(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !withSiblings && assets.IsSibling(name) {
			return nil
		}
		data, err := fs.ReadFile(web.FS(), name)
		m[name] = &fstest.MapFile{Data: data}
		return err
	})
	require.NoError(b, err)
	if m["main.wasm"] == nil {
		b.Skip("main.wasm not built; run make wasm")
	}
	if withSiblings && m["main.wasm.br"] == nil {
		b.Skip("main.wasm.br not built; run make wasm")
	}
	return m
}

// Startup cost of preparing the page, against the brotli-11 compression of
// the wasm that build-time precompression keeps out of startup.
func BenchmarkStartup(b *testing.B) {
	discard := slog.New(slog.DiscardHandler)
	b.Run("verified-siblings", func(b *testing.B) {
		files := builtPage(b, true)
		for b.Loop() {
			if _, err := New(discard, Config{Files: files}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("no-siblings-fast-levels", func(b *testing.B) {
		files := builtPage(b, false)
		for b.Loop() {
			if _, err := New(discard, Config{Files: files}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("baseline-brotli11-wasm", func(b *testing.B) {
		wasm := builtPage(b, false)["main.wasm"].Data
		for b.Loop() {
			if _, err := assets.Compress(assets.Brotli, wasm, assets.BestBrotli); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// Serving a file from memory with negotiation, against http.FileServerFS
// on the same files (identity only) as the baseline.
func BenchmarkServe(b *testing.B) {
	files := builtPage(b, true)
	s, err := New(slog.New(slog.DiscardHandler), Config{Files: files})
	require.NoError(b, err)
	baseline := http.FileServerFS(files)
	for _, path := range []string{"/app.js", "/main.wasm"} {
		for name, h := range map[string]http.Handler{"server-br": s, "baseline-fileserver": baseline} {
			b.Run(strings.TrimPrefix(path, "/")+"/"+name, func(b *testing.B) {
				for b.Loop() {
					req := httptest.NewRequest("GET", path, nil)
					req.Header.Set("Accept-Encoding", "gzip, deflate, br")
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, req)
					if rec.Code != http.StatusOK {
						b.Fatalf("status %d", rec.Code)
					}
				}
			})
		}
	}
}
