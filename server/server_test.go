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
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/coder/websocket"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

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

// syncBuffer is a log sink safe to read while a handler still writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func newServer(t *testing.T, cfg Config) (*Server, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
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
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d, want 200", path, res.StatusCode)
		}
		if got := res.Header.Get("Content-Type"); got != want {
			t.Errorf("GET %s: Content-Type %q, want %q", path, got, want)
		}
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
				if got := res.Header.Get("Content-Encoding"); got != tt.want {
					t.Fatalf("Content-Encoding %q, want %q", got, tt.want)
				}
				if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
					t.Errorf("Vary %q, want Accept-Encoding", got)
				}
				raw := body(t, res)
				if got := res.Header.Get("Content-Length"); got != strconv.Itoa(len(raw)) {
					t.Errorf("Content-Length %s, body is %d bytes", got, len(raw))
				}
				decoded := raw
				switch tt.want {
				case "br":
					decoded = decompress(t, assets.Brotli, raw)
				case "gzip":
					decoded = decompress(t, assets.Gzip, raw)
				}
				if tt.want != "" && len(raw) >= len(want) {
					t.Errorf("%s body is %d bytes, not smaller than the original %d", tt.want, len(raw), len(want))
				}
				if !bytes.Equal(decoded, want) {
					t.Errorf("decoded body differs from the original (%d vs %d bytes)", len(decoded), len(want))
				}
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
		if got := res.Header.Get("Content-Encoding"); got != "" {
			t.Errorf("%s: Content-Encoding %q, want none", path, got)
		}
		if got := res.Header.Get("Vary"); got != "" {
			t.Errorf("%s: Vary %q, want none (one representation)", path, got)
		}
	}
	if got := body(t, get(t, s, "GET", "/icon.png", nil)); !bytes.Equal(got, iconPNG) {
		t.Error("icon.png body changed")
	}
}

func TestETagRevalidation(t *testing.T) {
	s, _ := newServer(t, Config{})
	first := get(t, s, "GET", "/main.wasm", map[string]string{"Accept-Encoding": "br"})
	etag := first.Header.Get("ETag")
	require.NotEmpty(t, etag)
	if got := first.Header.Get("Cache-Control"); got != "no-cache" {
		t.Errorf("Cache-Control %q, want no-cache", got)
	}

	again := get(t, s, "GET", "/main.wasm", map[string]string{"Accept-Encoding": "br", "If-None-Match": etag})
	if again.StatusCode != http.StatusNotModified {
		t.Fatalf("If-None-Match with the current ETag: status %d, want 304", again.StatusCode)
	}
	if b := body(t, again); len(b) != 0 {
		t.Errorf("304 carried %d body bytes", len(b))
	}
	if got := again.Header.Get("ETag"); got != etag {
		t.Errorf("304 ETag %q, want %q", got, etag)
	}

	for _, inm := range []string{`"x", ` + etag, "W/" + etag, "*"} {
		if res := get(t, s, "GET", "/main.wasm", map[string]string{"Accept-Encoding": "br", "If-None-Match": inm}); res.StatusCode != http.StatusNotModified {
			t.Errorf("If-None-Match %s: status %d, want 304", inm, res.StatusCode)
		}
	}

	// Each encoding is its own representation with its own tag.
	gz := get(t, s, "GET", "/main.wasm", map[string]string{"Accept-Encoding": "gzip"}).Header.Get("ETag")
	plain := get(t, s, "GET", "/main.wasm", nil).Header.Get("ETag")
	if gz == etag || plain == etag || gz == plain {
		t.Errorf("ETags not distinct per encoding: br %s gzip %s identity %s", etag, gz, plain)
	}
	if res := get(t, s, "GET", "/main.wasm", map[string]string{"If-None-Match": etag}); res.StatusCode != http.StatusOK {
		t.Errorf("identity request with the br ETag: status %d, want 200", res.StatusCode)
	}
	if res := get(t, s, "GET", "/main.wasm", map[string]string{"If-None-Match": `"stale"`}); res.StatusCode != http.StatusOK {
		t.Errorf("stale ETag: status %d, want 200", res.StatusCode)
	}

	// A different file content gives a different tag: a deploy is seen.
	files := pageFiles()
	files["main.wasm"] = &fstest.MapFile{Data: append(bytes.Clone(wasmBin), "v2"...)}
	s2, _ := newServer(t, Config{Files: files})
	if res := get(t, s2, "GET", "/main.wasm", map[string]string{"Accept-Encoding": "br", "If-None-Match": etag}); res.StatusCode != http.StatusOK {
		t.Errorf("changed wasm answered the old ETag with %d, want 200", res.StatusCode)
	}
}

