package relay

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"net/http/httptrace"
	"sync"
	"time"
)

// probe measures connect + TLS time to every regional domain of service, ProbeConcurrency at a
// time, each within Timeouts.ProbeHost, through the relay's own dialer (same SSRF rules, same TLS verification), and streams
// each result to the page as it arrives, then probe-done. It returns within Timeouts.Probe.
func (rl *Relay) probe(ctx context.Context, c *wsClient, probeID, service string) {
	start := rl.now()
	hosts := probeHosts(rl.cfg.RegionalHosts(service))
	ctx, cancel := context.WithTimeout(ctx, rl.cfg.Timeouts.Probe)
	defer cancel()

	results := make(chan probeResultEvent)
	sem := make(chan struct{}, rl.cfg.ProbeConcurrency)
	var wg sync.WaitGroup
	for _, host := range hosts {
		wg.Go(func() {
			res := probeResultEvent{Type: "probe-result", ProbeID: probeID, Service: service, Host: host}
			select {
			case sem <- struct{}{}:
				rl.probeHost(ctx, &res)
				<-sem
			case <-ctx.Done():
				res.Code, res.Error = CodeUpstreamTimeout, "the probe ran out of time before this host was tried"
			}
			results <- res // the loop below receives exactly one result per host
		})
	}
	ok := 0
	for range hosts {
		res := <-results
		if res.Error == "" {
			ok++
		}
		c.sendJSON(&res)
	}
	wg.Wait()
	c.sendJSON(&probeDoneEvent{Type: "probe-done", ProbeID: probeID, Service: service, Hosts: len(hosts), OK: ok, Ms: millis(rl.now().Sub(start))})
}

// probeHosts de-duplicates and caps the list of domains to probe.
func probeHosts(list []string) []string {
	seen := make(map[string]bool, len(list))
	out := make([]string, 0, len(list))
	for _, h := range list {
		if !seen[h] && len(out) < maxProbeHosts {
			seen[h] = true
			out = append(out, h)
		}
	}
	return out
}

// probeHost dials one domain and completes a TLS handshake with it within Timeouts.ProbeHost,
// filling res. The per-host budget keeps a silent domain from holding a slot for the whole probe.
func (rl *Relay) probeHost(ctx context.Context, res *probeResultEvent) {
	ctx, cancel := context.WithTimeout(ctx, rl.cfg.Timeouts.ProbeHost)
	defer cancel()
	start := rl.now()
	fail := func(err error) {
		if ctx.Err() != nil && !isRefusal(err) {
			err = fmt.Errorf("no answer after %v: %w", rl.now().Sub(start).Round(time.Millisecond), ctx.Err())
		}
		_, res.Code = classify(err)
		res.Error = err.Error()
	}
	if err := checkHost(res.Host); err != nil {
		fail(err)
		return
	}
	var dnsDone time.Time
	trace := &httptrace.ClientTrace{DNSDone: func(httptrace.DNSDoneInfo) { dnsDone = rl.now() }}
	conn, err := rl.dialer.DialContext(httptrace.WithClientTrace(ctx, trace), "tcp", net.JoinHostPort(res.Host, "443"))
	connected := rl.now()
	if dnsDone.IsZero() {
		dnsDone = start
	}
	res.DNSMs, res.ConnectMs = millis(dnsDone.Sub(start)), millis(connected.Sub(dnsDone))
	if err != nil {
		fail(err)
		return
	}
	defer conn.Close()
	res.Addr = conn.RemoteAddr().String()

	cfg := rl.tlsConfig.Clone()
	cfg.ServerName = res.Host
	cfg.NextProtos = []string{"h2", "http/1.1"}
	hctx, hcancel := context.WithTimeout(ctx, rl.cfg.Timeouts.TLSHandshake)
	defer hcancel()
	tc := tls.Client(conn, cfg)
	err = tc.HandshakeContext(hctx)
	done := rl.now()
	res.TLSMs = millis(done.Sub(connected))
	res.Ms = millis(done.Sub(dnsDone))
	if err != nil {
		fail(&upstreamError{phase: phaseTLS, err: err})
		return
	}
	_ = tc.Close() // the probe only wanted the handshake
}

func isRefusal(err error) bool {
	_, code := classify(err)
	switch code {
	case CodeHostNotAllowed, CodeAddressNotAllowed:
		return true
	}
	return false
}
