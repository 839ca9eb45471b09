package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/coder/websocket"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/testlog"
	"github.com/tcsig/tcsig/internal/version"
	"github.com/tcsig/tcsig/server/assets"
)

// Page files large and repetitive enough that compression pays, so every
// compressible one gets br and gzip variants.
var (
	indexHTML = []byte("<!doctype html><title>tcsig</title>" + strings.Repeat("<p>index</p>\n", 50))
	embedHTML = []byte("<!doctype html><title>embed</title>" + strings.Repeat("<p>embed</p>\n", 50))
	appJS     = []byte(strings.Repeat("console.log('tcsig app');\n", 40))
	styleCSS  = []byte(strings.Repeat("body { margin: 0; }\n", 40))
	wasmBin   = append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("go wasm module body "), 400)...)
	execJS    = []byte(strings.Repeat("// wasm_exec.js\n", 40))
	logoSVG   = []byte(`<svg xmlns="http://www.w3.org/2000/svg">` + strings.Repeat("<g/>", 100) + `</svg>`)
	iconPNG   = append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{0}, 600)...)
	dataJSON  = []byte(`{"regions":[` + strings.Repeat(`"ap-guangzhou",`, 40) + `"x"]}`)
	tinyTXT   = []byte("hi")
)

func pageFiles() fstest.MapFS {
	return fstest.MapFS{
		"index.html":      {Data: indexHTML},
		"embed.html":      {Data: embedHTML},
		"app.js":          {Data: appJS},
		"style.css":       {Data: styleCSS},
		"main.wasm":       {Data: wasmBin},
		"wasm_exec.js":    {Data: execJS},
		"logo.svg":        {Data: logoSVG},
		"icon.png":        {Data: iconPNG},
		"regions.json":    {Data: dataJSON},
		"tiny.txt":        {Data: tinyTXT},
		".placeholder":    {Data: []byte("generated files go here")},
		".git/config":     {Data: []byte("secret")},
		"lib/helper.js":   {Data: appJS},
		"docs/index.html": {Data: indexHTML},
	}
}

func newServer(t *testing.T, cfg Config) (*Server, *testlog.Buffer) {
	t.Helper()
	logs := &testlog.Buffer{}
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	if cfg.Files == nil {
		cfg.Files = pageFiles()
	}
	s, err := New(logger, cfg)
	require.NoError(t, err)
	return s, logs
}

func get(t *testing.T, h http.Handler, method, target string, header map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) []byte {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return b
}

func TestContentTypes(t *testing.T) {
	s, _ := newServer(t, Config{})
	for path, want := range map[string]string{
		"/":             "text/html; charset=utf-8",
		"/index.html":   "text/html; charset=utf-8",
		"/embed.html":   "text/html; charset=utf-8",
		"/app.js":       "text/javascript; charset=utf-8",
		"/wasm_exec.js": "text/javascript; charset=utf-8",
		"/style.css":    "text/css; charset=utf-8",
		"/main.wasm":    "application/wasm",
		"/logo.svg":     "image/svg+xml",
		"/icon.png":     "image/png",
		"/regions.json": "application/json",
	} {
		res := get(t, s, "GET", path, map[string]string{"Accept-Encoding": "gzip, br"})
		assert.Equal(t, http.StatusOK, res.StatusCode, "GET %s: status", path)
		assert.Equal(t, want, res.Header.Get("Content-Type"), "GET %s: Content-Type", path)
	}
}

