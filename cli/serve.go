package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/tcsig/tcsig/emulate"
	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/internal/version"
	"github.com/tcsig/tcsig/relay"
	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/server"
	"github.com/tcsig/tcsig/web"
)

const serveSynopsis = `Usage: tcsig serve [flags]

Serves the browser playground, the relay that forwards its signed calls to
*.tencentcloudapi.com (/relay/, /ws), a local verifying endpoint at
/emulate/ (as tcsig emulate; it accepts the documentation's example key and
any in $` + EnvEmulateKeys + `="id:key,...") and /healthz. Open the printed URL.
The page signs in the browser: the relay never sees a SecretKey.

Flags:
`

// Timeouts of the HTTP server. There is no WriteTimeout: /ws is a
// long-lived websocket and relayed responses stream; the relay bounds its
// own calls (relay.Timeouts).
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = time.Minute // a 10 MB TC3 body on a slow link
	idleTimeout       = 2 * time.Minute
	shutdownGrace     = 5 * time.Second
	// A relayed GET carries up to 32 KB of query in its request line,
	// which counts against MaxHeaderBytes, plus the signed headers.
	maxHeaderBytes = relay.MaxQueryBytes + 32<<10
)

// The documentation's example key pair: the page's "example keys" button
// fills it in, so /emulate/ accepts it and the whole round trip works
// offline without a real account.
const (
	exampleSecretID  = request.ExampleSecretID
	exampleSecretKey = request.ExampleSecretKey
)

type serveFlags struct {
	addr         string
	allowOrigins []string
	maxRelays    int
	originRate   float64
	originBurst  int
	maxSockets   int
	trusted      []netip.Prefix
	noCatalog    *bool
}

func newServeFlagSet(f *serveFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.addr, "addr", "127.0.0.1:8080", "`host:port` to listen on (port 0 picks a free one)")
	f.noCatalog = addCatalogFlag(fs)
	fs.Func("allow-origin", "another `origin` (https://host[:port]) whose pages may use the relay (repeatable);\nthe page's own origin is always allowed", func(s string) error {
		f.allowOrigins = append(f.allowOrigins, s)
		return nil
	})
	fs.IntVar(&f.maxRelays, "max-relays", 0, "relayed calls in flight at once (default 128; half per client, a quarter kept for the page)")
	fs.Float64Var(&f.originRate, "origin-rate", 0, "relayed calls per second per client (address and origin; default 20; negative: no limit)")
	fs.IntVar(&f.originBurst, "origin-burst", 0, "burst of relayed calls per client (default 100)")
	fs.IntVar(&f.maxSockets, "max-websockets", 0, "open /ws event sockets at once (default 64; a quarter per client, a quarter kept for the page)")
	funcFlag(fs, "trusted-proxy", "a proxy (`CIDR` or address) whose X-Forwarded-For names the client for the\nper-client caps and rate (repeatable; default none: X-Forwarded-For is ignored)", func(s string) error {
		p, err := parseTrustedProxy(s)
		if err != nil {
			return err
		}
		f.trusted = append(f.trusted, p)
		return nil
	})
	return fs
}

// parseTrustedProxy reads a --trusted-proxy value: a CIDR prefix or a single address.
func parseTrustedProxy(s string) (netip.Prefix, error) {
	if p, err := netip.ParsePrefix(s); err == nil {
		return p.Masked(), nil
	}
	if a, err := netip.ParseAddr(s); err == nil && a.Zone() == "" {
		a = a.Unmap()
		return netip.PrefixFrom(a, a.BitLen()), nil
	}
	return netip.Prefix{}, message.Errorf(message.CLITrustedProxy, strconv.Quote(s))
}

// runServe implements tcsig serve.
func runServe(ctx context.Context, args []string, env Env) int {
	return serve(ctx, args, env, web.FS())
}

