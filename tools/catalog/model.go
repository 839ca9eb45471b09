package main

import "github.com/tcsig/tcsig/catalog/schema"

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
