// Package endpoints knows Tencent Cloud API 3.0 regions and which host a
// request for a service and region goes to ("Request Structure"). It is data plus
// lookup with no I/O, so the CLI, the relay and the WebAssembly page share
// one table and give the same answers.
//
// Input case is never folded: services, region IDs and hosts must be lower
// case, and errors name the lower-case form. The host is signed (TC3 signs it
// lower-cased, v1 as written) and Tencent region IDs are lower case, so
// quietly accepting "CVM" or "AP-Guangzhou" would hide a difference between
// what the user typed and what is signed and sent.
package endpoints

import (
	"errors"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/protocol"
)

// RootDomain is the parent of every Tencent Cloud API 3.0 host.
const RootDomain = protocol.RootDomain

// Region is one row of the region table. The JSON names are what the
// browser page receives.
type Region struct {
	ID        string `json:"id"`        // e.g. "ap-guangzhou"; the X-TC-Region value
	Name      string `json:"name"`      // e.g. "South China (Guangzhou)"
	NameZH    string `json:"nameZh"`    // e.g. "华南地区(广州)"
	Group     string `json:"group"`     // <optgroup> label, e.g. "Chinese mainland"
	GroupZH   string `json:"groupZh"`   // e.g. "中国大陆"
	Financial bool   `json:"financial"` // isolated: requests must use the zone's own domain
	Retired   bool   `json:"retired"`   // dropped from Tencent's latest region lists
	Note      string `json:"note"`      // why the row is doubtful; empty when it is not
}

// Regions returns the region table in display order (grouped, see Group).
// The slice is a fresh copy, so callers may sort or filter it freely.
func Regions() []Region {
	out := make([]Region, len(table))
	copy(out, table[:])
	return out
}

// Lookup returns the table row for id. The match is exact: IDs are lower case.
func Lookup(id string) (Region, bool) {
	for _, r := range table {
		if r.ID == id {
			return r, true
		}
	}
	return Region{}, false
}

// Mode selects the host family a request is sent to.
type Mode string

const (
	// ModeNearest is <service>.tencentcloudapi.com: Tencent routes the
	// request to the closest region. The SDKs' default.
	ModeNearest Mode = "nearest"
	// ModeRegional is <service>.<region>.tencentcloudapi.com: the request is
	// served in that region, which avoids the routing hop.
	ModeRegional Mode = "regional"
	// ModeIntl is <service>.intl.tencentcloudapi.com, the nearest domain the
	// international documentation and SDKs use.
	ModeIntl Mode = "intl"
)

// ParseMode turns a flag or form value into a Mode; "" means ModeNearest.
func ParseMode(s string) (Mode, error) {
	switch m := Mode(s); m {
	case "":
		return ModeNearest, nil
	case ModeNearest, ModeRegional, ModeIntl:
		return m, nil
	}
	return "", &FieldError{Field: "mode", Value: s, Reason: "want nearest, regional or intl"}
}

// Resolution is the host chosen for a request and the reason for it, ready
// to show to a person.
type Resolution struct {
	Host string `json:"host"`
	// Mode is the family Host belongs to. It differs from the requested mode
	// only for a financial zone, which always gets its regional domain.
	Mode Mode `json:"mode"`
	// Region is the region asked for (the X-TC-Region value); may be empty.
	Region string `json:"region"`
	// Known reports whether Region is in the table. An unknown, well-formed
	// region is not an error because Tencent adds regions; Warning says so.
	Known bool `json:"known"`
	// Why is one sentence explaining the choice of Host.
	Why string `json:"why"`
	// Warning is non-empty when the region is unknown, retired or
	// unconfirmed; callers should show it next to the host.
	Warning string `json:"warning"`
}

// Resolve picks the host for service and region in mode ("" means nearest).
// region may be empty for APIs that take none, except in ModeRegional.
//
// A financial zone always resolves to its own domain whatever the mode,
// because Tencent isolates those zones; Why says so. This is what the
// CLI wants when --region names a financial zone and no host is given.
func Resolve(service, region string, mode Mode) (Resolution, error) {
	if err := checkService(service); err != nil {
		return Resolution{}, err
	}
	if region != "" {
		if err := checkRegion(region); err != nil {
			return Resolution{}, err
		}
	}
	if mode == "" {
		mode = ModeNearest
	}
	if _, err := ParseMode(string(mode)); err != nil {
		return Resolution{}, err
	}
	if mode == ModeRegional && region == "" {
		return Resolution{}, &FieldError{Field: "region", Value: region, Reason: "the regional mode needs a region"}
	}

	r, known := Lookup(region)
	res := Resolution{Mode: mode, Region: region, Known: known, Warning: warning(region, r, known)}
	switch {
	case region != "" && isFinancial(region):
		res.Host = regionalHost(service, region)
		res.Mode = ModeRegional
		res.Why = region + " is a financial zone: its requests must go to its own domain " + res.Host
	case mode == ModeRegional:
		res.Host = regionalHost(service, region)
		res.Why = res.Host + ": the regional domain; requests are served in " + region + " without a routing hop"
	case mode == ModeIntl:
		res.Host = service + "." + protocol.LabelIntl + "." + RootDomain
		res.Why = res.Host + ": the international nearest domain; requests are routed to the closest region" + addressed(region)
	default:
		res.Host = nearestHost(service)
		res.Why = res.Host + ": the nearest domain; requests are routed to the closest region" + addressed(region)
	}
	return res, nil
}

