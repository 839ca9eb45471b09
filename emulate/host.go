package emulate

import (
	"net"
	"net/http"
	"net/netip"
	"strings"

	"github.com/tcsig/tcsig/endpoints"
)

// AllowedHost reports whether a request with this Host header may reach
// the emulator: a loopback name or address (localhost, 127.0.0.0/8, ::1),
// a *.tencentcloudapi.com name, or one of also; any port. A request signed
// for the API and sent here carries the API's host, which a page rebinding
// its own name to this address cannot set; the loopback names are what a
// local SDK sends.
func AllowedHost(hostport string, also ...string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")), ".")
	if host == "" {
		return false
	}
	if host == "localhost" {
		return true
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		return ip.Zone() == "" && ip.Unmap().IsLoopback() || listed(host, also)
	}
	return apiHost(host) || listed(host, also)
}

// apiHost reports whether host is a DNS name under the API's root domain.
func apiHost(host string) bool {
	name, ok := strings.CutSuffix(host, "."+endpoints.RootDomain)
	if !ok || name == "" {
		return false
	}
	for _, label := range strings.Split(name, ".") {
		if label == "" || len(label) > 63 || strings.Trim(label, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" {
			return false
		}
	}
	return true
}

func listed(host string, also []string) bool {
	for _, a := range also {
		if strings.EqualFold(strings.TrimSuffix(strings.TrimPrefix(a, "["), "]"), host) {
			return true
		}
	}
	return false
}

// misdirected answers a request whose Host the emulator does not serve.
func (h *handler) misdirected(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	http.Error(w, "tcsig emulate answers to localhost, loopback addresses and *."+endpoints.RootDomain+
		" names only (a guard against DNS rebinding); send the request to the address tcsig emulate printed",
		http.StatusMisdirectedRequest)
	if h.log != nil {
		h.log.Warn("emulate: refused a request for another host (421)", "host", r.Host)
	}
}
