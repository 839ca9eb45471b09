package export_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/export"
)

var update = flag.Bool("update", false, "rewrite export/testdata/*.golden from the current output")

// cases cover the axes the programs differ on: typed or common client,
// GET or POST, TC3 or v1, region, financial zone and international hosts,
// message language, and parameters with nested arrays and characters that
// each language quotes differently.
var cases = map[string]export.Request{
	"cvm-post-tc3": {
		Service: "cvm", Version: "2017-03-12", Action: "DescribeInstances", Region: "ap-guangzhou", Typed: true,
		Params: []byte(`{"InstanceIds": ["ins-09dx96dg"], "Filters": [{"Name": "zone", "Values": ["ap-guangzhou-3"]}], "Limit": 20}`),
	},
	"cvm-get-hmacsha256-fsi": {
		Service: "cvm", Version: "2017-03-12", Action: "DescribeZones", Region: "ap-shanghai-fsi", Typed: true,
		Host: "cvm.ap-shanghai-fsi.tencentcloudapi.com", Method: "GET", SignatureMethod: "HmacSHA256",
	},
	"cvm-get-hmacsha1-intl": {
		Service: "cvm", Version: "2017-03-12", Action: "DescribeRegions", Region: "ap-singapore", Typed: true,
		Host: "cvm.intl.tencentcloudapi.com", Method: "GET", SignatureMethod: "HmacSHA1", Language: "en-US",
	},
	"common-client-quoting": {
		Service: "tmt", Version: "2018-03-21", Action: "TextTranslate", Region: "ap-beijing",
		Params: []byte(`{"SourceText": "it's \"quoted\" \\ back` + "`" + `tick` + "`" + ` 未命名 😀\nline", "Source": "auto", "Target": "en", "ProjectId": 0}`),
	},
	"common-client-local": {
		Service: "cvm", Version: "2017-03-12", Action: "DescribeInstances", Region: "ap-guangzhou",
		Host: "127.0.0.1:9011", Scheme: "http", Params: []byte(`{"Limit": 1}`),
	},
}

var extensions = map[string]string{
	export.TCCLI: "sh", export.Go: "go", export.Python: "py", export.Node: "js", export.Java: "java", export.PHP: "php",
}

func TestCodeGolden(t *testing.T) {
	for name, r := range cases {
		for _, lang := range export.Languages {
			t.Run(name+"/"+lang, func(t *testing.T) {
				got, err := export.Code(lang, r)
				require.NoError(t, err)
				checkGolden(t, filepath.Join("testdata", name+"."+extensions[lang]+".golden"), got)
			})
		}
	}
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./export -update to create it")
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

func TestCodeRejectsBadInput(t *testing.T) {
	ok := cases["cvm-post-tc3"]
	for name, tc := range map[string]struct {
		lang string
		r    export.Request
		want string
	}{
		"not json":     {export.Go, withParams(ok, `{"Limit": }`), "one JSON object"},
		"array":        {export.Go, withParams(ok, `[1]`), "one JSON object"},
		"no action":    {export.Python, export.Request{Service: "cvm", Version: "2017-03-12"}, "service, version and action"},
		"unknown lang": {"cobol", ok, "want one of tccli, go, python, node, java, php"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := export.Code(tc.lang, tc.r)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func withParams(r export.Request, p string) export.Request {
	r.Params = []byte(p)
	return r
}

// The Node.js program says where JSON.parse would change an integer above
// 2^53, and only then; the other languages' SDKs keep it.
func TestNodeBigIntComment(t *testing.T) {
	const comment = "// JSON.parse reads numbers as doubles: an integer above 2^53 here ("
	for params, want := range map[string]string{
		`{"Limit": 1}`:                                                "",
		`{"Id": 9007199254740992}`:                                    "", // 2^53 itself is exact
		`{"Id": 9007199254740993}`:                                    "9007199254740993",
		`{"A": [{"B": -12345678901234567890}]}`:                       "-12345678901234567890",
		`{"Id": 12345678901234567890.5, "S": "99999999999999999999"}`: "",
	} {
		r := cases["cvm-post-tc3"]
		r.Params = []byte(params)
		got, err := export.Code(export.Node, r)
		require.NoError(t, err)
		if want == "" {
			require.NotContains(t, got, comment, params)
			continue
		}
		require.Contains(t, got, comment+want+") loses digits.", params)
		for _, lang := range []string{export.Go, export.Python, export.Java, export.PHP} {
			other, err := export.Code(lang, r)
			require.NoError(t, err)
			require.NotContains(t, other, "2^53", lang)
		}
	}
}
