// Package relayseam holds the relay's test seams as tests of other packages
// set them: relay.Config.SetTestSeams takes a *Seams. That setter exists only
// in builds with -tags tcsigtest (make test's), so the tcsig binary neither
// links this package nor has a way to set a seam; and only code inside this
// module can import an internal package, so no importer of relay can build a
// value that switches the relay's SSRF checks off. The relay's own tests set
// its unexported seams directly. internal/layout checks that the default
// build of the binary does not link this package and that relay exports no
// seam.
package relayseam

import (
	"context"
	"crypto/x509"
	"net/netip"
)

// Seams are optional; the SSRF rules still run on every address a seam
// returns (AllowAddr is the only way past them), so a test that leaves
// AllowAddr nil exercises the production rules. relay keeps an unexported
// struct of the same fields in the same order; SetTestSeams converts one
// into the other, so the build fails if the two drift apart.
type Seams struct {
	// Lookup replaces DNS resolution and the port 443: it returns the
	// addresses to dial for an allowlisted host such as
	// "cvm.tencentcloudapi.com".
	Lookup func(ctx context.Context, host string) ([]netip.AddrPort, error)

	// AllowAddr admits an address the SSRF rules refuse (a loopback test
	// upstream).
	AllowAddr func(netip.Addr) bool

	// RootCAs verifies upstream certificates instead of the system roots.
	RootCAs *x509.CertPool

	// OnDial is called from net.Dialer.ControlContext with each address
	// about to be connected, after the SSRF rules passed it; an error aborts
	// that connect. Tests use it to record dial attempts and to stall a
	// connect.
	OnDial func(ctx context.Context, addr netip.AddrPort) error
}
