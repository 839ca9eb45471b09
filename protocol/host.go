package protocol

import "strings"

// RootDomain is the parent of every Tencent Cloud API 3.0 host.
const RootDomain = "tencentcloudapi.com"

// Middle labels that name a host family rather than a region.
const (
	LabelIntl     = "intl"     // international nearest: <service>.intl.tencentcloudapi.com
	LabelInternal = "internal" // private network, documented for CLS: <service>.internal.tencentcloudapi.com
)

// SplitHost reports whether host is a Tencent Cloud API host and returns
// its service (the first label, which TC3 signs into the credential scope)
// and its middle label ("" for the nearest form). The hosts are
//
//	<service>.tencentcloudapi.com
//	<service>.<region>.tencentcloudapi.com
//	<service>.intl.tencentcloudapi.com
//	<service>.internal.tencentcloudapi.com
//
// written exactly so: lower case, no port, no trailing dot, each label a
// DNS label (see IsLabel) and a region an ID such as ap-guangzhou (see
// IsRegionID).
func SplitHost(host string) (service, middle string, ok bool) {
	rest, found := strings.CutSuffix(host, "."+RootDomain)
	if !found {
		return "", "", false
	}
	service, middle, dotted := strings.Cut(rest, ".")
	if !IsLabel(service) {
		return "", "", false
	}
	if dotted && !IsMiddleLabel(middle) {
		return "", "", false
	}
	return service, middle, true
}

// IsAPIHost reports whether host is a Tencent Cloud API host; see SplitHost.
func IsAPIHost(host string) bool {
	_, _, ok := SplitHost(host)
	return ok
}

// IsMiddleLabel reports whether l may stand between the service and the
// root domain: intl, internal or a region ID.
func IsMiddleLabel(l string) bool {
	return l == LabelIntl || l == LabelInternal || IsRegionID(l)
}

// IsRegionID reports whether s has the shape of a Tencent region ID: a DNS
// label with a hyphen (area-city, e.g. ap-guangzhou). The hyphen keeps
// intl and internal, which sit in the same place in a host, from passing
// as regions.
func IsRegionID(s string) bool {
	return IsLabel(s) && strings.Contains(s, "-")
}

// IsLabel reports whether s is a lower-case DNS label (RFC 1123: a-z, 0-9
// and inner hyphens, at most 63 characters) that is not an IDN (xn--):
// Tencent's service names and region IDs are plain ASCII.
func IsLabel(s string) bool {
	if len(s) == 0 || len(s) > 63 || s[0] == '-' || s[len(s)-1] == '-' || strings.HasPrefix(s, "xn--") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}
