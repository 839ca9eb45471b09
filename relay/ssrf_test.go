package relay

import (
	"context"
	"errors"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// dialRecorder is an OnDial hook: it records every address that passed the SSRF rules and
// aborts the connect, so nothing ever leaves the machine.
type dialRecorder struct {
	mu    sync.Mutex
	addrs []netip.AddrPort
}

var errTestNoNetwork = errors.New("test: connect aborted by OnDial")

func (d *dialRecorder) onDial(_ context.Context, ap netip.AddrPort) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.addrs = append(d.addrs, ap)
	return errTestNoNetwork
}

func (d *dialRecorder) attempts() []netip.AddrPort {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]netip.AddrPort(nil), d.addrs...)
}

// TestSSRFNames: the name rules refuse before anything is resolved or dialled.
func TestSSRFNames(t *testing.T) {
	lookups := 0
	var rec dialRecorder
	tr := newTestRelay(t, Config{seams: &testSeams{
		Lookup: func(context.Context, string) ([]netip.AddrPort, error) {
			lookups++
			return nil, errors.New("test: no lookup expected")
		},
		OnDial: rec.onDial,
	}})
	cases := []struct {
		name, path, code string
	}{
		{"IPv4 literal", "127.0.0.1/", CodeHostNotAllowed},
		{"metadata IP", "169.254.0.23/", CodeHostNotAllowed},
		{"IPv6 literal", "[::1]/", CodeHostNotAllowed},
		{"IPv4-mapped literal", "[::ffff:127.0.0.1]/", CodeHostNotAllowed},
		{"decimal IP", "2130706433/", CodeHostNotAllowed},
		{"other port", "cvm.tencentcloudapi.com:8443/", CodeHostNotAllowed},
		{"port 443 spelled out", "cvm.tencentcloudapi.com:443/", CodeHostNotAllowed},
		{"userinfo", "user@cvm.tencentcloudapi.com/", CodeHostNotAllowed},
		{"userinfo before evil", "cvm.tencentcloudapi.com@evil.example/", CodeHostNotAllowed},
		{"encoded dot", "cvm%2etencentcloudapi.com/", CodeHostNotAllowed},
		{"encoded slash", "evil.example%2fcvm.tencentcloudapi.com/", CodeHostNotAllowed},
		{"trailing dot", "cvm.tencentcloudapi.com./", CodeHostNotAllowed},
		{"punycode", "xn--cvm-9na.tencentcloudapi.com/", CodeHostNotAllowed},
		{"punycode region", "cvm.xn--ap-guangzhou-9na.tencentcloudapi.com/", CodeHostNotAllowed},
		{"unicode look-alike", "cvm.tencentcloudap\u0131.com/", CodeHostNotAllowed},
		{"upper case", "CVM.tencentcloudapi.com/", CodeHostNotAllowed},
		{"suffix trick", "tencentcloudapi.com.evil.example/", CodeHostNotAllowed},
		{"service suffix trick", "cvm.tencentcloudapi.com.evil.example/", CodeHostNotAllowed},
		{"internal", "cvm.internal.tencentcloudapi.com/", CodeHostNotAllowed},
		{"too many labels", "a.b.c.tencentcloudapi.com/", CodeHostNotAllowed},
		{"bare domain", "tencentcloudapi.com/", CodeHostNotAllowed},
		{"other domain", "metadata.tencentyun.com/", CodeHostNotAllowed},
		{"empty host", "/cvm.tencentcloudapi.com/", CodeHostNotAllowed},
		{"leading hyphen", "-cvm.tencentcloudapi.com/", CodeHostNotAllowed},
		{"other path", "cvm.tencentcloudapi.com/latest/meta-data/", CodePathNotAllowed},
		{"dot-dot path", "cvm.tencentcloudapi.com/../", CodePathNotAllowed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodPost, tr.front.URL+"/", strings.NewReader("{}"))
			require.NoError(t, err)
			req.URL.Opaque = "//" + req.URL.Host + PathPrefix + tc.path // sent exactly as written
			resp, body := tr.do(t, req)
			require.Equal(t, http.StatusForbidden, resp.StatusCode, "body: %s", body)
			require.Equal(t, tc.code, relayErrorCode(t, body))
		})
	}
	require.Zero(t, lookups, "no name was resolved")
	require.Empty(t, rec.attempts(), "nothing was dialled")
}

