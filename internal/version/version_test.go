package version

import (
	"os"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFromBuildInfo(t *testing.T) {
	vcs := func(rev, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified}}
	}
	const rev = "3d1912f0abcdef0123456789abcdef0123456789"
	for name, tc := range map[string]struct {
		main     string
		settings []debug.BuildSetting
		want     string
	}{
		"go install module@tag":      {main: "v1.2.3", want: "v1.2.3"},
		"tag beats the checkout":     {main: "v1.2.3", settings: vcs(rev, "false"), want: "v1.2.3"},
		"go build in a checkout":     {main: "(devel)", settings: vcs(rev, "false"), want: "3d1912f"},
		"modified checkout":          {main: "(devel)", settings: vcs(rev, "true"), want: "3d1912f-dirty"},
		"pseudo-version + checkout":  {main: "v0.0.0-20261205010203-3d1912f0abcd+dirty", settings: vcs(rev, "true"), want: "3d1912f-dirty"},
		"pseudo-version, no VCS":     {main: "v0.0.0-20261205010203-3d1912f0abcd", want: "v0.0.0-20261205010203-3d1912f0abcd"},
		"pre-release tag":            {main: "v1.3.0-rc.1", want: "v1.3.0-rc.1"},
		"nothing recorded":           {main: "(devel)", want: Dev},
		"empty main (test binaries)": {want: Dev},
	} {
		t.Run(name, func(t *testing.T) {
			bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/tcsig/tcsig", Version: tc.main}, Settings: tc.settings}
			assert.Equal(t, tc.want, FromBuildInfo(bi))
		})
	}
}

func TestStampWins(t *testing.T) {
	old := stamp
	t.Cleanup(func() { stamp = old })
	stamp = "v9.9.9"
	assert.Equal(t, "v9.9.9", String())
}

// make build stamps this package's variable into bin/tcsig: a rename here
// must show up there. Only the binary is stamped (internal/layout checks
// that the module's bytes do not depend on the version).
func TestMakefileStampsThisVariable(t *testing.T) {
	makefile, err := os.ReadFile("../../Makefile")
	require.NoError(t, err)
	assert.Contains(t, string(makefile), "-X github.com/tcsig/tcsig/internal/version.stamp=$(VERSION)")
	assert.Equal(t, 1, strings.Count(string(makefile), "$(LDVERSION)"), "make build stamps the binary, and nothing else")
}
