package main

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// files is a package's relevant files by path inside the package
// (without npm's leading "package/").
type files map[string]string

// packageJSON is the package's manifest: name, version, licence.
const packageJSON = "package.json"

// readTarball reads the files of an npm tarball that keep is true for,
// without unpacking it.
func readTarball(path string, keep func(string) bool) (files, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open the package tarball: %w (run make catalog, which fetches it with npm pack)", err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s is not a gzip'd tarball: %w", path, err)
	}
	return readTar(gz, keep)
}

func readTar(r io.Reader, keep func(string) bool) (files, error) {
	out := files{}
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading the tarball: %w", err)
		}
		name := strings.TrimPrefix(h.Name, "package/")
		if h.Typeflag != tar.TypeReg || name != packageJSON && !keep(name) {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("reading %s from the tarball: %w", h.Name, err)
		}
		out[name] = string(b)
	}
}
