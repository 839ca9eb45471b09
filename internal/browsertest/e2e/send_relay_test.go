//go:build tcsigtest

package e2e

// The page's Send button through the real relay: page → server.New →
// relay → a local HTTPS "API" on 127.0.0.1 whose certificate the relay is
// told to trust. Nothing leaves the machine. The relay's test seams exist
// only in builds with -tags tcsigtest (make test passes it); without the tag,
// send_notag_test.go says these tests did not run.

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	bt "github.com/tcsig/tcsig/internal/browsertest"
	"github.com/tcsig/tcsig/internal/loopbackapi"
	"github.com/tcsig/tcsig/internal/relayseam"
	"github.com/tcsig/tcsig/internal/testlog"
	"github.com/tcsig/tcsig/relay"
	"github.com/tcsig/tcsig/server"
)

// apiServer starts the local HTTPS API (HTTP/2 and HTTP/1.1).
func apiServer(t *testing.T, h http.Handler) netip.AddrPort {
	t.Helper()
	_, addr := loopbackapi.Start(t, h, true)
	return addr
}

// relaySlot lets one server (built once: preparing it compresses the
// fresh main.wasm) serve each test's own relay.
type relaySlot struct{ h atomic.Pointer[http.Handler] }

func (s *relaySlot) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := s.h.Load()
	if h == nil {
		http.Error(w, "no relay", http.StatusServiceUnavailable)
		return
	}
	(*h).ServeHTTP(w, r)
}

var sendPage struct {
	once sync.Once
	srv  *server.Server
	err  error
	slot relaySlot
	mu   sync.Mutex // one relay test at a time: they share the slot
}

// relayPage serves the page and a relay built from cfg whose test seams
// resolve names with lookup, trust the local API certificate and admit
// loopback addresses, and opens index.html once the page knows the relay is
// there.
func relayPage(t *testing.T, cfg relay.Config, lookup func(context.Context, string) ([]netip.AddrPort, error)) context.Context {
	t.Helper()
	dir := bt.Assets(t)
	sendPage.once.Do(func() {
		sendPage.srv, sendPage.err = server.New(nil, server.Config{Files: bt.ServerFiles(dir), Relay: &sendPage.slot})
	})
	require.NoError(t, sendPage.err)
	sendPage.mu.Lock()
	t.Cleanup(sendPage.mu.Unlock)
	_, pool := loopbackapi.Certificate()
	cfg.SetTestSeams(&relayseam.Seams{
		Lookup:    lookup,
		AllowAddr: func(a netip.Addr) bool { return a.IsLoopback() },
		RootCAs:   pool,
	})
	logger, _ := testlog.Slog(t, "relay log")
	rl := relay.New(logger, cfg)
	h := rl.Handler()
	sendPage.slot.h.Store(&h)
	t.Cleanup(func() { sendPage.slot.h.Store(nil); rl.Close() })

	ctx := bt.OpenURL(t, bt.Serve(t, sendPage.srv)+"index.html")
	waitJS(t, ctx, `document.body.dataset.ready && document.body.dataset.relayChecked && document.body.dataset.relay`, "the page to find the relay")
	require.Equal(t, "ws", bt.Eval[string](t, ctx, `document.body.dataset.relay`), "the page under tcsig serve says relay=…, want ws (relay and its event connection)")
	// Without keys Send is off, for that reason alone.
	require.Contains(t, bt.Eval[string](t, ctx, `document.getElementById("send").parentElement.title`), "enter SecretId and SecretKey",
		"Send's reason for being off before keys are entered")
	return ctx
}

// apiCalls records what the local API received.
type apiCalls struct {
	mu    sync.Mutex
	calls []string // problems found in each call, "" when it was right
	raw   []string // each call's headers and body, to search for secrets
}

func (a *apiCalls) add(problem, raw string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.calls = append(a.calls, problem)
	a.raw = append(a.raw, raw)
}

func (a *apiCalls) get() ([]string, []string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.calls...), append([]string(nil), a.raw...)
}

