package relay

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/http/httptrace"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/tcsig/tcsig/internal/message"
)

// deadlineGrace is how long after Timeouts.Total the page's connection may still be read and
// written, so that the relay's own answer to a timeout goes out.
const deadlineGrace = 5 * time.Second

// serveRelay handles /relay/{host}/?{query}: one relayed call, one log line, and — when the
// page names its websocket — the call's events.
func (rl *Relay) serveRelay(w http.ResponseWriter, r *http.Request) {
	c := &call{
		id:     r.Header.Get(HeaderCallID),
		start:  rl.now(),
		now:    rl.now,
		method: r.Method,
		origin: r.Header.Get("Origin"),
	}
	if !validCallID(c.id) {
		c.id = rl.newCallID()
	}
	w.Header().Set(HeaderCallID, c.id)

	wrote, err := rl.forward(c, w, r)
	c.err = err
	if err != nil && !wrote {
		c.status, c.code = writeError(w, err, c.id)
	} else if err != nil {
		_, c.code = classify(err) // the status line went out already; log what went wrong
	}
	if c.body != nil && !c.tc3 && c.method == http.MethodPost {
		c.fromForm(c.body.formFields()) // v1 POST: Action, Region, Timestamp travel in the body
	}
	c.finish()
	rl.logCall(c)
	if err != nil && wrote && !errors.Is(err, errClientGone) {
		// The response is incomplete; abort it so the page cannot mistake it for a whole one.
		panic(http.ErrAbortHandler)
	}
}

// forward runs the relay's rules, then the upstream call. wrote reports whether the upstream's
// status line has been written, after which an error can only cut the response short.
func (rl *Relay) forward(c *call, w http.ResponseWriter, r *http.Request) (wrote bool, err error) {
	page, done, err := rl.acceptOrigin(c, w, r)
	if done || err != nil {
		return done, err
	}
	who := rl.newClient(r, c.origin, page)
	rl.readCallHeaders(c, w, r)
	if err := rl.checkTarget(c, r); err != nil {
		return false, err
	}
	release, err := rl.admit(who)
	if err != nil {
		return false, err
	}
	defer release()
	limit, hdr, err := checkSize(c, r)
	if err != nil {
		return false, err
	}

	// The upstream request: the allowlisted host, path "/", the query byte for byte, the
	// forwarded headers and the body streamed through its limit.
	ctx, cancel := context.WithTimeout(r.Context(), rl.cfg.Timeouts.Total)
	defer cancel()
	defer context.AfterFunc(rl.base, cancel)()
	ctx = httptrace.WithClientTrace(ctx, c.clientTrace())

	// The page's side is bounded too: a stalled upload or a page that stops reading cannot
	// outlive the call. The connection deadlines fall a little after the context's, so the
	// relay's own 504 still gets written; they are cleared for the next request on the connection.
	rc := http.NewResponseController(w)
	connDeadline := c.start.Add(rl.cfg.Timeouts.Total + deadlineGrace)
	_ = rc.SetWriteDeadline(connDeadline) // not every ResponseWriter supports deadlines
	defer func() { _ = rc.SetWriteDeadline(time.Time{}) }()

	out, cleanup, err := rl.upstreamRequest(ctx, c, w, r, rc, connDeadline, limit, hdr)
	defer cleanup()
	if err != nil {
		return false, err
	}
	c.sent = hdr
	rl.logRequest(c)

	resp, err := rl.transport.RoundTrip(out)
	c.firstByteAt = rl.now()
	if err := rl.roundTripError(ctx, c, r, resp, err); err != nil {
		return false, err
	}
	defer resp.Body.Close()
	c.proto, c.serverDate = resp.Proto, resp.Header.Get("Date")
	if resp.ContentLength > rl.cfg.MaxResponseBytes {
		return false, fmt.Errorf("%w: %d bytes, over the relay's %d-byte limit", errResponseTooLarge, resp.ContentLength, rl.cfg.MaxResponseBytes)
	}

	copyResponseHeader(w.Header(), resp.Header)
	w.WriteHeader(resp.StatusCode)
	c.status = resp.StatusCode
	return true, rl.copyResponse(c, w, r, resp)
}

