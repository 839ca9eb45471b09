package layout

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const module = "github.com/tcsig/tcsig"

// floors maps each package (relative to the module; "x/..." covers x and
// everything under it) to its floor. A package may import packages on its
// own floor or below, never above. Keep it in step with CONTRIBUTING.md.
var floors = map[string]int{
	// Leaves: import nothing of the project's outer layers.
	"internal/jsonlite":  0,
	"web":                0, // the page's files, embedded
	"server/assets":      0, // compression and content types of the page's files
	"internal/notation":  0, // the one notation of invisible characters
	"internal/message":   0, // user-visible messages as codes with en and zh templates
	"internal/version":   0, // the build's version string
	"internal/apierror":  0, // what the API's error codes mean, en and zh
	"internal/httpguard": 0, // the servers' shared HTTP middleware
	"internal/suggest":   0, // "did you mean": one rule for every suggestion
	"internal/relayseam": 0, // the relay's test seams: a type only this module can build
	// The rule book: limits, header names, content types, host syntax.
	"protocol": 1,
	// The core.
	"signer":    2,
	"endpoints": 2,
	// Request building: one request schema, decoded at the edge.
	"request": 3,
	// What tcsig does with a request.
	"capture":        4,
	"verify":         4,
	"emulate":        4,
	"relay":          4,
	"catalog":        4,
	"catalog/schema": 0, // the catalog data's format, shared by the generator
	"catalog/data":   0, // the embedded data, kept apart so the wasm module never links it
	"export":         4,
	// The two programs' bodies: the server and the WebAssembly module.
	"server":   5,
	"wasm/...": 5,
	// The command line, and the command that runs it.
	"cli":       6,
	"cmd/tcsig": 7,
}

// Test harnesses and build tools may import anything; nothing but other
// harnesses and tools may import them.
var outside = []string{"internal/browsertest/...", "internal/layout", "internal/loopbackapi", "internal/sdktest", "internal/testlog", "tools/..."}

// wasmSide is what only the WebAssembly module may link.
var wasmSide = []string{"wasm/..."}

// notYet lists the packages that break a rule today, each with the change
// that removes it; a rule listed here is checked for every other package.
var notYet = map[string]string{}

type pkg struct {
	ImportPath     string
	Dir            string
	GoFiles        []string // the non-test files this build compiles
	IgnoredGoFiles []string // those its build constraints leave out
	Imports        []string
	Deps           []string
}

// list runs `go list -json` in the module's root with the given build
// environment and returns the packages by path relative to the module.
func list(env []string, args ...string) (map[string]pkg, error) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return nil, fmt.Errorf("the import rules need the go command on PATH: %w", err)
	}
	cmd := exec.Command(goTool, append([]string{"list", "-e", "-json=ImportPath,Dir,GoFiles,IgnoredGoFiles,Imports,Deps"}, args...)...)
	cmd.Dir = filepath.Join("..", "..")
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr // also where packages excluded by build tags are noted
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list %s: %w\n%s", strings.Join(args, " "), err, stderr.String())
	}
	pkgs := map[string]pkg{}
	for dec := json.NewDecoder(bytes.NewReader(out)); ; {
		var p pkg
		err := dec.Decode(&p)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("decoding go list's output: %w", err)
		}
		pkgs[rel(p.ImportPath)] = p
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("go list %s found no packages", strings.Join(args, " "))
	}
	return pkgs, nil
}

// rel returns path relative to the module, or "" for other modules' and the
// standard library's packages.
func rel(path string) string {
	if path == module {
		return "."
	}
	r, ok := strings.CutPrefix(path, module+"/")
	if !ok {
		return ""
	}
	return r
}

// matches reports whether the relative path p is covered by pattern.
func matches(pattern, p string) bool {
	if base, ok := strings.CutSuffix(pattern, "/..."); ok {
		return p == base || strings.HasPrefix(p, base+"/")
	}
	return p == pattern
}

func matchesAny(patterns []string, p string) bool {
	return slices.ContainsFunc(patterns, func(pat string) bool { return matches(pat, p) })
}

