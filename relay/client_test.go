package relay

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/require"
)

// clientFrom is an HTTP client whose connections leave from source, a 127.0.0.x address
// (Linux routes all of 127/8 to the loopback interface).
func clientFrom(t testing.TB, source string) *http.Client {
	t.Helper()
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(source)}}
	tr := &http.Transport{DialContext: d.DialContext, DisableCompression: true, MaxIdleConnsPerHost: 64}
	t.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr}
}

// holdingUpstream answers only once release is closed; arrived receives one value per call that
// reached it, so a test counts calls without timing them.
func holdingUpstream(t testing.TB) (addr netip.AddrPort, arrived chan struct{}, release func()) {
	t.Helper()
	arrived = make(chan struct{}, 64)
	done := make(chan struct{})
	_, addr = newUpstream(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		select {
		case <-done:
		case <-r.Context().Done():
		}
		okJSON(w, r)
	}))
	var closed bool
	release = func() {
		if !closed {
			closed = true
			close(done)
		}
	}
	t.Cleanup(release)
	return addr, arrived, release
}

// held starts a relayed call from c that the upstream holds, and waits until it arrived there.
// The returned channel gets the call's status once released.
func held(t *testing.T, tr *testRelay, c *http.Client, arrived chan struct{}, edit func(http.Header)) chan int {
	t.Helper()
	status := make(chan int, 1)
	req := tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader("{}"))
	if edit != nil {
		edit(req.Header)
	}
	go func() {
		resp, err := c.Do(req)
		if err != nil {
			status <- 0
			return
		}
		resp.Body.Close()
		status <- resp.StatusCode
	}()
	select {
	case <-arrived:
	case s := <-status:
		require.FailNow(t, "the call was answered instead of reaching the upstream", "status %d", s)
	}
	return status
}

// refused makes a call from c that must be answered by the relay itself with status and code.
func refused(t *testing.T, tr *testRelay, c *http.Client, edit func(http.Header), status int, code string) {
	t.Helper()
	req := tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader("{}"))
	if edit != nil {
		edit(req.Header)
	}
	resp, err := c.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.Equal(t, status, resp.StatusCode, "body: %s", body)
	require.Equal(t, code, relayErrorCode(t, body))
}

func withOrigin(o string) func(http.Header) {
	return func(h http.Header) { h.Set("Origin", o) }
}

func withXFF(v string) func(http.Header) {
	return func(h http.Header) { h.Set("X-Forwarded-For", v) }
}

// TestRelayCapPerClient: one client (address 127.0.0.2) holding its share of relayed calls is
// refused more, while another address is still served.
func TestRelayCapPerClient(t *testing.T) {
	addr, arrived, release := holdingUpstream(t)
	tr := newTestRelay(t, Config{MaxConcurrent: 8, MaxConcurrentPerClient: 2, OriginRate: Rate{PerSecond: -1}, seams: loopbackSeams(addr)})
	a, b := clientFrom(t, "127.0.0.2"), clientFrom(t, "127.0.0.3")
	first, second := held(t, tr, a, arrived, nil), held(t, tr, a, arrived, nil)
	refused(t, tr, a, nil, http.StatusTooManyRequests, CodeTooManyRequests)
	third := held(t, tr, b, arrived, nil)
	require.Equal(t, 3, tr.calls.held())
	release()
	for _, s := range []chan int{first, second, third} {
		require.Equal(t, http.StatusOK, <-s)
	}
	require.Len(t, arrived, 0, "the refused call never reached the upstream")
}

