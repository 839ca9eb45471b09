// Package server is the HTTP side of tcsig: it serves the playground page
// (with application/wasm, precompressed gzip/brotli, ETags and a strict
// Content-Security-Policy) and mounts the relay and the local emulator.
package server

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"

	"github.com/tcsig/tcsig/catalog/data"
	"github.com/tcsig/tcsig/emulate"
	"github.com/tcsig/tcsig/internal/httpguard"
	"github.com/tcsig/tcsig/internal/version"
	"github.com/tcsig/tcsig/web"
)

// Config is what New needs. Zero values are usable: the embedded page, no
// relay, no emulator.
type Config struct {
	// Files are the page's files; nil means the embedded web.FS(). Tests
	// inject an fstest.MapFS.
	Files fs.FS
	// Catalog is the offline API catalog's data (index.json.br and
	// services/*.json.br), served under /catalog/; nil means the
	// committed catalog/data.FS.
	Catalog fs.FS
	// Version is reported by /version and by the page's version.json
	// (which the footer and tcsig.version read); empty means
	// version.String(), the same string tcsig version prints.
	Version string
	// Relay serves /relay/ and /ws (package relay). Nil: those paths say
	// the relay is off.
	Relay http.Handler
	// Emulate serves /emulate/ with the prefix stripped, so a request
	// signed for path "/" verifies (package emulate). Nil: off.
	Emulate http.Handler
	// Hosts, when set, are the only host names (without port) the server
	// answers to; others get 421. A server on 127.0.0.1 sets the loopback
	// names so that a site whose DNS name is rebound to 127.0.0.1 cannot
	// use the relay or the emulator as its own origin.
	Hosts []string
}

// Server is the whole tcsig HTTP surface.
type Server struct {
	handler http.Handler
	static  *static
}

// New reads and prepares the page's files and builds the routes.
func New(logger *slog.Logger, cfg Config) (*Server, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	files := cfg.Files
	if files == nil {
		files = web.FS()
	}
	st, err := loadStatic(logger, files)
	if err != nil {
		return nil, err
	}
	v := cfg.Version
	if v == "" {
		v = version.String()
	}
	// The page's copy of the version is always this binary's, even when
	// the files hold a version.json (a dist/ served as Files): the footer
	// and /version must agree.
	body, err := versionFileBody(v)
	if err != nil {
		return nil, err
	}
	st.put(versionFile, body)
	s := &Server{static: st}

	mux := http.NewServeMux()
	mux.Handle("/", st)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /version", s.version(v))
	cat := cfg.Catalog
	if cat == nil {
		cat = data.FS
	}
	mux.Handle("GET /catalog/", newCatalogFiles(cat))
	relay := cfg.Relay
	if relay == nil {
		relay = off("the relay")
	}
	mux.Handle("/relay/", relay)
	mux.Handle("/ws", relay)
	if cfg.Emulate != nil {
		mux.Handle("/emulate/", http.StripPrefix("/emulate", cfg.Emulate))
	} else {
		mux.Handle("/emulate/", off("the emulator"))
	}

	hosts := map[string]bool{}
	for _, h := range cfg.Hosts {
		hosts[strings.ToLower(h)] = true
	}
	s.handler = logRequests(logger, httpguard.CloseAfterTransferEncoding(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		setCommonSecurity(w.Header())
		if len(hosts) > 0 && !hosts[hostname(r.Host)] && !emulateAPIHost(r) {
			w.Header().Set("Cache-Control", "no-store")
			http.Error(w, "tcsig: this server answers to "+strings.Join(cfg.Hosts, ", ")+" only, not "+hostname(r.Host)+
				" (a guard against DNS rebinding); open the URL tcsig serve printed", http.StatusMisdirectedRequest)
			return
		}
		mux.ServeHTTP(w, r)
	}), takesBody))
	return s, nil
}

// emulateAPIHost lets a request for /emulate/ through the Host guard when
// its Host is an API name (*.tencentcloudapi.com): a request signed for the
// API and sent here carries the host it was signed for (tcsig send --to),
// and the emulator verifies the signature with that Host. A page whose own
// DNS name is rebound to this address cannot make a browser send an API
// name, so the guard's purpose holds (emulate.AllowedHost).
func emulateAPIHost(r *http.Request) bool {
	return strings.HasPrefix(r.URL.Path, "/emulate/") && emulate.AllowedHost(r.Host)
}

// takesBody: the relay and the emulator take POST bodies, which a client may send chunked;
// nothing else on this server reads a body.
func takesBody(r *http.Request) bool {
	return r.Method == http.MethodPost &&
		(strings.HasPrefix(r.URL.Path, "/relay/") || strings.HasPrefix(r.URL.Path, "/emulate/"))
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// Missing lists the generated files (main.wasm, wasm_exec.js)
// absent from the page; non-empty means it was built without `make wasm`.
func (s *Server) Missing() []string { return s.static.missing() }

// versionInfo is /version's body; the page can read it to explain a missing
// wasm instead of failing on a 404.
type versionInfo struct {
	Version string   `json:"version"`
	Wasm    bool     `json:"wasm"`
	Missing []string `json:"missing,omitempty"`
}

func (s *Server) version(v string) http.HandlerFunc {
	info := versionInfo{Version: v, Wasm: len(s.Missing()) == 0, Missing: s.Missing()}
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(info) // only a write error, which the client caused
	}
}

// versionFile is the page's file with the build's version, beside
// main.wasm: the module does not carry the version, so that its bytes
// change only with its code, and tcsig.js reads this file after
// tcsig.ready. make dist writes the same file for static hosts.
const versionFile = "version.json"

// versionFileBody is version.json: {"version":"…"}, as make dist writes it.
func versionFileBody(v string) ([]byte, error) {
	b, err := json.Marshal(struct {
		Version string `json:"version"`
	}{v})
	if err != nil {
		return nil, fmt.Errorf("server: writing %s: %w", versionFile, err)
	}
	return append(b, '\n'), nil
}

// hostname is the Host header without its port or IPv6 brackets,
// lower-cased.
func hostname(hostport string) string {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	return strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"))
}

// off answers for a feature this server was started without.
func off(what string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		http.Error(w, "tcsig: "+what+" is not enabled in this server", http.StatusNotFound)
	})
}
