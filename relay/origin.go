package relay

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/tcsig/tcsig/internal/message"
)

// normalizeOrigin checks an AllowOrigins entry and returns it as parseOrigin would return the
// browser's Origin for that site. A trailing "/" is tolerated here, since people copy URLs.
func normalizeOrigin(s string) (string, error) {
	if strings.Contains(s, "*") {
		return "", fmt.Errorf("origin %q: wildcards are not supported; list each origin", s)
	}
	norm, err := parseOrigin(strings.TrimSuffix(s, "/"))
	if err != nil {
		return "", fmt.Errorf("origin %q: %w; want scheme://host[:port], e.g. https://tools.example.com", s, err)
	}
	return norm, nil
}

// parseOrigin checks an Origin as browsers serialise it — scheme "://" host [":" port] and
// nothing else (RFC 6454 §6.1) — and returns it normalised: lower case, without the scheme's
// default port. An Origin with a path, query, fragment, user info or escapes is no browser's,
// and each spelling of one site must count as that one site (the rate limit is keyed on it).
func parseOrigin(s string) (string, error) {
	if strings.ContainsAny(s, "%#?@\\") {
		return "", errors.New("an origin has no path, query, fragment, user info or escapes")
	}
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return "", errors.New("not a URL")
	case u.Scheme != "http" && u.Scheme != "https":
		return "", errors.New("the scheme must be http or https")
	case u.Opaque != "" || u.Hostname() == "" || strings.HasSuffix(u.Host, ":"):
		return "", errors.New("missing host")
	case u.Path != "" || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || u.User != nil:
		return "", errors.New("an origin has no path, query, fragment or user info")
	}
	host, port := strings.ToLower(u.Hostname()), u.Port()
	if port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n < 1 || n > 65535 {
			return "", fmt.Errorf("port %s out of range", port)
		}
		port = strconv.Itoa(n) // "08080" is 8080
	}
	if port == defaultPort(u.Scheme) {
		port = ""
	}
	return u.Scheme + "://" + joinHostPort(host, port), nil
}

func defaultPort(scheme string) string {
	if scheme == "https" {
		return "443"
	}
	return "80"
}

// joinHostPort is net.JoinHostPort that leaves the port out when it is empty.
func joinHostPort(host, port string) string {
	if port == "" {
		if strings.Contains(host, ":") {
			return "[" + host + "]"
		}
		return host
	}
	return net.JoinHostPort(host, port)
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

// checkOrigin is the relay's one origin policy, for /relay/ and /ws alike: the page's own
// origin (same host and port as the request) or a configured one. It returns the normalised
// origin and whether it is the page's own. Origin is anti-embedding, not authentication —
// non-browser clients send what they like.
func (rl *Relay) checkOrigin(origin, requestHost string) (norm string, page bool, err error) {
	norm, err = parseOrigin(origin)
	if err != nil {
		return "", false, refuseMsg(errOriginNotAllowed, message.RelayOriginBad, strconv.Quote(origin), err)
	}
	scheme, hostport, _ := strings.Cut(norm, "://")
	if hostport == normalizeHost(requestHost, scheme) {
		return norm, true, nil
	}
	if rl.origins[norm] {
		return norm, false, nil
	}
	return "", false, refuseMsg(errOriginNotAllowed, message.RelayOriginRefused, origin)
}

// normalizeHost is a Host header as parseOrigin writes an origin's host[:port] for scheme.
func normalizeHost(hostport, scheme string) string {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = strings.TrimSuffix(strings.TrimPrefix(hostport, "["), "]"), ""
	}
	if port == defaultPort(scheme) {
		port = ""
	}
	return joinHostPort(strings.ToLower(host), port)
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
		return refuseMsg(errMethodNotAllowed, message.RelayMethod, m)
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

// allow takes a token from key's bucket. Once the map is nearly full, only the page's own
// origin may add keys: a flood of new clients cannot lock the page out.
func (l *keyedLimiter) allow(key string, page bool, now time.Time) bool {
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
			if len(l.buckets) >= maxKeys || !page && len(l.buckets) >= maxKeys-maxKeys/reserveShare {
				return false
			}
		}
		b = &tokenBucket{}
		l.buckets[key] = b
	}
	return b.allow(now, l.rate)
}