// TestRelayCapReserveForPage: clients from other origins (and without one) cannot take the
// quarter of the cap reserved for the server's own page.
func TestRelayCapReserveForPage(t *testing.T) {
	addr, arrived, release := holdingUpstream(t)
	tr := newTestRelay(t, Config{MaxConcurrent: 4, MaxConcurrentPerClient: 4, OriginRate: Rate{PerSecond: -1},
		AllowOrigins: []string{"https://tools.example.com"}, seams: loopbackSeams(addr)})
	a, b := clientFrom(t, "127.0.0.2"), clientFrom(t, "127.0.0.3")
	other := withOrigin("https://tools.example.com")
	var calls []chan int
	calls = append(calls, held(t, tr, a, arrived, other), held(t, tr, a, arrived, nil), held(t, tr, b, arrived, other))
	refused(t, tr, b, nil, http.StatusTooManyRequests, CodeTooManyRequests)
	refused(t, tr, b, other, http.StatusTooManyRequests, CodeTooManyRequests)
	calls = append(calls, held(t, tr, b, arrived, withOrigin(tr.front.URL))) // the page's own origin
	refused(t, tr, b, withOrigin(tr.front.URL), http.StatusTooManyRequests, CodeTooManyRequests)
	release()
	for _, s := range calls {
		require.Equal(t, http.StatusOK, <-s)
	}
}

// TestSameOriginGetCountsAsPage: a same-origin fetch carries no Origin but Sec-Fetch-Site.
func TestSameOriginGetCountsAsPage(t *testing.T) {
	req := httptest.NewRequest(http.MethodGet, "/relay/cvm.tencentcloudapi.com/", nil)
	rl := New(nil, Config{})
	defer rl.Close()
	require.False(t, rl.newClient(req, "", false).page)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	require.True(t, rl.newClient(req, "", false).page)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	require.False(t, rl.newClient(req, "", false).page)
}

// TestTrustedProxy: X-Forwarded-For names the client only when a trusted proxy sent it.
func TestTrustedProxy(t *testing.T) {
	addr, arrived, release := holdingUpstream(t)
	tr := newTestRelay(t, Config{MaxConcurrent: 16, MaxConcurrentPerClient: 1, OriginRate: Rate{PerSecond: -1},
		TrustedProxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.2/32")}, seams: loopbackSeams(addr)})
	proxy, direct := clientFrom(t, "127.0.0.2"), clientFrom(t, "127.0.0.3")
	var calls []chan int
	calls = append(calls, held(t, tr, proxy, arrived, withXFF("198.51.100.1")))
	calls = append(calls, held(t, tr, proxy, arrived, withXFF("198.51.100.2")), held(t, tr, proxy, arrived, withXFF("198.51.100.3, 127.0.0.2")))
	refused(t, tr, proxy, withXFF("198.51.100.1"), http.StatusTooManyRequests, CodeTooManyRequests)
	refused(t, tr, proxy, withXFF("198.51.100.9, 198.51.100.2"), http.StatusTooManyRequests, CodeTooManyRequests)

	calls = append(calls, held(t, tr, direct, arrived, withXFF("198.51.100.4")))
	refused(t, tr, direct, withXFF("198.51.100.5"), http.StatusTooManyRequests, CodeTooManyRequests) // not trusted: ignored
	release()
	for _, s := range calls {
		require.Equal(t, http.StatusOK, <-s)
	}
}

func TestClientAddr(t *testing.T) {
	trusted := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("fd00::/8")}
	cases := []struct {
		name, remote string
		xff          []string
		want         string
	}{
		{"direct", "192.0.2.1:5000", nil, "192.0.2.1"},
		{"direct ignores XFF", "192.0.2.1:5000", []string{"198.51.100.7"}, "192.0.2.1"},
		{"trusted proxy", "10.0.0.1:5000", []string{"198.51.100.7"}, "198.51.100.7"},
		{"trusted proxy chain", "10.0.0.1:5000", []string{"203.0.113.9, 198.51.100.7, 10.1.1.1"}, "198.51.100.7"},
		{"two header lines", "10.0.0.1:5000", []string{"203.0.113.9", "198.51.100.7"}, "198.51.100.7"},
		{"trusted proxy, no XFF", "10.0.0.1:5000", nil, "10.0.0.1"},
		{"all hops trusted", "10.0.0.1:5000", []string{"10.2.2.2"}, "10.2.2.2"},
		{"garbage hop stops the walk", "10.0.0.1:5000", []string{"198.51.100.7, nonsense"}, "10.0.0.1"},
		{"IPv6 grouped by /64", "[2001:db8:1:2:3:4:5:6]:443", nil, "2001:db8:1:2::/64"},
		{"IPv4-mapped", "[::ffff:192.0.2.1]:443", nil, "192.0.2.1"},
		{"XFF with port", "[fd00::1]:443", []string{"[2001:db8::1]:1234"}, "2001:db8::/64"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodGet, "/", nil)
			r.RemoteAddr = tc.remote
			for _, v := range tc.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			require.Equal(t, tc.want, clientAddr(r, trusted))
		})
	}
}