// serve takes the page's files as an argument so tests can run it without
// `make wasm`.
func serve(ctx context.Context, args []string, env Env, files fs.FS) int {
	env.Lang = localeLang(env) // a server's lines follow the locale
	var f serveFlags
	fl := newServeFlagSet(&f)
	if err := parseFlags(fl, args); err != nil {
		return parseFailed(env, fl, serveSynopsis, err)
	}
	if f.maxRelays < 0 || f.originBurst < 0 || f.maxSockets < 0 {
		return fail(env, "serve", message.Errorf(message.CLIServeCaps))
	}
	relayCfg := relay.Config{
		AllowOrigins:   f.allowOrigins,
		MaxConcurrent:  f.maxRelays,
		OriginRate:     relay.Rate{PerSecond: f.originRate, Burst: f.originBurst},
		MaxWebsockets:  f.maxSockets,
		RegionalHosts:  endpoints.RegionalHosts,
		TrustedProxies: f.trusted,
	}
	if err := relayCfg.Validate(); err != nil {
		return fail(env, "serve", fmt.Errorf("--allow-origin: %w", err))
	}

	keys := map[string]string{exampleSecretID: exampleSecretKey}
	if env.Getenv(EnvEmulateKeys) != "" {
		more, err := emulateKeys(&emulateFlags{}, env)
		if err != nil {
			return fail(env, "serve", err)
		}
		var secrets []string
		for id, key := range more {
			keys[id] = key
			secrets = append(secrets, key)
		}
		// Belt and braces: nothing should print a key, but if an error
		// ever echoed one, stderr blanks it.
		env.Stderr = &redactor{w: env.Stderr, secrets: secrets}
	}
	// Logs go to stderr as text; handlers never log queries or headers.
	logger := slog.New(slog.NewTextHandler(env.Stderr, nil))
	rl := relay.New(logger.With("component", "relay"), relayCfg)
	defer rl.Close()
	// /emulate/ answers as tcsig emulate does, the catalog's checks included.
	emu := emulate.New(keys, emulate.Options{Now: env.Now, Logger: logger.With("component", "emulate"), Catalog: emulateCatalog(*f.noCatalog)})
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return fail(env, "serve", fmt.Errorf("--addr %s: %w", f.addr, err))
	}
	defer ln.Close() // Serve closes it too; this covers the early returns
	cfg := server.Config{Files: files, Version: version.String(), Relay: rl.Handler(), Emulate: emu}
	if isLoopback(ln.Addr()) {
		cfg.Hosts = []string{"localhost", "127.0.0.1", "::1"}
	}
	srv, err := server.New(logger, cfg)
	if err != nil {
		return fail(env, "serve", err)
	}
	if missing := srv.Missing(); len(missing) > 0 {
		warn(env, "serve", fmt.Sprintf("%s not in this build, so the page cannot run; run `make run` (or `make wasm` before `go build`)",
			strings.Join(missing, ", ")))
	}

	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	fmt.Fprintf(env.Stdout, "tcsig: %s\n", message.New(message.ServeServing, pageURL(ln.Addr())).Render(env.Lang))
	if !isLoopback(ln.Addr()) {
		warn(env, "serve", message.New(message.ServeOpen, ln.Addr().String()).Render(env.Lang))
	}

	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return fail(env, "serve", err) // Serve only returns early on a listener failure
	case <-ctx.Done():
	}

	// Finish requests in flight, then close the websockets (hijacked, so
	// Shutdown does not wait for them) and any relayed call still running.
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
	}
	rl.Close()
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fail(env, "serve", err)
	}
	fmt.Fprintln(env.Stdout, "tcsig: "+message.New(message.ServeStopped).Render(env.Lang))
	return ExitOK
}

// pageURL is the address to open: an unspecified listen host (0.0.0.0,
// ::) is reachable as localhost.
func pageURL(addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return "http://" + addr.String() + "/"
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

func isLoopback(addr net.Addr) bool {
	tcp, ok := addr.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}
