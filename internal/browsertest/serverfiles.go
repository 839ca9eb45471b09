package browsertest

import (
	"io/fs"
	"os"
	"path"
	"strings"

	"github.com/tcsig/tcsig/web"
)

// ServerFiles is web.FS() with the files of a fresh build in assets (from
// BuildAssets) in place of whatever `make wasm` left in web/static, for
// server.Config.Files: the server walks it, so the stale copies and their
// precompressed siblings (main.wasm.br, …) are left out of the listing.
func ServerFiles(assets string) fs.FS {
	return withBuild{build: os.DirFS(assets), base: web.FS()}
}

type withBuild struct {
	build fs.FS
	base  fs.FS
}

func (o withBuild) built(name string) bool {
	_, err := fs.Stat(o.build, path.Clean(name))
	return err == nil
}

func (o withBuild) Open(name string) (fs.File, error) {
	if o.built(name) {
		return o.build.Open(path.Clean(name))
	}
	return o.base.Open(name)
}

func (o withBuild) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(o.base, name)
	if err != nil || name != "." {
		return entries, err
	}
	var out []fs.DirEntry
	for _, e := range entries {
		n := e.Name()
		if o.built(n) || o.built(strings.TrimSuffix(n, path.Ext(n))) {
			continue
		}
		out = append(out, e)
	}
	built, err := fs.ReadDir(o.build, ".")
	return append(out, built...), err
}
