package relay

import (
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCORS(t *testing.T) {
	var dials atomic.Int64
	_, addr := newUpstream(t, http.HandlerFunc(okJSON))
	tr := newTestRelay(t, Config{AllowOrigins: []string{"https://Tools.Example.com"}, seams: countingSeams(addr, &dials)})
	self := tr.front.URL // the page's own origin: same host as the relay

	cases := []struct {
		name, origin string
		status       int
		acao         string
	}{
		{"same origin", self, http.StatusOK, self},
		{"configured origin", "https://tools.example.com", http.StatusOK, "https://tools.example.com"},
		{"configured origin, other scheme", "http://tools.example.com", http.StatusForbidden, ""},
		{"configured origin, other port", "https://tools.example.com:8443", http.StatusForbidden, ""},
		{"foreign origin", "https://evil.example", http.StatusForbidden, ""},
		{"null origin", "null", http.StatusForbidden, ""},
		{"no origin (same-origin GET, curl)", "", http.StatusOK, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := dials.Load()
			req := tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader("{}"))
			if tc.origin != "" {
				req.Header.Set("Origin", tc.origin)
			}
			resp, body := tr.do(t, req)
			require.Equal(t, tc.status, resp.StatusCode, "body: %s", body)
			require.Equal(t, tc.acao, resp.Header.Get("Access-Control-Allow-Origin"))
			require.Empty(t, resp.Header.Get("Access-Control-Allow-Credentials"))
			if tc.status == http.StatusForbidden {
				require.Equal(t, CodeOriginNotAllowed, relayErrorCode(t, body))
				require.Equal(t, before, dials.Load(), "a refused origin must not cause a dial")
			}
		})
	}
}

func TestPreflight(t *testing.T) {
	tr := newTestRelay(t, Config{AllowOrigins: []string{"https://tools.example.com"}, seams: &testSeams{}})
	preflight := func(origin, method, headers string) *http.Response {
		req, err := http.NewRequest(http.MethodOptions, tr.url("cvm.tencentcloudapi.com", ""), nil)
		require.NoError(t, err)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", method)
		req.Header.Set("Access-Control-Request-Headers", headers)
		resp, _ := tr.do(t, req)
		return resp
	}
	resp := preflight("https://tools.example.com", "POST", "authorization, content-type, x-tc-action, x-tc-timestamp, x-tcsig-trace, cookie")
	require.Equal(t, http.StatusNoContent, resp.StatusCode)
	require.Equal(t, "https://tools.example.com", resp.Header.Get("Access-Control-Allow-Origin"))
	require.Equal(t, "GET, POST", resp.Header.Get("Access-Control-Allow-Methods"))
	require.Equal(t, "authorization, content-type, x-tc-action, x-tc-timestamp, x-tcsig-trace", resp.Header.Get("Access-Control-Allow-Headers"))
	require.Equal(t, "600", resp.Header.Get("Access-Control-Max-Age"))

	require.Equal(t, http.StatusForbidden, preflight("https://evil.example", "POST", "authorization").StatusCode)
	require.Equal(t, http.StatusMethodNotAllowed, preflight("https://tools.example.com", "PUT", "").StatusCode)
}

func TestValidateOrigins(t *testing.T) {
	for _, ok := range []string{"https://tools.example.com", "http://localhost:8080", "http://[::1]:8080", "https://x.example/"} {
		require.NoError(t, Config{AllowOrigins: []string{ok}}.Validate(), ok)
	}
	for _, bad := range []string{"*", "https://*.example.com", "tools.example.com", "ftp://x.example", "https://x.example/path", "https://user@x.example", "https://x.example?q"} {
		require.Error(t, Config{AllowOrigins: []string{bad}}.Validate(), bad)
	}
}

func TestParseOrigin(t *testing.T) {
	for in, want := range map[string]string{
		"https://tools.example.com":      "https://tools.example.com",
		"HTTPS://Tools.Example.COM":      "https://tools.example.com",
		"https://tools.example.com:443":  "https://tools.example.com",
		"http://tools.example.com:80":    "http://tools.example.com",
		"http://tools.example.com:443":   "http://tools.example.com:443",
		"http://127.0.0.1:08080":         "http://127.0.0.1:8080",
		"http://[::1]:8080":              "http://[::1]:8080",
		"http://[::1]:80":                "http://[::1]",
		"https://xn--bcher-kva.example":  "https://xn--bcher-kva.example",
		"http://localhost:65535":         "http://localhost:65535",
		"https://tools.example.com:0443": "https://tools.example.com",
	} {
		got, err := parseOrigin(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	for _, bad := range []string{
		"", "null", "*", "file://", "ftp://x.example", "tools.example.com", "//x.example",
		"http://127.0.0.1:8080/", "http://127.0.0.1:8080/1", "https://x.example?q", "https://x.example?",
		"https://x.example#f", "https://user@x.example", "https://user:pw@x.example", "https://x.example:",
		"https://x.example:99999", "https://x.example:0", "https://%78.example", "http:x.example",
		"https://x.example\\@y.example", "http://x.example:80 ", "http://[::1%25lo]:80", "https://:443",
	} {
		_, err := parseOrigin(bad)
		require.Error(t, err, "%q", bad)
	}
}

// TestOriginRateNormalised: the rate is keyed on the normalised origin, so respelling one
// origin shares its budget, and an Origin with a path is refused, not given a fresh one.
func TestOriginRateNormalised(t *testing.T) {
	var hits atomic.Int64
	_, addr := newUpstream(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		okJSON(w, r)
	}))
	tr := newTestRelay(t, Config{OriginRate: Rate{PerSecond: 0.001, Burst: 3}, AllowOrigins: []string{"https://a.example"}, seams: loopbackSeams(addr)})
	call := func(origin string) (int, string) {
		t.Helper()
		req := tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader("{}"))
		req.Header.Set("Origin", origin)
		resp, body := tr.do(t, req)
		if resp.StatusCode != http.StatusOK {
			return resp.StatusCode, relayErrorCode(t, body)
		}
		require.Equal(t, origin, resp.Header.Get("Access-Control-Allow-Origin"), "CORS echoes the Origin as sent")
		return resp.StatusCode, ""
	}
	for _, o := range []string{"https://a.example", "HTTPS://A.EXAMPLE", "https://a.example:443"} {
		status, code := call(o)
		require.Equal(t, http.StatusOK, status, "%s: %s", o, code)
	}
	for _, o := range []string{"https://a.example/1", "https://a.example/2", "https://a.example?x", "https://u@a.example", "https://a.example#f"} {
		status, code := call(o)
		require.Equal(t, http.StatusForbidden, status, o)
		require.Equal(t, CodeOriginNotAllowed, code, o)
	}
	status, code := call("https://a.example")
	require.Equal(t, http.StatusTooManyRequests, status)
	require.Equal(t, CodeRateLimited, code)

	self := tr.front.URL // the page's own origin with paths: refused too
	for _, o := range []string{self + "/1", self + "/2"} {
		status, code := call(o)
		require.Equal(t, http.StatusForbidden, status, o)
		require.Equal(t, CodeOriginNotAllowed, code, o)
	}
	require.EqualValues(t, 3, hits.Load(), "only the three calls within the burst reached the upstream")
}
