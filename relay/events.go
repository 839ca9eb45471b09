package relay

import (
	"crypto/tls"
	"encoding/json"
	"math"
	"net/http"
	"net/http/httptrace"
	"slices"
	"strconv"
	"sync"
	"time"
)

// Phases of a relayed call, in the order their timing events arrive.
const (
	phaseDNS      = "dns"
	phaseConnect  = "connect"
	phaseTLS      = "tls"
	phaseRequest  = "request"  // connection obtained, request being written (no event)
	phaseTTFB     = "ttfb"     // first response byte
	phaseResponse = "response" // streaming the response body (no event)
	phaseTotal    = "total"
)

// Events sent on /ws. Field names are the page's contract; see doc.go.

type helloEvent struct {
	Type        string `json:"type"` // "hello"
	ClientID    string `json:"clientId"`
	TraceHeader string `json:"traceHeader"`
	Probe       bool   `json:"probe"` // whether {"type":"probe"} is available
}

type timingEvent struct {
	Type   string  `json:"type"` // "timing"
	CallID string  `json:"callId"`
	Phase  string  `json:"phase"` // dns | connect | tls | ttfb | total
	Ms     float64 `json:"ms"`    // duration of the phase
	AtMs   float64 `json:"atMs"`  // end of the phase, since the relay received the call

	Addrs      []string `json:"addrs,omitempty"`      // dns: resolved addresses
	Addr       string   `json:"addr,omitempty"`       // connect: address dialled
	TLSVersion string   `json:"tlsVersion,omitempty"` // tls
	ALPN       string   `json:"alpn,omitempty"`       // tls: "h2" or "http/1.1"
	Reused     *bool    `json:"reused,omitempty"`     // ttfb: connection reused (no dns/connect/tls events)
	WaitMs     *float64 `json:"waitMs,omitempty"`     // ttfb: request fully sent → first byte
	Error      string   `json:"error,omitempty"`
}

// totalEvent is the last event of every traced call: {"type":"timing","phase":"total",…}.
type totalEvent struct {
	Type          string  `json:"type"` // "timing"
	CallID        string  `json:"callId"`
	Phase         string  `json:"phase"` // "total"
	Ms            float64 `json:"ms"`
	AtMs          float64 `json:"atMs"`
	Status        int     `json:"status"`              // HTTP status the page received (499: it left)
	Code          string  `json:"code,omitempty"`      // Relay.* when the relay answered or cut the call
	Error         string  `json:"error,omitempty"`     // the Relay.* message
	Kind          string  `json:"kind,omitempty"`      // why the upstream was not reached (HeaderFailure)
	BytesSent     int64   `json:"bytesSent"`           // request body bytes forwarded upstream
	BytesReceived int64   `json:"bytesReceived"`       // response body bytes relayed back
	RequestID     string  `json:"requestId,omitempty"` // the API's Response.RequestId
	Reused        bool    `json:"reused"`              // the upstream connection was reused
}

type headerField struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type receiptEvent struct {
	Type       string        `json:"type"` // "receipt"
	CallID     string        `json:"callId"`
	Method     string        `json:"method"`
	URL        string        `json:"url"`
	Proto      string        `json:"proto,omitempty"` // HTTP/1.1 or HTTP/2.0 (header names go lower case on h2)
	Headers    []headerField `json:"headers"`         // exactly what was sent, Host first
	BodyBytes  int64         `json:"bodyBytes"`
	BodySHA256 string        `json:"bodySha256"`   // hex SHA-256 of the forwarded body bytes
	Complete   bool          `json:"bodyComplete"` // the whole body was read and forwarded
}

