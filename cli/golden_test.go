package cli

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// -update rewrites the golden files under testdata/ (never the inputs,
// which live in the tests). The flag is looked up before it is defined so
// another test file in this package can share it the same way.
var _ = func() bool {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite cli/testdata/*.golden from the current output")
	}
	return true
}()

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// Fixed inputs of the test Env.
const (
	testTimestamp = 1551113065 // the documentation's example time
	testNonce     = 11886
)

// testEnv is an Env with a fixed clock and nonce, environment variables
// from vars only, and stdin from stdin.
func testEnv(stdin string, vars map[string]string, stdout, stderr *strings.Builder) Env {
	return Env{
		Stdin:  strings.NewReader(stdin),
		Stdout: stdout,
		Stderr: stderr,
		Getenv: func(k string) string { return vars[k] },
		Now:    func() time.Time { return time.Unix(testTimestamp, 0) },
		Nonce:  func() uint64 { return testNonce },
	}
}

// result is one in-process run of tcsig.
type result struct {
	stdout, stderr string
	code           int
}

func runCLI(t *testing.T, stdin string, vars map[string]string, args ...string) result {
	t.Helper()
	var stdout, stderr strings.Builder
	code := Run(context.Background(), args, testEnv(stdin, vars, &stdout, &stderr))
	return result{stdout.String(), stderr.String(), code}
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if updating() {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cli -update to create it")
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs (-want +got):\n%s", path, cmp.Diff(string(want), string(got)))
	}
}