func TestHEAD(t *testing.T) {
	s, _ := newServer(t, Config{})
	for _, ae := range []string{"", "gzip", "br"} {
		g := get(t, s, "GET", "/main.wasm", map[string]string{"Accept-Encoding": ae})
		h := get(t, s, "HEAD", "/main.wasm", map[string]string{"Accept-Encoding": ae})
		if h.StatusCode != http.StatusOK {
			t.Fatalf("HEAD status %d", h.StatusCode)
		}
		if b := body(t, h); len(b) != 0 {
			t.Errorf("HEAD returned %d body bytes", len(b))
		}
		for _, k := range []string{"Content-Length", "Content-Type", "Content-Encoding", "ETag"} {
			if h.Header.Get(k) != g.Header.Get(k) {
				t.Errorf("Accept-Encoding %q: HEAD %s %q, GET has %q", ae, k, h.Header.Get(k), g.Header.Get(k))
			}
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
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", path, res.StatusCode)
		}
		if b := string(body(t, res)); strings.Contains(b, "helper.js") || strings.Contains(b, "secret") {
			t.Errorf("GET %s leaked a listing or file: %q", path, b)
		}
	}
	if res := get(t, s, "GET", "/docs/", nil); res.StatusCode != http.StatusOK || !bytes.Equal(body(t, res), indexHTML) {
		t.Errorf("GET /docs/ should serve docs/index.html")
	}
	if res := get(t, s, "POST", "/", nil); res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: status %d, want 405", res.StatusCode)
	}
}

func TestSecurityHeaders(t *testing.T) {
	s, _ := newServer(t, Config{})
	for _, path := range []string{"/", "/embed.html", "/main.wasm", "/app.js", "/nope", "/healthz", "/version", "/relay/x"} {
		res := get(t, s, "GET", path, nil)
		if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", path, got)
		}
		if got := res.Header.Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("%s: Referrer-Policy %q", path, got)
		}
	}

	index := get(t, s, "GET", "/", nil)
	csp := index.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "'wasm-unsafe-eval'", "frame-ancestors 'none'", "object-src 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("index CSP %q lacks %q", csp, want)
		}
	}
	for _, bad := range []string{"http:", "https:", "'unsafe-eval'", "'unsafe-inline'", "*"} {
		if strings.Contains(csp, bad) {
			t.Errorf("index CSP %q allows %q", csp, bad)
		}
	}
	for _, path := range []string{"/", "/main.wasm", "/app.js"} {
		if got := get(t, s, "GET", path, nil).Header.Get("Cross-Origin-Resource-Policy"); got != "same-origin" {
			t.Errorf("%s: Cross-Origin-Resource-Policy %q, want same-origin", path, got)
		}
	}
	if got := index.Header.Get("X-Frame-Options"); got != "DENY" {
		t.Errorf("index X-Frame-Options %q, want DENY", got)
	}

	embed := get(t, s, "GET", "/embed.html", nil)
	ecsp := embed.Header.Get("Content-Security-Policy")
	if !strings.Contains(ecsp, "frame-ancestors *") || strings.Contains(ecsp, "frame-ancestors 'none'") {
		t.Errorf("embed CSP %q should let any site frame it", ecsp)
	}
	if !strings.Contains(ecsp, "'wasm-unsafe-eval'") {
		t.Errorf("embed CSP %q lacks 'wasm-unsafe-eval'", ecsp)
	}
	if got := embed.Header.Get("Cross-Origin-Resource-Policy"); got != "cross-origin" {
		t.Errorf("embed Cross-Origin-Resource-Policy %q, want cross-origin", got)
	}
	if got := embed.Header.Get("X-Frame-Options"); got != "" {
		t.Errorf("embed X-Frame-Options %q would block iframes", got)
	}
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
	if !bytes.Equal(br, best) {
		t.Errorf("a valid main.wasm.br was not served as is")
	}
	for _, path := range []string{"/main.wasm", "/app.js"} {
		res := get(t, s, "GET", path, map[string]string{"Accept-Encoding": "gzip"})
		require.Equal(t, "gzip", res.Header.Get("Content-Encoding"))
		want := map[string][]byte{"/main.wasm": wasmBin, "/app.js": appJS}[path]
		if got := decompress(t, assets.Gzip, body(t, res)); !bytes.Equal(got, want) {
			t.Errorf("%s: a stale or corrupt .gz sibling was served", path)
		}
	}
	for _, f := range []string{"main.wasm.gz", "app.js.gz"} {
		if !strings.Contains(logs.String(), "file="+f) {
			t.Errorf("no warning about the bad sibling %s in logs:\n%s", f, logs)
		}
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
	if res.StatusCode != http.StatusNotFound {
		t.Fatalf("status %d, want 404", res.StatusCode)
	}
	if b := string(body(t, res)); !strings.Contains(b, "make wasm") || !strings.Contains(b, "main.wasm") {
		t.Errorf("404 for the missing wasm does not say what to run: %q", b)
	}
	var info versionInfo
	require.NoError(t, json.Unmarshal(body(t, get(t, s, "GET", "/version", nil)), &info))
	if diff := cmp.Diff(versionInfo{Version: "v1.2.3", Wasm: false, Missing: []string{"main.wasm", "wasm_exec.js"}}, info); diff != "" {
		t.Errorf("/version (-want +got):\n%s", diff)
	}

	full, _ := newServer(t, Config{})
	if m := full.Missing(); len(m) != 0 {
		t.Errorf("Missing() = %v with every file present", m)
	}
	require.NoError(t, json.Unmarshal(body(t, get(t, full, "GET", "/version", nil)), &info))
	if !info.Wasm || info.Version != version.String() {
		t.Errorf("/version = %+v, want wasm true, version %s", info, version.String())
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
		if rec.Code != want {
			t.Errorf("Host %q: status %d, want %d", host, rec.Code, want)
		}
		if want != http.StatusOK && !strings.Contains(rec.Body.String(), "DNS rebinding") {
			t.Errorf("Host %q: body %q does not explain the refusal", host, rec.Body.String())
		}
	}
}