func TestEncodingNegotiation(t *testing.T) {
	s, _ := newServer(t, Config{})
	tests := []struct {
		accept string // "-" means no Accept-Encoding field
		want   string // Content-Encoding; "" for identity
	}{
		{"-", ""},
		{"", ""},
		{"gzip", "gzip"},
		{"br", "br"},
		{"gzip, deflate, br", "br"},
		{"BR;Q=0.9, GZIP;q=0.8", "br"},
		{"gzip;q=1, br;q=0.5", "gzip"},
		{"br;q=0, gzip", "gzip"},
		{"x-gzip", "gzip"},
		{"*", "br"},
		{"*;q=0.5, identity", ""},
		{"identity", ""},
		{"deflate", ""},
		{"br;q=0, gzip;q=0", ""},
		{"identity;q=0, br;q=0, gzip;q=0", ""}, // nothing acceptable: identity, not 406
		{"identity;q=0, gzip", "gzip"},
		{"br;q=nonsense, gzip", "gzip"},
		{"br;q=2, gzip", "gzip"},
	}
	for _, path := range []string{"/main.wasm", "/app.js", "/", "/logo.svg"} {
		want := map[string][]byte{"/main.wasm": wasmBin, "/app.js": appJS, "/": indexHTML, "/logo.svg": logoSVG}[path]
		for _, tt := range tests {
			t.Run(path+" "+tt.accept, func(t *testing.T) {
				h := map[string]string{}
				if tt.accept != "-" {
					h["Accept-Encoding"] = tt.accept
				}
				res := get(t, s, "GET", path, h)
				require.Equal(t, http.StatusOK, res.StatusCode)
				require.Equal(t, tt.want, res.Header.Get("Content-Encoding"), "Content-Encoding")
				assert.Equal(t, "Accept-Encoding", res.Header.Get("Vary"), "Vary")
				raw := body(t, res)
				assert.Equal(t, strconv.Itoa(len(raw)), res.Header.Get("Content-Length"), "Content-Length against the body's size")
				decoded := raw
				switch tt.want {
				case "br":
					decoded = decompress(t, assets.Brotli, raw)
				case "gzip":
					decoded = decompress(t, assets.Gzip, raw)
				}
				if tt.want != "" {
					assert.Less(t, len(raw), len(want), "%s body is %d bytes, not smaller than the original %d", tt.want, len(raw), len(want))
				}
				assert.True(t, bytes.Equal(decoded, want), "decoded body differs from the original (%d vs %d bytes)", len(decoded), len(want))
			})
		}
	}
}

func decompress(t *testing.T, e assets.Encoding, b []byte) []byte {
	t.Helper()
	out, err := assets.Decompress(e, b, 1<<24)
	require.NoError(t, err)
	return out
}

func TestUncompressedTypesHaveNoVariants(t *testing.T) {
	s, _ := newServer(t, Config{})
	for _, path := range []string{"/icon.png", "/tiny.txt"} {
		res := get(t, s, "GET", path, map[string]string{"Accept-Encoding": "br, gzip"})
		assert.Empty(t, res.Header.Get("Content-Encoding"), "%s: Content-Encoding, want none", path)
		assert.Empty(t, res.Header.Get("Vary"), "%s: Vary, want none (one representation)", path)
	}
	assert.True(t, bytes.Equal(iconPNG, body(t, get(t, s, "GET", "/icon.png", nil))), "icon.png body changed")
}

func TestETagRevalidation(t *testing.T) {
	s, _ := newServer(t, Config{})
	first := get(t, s, "GET", "/main.wasm", map[string]string{"Accept-Encoding": "br"})
	etag := first.Header.Get("ETag")
	require.NotEmpty(t, etag)
	assert.Equal(t, "no-cache", first.Header.Get("Cache-Control"), "Cache-Control")

	again := get(t, s, "GET", "/main.wasm", map[string]string{"Accept-Encoding": "br", "If-None-Match": etag})
	require.Equal(t, http.StatusNotModified, again.StatusCode, "If-None-Match with the current ETag: status")
	assert.Empty(t, body(t, again), "304 carried body bytes")
	assert.Equal(t, etag, again.Header.Get("ETag"), "304 ETag")

	for _, inm := range []string{`"x", ` + etag, "W/" + etag, "*"} {
		res := get(t, s, "GET", "/main.wasm", map[string]string{"Accept-Encoding": "br", "If-None-Match": inm})
		assert.Equal(t, http.StatusNotModified, res.StatusCode, "If-None-Match %s: status", inm)
	}

	// Each encoding is its own representation with its own tag.
	gz := get(t, s, "GET", "/main.wasm", map[string]string{"Accept-Encoding": "gzip"}).Header.Get("ETag")
	plain := get(t, s, "GET", "/main.wasm", nil).Header.Get("ETag")
	assert.NotEqual(t, etag, gz, "ETags not distinct per encoding: br %s gzip %s identity %s", etag, gz, plain)
	assert.NotEqual(t, etag, plain, "ETags not distinct per encoding: br %s gzip %s identity %s", etag, gz, plain)
	assert.NotEqual(t, gz, plain, "ETags not distinct per encoding: br %s gzip %s identity %s", etag, gz, plain)
	res := get(t, s, "GET", "/main.wasm", map[string]string{"If-None-Match": etag})
	assert.Equal(t, http.StatusOK, res.StatusCode, "identity request with the br ETag: status")
	res = get(t, s, "GET", "/main.wasm", map[string]string{"If-None-Match": `"stale"`})
	assert.Equal(t, http.StatusOK, res.StatusCode, "stale ETag: status")

	// A different file content gives a different tag: a deploy is seen.
	files := pageFiles()
	files["main.wasm"] = &fstest.MapFile{Data: append(bytes.Clone(wasmBin), "v2"...)}
	s2, _ := newServer(t, Config{Files: files})
	res = get(t, s2, "GET", "/main.wasm", map[string]string{"Accept-Encoding": "br", "If-None-Match": etag})
	assert.Equal(t, http.StatusOK, res.StatusCode, "changed wasm answered the old ETag")
}

