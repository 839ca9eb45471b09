package cli

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/capture"
)

// TestSignOutputParsesWithCapture: what tcsig sign prints as curl or http
// reads back through capture.Parse (what tcsig verify and the page use) as
// the request that was signed. The printf pipe for binary bodies is not
// among capture's formats, so that one output is left out.
func TestSignOutputParsesWithCapture(t *testing.T) {
	for _, c := range signCases() {
		tr := decodeTrace(t, c.run(t, outputJSON).stdout)
		for _, format := range []string{outputCurl, outputHTTP} {
			if format == outputCurl && strings.HasPrefix(c.run(t, outputCurl).stdout, "# The body has bytes") {
				continue
			}
			t.Run(c.name+"/"+format, func(t *testing.T) {
				r, err := capture.Parse([]byte(c.run(t, format).stdout))
				require.NoError(t, err)
				assert.Equal(t, tr.Method+" "+tr.URL, r.Method+" https://"+r.Host+r.RequestURI(), "request")
				for name, v := range tr.Headers {
					assert.Equal(t, v, r.Get(name), "header %s", name)
				}
				assert.Equal(t, string(tr.body()), string(r.Body), "body")
			})
		}
	}
}
