package main

import (
	"sort"

	"github.com/tcsig/tcsig/catalog/schema"
)

// merge makes the union of both packages, one schema.Service per service
// sorted by name, versions newest first.
func merge(cn, intl pkgData) []schema.Service {
	var names []string
	for n := range cn {
		names = append(names, n)
	}
	for n := range intl {
		if cn[n] == nil {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	out := make([]schema.Service, 0, len(names))
	for _, n := range names {
		out = append(out, mergeService(n, cn[n], intl[n]))
	}
	return out
}

func mergeService(name string, cn, intl map[string]*pkgVersion) schema.Service {
	dirs := map[string]bool{}
	for d := range cn {
		dirs[d] = true
	}
	for d := range intl {
		dirs[d] = true
	}
	sorted := make([]string, 0, len(dirs))
	for d := range dirs {
		sorted = append(sorted, d)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(sorted))) // vYYYYMMDD: newest first
	s := schema.Service{Format: schema.Format, Name: name}
	for _, d := range sorted {
		c, i := cn[d], intl[d]
		if c != nil && s.Host == "" {
			s.Host = c.host
		}
		if i != nil && s.IntlHost == "" {
			s.IntlHost = i.host
		}
		s.Versions = append(s.Versions, mergeVersion(d, c, i))
	}
	return s
}

func mergeVersion(dir string, cn, intl *pkgVersion) schema.Version {
	v := schema.Version{Version: dirVersion(dir), Actions: map[string]schema.Action{}, Structures: map[string]schema.Structure{}}
	for _, p := range []*pkgVersion{intl, cn} { // the Chinese package's version string wins
		if p != nil && p.version != "" {
			v.Version = p.version
		}
	}
	if cn == nil {
		cn = &pkgVersion{}
	} else {
		v.Sources = append(v.Sources, schema.SourceCN)
	}
	if intl == nil {
		intl = &pkgVersion{}
	} else {
		v.Sources = append(v.Sources, schema.SourceIntl)
	}
	overlay(v.Actions, cn.actions, intl.actions, func(cn, intl schema.Action) schema.Action {
		cn.En = intl.En
		return cn
	})
	overlay(v.Structures, cn.structures, intl.structures, mergeStructure)
	return v
}

// overlay fills out with cn's entries, then with intl's: as they are where
// cn has no entry of that name, merged into cn's where both have one.
func overlay[T any](out, cn, intl map[string]T, merge func(cn, intl T) T) {
	for n, x := range cn {
		out[n] = x
	}
	for n, x := range intl {
		if m, ok := out[n]; ok {
			x = merge(m, x)
		}
		out[n] = x
	}
}

// mergeStructure adds the international package's English docs to the
// Chinese package's structure, and the fields only it has at the end.
func mergeStructure(cn, intl schema.Structure) schema.Structure {
	out := schema.Structure{Doc: schema.Doc{En: intl.En, Zh: cn.Zh}}
	out.Fields = append([]schema.Field{}, cn.Fields...)
	at := map[string]int{}
	for i, f := range out.Fields {
		at[f.Name] = i
	}
	for _, f := range intl.Fields {
		if i, ok := at[f.Name]; ok {
			out.Fields[i].En = f.En
			continue
		}
		out.Fields = append(out.Fields, f)
	}
	return out
}

// index is the services' names, hosts, versions and action names.
func index(svcs []schema.Service, pkgs []schema.Package) schema.Index {
	idx := schema.Index{Format: schema.Format, Packages: pkgs, Services: []schema.IndexService{}}
	for _, s := range svcs {
		is := schema.IndexService{Name: s.Name, Host: s.Host, IntlHost: s.IntlHost}
		for _, v := range s.Versions {
			iv := schema.IndexVersion{Version: v.Version, Actions: make([]string, 0, len(v.Actions))}
			for a := range v.Actions {
				iv.Actions = append(iv.Actions, a)
			}
			sort.Strings(iv.Actions)
			is.Versions = append(is.Versions, iv)
		}
		idx.Services = append(idx.Services, is)
	}
	return idx
}