// addressed completes a nearest-domain Why: the host only routes, the
// X-TC-Region header still names the region whose data is used.
func addressed(region string) string {
	if region == "" {
		return ""
	}
	return ", and X-TC-Region still selects " + region + "'s data"
}

func warning(id string, r Region, known bool) string {
	switch {
	case id == "":
		return ""
	case !known:
		return id + " is not in tcsig's region table: it may be new or mistyped; DescribeRegions lists the regions your account can use"
	case r.Note != "":
		return id + ": " + r.Note
	}
	return ""
}

// isFinancial reports whether id is a financial zone. IDs missing from the
// table count as financial when they end in "-fsi", as every known financial
// zone does: an inference (not in the reference) that keeps the isolation
// check failing closed for a zone added after this table.
func isFinancial(id string) bool {
	if r, ok := Lookup(id); ok {
		return r.Financial
	}
	return strings.HasSuffix(id, "-fsi")
}

// RegionalHosts returns <service>.<region>.tencentcloudapi.com for every
// region a non-financial request may be sent to, in table order: retired
// regions and financial zones are left out (the zones only serve their own
// accounts' requests), regions marked unconfirmed are kept so a latency
// probe can find out whether they answer. It returns nil for an invalid
// service.
func RegionalHosts(service string) []string {
	if checkService(service) != nil {
		return nil
	}
	var hosts []string
	for _, r := range table {
		if !r.Retired && !r.Financial {
			hosts = append(hosts, regionalHost(service, r.ID))
		}
	}
	return hosts
}

// ServiceFromHost returns the host's first DNS label, which Tencent uses as
// the service name in the credential scope (cvm for cvm.tencentcloudapi.com).
// It returns the label as written, without validating the host.
func ServiceFromHost(host string) string {
	service, _, _ := strings.Cut(host, ".")
	return service
}

func nearestHost(service string) string { return service + "." + RootDomain }

func regionalHost(service, region string) string { return service + "." + region + "." + RootDomain }

// Errors a HostError wraps, for errors.Is.
var (
	// ErrHostSyntax: the host is not a well-formed, lower-case
	// <service>[.<label>].tencentcloudapi.com name.
	ErrHostSyntax = errors.New("not a Tencent Cloud API host")
	// ErrServiceMismatch: the host's first label is not the signed service.
	ErrServiceMismatch = errors.New("host does not match the service")
	// ErrFinancialZone: the request breaks financial-zone isolation.
	ErrFinancialZone = errors.New("financial zone isolation")
)

// HostError says why a host cannot carry a request and, when one host would
// do, which one (Want), so callers can offer the fix.
type HostError struct {
	Host   string // as given
	Region string // the request's region; may be empty
	Want   string // the host to use instead; empty when none can be named
	Reason string // one sentence for a person
	Err    error  // ErrHostSyntax, ErrServiceMismatch or ErrFinancialZone
}

func (e *HostError) Error() string {
	if e.Host == "" {
		return e.Reason
	}
	return e.Host + ": " + e.Reason
}

func (e *HostError) Unwrap() error { return e.Err }

// FieldError reports an unusable service, region or mode.
type FieldError struct {
	Field  string // "service", "region" or "mode"
	Value  string
	Reason string
}

func (e *FieldError) Error() string {
	return e.Field + " " + strconv.Quote(e.Value) + ": " + e.Reason
}