// dialWS opens /ws from c; it returns the HTTP status of a refusal, or 101.
func dialWS(t *testing.T, tr *testRelay, c *http.Client, origin string) int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	h := http.Header{}
	if origin != "" {
		h.Set("Origin", origin)
	}
	conn, resp, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(tr.front.URL, "http")+PathEvents, &websocket.DialOptions{HTTPClient: c, HTTPHeader: h})
	if err != nil {
		require.NotNil(t, resp, "dial: %v", err)
		return resp.StatusCode
	}
	t.Cleanup(func() { conn.CloseNow() })
	return http.StatusSwitchingProtocols
}

// TestWebsocketCapPerClient: the case — one client holding its /ws share does not lock
// out another client, nor the page, whose share is reserved.
func TestWebsocketCapPerClient(t *testing.T) {
	tr := newTestRelay(t, Config{MaxWebsockets: 4, MaxWebsocketsPerClient: 2})
	a, b, c := clientFrom(t, "127.0.0.2"), clientFrom(t, "127.0.0.3"), clientFrom(t, "127.0.0.4")
	require.Equal(t, http.StatusSwitchingProtocols, dialWS(t, tr, a, ""))
	require.Equal(t, http.StatusSwitchingProtocols, dialWS(t, tr, a, ""))
	require.Equal(t, http.StatusTooManyRequests, dialWS(t, tr, a, ""), "over the client's share")
	require.Equal(t, http.StatusSwitchingProtocols, dialWS(t, tr, b, ""))
	require.Equal(t, http.StatusTooManyRequests, dialWS(t, tr, c, ""), "the last socket is the page's")
	require.Equal(t, http.StatusSwitchingProtocols, dialWS(t, tr, c, tr.front.URL))
	require.Equal(t, http.StatusTooManyRequests, dialWS(t, tr, c, tr.front.URL), "all taken")
	require.Equal(t, 4, tr.sockets.held())
}

func TestSlots(t *testing.T) {
	s := newSlots(8, 3)
	require.Equal(t, 2, s.reserve)
	x := client{addr: "192.0.2.1"}
	var rel []func()
	for range 3 {
		r, full := s.take(x)
		require.NotNil(t, r, full)
		rel = append(rel, r)
	}
	_, full := s.take(x)
	require.Equal(t, "this client already holds its share", full.String())
	rel[0]()
	rel[0]() // releasing twice frees one slot only
	require.Equal(t, 2, s.held())
	r, _ := s.take(x)
	require.NotNil(t, r)
	for _, r := range rel[1:] {
		r()
	}
	r()
	require.Zero(t, s.held())
	require.Empty(t, s.byClient, "idle clients are forgotten")
}

// TestRateKeysReserveForPage: once the rate limiter holds nearly as many clients as it may,
// only the page's own origin may add more.
func TestRateKeysReserveForPage(t *testing.T) {
	l := newKeyedLimiter(Rate{PerSecond: 1, Burst: 1})
	t0 := time.Unix(1700000000, 0)
	for i := range maxKeys - maxKeys/reserveShare {
		require.True(t, l.allow(netip.AddrFrom4([4]byte{10, 0, byte(i >> 8), byte(i)}).String()+" -", false, t0))
	}
	require.False(t, l.allow("192.0.2.1 https://other.example", false, t0), "no new key for other clients")
	require.True(t, l.allow("192.0.2.1 page", true, t0), "the page still gets a bucket")
}