type clockEvent struct {
	Type             string `json:"type"` // "clock"
	CallID           string `json:"callId"`
	ServerDate       string `json:"serverDate"`                 // the API server's Date header, verbatim
	ServerTime       int64  `json:"serverTime"`                 // the same, Unix seconds (1 s resolution)
	RequestTimestamp *int64 `json:"requestTimestamp,omitempty"` // X-TC-Timestamp / v1 Timestamp, Unix seconds
	RequestSkewS     *int64 `json:"requestSkewS,omitempty"`     // requestTimestamp − serverTime
	ClientTimeMs     *int64 `json:"clientTimeMs,omitempty"`     // X-Tcsig-Client-Time, as sent by the page
	ClientSkewMs     *int64 `json:"clientSkewMs,omitempty"`     // clientTimeMs − serverTime·1000
	RelayTimeMs      int64  `json:"relayTimeMs"`                // the relay's clock when the response headers arrived
	RelaySkewMs      int64  `json:"relaySkewMs"`                // relayTimeMs − serverTime·1000
	WindowS          int    `json:"windowS"`                    // 300: the API's allowed |skew|
	OutsideWindow    bool   `json:"outsideWindow"`              // |requestSkewS| > windowS
}

type probeResultEvent struct {
	Type      string  `json:"type"` // "probe-result"
	ProbeID   string  `json:"probeId,omitempty"`
	Service   string  `json:"service"`
	Host      string  `json:"host"`
	Addr      string  `json:"addr,omitempty"`
	Ms        float64 `json:"ms"` // connect + TLS handshake (DNS excluded)
	DNSMs     float64 `json:"dnsMs"`
	ConnectMs float64 `json:"connectMs"`
	TLSMs     float64 `json:"tlsMs"`
	Code      string  `json:"code,omitempty"`
	Error     string  `json:"error,omitempty"`
}

type probeDoneEvent struct {
	Type    string  `json:"type"` // "probe-done"
	ProbeID string  `json:"probeId,omitempty"`
	Service string  `json:"service"`
	Hosts   int     `json:"hosts"`
	OK      int     `json:"ok"`
	Ms      float64 `json:"ms"`
}

type errorEvent struct {
	Type    string `json:"type"` // "error"
	Code    string `json:"code"`
	Message string `json:"message"`
	ProbeID string `json:"probeId,omitempty"`
}

func millis(d time.Duration) float64 {
	return math.Round(float64(d)/float64(time.Microsecond)) / 1000
}

// call is one relayed request: what was asked, what was sent, what came back, and its trace.
// The handler goroutine owns the request and outcome fields; the trace fields are written by
// httptrace hooks on transport goroutines and guarded by mu, which also keeps events in order.
type call struct {
	id     string
	start  time.Time
	now    func() time.Time
	client *wsClient // nil unless X-Tcsig-Trace names an open websocket

	// The request.
	method, host, origin, query string
	action, region, timestamp   string
	tc3, v1SHA256               bool
	clientTimeMs                *int64
	sent                        http.Header // headers forwarded upstream (nil: nothing was sent)
	body                        *bodyReader

	// The outcome.
	status      int
	code        string // Relay.* when the relay answered itself
	err         error
	respBytes   int64
	requestID   string
	serverDate  string
	proto       string
	firstByteAt time.Time

	mu        sync.Mutex
	finished  bool
	phase     string
	dnsStart  time.Time
	connStart time.Time
	tlsStart  time.Time
	gotConnAt time.Time
	wroteAt   time.Time
	dns       time.Duration
	connect   time.Duration
	tls       time.Duration
	ttfb      time.Duration // since start
	reused    bool
	addr      string
	// dnsDepth counts DNS lookups under way. The dialer's resolve reports the lookup, and Go's
	// resolver reports it again inside, with its dials to the DNS server as connects: those are
	// not the call's, so only the outermost lookup is an event and no connect is one during it.
	dnsDepth int
}

func (c *call) sigName() string {
	switch {
	case c.tc3:
		return "TC3-HMAC-SHA256"
	case c.v1SHA256:
		return "HmacSHA256"
	}
	return "HmacSHA1"
}

// listeningLocked reports whether anyone receives this call's events. c.mu must be held.
func (c *call) listeningLocked() bool { return c.client != nil && !c.finished }

