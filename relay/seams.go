package relay

import (
	"context"
	"crypto/x509"
	"net/netip"
)

// testSeams are the relay's test seams, held in Config's unexported seams field: nil in
// production, where nothing outside this package can set them. The relay's own tests set the
// field directly; tests of other packages go through SetTestSeams, which exists only in builds
// with -tags tcsigtest (testseams.go) and takes internal/relayseam.Seams, a type of identical
// shape (the conversion there keeps the two in step; relayseam documents each field). The SSRF
// rules still run on every address a seam returns: AllowAddr is the only way past them.
type testSeams struct {
	Lookup    func(ctx context.Context, host string) ([]netip.AddrPort, error) // replaces DNS and port 443
	AllowAddr func(netip.Addr) bool                                            // admits an address the SSRF rules refuse
	RootCAs   *x509.CertPool                                                   // instead of the system roots
	OnDial    func(ctx context.Context, addr netip.AddrPort) error             // sees each connect the rules passed
}
