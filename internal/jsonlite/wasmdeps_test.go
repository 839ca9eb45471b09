package jsonlite

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
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
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	ours := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, ":")
		if !strings.HasPrefix(pkg, "github.com/tcsig/tcsig/") {
			continue
		}
		ours++
		for _, d := range strings.Fields(imports) {
			switch d {
			case "encoding/json", "fmt", "net/url", "reflect":
				t.Errorf("%s imports %s, which the wasm module must not link; see internal/jsonlite and capture/format.go", pkg, d)
			}
		}
	}
	if ours < 6 || !strings.Contains(string(out), "github.com/tcsig/tcsig/verify:") {
		t.Fatalf("go list found %d tcsig packages, verify not among them; the check is not looking at the module", ours)
	}
}
