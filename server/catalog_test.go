package server

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/catalog/data"
	"github.com/tcsig/tcsig/server/assets"
)

// The catalog's files go out as committed (brotli) to a client that takes
// br, gzip to one that does not, plain JSON to one that takes neither, with
// a week's caching and an ETag; the bytes decode to the JSON the module
// reads.
func TestCatalogFiles(t *testing.T) {
	s, _ := newServer(t, Config{})
	for _, path := range []string{"/catalog/index.json", "/catalog/services/cvm.json"} {
		res := get(t, s, "GET", path, map[string]string{"Accept-Encoding": "gzip, deflate, br"})
		require.Equal(t, 200, res.StatusCode, path)
		assert.Equal(t, "br", res.Header.Get("Content-Encoding"), path)
		assert.Equal(t, "application/json", res.Header.Get("Content-Type"), path)
		assert.Equal(t, catalogCacheControl, res.Header.Get("Cache-Control"), path)
		assert.Equal(t, "Accept-Encoding", res.Header.Get("Vary"), path)
		b := body(t, res)
		plain, err := assets.Decompress(assets.Brotli, b, catalogLimit)
		require.NoError(t, err, path)
		if path == "/catalog/index.json" {
			_, err = catalog.DecodeIndex(plain)
		} else {
			var c catalog.Catalog
			err = c.LoadService("cvm", plain)
		}
		require.NoError(t, err, path)

		etag := res.Header.Get("ETag")
		require.NotEmpty(t, etag)
		res = get(t, s, "GET", path, map[string]string{"Accept-Encoding": "br", "If-None-Match": etag})
		assert.Equal(t, 304, res.StatusCode, path)

		res = get(t, s, "GET", path, map[string]string{"Accept-Encoding": "gzip, deflate"})
		require.Equal(t, 200, res.StatusCode, path)
		assert.Equal(t, "gzip", res.Header.Get("Content-Encoding"), path)
		gz, err := assets.Decompress(assets.Gzip, body(t, res), catalogLimit)
		require.NoError(t, err)
		assert.Equal(t, plain, gz, path)

		// A client that asked for no coding (curl without --compressed, a
		// script piping to jq) or only identity gets plain JSON.
		for _, accept := range []map[string]string{nil, {"Accept-Encoding": "identity"}, {"Accept-Encoding": "br;q=0, gzip;q=0"}} {
			res = get(t, s, "GET", path, accept)
			require.Equal(t, 200, res.StatusCode, "%s %v", path, accept)
			assert.Empty(t, res.Header.Get("Content-Encoding"), "%s %v", path, accept)
			assert.Equal(t, "application/json", res.Header.Get("Content-Type"), path)
			b := body(t, res)
			assert.Equal(t, plain, b, "%s %v", path, accept)
			assert.Equal(t, strconv.Itoa(len(plain)), res.Header.Get("Content-Length"), path)
			assert.NotEqual(t, etag, res.Header.Get("ETag"), "%s: the plain variant has its own ETag", path)
		}
	}
	want, err := data.FS.ReadFile("index.json.br")
	require.NoError(t, err)
	assert.Equal(t, want, body(t, get(t, s, "GET", "/catalog/index.json", map[string]string{"Accept-Encoding": "br"})), "sent as committed")

	for _, path := range []string{"/catalog/", "/catalog/services/nosuch.json", "/catalog/services/CVM.json", "/catalog/services/a.b.json", "/catalog/index.json.br"} {
		res := get(t, s, "GET", path, map[string]string{"Accept-Encoding": "br"})
		assert.Equal(t, 404, res.StatusCode, path)
	}
	assert.Equal(t, 405, get(t, s, "POST", "/catalog/index.json", nil).StatusCode)
}
