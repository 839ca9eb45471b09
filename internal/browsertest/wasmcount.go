package browsertest

import (
	"net/http"
	"strings"
	"sync"
)

// WasmCounter counts a server's answers for main.wasm: all of them, and the
// full downloads (200) among them, so a test or benchmark can tell a page
// that fetched the module from one that revalidated or reused it.
type WasmCounter struct {
	mu                  sync.Mutex
	requests, downloads int
}

// Wrap returns h, counting its answers for main.wasm.
func (c *WasmCounter) Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasSuffix(r.URL.Path, "/main.wasm") {
			h.ServeHTTP(w, r)
			return
		}
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		h.ServeHTTP(sw, r)
		c.mu.Lock()
		c.requests++
		if sw.code == http.StatusOK {
			c.downloads++
		}
		c.mu.Unlock()
	})
}

// Counts returns the answers counted so far.
func (c *WasmCounter) Counts() (requests, downloads int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests, c.downloads
}

// Reset returns the answers counted so far and starts again from zero.
func (c *WasmCounter) Reset() (requests, downloads int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	requests, downloads = c.requests, c.downloads
	c.requests, c.downloads = 0, 0
	return requests, downloads
}

// statusWriter remembers the status a handler answered with.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) { w.code = code; w.ResponseWriter.WriteHeader(code) }
