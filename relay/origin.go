package relay

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// normalizeOrigin checks an AllowOrigins entry and returns it as the browser sends it in
// Origin, lower-cased: scheme://host[:port].
func normalizeOrigin(s string) (string, error) {
	if s == "*" || strings.Contains(s, "*") {
		return "", fmt.Errorf("origin %q: wildcards are not supported; list each origin", s)
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", fmt.Errorf("origin %q: %w", s, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.User != nil ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("origin %q: want scheme://host[:port], e.g. https://tools.example.com", s)
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), nil
}

// Validate reports configuration errors New would otherwise log and skip, so a CLI can refuse
// a bad --allow-origin at start-up.
func (cfg Config) Validate() error {
	for _, o := range cfg.AllowOrigins {
		if _, err := normalizeOrigin(o); err != nil {
			return err
		}
	}
	if cfg.OriginRate.PerSecond > 0 && cfg.OriginRate.Burst < 0 {
		return fmt.Errorf("origin burst %d: must not be negative", cfg.OriginRate.Burst)
	}
	return nil
}

// originAllowed is the relay's one origin policy, for /relay/ and /ws alike: the page's own
// origin (same host as the request) or a configured one. Origin is anti-embedding, not
// authentication — non-browser clients send what they like.
func (rl *Relay) originAllowed(origin, requestHost string) bool {
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return false // includes "null"
	}
	if strings.EqualFold(u.Host, requestHost) {
		return true
	}
	return rl.origins[strings.ToLower(u.Scheme+"://"+u.Host)]
}

// setCORS lets an allowed origin read the answer. No credentials are ever allowed.
func setCORS(h http.Header, origin string) {
	h.Set("Access-Control-Allow-Origin", origin)
	h.Add("Vary", "Origin")
	h.Set("Access-Control-Expose-Headers", "*")
}

// preflight answers a CORS preflight from an allowed origin for GET/POST with the API's headers.
func preflight(w http.ResponseWriter, r *http.Request) error {
	switch m := r.Header.Get("Access-Control-Request-Method"); m {
	case http.MethodGet, http.MethodPost:
	default:
		return refuse(errMethodNotAllowed, "method %s not allowed: Tencent Cloud API accepts GET and POST", m)
	}
	var allowed []string
	for _, line := range r.Header.Values("Access-Control-Request-Headers") {
		for name := range strings.SplitSeq(line, ",") {
			name = strings.ToLower(strings.TrimSpace(name))
			if name != "" && preflightHeaderAllowed(name) {
				allowed = append(allowed, name)
			}
		}
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Methods", "GET, POST")
	if len(allowed) > 0 {
		h.Set("Access-Control-Allow-Headers", strings.Join(allowed, ", "))
	}
	h.Set("Access-Control-Max-Age", "600")
	h.Add("Vary", "Access-Control-Request-Method")
	h.Add("Vary", "Access-Control-Request-Headers")
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// rateKey is whom the per-origin rate applies to: the Origin, or the client's IP without one.
func rateKey(r *http.Request, origin string) string {
	if origin != "" {
		return "origin " + strings.ToLower(origin)
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return "ip " + host
}

// tokenBucket is a classic token bucket; the caller holds whatever lock guards it.
type tokenBucket struct {
	tokens float64
	last   time.Time
}

func (b *tokenBucket) allow(now time.Time, rate Rate) bool {
	if b.last.IsZero() {
		b.tokens = float64(rate.Burst)
	} else if elapsed := now.Sub(b.last).Seconds(); elapsed > 0 {
		b.tokens = min(float64(rate.Burst), b.tokens+elapsed*rate.PerSecond)
	}
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// full reports whether the bucket has refilled, i.e. its key is idle and can be forgotten.
func (b *tokenBucket) full(now time.Time, rate Rate) bool {
	return b.tokens+now.Sub(b.last).Seconds()*rate.PerSecond >= float64(rate.Burst)
}

// keyedLimiter holds one bucket per key, forgetting idle keys so the map stays bounded.
type keyedLimiter struct {
	rate    Rate
	mu      sync.Mutex
	buckets map[string]*tokenBucket
}

const (
	sweepAbove = 1024     // forget idle keys once this many are held
	maxKeys    = 4 * 1024 // past this, new keys are refused until old ones go idle
)

func newKeyedLimiter(rate Rate) *keyedLimiter {
	return &keyedLimiter{rate: rate, buckets: make(map[string]*tokenBucket)}
}

func (l *keyedLimiter) allow(key string, now time.Time) bool {
	if l.rate.PerSecond < 0 {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[key]
	if b == nil {
		if len(l.buckets) >= sweepAbove {
			for k, old := range l.buckets {
				if old.full(now, l.rate) {
					delete(l.buckets, k)
				}
			}
			if len(l.buckets) >= maxKeys {
				return false
			}
		}
		b = &tokenBucket{}
		l.buckets[key] = b
	}
	return b.allow(now, l.rate)
}
