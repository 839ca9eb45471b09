package apierror

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEveryExplanationInEveryLanguage(t *testing.T) {
	keys := map[key]bool{keyAuthOther: true, keyRelay: true}
	for _, k := range byCode {
		keys[k] = true
	}
	for lang, table := range texts {
		assert.Len(t, table, len(keys), lang+": an explanation no code uses, or one missing")
		for k := range keys {
			assert.NotEmpty(t, table[k], "%s has no %s", lang, k)
		}
	}
	require.Contains(t, texts, En)
	require.Contains(t, texts, Zh)
}

func TestExplain(t *testing.T) {
	for code, want := range map[string]string{
		SignatureFailure:                    "the API computed a different signature",
		SignatureExpire:                     "more than 5 minutes away",
		InvalidSecretID:                     "The SecretId does not exist",
		SecretIDNotFound:                    "The SecretId does not exist",
		"AuthFailure.UnauthorizedOperation": "CAM policy",
		"Relay.DNSFailure":                  "did not reach the API",
	} {
		assert.Contains(t, Explain(code, En), want, code)
		assert.NotEqual(t, Explain(code, En), Explain(code, Zh), code)
	}
	assert.Equal(t, Explain(SignatureFailure, En), Explain(SignatureFailure, "fr"), "unknown language: English")
	for _, code := range []string{"", "InvalidParameter", "ResourceNotFound.InstanceNotFound", "authfailure.x"} {
		assert.Empty(t, Explain(code, En), code)
	}
}

func TestTransportKind(t *testing.T) {
	dial := func(err error) error { return &net.OpError{Op: "dial", Net: "tcp", Err: err} }
	for want, err := range map[string]error{
		TransportDNSNotFound: &net.DNSError{Err: "no such host", Name: "cvm.tencentcloudapi.com", IsNotFound: true},
		// The DNS server's own address is in the text; it is still a DNS failure.
		TransportDNS:         &url.Error{Op: "Post", Err: &net.DNSError{Err: "dial udp 10.255.255.53:53: connect: network is unreachable", Name: "cvm.tencentcloudapi.com"}},
		TransportTimeout:     &net.DNSError{Err: "i/o timeout", Name: "cvm.tencentcloudapi.com", IsTimeout: true},
		TransportRefused:     dial(os.NewSyscallError("connect", syscall.ECONNREFUSED)),
		TransportConnect:     dial(os.NewSyscallError("connect", syscall.ENETUNREACH)),
		TransportNotTLS:      tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"},
		TransportCertificate: x509.HostnameError{Certificate: &x509.Certificate{}, Host: "cvm.tencentcloudapi.com"},
		TransportTLS:         tls.AlertError(40),
		TransportOther:       errors.New("boom"),
	} {
		assert.Equal(t, want, TransportKind(err), "%v", err)
		isTLS := want == TransportNotTLS || want == TransportCertificate || want == TransportTLS
		assert.Equal(t, isTLS, IsTLS(err), "IsTLS(%v)", err)
	}
	httpToHTTPS := &url.Error{Op: "Post", Err: errors.New("http: server gave HTTP response to HTTPS client")}
	assert.Equal(t, TransportNotTLS, TransportKind(httpToHTTPS))
	assert.True(t, IsTLS(httpToHTTPS), "net/http says it only in words")
	assert.Equal(t, TransportTimeout, TransportKind(fmt.Errorf("dialling: %w", context.DeadlineExceeded)))
	assert.Empty(t, TransportKind(nil))
}
