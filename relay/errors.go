package relay

import (
	"context"
	"errors"
	"net"
	"net/http"
	"os"

	"github.com/tcsig/tcsig/internal/apierror"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
)

// Kinds of refusal. refuse wraps each in an error carrying the detail shown to the page; classify
// reads the kind, so the kind → HTTP status table lives in one place.
var (
	errHostNotAllowed    = errors.New("host not allowed")
	errPathNotAllowed    = errors.New("path not allowed")
	errAddrNotAllowed    = errors.New("address not allowed")
	errOriginNotAllowed  = errors.New("origin not allowed")
	errMethodNotAllowed  = errors.New("method not allowed")
	errBodyTooLarge      = errors.New("request body too large")
	errURITooLong        = errors.New("query too long")
	errHeadersTooLarge   = errors.New("request headers too large")
	errRequestTimeout    = errors.New("request body too slow")
	errBadHeader         = errors.New("bad request header")
	errBadQuery          = errors.New("bad query")
	errTooManyRelays     = errors.New("too many concurrent relays")
	errRateLimited       = errors.New("origin over its rate")
	errTooManyWebsockets = errors.New("too many websockets")
	errNotFound          = errors.New("not found")
	errClosing           = errors.New("relay closing")

	// errClientGone marks a call whose browser went away; nobody reads the answer, only the log.
	errClientGone = errors.New("client closed the request")
	// errResponseTooLarge marks an upstream body cut off at Config.MaxResponseBytes.
	errResponseTooLarge = errors.New("upstream response too large")
)

// upstreamError is a failed upstream round trip, with the phase the call had reached
// (dns, connect, tls, request, response) so a bare io.EOF during the handshake still reads as a
// TLS failure.
type upstreamError struct {
	phase string
	err   error
}

func (e *upstreamError) Error() string { return e.phase + ": " + e.err.Error() }
func (e *upstreamError) Unwrap() error { return e.err }

// Error codes the relay answers with, in the API's error shape. The page shows them like API
// errors; all start with "Relay.".
const (
	CodeHostNotAllowed    = "Relay.HostNotAllowed"
	CodePathNotAllowed    = "Relay.PathNotAllowed"
	CodeAddressNotAllowed = "Relay.AddressNotAllowed"
	CodeOriginNotAllowed  = "Relay.OriginNotAllowed"
	CodeMethodNotAllowed  = "Relay.MethodNotAllowed"
	CodeRequestTooLarge   = "Relay.RequestTooLarge"
	CodeURITooLong        = "Relay.URITooLong"
	CodeHeadersTooLarge   = "Relay.HeadersTooLarge"
	CodeRequestTimeout    = "Relay.RequestTimeout"
	CodeInvalidHeader     = "Relay.InvalidHeader"
	CodeInvalidQuery      = "Relay.InvalidQuery"
	CodeTooManyRequests   = "Relay.TooManyRequests"
	CodeRateLimited       = "Relay.RateLimited"
	CodeNotFound          = "Relay.NotFound"
	CodeClosing           = "Relay.Closing"
	CodeDNSFailure        = "Relay.DNSFailure"
	CodeConnectFailed     = "Relay.ConnectFailed"
	CodeTLSFailure        = "Relay.TLSFailure"
	CodeUpstreamTimeout   = "Relay.UpstreamTimeout"
	CodeUpstreamFailed    = "Relay.UpstreamFailed"
	CodeResponseTooLarge  = "Relay.ResponseTooLarge"
	CodeClientClosed      = "Relay.ClientClosedRequest"
)

// statusClientClosed is nginx's 499: logged, never seen by anyone.
const statusClientClosed = 499

