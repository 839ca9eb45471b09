package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/endpoints"
)

func TestEndpointResolves(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		host     string
		whyHas   string
		warnings int
	}{
		{[]string{"--service", "cvm"}, "cvm.tencentcloudapi.com", "nearest", 0},
		{[]string{"--service", "cvm", "--region", "ap-guangzhou"}, "cvm.tencentcloudapi.com", "ap-guangzhou", 0},
		{[]string{"--service", "cvm", "--region", "ap-guangzhou", "--endpoint", "regional"}, "cvm.ap-guangzhou.tencentcloudapi.com", "regional", 0},
		{[]string{"--service", "tmt", "--endpoint", "intl"}, "tmt.intl.tencentcloudapi.com", "international", 0},
		{[]string{"--service", "cvm", "--region", "ap-shanghai-fsi"}, "cvm.ap-shanghai-fsi.tencentcloudapi.com", "financial zone", 0},
		{[]string{"--service", "cvm", "--region", "ap-shenzhen-fsi", "--endpoint", "intl"}, "cvm.ap-shenzhen-fsi.tencentcloudapi.com", "financial zone", 0},
		{[]string{"--service", "cvm", "--region", "ap-atlantis"}, "cvm.tencentcloudapi.com", "ap-atlantis", 1},
		{[]string{"--service", "cvm", "--region", "ap-mumbai", "--endpoint", "regional"}, "cvm.ap-mumbai.tencentcloudapi.com", "regional", 1},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runCLI(t, "", nil, append([]string{"endpoint"}, tc.args...)...)
			require.Equal(t, ExitOK, r.code, "exit code; stderr %s", r.stderr)
			lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
			require.Len(t, lines, 2, "stdout %q, want the host and a reason", r.stdout)
			assert.Equal(t, tc.host, lines[0], "stdout %q: host line", r.stdout)
			assert.Contains(t, lines[1], tc.whyHas, "stdout %q: the reason", r.stdout)
			n := strings.Count(r.stderr, "tcsig endpoint: warning: ")
			assert.Equal(t, tc.warnings, n, "stderr %q: warning lines", r.stderr)
			assert.Equal(t, n, strings.Count(r.stderr, "\n"), "stderr %q: a line that is not a warning", r.stderr)

			// --output json says the same.
			r = runCLI(t, "", nil, append([]string{"endpoint", "--output", "json"}, tc.args...)...)
			var res endpoints.Resolution
			require.NoError(t, json.Unmarshal([]byte(r.stdout), &res), "json:\n%s", r.stdout)
			assert.Equal(t, tc.host, res.Host, "json host")
			assert.Equal(t, lines[1], res.Why, "json why")
		})
	}
}

func TestEndpointErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "--service is required"},
		{[]string{"--region", "ap-guangzhou"}, "--service is required"},
		{[]string{"--service", "cvm", "--endpoint", "fastest"}, `invalid value "fastest" for --endpoint: want nearest, regional or intl`},
		{[]string{"--service", "cvm", "--endpoint", "regional"}, "needs a region"},
		{[]string{"--service", "CVM"}, "lower case"},
		{[]string{"--service", "cvm", "--region", "guangzhou"}, "not a region ID"},
		{[]string{"--list", "--service", "cvm"}, "--list prints the whole table"},
		{[]string{"--service", "cvm", "--output", "curl"}, `--output: want text or json, got "curl"`},
		{[]string{"--services", "cvm"}, "unknown flag --services; did you mean --service?"},
		{[]string{"cvm"}, `unexpected argument "cvm"`},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runCLI(t, "", nil, append([]string{"endpoint"}, tc.args...)...)
			assert.Equal(t, ExitUsage, r.code, "exit code")
			assert.Empty(t, r.stdout, "stdout")
			assert.Equal(t, 1, strings.Count(r.stderr, "\n"), "stderr %q, want one line", r.stderr)
			assert.True(t, strings.HasPrefix(r.stderr, "tcsig endpoint: "), "stderr %q, want the tcsig endpoint: prefix", r.stderr)
			assert.Contains(t, r.stderr, tc.want)
		})
	}
}

