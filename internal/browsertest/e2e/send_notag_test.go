//go:build !tcsigtest

package e2e

import (
	"os"
	"testing"
)

// The Send tests through a relay (send_relay_test.go) put a loopback API behind it with the
// relay's test seams, which only builds with -tags tcsigtest have. Without the tag this test
// says so instead of letting them vanish; under CI it fails, so a CI run cannot pass without them.
func TestSendThroughRelayNeedsTheTestTag(t *testing.T) {
	const msg = "the Send tests through the relay (send_relay_test.go) did not run: they need -tags tcsigtest, " +
		"as make test passes it: go test -tags tcsigtest ./internal/browsertest/e2e/"
	if os.Getenv("CI") != "" {
		t.Fatal(msg + " (CI is set: a CI run must include them)")
	}
	t.Skip(msg)
}