// acceptOrigin checks a call's Origin (normalised into c.origin), sets the
// CORS headers and answers a preflight itself (done).
func (rl *Relay) acceptOrigin(c *call, w http.ResponseWriter, r *http.Request) (page, done bool, err error) {
	if c.origin == "" {
		return false, false, nil
	}
	norm, isPage, err := rl.checkOrigin(c.origin, r.Host)
	if err != nil {
		return false, false, err
	}
	c.origin = norm
	setCORS(w.Header(), r.Header.Get("Origin")) // echoed exactly as sent, as CORS requires
	if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
		if err := preflight(w, r); err != nil {
			return isPage, false, err
		}
		c.status = http.StatusNoContent
		return isPage, true, nil
	}
	return isPage, false, nil
}

// readCallHeaders takes the relay's own request headers: the /ws client
// to send events to and the page's clock.
func (rl *Relay) readCallHeaders(c *call, w http.ResponseWriter, r *http.Request) {
	if id := r.Header.Get(HeaderTrace); id != "" {
		if c.client = rl.hub.get(id); c.client == nil {
			w.Header().Set(HeaderTraceError, "no open /ws client with this id")
		}
	}
	if ct := r.Header.Get(HeaderClientTime); ct != "" {
		if v, err := strconv.ParseInt(ct, 10, 64); err == nil {
			c.clientTimeMs = &v
		}
	}
}

// checkTarget checks the method, the target host and the query.
func (rl *Relay) checkTarget(c *call, r *http.Request) (err error) {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		return refuseMsg(errMethodNotAllowed, message.RelayMethod, r.Method)
	}
	if c.host, err = parseTarget(r.URL.EscapedPath()); err != nil {
		return err
	}
	c.query = r.URL.RawQuery
	if err := checkQuery(c.query); err != nil {
		return err
	}
	c.tc3 = isTC3(r.Header)
	c.describe(r)
	return nil
}

// checkSize applies the size limits before dialling, from Content-Length
// (a body without one is counted as it streams), and picks the headers to
// forward.
func checkSize(c *call, r *http.Request) (limit int64, hdr http.Header, err error) {
	limit = bodyLimit(r.Method, c.tc3)
	if r.ContentLength > limit {
		return 0, nil, tooLarge(r.Method, c.tc3, r.ContentLength)
	}
	if r.Method == http.MethodGet && r.ContentLength < 0 && bodyNotEmpty(r.Body) {
		return 0, nil, tooLarge(r.Method, c.tc3, -1)
	}
	hdr, err = outboundHeader(r.Header)
	return limit, hdr, err
}

// upstreamRequest builds the request to the API with the page's body
// streamed through its limit. cleanup, to be deferred by the caller (it
// must outlive the response's copy), clears the read deadline it set.
func (rl *Relay) upstreamRequest(ctx context.Context, c *call, w http.ResponseWriter, r *http.Request,
	rc *http.ResponseController, connDeadline time.Time, limit int64, hdr http.Header) (out *http.Request, cleanup func(), err error) {
	cleanup = func() {}
	out, err = http.NewRequestWithContext(ctx, r.Method, "https://"+c.host+"/", nil)
	if err != nil {
		return nil, cleanup, err
	}
	out.URL.RawQuery = c.query
	out.Header = hdr
	post := r.Method == http.MethodPost && r.ContentLength != 0
	src := io.ReadCloser(http.NoBody)
	if post {
		src = http.MaxBytesReader(w, r.Body, limit)
		_ = rc.EnableFullDuplex() // an early upstream answer may overtake the body
	}
	c.body = newBodyReader(src, min(r.ContentLength, limit), c.client != nil, !c.tc3 && r.Method == http.MethodPost && isForm(r.Header))
	if !post {
		return out, cleanup, nil
	}
	out.Body, out.ContentLength = c.body, r.ContentLength
	_ = rc.SetReadDeadline(connDeadline)
	// When the call ends early (timeout, page gone, relay closing), unblock a body read
	// that waits on the page — but only while the body is still coming: a read deadline
	// after it would make the server think the page had left.
	stop := context.AfterFunc(ctx, func() {
		if !c.body.complete() {
			_ = rc.SetReadDeadline(time.Now())
		}
	})
	cleanup = func() {
		stop()
		_ = rc.SetReadDeadline(time.Time{})
	}
	return out, cleanup, nil
}

