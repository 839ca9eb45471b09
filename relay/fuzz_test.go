package relay

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/protocol"
)

// An accepted Origin normalises to a fixed point: parsing the normalised form gives it back,
// so each spelling of one site is one rate-limit and cap key.
func FuzzParseOrigin(f *testing.F) {
	for _, s := range []string{
		"https://tools.example.com", "HTTP://LOCALHOST:80", "http://[::1]:8080", "https://a.example:0443",
		"http://127.0.0.1:8080/1", "null", "https://u@a.example", "http://a.example\x1b]0;pwned\x07",
		"https://xn--bcher-kva.example:443", "http://[fe80::1%25lo]:80",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		norm, err := parseOrigin(s)
		if err != nil {
			return
		}
		again, err := parseOrigin(norm)
		require.NoError(t, err, "parseOrigin(%q) = %q, which does not parse again", s, norm)
		require.Equal(t, norm, again, "parseOrigin(%q) = %q, which parses to another origin", s, norm)
		require.Equal(t, norm, strings.ToLower(norm), "parseOrigin(%q): not a lower-case scheme://host[:port]", s)
		require.Equal(t, 2, strings.Count(norm, "/"), "parseOrigin(%q) = %q: not a scheme://host[:port]", s, norm)
	})
}

// Whatever the path, an accepted relay target is an allowlisted API host.
func FuzzParseTarget(f *testing.F) {
	for _, s := range []string{
		"/relay/cvm.tencentcloudapi.com/", "/relay/cvm.ap-guangzhou.tencentcloudapi.com",
		"/relay/metadata.tencentyun.com/", "/relay/a.internal.tencentcloudapi.com/", "/relay/127.0.0.1/",
		"/relay/cvm.tencentcloudapi.com:444/", "/relay/cvm.tencentcloudapi.com%2f@evil/", "/relay/CVM.tencentcloudapi.com/",
		"/relay/cvm.tencentcloudapi.com./", "/relay/xn--80ak6aa92e.tencentcloudapi.com/", "/relay/\x1b[2Kcvm.tencentcloudapi.com/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, path string) {
		host, err := parseTarget(path)
		if err != nil {
			return
		}
		require.True(t, protocol.IsAPIHost(host), "parseTarget(%q) accepted %q: not an API host", path, host)
		require.NoError(t, checkHost(host), "parseTarget(%q) accepted %q", path, host)
		require.True(t, strings.HasPrefix(path, PathPrefix+host), "parseTarget(%q) accepted %q: not the path's host", path, host)
	})
}
