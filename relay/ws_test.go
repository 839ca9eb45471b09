package relay

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/require"
)

// wsPage is the page's side of /ws.
type wsPage struct {
	t    testing.TB
	conn *websocket.Conn
	id   string
}

func openWS(t testing.TB, tr *testRelay, header http.Header) *wsPage {
	t.Helper()
	return openWSWith(t, tr, &websocket.DialOptions{HTTPHeader: header})
}

func openWSWith(t testing.TB, tr *testRelay, opts *websocket.DialOptions) *wsPage {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), patience)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(tr.front.URL, "http")+PathEvents, opts)
	require.NoError(t, err)
	t.Cleanup(func() { conn.CloseNow() })
	p := &wsPage{t: t, conn: conn}
	hello := p.next()
	require.Equal(t, "hello", hello["type"])
	require.Equal(t, HeaderTrace, hello["traceHeader"])
	p.id = hello["clientId"].(string)
	require.NotEmpty(t, p.id)
	return p
}

// next reads one event.
func (p *wsPage) next() map[string]any {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), patience)
	defer cancel()
	typ, data, err := p.conn.Read(ctx)
	require.NoError(p.t, err)
	require.Equal(p.t, websocket.MessageText, typ)
	var m map[string]any
	require.NoError(p.t, json.Unmarshal(data, &m), "%s", data)
	return m
}

func (p *wsPage) send(v string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), patience)
	defer cancel()
	require.NoError(p.t, p.conn.Write(ctx, websocket.MessageText, []byte(v)))
}

// untilTotal reads the events of callID up to its "total" timing event.
func (p *wsPage) untilTotal(callID string) []map[string]any {
	p.t.Helper()
	var evs []map[string]any
	for {
		ev := p.next()
		require.Equal(p.t, callID, ev["callId"], "event %v", ev)
		evs = append(evs, ev)
		if ev["type"] == "timing" && ev["phase"] == "total" {
			return evs
		}
	}
}

func kinds(evs []map[string]any) []string {
	var out []string
	for _, ev := range evs {
		k := ev["type"].(string)
		if k == "timing" {
			k += ":" + ev["phase"].(string)
		}
		out = append(out, k)
	}
	return out
}