func TestHEAD(t *testing.T) {
	s, _ := newServer(t, Config{})
	for _, ae := range []string{"", "gzip", "br"} {
		g := get(t, s, "GET", "/main.wasm", map[string]string{"Accept-Encoding": ae})
		h := get(t, s, "HEAD", "/main.wasm", map[string]string{"Accept-Encoding": ae})
		require.Equal(t, http.StatusOK, h.StatusCode, "HEAD status")
		assert.Empty(t, body(t, h), "HEAD returned body bytes")
		for _, k := range []string{"Content-Length", "Content-Type", "Content-Encoding", "ETag"} {
			assert.Equal(t, g.Header.Get(k), h.Header.Get(k), "Accept-Encoding %q: HEAD's %s against GET's", ae, k)
		}
	}
}

func TestNotFound(t *testing.T) {
	s, _ := newServer(t, Config{})
	for _, path := range []string{
		"/nope.js",
		"/.placeholder", // dotfiles are not part of the page
		"/.git/config",  // nor dot-directories
		"/lib/",         // a directory without index.html: no listing
		"/lib",          // nor without the slash
		"/main.wasm.br", // siblings are served only by negotiation
		"/main.wasm.gz",
		"/index.html/",
	} {
		res := get(t, s, "GET", path, nil)
		assert.Equal(t, http.StatusNotFound, res.StatusCode, "GET %s: status", path)
		b := string(body(t, res))
		assert.NotContains(t, b, "helper.js", "GET %s leaked a listing or file", path)
		assert.NotContains(t, b, "secret", "GET %s leaked a listing or file", path)
	}
	res := get(t, s, "GET", "/docs/", nil)
	assert.Equal(t, http.StatusOK, res.StatusCode, "GET /docs/ should serve docs/index.html")
	assert.True(t, bytes.Equal(indexHTML, body(t, res)), "GET /docs/ should serve docs/index.html")
	res = get(t, s, "POST", "/", nil)
	assert.Equal(t, http.StatusMethodNotAllowed, res.StatusCode, "POST /: status")
}

func TestSecurityHeaders(t *testing.T) {
	s, _ := newServer(t, Config{})
	for _, path := range []string{"/", "/embed.html", "/main.wasm", "/app.js", "/nope", "/healthz", "/version", "/relay/x"} {
		res := get(t, s, "GET", path, nil)
		assert.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"), "%s: X-Content-Type-Options", path)
		assert.Equal(t, "no-referrer", res.Header.Get("Referrer-Policy"), "%s: Referrer-Policy", path)
	}

	index := get(t, s, "GET", "/", nil)
	csp := index.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "'wasm-unsafe-eval'", "frame-ancestors 'none'", "object-src 'none'"} {
		assert.Contains(t, csp, want, "index CSP lacks %q", want)
	}
	for _, bad := range []string{"http:", "https:", "'unsafe-eval'", "'unsafe-inline'", "*"} {
		assert.NotContains(t, csp, bad, "index CSP allows %q", bad)
	}
	for _, path := range []string{"/", "/main.wasm", "/app.js"} {
		got := get(t, s, "GET", path, nil).Header.Get("Cross-Origin-Resource-Policy")
		assert.Equal(t, "same-origin", got, "%s: Cross-Origin-Resource-Policy", path)
	}
	assert.Equal(t, "DENY", index.Header.Get("X-Frame-Options"), "index X-Frame-Options")

	embed := get(t, s, "GET", "/embed.html", nil)
	ecsp := embed.Header.Get("Content-Security-Policy")
	assert.Contains(t, ecsp, "frame-ancestors *", "embed CSP should let any site frame it")
	assert.NotContains(t, ecsp, "frame-ancestors 'none'", "embed CSP should let any site frame it")
	assert.Contains(t, ecsp, "'wasm-unsafe-eval'", "embed CSP lacks 'wasm-unsafe-eval'")
	assert.Equal(t, "cross-origin", embed.Header.Get("Cross-Origin-Resource-Policy"), "embed Cross-Origin-Resource-Policy")
	assert.Empty(t, embed.Header.Get("X-Frame-Options"), "embed X-Frame-Options would block iframes")
}