// roundTripError turns what went wrong in the round trip into the relay's
// error: the page's body (too large, too slow, gone) before the upstream's.
// ctx is the call's, bounded by the total timeout.
func (rl *Relay) roundTripError(ctx context.Context, c *call, r *http.Request, resp *http.Response, err error) error {
	if exceeded, readErr := c.body.failure(); exceeded || readErr != nil {
		if resp != nil {
			resp.Body.Close()
		}
		var ne net.Error
		switch {
		case exceeded:
			return tooLarge(r.Method, c.tc3, -1)
		case errors.Is(readErr, os.ErrDeadlineExceeded), errors.As(readErr, &ne) && ne.Timeout():
			return refuseMsg(errRequestTimeout, message.RelayBodyTimeout, rl.cfg.Timeouts.Total.String())
		}
		return fmt.Errorf("%w: reading the request body: %v", errClientGone, readErr)
	}
	if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) && c.body.stalled() {
		// The time ran out while the page was still sending. The read deadline that would
		// say so may not have fired yet, and when it does it also cancels r's context, which
		// must not read as a page that left.
		return refuseMsg(errRequestTimeout, message.RelayBodyTimeout, rl.cfg.Timeouts.Total.String())
	}
	if err != nil {
		if r.Context().Err() != nil {
			return fmt.Errorf("%w: %v", errClientGone, err)
		}
		return &upstreamError{phase: c.currentPhase(), err: err}
	}
	return nil
}

// checkQuery applies the API's query limit and refuses a raw '#'.
func checkQuery(q string) error {
	if len(q) > MaxQueryBytes {
		return refuseMsg(errURITooLong, message.RelayQueryTooLong, len(q), MaxQueryBytes)
	}
	if strings.Contains(q, "#") {
		// A request target has no fragment (RFC 9112 §3.2), so a raw '#' is either a client bug
		// or a trick; re-encoding it would change bytes the client may have signed.
		return refuseMsg(errBadQuery, message.RelayQueryHash)
	}
	return nil
}

// admit applies the client's rate, then holds one of its relay slots until release is called.
func (rl *Relay) admit(who client) (release func(), err error) {
	if !rl.perClient.allow(who.key(), who.page, rl.now()) {
		return nil, refuseMsg(errRateLimited, message.RelayRateLimited, strconv.FormatFloat(rl.cfg.OriginRate.PerSecond, 'g', -1, 64), rl.cfg.OriginRate.Burst)
	}
	if rl.base.Err() != nil {
		return nil, refuseMsg(errClosing, message.RelayClosing)
	}
	release, full := rl.calls.take(who)
	if release == nil {
		return nil, refuseMsg(errTooManyRelays, message.RelayInFlight, full, rl.cfg.MaxConcurrent, rl.calls.perClient)
	}
	return release, nil
}

// copyResponse streams the upstream body to the page through a pooled buffer, flushing at once
// when the upstream sent no Content-Length (as httputil.ReverseProxy does).
func (rl *Relay) copyResponse(c *call, w http.ResponseWriter, r *http.Request, resp *http.Response) error {
	bufp := rl.getBuf()
	defer rl.putBuf(bufp)
	buf := *bufp
	flush := resp.ContentLength < 0
	rc := http.NewResponseController(w)
	var tail tailBuffer
	defer func() { c.requestID = tail.requestID() }()
	for {
		n, rerr := resp.Body.Read(buf)
		if n > 0 {
			c.respBytes += int64(n)
			if c.respBytes > rl.cfg.MaxResponseBytes {
				return fmt.Errorf("%w: over the relay's %d-byte limit", errResponseTooLarge, rl.cfg.MaxResponseBytes)
			}
			tail.write(buf[:n])
			if _, werr := w.Write(buf[:n]); werr != nil {
				return fmt.Errorf("%w: %v", errClientGone, werr)
			}
			if flush {
				if err := rc.Flush(); err != nil {
					return fmt.Errorf("%w: %v", errClientGone, err)
				}
			}
		}
		switch {
		case rerr == io.EOF:
			return nil
		case rerr != nil && r.Context().Err() != nil:
			return fmt.Errorf("%w: %v", errClientGone, rerr)
		case rerr != nil:
			return &upstreamError{phase: phaseResponse, err: rerr}
		}
	}
}