func TestEndpointList(t *testing.T) {
	r := runCLI(t, "", nil, "endpoint", "--list")
	require.Equal(t, ExitOK, r.code, "exit code; stderr %q", r.stderr)
	require.Empty(t, r.stderr, "stderr")
	rows := map[string]string{}
	for _, l := range strings.Split(r.stdout, "\n") {
		if f := strings.Fields(l); len(f) > 0 {
			rows[f[0]] = l
		}
	}
	assert.Contains(t, rows, "ID", "no header row:\n%s", r.stdout)
	regions := endpoints.Regions()
	for _, reg := range regions {
		row, ok := rows[reg.ID]
		if !assert.True(t, ok, "region %s missing", reg.ID) {
			continue
		}
		for _, want := range []string{reg.Name, reg.NameZH} {
			assert.Contains(t, row, want)
		}
		assert.Equal(t, reg.Financial, strings.Contains(row, "financial"), "row %q: financial mark", row)
		assert.Equal(t, reg.Retired, strings.Contains(row, "retired"), "row %q: retired mark", row)
		if reg.Note != "" {
			assert.Contains(t, r.stdout, reg.ID+": "+reg.Note, "note for %s missing", reg.ID)
		}
	}
	// The columns line up: every row's NAME starts where the header's does.
	col := strings.Index(rows["ID"], "NAME")
	for _, reg := range regions {
		assert.Equal(t, col, strings.Index(rows[reg.ID], reg.Name), "%s: name column, want the header's", reg.ID)
	}

	r = runCLI(t, "", nil, "endpoint", "--list", "--output", "json")
	var got []endpoints.Region
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &got))
	if diff := cmp.Diff(regions, got); diff != "" {
		t.Errorf("--list --output json (-table +got):\n%s", diff)
	}
}

func TestEndpointHelp(t *testing.T) {
	r := runCLI(t, "", nil, "endpoint", "-h")
	assert.Equal(t, ExitOK, r.code, "exit code")
	assert.Contains(t, r.stdout, "tcsig endpoint --list")
	assert.Contains(t, r.stdout, "-region")
}

// The catalog's knowledge, as tcsig sign uses it: a service only the
// international SDK has goes to its intl host unless a family or a
// financial zone decides; an unknown service is a warning with a
// suggestion, and still resolves.
func TestEndpointCatalog(t *testing.T) {
	r := runCLI(t, "", nil, "endpoint", "--service", "intlpartnersmgt")
	require.Equal(t, ExitOK, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "intlpartnersmgt.intl.tencentcloudapi.com\n"), r.stdout)
	assert.Contains(t, r.stdout, "the catalog knows intlpartnersmgt only from the international SDK")
	signed := runCLI(t, "", docCreds(), "sign", "--output", "json", "--service", "intlpartnersmgt", "--action", "X", "--version", "2022-09-28")
	assert.Contains(t, signed.stdout, `"url": "https://intlpartnersmgt.intl.tencentcloudapi.com/"`, "the host sign uses")

	r = runCLI(t, "", nil, "endpoint", "--service", "intlpartnersmgt", "--endpoint", "regional", "--region", "ap-singapore")
	assert.True(t, strings.HasPrefix(r.stdout, "intlpartnersmgt.ap-singapore.tencentcloudapi.com\n"), r.stdout)
	r = runCLI(t, "", nil, "endpoint", "--service", "intlpartnersmgt", "--region", "ap-shanghai-fsi")
	assert.True(t, strings.HasPrefix(r.stdout, "intlpartnersmgt.ap-shanghai-fsi.tencentcloudapi.com\n"), r.stdout)

	r = runCLI(t, "", nil, "endpoint", "--service", "cvmm")
	assert.Equal(t, ExitOK, r.code)
	assert.True(t, strings.HasPrefix(r.stdout, "cvmm.tencentcloudapi.com\n"), r.stdout)
	assert.Equal(t, "tcsig endpoint: warning: unknown service \"cvmm\"; did you mean cvm?\n", r.stderr)
	r = runCLI(t, "", nil, "endpoint", "--service", "cvm")
	assert.Empty(t, r.stderr)
}