func TestEventsForARelayedCall(t *testing.T) {
	// The API's clock and the page's clock are pinned, so the clock event is exact however
	// long the call takes.
	apiNow := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	const clientAheadMs = 1500
	_, addr := newUpstream(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Date", apiNow.Format(http.TimeFormat))
		okJSON(w, r)
	}))
	tr := newTestRelay(t, Config{seams: loopbackSeams(addr)})
	page := openWS(t, tr, nil)

	body := `{"Limit":1}`
	send := func(callID string) *http.Response {
		req := tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader(body))
		req.Header.Set(HeaderTrace, page.id)
		req.Header.Set(HeaderCallID, callID)
		req.Header.Set(HeaderClientTime, strconv.FormatInt(apiNow.UnixMilli()+clientAheadMs, 10))
		resp, _ := tr.do(t, req)
		require.Equal(t, http.StatusOK, resp.StatusCode)
		require.Equal(t, callID, resp.Header.Get(HeaderCallID))
		return resp
	}

	// A fresh connection: every phase, in order.
	send("call-1")
	evs := page.untilTotal("call-1")
	require.Equal(t, []string{"timing:dns", "timing:connect", "timing:tls", "timing:ttfb", "receipt", "clock", "timing:total"}, kinds(evs))
	var last float64
	for _, ev := range evs {
		if ev["type"] == "timing" {
			require.GreaterOrEqual(t, ev["atMs"].(float64), last, "timings end in order")
			last = ev["atMs"].(float64)
		}
	}
	require.Equal(t, []any{"127.0.0.1"}, evs[0]["addrs"])
	require.Equal(t, addr.String(), evs[1]["addr"])
	require.Equal(t, "TLS 1.3", evs[2]["tlsVersion"])
	require.Equal(t, "h2", evs[2]["alpn"])
	require.Equal(t, false, evs[3]["reused"])

	receipt := evs[4]
	sum := sha256.Sum256([]byte(body))
	require.Equal(t, hex.EncodeToString(sum[:]), receipt["bodySha256"])
	require.EqualValues(t, len(body), receipt["bodyBytes"])
	require.Equal(t, true, receipt["bodyComplete"])
	require.Equal(t, "https://cvm.tencentcloudapi.com/", receipt["url"])
	require.Equal(t, "HTTP/2.0", receipt["proto"])
	var names []string
	for _, h := range receipt["headers"].([]any) {
		f := h.(map[string]any)
		names = append(names, f["name"].(string))
		if f["name"] == "Host" {
			require.Equal(t, "cvm.tencentcloudapi.com", f["value"])
		}
	}
	require.Equal(t, []string{"Host", "Authorization", "Content-Type", "User-Agent", "X-Tc-Action", "X-Tc-Region", "X-Tc-Timestamp", "X-Tc-Version", "Content-Length"}, names)

	clock := evs[5]
	require.EqualValues(t, apiNow.Unix(), clock["serverTime"])
	require.EqualValues(t, 1551113065, clock["requestTimestamp"])
	require.EqualValues(t, 1551113065-apiNow.Unix(), clock["requestSkewS"])
	require.Equal(t, true, clock["outsideWindow"], "a 2019 timestamp is far outside the 5-minute window")
	require.EqualValues(t, clientAheadMs, clock["clientSkewMs"])
	require.EqualValues(t, 300, clock["windowS"])

	total := evs[6]
	require.EqualValues(t, 200, total["status"])
	require.EqualValues(t, len(body), total["bytesSent"])
	require.Equal(t, "req-0001", total["requestId"])

	// The same connection again: no dns/connect/tls.
	send("call-2")
	evs = page.untilTotal("call-2")
	require.Equal(t, []string{"timing:ttfb", "receipt", "clock", "timing:total"}, kinds(evs))
	require.Equal(t, true, evs[0]["reused"])

	// A call the relay refuses still closes with a total event carrying the Relay.* code.
	req := tc3Request(t, http.MethodPost, tr.url("evil.example", ""), strings.NewReader("{}"))
	req.Header.Set(HeaderTrace, page.id)
	req.Header.Set(HeaderCallID, "call-3")
	resp, _ := tr.do(t, req)
	require.Equal(t, http.StatusForbidden, resp.StatusCode)
	evs = page.untilTotal("call-3")
	require.Equal(t, []string{"timing:total"}, kinds(evs))
	require.Equal(t, CodeHostNotAllowed, evs[0]["code"])
	require.EqualValues(t, 403, evs[0]["status"])

	// An unknown client id: the call works, the response says why no events came.
	req = tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader("{}"))
	req.Header.Set(HeaderTrace, "no-such-client")
	resp, _ = tr.do(t, req)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.NotEmpty(t, resp.Header.Get(HeaderTraceError))
}

func TestWebsocketOrigin(t *testing.T) {
	tr := newTestRelay(t, Config{AllowOrigins: []string{"https://tools.example.com"}})
	ctx, cancel := context.WithTimeout(context.Background(), patience)
	defer cancel()
	url := "ws" + strings.TrimPrefix(tr.front.URL, "http") + PathEvents
	_, resp, err := websocket.Dial(ctx, url, &websocket.DialOptions{HTTPHeader: http.Header{"Origin": {"https://evil.example"}}})
	require.Error(t, err)
	require.Equal(t, http.StatusForbidden, resp.StatusCode)
	openWS(t, tr, http.Header{"Origin": {"https://tools.example.com"}})
	openWS(t, tr, http.Header{"Origin": {tr.front.URL}})
}