// describe notes what the log and the clock event need: action, region, timestamp.
func (c *call) describe(r *http.Request) {
	if c.tc3 {
		c.action = r.Header.Get("X-Tc-Action")
		c.region = r.Header.Get("X-Tc-Region")
		c.timestamp = r.Header.Get("X-Tc-Timestamp")
		return
	}
	if c.query != "" {
		c.fromForm(parseFormFields(c.query))
	}
}

// fromForm fills the v1 fields from a query or a form body.
func (c *call) fromForm(f *formFields) {
	if f == nil {
		return
	}
	c.action = cmp.Or(c.action, f.Action)
	c.region = cmp.Or(c.region, f.Region)
	c.timestamp = cmp.Or(c.timestamp, f.Timestamp)
	c.v1SHA256 = c.v1SHA256 || f.SignatureMethod == "HmacSHA256"
}

func isForm(h http.Header) bool {
	mt, _, err := mime.ParseMediaType(h.Get("Content-Type"))
	return err == nil && mt == "application/x-www-form-urlencoded"
}

// bodyNotEmpty reads at most one byte of a GET's chunked body.
func bodyNotEmpty(body io.Reader) bool {
	var one [1]byte
	n, _ := io.ReadFull(body, one[:])
	return n > 0
}

func validCallID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		switch c := id[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '.', c == '_', c == '-':
		default:
			return false
		}
	}
	return true
}

// logCall writes the call's one log line. It names no header or parameter value but the
// action and region: Authorization, X-TC-Token, Signature, Token and the bodies never appear.
func (rl *Relay) logCall(c *call) {
	c.mu.Lock()
	dns, connect, tlsDur, ttfb, reused := c.dns, c.connect, c.tls, c.ttfb, c.reused
	c.mu.Unlock()
	attrs := make([]slog.Attr, 0, 20)
	attrs = append(attrs,
		slog.String("call", c.id),
		slog.String("method", c.method),
		slog.String("host", c.host),
		slog.String("action", c.action),
		slog.String("region", c.region),
		slog.Int("status", c.status),
	)
	if c.host != "" {
		attrs = append(attrs, slog.String("sig", c.sigName()))
	}
	if c.code != "" {
		attrs = append(attrs, slog.String("code", c.code))
	}
	var sent int64
	if c.body != nil {
		sent = c.body.count()
	}
	attrs = append(attrs,
		slog.Int64("reqBytes", sent),
		slog.Int64("respBytes", c.respBytes),
		slog.Float64("dnsMs", millis(dns)),
		slog.Float64("connectMs", millis(connect)),
		slog.Float64("tlsMs", millis(tlsDur)),
		slog.Float64("ttfbMs", millis(ttfb)),
		slog.Float64("totalMs", millis(rl.now().Sub(c.start))),
		slog.Bool("reused", reused),
		slog.String("requestId", c.requestID),
	)
	if c.origin != "" {
		attrs = append(attrs, slog.String("origin", c.origin))
	}
	level := slog.LevelInfo
	if c.err != nil {
		attrs = append(attrs, slog.String("error", c.err.Error()))
		if c.status >= 500 || c.status == 0 {
			level = slog.LevelWarn
		}
	}
	rl.log.LogAttrs(context.Background(), level, "relay", attrs...)
}

// logRequest logs, at debug level only, what is about to be sent — redacted.
func (rl *Relay) logRequest(c *call) {
	if !rl.log.Enabled(context.Background(), slog.LevelDebug) {
		return
	}
	rl.log.LogAttrs(context.Background(), slog.LevelDebug, "relay request",
		slog.String("call", c.id),
		slog.String("method", c.method),
		slog.String("host", c.host),
		slog.Any("headers", redactedHeader(c.sent)),
		slog.String("query", redactQuery(c.query)),
	)
}
