package relay

import (
	"net/http"
	"net/netip"
	"strings"
	"sync"

	"github.com/tcsig/tcsig/internal/message"
)

// client is whom a cap counts against: the sender's address and the normalised Origin, so that
// one client cannot use up what the server offers everyone, and respelling an Origin does not
// make a new client.
type client struct {
	addr   string // the client's address (an IPv6 client's /64), after trusted proxies
	origin string // normalised Origin; "" without one
	page   bool   // the server's own page: it keeps a reserved share of every cap
}

// key names the client in the caps' maps. The page's own origin is one key however the Host
// was spelled, so changing the Host's port does not buy a fresh share.
func (c client) key() string {
	switch {
	case c.page:
		return c.addr + " page"
	case c.origin == "":
		return c.addr + " -"
	}
	return c.addr + " " + c.origin
}

// newClient identifies the sender of r. origin and page come from checkOrigin. A request without
// an Origin counts as the page's when the browser says it is same-origin (browsers send no Origin
// on a same-origin GET, but do send Sec-Fetch-Site, which scripts cannot set).
func (rl *Relay) newClient(r *http.Request, origin string, page bool) client {
	if origin == "" && r.Header.Get("Sec-Fetch-Site") == "same-origin" {
		page = true
	}
	return client{addr: clientAddr(r, rl.cfg.TrustedProxies), origin: origin, page: page}
}

// clientAddr is the address that sent r: the peer's, or — when the peer is a trusted proxy — the
// rightmost X-Forwarded-For entry that is not itself a trusted proxy (what nginx's
// real_ip_recursive and Caddy's trusted_proxies do). X-Forwarded-For from anyone else is
// ignored: a client could otherwise name a fresh address on every request.
func clientAddr(r *http.Request, trusted []netip.Prefix) string {
	peer, ok := parseAddr(r.RemoteAddr)
	if !ok {
		return r.RemoteAddr
	}
	if !inPrefixes(peer, trusted) {
		return group(peer)
	}
	hops := r.Header.Values("X-Forwarded-For")
	for i := len(hops) - 1; i >= 0; i-- {
		entries := strings.Split(hops[i], ",")
		for j := len(entries) - 1; j >= 0; j-- {
			a, ok := parseAddr(strings.TrimSpace(entries[j]))
			if !ok {
				return group(peer) // a hop we cannot read: stop at the last one we trust
			}
			peer = a
			if !inPrefixes(a, trusted) {
				return group(a)
			}
		}
	}
	return group(peer)
}

// parseAddr reads "ip", "ip:port" or "[ipv6]:port".
func parseAddr(s string) (netip.Addr, bool) {
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap(), true
	}
	a, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(s, "["), "]"))
	if err != nil || a.Zone() != "" {
		return netip.Addr{}, false
	}
	return a.Unmap(), true
}

func inPrefixes(a netip.Addr, ps []netip.Prefix) bool {
	for _, p := range ps {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// group is the unit a cap counts: an IPv4 address, or an IPv6 /64 (one host or home network is
// usually given a whole /64, so single addresses would be free to mint).
func group(a netip.Addr) string {
	if a.Is4() {
		return a.String()
	}
	return netip.PrefixFrom(a, 64).Masked().String()
}

// reserveShare is the part of each cap held back for the server's own page: 1/reserveShare.
const reserveShare = 4

// slots caps how many of something (relayed calls, websockets) are held at once: in all, per
// client, and with a quarter of the total reserved for the server's own page, so neither one
// client nor every other origin together can lock the page out.
type slots struct {
	total, perClient, reserve int

	mu       sync.Mutex
	inUse    int
	byClient map[string]int // only clients holding a slot: at most total keys
}

func newSlots(total, perClient int) *slots {
	return &slots{total: total, perClient: min(perClient, total), reserve: total / reserveShare, byClient: map[string]int{}}
}

// take holds a slot for c, or explains which limit is reached.
func (s *slots) take(c client) (release func(), full message.Msg) {
	key := c.key()
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.byClient[key] >= s.perClient:
		return nil, message.New(message.RelayFullClient)
	case s.inUse >= s.total:
		return nil, message.New(message.RelayFullServer)
	case !c.page && s.inUse >= s.total-s.reserve:
		return nil, message.New(message.RelayFullOtherPages)
	}
	s.inUse++
	s.byClient[key]++
	var once sync.Once
	return func() { once.Do(func() { s.release(key) }) }, message.Msg{}
}

func (s *slots) release(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.inUse--
	if s.byClient[key]--; s.byClient[key] <= 0 {
		delete(s.byClient, key)
	}
}

func (s *slots) held() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inUse
}