// CheckHost reports whether a request for service and region may be sent to
// host, returning a *HostError if not. The rules:
//   - host is lower case, has no scheme, path, port or trailing dot, and is
//     <service>.tencentcloudapi.com or <service>.<label>.tencentcloudapi.com,
//     the label being intl, internal or a region ID;
//   - its first label equals service, which the signature's scope names;
//   - a financial-zone region goes only to its own domain, and a financial
//     zone's domain takes only that zone's region.
//
// Otherwise the host's region may differ from the request's: it only chooses
// where the request is routed. An empty region skips the financial rules.
func CheckHost(service, region, host string) error {
	if err := checkService(service); err != nil {
		return err
	}
	if region != "" {
		if err := checkRegion(region); err != nil {
			return err
		}
	}
	label, herr := splitHost(host)
	if herr != nil {
		herr.Region = region
		return herr
	}
	// Isolation first: its Want is built from service and region alone, so it
	// is right even when the host's service label is wrong too.
	if region != "" && isFinancial(region) {
		if want := regionalHost(service, region); label != region {
			return &HostError{Host: host, Region: region, Want: want, Err: ErrFinancialZone,
				Reason: region + " is a financial zone: its requests must go to its own domain " + want}
		}
	} else if region != "" && label != "" && isFinancial(label) {
		want := nearestHost(service)
		return &HostError{Host: host, Region: region, Want: want, Err: ErrFinancialZone,
			Reason: "this is financial zone " + label + "'s domain, which only takes " + label +
				" requests; send " + region + " requests to " + want + " or " + regionalHost(service, region)}
	}
	if got := ServiceFromHost(host); got != service {
		return &HostError{Host: host, Region: region, Err: ErrServiceMismatch,
			Want:   service + strings.TrimPrefix(host, got),
			Reason: "the first label is " + got + " but the service is " + service + "; the service signed into the credential scope must be the host's first label"}
	}
	return nil
}

// splitHost checks host against the protocol's host syntax
// (protocol.SplitHost) and returns its middle label ("" for the nearest
// form); a host that breaks it gets a reason and, when one is clear, a fix.
func splitHost(host string) (string, *HostError) {
	// bad offers want only if it is itself a well-formed host, so a fix
	// for one fault never suggests a host with another.
	bad := func(want, reason string) (string, *HostError) {
		if want != "" {
			if _, err := splitHost(want); err != nil {
				want = ""
			}
		}
		return "", &HostError{Host: host, Want: want, Reason: reason, Err: ErrHostSyntax}
	}
	if host == "" {
		return bad("", "the host is empty")
	}
	if strings.Contains(host, "/") {
		_, rest, found := strings.Cut(host, "://")
		if !found {
			rest = host
		}
		name, _, _ := strings.Cut(rest, "/")
		return bad(name, "give the host alone, without scheme or path")
	}
	if strings.HasSuffix(host, ".") {
		return bad(strings.TrimRight(host, "."), "a trailing dot is not allowed: the host is signed as written")
	}
	if lower := strings.ToLower(host); lower != host {
		return bad(lower, "upper-case letters are not allowed: the host is a signed header, so send it exactly as signed, in lower case")
	}
	if i := strings.IndexByte(host, ':'); i >= 0 {
		return bad(host[:i], "a port is not allowed: Tencent Cloud API hosts are HTTPS on 443 and the host is signed without one")
	}
	rest, ok := strings.CutSuffix(host, "."+RootDomain)
	if !ok {
		return bad("", "not a Tencent Cloud API host: want <service>.tencentcloudapi.com or <service>.<region>.tencentcloudapi.com")
	}
	if _, middle, ok := protocol.SplitHost(host); ok {
		return middle, nil
	}
	// Not the protocol's host syntax: say which label breaks it.
	labels := strings.Split(rest, ".")
	for _, l := range labels {
		if !protocol.IsLabel(l) {
			return bad("", strconv.Quote(l)+" is not a valid DNS label (a-z, 0-9 and inner hyphens)")
		}
	}
	if len(labels) == 2 {
		return bad("", strconv.Quote(labels[1])+" is neither a region ID nor intl or internal")
	}
	return bad("", "too many labels: want <service>.tencentcloudapi.com or <service>.<region>.tencentcloudapi.com")
}

func checkService(s string) error {
	switch {
	case s == "":
		return &FieldError{Field: "service", Value: s, Reason: "empty; it is the host's first label, e.g. cvm"}
	case strings.ToLower(s) != s:
		return &FieldError{Field: "service", Value: s, Reason: "must be lower case: " + strings.ToLower(s)}
	case !protocol.IsLabel(s):
		return &FieldError{Field: "service", Value: s, Reason: "must be a DNS label: a-z, 0-9 and inner hyphens, at most 63 characters"}
	}
	return nil
}

func checkRegion(s string) error {
	switch {
	case strings.ToLower(s) != s:
		return &FieldError{Field: "region", Value: s, Reason: "must be lower case: " + strings.ToLower(s)}
	case !protocol.IsRegionID(s):
		return &FieldError{Field: "region", Value: s, Reason: "not a region ID: want area-city, e.g. ap-guangzhou"}
	}
	return nil
}
