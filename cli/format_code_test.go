package cli

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/export"
)

// tcsig sign --output LANG writes the request as export.Code writes it,
// with the service's typed client when the catalog knows the action and
// the common client otherwise (or with --no-catalog); the programs for each
// language are golden-tested in package export.
func TestSignCodeOutputs(t *testing.T) {
	c := signCase{
		name: "code",
		args: append(cvm[:len(cvm):len(cvm)], "--method", "GET", "--signature-method", "hmacsha256", "--language", "en-US",
			"--data", `{"InstanceIds":["ins-1"],"Limit":20}`),
		vars: docCreds(),
	}
	noCatalog := c
	noCatalog.args = append(c.args[:len(c.args):len(c.args)], "--no-catalog")
	unknown := c
	unknown.args = append(c.args[:len(c.args):len(c.args)], "--action", "DescribeNothingAtAll")
	for _, lang := range export.Languages {
		for name, tc := range map[string]struct {
			c      signCase
			action string
			typed  bool
		}{
			"known action":   {c, "DescribeInstances", true},
			"no catalog":     {noCatalog, "DescribeInstances", false},
			"unknown action": {unknown, "DescribeNothingAtAll", false},
		} {
			t.Run(lang+"/"+name, func(t *testing.T) {
				r := tc.c.run(t, lang)
				require.Equal(t, ExitOK, r.code, r.stderr)
				want, err := export.Code(lang, export.Request{
					Service: "cvm", Version: "2017-03-12", Action: tc.action, Region: "ap-guangzhou",
					Host: "cvm.tencentcloudapi.com", Method: "GET", SignatureMethod: "HmacSHA256", Language: "en-US",
					Params: []byte(`{"InstanceIds":["ins-1"],"Limit":20}`), Typed: tc.typed,
				})
				require.NoError(t, err)
				require.Equal(t, want, r.stdout)
				require.NotContains(t, r.stdout, docSecretKey, "a program never holds the key")
			})
		}
	}
}

func TestSignCodeOutputRefusesRawParams(t *testing.T) {
	r := signCase{args: append(cvm[:len(cvm):len(cvm)], "--method", "GET", "--param", "Limit=1"), vars: docCreds()}.run(t, export.Go)
	require.Equal(t, ExitUsage, r.code)
	require.Contains(t, r.stderr, "--param and --form cannot be written as SDK code")
}
