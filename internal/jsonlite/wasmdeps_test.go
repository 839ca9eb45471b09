package jsonlite

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWasmLinksNoReflectionJSON guards the playground's size: no tcsig
// package in the module (./wasm: its glue, decoding and verify) may import encoding/json, fmt,
// net/url or reflect, which together would add a large share of its size
// (see docs/performance.md). (The standard library's encoding/hex imports
// fmt, for an error type the encoders never build, so the linker drops it;
// hence the check is on tcsig's own imports.) Test files do not count: they are not linked.
func TestWasmLinksNoReflectionJSON(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("runs the go command; the host run covers it")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	cmd := exec.Command(goBin, "list", "-deps", "-f", "{{.ImportPath}}:{{range .Imports}} {{.}}{{end}}", "github.com/tcsig/tcsig/wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go list:\n%s", out)
	ours := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, ":")
		if !strings.HasPrefix(pkg, "github.com/tcsig/tcsig/") {
			continue
		}
		ours++
		for _, d := range strings.Fields(imports) {
			assert.NotContains(t, []string{"encoding/json", "fmt", "net/url", "reflect"}, d,
				"%s imports %s, which the wasm module must not link; see internal/jsonlite and capture/format.go", pkg, d)
		}
	}
	require.GreaterOrEqual(t, ours, 6, "tcsig packages go list found; fewer means the check is not looking at the module")
	require.Contains(t, string(out), "github.com/tcsig/tcsig/verify:", "verify is not among the packages; the check is not looking at the module")
}
