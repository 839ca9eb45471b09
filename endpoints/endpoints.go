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

	"github.com/tcsig/tcsig/internal/message"
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
	return "", fieldErr("mode", s, message.New(message.ModeInvalid))
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
	// WhyMsg and WarningMsg are Why and Warning as message codes, for
	// other languages (Localize).
	WhyMsg     message.Msg `json:"-"`
	WarningMsg message.Msg `json:"-"`
}

// Localize returns r with Why and Warning in lang.
func (r Resolution) Localize(lang message.Lang) Resolution {
	if !r.WhyMsg.IsZero() {
		r.Why = r.WhyMsg.Render(lang)
	}
	if !r.WarningMsg.IsZero() {
		r.Warning = r.WarningMsg.Render(lang)
	}
	return r
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
		return Resolution{}, fieldErr("region", region, message.New(message.ModeNeedsRegion))
	}

	r, known := Lookup(region)
	res := Resolution{Mode: mode, Region: region, Known: known, WarningMsg: warning(region, r, known)}
	switch {
	case region != "" && isFinancial(region):
		res.Host = regionalHost(service, region)
		res.Mode = ModeRegional
		res.WhyMsg = message.New(message.HostFinancial, region, res.Host)
	case mode == ModeRegional:
		res.Host = regionalHost(service, region)
		res.WhyMsg = message.New(message.HostRegional, res.Host, region)
	case mode == ModeIntl:
		res.Host = service + "." + protocol.LabelIntl + "." + RootDomain
		res.WhyMsg = message.New(message.HostIntl, res.Host, addressed(region))
	default:
		res.Host = nearestHost(service)
		res.WhyMsg = message.New(message.HostNearest, res.Host, addressed(region))
	}
	return res.Localize(message.EN), nil
}

// addressed completes a nearest-domain Why: the host only routes, the
// X-TC-Region header still names the region whose data is used.
func addressed(region string) any {
	if region == "" {
		return ""
	}
	return message.New(message.HostRegionData, region)
}

func warning(id string, r Region, known bool) message.Msg {
	switch {
	case id == "":
		return message.Msg{}
	case !known:
		return message.New(message.RegionUnknown, id)
	case r.Note != "":
		return message.New(message.RegionNote, id, noteMsg(r.Note))
	}
	return message.Msg{}
}

// NoteLine is the region's note as a line for a person ("id: note"), in
// lang; empty when the region has none.
func NoteLine(r Region, lang message.Lang) string {
	if r.Note == "" {
		return ""
	}
	return message.New(message.RegionNote, r.ID, noteMsg(r.Note)).Render(lang)
}

// noteMsg returns a table note as a message; a note without a code stays
// English.
func noteMsg(note string) any {
	switch note {
	case noteRetired:
		return message.New(message.NoteRetired)
	case noteSaudi:
		return message.New(message.NoteSaudi)
	case noteOpen:
		return message.New(message.NoteOpen)
	case noteBeijingFSI:
		return message.New(message.NoteBeijingFSI)
	}
	return note
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
	Reason string // one sentence for a person, in English
	Err    error  // ErrHostSyntax, ErrServiceMismatch or ErrFinancialZone
	// ReasonMsg is Reason as a message code, for other languages.
	ReasonMsg message.Msg
}

func (e *HostError) Error() string { return e.Render(message.EN) }

// Render returns the error in lang.
func (e *HostError) Render(lang message.Lang) string {
	reason := e.Reason
	if !e.ReasonMsg.IsZero() {
		reason = e.ReasonMsg.Render(lang)
	}
	if e.Host == "" {
		return reason
	}
	if lang == message.ZH {
		return e.Host + "：" + reason
	}
	return e.Host + ": " + reason
}

// hostErr returns a *HostError with its reason as a message.
func hostErr(host, region, want string, err error, reason message.Msg) *HostError {
	return &HostError{Host: host, Region: region, Want: want, Err: err, Reason: reason.Render(message.EN), ReasonMsg: reason}
}

func (e *HostError) Unwrap() error { return e.Err }

