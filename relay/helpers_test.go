package relay

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/loopbackapi"
	"github.com/tcsig/tcsig/internal/testlog"
)

// patience is how long a test waits for something that must happen before it calls it lost:
// a ceiling that a loaded machine still meets, never a goal (timing goals live in benchmarks).
const patience = 30 * time.Second

// stoppedClock is a Relay.now that never moves, for tests that count what a rate limit lets
// through: with real time, a slow machine would earn tokens back mid-test.
func stoppedClock() func() time.Time {
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	return func() time.Time { return t0 }
}

// newUpstream starts a local HTTPS (h2 + http/1.1) server with the API certificate.
func newUpstream(t testing.TB, h http.Handler) (*httptest.Server, netip.AddrPort) {
	t.Helper()
	return loopbackapi.Start(t, h, true)
}

// upstreamClient is a client that reaches upstream directly, as a browser would if it could.
func upstreamClient(addr netip.AddrPort) *http.Client {
	_, pool := loopbackapi.Certificate()
	d := &net.Dialer{}
	return &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return d.DialContext(ctx, "tcp", addr.String())
		},
		TLSClientConfig:     &tls.Config{RootCAs: pool},
		ForceAttemptHTTP2:   true,
		MaxIdleConnsPerHost: 64,
		DisableCompression:  true,
	}}
}

// loopbackSeams sends every host to upstream and admits loopback addresses.
func loopbackSeams(upstream netip.AddrPort) *testSeams {
	_, pool := loopbackapi.Certificate()
	return &testSeams{
		Lookup: func(context.Context, string) ([]netip.AddrPort, error) {
			return []netip.AddrPort{upstream}, nil
		},
		AllowAddr: func(a netip.Addr) bool { return a.IsLoopback() },
		RootCAs:   pool,
	}
}

// testRelay is a Relay behind a local plain-HTTP server, as the page reaches it.
type testRelay struct {
	*Relay
	front  *httptest.Server
	client *http.Client
	logs   *testlog.Buffer
}

// newTestRelay's log (debug level, JSON) is printed only if the test fails.
func newTestRelay(t testing.TB, cfg Config) *testRelay {
	t.Helper()
	logger, logs := testlog.Slog(t, "relay log")
	return newTestRelayLogging(t, cfg, logs, logger)
}

// newTestRelayLogging is newTestRelay with its own logger; logs is what the logger writes to.
func newTestRelayLogging(t testing.TB, cfg Config, logs *testlog.Buffer, logger *slog.Logger) *testRelay {
	t.Helper()
	// Tests never use real DNS: a relay without a Lookup seam gets one that fails.
	tt := testSeams{}
	if cfg.seams != nil {
		tt = *cfg.seams
	}
	if tt.Lookup == nil {
		tt.Lookup = func(_ context.Context, host string) ([]netip.AddrPort, error) {
			return nil, &net.DNSError{Err: "tests use no real DNS", Name: host, IsNotFound: true}
		}
	}
	cfg.seams = &tt
	rl := New(logger, cfg)
	front := httptest.NewUnstartedServer(rl.Handler())
	front.Config.ErrorLog = testErrorLog(t)
	front.Start()
	tr := &testRelay{Relay: rl, front: front, logs: logs, client: &http.Client{
		Transport: &http.Transport{MaxIdleConnsPerHost: 256, DisableCompression: true},
	}}
	t.Cleanup(func() {
		front.Close()
		rl.Close()
		tr.client.CloseIdleConnections()
	})
	return tr
}

func (tr *testRelay) url(host, query string) string {
	u := tr.front.URL + PathPrefix + host + "/"
	if query != "" {
		u += "?" + query
	}
	return u
}

func (tr *testRelay) do(t testing.TB, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	resp, err := tr.client.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, body
}

// relayErrorCode decodes a relay answer in the API's error shape.
func relayErrorCode(t testing.TB, body []byte) string {
	t.Helper()
	var e apiError
	require.NoError(t, json.Unmarshal(body, &e), "body: %s", body)
	return e.Response.Error.Code
}

// countingListener counts the connections that reach it.
type countingListener struct {
	net.Listener
	n atomic.Int64
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.n.Add(1)
	}
	return c, err
}

// listenCounting listens on 127.0.0.1 and accepts (and counts, and holds) every connection.
func listenCounting(t testing.TB) *countingListener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	cl := &countingListener{Listener: ln}
	var conns []net.Conn
	var mu sync.Mutex
	go func() {
		for {
			c, err := cl.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
	})
	return cl
}

// testErrorLog is a test server's ErrorLog: what it says (a TLS handshake a test means to
// refuse, say) is printed only if the test fails.
func testErrorLog(t testing.TB) *log.Logger { return testlog.ErrorLog(t, "test server errors") }

// okJSON is a handler answering like the API, which reads the whole body
// (it must, to check the signature) before it answers. Answering first
// would let the transport still be sending the body when the relay logs
// the call, so a v1 form body's Action could be missing from the log.
func okJSON(w http.ResponseWriter, r *http.Request) {
	io.Copy(io.Discard, r.Body)
	w.Header().Set("Content-Type", "application/json")
	io.WriteString(w, `{"Response":{"TotalCount":0,"RequestId":"req-0001"}}`)
}

// tc3Request builds a request shaped like a signed TC3 call (the signature is not checked by
// the fake upstream; the relay never checks it either).
func tc3Request(t testing.TB, method, url string, body io.Reader) *http.Request {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	require.NoError(t, err)
	setTC3(req.Header)
	return req
}

// tc3Headers are the headers of a signed TC3 call (keys in canonical form).
var tc3Headers = http.Header{
	"Authorization":  {"TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"},
	"Content-Type":   {"application/json; charset=utf-8"},
	"X-Tc-Action":    {"DescribeInstances"},
	"X-Tc-Version":   {"2017-03-12"},
	"X-Tc-Region":    {"ap-guangzhou"},
	"X-Tc-Timestamp": {"1551113065"},
}

// setTC3 sets the headers of a signed TC3 call. Safe from any goroutine.
func setTC3(h http.Header) { setHeaders(h, tc3Headers) }

// setHeaders sets each header of from in h, replacing what h had under that
// name; h gets its own copies of the values.
func setHeaders(h, from http.Header) {
	for name, values := range from {
		h[name] = slices.Clone(values)
	}
}

// zeros is an endless reader of 'a' bytes that allocates nothing (copy, not a byte loop:
// the race detector makes byte loops slow).
type zeros struct{}

var aBlock = bytes.Repeat([]byte("a"), 32<<10)

func (zeros) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		n += copy(p[n:], aBlock)
	}
	return n, nil
}

// chunked hides a reader's length so the client sends Transfer-Encoding: chunked.
type chunked struct{ io.Reader }
