// Package version is the one place that says which build of tcsig is
// running: the CLI's `tcsig version`, the server's /version and the
// playground's footer (which reads the server's version.json) all print
// String.
//
// `make build` stamps the string into bin/tcsig with
//
//	-ldflags "-X github.com/tcsig/tcsig/internal/version.stamp=$(git describe --tags --always --dirty)"
//
// The WebAssembly module never links this package: a version inside it
// would change its bytes with every commit, and with them the build's
// slowest step, compressing it (docs/performance.md, "Build times").
//
// A binary built without it (`go install`, `go build`) falls back to what
// the go command records in every binary: the module version for
// `go install …@v1.2.3`, else the VCS revision of the checkout.
package version

import (
	"runtime/debug"
	"strings"
)

// stamp is set by the linker (-X); see the package comment.
var stamp string

// Dev is the version of a build that carries no information at all (e.g.
// `go run` outside a git checkout, or a test binary).
const Dev = "dev"

// shortRevision is as many hex digits as git describe --always prints, so a
// stamped and an unstamped build of one commit print the same string.
const shortRevision = 7

// String returns the version of this binary.
func String() string {
	if stamp != "" {
		return stamp
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return Dev
	}
	return FromBuildInfo(bi)
}

// FromBuildInfo derives a version from what the go command recorded: a
// released module version as is (v1.2.3), otherwise the commit as git
// describe --always --dirty would print it (3d1912f, 3d1912f-dirty), then
// any other module version (a pseudo-version outside a checkout), else Dev.
func FromBuildInfo(bi *debug.BuildInfo) string {
	mod := bi.Main.Version
	if mod == "(devel)" {
		mod = ""
	}
	if mod != "" && !isPseudo(mod) {
		return mod
	}
	var rev string
	var dirty bool
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev != "" {
		if len(rev) > shortRevision {
			rev = rev[:shortRevision]
		}
		if dirty {
			rev += "-dirty"
		}
		return rev
	}
	if mod != "" {
		return mod
	}
	return Dev
}

// isPseudo reports whether v is a pseudo-version the go command made up for
// an untagged commit (v0.0.0-20261205010203-3d1912f0abcd, with +dirty when
// the tree was modified): its second-to-last dash-separated part ends in a
// 14-digit timestamp.
func isPseudo(v string) bool {
	v, _, _ = strings.Cut(v, "+")
	i := strings.LastIndexByte(v, '-')
	if i < 0 || len(v)-i-1 != 12 {
		return false
	}
	head := v[:i]
	if len(head) < 14 {
		return false
	}
	for _, c := range head[len(head)-14:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
