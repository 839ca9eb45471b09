package main

import (
	"fmt"
	"regexp"
	"sort"

	"github.com/tcsig/tcsig/catalog/schema"
)

// pkgVersion is what one package says about one service version.
type pkgVersion struct {
	host       string
	version    string // YYYY-MM-DD, from the client's constructor
	actions    map[string]schema.Action
	structures map[string]schema.Structure
}

// pkgData is one package: service → version directory (vYYYYMMDD) → data.
type pkgData map[string]map[string]*pkgVersion

func (d pkgData) version(svc, dir string) *pkgVersion {
	if d[svc] == nil {
		d[svc] = map[string]*pkgVersion{}
	}
	v := d[svc][dir]
	if v == nil {
		v = &pkgVersion{actions: map[string]schema.Action{}, structures: map[string]schema.Structure{}}
		d[svc][dir] = v
	}
	return v
}

// parseFiles reads one package: each file whose name path matches, in name
// order, handed to parse with the path's submatches (service, version
// directory, then the package's own) and the service version it describes.
func parseFiles(fs files, path *regexp.Regexp, parse func(src string, m []string, v *pkgVersion) error) (pkgData, error) {
	d := pkgData{}
	names := make([]string, 0, len(fs))
	for n := range fs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m := path.FindStringSubmatch(n)
		if m == nil {
			continue
		}
		if err := parse(fs[n], m, d.version(m[1], m[2])); err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
	}
	return d, nil
}

// eachMethod hands each documented method of a client file (a doc comment,
// then a line that method matches, its first submatch the action's name)
// to fill, with that action's entry and the comment's text.
func eachMethod(src string, method *regexp.Regexp, v *pkgVersion, fill func(a *schema.Action, doc string, m []string)) {
	for _, b := range blocks(src) {
		m := method.FindStringSubmatch(b.next)
		if m == nil {
			continue
		}
		a := v.actions[m[1]]
		fill(&a, b.doc, m)
		v.actions[m[1]] = a
	}
}
