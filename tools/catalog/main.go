// Command catalog generates the offline API catalog (catalog/data) from the
// official Node.js SDK packages' tarballs, fetched by make catalog with npm
// pack. The output depends only on the tarballs: no timestamps, sorted
// keys, so two runs give the same bytes.
//
//	go run ./tools/catalog -cn tencentcloud-sdk-nodejs-4.1.313.tgz \
//	    -intl tencentcloud-sdk-nodejs-intl-en-3.0.1335.tgz -out catalog/data
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"

	"github.com/tcsig/tcsig/catalog/schema"
)

// brotliLevel is the best compression: the files are written once and
// fetched many times.
const brotliLevel = 11

func main() {
	cnPath := flag.String("cn", "", "tencentcloud-sdk-nodejs-<version>.tgz")
	intlPath := flag.String("intl", "", "tencentcloud-sdk-nodejs-intl-en-<version>.tgz")
	out := flag.String("out", "catalog/data", "output `directory` (its services/ is replaced)")
	flag.Parse()
	if err := run(*cnPath, *intlPath, *out); err != nil {
		fmt.Fprintln(os.Stderr, "catalog:", err)
		os.Exit(1)
	}
}

func run(cnPath, intlPath, out string) error {
	if cnPath == "" || intlPath == "" {
		return fmt.Errorf("need -cn and -intl tarballs (make catalog fetches them)")
	}
	cnFiles, err := readTarball(cnPath, keepCN)
	if err != nil {
		return err
	}
	intlFiles, err := readTarball(intlPath, keepIntl)
	if err != nil {
		return err
	}
	svcs, idx, err := generate(cnFiles, intlFiles)
	if err != nil {
		return err
	}
	return write(out, svcs, idx)
}

// Package names, checked against each tarball's package.json so the two
// cannot be swapped.
const (
	pkgCN   = "tencentcloud-sdk-nodejs"
	pkgIntl = "tencentcloud-sdk-nodejs-intl-en"
)

// generate parses both packages and returns the merged services and index.
func generate(cnFiles, intlFiles files) ([]schema.Service, schema.Index, error) {
	cnPkg, err := packageInfo(cnFiles, pkgCN)
	if err != nil {
		return nil, schema.Index{}, err
	}
	intlPkg, err := packageInfo(intlFiles, pkgIntl)
	if err != nil {
		return nil, schema.Index{}, err
	}
	pkgs := []schema.Package{cnPkg, intlPkg}
	cn, err := parseCN(cnFiles)
	if err != nil {
		return nil, schema.Index{}, fmt.Errorf("tencentcloud-sdk-nodejs: %w", err)
	}
	intl, err := parseIntl(intlFiles)
	if err != nil {
		return nil, schema.Index{}, fmt.Errorf("tencentcloud-sdk-nodejs-intl-en: %w", err)
	}
	svcs := merge(cn, intl)
	return svcs, index(svcs, pkgs), nil
}

// packageInfo reads the name, version and licence from package.json.
func packageInfo(fs files, want string) (schema.Package, error) {
	var p schema.Package
	if err := json.Unmarshal([]byte(fs[packageJSON]), &p); err != nil {
		return p, fmt.Errorf("%s: package.json: %w", want, err)
	}
	if p.Name != want || p.Version == "" || p.License == "" {
		return p, fmt.Errorf("package.json names %q %q (licence %q); want %s with a version and a licence", p.Name, p.Version, p.License, want)
	}
	return p, nil
}

// write replaces out/index.json.br and out/services/*.json.br.
func write(out string, svcs []schema.Service, idx schema.Index) error {
	dir := filepath.Join(out, "services")
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := writeJSON(filepath.Join(out, "index.json.br"), idx); err != nil {
		return err
	}
	for _, s := range svcs {
		if err := writeJSON(filepath.Join(dir, s.Name+".json.br"), s); err != nil {
			return err
		}
	}
	return nil
}

func writeJSON(path string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encoding %s: %w", path, err)
	}
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, brotliLevel)
	if _, err := w.Write(b); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
