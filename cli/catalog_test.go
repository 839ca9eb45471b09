package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/catalog"
)

// The command's text and JSON outputs, from the committed data.
func TestCatalogGolden(t *testing.T) {
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"catalog-about.golden", []string{"catalog", "--about"}},
		{"catalog-cvm.golden", []string{"catalog", "cvm"}},
		{"catalog-cvm-zh.golden", []string{"catalog", "--lang", "zh", "cvm"}},
		{"catalog-describe-instances.golden", []string{"catalog", "cvm", "DescribeInstances"}},
		{"catalog-describe-instances-zh.golden", []string{"catalog", "cvm", "DescribeInstances", "--lang", "zh", "--version", "2017-03-12"}},
		{"catalog-describe-instances.json.golden", []string{"catalog", "--output", "json", "--depth", "1", "cvm", "DescribeInstances"}},
		{"catalog-search.golden", []string{"catalog", "--search", "cvm desc inst", "--limit", "8"}},
		{"catalog-intl-only.golden", []string{"catalog", "gpm", "CancelMatching"}},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			r := runCLI(t, "", nil, tc.args...)
			require.Equal(t, ExitOK, r.code, r.stderr)
			assert.Empty(t, r.stderr)
			checkGolden(t, tc.golden, []byte(r.stdout))
		})
	}
}

func TestCatalogServices(t *testing.T) {
	r := runCLI(t, "", nil, "catalog")
	require.Equal(t, ExitOK, r.code, r.stderr)
	lines := strings.Split(r.stdout, "\n")
	assert.Equal(t, []string{"SERVICE", "VERSION", "ACTIONS", "HOST"}, strings.Fields(lines[0]))
	assert.Contains(t, r.stdout, "\ncvm ")
	assert.Regexp(t, `\ngpm +\d{4}-\d\d-\d\d +\d+ +gpm\.intl\.tencentcloudapi\.com \(international only\)\n`, r.stdout)

	r = runCLI(t, "", nil, "catalog", "--output", "json")
	require.Equal(t, ExitOK, r.code, r.stderr)
	var svcs []struct{ Name string }
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &svcs))
	assert.Greater(t, len(svcs), 250)
}

// The JSON shape scripts rely on: service, version, host, action and
// parameters of {name, type, required} with items and fields.
func TestCatalogActionJSON(t *testing.T) {
	r := runCLI(t, "", nil, "catalog", "cvm", "DescribeInstances", "--output", "json")
	require.Equal(t, ExitOK, r.code, r.stderr)
	var got struct {
		Service, Version, Host, Action string
		Parameters                     []catalog.Param
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &got))
	assert.Equal(t, "cvm", got.Service)
	assert.Equal(t, "2017-03-12", got.Version)
	assert.Equal(t, "cvm.tencentcloudapi.com", got.Host)
	assert.Equal(t, "DescribeInstances", got.Action)
	types := map[string]string{}
	for _, p := range got.Parameters {
		types[p.Name] = p.Type
	}
	assert.Equal(t, map[string]string{"InstanceIds": "array", "Filters": "array", "Offset": "number", "Limit": "number"}, types)
	assert.Equal(t, "object", got.Parameters[1].Items.Type)
	assert.Equal(t, "Name", got.Parameters[1].Items.Fields[0].Name)
}

func TestCatalogErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"catalog", "cvmm"}, `tcsig catalog: unknown service "cvmm"; did you mean cvm?` + "\n"},
		{[]string{"catalog", "cvm", "DescribeInstance"}, "tcsig catalog: unknown action DescribeInstance in cvm 2017-03-12; did you mean DescribeInstances?\n"},
		{[]string{"catalog", "cvm", "--version", "2017-01-01"}, "tcsig catalog: unknown version 2017-01-01 of cvm: known versions are 2017-03-12\n"},
		{[]string{"catalog", "--lang", "fr"}, "tcsig catalog: --lang: want en or zh, got \"fr\"\n"},
		{[]string{"catalog", "--output", "curl"}, "tcsig catalog: --output: want text or json, got \"curl\"\n"},
		{[]string{"catalog", "cvm", "--search", "x"}, "tcsig catalog: --search looks through every service: give no SERVICE or ACTION with it\n"},
		{[]string{"catalog", "a", "b", "c"}, "tcsig catalog: unexpected argument \"c\": want at most SERVICE and ACTION\n"},
		{[]string{"catalog", "--serch", "x"}, "tcsig catalog: unknown flag --serch; did you mean --search? (run 'tcsig catalog --help' for the flags)\n"},
		{[]string{"catalog", "cvm", "--lang", "zh", "--limt", "1"}, "tcsig catalog: 未知选项 --limt；是否想用 --limit？（运行 'tcsig catalog --help' 查看可用的选项）\n"},
	} {
		r := runCLI(t, "", nil, tc.args...)
		assert.Equal(t, ExitUsage, r.code, tc.args)
		assert.Equal(t, tc.want, r.stderr, tc.args)
		assert.Empty(t, r.stdout, tc.args)
	}
}