// fakeAPI checks a signed DescribeInstances call and answers reply (a
// Tencent-shaped JSON).
func fakeAPI(rec *apiCalls, wantBody, reply string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var problems []string
		if r.Method != http.MethodPost {
			problems = append(problems, "method "+r.Method)
		}
		if r.Host != "cvm.tencentcloudapi.com" {
			problems = append(problems, "host "+r.Host)
		}
		if got := r.Header.Get("X-TC-Action"); got != "DescribeInstances" {
			problems = append(problems, "X-TC-Action "+got)
		}
		if got := r.Header.Get("Authorization"); !strings.HasPrefix(got, "TC3-HMAC-SHA256 Credential="+docID+"/") {
			problems = append(problems, "Authorization "+got)
		}
		if string(body) != wantBody {
			problems = append(problems, fmt.Sprintf("body %q", body))
		}
		for k := range r.Header {
			if strings.HasPrefix(strings.ToLower(k), "x-tcsig-") {
				problems = append(problems, "relay header forwarded: "+k)
			}
		}
		var raw strings.Builder
		_ = r.Header.Write(&raw)
		raw.Write(body)
		rec.add(strings.Join(problems, "; "), raw.String())
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, reply)
	})
}

// to sends every name to the address: the relay's DNS seam.
func to(addr netip.AddrPort) func(context.Context, string) ([]netip.AddrPort, error) {
	return func(context.Context, string) ([]netip.AddrPort, error) { return []netip.AddrPort{addr}, nil }
}

const sendBody = `{"Limit": 1, "Offset": 0}`

// Send goes through the relay to the API; the panel shows its answer, the
// timeline, and a receipt whose hash matches the signed payload hash.
func TestSendThroughRelay(t *testing.T) {
	rec := &apiCalls{}
	api := apiServer(t, fakeAPI(rec, sendBody, `{"Response":{"TotalCount":0,"InstanceSet":[],"RequestId":"e2e-ok-7f3a"}}`))
	ctx := relayPage(t, relay.Config{}, to(api))
	fill(t, ctx, map[string]string{"secretId": docID, "secretKey": docKey, "data": sendBody})
	click(t, ctx, "#send")

	waitJS(t, ctx, `document.querySelector("#resp-requestid") && document.querySelector("#timeline [data-phase=total]") && document.querySelector("#receipt-verdict")`, "the response, timeline and receipt")
	assert.Contains(t, text(t, ctx, "#resp-status"), "HTTP 200", "status")
	assert.Equal(t, "e2e-ok-7f3a", text(t, ctx, "#resp-requestid"), "RequestId, want the upstream's")
	assert.Contains(t, text(t, ctx, "#resp-body"), `"TotalCount": 0`, "the body is not shown pretty-printed")
	assert.Zero(t, bt.Eval[int](t, ctx, `document.querySelectorAll("#resp-explain").length`), "a successful call shows an error explanation")
	// A fresh connection: every phase, the total last and the longest.
	phases := bt.Eval[[]string](t, ctx, `[...document.querySelectorAll("#timeline .tlrow")].map(r => r.dataset.phase)`)
	assert.Equal(t, []string{"dns", "connect", "tls", "ttfb", "total"}, phases, "timeline phases")
	w := bt.Eval[string](t, ctx, `document.querySelector("#timeline [data-phase=total] .tlbar").style.width`)
	assert.NotContains(t, []string{"", "0%"}, w, "the total bar's width")
	assert.Equal(t, "true", bt.Eval[string](t, ctx, `document.querySelector("#receipt-verdict").dataset.match`), "receipt match: %q", text(t, ctx, "#receipt"))
	hashed := bt.Eval[string](t, ctx, `tcsigPage.last().result.hashedPayload`)
	receipt := text(t, ctx, "#receipt pre")
	assert.Equal(t, 2, strings.Count(receipt, hashed), "the receipt should show the signed hashedPayload %s twice (relay's and signed):\n%s", hashed, receipt)
	assert.Equal(t, "false", bt.Eval[string](t, ctx, `document.querySelector("#clock").dataset.large`), "a fresh timestamp is reported as skewed: %s", text(t, ctx, "#clock"))

	// The panel follows the language switch.
	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	_, err := bt.EvalErr[string](ctx, `new Promise((res, rej) => { const t0 = Date.now(); const w = () => {
		const l = document.querySelector("#timeline [data-phase=total] .tlname").textContent;
		if (l === "总计") res(l); else if (Date.now() - t0 > `+strconv.FormatInt((bt.Patience/2).Milliseconds(), 10)+`) rej(new Error("labelled " + l)); else setTimeout(w, 20); }; w(); })`)
	assert.NoError(t, err, "after switching to Chinese the total phase is not 总计")
	assert.Equal(t, "e2e-ok-7f3a", text(t, ctx, "#resp-requestid"), "after switching language RequestId")

	calls, raw := rec.get()
	require.Len(t, calls, 1, "the API's calls")
	assert.Empty(t, calls[0], "the API got a wrong request")
	// Not NotContains: its failure message would print the key.
	assert.False(t, strings.Contains(raw[0], docKey), "the SecretKey reached the API")
}