func TestPrecompressedSiblings(t *testing.T) {
	best, err := assets.Compress(assets.Brotli, wasmBin, assets.BestBrotli)
	require.NoError(t, err)
	staleGz, err := assets.Compress(assets.Gzip, []byte("an older main.wasm"), assets.BestGzip)
	require.NoError(t, err)
	files := pageFiles()
	files["main.wasm.br"] = &fstest.MapFile{Data: best}
	files["main.wasm.gz"] = &fstest.MapFile{Data: staleGz}
	files["app.js.gz"] = &fstest.MapFile{Data: []byte("not gzip at all")}
	s, logs := newServer(t, Config{Files: files})

	br := body(t, get(t, s, "GET", "/main.wasm", map[string]string{"Accept-Encoding": "br"}))
	assert.True(t, bytes.Equal(best, br), "a valid main.wasm.br was not served as is")
	for _, path := range []string{"/main.wasm", "/app.js"} {
		res := get(t, s, "GET", path, map[string]string{"Accept-Encoding": "gzip"})
		require.Equal(t, "gzip", res.Header.Get("Content-Encoding"))
		want := map[string][]byte{"/main.wasm": wasmBin, "/app.js": appJS}[path]
		got := decompress(t, assets.Gzip, body(t, res))
		assert.True(t, bytes.Equal(want, got), "%s: a stale or corrupt .gz sibling was served", path)
	}
	for _, f := range []string{"main.wasm.gz", "app.js.gz"} {
		assert.Contains(t, logs.String(), "file="+f, "no warning about the bad sibling %s in logs", f)
	}
}

func TestMissingWasm(t *testing.T) {
	files := pageFiles()
	delete(files, "main.wasm")
	delete(files, "wasm_exec.js")
	s, _ := newServer(t, Config{Files: files, Version: "v1.2.3"})
	if diff := cmp.Diff([]string{"main.wasm", "wasm_exec.js"}, s.Missing()); diff != "" {
		t.Errorf("Missing() (-want +got):\n%s", diff)
	}
	res := get(t, s, "GET", "/main.wasm", nil)
	require.Equal(t, http.StatusNotFound, res.StatusCode, "status")
	b := string(body(t, res))
	assert.Contains(t, b, "make wasm", "404 for the missing wasm does not say what to run")
	assert.Contains(t, b, "main.wasm", "404 for the missing wasm does not say what to run")
	var info versionInfo
	require.NoError(t, json.Unmarshal(body(t, get(t, s, "GET", "/version", nil)), &info))
	if diff := cmp.Diff(versionInfo{Version: "v1.2.3", Wasm: false, Missing: []string{"main.wasm", "wasm_exec.js"}}, info); diff != "" {
		t.Errorf("/version (-want +got):\n%s", diff)
	}

	full, _ := newServer(t, Config{})
	assert.Empty(t, full.Missing(), "Missing() with every file present")
	require.NoError(t, json.Unmarshal(body(t, get(t, full, "GET", "/version", nil)), &info))
	assert.True(t, info.Wasm, "/version = %+v, want wasm true", info)
	assert.Equal(t, version.String(), info.Version, "/version = %+v", info)
}

