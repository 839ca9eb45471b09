package main

import (
	"bytes"
	"io"
	"io/fs"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/server"
	"github.com/tcsig/tcsig/server/assets"
)

func TestRunWritesSiblingsThatDecodeToTheOriginal(t *testing.T) {
	dir := t.TempDir()
	wasm := append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("module "), 500)...)
	js := []byte(strings.Repeat("let x = 1;\n", 100))
	png := append([]byte("\x89PNG"), bytes.Repeat([]byte{0}, 1000)...)
	files := map[string][]byte{
		"main.wasm":     wasm,
		"sub/app.js":    js,
		"icon.png":      png,                     // already compressed: no siblings
		"small.css":     []byte("a{}"),           // too small to bother
		".hidden/x.js":  js,                      // dot-directories skipped
		"main.wasm.br":  []byte("stale garbage"), // replaced
		"random.txt":    randomish(2000),         // incompressible: no sibling
		"random.txt.gz": []byte("stale"),         // and a stale one removed
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, data, 0o644))
	}

	var out bytes.Buffer
	require.NoError(t, run([]string{"-brotli", "5", "-gzip", "6", dir}, &out))
	assert.Contains(t, out.String(), "3 files", "summary: random.txt is tried, then dropped")

	for name, orig := range map[string][]byte{"main.wasm": wasm, "sub/app.js": js} {
		for _, enc := range assets.Encodings() {
			b, err := os.ReadFile(filepath.Join(dir, name+enc.Suffix))
			require.NoError(t, err, "%s%s", name, enc.Suffix)
			got, err := assets.Decompress(enc, b, 1<<20)
			require.NoError(t, err)
			// Compared, not printed: the files are binary.
			assert.True(t, bytes.Equal(got, orig), "%s%s does not decode to %s", name, enc.Suffix, name)
			assert.Less(t, len(b), len(orig), "%s%s is not smaller", name, enc.Suffix)
		}
	}
	for _, absent := range []string{"icon.png.br", "small.css.gz", ".hidden/x.js.br", "random.txt.gz", "random.txt.br"} {
		_, err := os.Stat(filepath.Join(dir, absent))
		assert.ErrorIs(t, err, fs.ErrNotExist, "%s should not exist", absent)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*.tmp*"))
	assert.Empty(t, leftovers, "temporary files left")
}

// randomish is incompressible but deterministic.
func randomish(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

// What the tool writes is what the server sends: its siblings pass the
// server's check and go out byte for byte.
func TestServerSendsTheSiblings(t *testing.T) {
	dir := t.TempDir()
	wasm := append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("module body "), 800)...)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.wasm"), wasm, 0o644))
	require.NoError(t, run([]string{"-brotli", "7", dir}, io.Discard))

	var logs bytes.Buffer
	srv, err := server.New(slog.New(slog.NewTextHandler(&logs, nil)), server.Config{Files: os.DirFS(dir)})
	require.NoError(t, err)
	for _, enc := range assets.Encodings() {
		want, err := os.ReadFile(filepath.Join(dir, "main.wasm"+enc.Suffix))
		require.NoError(t, err)
		req := httptest.NewRequest("GET", "/main.wasm", nil)
		req.Header.Set("Accept-Encoding", enc.Name)
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		require.Equal(t, enc.Name, rec.Header().Get("Content-Encoding"), "Content-Encoding")
		assert.True(t, bytes.Equal(rec.Body.Bytes(), want), "%s: the server did not send main.wasm%s as written", enc.Name, enc.Suffix)
	}
	assert.NotContains(t, logs.String(), "ignoring", "the server rejected the tool's siblings")
}

func TestRunRejectsBadInput(t *testing.T) {
	dir := t.TempDir()
	sib := filepath.Join(dir, "a.js.gz")
	require.NoError(t, os.WriteFile(sib, []byte("x"), 0o644))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "no files"},
		{[]string{"-brotli", "12", dir}, "0 to 11"},
		{[]string{"-gzip", "0", dir}, "1 to 9"},
		{[]string{filepath.Join(dir, "missing.wasm")}, "missing.wasm"},
		{[]string{sib}, "itself a precompressed file"},
	} {
		err := run(tc.args, &bytes.Buffer{})
		assert.ErrorContains(t, err, tc.want, "run(%q)", tc.args)
	}
}

// A second run over unchanged files compresses nothing and leaves every
// sibling as it was (same inode: a rewrite renames a new file over it); a
// changed file, or -force, gets new siblings.
func TestRunKeepsSiblingsThatAreUpToDate(t *testing.T) {
	dir := t.TempDir()
	wasm := filepath.Join(dir, "main.wasm")
	js := filepath.Join(dir, "app.js")
	require.NoError(t, os.WriteFile(wasm, bytes.Repeat([]byte("module "), 500), 0o644))
	require.NoError(t, os.WriteFile(js, []byte(strings.Repeat("let x = 1;\n", 100)), 0o644))

	var out bytes.Buffer
	require.NoError(t, run([]string{"-brotli", "5", dir}, &out))
	require.Contains(t, out.String(), ": 4 siblings written, 0 up to date")
	before := statSiblings(t, wasm, js)

	out.Reset()
	require.NoError(t, run([]string{"-brotli", "5", dir}, &out))
	assert.Contains(t, out.String(), ": 0 siblings written, 4 up to date")
	for name, fi := range statSiblings(t, wasm, js) {
		assert.True(t, os.SameFile(before[name], fi), "%s was rewritten", name)
	}

	require.NoError(t, os.WriteFile(js, []byte(strings.Repeat("let y = 2;\n", 100)), 0o644))
	out.Reset()
	require.NoError(t, run([]string{"-brotli", "5", dir}, &out))
	assert.Contains(t, out.String(), ": 2 siblings written, 2 up to date")
	for _, enc := range assets.Encodings() {
		b, err := os.ReadFile(js + enc.Suffix)
		require.NoError(t, err)
		got, err := assets.Decompress(enc, b, 1<<20)
		require.NoError(t, err)
		assert.Equal(t, strings.Repeat("let y = 2;\n", 100), string(got), "%s is stale", js+enc.Suffix)
	}

	out.Reset()
	require.NoError(t, run([]string{"-force", "-brotli", "5", dir}, &out))
	assert.Contains(t, out.String(), ": 4 siblings written, 0 up to date")
}

func statSiblings(t *testing.T, files ...string) map[string]os.FileInfo {
	t.Helper()
	m := map[string]os.FileInfo{}
	for _, f := range files {
		for _, enc := range assets.Encodings() {
			fi, err := os.Stat(f + enc.Suffix)
			require.NoError(t, err)
			m[f+enc.Suffix] = fi
		}
	}
	return m
}