// An AuthFailure.SignatureFailure is explained, with links to the steps
// that decide the signature; a stale timestamp raises the clock warning,
// and re-signing pins it to the API server's time.
func TestSendSignatureFailureAndClock(t *testing.T) {
	rec := &apiCalls{}
	// The API's clock is pinned: its Date header always says apiNow, so the
	// skew the page shows is exact however long the machine takes to send.
	apiNow := time.Now().Unix()
	reply := fakeAPI(rec, sendBody, `{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated."},"RequestId":"e2e-sig-1"}}`)
	api := apiServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Date", time.Unix(apiNow, 0).UTC().Format(http.TimeFormat))
		reply.ServeHTTP(w, r)
	}))
	ctx := relayPage(t, relay.Config{}, to(api))
	stale := apiNow - 1000
	fill(t, ctx, map[string]string{"secretId": docID, "secretKey": docKey, "data": sendBody, "timestamp": strconv.FormatInt(stale, 10)})
	require.True(t, bt.Eval[bool](t, ctx, `document.getElementById("ts-fixed").checked`), "typing a timestamp did not fix it")
	click(t, ctx, "#send")

	waitJS(t, ctx, `document.querySelector("#resp-explain") && document.querySelector("#clock")`, "the explanation and the clock")
	assert.Equal(t, "AuthFailure.SignatureFailure", text(t, ctx, "#resp-code"), "code")
	assert.Contains(t, text(t, ctx, "#resp-explain"), "canonical request", "explanation does not point at the canonical request")
	targets := bt.Eval[[]string](t, ctx, `[...document.querySelectorAll("#resp-explain a.steplink")].map(a => a.dataset.target)`)
	assert.Equal(t, []string{"step-canonicalRequest", "step-stringToSign"}, targets, "links, want the canonical request and string to sign steps")
	click(t, ctx, `#resp-explain a[data-target="step-canonicalRequest"]`)
	assert.True(t, bt.Eval[bool](t, ctx, `document.getElementById("step-canonicalRequest").classList.contains("flash")`), "following the link did not mark the canonical request step")
	// The Verify tab gets the request as sent (never the key) and the
	// API's clock.
	click(t, ctx, "#open-verify")
	assert.False(t, bt.Eval[bool](t, ctx, `document.getElementById("verify-panel").hidden`), "the Verify tab did not open")
	captured := bt.Eval[string](t, ctx, `document.getElementById("verify-text").value`)
	assert.Contains(t, captured, "X-TC-Timestamp: "+strconv.FormatInt(stale, 10), "Verify's request")
	assert.True(t, strings.HasSuffix(captured, sendBody), "Verify got %q, want it to end with the body", captured)
	// Not NotContains: its failure message would print the key.
	assert.False(t, strings.Contains(captured, docKey), "the SecretKey reached the Verify tab")
	now, _ := strconv.ParseInt(bt.Eval[string](t, ctx, `document.getElementById("verify-now").value`), 10, 64)
	assert.Equal(t, apiNow, now, "Verify's server clock, want the API's Date")
	// The re-sign button is on the Sign tab: links and buttons there work
	// from the Verify tab.
	click(t, ctx, "#tab-sign")

	require.Equal(t, "true", bt.Eval[string](t, ctx, `document.querySelector("#clock").dataset.large`), "a timestamp 1000 s old is not flagged: %s", text(t, ctx, "#clock"))
	assert.Contains(t, text(t, ctx, "#clock"), "-1000", "the clock does not show the -1000 s skew")
	click(t, ctx, "#resign")
	waitJS(t, ctx, `document.querySelector("#resigned")`, "the re-sign note")
	// Re-signing takes the API's time and adds the seconds the page has
	// waited since the answer: at least apiNow, at most the time now (the
	// browser and this test share the machine's clock; +1 for rounding).
	ts, _ := strconv.ParseInt(bt.Eval[string](t, ctx, `document.getElementById("timestamp").value`), 10, 64)
	wallNow := time.Now().Unix()
	assert.GreaterOrEqual(t, ts, apiNow, "re-signed timestamp, want the API's time advanced by the wait (now %d)", wallNow)
	assert.LessOrEqual(t, ts, wallNow+1, "re-signed timestamp, want the API's time %d advanced by the wait, not past now", apiNow)
	assert.Equal(t, strconv.FormatInt(ts, 10), bt.Eval[string](t, ctx, `tcsigPage.last().result.headers["X-TC-Timestamp"]`), "the signed request's X-TC-Timestamp, want the field's")
	calls, _ := rec.get()
	assert.Equal(t, []string{""}, calls, "the API's calls: one, and right")
}

