package relay

import (
	"net/netip"
	"strings"
	"unicode/utf8"

	"github.com/tcsig/tcsig/protocol"
)

// PathPrefix is where the relay endpoint lives: /relay/{host}/ forwards to https://{host}/.
const PathPrefix = "/relay/"

// PathEvents is the websocket that streams timing, clock and receipt events to the page.
const PathEvents = "/ws"

// parseTarget takes the escaped request path /relay/{host}{path} and returns the upstream host
// after the name rules, which run before anything is resolved or dialled. The only upstream path
// is "/" (API 3.0 always uses it), so {path} must be empty or "/".
func parseTarget(escapedPath string) (host string, err error) {
	rest, ok := strings.CutPrefix(escapedPath, PathPrefix)
	if !ok {
		return "", refuse(errNotFound, "the relay serves %s{host}/", PathPrefix)
	}
	if strings.Contains(rest, "%") {
		// No legitimate API host or path needs escaping; %2e, %2f, %40 … are tricks.
		return "", refuse(errHostNotAllowed, "percent-encoding is not allowed in the relay path")
	}
	host, path, _ := strings.Cut(rest, "/")
	if err := checkHost(host); err != nil {
		return "", err
	}
	if path != "" {
		return "", refuse(errPathNotAllowed, "path %q not allowed: Tencent Cloud API 3.0 is served at / only", "/"+path)
	}
	return host, nil
}

// checkHost applies the name rules to an upstream host. It is used for relay targets, probe
// hosts and again inside the dialer. The allowlist is the protocol's host syntax
// (protocol.SplitHost: <service>.tencentcloudapi.com, <service>.<region>.tencentcloudapi.com,
// <service>.intl.tencentcloudapi.com), and the relay's own policy on top refuses
// <service>.internal.tencentcloudapi.com, which the syntax and the endpoint table allow.
func checkHost(host string) error {
	switch {
	case host == "":
		return refuse(errHostNotAllowed, "missing host: use %s{service}.tencentcloudapi.com/", PathPrefix)
	case len(host) > 253:
		return refuse(errHostNotAllowed, "host name too long")
	case strings.HasPrefix(host, "["):
		return refuse(errHostNotAllowed, "IP literals are not allowed; use the API domain name")
	case strings.Contains(host, "@"):
		return refuse(errHostNotAllowed, "user info (@) is not allowed in the host")
	case strings.Contains(host, ":"):
		return refuse(errHostNotAllowed, "a port is not allowed: the relay always connects to port 443")
	case isIPLiteral(host):
		return refuse(errHostNotAllowed, "IP literals are not allowed; use the API domain name")
	case strings.HasSuffix(host, "."):
		return refuse(errHostNotAllowed, "a trailing dot is not allowed in the host")
	case !isASCII(host):
		return refuse(errHostNotAllowed, "non-ASCII (IDN) host names are not allowed")
	case strings.ToLower(host) != host:
		return refuse(errHostNotAllowed, "host must be lower case: %s", strings.ToLower(host))
	case strings.HasPrefix(host, "xn--") || strings.Contains(host, ".xn--"):
		return refuse(errHostNotAllowed, "punycode (IDN) labels are not allowed in the host")
	}
	_, middle, ok := protocol.SplitHost(host)
	switch {
	case !ok:
		return refuse(errHostNotAllowed, "%q is not a Tencent Cloud API host: only {service}.tencentcloudapi.com and {service}.{region}.tencentcloudapi.com are relayed", host)
	case middle == protocol.LabelInternal:
		return refuse(errHostNotAllowed, "*.internal.tencentcloudapi.com names are not relayed: they resolve to private addresses")
	}
	return nil
}

func isIPLiteral(host string) bool {
	_, err := netip.ParseAddr(host)
	return err == nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
