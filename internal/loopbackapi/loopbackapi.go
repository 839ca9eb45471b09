// Package loopbackapi is a local HTTPS stand-in for the Tencent Cloud API on
// 127.0.0.1, for tests that put it behind the relay (the relay's own tests
// and the browser tests' Send): a self-signed certificate for the API's
// names, which the relay is told to trust through its test seams, and a
// server that presents it. Nothing leaves the machine.
package loopbackapi

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync"
	"testing"
	"time"

	"github.com/tcsig/tcsig/internal/testlog"
)

// names are the host names the certificate covers: the API's global and
// regional domains that the tests dial.
var names = []string{
	"*.tencentcloudapi.com",
	"*.ap-guangzhou.tencentcloudapi.com",
	"*.ap-shanghai.tencentcloudapi.com",
	"*.ap-beijing.tencentcloudapi.com",
	"*.na-ashburn.tencentcloudapi.com",
	"*.intl.tencentcloudapi.com",
}

// Certificate returns the self-signed certificate for the API's names, made once per
// test binary, and a pool that trusts it. Making it cannot fail (crypto/rand
// never fails and the template is fixed), so an error is a bug here and
// panics rather than burdening every caller with it.
var Certificate = sync.OnceValues(func() (tls.Certificate, *x509.CertPool) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "tencentcloudapi.com test"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		DNSNames:              names,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		panic(err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		panic(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool
})

// Start serves h over HTTPS with the certificate on a loopback port until
// the test ends, speaking HTTP/2 as well as HTTP/1.1 when h2 is set. The
// server's own errors are printed only if the test fails.
func Start(t testing.TB, h http.Handler, h2 bool) (*httptest.Server, netip.AddrPort) {
	t.Helper()
	cert, _ := Certificate()
	srv := httptest.NewUnstartedServer(h)
	srv.EnableHTTP2 = h2
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	srv.Config.ErrorLog = testlog.ErrorLog(t, "loopback API server errors")
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv, netip.MustParseAddrPort(srv.Listener.Addr().String())
}