// The page's version.json says what /version says: the footer and
// tcsig.version read it, so they print what tcsig version prints. A
// version.json among the files (a dist/ served as Files) does not win.
func TestVersionFileMatchesVersion(t *testing.T) {
	files := pageFiles()
	files["version.json"] = &fstest.MapFile{Data: []byte(`{"version":"v0.0.1-stale"}`)}
	for name, tc := range map[string]struct {
		cfg  Config
		want string
	}{
		"configured":      {cfg: Config{Files: files, Version: `v1.2.3-"quoted"`}, want: `v1.2.3-"quoted"`},
		"this binary's":   {cfg: Config{Files: files}, want: version.String()},
		"without a stale": {cfg: Config{Version: "3d1912f-dirty"}, want: "3d1912f-dirty"},
	} {
		t.Run(name, func(t *testing.T) {
			s, _ := newServer(t, tc.cfg)
			var info versionInfo
			require.NoError(t, json.Unmarshal(body(t, get(t, s, "GET", "/version", nil)), &info))
			res := get(t, s, "GET", "/version.json", map[string]string{"Accept-Encoding": "br, gzip"})
			require.Equal(t, http.StatusOK, res.StatusCode)
			assert.Equal(t, "application/json", res.Header.Get("Content-Type"))
			assert.Equal(t, pageCacheControl, res.Header.Get("Cache-Control"), "a new build's version must not be cached")
			etag := res.Header.Get("ETag")
			assert.NotEmpty(t, etag)
			var file struct{ Version string }
			require.NoError(t, json.Unmarshal(body(t, res), &file))
			assert.Equal(t, tc.want, file.Version, "version.json")
			assert.Equal(t, info.Version, file.Version, "version.json and /version differ")
			again := get(t, s, "GET", "/version.json", map[string]string{"If-None-Match": etag})
			assert.Equal(t, http.StatusNotModified, again.StatusCode, "revalidation by ETag")
		})
	}
}

func TestHostGuard(t *testing.T) {
	s, _ := newServer(t, Config{Hosts: []string{"localhost", "127.0.0.1", "::1"}})
	for host, want := range map[string]int{
		"127.0.0.1:8080":        http.StatusOK,
		"LOCALHOST:8080":        http.StatusOK,
		"localhost":             http.StatusOK,
		"[::1]:8080":            http.StatusOK,
		"evil.example:8080":     http.StatusMisdirectedRequest,
		"127.0.0.1.nip.io:8080": http.StatusMisdirectedRequest,
		"":                      http.StatusMisdirectedRequest,
	} {
		req := httptest.NewRequest("GET", "/healthz", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		assert.Equal(t, want, rec.Code, "Host %q: status", host)
		if want != http.StatusOK {
			assert.Contains(t, rec.Body.String(), "DNS rebinding", "Host %q: the body does not explain the refusal", host)
		}
	}

	// The emulator also answers a request signed for the API and sent here
	// (tcsig send --to): a rebound page cannot send an API name as its Host.
	emu := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusTeapot) })
	s, _ = newServer(t, Config{Hosts: []string{"localhost", "127.0.0.1", "::1"}, Emulate: emu})
	for _, tc := range []struct {
		path, host string
		want       int
	}{
		{"/emulate/", "cvm.tencentcloudapi.com", http.StatusTeapot},
		{"/emulate/", "cvm.ap-shanghai-fsi.tencentcloudapi.com:443", http.StatusTeapot},
		{"/emulate/", "127.0.0.1:8080", http.StatusTeapot},
		{"/emulate/", "evil.example:8080", http.StatusMisdirectedRequest},
		{"/emulate/", "tencentcloudapi.com.evil.example", http.StatusMisdirectedRequest},
		{"/healthz", "cvm.tencentcloudapi.com", http.StatusMisdirectedRequest},
		{"/relay/cvm.tencentcloudapi.com/", "cvm.tencentcloudapi.com", http.StatusMisdirectedRequest},
	} {
		req := httptest.NewRequest("POST", tc.path, strings.NewReader("{}"))
		req.Host = tc.host
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		assert.Equal(t, tc.want, rec.Code, "%s with Host %q: status", tc.path, tc.host)
	}
}

func TestHealthz(t *testing.T) {
	s, _ := newServer(t, Config{})
	res := get(t, s, "GET", "/healthz", nil)
	assert.Equal(t, http.StatusOK, res.StatusCode, "/healthz status")
	assert.Equal(t, "ok\n", string(body(t, res)), "/healthz body")
}

