package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"path"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/tcsig/tcsig/server/assets"
)

// generated are the files `make wasm` writes into web/static; without them
// the page loads but can neither sign nor verify, so their absence is
// reported, not hidden.
var generated = []string{"main.wasm", "wasm_exec.js"}

// variant is one encoding of an asset, ready to send.
type variant struct {
	coding string // Content-Encoding; "identity" for none
	body   []byte
	etag   string
}

// asset is a file of the page with every encoding we can send.
type asset struct {
	name     string
	ctype    string
	hash     string // of the identity bytes, shared by every variant's ETag
	identity variant
	encoded  map[string]variant // by coding, only when smaller than identity
	offered  []string           // codings of encoded, in preference order
}

// static serves the page's files from memory.
type static struct {
	assets map[string]*asset
}

// loadStatic reads every file of fsys once. Precompressed siblings (x.br,
// x.gz) are used when they decode to exactly x — a stale sibling left by a
// hand-run `go build` is ignored with a warning — and a missing one is made
// here at a fast level, so the server never depends on the build step for
// correctness, only for the best ratio.
func loadStatic(logger *slog.Logger, fsys fs.FS) (*static, error) {
	start := time.Now()
	files := map[string][]byte{}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil // dotfiles (.placeholder) are not part of the page
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		files[name] = data
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("server: reading the page's files: %w", err)
	}

	s := &static{assets: map[string]*asset{}}
	for name, data := range files {
		if assets.IsSibling(name) {
			if _, ok := files[strings.TrimSuffix(name, path.Ext(name))]; ok {
				continue // folded into its original below
			}
		}
		s.put(name, data)
	}

	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		sem  = make(chan struct{}, runtime.GOMAXPROCS(0))
		errs []error
	)
	for _, a := range s.assets {
		if !assets.Compressible(a.name) || len(a.identity.body) < assets.MinWorthSize {
			continue
		}
		for _, enc := range assets.Encodings() {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				body, err := encodedBody(logger, a, enc, files[a.name+enc.Suffix])
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					errs = append(errs, err)
					return
				}
				if len(body) < len(a.identity.body) {
					a.encoded[enc.Name] = variant{coding: enc.Name, body: body, etag: a.etag(enc.Name)}
				}
			}()
		}
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for _, a := range s.assets {
		for _, enc := range assets.Encodings() {
			if _, ok := a.encoded[enc.Name]; ok {
				a.offered = append(a.offered, enc.Name)
			}
		}
	}
	logger.Debug("static files ready", "files", len(s.assets), "took", time.Since(start).Round(time.Millisecond))
	return s, nil
}

// put adds (or replaces) a file, uncompressed; loadStatic adds the
// encodings of those worth compressing.
func (s *static) put(name string, data []byte) {
	a := &asset{
		name:     name,
		ctype:    assets.ContentType(name),
		hash:     contentHash(data),
		identity: variant{coding: "identity", body: data},
		encoded:  map[string]variant{},
	}
	a.identity.etag = a.etag("identity")
	s.assets[name] = a
}

// encodedBody returns the sibling if it matches the original, else a fresh
// encoding.
func encodedBody(logger *slog.Logger, a *asset, enc assets.Encoding, sibling []byte) ([]byte, error) {
	if sibling != nil {
		got, err := assets.Decompress(enc, sibling, int64(len(a.identity.body)))
		if err == nil && bytes.Equal(got, a.identity.body) {
			return sibling, nil
		}
		logger.Warn("ignoring a precompressed file that does not match its original; run `make wasm` again",
			"file", a.name+enc.Suffix, "err", err)
	}
	level := assets.FastGzip
	if enc == assets.Brotli {
		level = assets.FastBrotli
	}
	body, err := assets.Compress(enc, a.identity.body, level)
	if err != nil {
		return nil, fmt.Errorf("server: compressing %s with %s: %w", a.name, enc.Name, err)
	}
	return body, nil
}

func contentHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:16])
}

// etag is a strong validator from the content hash; each encoding is a
// different representation, so it gets its own tag (RFC 9110 §8.8.3).
func (a *asset) etag(coding string) string {
	if coding == "identity" {
		return `"` + a.hash + `"`
	}
	return `"` + a.hash + "-" + coding + `"`
}

// lookup maps a URL path to an asset: "/" and "/dir/" mean index.html.
// Directories are never listed.
func (s *static) lookup(urlPath string) (*asset, string) {
	name := strings.TrimPrefix(urlPath, "/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	return s.assets[name], name
}

func (s *static) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "tcsig: the page's files answer GET and HEAD only", http.StatusMethodNotAllowed)
		return
	}
	a, name := s.lookup(r.URL.Path)
	if a == nil {
		notFound(w, name)
		return
	}
	v := a.identity
	if len(a.offered) > 0 {
		if c := parseAcceptEncoding(r.Header.Values("Accept-Encoding")).choose(a.offered); c != "identity" {
			v = a.encoded[c]
		}
	}
	h := w.Header()
	if len(a.offered) > 0 {
		h.Add("Vary", "Accept-Encoding")
	}
	h.Set("Content-Type", a.ctype)
	if v.coding != "identity" {
		h.Set("Content-Encoding", v.coding)
	}
	h.Set("ETag", v.etag)
	h.Set("Cache-Control", pageCacheControl)
	setPageSecurity(h, a.name)
	if noneMatch(r.Header.Values("If-None-Match"), v.etag) {
		// RFC 9110 §15.4.5: a 304 carries the validator, not the content headers.
		h.Del("Content-Type")
		h.Del("Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	// Set by hand: http.ServeContent leaves Content-Length out whenever a
	// Content-Encoding is set. Range is not offered (no Accept-Ranges): the
	// page loads whole files, and ranges over encoded bytes confuse caches.
	h.Set("Content-Length", strconv.Itoa(len(v.body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(v.body) // a write error means the client left
	}
}

// noneMatch reports whether If-None-Match names etag (weak comparison,
// RFC 9110 §13.1.2) or is "*".
func noneMatch(values []string, etag string) bool {
	for _, v := range values {
		for _, tag := range strings.Split(v, ",") {
			tag = strings.TrimPrefix(strings.TrimSpace(tag), "W/")
			if tag == "*" || tag == etag {
				return true
			}
		}
	}
	return false
}

// notFound explains a missing generated file instead of a bare 404, so the
// page (and whoever opens the URL) learns to run `make wasm`.
func notFound(w http.ResponseWriter, name string) {
	w.Header().Set("Cache-Control", "no-store")
	for _, g := range generated {
		if name == g {
			http.Error(w, fmt.Sprintf("tcsig: %s is not in this build; run `make run` (or `make wasm` before `go build`) to generate it", g), http.StatusNotFound)
			return
		}
	}
	http.Error(w, "404 page not found", http.StatusNotFound)
}

// missing lists the generated files this build lacks.
func (s *static) missing() []string {
	var out []string
	for _, g := range generated {
		if s.assets[g] == nil {
			out = append(out, g)
		}
	}
	return out
}