// floor returns p's floor, or false for a package outside the floors.
func floor(p string) (int, bool) {
	for pattern, f := range floors {
		if matches(pattern, p) {
			return f, true
		}
	}
	return 0, false
}

// projectImports returns p's imports inside the module, relative.
func projectImports(p pkg) []string {
	var out []string
	for _, imp := range p.Imports {
		if r := rel(imp); r != "" {
			out = append(out, r)
		}
	}
	return out
}

// defaultBuild is the environment of make build: no build tags, whatever
// GOFLAGS the caller has.
var defaultBuild = []string{"GOFLAGS="}

// testBuild is the environment of make test, whose tag tcsigtest adds the
// relay's test-seam setter.
var testBuild = []string{"GOFLAGS=-tags=tcsigtest"}

// tree is the union of three views of the tree, listed once for all tests:
// the host's, the tests' (tag tcsigtest), and the WebAssembly module's,
// where the js-only files (wasm/, internal/jsglue) are compiled. Every
// import any of them makes must keep the rules.
var tree = sync.OnceValues(func() (map[string]pkg, error) {
	all, err := list(defaultBuild, "./...")
	if err != nil {
		return nil, err
	}
	for _, env := range [][]string{testBuild, {"GOOS=js", "GOARCH=wasm"}} {
		view, err := list(env, "./...")
		if err != nil {
			return nil, err
		}
		for name, p := range view {
			if q, ok := all[name]; ok {
				p.Imports = append(p.Imports, q.Imports...)
				slices.Sort(p.Imports)
				p.Imports = slices.Compact(p.Imports)
			}
			all[name] = p
		}
	}
	return all, nil
})

func allPackages(t *testing.T) map[string]pkg {
	t.Helper()
	all, err := tree()
	require.NoError(t, err)
	return all
}

func TestEveryPackageHasAFloor(t *testing.T) {
	for name := range allPackages(t) {
		_, ok := floor(name)
		assert.True(t, ok || matchesAny(outside, name), "package %s has no place in the layout: add it to floors (or outside) in internal/layout/layout_test.go and to CONTRIBUTING.md's architecture section", name)
	}
}

func TestImportsGoDownward(t *testing.T) {
	for name, p := range allPackages(t) {
		from, ok := floor(name)
		if !ok {
			continue // harnesses and tools
		}
		for _, imp := range projectImports(p) {
			if !assert.False(t, matchesAny(outside, imp), "%s imports %s: only tests, harnesses and tools may use it", name, imp) {
				continue
			}
			if to, ok := floor(imp); ok {
				assert.LessOrEqual(t, to, from, "%s (floor %d) imports %s (floor %d): a package may import only its own floor or below; move the shared code down", name, from, imp, to)
			}
		}
	}
}

// The signer and the rule book are the protocol's core: they know nothing
// of their callers, so they import only each other's floor and the leaves.
func TestCoreImportsNoOuterLayer(t *testing.T) {
	allowed := map[string][]string{
		"protocol": {"internal/jsonlite"},
		"signer":   {"protocol", "internal/jsonlite", "internal/message"},
	}
	all := allPackages(t)
	for name, ok := range allowed {
		p, found := all[name]
		if !found {
			t.Logf("%s does not exist yet", name)
			continue
		}
		for _, imp := range projectImports(p) {
			assert.Contains(t, ok, imp, "%s imports %s: it may import only %v", name, imp, ok)
		}
	}
}

// The relay's test seams open its SSRF checks. Their type is internal, so
// no importer outside the module can build one; inside it, no production
// package but relay (whose tcsigtest-only setter takes them) may import it,
// so only tests set them. seams_test.go checks that the binary's build has
// no seam at all.
func TestOnlyRelayImportsItsSeams(t *testing.T) {
	for name, p := range allPackages(t) {
		if name != "relay" && !matchesAny(outside, name) {
			assert.NotContains(t, projectImports(p), "internal/relayseam", "%s imports internal/relayseam: only relay and tests may; the seams switch the SSRF checks off", name)
		}
	}
}

