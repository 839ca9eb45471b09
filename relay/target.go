package relay

import (
	"net/netip"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tcsig/tcsig/internal/message"
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
		return "", refuseMsg(errNotFound, message.RelayServes, PathPrefix+"{host}/")
	}
	if strings.Contains(rest, "%") {
		// No legitimate API host or path needs escaping; %2e, %2f, %40 … are tricks.
		return "", refuseMsg(errHostNotAllowed, message.RelayPercent)
	}
	host, path, _ := strings.Cut(rest, "/")
	if err := checkHost(host); err != nil {
		return "", err
	}
	if path != "" {
		return "", refuseMsg(errPathNotAllowed, message.RelayPath, strconv.Quote("/"+path))
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
		return refuseMsg(errHostNotAllowed, message.RelayNoHost, PathPrefix+"{service}.tencentcloudapi.com/")
	case len(host) > 253:
		return refuseMsg(errHostNotAllowed, message.RelayHostLong)
	case strings.HasPrefix(host, "["):
		return refuseMsg(errHostNotAllowed, message.RelayIPLiteral)
	case strings.Contains(host, "@"):
		return refuseMsg(errHostNotAllowed, message.RelayUserinfo)
	case strings.Contains(host, ":"):
		return refuseMsg(errHostNotAllowed, message.RelayPort)
	case isIPLiteral(host):
		return refuseMsg(errHostNotAllowed, message.RelayIPLiteral)
	case strings.HasSuffix(host, "."):
		return refuseMsg(errHostNotAllowed, message.RelayTrailingDot)
	case !isASCII(host):
		return refuseMsg(errHostNotAllowed, message.RelayNonASCII)
	case strings.ToLower(host) != host:
		return refuseMsg(errHostNotAllowed, message.RelayLowerCase, strings.ToLower(host))
	case strings.HasPrefix(host, "xn--") || strings.Contains(host, ".xn--"):
		return refuseMsg(errHostNotAllowed, message.RelayPunycode)
	}
	_, middle, ok := protocol.SplitHost(host)
	switch {
	case !ok:
		return refuseMsg(errHostNotAllowed, message.RelayNotAPIHost, strconv.Quote(host), "{service}.tencentcloudapi.com", "{service}.{region}.tencentcloudapi.com")
	case middle == protocol.LabelInternal:
		return refuseMsg(errHostNotAllowed, message.RelayInternal)
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
