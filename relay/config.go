package relay

import (
	"net/netip"
	"time"
)

// Config configures a Relay. The zero value is a safe production configuration: every zero
// field takes the default written beside it.
type Config struct {
	// AllowOrigins lists browser origins, besides the page's own, that may call /relay/ and open
	// /ws: "scheme://host[:port]" (e.g. "https://tools.example.com"), compared exactly and
	// case-insensitively. The page's own origin (an Origin whose host equals the request's Host)
	// is always allowed. "*" is not supported: the relay never answers Access-Control-Allow-Origin: *.
	// (CLI: --allow-origin, repeatable.)
	AllowOrigins []string

	// MaxConcurrent caps relayed calls in flight; past it the relay answers 429
	// Relay.TooManyRequests at once. A quarter of it is reserved for the server's own page.
	// Default 128. (CLI: --max-relays.)
	MaxConcurrent int

	// MaxConcurrentPerClient caps the relayed calls in flight of one client: one remote address
	// (an IPv6 /64) with one normalised Origin. Default half of MaxConcurrent.
	MaxConcurrentPerClient int

	// OriginRate limits relayed calls per client (remote address and normalised Origin).
	// Default 20 calls/s with a burst of 100. PerSecond < 0 disables the limit.
	// (CLI: --origin-rate, --origin-burst.)
	OriginRate Rate

	// TrustedProxies are the proxies whose X-Forwarded-For names the client. Requests from
	// anywhere else are counted against their own address, whatever X-Forwarded-For says.
	// Default none. (CLI: --trusted-proxy, repeatable.)
	TrustedProxies []netip.Prefix

	// Timeouts for upstream calls and the websocket; zero fields take their defaults.
	Timeouts Timeouts

	// MaxResponseBytes caps one upstream response body; a longer response is cut off (the client
	// sees a truncated, aborted response). Default 64 MiB.
	MaxResponseBytes int64

	// RegionalHosts returns the regional API domains of a service for the /ws latency probe
	// (endpoints.RegionalHosts). Nil disables the probe. Hosts outside the allowlist are
	// reported as errors, never dialled.
	RegionalHosts func(service string) []string

	// MaxWebsockets caps concurrent /ws connections; past it /ws answers 429. A quarter of it
	// is reserved for the server's own page. Default 64.
	MaxWebsockets int

	// MaxWebsocketsPerClient caps the /ws connections of one client (as MaxConcurrentPerClient).
	// Default a quarter of MaxWebsockets.
	MaxWebsocketsPerClient int

	// ProbeConcurrency bounds the concurrent dials of one probe. Default 16.
	ProbeConcurrency int

	// seams are the test seams (seams.go): nil in production, and unexported so that no
	// importer can switch the SSRF checks off. Only the relay's tests and, in builds with
	// -tags tcsigtest, SetTestSeams set them.
	seams *testSeams
}

// Rate is a token-bucket rate: PerSecond tokens are added each second, up to Burst.
type Rate struct {
	PerSecond float64
	Burst     int
}

// Timeouts bounds each stage of a relayed call and of the websocket.
type Timeouts struct {
	Dial           time.Duration // DNS + TCP connect to the upstream. Default 5s.
	TLSHandshake   time.Duration // TLS handshake with the upstream. Default 5s.
	ResponseHeader time.Duration // request fully written → response headers. Default 30s.
	Total          time.Duration // the whole call, both bodies streamed. Default 2m.
	Probe          time.Duration // one latency probe, all hosts. Default 10s.
	ProbeHost      time.Duration // one host of a probe: DNS, connect and TLS. Default 3s.
	WebsocketWrite time.Duration // writing one event to the page. Default 5s.
	Ping           time.Duration // websocket keepalive ping interval. Default 30s.
}

// Defaults.
const (
	defaultMaxConcurrent    = 128
	defaultOriginPerSecond  = 20
	defaultOriginBurst      = 100
	defaultMaxResponseBytes = 64 << 20
	defaultMaxWebsockets    = 64
	defaultProbeConcurrency = 16
	maxProbeHosts           = 64
)

// withDefaults returns cfg with every zero field set to its default.
func (cfg Config) withDefaults() Config {
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = defaultMaxConcurrent
	}
	if cfg.OriginRate.PerSecond == 0 {
		cfg.OriginRate.PerSecond = defaultOriginPerSecond
	}
	if cfg.OriginRate.Burst <= 0 {
		cfg.OriginRate.Burst = defaultOriginBurst
	}
	if cfg.MaxResponseBytes <= 0 {
		cfg.MaxResponseBytes = defaultMaxResponseBytes
	}
	if cfg.MaxWebsockets <= 0 {
		cfg.MaxWebsockets = defaultMaxWebsockets
	}
	// Per-client shares follow the totals they divide.
	if cfg.MaxConcurrentPerClient <= 0 {
		cfg.MaxConcurrentPerClient = max(1, cfg.MaxConcurrent/2)
	}
	if cfg.MaxWebsocketsPerClient <= 0 {
		cfg.MaxWebsocketsPerClient = max(1, cfg.MaxWebsockets/4)
	}
	if cfg.ProbeConcurrency <= 0 {
		cfg.ProbeConcurrency = defaultProbeConcurrency
	}
	cfg.Timeouts = cfg.Timeouts.withDefaults()
	return cfg
}

func (t Timeouts) withDefaults() Timeouts {
	set := func(d *time.Duration, def time.Duration) {
		if *d <= 0 {
			*d = def
		}
	}
	set(&t.Dial, 5*time.Second)
	set(&t.TLSHandshake, 5*time.Second)
	set(&t.ResponseHeader, 30*time.Second)
	set(&t.Total, 2*time.Minute)
	set(&t.Probe, 10*time.Second)
	set(&t.ProbeHost, 3*time.Second)
	set(&t.WebsocketWrite, 5*time.Second)
	set(&t.Ping, 30*time.Second)
	return t
}