func TestOnlyTheWasmPackageImportsSyscallJS(t *testing.T) {
	for name, p := range allPackages(t) {
		if !slices.Contains(p.Imports, "syscall/js") || matches("wasm/...", name) {
			continue
		}
		if why, ok := notYet["syscall/js in "+name]; ok {
			t.Logf("not yet: %s imports syscall/js (%s)", name, why)
			continue
		}
		assert.Fail(t, "a package outside wasm imports syscall/js", "%s imports syscall/js: only the wasm package crosses into JavaScript; move the code there", name)
	}
}

// The server and the tcsig binary never link the WebAssembly side or a
// test harness: they serve the module as a file.
func TestBinaryLinksNoWasmOrHarness(t *testing.T) {
	deps, err := list(defaultBuild, "-deps", "./cmd/tcsig", "./server")
	require.NoError(t, err)
	for name, p := range deps {
		if name != "cmd/tcsig" && name != "server" {
			continue
		}
		for _, dep := range p.Deps {
			r := rel(dep)
			assert.False(t, matchesAny(wasmSide, r) || matchesAny(outside, r), "%s links %s; only the WebAssembly module may (wasm side) or tests (harnesses)", name, r)
		}
	}
}

// The relay and the emulator take limits, header names, content types and
// host syntax from the rule book rather than keeping copies.
func TestRelayAndEmulateUseTheRuleBook(t *testing.T) {
	all := allPackages(t)
	if _, ok := all["protocol"]; !ok {
		t.Skip("not yet: the rule book (package protocol, issue 8) does not exist")
	}
	for _, name := range []string{"relay", "emulate"} {
		p, ok := all[name]
		require.True(t, ok, "package %s is missing", name)
		require.Contains(t, projectImports(p), "protocol", "%s must take its rules from package protocol", name)
	}
}

// Every package of ours that the WebAssembly module links is also tested
// as WebAssembly (make test-wasm's WASM_PKGS), so a difference between the
// host and js/wasm builds shows in make test.
func TestWasmPackagesAreTestedAsWasm(t *testing.T) {
	mk, err := os.ReadFile("../../Makefile")
	require.NoError(t, err)
	_, after, ok := strings.Cut(string(mk), "WASM_PKGS :=")
	require.True(t, ok, "the Makefile has no WASM_PKGS")
	listed := map[string]bool{}
	for _, line := range strings.Split(after, "\n") {
		for _, f := range strings.Fields(line) {
			if p, ok := strings.CutPrefix(f, "./"); ok {
				listed[strings.TrimSuffix(p, "/...")] = true
			}
		}
		if !strings.HasSuffix(strings.TrimSpace(line), `\`) {
			break
		}
	}
	deps, err := list([]string{"GOOS=js", "GOARCH=wasm"}, "-deps", "./wasm")
	require.NoError(t, err)
	for name := range deps {
		if name != "" {
			assert.True(t, listed[name], "the module links %s, but make test-wasm does not test it: add ./%s/... to WASM_PKGS", name, name)
		}
	}
}

// The playground's module stays small: no package of ours in it imports
// encoding/json, fmt, net/url or reflect, which together would add a large
// share of its size (docs/performance.md); internal/jsonlite, capture's
// own formatting and package message stand in for them. (The standard
// library's encoding/hex imports fmt for an error type its encoders never
// build, so the linker drops it; hence the check is on our own imports.)
// And it fetches the catalog's files when a picker needs them: it never
// links catalog/data, the 5 MB embedded for the CLI.
func TestWasmModuleLinksNoReflectionJSONNorCatalogData(t *testing.T) {
	deps, err := list([]string{"GOOS=js", "GOARCH=wasm"}, "-deps", "./wasm")
	require.NoError(t, err)
	require.Contains(t, deps, "verify", "the check is not looking at the module")
	assert.NotContains(t, deps, "catalog/data", "the wasm module must fetch the catalog, not embed it")
	for name, p := range deps {
		if name == "" {
			continue // not ours
		}
		for _, d := range p.Imports {
			assert.NotContains(t, []string{"encoding/json", "fmt", "net/url", "reflect"}, d,
				"%s imports %s, which the wasm module must not link", name, d)
		}
	}
}
