package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/emulate"
	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
)

// EnvEmulateKeys lists the local endpoint's keys: "id:key,id:key".
const EnvEmulateKeys = "TCSIG_EMULATE_KEYS"

const emulateSynopsis = `Usage: tcsig emulate [--addr 127.0.0.1:PORT] [--key SECRETID:SECRETKEY]...

Runs a local endpoint that verifies requests the way Tencent Cloud API 3.0
does and answers in the API's JSON shape (HTTP 200, Response.Error.Code), so
an SDK can use it as its endpoint, e.g. in Go:
  cpf.HttpProfile.Endpoint = "127.0.0.1:PORT"; cpf.HttpProfile.Scheme = "HTTP"
Keys come from --key, else ` + EnvEmulateKeys + `="id:key,id:key", and from
nowhere else: never from ` + EnvSecretID + `/` + EnvSecretKey + `. The endpoint
answers as the API does and never discloses an expected signature; run
tcsig verify to see why a signature fails. It answers requests for localhost,
loopback addresses and *.tencentcloudapi.com names only (421 otherwise).
Nothing is forwarded anywhere.
With the offline API catalog (tcsig catalog; --no-catalog turns it off) a
correctly signed request is also checked like the API does: InvalidAction,
NoSuchVersion, MissingParameter, UnknownParameter, InvalidParameter; and a
request that passes gets the action's response fields with placeholder
values beside its RequestId.

Flags:
`

// Server timeouts: a 10 MB TC3 body on a slow link still fits ReadTimeout.
const (
	emulateReadHeaderTimeout = 10 * time.Second
	emulateReadTimeout       = time.Minute
	emulateWriteTimeout      = time.Minute
	emulateIdleTimeout       = 2 * time.Minute
	emulateShutdownGrace     = 5 * time.Second
	// A GET carries up to 32 KB of query in its request line.
	emulateMaxHeaderBytes = protocol.LimitGET + 32<<10
)

type emulateFlags struct {
	addr      string
	keys      []string
	keyFlag   bool
	noCatalog *bool
}

func newEmulateFlagSet(f *emulateFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("emulate", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.addr, "addr", "127.0.0.1:9000", "`host:port` to listen on (port 0 picks a free one)")
	fs.Func("key", "`SECRETID:SECRETKEY` the endpoint accepts (repeatable; prefer $"+EnvEmulateKeys+": a flag shows in ps and shell history)", func(s string) error {
		f.keys = append(f.keys, s)
		f.keyFlag = true
		return nil
	})
	f.noCatalog = addCatalogFlag(fs)
	return fs
}

// runEmulate implements tcsig emulate.
func runEmulate(ctx context.Context, args []string, env Env) int {
	env.Lang = localeLang(env) // a server's lines follow the locale
	var f emulateFlags
	fs := newEmulateFlagSet(&f)
	if err := parseFlags(fs, args); err != nil {
		return parseFailed(env, fs, emulateSynopsis, err)
	}
	keys, err := emulateKeys(&f, env)
	if err != nil {
		return fail(env, "emulate", err)
	}
	var secrets []string
	for _, k := range keys {
		secrets = append(secrets, k)
	}
	env.Stderr = &redactor{w: env.Stderr, secrets: secrets}
	if f.keyFlag {
		warn(env, "emulate", message.New(message.CLIEmulateKeyFlag, EnvEmulateKeys).Render(env.Lang))
	}

	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return fail(env, "emulate", fmt.Errorf("--addr %s: %w", f.addr, err))
	}
	logger := slog.New(slog.NewTextHandler(env.Stderr, nil))
	opts, loopback := emulateOptions(ln.Addr(), env, logger)
	opts.Catalog = emulateCatalog(*f.noCatalog)
	hs := &http.Server{
		Handler:           emulate.New(keys, opts),
		ReadHeaderTimeout: emulateReadHeaderTimeout,
		ReadTimeout:       emulateReadTimeout,
		WriteTimeout:      emulateWriteTimeout,
		IdleTimeout:       emulateIdleTimeout,
		MaxHeaderBytes:    emulateMaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	fmt.Fprintf(env.Stdout, "tcsig emulate: %s\n", message.New(message.EmulateListening, ln.Addr().String()).Render(env.Lang))
	if !loopback {
		warn(env, "emulate", message.New(message.EmulateOpen, ln.Addr().String(), emulateHosts(opts.AlsoHosts)).Render(env.Lang))
	}

	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return fail(env, "emulate", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), emulateShutdownGrace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fail(env, "emulate", err)
	}
	fmt.Fprintln(env.Stdout, "tcsig emulate: "+message.New(message.EmulateStopped).Render(env.Lang))
	return ExitOK
}

// emulateOptions turns the Host guard on. A listener on one address beyond
// loopback accepts that address as a Host too: clients name it, and an
// address literal cannot be rebound to another site's name.
func emulateOptions(addr net.Addr, env Env, logger *slog.Logger) (opts emulate.Options, loopback bool) {
	opts = emulate.Options{Now: env.Now, Logger: logger, GuardHost: true}
	tcp, _ := addr.(*net.TCPAddr)
	loopback = tcp != nil && tcp.IP.IsLoopback()
	if tcp != nil && !loopback && !tcp.IP.IsUnspecified() {
		opts.AlsoHosts = []string{tcp.IP.String()}
	}
	return opts, loopback
}

// emulateKeys collects SecretId → SecretKey from --key, else
// TCSIG_EMULATE_KEYS. No credential of the CLI's (TENCENTCLOUD_SECRET_*)
// ever applies: those are a developer's real keys, and the emulator answers
// anyone who reaches its port.
func emulateKeys(f *emulateFlags, env Env) (map[string]string, error) {
	list, from := f.keys, "--key"
	if len(list) == 0 {
		if v := env.Getenv(EnvEmulateKeys); v != "" {
			list, from = strings.Split(v, ","), EnvEmulateKeys
		}
	}
	keys := map[string]string{}
	for _, entry := range list {
		id, key, ok := strings.Cut(entry, ":")
		if !ok || id == "" || key == "" {
			return nil, message.Errorf(message.CLIEmulateKeySyntax, from, len(entry))
		}
		if strings.TrimSpace(id) != id || strings.TrimSpace(key) != key {
			return nil, message.Errorf(message.CLIEmulateKeySpace, from, idPrefix(id))
		}
		if _, dup := keys[id]; dup {
			return nil, message.Errorf(message.CLIEmulateKeyTwice, from, idPrefix(id))
		}
		keys[id] = key
	}
	if len(keys) == 0 {
		return nil, message.Errorf(message.CLIEmulateNoKeys, EnvEmulateKeys, EnvSecretID, EnvSecretKey)
	}
	return keys, nil
}

// emulateHosts names the Host headers the emulator answers to.
func emulateHosts(also []string) string {
	s := "localhost, loopback addresses and *." + endpoints.RootDomain
	if len(also) > 0 {
		s = strings.Join(also, ", ") + ", " + s
	}
	return s
}

// emulateCatalog is the catalog the endpoint answers from, nil with
// --no-catalog.
func emulateCatalog(off bool) *catalog.Catalog {
	if off {
		return nil
	}
	return newCatalog()
}

// idPrefix is the first eight characters of a SecretId: enough to find the
// entry, short of the whole ID.
func idPrefix(id string) string {
	r := []rune(id)
	return string(r[:min(len(r), 8)])
}
