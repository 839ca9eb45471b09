package relay

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// patient timeouts are far beyond anything a loaded machine needs on loopback, so a test that
// expects a failure other than a timeout sees that failure, not a timeout.
var patient = Timeouts{Dial: time.Minute, TLSHandshake: time.Minute, ResponseHeader: time.Minute, Total: time.Minute}

// short is the one timeout a timeout test expects to fire: its step never completes, so any
// value is reached; a short one keeps the test quick.
const short = 200 * time.Millisecond

// stallTotal is the whole-call timeout of the stall tests: the call must get as far as the
// stall first (connect and TLS to the loopback upstream, on a loaded machine too), and then the
// timeout ends it.
const stallTotal = 2 * time.Second

func post(t *testing.T, tr *testRelay, host string) (*http.Response, []byte) {
	t.Helper()
	return tr.do(t, tc3Request(t, http.MethodPost, tr.url(host, ""), strings.NewReader("{}")))
}

// block is an upstream that answers only when the test ends or the call is cancelled.
func block(done <-chan struct{}) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-done:
		}
	}
}

func TestUpstreamFailures(t *testing.T) {
	done := make(chan struct{})
	t.Cleanup(func() { close(done) })
	_, slowAddr := newUpstream(t, block(done))
	silent := listenCounting(t) // accepts, never speaks TLS
	silentAddr := netip.MustParseAddrPort(silent.Addr().String())

	closed, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	closedAddr := netip.MustParseAddrPort(closed.Addr().String())
	closed.Close() // nothing listens: connection refused

	wrongCA := httptest.NewUnstartedServer(http.HandlerFunc(okJSON))
	wrongCA.Config.ErrorLog = testErrorLog(t) // the refused handshake is logged there
	wrongCA.StartTLS()                        // httptest's own certificate
	t.Cleanup(wrongCA.Close)
	plain := httptest.NewUnstartedServer(http.HandlerFunc(okJSON)) // not TLS at all
	plain.Config.ErrorLog = testErrorLog(t)
	plain.Start()
	t.Cleanup(plain.Close)

	// Each timeout case makes only its own timeout short and names the step that ran out in
	// the message, which tells the timeouts apart without measuring how long the call took.
	cases := []struct {
		name     string
		lookup   func(context.Context, string) ([]netip.AddrPort, error)
		onDial   func(context.Context, netip.AddrPort) error
		timeouts func(*Timeouts)
		status   int
		code     string
		message  string // a part of Error.Message
		kind     string // HeaderFailure
	}{
		{name: "dns failure", lookup: func(context.Context, string) ([]netip.AddrPort, error) {
			return nil, &net.DNSError{Err: "no such host", Name: "x", IsNotFound: true}
		}, status: http.StatusBadGateway, code: CodeDNSFailure, kind: "dns-not-found"},
		{name: "no DNS server", lookup: func(context.Context, string) ([]netip.AddrPort, error) {
			return nil, &net.DNSError{Err: "dial udp 10.255.255.53:53: connect: network is unreachable", Name: "x"}
		}, status: http.StatusBadGateway, code: CodeDNSFailure, kind: "dns"},
		{name: "dns empty", lookup: func(context.Context, string) ([]netip.AddrPort, error) {
			return nil, nil
		}, status: http.StatusBadGateway, code: CodeDNSFailure, kind: "dns-not-found"},
		{name: "connection refused", lookup: fixed(closedAddr), status: http.StatusBadGateway, code: CodeConnectFailed, kind: "refused"},
		{name: "unknown certificate authority", lookup: fixed(addrOf(wrongCA.Listener)), status: http.StatusBadGateway, code: CodeTLSFailure, kind: "certificate"},
		{name: "not TLS", lookup: fixed(addrOf(plain.Listener)), status: http.StatusBadGateway, code: CodeTLSFailure, kind: "not-tls"},
		{name: "dial timeout", lookup: fixed(slowAddr), onDial: func(ctx context.Context, _ netip.AddrPort) error {
			<-ctx.Done() // a connect that never completes
			return ctx.Err()
		}, timeouts: func(to *Timeouts) { to.Dial = short },
			status: http.StatusGatewayTimeout, code: CodeUpstreamTimeout, message: phaseText(phaseConnect), kind: "timeout"},
		{name: "tls handshake timeout", lookup: fixed(silentAddr), timeouts: func(to *Timeouts) { to.TLSHandshake = short },
			status: http.StatusGatewayTimeout, code: CodeUpstreamTimeout, message: phaseText(phaseTLS), kind: "timeout"},
		{name: "response header timeout", lookup: fixed(slowAddr), timeouts: func(to *Timeouts) { to.ResponseHeader = short },
			status: http.StatusGatewayTimeout, code: CodeUpstreamTimeout, message: "timeout awaiting response headers", kind: "timeout"},
		{name: "total timeout", lookup: fixed(slowAddr), timeouts: func(to *Timeouts) { to.Total = stallTotal },
			status: http.StatusGatewayTimeout, code: CodeUpstreamTimeout, message: "context deadline exceeded", kind: "timeout"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tt := loopbackSeams(slowAddr)
			tt.Lookup, tt.OnDial = tc.lookup, tc.onDial
			timeouts := patient
			if tc.timeouts != nil {
				tc.timeouts(&timeouts)
			}
			tr := newTestRelay(t, Config{Timeouts: timeouts, seams: tt})
			resp, body := post(t, tr, "cvm.tencentcloudapi.com")
			require.Equal(t, tc.status, resp.StatusCode, "body: %s", body)
			require.Equal(t, tc.code, relayErrorCode(t, body), "body: %s", body)
			var e apiError
			require.NoError(t, json.Unmarshal(body, &e))
			require.Contains(t, e.Response.Error.Message, tc.message)
			require.Equal(t, tc.kind, resp.Header.Get(HeaderFailure), "body: %s", body)
		})
	}
}

