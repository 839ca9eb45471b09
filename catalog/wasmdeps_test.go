package catalog

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
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
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 || !strings.Contains(string(out), "github.com/tcsig/tcsig/signer") {
		t.Fatalf("go list found %d packages, signer not among them; the check is not looking at the module", len(deps))
	}
	for _, d := range deps {
		if d == "github.com/tcsig/tcsig/catalog/data" {
			t.Errorf("the wasm module links %s: fetch the files instead", d)
		}
	}
}
