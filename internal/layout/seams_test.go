package layout

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The relay's test seams let a test switch its SSRF checks off, so the build
// of the tcsig binary must have none: relay's seams are unexported, the
// setter that other packages' tests use exists only with the tag tcsigtest,
// and its argument's package, internal/relayseam, is not linked.

const seamPackage = "internal/relayseam"

// seamName matches the identifiers that name a seam.
var seamName = regexp.MustCompile(`(?i)seam`)

func TestBinaryLinksNoTestSeam(t *testing.T) {
	deps, err := list(defaultBuild, "-deps", "./cmd/tcsig", "./server")
	require.NoError(t, err)
	require.Contains(t, deps["cmd/tcsig"].Deps, module+"/relay", "the check is not looking at the relay")
	for _, name := range []string{"cmd/tcsig", "server"} {
		p, ok := deps[name]
		require.True(t, ok, "go list -deps did not list %s", name)
		assert.NotContains(t, p.Deps, module+"/"+seamPackage, "%s links %s in the default build: the tcsig binary must have no test seam; only files built with -tags tcsigtest may import it", name, seamPackage)
	}

	// With the tag, the relay does take seams from that package: the
	// check above looks at what the tag adds.
	tagged, err := list(testBuild, "./relay")
	require.NoError(t, err)
	assert.Contains(t, tagged["relay"].Imports, module+"/"+seamPackage, "with -tags tcsigtest the relay should offer SetTestSeams(*relayseam.Seams); if the seams moved, move this test with them")
}

// TestRelayExportsNoSeam reads the files of relay's default build and checks
// its exported API: no exported name says seam, no exported declaration
// mentions a seam type, no exported function writes one, and no exported
// struct embeds one (its fields would be promoted and settable).
func TestRelayExportsNoSeam(t *testing.T) {
	pkgs, err := list(defaultBuild, "./relay")
	require.NoError(t, err)
	relay := pkgs["relay"]
	require.NotEmpty(t, relay.GoFiles, "go list found no files in relay")
	assert.Contains(t, relay.IgnoredGoFiles, "testseams.go", "relay/testseams.go (SetTestSeams) must be left out of the default build by //go:build tcsigtest")

	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range relay.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(relay.Dir, name), nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		files = append(files, f)
	}
	require.NotEmpty(t, declaredSeamTypes(files), "relay declares no type whose name says seam: this test finds the seams by that name; rename them back or update it")
	for _, f := range files {
		for _, leak := range exportedSeams(f) {
			assert.Fail(t, "relay exports a test seam", "%s: %s; keep the seams unexported in the default build (the tcsigtest-only testseams.go sets them for other packages' tests)", fset.Position(leak.pos), leak.what)
		}
	}
}

// declaredSeamTypes returns the names of the types whose names say seam
// (exportedSeams reports any of them that is exported).
func declaredSeamTypes(files []*ast.File) []string {
	var names []string
	for _, f := range files {
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
				for _, s := range g.Specs {
					if ts := s.(*ast.TypeSpec); seamName.MatchString(ts.Name.Name) {
						names = append(names, ts.Name.Name)
					}
				}
			}
		}
	}
	return names
}

type leak struct {
	pos  token.Pos
	what string
}

// exportedSeams lists f's exported declarations that name a seam or let an
// importer reach a value of a seam type.
func exportedSeams(f *ast.File) []leak {
	var out []leak
	check := func(name *ast.Ident, typ ast.Node, kind string) {
		if !name.IsExported() {
			return
		}
		if seamName.MatchString(name.Name) {
			out = append(out, leak{name.Pos(), kind + " " + name.Name + " is exported and names a seam"})
		} else if typ != nil && mentions(typ) {
			out = append(out, leak{name.Pos(), kind + " " + name.Name + " is exported and its type reaches a seam type"})
		}
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			check(d.Name, d.Type, "func")
			if d.Name.IsExported() && d.Body != nil && setsSeam(d.Body) {
				out = append(out, leak{d.Name.Pos(), "func " + d.Name.Name + " is exported and sets a seam"})
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					st, isStruct := s.Type.(*ast.StructType)
					if !isStruct {
						check(s.Name, s.Type, "type")
						continue
					}
					check(s.Name, nil, "type")
					if s.Name.IsExported() {
						out = append(out, exportedFields(s.Name.Name, st)...)
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						check(n, s.Type, "var or const")
					}
				}
			}
		}
	}
	return out
}

// exportedFields lists the fields of the exported struct typ that hand a
// seam to an importer: exported fields of a seam type, and embedded seams.
// A struct is checked field by field rather than as a whole: an unexported
// seam field is what the design asks for.
func exportedFields(typ string, st *ast.StructType) []leak {
	var out []leak
	for _, fl := range st.Fields.List {
		if !mentions(fl.Type) {
			continue
		}
		if len(fl.Names) == 0 {
			out = append(out, leak{fl.Pos(), typ + " embeds a seam type: its fields are promoted and settable"})
		}
		for _, n := range fl.Names {
			if n.IsExported() {
				out = append(out, leak{n.Pos(), "field " + typ + "." + n.Name + " is exported and holds a seam"})
			}
		}
	}
	return out
}

// setsSeam reports whether the function body writes a seam: assigns to
// one, builds a value of a seam type, or fills a seams field in a literal.
// Reading the seams (New passes them on to the dialer) is what the relay
// must do.
func setsSeam(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			found = found || slices.ContainsFunc(n.Lhs, func(e ast.Expr) bool { return mentions(e) })
		case *ast.CompositeLit:
			found = found || (n.Type != nil && mentions(n.Type))
		case *ast.KeyValueExpr:
			found = found || mentions(n.Key)
		}
		return !found
	})
	return found
}

// mentions reports whether the type expression refers to a name that says
// seam: one of relay's seam types or another package's (relayseam.Seams).
func mentions(typ ast.Node) bool {
	found := false
	ast.Inspect(typ, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && seamName.MatchString(id.Name) {
			found = true
		}
		return !found
	})
	return found
}
