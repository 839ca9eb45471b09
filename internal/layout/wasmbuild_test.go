package layout

import (
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/internal/browsertest"
)

// The module's bytes depend only on the code it links: a commit that does
// not touch that code must not make make build link and compress it again
// (docs/performance.md, "Build times"). So no package it links reads the
// version stamp; the page reads version.json instead.
func TestWasmModuleLinksNoVersion(t *testing.T) {
	deps, err := list([]string{"GOOS=js", "GOARCH=wasm"}, "-deps", "./wasm")
	require.NoError(t, err)
	require.Contains(t, deps, "signer", "the check is not looking at the module")
	assert.NotContains(t, deps, "internal/version",
		"the wasm module links internal/version: its bytes would change with every commit; the page reads the version from version.json (tcsig.loadVersion)")
}

// The same check on the bytes: make's own wasm rule, run twice with
// different versions, links the same module, and it records no commit.
// GOFLAGS is set to the go command's default (-buildvcs=auto), so that
// only the Makefile's flags keep the commit out, as on a developer's
// machine; with VCS stamping, every commit and every edit (vcs.modified)
// would change the module.
func TestWasmModuleIsTheSameForEveryVersion(t *testing.T) {
	makeTool, err := exec.LookPath("make")
	if err != nil {
		t.Skipf("this check runs the Makefile's wasm rule and needs make on PATH: %v", err)
	}
	dir := t.TempDir()
	build := func(v string) []byte {
		out := filepath.Join(dir, v+".wasm")
		cmd := exec.Command(makeTool, "-s", "WASMBIN="+out, "VERSION="+v, out)
		cmd.Dir = filepath.Join("..", "..")
		cmd.Env = append(os.Environ(), "GOFLAGS=-buildvcs=auto")
		msg, err := cmd.CombinedOutput()
		require.NoError(t, err, "make WASMBIN=%s VERSION=%s:\n%s", out, v, msg)
		b, err := os.ReadFile(out)
		require.NoError(t, err)
		return b
	}
	a, b := build("v1.0.0-a"), build("v2.0.0-b")
	require.Greater(t, len(a), 1<<20, "the module is implausibly small")
	assert.True(t, bytes.Equal(a, b), "the wasm module differs between VERSION=v1.0.0-a and VERSION=v2.0.0-b (%d and %d bytes): the Makefile stamps the version into it", len(a), len(b))
	for _, key := range []string{"vcs.revision", "vcs.modified", "v1.0.0-a"} {
		assert.False(t, bytes.Contains(a, []byte(key)), "the wasm module holds %q: build it with -buildvcs=false and without the version", key)
	}
}

// The linked module, not only the import graph: a standard-library call can
// pull in fmt, reflect or time's formatting through a package the module
// may import (hex.DecodeString's error type formats with fmt; time.Parse
// and Time.Format bring their layouts), which is a fifth of the module.
// TestWasmModuleLinksNoReflectionJSONNorCatalogData checks our imports;
// this builds the module with its function names and looks at what the
// linker kept.
func TestWasmModuleLinksNoFormattingPackages(t *testing.T) {
	out := filepath.Join(t.TempDir(), "main.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", browsertest.WasmGCFlags, "-o", out, "./wasm")
	cmd.Dir = filepath.Join("..", "..")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "building the module:\n%s", msg)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	names := wasmFunctionNames(t, b)
	require.Greater(t, len(names), 1000, "the name section was not read")
	for _, name := range names {
		for _, banned := range []string{"fmt.", "encoding_json.", "net_url.", "reflect.Value.", "time.Parse", "time.Time.Format", "time.Time.AppendFormat"} {
			assert.False(t, strings.HasPrefix(name, banned), "the wasm module links %s (%s…): find the call that pulls it in", name, banned)
		}
	}
}

// wasmFunctionNames reads the "name" custom section of a WebAssembly
// module: the names of its functions, as Go's linker writes them
// ("fmt.Sprintf", "github.com_tcsig_tcsig_signer.Sign").
func wasmFunctionNames(t *testing.T, b []byte) []string {
	t.Helper()
	require.True(t, len(b) > 8 && string(b[:4]) == "\x00asm", "not a WebAssembly module")
	uleb := func(b []byte, i *int) int {
		v, n := binary.Uvarint(b[*i:])
		require.Positive(t, n, "a malformed LEB128 number")
		*i += n
		return int(v)
	}
	var names []string
	for i := 8; i < len(b); {
		id := b[i]
		i++
		size := uleb(b, &i)
		sec := b[i : i+size]
		i += size
		if id != 0 {
			continue
		}
		j := 0
		n := uleb(sec, &j)
		if string(sec[j:j+n]) != "name" {
			continue
		}
		for j += n; j < len(sec); {
			sub := sec[j]
			j++
			end := uleb(sec, &j)
			end += j
			if sub == 1 { // function names
				for k, count := 0, uleb(sec, &j); k < count; k++ {
					uleb(sec, &j) // index
					l := uleb(sec, &j)
					names = append(names, string(sec[j:j+l]))
					j += l
				}
			}
			j = end
		}
	}
	return names
}