func fixed(ap netip.AddrPort) func(context.Context, string) ([]netip.AddrPort, error) {
	return func(context.Context, string) ([]netip.AddrPort, error) { return []netip.AddrPort{ap}, nil }
}

func addrOf(ln net.Listener) netip.AddrPort { return netip.MustParseAddrPort(ln.Addr().String()) }

func TestConcurrencyCap(t *testing.T) {
	release := make(chan struct{})
	arrived := make(chan struct{}, 3)
	_, addr := newUpstream(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		<-release
		okJSON(w, r)
	}))
	tr := newTestRelay(t, Config{MaxConcurrent: 2, MaxConcurrentPerClient: 2, seams: loopbackSeams(addr)})
	results := make(chan int, 2)
	for range 2 {
		req := tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader("{}"))
		go func() {
			resp, err := tr.client.Do(req)
			if err != nil {
				results <- 0
				return
			}
			resp.Body.Close()
			results <- resp.StatusCode
		}()
	}
	<-arrived // both slots taken
	<-arrived
	resp, body := post(t, tr, "cvm.tencentcloudapi.com")
	require.Equal(t, http.StatusTooManyRequests, resp.StatusCode)
	require.Equal(t, CodeTooManyRequests, relayErrorCode(t, body))
	require.Equal(t, "1", resp.Header.Get("Retry-After"))
	close(release)
	require.Equal(t, http.StatusOK, <-results)
	require.Equal(t, http.StatusOK, <-results)
	resp, _ = post(t, tr, "cvm.tencentcloudapi.com")
	require.Equal(t, http.StatusOK, resp.StatusCode, "slots are released")
}

func TestOriginRate(t *testing.T) {
	_, addr := newUpstream(t, http.HandlerFunc(okJSON))
	tr := newTestRelay(t, Config{OriginRate: Rate{PerSecond: 0.01, Burst: 3}, AllowOrigins: []string{"https://a.example", "https://b.example"}, seams: loopbackSeams(addr)})
	tr.now = stoppedClock() // no token comes back while the test calls, however slowly it runs
	call := func(origin string) (int, string) {
		req := tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader("{}"))
		req.Header.Set("Origin", origin)
		resp, body := tr.do(t, req)
		if resp.StatusCode != http.StatusOK {
			return resp.StatusCode, relayErrorCode(t, body)
		}
		return resp.StatusCode, ""
	}
	for range 3 {
		status, _ := call("https://a.example")
		require.Equal(t, http.StatusOK, status)
	}
	status, code := call("https://a.example")
	require.Equal(t, http.StatusTooManyRequests, status)
	require.Equal(t, CodeRateLimited, code)
	status, _ = call("https://b.example")
	require.Equal(t, http.StatusOK, status, "another origin has its own bucket")
}

func TestTokenBucket(t *testing.T) {
	rate := Rate{PerSecond: 2, Burst: 3}
	var b tokenBucket
	t0 := time.Unix(1700000000, 0)
	for range 3 {
		require.True(t, b.allow(t0, rate))
	}
	require.False(t, b.allow(t0, rate))
	require.False(t, b.allow(t0.Add(400*time.Millisecond), rate))
	require.True(t, b.allow(t0.Add(500*time.Millisecond), rate), "one token back after 0.5 s at 2/s")
	require.False(t, b.allow(t0.Add(500*time.Millisecond), rate))
	require.True(t, b.allow(t0.Add(time.Hour), rate))
	require.False(t, b.full(t0.Add(time.Hour), rate))
	require.True(t, b.full(t0.Add(2*time.Hour), rate))

	l := newKeyedLimiter(Rate{PerSecond: 1, Burst: 1})
	for i := range sweepAbove + 10 {
		require.True(t, l.allow(strings.Repeat("k", i%7)+string(rune('a'+i%26))+time.Duration(i).String(), false, t0))
	}
	require.LessOrEqual(t, len(l.buckets), sweepAbove+10)
	require.True(t, l.allow("new", false, t0.Add(time.Hour)))
	require.Less(t, len(l.buckets), sweepAbove, "idle buckets are forgotten")
}

