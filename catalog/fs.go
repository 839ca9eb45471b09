package catalog

import (
	"errors"
	"io"
	"io/fs"
	"strings"

	"github.com/tcsig/tcsig/catalog/schema"
)

// Reading the data from a file system: only a catalog made by New reaches
// this code, so the WebAssembly module, fed the JSON the page fetched,
// does not link it.

// indexFile reads and decodes index.json.br.
func indexFile(fsys fs.FS) (*schema.Index, error) {
	const file = "index.json.br"
	b, err := readFile(fsys, file)
	if err != nil {
		return nil, err
	}
	idx, err := DecodeIndex(b)
	if err != nil {
		return nil, errors.New("catalog data " + file + ": " + err.Error())
	}
	return idx, nil
}

// serviceFile reads and decodes services/<name>.json.br; a missing file
// is an unknown service (with a did-you-mean from the index).
func (c *Catalog) serviceFile(fsys fs.FS, name string) (*schema.Service, error) {
	file := "services/" + name + ".json.br" // validName: never a path outside services/
	b, err := readFile(fsys, file)
	if err != nil && errors.Is(err, fs.ErrNotExist) {
		_, err := c.IndexService(name) // the error, with a did-you-mean
		if err == nil {
			err = errors.New("catalog data: " + file + " is missing (run make catalog to regenerate catalog/data)")
		}
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	s, err := DecodeService(b)
	if err != nil {
		return nil, errors.New("catalog data " + file + ": " + err.Error())
	}
	return s, nil
}

// readFile reads one file, decompressing a .br one.
func readFile(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, lookupErr(err, "catalog data: "+err.Error()+" (run make catalog to regenerate catalog/data)")
	}
	defer f.Close()
	if !strings.HasSuffix(name, ".br") {
		return io.ReadAll(f)
	}
	b, err := unbrotli(f)
	if err != nil {
		return nil, errors.New("catalog data " + name + ": not brotli-compressed: " + err.Error())
	}
	return b, nil
}