// FieldError reports an unusable service, region or mode.
type FieldError struct {
	Field  string // "service", "region" or "mode"
	Value  string
	Reason string // in English
	// ReasonMsg is Reason as a message code, for other languages.
	ReasonMsg message.Msg
}

func (e *FieldError) Error() string { return e.Render(message.EN) }

// Render returns the error in lang.
func (e *FieldError) Render(lang message.Lang) string {
	return message.New(message.EndpointField, e.Field, strconv.Quote(e.Value), e.ReasonText(lang)).Render(lang)
}

// ReasonText returns the reason alone, in lang.
func (e *FieldError) ReasonText(lang message.Lang) string {
	if e.ReasonMsg.IsZero() {
		return e.Reason
	}
	return e.ReasonMsg.Render(lang)
}

func fieldErr(field, value string, reason message.Msg) *FieldError {
	return &FieldError{Field: field, Value: value, Reason: reason.Render(message.EN), ReasonMsg: reason}
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
			return hostErr(host, region, want, ErrFinancialZone, message.New(message.HostFinancial, region, want))
		}
	} else if region != "" && label != "" && isFinancial(label) {
		want := nearestHost(service)
		return hostErr(host, region, want, ErrFinancialZone,
			message.New(message.HostFinancialOther, label, region, want, regionalHost(service, region)))
	}
	if got := ServiceFromHost(host); got != service {
		return hostErr(host, region, service+strings.TrimPrefix(host, got), ErrServiceMismatch,
			message.New(message.HostServiceLabel, got, service))
	}
	return nil
}

// splitHost checks host against the protocol's host syntax
// (protocol.SplitHost) and returns its middle label ("" for the nearest
// form); a host that breaks it gets a reason and, when one is clear, a fix.
func splitHost(host string) (string, *HostError) {
	// bad offers want only if it is itself a well-formed host, so a fix
	// for one fault never suggests a host with another.
	bad := func(want string, code message.Code, args ...any) (string, *HostError) {
		if want != "" {
			if _, err := splitHost(want); err != nil {
				want = ""
			}
		}
		return "", hostErr(host, "", want, ErrHostSyntax, message.New(code, args...))
	}
	if host == "" {
		return bad("", message.HostEmpty)
	}
	if strings.Contains(host, "/") {
		_, rest, found := strings.Cut(host, "://")
		if !found {
			rest = host
		}
		name, _, _ := strings.Cut(rest, "/")
		return bad(name, message.HostSchemePath)
	}
	if strings.HasSuffix(host, ".") {
		return bad(strings.TrimRight(host, "."), message.HostTrailingDot)
	}
	if lower := strings.ToLower(host); lower != host {
		return bad(lower, message.HostUpper)
	}
	if i := strings.IndexByte(host, ':'); i >= 0 {
		return bad(host[:i], message.HostPort)
	}
	rest, ok := strings.CutSuffix(host, "."+RootDomain)
	if !ok {
		return bad("", message.HostNotTencent)
	}
	if _, middle, ok := protocol.SplitHost(host); ok {
		return middle, nil
	}
	// Not the protocol's host syntax: say which label breaks it.
	labels := strings.Split(rest, ".")
	for _, l := range labels {
		if !protocol.IsLabel(l) {
			return bad("", message.HostBadLabel, strconv.Quote(l))
		}
	}
	if len(labels) == 2 {
		return bad("", message.HostMiddleLabel, strconv.Quote(labels[1]))
	}
	return bad("", message.HostTooManyLabels)
}

func checkService(s string) error {
	switch {
	case s == "":
		return fieldErr("service", s, message.New(message.ServiceEmpty))
	case strings.ToLower(s) != s:
		return fieldErr("service", s, message.New(message.ServiceLower, strings.ToLower(s)))
	case !protocol.IsLabel(s):
		return fieldErr("service", s, message.New(message.ServiceLabel))
	}
	return nil
}

func checkRegion(s string) error {
	switch {
	case strings.ToLower(s) != s:
		return fieldErr("region", s, message.New(message.RegionLower, strings.ToLower(s)))
	case !protocol.IsRegionID(s):
		return fieldErr("region", s, message.New(message.RegionID))
	}
	return nil
}
