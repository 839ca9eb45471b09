package server

import (
	"io/fs"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/tcsig/tcsig/server/assets"
)

// The page fetches the offline API catalog only when a picker is first
// used: /catalog/index.json and /catalog/services/<name>.json. The
// committed files are brotli-compressed JSON, sent as they are with
// Content-Encoding: br, so the browser decompresses them and the page
// hands plain JSON text to the module. A client that does not take br
// (browsers offer it on HTTPS only, some on loopback HTTP too) gets gzip,
// made once per file on first request; one that takes neither, plain JSON.

// catalogCacheControl: the catalog changes only with a release, and a page
// with an older or newer catalog still works (the data's format number
// guards the shape), so it may be kept for a week; the ETag makes the
// revalidation after that a 304.
const catalogCacheControl = "public, max-age=604800"

// catalogLimit bounds a decompressed catalog file (the largest is a few
// megabytes of JSON).
const catalogLimit = 64 << 20

type catalogFiles struct {
	fsys fs.FS
	mu   sync.Mutex
	gz   map[string][]byte // gzip variants made so far
}

func newCatalogFiles(fsys fs.FS) *catalogFiles {
	return &catalogFiles{fsys: fsys, gz: map[string][]byte{}}
}

// file maps a URL path to a data file: index.json or services/<name>.json,
// names of lower-case letters and digits only.
func catalogFile(urlPath string) (string, bool) {
	name := strings.TrimPrefix(urlPath, "/catalog/")
	if name == "index.json" {
		return "index.json.br", true
	}
	svc, ok := strings.CutPrefix(name, "services/")
	if !ok {
		return "", false
	}
	svc, ok = strings.CutSuffix(svc, ".json")
	if !ok || svc == "" {
		return "", false
	}
	for _, r := range svc {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') {
			return "", false
		}
	}
	return "services/" + svc + ".json.br", true
}

func (c *catalogFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name, ok := catalogFile(r.URL.Path)
	var br []byte
	var err error
	if ok {
		br, err = fs.ReadFile(c.fsys, name)
	}
	if !ok || err != nil {
		w.Header().Set("Cache-Control", "no-store")
		http.Error(w, "tcsig: no such catalog file (the catalog has index.json and services/<name>.json)", http.StatusNotFound)
		return
	}
	coding := parseAcceptEncoding(r.Header.Values("Accept-Encoding")).choose([]string{"br", "gzip"})
	body, err := c.encoded(name, br, coding)
	if err != nil {
		w.Header().Set("Cache-Control", "no-store")
		http.Error(w, "tcsig: catalog file "+name+": "+err.Error()+" (run make catalog to regenerate catalog/data)", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Add("Vary", "Accept-Encoding")
	if coding != "identity" {
		h.Set("Content-Encoding", coding)
	}
	etag := `"` + contentHash(br) + "-" + coding + `"`
	h.Set("ETag", etag)
	h.Set("Cache-Control", catalogCacheControl)
	if noneMatch(r.Header.Values("If-None-Match"), etag) {
		h.Del("Content-Type")
		h.Del("Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}

// encoded is the file in the content coding negotiated: the committed
// brotli bytes, gzip made on first use and kept, or plain JSON for a client
// that asked for neither (curl without --compressed, a script piping to
// jq), decompressed per request: such clients are rare, and keeping every
// service's plain JSON would hold the whole catalog in memory.
func (c *catalogFiles) encoded(name string, br []byte, coding string) ([]byte, error) {
	switch coding {
	case "br":
		return br, nil
	case "gzip":
		return c.gzip(name, br)
	}
	return assets.Decompress(assets.Brotli, br, catalogLimit)
}

// gzip returns the file gzip-compressed, made on first use and kept.
func (c *catalogFiles) gzip(name string, br []byte) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if b, ok := c.gz[name]; ok {
		return b, nil
	}
	plain, err := assets.Decompress(assets.Brotli, br, catalogLimit)
	if err != nil {
		return nil, err
	}
	b, err := assets.Compress(assets.Gzip, plain, assets.FastGzip)
	if err != nil {
		return nil, err
	}
	c.gz[name] = b
	return b, nil
}