// emitLocked sends an event to the call's websocket, if any. c.mu must be held: holding it
// while enqueueing is what keeps one call's events in order across transport goroutines.
func (c *call) emitLocked(ev any) {
	if c.listeningLocked() {
		c.client.sendJSON(ev)
	}
}

func (c *call) setPhase(p string) {
	c.mu.Lock()
	c.phase = p
	c.mu.Unlock()
}

func (c *call) currentPhase() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.phase
}

// clientTrace reports the connection's life to the call. Hooks may run after the handler
// returned (a dial outlives a cancelled call); finished makes them no-ops.
func (c *call) clientTrace() *httptrace.ClientTrace {
	return &httptrace.ClientTrace{
		DNSStart:             c.onDNSStart,
		DNSDone:              c.onDNSDone,
		ConnectStart:         c.onConnectStart,
		ConnectDone:          c.onConnectDone,
		TLSHandshakeStart:    c.onTLSHandshakeStart,
		TLSHandshakeDone:     c.onTLSHandshakeDone,
		GotConn:              c.onGotConn,
		WroteRequest:         c.onWroteRequest,
		GotFirstResponseByte: c.onGotFirstResponseByte,
	}
}

func (c *call) onDNSStart(_ httptrace.DNSStartInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dnsDepth++; c.dnsDepth == 1 {
		c.phase, c.dnsStart = phaseDNS, c.now()
	}
}

func (c *call) onDNSDone(info httptrace.DNSDoneInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dnsDepth--; c.dnsDepth > 0 {
		return
	}
	t := c.now()
	c.dns = t.Sub(c.dnsStart)
	if !c.listeningLocked() {
		return
	}
	ev := timingEvent{Type: "timing", CallID: c.id, Phase: phaseDNS, Ms: millis(c.dns), AtMs: millis(t.Sub(c.start))}
	for _, a := range info.Addrs {
		ev.Addrs = append(ev.Addrs, a.String())
	}
	if info.Err != nil {
		ev.Error = info.Err.Error()
	}
	c.emitLocked(&ev)
}

func (c *call) onConnectStart(_, _ string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dnsDepth > 0 {
		return
	}
	c.phase, c.connStart = phaseConnect, c.now()
}

func (c *call) onConnectDone(_, addr string, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dnsDepth > 0 {
		return
	}
	t := c.now()
	c.connect, c.addr = t.Sub(c.connStart), addr
	if !c.listeningLocked() {
		return
	}
	ev := timingEvent{Type: "timing", CallID: c.id, Phase: phaseConnect, Ms: millis(c.connect), AtMs: millis(t.Sub(c.start)), Addr: addr}
	if err != nil {
		ev.Error = err.Error()
	}
	c.emitLocked(&ev)
}

func (c *call) onTLSHandshakeStart() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.phase, c.tlsStart = phaseTLS, c.now()
}

func (c *call) onTLSHandshakeDone(st tls.ConnectionState, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.now()
	c.tls = t.Sub(c.tlsStart)
	if !c.listeningLocked() {
		return
	}
	ev := timingEvent{Type: "timing", CallID: c.id, Phase: phaseTLS, Ms: millis(c.tls), AtMs: millis(t.Sub(c.start))}
	if err != nil {
		ev.Error = err.Error()
	} else {
		ev.TLSVersion, ev.ALPN = tls.VersionName(st.Version), st.NegotiatedProtocol
	}
	c.emitLocked(&ev)
}

func (c *call) onGotConn(info httptrace.GotConnInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.phase, c.gotConnAt, c.reused = phaseRequest, c.now(), info.Reused
}

func (c *call) onWroteRequest(_ httptrace.WroteRequestInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.wroteAt = c.now()
}

