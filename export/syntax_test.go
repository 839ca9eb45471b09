//go:build !js

package export_test

import (
	"context"
	"go/parser"
	"go/token"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/emulate"
	"github.com/tcsig/tcsig/export"
)

// tool finds a program the syntax checks need. Outside CI a missing one
// skips the check; in CI (CI set) it fails, so CI cannot pass by skipping.
func tool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			require.NoError(t, err, "%s is needed for this check and CI is set (.ci/run installs it)", name)
		}
		t.Skipf("%s not installed: %v", name, err)
	}
	return path
}

// Every program in every case is valid in its language: Go parses, node
// --check and python3 -m py_compile accept the scripts.
func TestCodeParses(t *testing.T) {
	dir := t.TempDir()
	node, python := tool(t, "node"), tool(t, "python3")
	for name, r := range cases {
		goSrc, err := export.Code(export.Go, r)
		require.NoError(t, err)
		_, err = parser.ParseFile(token.NewFileSet(), name+".go", goSrc, parser.AllErrors)
		require.NoError(t, err, "%s: Go:\n%s", name, goSrc)

		js, err := export.Code(export.Node, r)
		require.NoError(t, err)
		jsPath := filepath.Join(dir, name+".js")
		require.NoError(t, os.WriteFile(jsPath, []byte(js), 0o644))
		out, err := exec.Command(node, "--check", jsPath).CombinedOutput()
		require.NoError(t, err, "%s: node --check: %s\n%s", name, out, js)

		py, err := export.Code(export.Python, r)
		require.NoError(t, err)
		pyPath := filepath.Join(dir, name+".py")
		require.NoError(t, os.WriteFile(pyPath, []byte(py), 0o644))
		out, err = exec.Command(python, "-m", "py_compile", pyPath).CombinedOutput()
		require.NoError(t, err, "%s: py_compile: %s\n%s", name, out, py)
	}
}

// The Go program for the common client compiles against the SDK in go.mod
// and succeeds against tcsig's emulator: the SDK signs what it says, and
// the emulator accepts it.
func TestGoCommonClientRunsAgainstEmulator(t *testing.T) {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	const id, key = "AKIDexportTestSecretId000000000000", "exportTestSecretKey0000000000000"
	srv := httptest.NewServer(emulate.New(map[string]string{id: key}, emulate.Options{}))
	t.Cleanup(srv.Close)

	r := cases["common-client-local"]
	r.Host = strings.TrimPrefix(srv.URL, "http://")
	src, err := export.Code(export.Go, r)
	require.NoError(t, err)

	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(
		"module snippet\n\ngo 1.21\n\nrequire "+sdkModule+" "+sdkVersion(t)+"\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.sum"), sdkSums(t), 0o644))

	cmd := exec.CommandContext(context.Background(), goTool, "run", ".")
	cmd.Dir = dir
	// The module cache already holds the SDK (this test's own dependency);
	// nothing is fetched.
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off",
		"TENCENTCLOUD_SECRET_ID="+id, "TENCENTCLOUD_SECRET_KEY="+key)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go run: %s\n%s", out, src)
	require.Contains(t, string(out), `"RequestId"`)
	require.NotContains(t, string(out), `"Error"`)
}

const sdkModule = "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"

// sdkVersion is the SDK version this repository's go.mod requires.
func sdkVersion(t *testing.T) string {
	t.Helper()
	mod, err := os.ReadFile("../go.mod")
	require.NoError(t, err)
	for _, line := range strings.Split(string(mod), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == sdkModule {
			return f[1]
		}
	}
	require.Fail(t, "go.mod does not require "+sdkModule)
	return ""
}

// sdkSums are the repository's go.sum lines for the SDK.
func sdkSums(t *testing.T) []byte {
	t.Helper()
	sum, err := os.ReadFile("../go.sum")
	require.NoError(t, err)
	var b strings.Builder
	for _, line := range strings.Split(string(sum), "\n") {
		if strings.HasPrefix(line, sdkModule+" ") {
			b.WriteString(line + "\n")
		}
	}
	return []byte(b.String())
}
