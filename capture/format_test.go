package capture

import (
	"errors"
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSprintfMatchesFmt(t *testing.T) {
	cases := []struct {
		format string
		args   []any
	}{
		{"plain", nil},
		{"%s and %q", []any{"a\"b", "é\x00\n"}},
		{"%d %d %d %d %d %d", []any{-5, int64(1) << 40, int32(-3), uint8(200), uint(7), ^uint64(0)}},
		{"-%c on line %d", []any{byte('x'), 3}},
		{"%c %q %q", []any{'é', byte('y'), rune('\n')}},
		{"err: %s, bytes: %s", []any{errors.New("boom"), []byte("raw")}},
		{"100%% sure, %s", []any{"yes"}},
		{"trailing %", nil},
	}
	for _, c := range cases {
		assert.Equal(t, fmt.Sprintf(c.format, c.args...), sprintf(c.format, c.args...), "sprintf(%q), against fmt.Sprintf", c.format)
	}
	// Mistakes show, as fmt shows them, rather than vanish.
	for _, c := range []struct {
		got, want string
	}{
		{sprintf("%d", "s"), "%!d(unsupported)"},
		{sprintf("%s %s", "a"), "a %!s(MISSING)"},
		{sprintf("%s", "a", "b"), "a%!(EXTRA)"},
		{sprintf("%v", 1.5), "%!v(unsupported)"},
	} {
		assert.Equal(t, c.want, c.got)
	}
}

// TestMessagesUseKnownVerbs does for sprintf what go vet does for fmt: every
// call has a constant format
// whose verbs sprintf knows, one argument per verb, each of a type the verb
// takes.
func TestMessagesUseKnownVerbs(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("type-checks the package from source with the go command; the host run covers it")
	}
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	require.NoError(t, err)
	var files []*ast.File
	for _, f := range pkgs["capture"].Files {
		files = append(files, f)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	_, err = conf.Check("github.com/tcsig/tcsig/capture", fset, files, info)
	require.NoError(t, err)
	calls := 0
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var name string
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			}
			if name != "sprintf" && name != "notef" && name != "add" || len(call.Args) == 0 {
				return true
			}
			tv := info.Types[call.Args[0]]
			if name == "add" && (tv.Type == nil || tv.Type.String() != "string") {
				return true // some other add
			}
			pos := fset.Position(call.Pos())
			if tv.Value == nil {
				if name == "sprintf" && len(call.Args) == 2 && call.Ellipsis.IsValid() {
					return true // sprintf's own forwarding in notef/add
				}
				assert.Fail(t, "a format that is not a constant", "%s: %s", pos, name)
				return true
			}
			calls++
			format := strings.ReplaceAll(constant.StringVal(tv.Value), "%%", "")
			args := call.Args[1:]
			k := 0
			for i := 0; i < len(format); i++ {
				if format[i] != '%' || i+1 == len(format) {
					continue
				}
				i++
				verb := format[i]
				if !assert.Less(t, k, len(args), "%s: %%%c has no argument", pos, verb) {
					continue
				}
				typ := info.Types[args[k]].Type
				k++
				assert.True(t, verbTakes(verb, typ), "%s: %%%c given %s", pos, verb, typ)
			}
			assert.Equal(t, len(args), k, "%s: verbs against arguments", pos)
			return true
		})
	}
	require.GreaterOrEqual(t, calls, 3, "formatted messages found; fewer means the scan is broken (notes and errors written as message codes are not counted)")
}

func verbTakes(verb byte, typ types.Type) bool {
	isString := false
	if b, ok := typ.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
		isString = true
	}
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	isError := types.Implements(typ, errType)
	isInt := false
	if b, ok := typ.Underlying().(*types.Basic); ok {
		switch b.Kind() {
		case types.Int, types.Int64, types.Int32, types.Uint8, types.Uint, types.Uint64, types.UntypedInt, types.UntypedRune:
			isInt = true
		}
	}
	switch verb {
	case 's':
		return isString || isError
	case 'q':
		return isString || isInt
	case 'd', 'c':
		return isInt
	}
	return false
}
