package cli

import (
	"strings"
	"testing"

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
				if err != nil {
					t.Fatal(err)
				}
				if got := r.Method + " https://" + r.Host + r.RequestURI(); got != tr.Method+" "+tr.URL {
					t.Errorf("request %s, want %s %s", got, tr.Method, tr.URL)
				}
				for name, v := range tr.Headers {
					if got := r.Get(name); got != v {
						t.Errorf("header %s: %q, want %q", name, got, v)
					}
				}
				if string(r.Body) != string(tr.body()) {
					t.Errorf("body %q, want %q", r.Body, tr.body())
				}
			})
		}
	}
}