func TestMounts(t *testing.T) {
	var seen []string
	record := func(name string) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			seen = append(seen, name+" "+r.Method+" "+r.URL.Path)
			w.WriteHeader(http.StatusTeapot)
		})
	}
	s, _ := newServer(t, Config{Relay: record("relay"), Emulate: record("emulate")})
	for _, tc := range []struct{ method, path string }{
		{"POST", "/relay/"},
		{"GET", "/relay/?action=DescribeRegions"},
		{"GET", "/ws"},
		{"POST", "/emulate/"},
		{"GET", "/emulate/?Action=X"},
	} {
		res := get(t, s, tc.method, tc.path, nil)
		assert.Equal(t, http.StatusTeapot, res.StatusCode, "%s %s: status, want the mounted handler's 418", tc.method, tc.path)
	}
	want := []string{"relay POST /relay/", "relay GET /relay/", "relay GET /ws", "emulate POST /", "emulate GET /"}
	if diff := cmp.Diff(want, seen); diff != "" {
		t.Errorf("mounted handlers saw (-want +got):\n%s", diff)
	}

	off, _ := newServer(t, Config{})
	for _, path := range []string{"/relay/", "/ws", "/emulate/"} {
		res := get(t, off, "POST", path, nil)
		assert.Equal(t, http.StatusNotFound, res.StatusCode, "%s without a handler: want 404 saying it is not enabled", path)
		assert.Contains(t, string(body(t, res)), "not enabled", "%s without a handler: want 404 saying it is not enabled", path)
	}
}

// The logging wrapper must not break the websocket upgrade (Hijack).
func TestWebSocketThroughLogging(t *testing.T) {
	echo := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		defer c.CloseNow()
		typ, msg, err := c.Read(r.Context())
		if err != nil {
			return
		}
		_ = c.Write(r.Context(), typ, msg)
		c.Close(websocket.StatusNormalClosure, "")
	})
	s, logs := newServer(t, Config{Relay: echo})
	ts := httptest.NewServer(s)
	defer ts.Close()

	ctx := context.Background()
	c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(ts.URL, "http")+"/ws", nil)
	require.NoError(t, err)
	defer c.CloseNow()
	require.NoError(t, c.Write(ctx, websocket.MessageText, []byte("ping")))
	_, msg, err := c.Read(ctx)
	require.NoError(t, err)
	assert.Equal(t, "ping", string(msg), "echo")
	c.Close(websocket.StatusNormalClosure, "")
	// The hijacked handler logs when it returns, after the close handshake.
	deadline := time.Now().Add(30 * time.Second) // a ceiling a loaded machine meets; the loop ends when the line is there
	for !strings.Contains(logs.String(), "path=/ws status=101") {
		require.False(t, time.Now().After(deadline), "websocket request not logged with status 101:\n%s", logs)
		time.Sleep(5 * time.Millisecond)
	}
}

func TestRequestLogsHideSecrets(t *testing.T) {
	relay := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusBadGateway) })
	s, logs := newServer(t, Config{Relay: relay})
	get(t, s, "GET", "/relay/?Signature=c2VjcmV0c2ln&SecretId=AKIDsecret", map[string]string{
		"Authorization": "TC3-HMAC-SHA256 Credential=AKIDsecret/2019-02-25/cvm/tc3_request, Signature=deadbeef",
		"X-TC-Token":    "tokentoken",
	})
	get(t, s, "GET", "/app.js", nil)
	out := logs.String()
	for _, want := range []string{"method=GET path=/relay/ status=502", "path=/app.js status=200", "duration="} {
		assert.Contains(t, out, want, "log lacks %q", want)
	}
	for _, secret := range []string{"c2VjcmV0c2ln", "AKIDsecret", "deadbeef", "tokentoken", "Signature"} {
		assert.NotContains(t, out, secret, "log contains %q", secret)
	}
}

func TestEmbeddedPageLoads(t *testing.T) {
	// The real embedded files, whatever `make wasm` has produced so far.
	s, err := New(nil, Config{})
	require.NoError(t, err)
	res := get(t, s, "GET", "/healthz", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	res = get(t, s, "GET", "/.placeholder", nil)
	assert.Equal(t, http.StatusNotFound, res.StatusCode, "the embed placeholder is served")
}
