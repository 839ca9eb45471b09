package layout

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
