package apierror

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"strings"
	"syscall"
)

// Kinds of transport failure: why a request got no HTTP answer at all.
// tcsig send words them for the terminal, the relay sends them to the page
// (its /ws "total" event), which words them in its languages.
const (
	TransportDNSNotFound = "dns-not-found" // the DNS server says the name does not exist
	TransportDNS         = "dns"           // no DNS answer: no DNS server, no network
	TransportTimeout     = "timeout"       // no answer in time, in any phase
	TransportRefused     = "refused"       // nothing listens at the address
	TransportConnect     = "connect"       // no route, host unreachable, reset while connecting
	TransportNotTLS      = "not-tls"       // the address answers, but not with TLS
	TransportCertificate = "certificate"   // TLS certificate not trusted for the name
	TransportTLS         = "tls"           // any other TLS handshake failure
	TransportOther       = "other"
)

// TransportKind classifies err, a failed round trip (a *url.Error, a
// *net.OpError, a *net.DNSError, or one wrapping them). The order matters:
// a DNS timeout is a timeout, and a DNS failure's error text names the
// DNS server's address, which is not where the request was going.
func TransportKind(err error) string {
	var (
		dnsErr *net.DNSError
		opErr  *net.OpError
	)
	switch {
	case err == nil:
		return ""
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return TransportTimeout
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return TransportDNSNotFound
	case errors.As(err, &dnsErr):
		return TransportDNS
	case errors.Is(err, syscall.ECONNREFUSED):
		return TransportRefused
	}
	if kind := tlsKind(err); kind != "" {
		return kind
	}
	if errors.As(err, &opErr) && opErr.Op == "dial" {
		return TransportConnect
	}
	return TransportOther
}

// IsTLS reports whether err is a failed TLS handshake: the address does not
// answer with TLS, its certificate is not trusted for the name, or the
// handshake failed otherwise.
func IsTLS(err error) bool { return tlsKind(err) != "" }

// tlsKind is the kind of a failed TLS handshake (TransportNotTLS,
// TransportCertificate or TransportTLS), or "" when err is none.
func tlsKind(err error) string {
	var (
		hostErr   x509.HostnameError
		unknownCA x509.UnknownAuthorityError
		invalid   x509.CertificateInvalidError
		verify    *tls.CertificateVerificationError
		record    tls.RecordHeaderError
		alert     tls.AlertError
	)
	switch {
	// net/http reports this one as text only.
	case errors.As(err, &record), strings.Contains(err.Error(), "server gave HTTP response to HTTPS client"):
		return TransportNotTLS
	case errors.As(err, &hostErr), errors.As(err, &unknownCA), errors.As(err, &invalid), errors.As(err, &verify):
		return TransportCertificate
	case errors.As(err, &alert):
		return TransportTLS
	}
	return ""
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