func TestHealthz(t *testing.T) {
	s, _ := newServer(t, Config{})
	res := get(t, s, "GET", "/healthz", nil)
	if res.StatusCode != http.StatusOK || string(body(t, res)) != "ok\n" {
		t.Errorf("/healthz: %d", res.StatusCode)
	}
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
		if res := get(t, s, tc.method, tc.path, nil); res.StatusCode != http.StatusTeapot {
			t.Errorf("%s %s: status %d, want the mounted handler's 418", tc.method, tc.path, res.StatusCode)
		}
	}
	want := []string{"relay POST /relay/", "relay GET /relay/", "relay GET /ws", "emulate POST /", "emulate GET /"}
	if diff := cmp.Diff(want, seen); diff != "" {
		t.Errorf("mounted handlers saw (-want +got):\n%s", diff)
	}

	off, _ := newServer(t, Config{})
	for _, path := range []string{"/relay/", "/ws", "/emulate/"} {
		res := get(t, off, "POST", path, nil)
		if res.StatusCode != http.StatusNotFound || !strings.Contains(string(body(t, res)), "not enabled") {
			t.Errorf("%s without a handler: status %d, want 404 saying it is not enabled", path, res.StatusCode)
		}
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
	if string(msg) != "ping" {
		t.Errorf("echo %q", msg)
	}
	c.Close(websocket.StatusNormalClosure, "")
	// The hijacked handler logs when it returns, after the close handshake.
	deadline := time.Now().Add(30 * time.Second) // a ceiling a loaded machine meets; the loop ends when the line is there
	for !strings.Contains(logs.String(), "path=/ws status=101") {
		if time.Now().After(deadline) {
			t.Fatalf("websocket request not logged with status 101:\n%s", logs)
		}
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
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	for _, secret := range []string{"c2VjcmV0c2ln", "AKIDsecret", "deadbeef", "tokentoken", "Signature"} {
		if strings.Contains(out, secret) {
			t.Errorf("log contains %q:\n%s", secret, out)
		}
	}
}

func TestEmbeddedPageLoads(t *testing.T) {
	// The real embedded files, whatever `make wasm` has produced so far.
	s, err := New(nil, Config{})
	require.NoError(t, err)
	res := get(t, s, "GET", "/healthz", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	if res := get(t, s, "GET", "/.placeholder", nil); res.StatusCode != http.StatusNotFound {
		t.Errorf("the embed placeholder is served: %d", res.StatusCode)
	}
}