func TestWebsocketMessages(t *testing.T) {
	tr := newTestRelay(t, Config{RegionalHosts: func(string) []string { return nil }})
	tr.now = stoppedClock() // no token comes back while the test sends, however slowly it runs
	page := openWS(t, tr, nil)

	page.send(`not json`)
	require.Equal(t, "Relay.InvalidMessage", page.next()["code"])
	page.send(`{"type":"dance"}`)
	require.Equal(t, "Relay.InvalidMessage", page.next()["code"])
	page.send(`{"type":"probe","service":"../etc"}`)
	require.Equal(t, "Relay.InvalidMessage", page.next()["code"])

	// The per-connection token bucket: a burst past wsMsgBurst is told to slow down.
	limited := false
	for range wsMsgBurst + 5 {
		page.send(`{"type":"dance"}`)
	}
	for range wsMsgBurst + 5 {
		if page.next()["code"] == CodeRateLimited {
			limited = true
		}
	}
	require.True(t, limited)

	// A message over the read limit closes the connection with 1009.
	page.send(`{"type":"probe","service":"` + strings.Repeat("x", maxWSMessage) + `"}`)
	ctx, cancel := context.WithTimeout(context.Background(), patience)
	defer cancel()
	_, _, err := page.conn.Read(ctx)
	require.Equal(t, websocket.StatusMessageTooBig, websocket.CloseStatus(err))
	require.Eventually(t, func() bool { return tr.hub.count() == 0 }, patience, 10*time.Millisecond)
}

func TestWebsocketLifecycle(t *testing.T) {
	tr := newTestRelay(t, Config{Timeouts: Timeouts{Ping: 50 * time.Millisecond}})
	// The page goes away: its client is forgotten.
	page := openWS(t, tr, nil)
	require.Equal(t, 1, tr.hub.count())
	page.conn.Close(websocket.StatusGoingAway, "tab closed")
	require.Eventually(t, func() bool { return tr.hub.count() == 0 }, patience, 10*time.Millisecond)

	// Pings are answered by the page's library while it reads; the connection stays up. The
	// test counts pings rather than waiting a while: however slow the machine, the third ping
	// means the relay accepted the pongs to the first two.
	pings := make(chan struct{}, 16)
	page = openWSWith(t, tr, &websocket.DialOptions{OnPingReceived: func(context.Context, []byte) bool {
		select {
		case pings <- struct{}{}:
		default:
		}
		return true
	}})
	readErr := make(chan error, 1)
	go func() {
		_, _, err := page.conn.Read(context.Background())
		readErr <- err
	}()
	for range 3 {
		select {
		case <-pings:
		case err := <-readErr:
			require.FailNow(t, "the connection closed while being pinged", "%v", err)
		case <-time.After(patience):
			require.FailNow(t, "the relay did not ping the page")
		}
	}
	require.Equal(t, 1, tr.hub.count())

	// The relay closes: the page is told 1001 going away.
	tr.Relay.Close()
	select {
	case err := <-readErr:
		require.Equal(t, websocket.StatusGoingAway, websocket.CloseStatus(err))
	case <-time.After(patience):
		require.FailNow(t, "the websocket was not closed by Relay.Close")
	}
}

// TestProbe: one result per domain, streamed, and done although some domains accept TCP and
// never complete TLS — whether the per-host budget or the probe's own timeout ends them. The
// timeout under test is a few seconds (answering domains finish well within it on a loaded
// machine) and the other is a minute, so a probe that is done in less than half a minute was
// ended by the timeout under test.
func TestProbe(t *testing.T) {
	t.Run("per-host budget", func(t *testing.T) {
		testProbe(t, 2, Timeouts{Probe: time.Minute, ProbeHost: 3 * time.Second})
	})
	t.Run("probe timeout", func(t *testing.T) {
		testProbe(t, 16, Timeouts{Probe: 3 * time.Second, ProbeHost: time.Minute})
	})
}

