//go:build tcsigtest

package relay

import "github.com/tcsig/tcsig/internal/relayseam"

// SetTestSeams lets tests of other packages (the browser tests put a loopback API behind the
// relay) set the relay's test seams. It exists only in builds with -tags tcsigtest, which make
// test passes and make build does not, so the tcsig binary has no way to switch the SSRF checks
// off; and its argument's type is internal, so no importer outside this module can build one
// even with the tag. internal/layout's tests check both.
func (cfg *Config) SetTestSeams(s *relayseam.Seams) { cfg.seams = (*testSeams)(s) }