// classify is the one place that turns an error into an HTTP status and a Relay.* code.
func classify(err error) (status int, code string) {
	var r *message.KindError
	if errors.As(err, &r) {
		switch r.Kind {
		case errHostNotAllowed:
			return http.StatusForbidden, CodeHostNotAllowed
		case errPathNotAllowed:
			return http.StatusForbidden, CodePathNotAllowed
		case errAddrNotAllowed:
			return http.StatusForbidden, CodeAddressNotAllowed
		case errOriginNotAllowed:
			return http.StatusForbidden, CodeOriginNotAllowed
		case errMethodNotAllowed:
			return http.StatusMethodNotAllowed, CodeMethodNotAllowed
		case errBodyTooLarge:
			return http.StatusRequestEntityTooLarge, CodeRequestTooLarge
		case errURITooLong:
			return http.StatusRequestURITooLong, CodeURITooLong
		case errHeadersTooLarge:
			return http.StatusRequestHeaderFieldsTooLarge, CodeHeadersTooLarge
		case errRequestTimeout:
			return http.StatusRequestTimeout, CodeRequestTimeout
		case errBadHeader:
			return http.StatusBadRequest, CodeInvalidHeader
		case errBadQuery:
			return http.StatusBadRequest, CodeInvalidQuery
		case errTooManyRelays, errTooManyWebsockets:
			return http.StatusTooManyRequests, CodeTooManyRequests
		case errRateLimited:
			return http.StatusTooManyRequests, CodeRateLimited
		case errNotFound:
			return http.StatusNotFound, CodeNotFound
		case errClosing:
			return http.StatusServiceUnavailable, CodeClosing
		}
	}
	var (
		dnsErr *net.DNSError
		netErr net.Error
		opErr  *net.OpError
		up     *upstreamError
	)
	switch {
	case errors.Is(err, errClientGone):
		return statusClientClosed, CodeClientClosed
	case errors.Is(err, errResponseTooLarge):
		return http.StatusBadGateway, CodeResponseTooLarge
	case errors.As(err, &dnsErr) && !dnsErr.IsTimeout: // a DNS timeout is a timeout: 504 below
		return http.StatusBadGateway, CodeDNSFailure
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded),
		errors.As(err, &netErr) && netErr.Timeout():
		return http.StatusGatewayTimeout, CodeUpstreamTimeout
	case apierror.IsTLS(err), errors.As(err, &up) && up.phase == phaseTLS:
		return http.StatusBadGateway, CodeTLSFailure
	case errors.As(err, &opErr) && opErr.Op == "dial", errors.As(err, &up) && up.phase == phaseConnect:
		return http.StatusBadGateway, CodeConnectFailed
	}
	return http.StatusBadGateway, CodeUpstreamFailed
}

// pageMessage is what the page reads in Error.Message.
func pageMessage(err error, code string) string {
	var r *message.KindError
	if errors.As(err, &r) {
		return r.Text
	}
	if code == CodeClientClosed {
		return "the client closed the request"
	}
	what := "the relay could not reach the upstream"
	if code == CodeUpstreamTimeout {
		what = "the upstream did not answer in time"
	}
	var up *upstreamError
	if errors.As(err, &up) {
		return what + " (" + phaseText(up.phase) + "): " + up.err.Error()
	}
	return what + ": " + err.Error()
}

func phaseText(phase string) string {
	switch phase {
	case phaseDNS:
		return "DNS lookup"
	case phaseConnect:
		return "connecting"
	case phaseTLS:
		return "TLS handshake"
	case phaseRequest:
		return "sending the request, waiting for the response headers"
	case phaseResponse:
		return "reading the response body"
	}
	return phase
}

// transportKind names why the upstream was not reached, for the page to say in its own words
// (apierror.TransportKind, which tcsig send uses too); "" for the relay's own refusals. A bare
// error in a known phase (io.EOF during the handshake) takes the phase's kind.
func transportKind(err error, code string) string {
	var kind string
	switch code {
	case CodeDNSFailure, CodeConnectFailed, CodeTLSFailure, CodeUpstreamTimeout, CodeUpstreamFailed:
		kind = apierror.TransportKind(err)
	default:
		return ""
	}
	if kind == apierror.TransportOther {
		switch code {
		case CodeTLSFailure:
			return apierror.TransportTLS
		case CodeConnectFailed:
			return apierror.TransportConnect
		}
	}
	return kind
}

// apiError is the Tencent Cloud API error shape, so the page shows relay errors like API errors.
type apiError = protocol.Envelope

// writeError answers err in the API's error shape. callID becomes the RequestId, so the page
// and the log name the same call.
func writeError(w http.ResponseWriter, err error, callID string) (status int, code string) {
	status, code = classify(err)
	body := protocol.NewError(code, pageMessage(err, code), callID)
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	if kind := transportKind(err, code); kind != "" {
		h.Set(HeaderFailure, kind)
	}
	switch status {
	case http.StatusMethodNotAllowed:
		h.Set("Allow", "GET, POST")
	case http.StatusTooManyRequests:
		h.Set("Retry-After", "1")
	}
	if status != statusClientClosed {
		w.WriteHeader(status)
		_, _ = w.Write(append(body.AppendJSON(nil), '\n')) // the client may be gone; nothing else to do
	}
	return status, code
}
