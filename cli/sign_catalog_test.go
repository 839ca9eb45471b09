package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// authorization signs with tcsig sign --output json and returns the
// Authorization header and stderr.
func authorization(t *testing.T, args ...string) (string, string) {
	t.Helper()
	r := runCLI(t, "", docCreds(), append([]string{"sign", "--output", "json", "--timestamp", "1551113065"}, args...)...)
	require.Equal(t, ExitOK, r.code, r.stderr)
	var res struct {
		Authorization string `json:"authorization"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &res))
	require.NotEmpty(t, res.Authorization)
	return res.Authorization, r.stderr
}

// The catalog never changes a signature: the same request signed with and
// without it gives the same Authorization, the version filled in by the
// catalog included, and a body it warns about too.
func TestSignCatalogDifferential(t *testing.T) {
	base := []string{"--service", "cvm", "--action", "DescribeInstances", "--region", "ap-guangzhou"}
	for name, body := range map[string]string{
		"valid":   `{"Limit":1}`,
		"warned":  `{"Limt":"x"}`,
		"invalid": `{`,
	} {
		t.Run(name, func(t *testing.T) {
			with, _ := authorization(t, append(base, "--data", body)...)
			without, stderr := authorization(t, append(base, "--data", body, "--version", "2017-03-12", "--no-catalog")...)
			assert.Equal(t, without, with)
			assert.NotContains(t, stderr, "catalog")
		})
	}
}

func TestSignCatalogNotesAndWarnings(t *testing.T) {
	_, stderr := authorization(t, "--service", "cvm", "--action", "DescribeInstances", "--region", "ap-guangzhou",
		"--data", `{"Limt":1,"Filters":[{"Name":"zone"}]}`)
	assert.Equal(t, "tcsig sign: --version 2017-03-12 (the newest version of cvm with DescribeInstances in the catalog)\n"+
		"tcsig sign: warning: catalog: unknown parameter Limt; did you mean Limit? (unknown-parameter, the API answers UnknownParameter)\n"+
		"tcsig sign: warning: catalog: missing required parameter Filters[0].Values (an array of strings) (missing-parameter, the API answers MissingParameter)\n", stderr)

	// GET: names only, flattened.
	_, stderr = authorization(t, "--service", "cvm", "--action", "DescribeInstances", "--version", "2017-03-12", "--region", "ap-guangzhou",
		"--method", "GET", "--data", `{"Limit":"1","Filters":[{"Nme":"zone","Values":["x"]}]}`)
	assert.Equal(t, "tcsig sign: warning: catalog: unknown parameter Filters.0.Nme; did you mean Name? (unknown-parameter, the API answers UnknownParameter)\n", stderr)

	_, stderr = authorization(t, "--service", "cvm", "--action", "DescribeInstancez", "--version", "2017-03-12", "--region", "ap-guangzhou")
	assert.Contains(t, stderr, "warning: catalog: unknown action DescribeInstancez in cvm 2017-03-12; did you mean DescribeInstances? (unknown-action, the API answers InvalidAction)")

	// The newest version that has the action, not the service's newest.
	_, stderr = authorization(t, "--service", "antiddos", "--action", "CreateBoundIP", "--region", "ap-guangzhou")
	assert.Equal(t, "tcsig sign: --version 2020-03-09 (the newest version of antiddos with CreateBoundIP in the catalog)\n", firstLine(stderr))
	_, stderr = authorization(t, "--service", "cvm", "--action", "NoSuchAction", "--region", "ap-guangzhou")
	assert.Equal(t, "tcsig sign: --version 2017-03-12 (the newest version of cvm in the catalog, which lacks NoSuchAction)\n", firstLine(stderr))

	// A service only the international package knows goes to its intl host.
	r := runCLI(t, "", docCreds(), "sign", "--output", "json", "--service", "gpm", "--action", "CancelMatching", "--region", "ap-guangzhou")
	require.Equal(t, ExitOK, r.code, r.stderr)
	assert.Contains(t, r.stderr, "tcsig sign: --host gpm.intl.tencentcloudapi.com (the catalog knows gpm only from the international SDK)\n")
	assert.Contains(t, r.stdout, `"url": "https://gpm.intl.tencentcloudapi.com/"`)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line + "\n"
}

// An unknown service is a warning with the closest known name, said before
// the error it explains (no --version to fill); with --version it signs.
func TestSignCatalogUnknownService(t *testing.T) {
	r := runCLI(t, "", docCreds(), "sign", "--service", "cvmm", "--action", "DescribeInstances", "--region", "ap-guangzhou")
	assert.Equal(t, ExitUsage, r.code)
	assert.Equal(t, "tcsig sign: warning: unknown service \"cvmm\"; did you mean cvm?\ntcsig sign: --version: required\n", r.stderr)

	_, stderr := authorization(t, "--service", "cvmm", "--action", "DescribeInstances", "--version", "2017-03-12", "--region", "ap-guangzhou")
	assert.Equal(t, "tcsig sign: warning: unknown service \"cvmm\"; did you mean cvm?\n", stderr, "a warning, never a block")

	r = runCLI(t, "", docCreds(), "send", "--lang", "zh", "--service", "cvmm", "--action", "DescribeInstances")
	assert.Equal(t, ExitUsage, r.code)
	assert.Contains(t, r.stderr, "tcsig send: 警告：未知服务 \"cvmm\"；是否想用 cvm？\n")

	r = runCLI(t, "", docCreds(), "sign", "--no-catalog", "--service", "cvmm", "--action", "X", "--region", "ap-guangzhou")
	assert.Equal(t, "tcsig sign: --version: required\n", r.stderr)
}