func testProbe(t *testing.T, concurrency int, timeouts Timeouts) {
	_, good := newUpstream(t, http.HandlerFunc(okJSON))
	hole := listenCounting(t)
	holeAddr := netip.MustParseAddrPort(hole.Addr().String())
	hosts := map[string]netip.AddrPort{
		"cvm.ap-guangzhou.tencentcloudapi.com": good,
		"cvm.ap-shanghai.tencentcloudapi.com":  good,
		"cvm.ap-beijing.tencentcloudapi.com":   good,
		"cvm.na-ashburn.tencentcloudapi.com":   good,
		"cvm.ap-mumbai.tencentcloudapi.com":    holeAddr,
		"cvm.sa-saopaulo.tencentcloudapi.com":  holeAddr,
	}
	list := []string{"evil.example"} // not allowlisted: reported, never dialled
	for h := range hosts {
		list = append(list, h)
	}
	tt := loopbackSeams(good)
	tt.Lookup = func(_ context.Context, host string) ([]netip.AddrPort, error) {
		return []netip.AddrPort{hosts[host]}, nil
	}
	tr := newTestRelay(t, Config{
		RegionalHosts:    func(service string) []string { require.Equal(t, "cvm", service); return list },
		ProbeConcurrency: concurrency,
		Timeouts:         timeouts,
		seams:            tt,
	})
	page := openWS(t, tr, nil)
	start := time.Now()
	page.send(`{"type":"probe","service":"cvm","id":"p1"}`)
	results := map[string]map[string]any{}
	for {
		ev := page.next()
		require.Equal(t, "p1", ev["probeId"])
		if ev["type"] == "probe-done" {
			require.EqualValues(t, len(list), ev["hosts"])
			require.EqualValues(t, 4, ev["ok"])
			break
		}
		require.Equal(t, "probe-result", ev["type"])
		results[ev["host"].(string)] = ev
	}
	require.Less(t, time.Since(start), time.Minute/2, "the probe was ended by the timeout under test, not the minute-long one")
	require.Len(t, results, len(list))
	for host, ev := range results {
		switch {
		case host == "evil.example":
			require.Equal(t, CodeHostNotAllowed, ev["code"])
		case hosts[host] == holeAddr:
			require.Equal(t, CodeUpstreamTimeout, ev["code"], "%v", ev)
		default:
			require.Empty(t, ev["error"], "%v", ev)
			require.Greater(t, ev["ms"].(float64), 0.0)
			require.Equal(t, good.String(), ev["addr"])
		}
	}
}

func TestProbeBusyAndUnavailable(t *testing.T) {
	release := make(chan struct{})
	tr := newTestRelay(t, Config{
		RegionalHosts: func(string) []string { return []string{"cvm.ap-guangzhou.tencentcloudapi.com"} },
		seams: &testSeams{Lookup: func(ctx context.Context, _ string) ([]netip.AddrPort, error) {
			select { // a slow resolver keeps the first probe running
			case <-release:
			case <-ctx.Done():
			}
			return nil, ctx.Err()
		}},
	})
	page := openWS(t, tr, nil)
	page.send(`{"type":"probe","service":"cvm","id":"a"}`)
	page.send(`{"type":"probe","service":"cvm","id":"b"}`)
	busy := page.next()
	require.Equal(t, "Relay.ProbeBusy", busy["code"])
	require.Equal(t, "b", busy["probeId"])
	close(release)
	require.Equal(t, "probe-result", page.next()["type"])
	require.Equal(t, "probe-done", page.next()["type"])

	off := newTestRelay(t, Config{})
	page = openWS(t, off, nil)
	page.send(`{"type":"probe","service":"cvm"}`)
	require.Equal(t, "Relay.ProbeUnavailable", page.next()["code"])
}

func TestClosedRelay(t *testing.T) {
	tr := newTestRelay(t, Config{seams: &testSeams{}})
	tr.Relay.Close()
	tr.Relay.Close() // idempotent
	resp, body := post(t, tr, "cvm.tencentcloudapi.com")
	require.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	require.Equal(t, CodeClosing, relayErrorCode(t, body))
	ctx, cancel := context.WithTimeout(context.Background(), patience)
	defer cancel()
	_, resp, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(tr.front.URL, "http")+PathEvents, nil)
	require.Error(t, err)
	require.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
}

func TestWebsocketCap(t *testing.T) {
	tr := newTestRelay(t, Config{MaxWebsockets: 1})
	openWS(t, tr, nil)
	ctx, cancel := context.WithTimeout(context.Background(), patience)
	defer cancel()
	_, resp, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(tr.front.URL, "http")+PathEvents, nil)
	require.Error(t, err)
	require.Equal(t, http.StatusTooManyRequests, resp.StatusCode)
}