// --version alone prints the data's package versions (as --about does);
// followed by an API version, it picks that version.
func TestCatalogVersionFlag(t *testing.T) {
	about := runCLI(t, "", nil, "catalog", "--about")
	require.Equal(t, ExitOK, about.code, about.stderr)
	for _, args := range [][]string{{"--version"}, {"-version"}, {"cvm", "--version"}, {"--version", "--output", "text"}} {
		r := runCLI(t, "", nil, append([]string{"catalog"}, args...)...)
		assert.Equal(t, ExitOK, r.code, "%v: %s", args, r.stderr)
		assert.Equal(t, about.stdout, r.stdout, args)
	}
	assert.Contains(t, about.stdout, "Apache-2.0")
	r := runCLI(t, "", nil, "catalog", "--version", "--output", "json")
	assert.Contains(t, r.stdout, `"packages"`)

	r = runCLI(t, "", nil, "catalog", "cvm", "DescribeInstances", "--version", "2017-03-12")
	require.Equal(t, ExitOK, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "cvm DescribeInstances (version 2017-03-12)\n"), r.stdout)
	r = runCLI(t, "", nil, "catalog", "--version=2017-03-12", "cvm")
	require.Equal(t, ExitOK, r.code, r.stderr)
	assert.NotEqual(t, about.stdout, r.stdout)
}

// Documentation missing in the asked language falls back to the other,
// with the page's mark: inline after the summary, once under a table.
func TestCatalogOtherLangMark(t *testing.T) {
	r := runCLI(t, "", nil, "catalog", "gpm", "CancelMatching", "--lang", "zh")
	require.Equal(t, ExitOK, r.code, r.stderr)
	assertInOrder(t, r.stdout, "\nThis API is used to cancel matching. （English：本语言无文档）\n",
		"输入参数：\n", "  MatchTicketId ", "\n  （English：本语言无文档）\n", "输出参数：\n", "  RequestId ", "\n  （English：本语言无文档）\n")
	r = runCLI(t, "", nil, "catalog", "gpm", "--lang", "zh")
	assert.True(t, strings.HasSuffix(r.stdout, "\n  （English：本语言无文档）\n"), r.stdout)

	for _, args := range [][]string{{"catalog", "gpm", "CancelMatching"}, {"catalog", "cvm", "DescribeRegions", "--lang", "zh"}} {
		r = runCLI(t, "", nil, args...)
		assert.NotContains(t, r.stdout, "no text in this language", args)
		assert.NotContains(t, r.stdout, "本语言无文档", args)
	}
}

func TestCatalogHelp(t *testing.T) {
	r := runCLI(t, "", nil, "catalog", "-h")
	require.Equal(t, ExitOK, r.code)
	assert.Contains(t, r.stdout, "--about")
	assert.Contains(t, r.stdout, "--version V picks an API version")
	for _, cmd := range []string{"sign", "verify", "emulate"} {
		r := runCLI(t, "", nil, cmd, "-h")
		require.Equal(t, ExitOK, r.code, cmd)
		assert.Contains(t, r.stdout, "-no-catalog", cmd)
	}
}

// BenchmarkCatalogCLI is one cold tcsig catalog cvm DescribeInstances: a
// fresh catalog each time, so the index and the service file are decoded
// as in a new process.
func BenchmarkCatalogCLI(b *testing.B) {
	for b.Loop() {
		var out, errs strings.Builder
		if code := Run(b.Context(), []string{"catalog", "cvm", "DescribeInstances"}, testEnv("", nil, &out, &errs)); code != ExitOK {
			b.Fatal(errs.String())
		}
	}
}