// TestSSRFAddresses: names that resolve to forbidden addresses are refused at dial time by
// the production rules (AllowAddr is nil), before connect: no listener sees a connection.
func TestSSRFAddresses(t *testing.T) {
	ln := listenCounting(t) // a loopback listener the refused loopback dials would have reached
	port := netip.MustParseAddrPort(ln.Addr().String()).Port()
	var rec dialRecorder
	var mu sync.Mutex
	answer := map[string][]netip.Addr{}
	tr := newTestRelay(t, Config{seams: &testSeams{
		Lookup: func(_ context.Context, host string) ([]netip.AddrPort, error) {
			mu.Lock()
			defer mu.Unlock()
			var aps []netip.AddrPort
			for _, a := range answer[host] {
				aps = append(aps, netip.AddrPortFrom(a, port))
			}
			return aps, nil
		},
		OnDial: rec.onDial,
	}})
	cases := map[string][]string{
		"loopback":              {"127.0.0.1"},
		"loopback-other":        {"127.1.2.3"},
		"private-10":            {"10.0.0.1"},
		"private-172":           {"172.16.5.4"},
		"private-192":           {"192.168.1.1"},
		"metadata-aws":          {"169.254.169.254"},
		"metadata-tencent":      {"169.254.0.23"},
		"cgnat":                 {"100.64.0.1"},
		"metadata-alibaba":      {"100.100.100.200"},
		"unspecified":           {"0.0.0.0"},
		"this-network":          {"0.1.2.3"},
		"broadcast":             {"255.255.255.255"},
		"multicast":             {"224.0.0.1"},
		"benchmarking":          {"198.18.0.1"},
		"ipv6-loopback":         {"::1"},
		"ipv6-unspecified":      {"::"},
		"ula":                   {"fc00::1"},
		"ula-fd":                {"fd12:3456::1"},
		"ipv6-link-local":       {"fe80::1"},
		"mapped-loopback":       {"::ffff:127.0.0.1"},
		"mapped-metadata":       {"::ffff:169.254.169.254"},
		"nat64-private":         {"64:ff9b::a00:1"},
		"6to4-loopback":         {"2002:7f00:1::1"},
		"all-forbidden-mixed":   {"10.0.0.1", "127.0.0.1", "::1"},
		"documentation-ipv6":    {"2001:db8::1"},
		"site-local":            {"fec0::1"},
		"ipv4-compatible-ipv6":  {"::7f00:1"},
		"teredo":                {"2001:0:4136:e378::1"},
		"multicast-ipv6":        {"ff02::1"},
		"interface-local-mcast": {"ff01::1"},
	}
	for name, addrs := range cases {
		t.Run(name, func(t *testing.T) {
			host := name + ".tencentcloudapi.com"
			mu.Lock()
			for _, a := range addrs {
				answer[host] = append(answer[host], netip.MustParseAddr(a))
			}
			mu.Unlock()
			resp, body := tr.do(t, tc3Request(t, http.MethodPost, tr.url(host, ""), strings.NewReader("{}")))
			require.Equal(t, http.StatusForbidden, resp.StatusCode, "body: %s", body)
			require.Equal(t, CodeAddressNotAllowed, relayErrorCode(t, body))
		})
	}
	require.Empty(t, rec.attempts(), "a forbidden address passed the dial-time rules")
	require.Zero(t, ln.n.Load(), "a connection reached the loopback listener")
}

// TestSSRFRebinding: DNS answers a public address, then loopback. Each dial checks the
// address it is about to connect to, so the second answer is refused, not connected.
func TestSSRFRebinding(t *testing.T) {
	ln := listenCounting(t)
	port := netip.MustParseAddrPort(ln.Addr().String()).Port()
	var rec dialRecorder
	var mu sync.Mutex
	lookups := 0
	tr := newTestRelay(t, Config{seams: &testSeams{
		Lookup: func(context.Context, string) ([]netip.AddrPort, error) {
			mu.Lock()
			defer mu.Unlock()
			lookups++
			if lookups == 1 {
				return []netip.AddrPort{netip.AddrPortFrom(netip.MustParseAddr("1.1.1.1"), port)}, nil
			}
			return []netip.AddrPort{netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port)}, nil
		},
		OnDial: rec.onDial,
	}})
	url := tr.url("rebind.tencentcloudapi.com", "")

	// 1: the public answer passes the rules; OnDial stands in for the network and refuses.
	resp, body := tr.do(t, tc3Request(t, http.MethodPost, url, strings.NewReader("{}")))
	require.Equal(t, http.StatusBadGateway, resp.StatusCode, "body: %s", body)
	require.Equal(t, CodeConnectFailed, relayErrorCode(t, body))
	// 2: the rebound answer is refused by the dialer's Control before connect.
	resp, body = tr.do(t, tc3Request(t, http.MethodPost, url, strings.NewReader("{}")))
	require.Equal(t, http.StatusForbidden, resp.StatusCode, "body: %s", body)
	require.Equal(t, CodeAddressNotAllowed, relayErrorCode(t, body))

	require.Equal(t, []netip.AddrPort{netip.AddrPortFrom(netip.MustParseAddr("1.1.1.1"), port)}, rec.attempts())
	require.Zero(t, ln.n.Load())
}

// TestControlProductionRules exercises the Control function of a production dialer directly.
func TestControlProductionRules(t *testing.T) {
	d := newDialer(Config{}.withDefaults())
	for addr, ok := range map[string]bool{
		"1.1.1.1:443":            true,
		"[2402:4e00::1]:443":     true,
		"1.1.1.1:80":             false, // only 443
		"127.0.0.1:443":          false,
		"169.254.0.23:443":       false,
		"[::ffff:10.0.0.1]:443":  false,
		"[fe80::1%eth0]:443":     false,
		"[::ffff:1.1.1.1]:443":   true, // mapped public: judged as 1.1.1.1
		"not-an-address:443":     false,
		"100.127.255.255:443":    false,
		"100.128.0.0:443":        true, // just past CGNAT
		"[64:ff9b::101:101]:443": false,
	} {
		err := d.control(context.Background(), "tcp", addr, nil)
		if ok {
			require.NoError(t, err, addr)
		} else {
			require.Error(t, err, addr)
			_, code := classify(err)
			require.Equal(t, CodeAddressNotAllowed, code, addr)
		}
	}
}

func TestCheckHostAllows(t *testing.T) {
	for _, h := range []string{
		"cvm.tencentcloudapi.com",
		"cvm.ap-guangzhou.tencentcloudapi.com",
		"cvm.intl.tencentcloudapi.com",
		"cvm.ap-shanghai-fsi.tencentcloudapi.com",
		"tmt.tencentcloudapi.com",
		"region.tencentcloudapi.com",
	} {
		require.NoError(t, checkHost(h), h)
	}
}