// The probe lists every regional domain as it finishes, a domain whose TLS
// never completes included, and offers the fastest one.
func TestProbeRegions(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	gz, sh := apiServer(t, ok), apiServer(t, ok)
	// A listener that accepts and never answers: the TLS handshake hangs.
	stall, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	var held sync.WaitGroup
	t.Cleanup(func() { stall.Close(); held.Wait() })
	held.Add(1)
	go func() {
		defer held.Done()
		var conns []net.Conn
		defer func() {
			for _, c := range conns {
				c.Close()
			}
		}()
		for {
			c, err := stall.Accept()
			if err != nil {
				return
			}
			conns = append(conns, c)
		}
	}()
	addrs := map[string]netip.AddrPort{
		"cvm.ap-guangzhou.tencentcloudapi.com": gz,
		"cvm.ap-shanghai.tencentcloudapi.com":  sh,
		"cvm.ap-beijing.tencentcloudapi.com":   netip.MustParseAddrPort(stall.Addr().String()),
	}
	hosts := []string{"cvm.ap-guangzhou.tencentcloudapi.com", "cvm.ap-shanghai.tencentcloudapi.com", "cvm.ap-beijing.tencentcloudapi.com"}
	ctx := relayPage(t, relay.Config{
		RegionalHosts: func(service string) []string {
			if service != "cvm" {
				return nil
			}
			return hosts
		},
		// The stalled domain runs out its per-host budget; the answering
		// ones finish well within it on a loaded machine.
		Timeouts: relay.Timeouts{ProbeHost: 5 * time.Second, Probe: time.Minute},
	}, func(_ context.Context, host string) ([]netip.AddrPort, error) {
		if a, ok := addrs[host]; ok {
			return []netip.AddrPort{a}, nil
		}
		return nil, &net.DNSError{Err: "no such host in this test", Name: host, IsNotFound: true}
	})
	click(t, ctx, "#probe")
	waitJS(t, ctx, `document.getElementById("probe-out").dataset.done === "true"`, "the probe to finish")
	rows := bt.Eval[[]string](t, ctx, `[...document.querySelectorAll("#probe-table tbody tr")].map(r => r.dataset.host + (r.classList.contains("failed") ? " failed" : ""))`)
	require.Len(t, rows, 3, "probe rows")
	// The answering domains first (by time), the stalled one last.
	assert.Equal(t, "cvm.ap-beijing.tencentcloudapi.com failed", rows[2], "rows %v: the stalled domain should be last and failed", rows)
	for _, r := range rows[:2] {
		assert.False(t, strings.HasSuffix(r, "failed"), "rows %v: %s answered TLS", rows, r)
	}
	assert.Contains(t, text(t, ctx, "#probe-status"), "3 domains, 2 answered", "probe status")
	region := bt.Eval[string](t, ctx, `document.getElementById("probe-use").dataset.region`)
	assert.Equal(t, strings.Split(strings.Fields(rows[0])[0], ".")[1], region, "recommended region, want the fastest row's")
	click(t, ctx, "#probe-use")
	assert.Equal(t, "regional "+region, bt.Eval[string](t, ctx, `document.getElementById("endpoint").value + " " + document.getElementById("region").value`), "after Use: endpoint and region")
	assert.Equal(t, "cvm."+region+".tencentcloudapi.com", text(t, ctx, "#host"), "host after switching to the regional endpoint")
}