func (c *call) onGotFirstResponseByte() {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.now()
	c.phase, c.ttfb = phaseResponse, t.Sub(c.start)
	if !c.listeningLocked() {
		return
	}
	from := c.gotConnAt
	if from.IsZero() {
		from = c.start
	}
	reused := c.reused
	ev := timingEvent{Type: "timing", CallID: c.id, Phase: phaseTTFB, Ms: millis(t.Sub(from)), AtMs: millis(c.ttfb), Reused: &reused}
	if !c.wroteAt.IsZero() {
		w := millis(t.Sub(c.wroteAt))
		ev.WaitMs = &w
	}
	c.emitLocked(&ev)
}

// finish sends the call's closing events — receipt, clock, total — and silences late hooks.
func (c *call) finish() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.listeningLocked() {
		if c.sent != nil && !c.gotConnAt.IsZero() { // something was written upstream
			c.emitLocked(c.receipt())
		}
		if ev := c.clock(); ev != nil {
			c.emitLocked(ev)
		}
		ev := totalEvent{
			Type: "timing", CallID: c.id, Phase: phaseTotal,
			Ms: millis(c.now().Sub(c.start)), Status: c.status, Code: c.code,
			BytesReceived: c.respBytes, RequestID: c.requestID, Reused: c.reused,
		}
		ev.AtMs = ev.Ms
		if c.body != nil {
			ev.BytesSent = c.body.count()
		}
		if c.err != nil && c.code != "" {
			ev.Error = pageMessage(c.err, c.code)
			ev.Kind = transportKind(c.err, c.code)
		}
		c.emitLocked(&ev)
	}
	c.finished = true
}

func (c *call) receipt() *receiptEvent {
	ev := &receiptEvent{Type: "receipt", CallID: c.id, Method: c.method, URL: "https://" + c.host + "/", Proto: c.proto}
	if c.query != "" {
		ev.URL += "?" + c.query
	}
	ev.Headers = append(ev.Headers, headerField{"Host", c.host})
	names := make([]string, 0, len(c.sent))
	for name := range c.sent {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		for _, v := range c.sent[name] {
			ev.Headers = append(ev.Headers, headerField{name, v})
		}
	}
	switch n := c.body.declared; {
	case n > 0 || (n == 0 && c.method == http.MethodPost):
		ev.Headers = append(ev.Headers, headerField{"Content-Length", strconv.FormatInt(n, 10)})
	case n < 0 && c.proto != "HTTP/2.0":
		ev.Headers = append(ev.Headers, headerField{"Transfer-Encoding", "chunked"})
	}
	ev.BodyBytes, ev.BodySHA256, ev.Complete = c.body.receipt()
	return ev
}

func (c *call) clock() *clockEvent {
	if c.serverDate == "" {
		return nil
	}
	server, err := http.ParseTime(c.serverDate)
	if err != nil {
		return nil
	}
	ev := &clockEvent{
		Type: "clock", CallID: c.id, ServerDate: c.serverDate, ServerTime: server.Unix(),
		RelayTimeMs: c.firstByteAt.UnixMilli(), WindowS: int(signatureWindow / time.Second),
	}
	ev.RelaySkewMs = ev.RelayTimeMs - ev.ServerTime*1000
	if ts, err := strconv.ParseInt(c.timestamp, 10, 64); err == nil {
		skew := ts - ev.ServerTime
		ev.RequestTimestamp, ev.RequestSkewS = &ts, &skew
		ev.OutsideWindow = skew > int64(ev.WindowS) || skew < -int64(ev.WindowS)
	}
	if c.clientTimeMs != nil {
		skew := *c.clientTimeMs - ev.ServerTime*1000
		ev.ClientTimeMs, ev.ClientSkewMs = c.clientTimeMs, &skew
	}
	return ev
}

// signatureWindow is how far X-TC-Timestamp may be from the server's clock.
const signatureWindow = 5 * time.Minute

func marshalEvent(ev any) []byte {
	b, err := json.Marshal(ev)
	if err != nil { // the event types marshal by construction
		panic("relay: marshalling an event: " + err.Error())
	}
	return b
}
