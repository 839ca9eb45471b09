package relay

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tcsig/tcsig/internal/httpguard"
	"github.com/tcsig/tcsig/internal/message"
)

// Relay forwards already-signed Tencent Cloud API calls from the page to
// *.tencentcloudapi.com and streams what it learns about each call to the page's websocket.
// Create one with New, mount Handler at PathPrefix and PathEvents, and Close it on shutdown.
type Relay struct {
	log       *slog.Logger
	cfg       Config
	origins   map[string]bool // normalised AllowOrigins
	dialer    *dialer
	tlsConfig *tls.Config // upstream TLS, shared by the transport and the probe
	transport *http.Transport
	calls     *slots // relayed calls in flight
	sockets   *slots // open /ws connections
	perClient *keyedLimiter
	hub       *hub
	bufs      sync.Pool // *[]byte of copyBufSize
	now       func() time.Time

	idPrefix string
	seq      atomic.Uint64

	base      context.Context // cancelled by Close
	stop      context.CancelFunc
	closeOnce sync.Once
}

const copyBufSize = 32 << 10

// New returns a Relay. logger receives one line per relayed call; nil discards. Invalid
// AllowOrigins entries are logged and skipped (Config.Validate reports them up front).
func New(logger *slog.Logger, cfg Config) *Relay {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.withDefaults()
	rl := &Relay{
		log:       logger,
		cfg:       cfg,
		origins:   make(map[string]bool, len(cfg.AllowOrigins)),
		dialer:    newDialer(cfg),
		calls:     newSlots(cfg.MaxConcurrent, cfg.MaxConcurrentPerClient),
		sockets:   newSlots(cfg.MaxWebsockets, cfg.MaxWebsocketsPerClient),
		perClient: newKeyedLimiter(cfg.OriginRate),
		hub:       newHub(),
		now:       time.Now,
		idPrefix:  strings.ToLower(rand.Text()[:8]),
	}
	rl.base, rl.stop = context.WithCancel(context.Background())
	rl.bufs.New = func() any {
		b := make([]byte, copyBufSize)
		return &b
	}
	for _, o := range cfg.AllowOrigins {
		norm, err := normalizeOrigin(o)
		if err != nil {
			logger.Warn("relay: ignoring allowed origin", "error", err)
			continue
		}
		rl.origins[norm] = true
	}
	rl.tlsConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	if cfg.seams != nil {
		rl.tlsConfig.RootCAs = cfg.seams.RootCAs
	}
	rl.transport = &http.Transport{
		Proxy:                  nil, // never an environment proxy: the relay dials the API itself
		DialContext:            rl.dialer.DialContext,
		TLSClientConfig:        rl.tlsConfig,
		TLSHandshakeTimeout:    cfg.Timeouts.TLSHandshake,
		ResponseHeaderTimeout:  cfg.Timeouts.ResponseHeader,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           256,
		MaxIdleConnsPerHost:    64, // the default 2 re-dials under load
		IdleConnTimeout:        90 * time.Second,
		MaxResponseHeaderBytes: 64 << 10,
		DisableCompression:     true, // no Accept-Encoding added: the receipt lists what is sent
		WriteBufferSize:        copyBufSize,
		ReadBufferSize:         copyBufSize,
	}
	// The transport never follows redirects (only http.Client does, and the relay has none):
	// a 3xx goes back to the page as is, without its Location header.
	return rl
}

// Handler serves the relay endpoint (paths under PathPrefix, "/relay/") and the event
// websocket (PathEvents, "/ws"). Mount it at both on the server's mux, without StripPrefix:
//
//	mux.Handle(relay.PathPrefix, h)
//	mux.Handle(relay.PathEvents, h)
func (rl *Relay) Handler() http.Handler {
	return httpguard.CloseAfterTransferEncoding(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == PathEvents:
			rl.serveEvents(w, r)
		case strings.HasPrefix(r.URL.Path, PathPrefix):
			rl.serveRelay(w, r)
		default:
			writeError(w, refuseMsg(errNotFound, message.RelayServesEvents, PathPrefix+"{host}/", PathEvents), "")
		}
	}), takesBody)
}

// takesBody: only a relayed POST has a body, which a client may send chunked.
func takesBody(r *http.Request) bool {
	return r.Method == http.MethodPost && strings.HasPrefix(r.URL.Path, PathPrefix)
}

// Close closes every websocket (status 1001, going away), cancels probes and relayed calls in
// flight, and closes idle upstream connections. It waits for the websocket handlers to return.
func (rl *Relay) Close() {
	rl.closeOnce.Do(func() {
		rl.hub.closeAll()
		rl.stop()
		rl.hub.open.Wait()
		rl.transport.CloseIdleConnections()
	})
}

// newCallID names a call when the page did not: the relay's random prefix and a counter.
func (rl *Relay) newCallID() string {
	return "relay-" + rl.idPrefix + "-" + strconv.FormatUint(rl.seq.Add(1), 10)
}

func (rl *Relay) getBuf() *[]byte  { return rl.bufs.Get().(*[]byte) }
func (rl *Relay) putBuf(b *[]byte) { rl.bufs.Put(b) }