// A call that cannot reach the API (here: no DNS server, as on a machine
// without network) shows its HTTP status and Relay.* code, says in plain
// words what happened and what to do, keeps Go's error behind a
// disclosure instead of repeating it, and paints the failed phases red.
func TestSendRelayError(t *testing.T) {
	const raw = "dial udp 10.255.255.53:53: connect: network is unreachable"
	ctx := relayPage(t, relay.Config{}, func(_ context.Context, host string) ([]netip.AddrPort, error) {
		return nil, &net.DNSError{Err: raw, Name: host}
	})
	fill(t, ctx, map[string]string{"secretId": docID, "secretKey": docKey, "data": sendBody})
	click(t, ctx, "#send")
	waitJS(t, ctx, `document.querySelector("#resp-explain") && document.querySelector("#timeline [data-phase=total]")`, "the relay's error")
	assert.Contains(t, text(t, ctx, "#resp-status"), "HTTP 502")
	assert.Equal(t, "Relay.DNSFailure", text(t, ctx, "#resp-code"))
	explain := text(t, ctx, "#resp-explain")
	assert.Contains(t, explain, "did not reach the API")
	assert.Contains(t, explain, "The machine running tcsig serve cannot resolve cvm.tencentcloudapi.com: it has no DNS or no internet")
	assert.Equal(t, "dns", bt.Eval[string](t, ctx, `document.querySelector("#resp-explain").dataset.kind`))
	// Go's error: once, in the closed disclosure, not in the visible text.
	assert.Contains(t, text(t, ctx, "#resp-raw"), raw)
	assert.False(t, bt.Eval[bool](t, ctx, `document.querySelector("#resp-raw").open`))
	visible := bt.Eval[string](t, ctx, `document.getElementById("relay-panel").innerText`)
	assert.NotContains(t, visible, "network is unreachable", "Go's error shown outside the disclosure:\n%s", visible)
	assert.Contains(t, bt.Eval[string](t, ctx, `document.querySelector("#timeline [data-phase=dns] .tlms").title`), raw, "the failed phase's tooltip")

	// Failed phases are red, the total included; the colours are computed,
	// so a CSS rule that outranks the failure cannot hide it.
	bad := bt.Eval[string](t, ctx, `getComputedStyle(document.querySelector("#resp-code")).color`)
	for _, phase := range []string{"dns", "total"} {
		assert.Equal(t, bad, bt.Eval[string](t, ctx, `getComputedStyle(document.querySelector("#timeline [data-phase=`+phase+`] .tlbar")).backgroundColor`), "%s bar", phase)
	}
	assert.Contains(t, text(t, ctx, "#timeline [data-phase=total]"), "failed (Relay.DNSFailure)")
	assert.Zero(t, bt.Eval[int](t, ctx, `document.querySelectorAll("#timeline [data-phase=connect]").length`), "a connect phase although DNS failed")
	assert.Zero(t, bt.Eval[int](t, ctx, `document.querySelectorAll("#receipt").length`), "a receipt although nothing was forwarded")
	shot(t, ctx, "send-no-network", "#send-out")

	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	waitJS(t, ctx, `document.querySelector("#resp-explain") && document.querySelector("#resp-explain").textContent.includes("无法解析")`, "the explanation in Chinese")
	shot(t, ctx, "send-no-network-zh", "#send-out")
}

// A relay refusal (here: over the client's rate) is shown in the page's
// language: the relay answers in English, the page finds the message's
// code again and renders it in Chinese.
func TestSendRelayRefusalInChinese(t *testing.T) {
	rec := &apiCalls{}
	api := apiServer(t, fakeAPI(rec, sendBody, `{"Response":{"TotalCount":0,"InstanceSet":[],"RequestId":"e2e-rate"}}`))
	ctx := relayPage(t, relay.Config{OriginRate: relay.Rate{PerSecond: 1e-6, Burst: 1}}, to(api))
	bt.Eval[string](t, ctx, setSelect("lang", "zh"))
	fill(t, ctx, map[string]string{"secretId": docID, "secretKey": docKey, "data": sendBody})
	click(t, ctx, "#send")
	waitJS(t, ctx, `document.querySelector("#resp-requestid")`, "the first call's answer")
	click(t, ctx, "#send")
	waitJS(t, ctx, `document.querySelector("#resp-message")`, "the relay's refusal")
	assert.Contains(t, text(t, ctx, "#resp-status"), "HTTP 429")
	assert.Equal(t, "这个客户端和来源的调用过多；中继每秒允许 1e-06 次（突发 1 次）", text(t, ctx, "#resp-message"))
}
