package catalog

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWasmEmbedsNoCatalog guards the playground's size: the WebAssembly
// module fetches the catalog's files when a picker needs them and must
// never link catalog/data (5+ MB embedded).
func TestWasmEmbedsNoCatalog(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("runs the go command; the host run covers it")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	cmd := exec.Command(goBin, "list", "-deps", "github.com/tcsig/tcsig/wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go list: %s", out)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/tcsig/tcsig/signer", "the check is not looking at the module")
	assert.NotContains(t, deps, "github.com/tcsig/tcsig/catalog/data", "the wasm module must fetch the catalog, not embed it")
}
