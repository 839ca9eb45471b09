package cli

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/export"
)

// tcsig sign --output LANG writes the request as export.Code writes it;
// the programs for each language are golden-tested in package export.
func TestSignCodeOutputs(t *testing.T) {
	c := signCase{
		name: "code",
		args: append(cvm[:len(cvm):len(cvm)], "--method", "GET", "--signature-method", "hmacsha256", "--language", "en-US",
			"--data", `{"InstanceIds":["ins-1"],"Limit":20}`),
		vars: docCreds(),
	}
	for _, lang := range export.Languages {
		t.Run(lang, func(t *testing.T) {
			r := c.run(t, lang)
			require.Equal(t, ExitOK, r.code, r.stderr)
			want, err := export.Code(lang, export.Request{
				Service: "cvm", Version: "2017-03-12", Action: "DescribeInstances", Region: "ap-guangzhou",
				Host: "cvm.tencentcloudapi.com", Method: "GET", SignatureMethod: "HmacSHA256", Language: "en-US",
				Params: []byte(`{"InstanceIds":["ins-1"],"Limit":20}`),
			})
			require.NoError(t, err)
			require.Equal(t, want, r.stdout)
			require.NotContains(t, r.stdout, docSecretKey, "a program never holds the key")
		})
	}
}

func TestSignCodeOutputRefusesRawParams(t *testing.T) {
	r := signCase{args: append(cvm[:len(cvm):len(cvm)], "--method", "GET", "--param", "Limit=1"), vars: docCreds()}.run(t, export.Go)
	require.Equal(t, ExitUsage, r.code)
	require.Contains(t, r.stderr, "--param and --form cannot be written as SDK code")
}
