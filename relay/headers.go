package relay

import (
	"mime"
	"net/http"
	"strings"

	"github.com/tcsig/tcsig/internal/message"
)

// Headers the page sends to the relay itself. They are consumed, never forwarded.
const (
	// HeaderTrace names the /ws client (its "hello" clientId) that receives this call's events.
	HeaderTrace = "X-Tcsig-Trace"
	// HeaderCallID is the call's id: chosen by the page ([A-Za-z0-9._-]{1,64}) or by the relay,
	// and echoed on every relay response. Events and the log name calls by it.
	HeaderCallID = "X-Tcsig-Call-Id"
	// HeaderClientTime is the browser's clock (Unix milliseconds) when it sent the call.
	HeaderClientTime = "X-Tcsig-Client-Time"
	// HeaderTraceError is set on the response when HeaderTrace names no open websocket.
	HeaderTraceError = "X-Tcsig-Trace-Error"
	// HeaderUpstreamContentType carries the upstream Content-Type when the relay replaced it.
	HeaderUpstreamContentType = "X-Tcsig-Upstream-Content-Type"
	// HeaderFailure is set on a Relay.* answer when the upstream could not be reached: the
	// failure's kind (apierror.TransportKind: dns, dns-not-found, timeout, refused, connect, tls,
	// certificate, not-tls, other), for a page without the event connection.
	HeaderFailure = "X-Tcsig-Failure"
)

// Header limits on a relayed request.
const (
	maxHeaderFields    = 100      // all fields the browser sent
	maxForwardedTC     = 32       // X-TC-* fields forwarded
	maxHeaderValue     = 8 << 10  // one forwarded value (an STS X-TC-Token is ~1-2 KB)
	maxForwardedHeader = 16 << 10 // all forwarded names and values
	userAgent          = "tcsig-relay"
	tcPrefix           = "X-Tc-" // http.CanonicalHeaderKey("X-TC-")
)

// outboundHeader picks what the API needs from the browser's headers: Authorization,
// Content-Type and X-TC-*. Everything else — Cookie, Origin, Referer, hop-by-hop headers,
// X-Forwarded-*, X-Tcsig-* — stays behind, and so does any header the client's Connection
// header names: the client declared it hop-by-hop, for the relay only (RFC 9110 §7.6.1). The transport adds Host (the allowlisted name),
// Content-Length or Transfer-Encoding; nothing else is added but User-Agent.
func outboundHeader(in http.Header) (http.Header, error) {
	fields := 0
	for _, vs := range in {
		fields += len(vs)
	}
	if fields > maxHeaderFields {
		return nil, refuseMsg(errHeadersTooLarge, message.RelayHeaderFields, fields, maxHeaderFields)
	}
	out := make(http.Header, 8)
	size, tc := 0, 0
	connection := in.Values("Connection")
	for name, vs := range in {
		switch {
		case listed(connection, name):
			continue
		case name == "Authorization" || name == "Content-Type":
			if len(vs) > 1 {
				return nil, refuseMsg(errBadHeader, message.RelayHeaderTwice, name)
			}
		case strings.HasPrefix(name, tcPrefix):
			tc += len(vs)
		default:
			continue
		}
		for _, v := range vs {
			if len(v) > maxHeaderValue {
				return nil, refuseMsg(errHeadersTooLarge, message.RelayHeaderValue, name, len(v), maxHeaderValue)
			}
			size += len(name) + len(v) + 4
		}
		out[name] = vs
	}
	switch {
	case tc > maxForwardedTC:
		return nil, refuseMsg(errHeadersTooLarge, message.RelayHeaderTC, tc, maxForwardedTC)
	case size > maxForwardedHeader:
		return nil, refuseMsg(errHeadersTooLarge, message.RelayHeaderTotal, size, maxForwardedHeader)
	}
	out.Set("User-Agent", userAgent)
	return out, nil
}

// passedResponseHeaders are the upstream response headers the page receives, besides the
// API's own X-TC-* headers: what a caller needs to read the answer. Everything else is dropped —
// Set-Cookie, hop-by-hop headers, Location, Alt-Svc, CORS, Strict-Transport-Security,
// Clear-Site-Data and caching would act on the relay's own origin, and X-Accel-Redirect,
// X-Sendfile and their kind would instruct a proxy in front of the relay. An allowlist, as a
// header the relay has never heard of may mean something to a browser or a proxy.
var passedResponseHeaders = map[string]bool{
	"Content-Type":     true,
	"Content-Length":   true,
	"Content-Language": true,
	"Date":             true, // the page's clock check reads it
	"Retry-After":      true,
	"Server":           true,
}

// copyResponseHeader copies the upstream headers the page may see into dst and sets the
// relay's own: the body is shown as data, never rendered on the relay's origin.
func copyResponseHeader(dst, src http.Header) {
	connection := src.Values("Connection") // names listed there are hop-by-hop too
	for name, vs := range src {
		pass := passedResponseHeaders[name] || strings.HasPrefix(name, tcPrefix)
		if !pass || listed(connection, name) {
			continue
		}
		dst[name] = vs
	}
	if ct := src.Get("Content-Type"); !safeContentType(ct) {
		dst.Set("Content-Type", "text/plain; charset=utf-8")
		if ct != "" {
			dst.Set(HeaderUpstreamContentType, ct)
		}
	}
	dst.Set("X-Content-Type-Options", "nosniff")
	dst.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox")
	dst.Set("Cache-Control", "no-store")
}

func listed(tokens []string, name string) bool {
	for _, line := range tokens {
		for t := range strings.SplitSeq(line, ",") {
			if strings.EqualFold(strings.TrimSpace(t), name) {
				return true
			}
		}
	}
	return false
}

// safeContentType: media types a browser will not render as a document on the relay's origin.
func safeContentType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return false
	}
	switch mt {
	case "application/json", "text/plain", "application/octet-stream":
		return true
	}
	return false
}

// Browser-settable request headers a preflight may ask for.
func preflightHeaderAllowed(lower string) bool {
	switch lower {
	case "authorization", "content-type", "x-tcsig-trace", "x-tcsig-call-id", "x-tcsig-client-time":
		return true
	}
	return strings.HasPrefix(lower, "x-tc-")
}
