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
// made once per file on first request.

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
	coding, body := "br", br
	if parseAcceptEncoding(r.Header.Values("Accept-Encoding")).choose([]string{"br", "gzip"}) != "br" {
		if coding, body, err = c.gzip(name, br); err != nil {
			w.Header().Set("Cache-Control", "no-store")
			http.Error(w, "tcsig: catalog file "+name+": "+err.Error()+" (run make catalog to regenerate catalog/data)", http.StatusInternalServerError)
			return
		}
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Add("Vary", "Accept-Encoding")
	h.Set("Content-Encoding", coding)
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

// gzip returns the file gzip-compressed, made on first use and kept.
func (c *catalogFiles) gzip(name string, br []byte) (string, []byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if b, ok := c.gz[name]; ok {
		return "gzip", b, nil
	}
	plain, err := assets.Decompress(assets.Brotli, br, catalogLimit)
	if err != nil {
		return "", nil, err
	}
	b, err := assets.Compress(assets.Gzip, plain, assets.FastGzip)
	if err != nil {
		return "", nil, err
	}
	c.gz[name] = b
	return "gzip", b, nil
}