// TestStalledUpload: a page that stops sending its body mid-way gets 408 when the call's total
// time is up; the upstream call is cancelled.
func TestStalledUpload(t *testing.T) {
	cancelled := make(chan struct{})
	_, addr := newUpstream(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		<-r.Context().Done()
		close(cancelled)
	}))
	tr := newTestRelay(t, Config{Timeouts: Timeouts{Total: stallTotal}, seams: loopbackSeams(addr)})
	pr, pw := io.Pipe()
	defer pw.Close()
	go pw.Write([]byte(`{"Limit":`)) // then nothing
	req := tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), pr)
	req.ContentLength = 100
	resp, body := tr.do(t, req)
	require.Equal(t, http.StatusRequestTimeout, resp.StatusCode, "body: %s", body)
	require.Equal(t, CodeRequestTimeout, relayErrorCode(t, body))
	select {
	case <-cancelled:
	case <-time.After(patience):
		require.FailNow(t, "the upstream call outlived the relay's answer")
	}
}

// TestStalledResponse: an upstream that stops mid-body is cut off at the total timeout and the
// page sees an aborted response, never a short one that looks whole.
func TestStalledResponse(t *testing.T) {
	done := make(chan struct{})
	defer close(done)
	_, addr := newUpstream(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", "100")
		io.WriteString(w, `{"Response":`)
		w.(http.Flusher).Flush()
		<-done
	}))
	tr := newTestRelay(t, Config{Timeouts: Timeouts{Total: stallTotal}, seams: loopbackSeams(addr)})
	resp, err := tr.client.Do(tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader("{}")))
	if err == nil { // the status line may or may not have been flushed before the cut
		defer resp.Body.Close()
		require.Equal(t, http.StatusOK, resp.StatusCode)
		_, err = io.ReadAll(resp.Body)
	}
	require.Error(t, err, "a cut-off body must not read as complete")
	require.Eventually(t, func() bool { return strings.Contains(tr.logs.String(), CodeUpstreamTimeout) }, patience, 10*time.Millisecond)
}

// Go's resolver reports its own lookup inside the dialer's, and its dials to
// the DNS server as connects: the page must see one dns event and no
// connect to the DNS server's address.
func TestTraceIgnoresTheResolversDials(t *testing.T) {
	client := &wsClient{id: "w", queue: make(chan []byte, 16), ctx: context.Background()}
	at := time.Unix(1700000000, 0)
	c := &call{id: "c1", start: at, now: func() time.Time { at = at.Add(time.Millisecond); return at }, client: client}
	tr := c.clientTrace()
	dnsErr := &net.DNSError{Err: "dial udp 10.255.255.53:53: connect: network is unreachable", Name: "cvm.tencentcloudapi.com"}
	tr.DNSStart(httptrace.DNSStartInfo{Host: "cvm.tencentcloudapi.com"}) // the dialer's resolve
	tr.DNSStart(httptrace.DNSStartInfo{Host: "cvm.tencentcloudapi.com"}) // net.Resolver's own
	tr.ConnectStart("udp", "10.255.255.53:53")
	tr.ConnectDone("udp", "10.255.255.53:53", errors.New("connect: network is unreachable"))
	tr.DNSDone(httptrace.DNSDoneInfo{Err: dnsErr})
	tr.DNSDone(httptrace.DNSDoneInfo{Err: dnsErr})
	c.err, c.code = &upstreamError{phase: phaseDNS, err: dnsErr}, CodeDNSFailure
	c.finish()

	var events []map[string]any
	for len(client.queue) > 0 {
		var ev map[string]any
		require.NoError(t, json.Unmarshal(<-client.queue, &ev))
		events = append(events, ev)
	}
	require.Len(t, events, 2, "%v", events)
	assert.Equal(t, "dns", events[0]["phase"])
	assert.Equal(t, 1.0, events[0]["ms"], "one tick: the clock is read at the outer start and done only")
	assert.Contains(t, events[0]["error"], "network is unreachable")
	assert.Equal(t, "total", events[1]["phase"])
	assert.Equal(t, "dns", events[1]["kind"])
	assert.Equal(t, CodeDNSFailure, events[1]["code"])
}
