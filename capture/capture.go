// Package capture turns what people paste — raw HTTP, curl -v output, curl
// command lines (bash or Windows cmd), HAR files, the Go SDK's debug log, or
// the page's own JSON — into one Request description that a verifier can
// re-sign and compare.
//
// It only parses: no signing, no verification, no I/O beyond an io.Reader.
// Bytes are kept as written: the raw query is never re-encoded or reordered,
// header values are only trimmed of the whitespace HTTP itself ignores, and
// the body is exactly the bytes that were (or would be) sent. Anything legal
// but suspicious is reported in Request.Notes rather than silently corrected.
//
// The package is pure Go with no syscall/js and no net/http, so it builds
// for the host and for GOOS=js GOARCH=wasm alike.
package capture

import (
	"bytes"
	"io"
	"slices"
	"strings"

	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/message"
)

// MaxInputSize is the largest input any parser accepts (16 MiB). Tencent
// Cloud's largest request (TC3 POST) is 10 MB, so a real capture fits with
// room for HAR overhead.
const MaxInputSize = 16 << 20

// maxFields bounds header fields (and curl arguments) per request, so that
// memory stays proportional to a real request rather than to the input.
// Real API requests carry a few dozen.
const maxFields = 10000

// maxNotes bounds Request.Notes.
const maxNotes = 50

// Format names, as stored in Request.Format.
const (
	FormatHTTP        = "http"      // raw HTTP/1.1 text (also HTTP/2 pseudo-header text from devtools)
	FormatCurlVerbose = "curl-v"    // curl -v / --verbose output ("> " request lines)
	FormatCurl        = "curl"      // a curl command line, bash or Windows cmd quoting
	FormatHAR         = "har"       // a HAR file or one HAR entry (browser devtools export)
	FormatSDKDebug    = "sdk-debug" // tencentcloud-sdk-go debug log (profile Debug=true)
	FormatJSON        = "json"      // {"method","url","headers","body"}, the page's own shape
)

// Request is one HTTP request as captured, in enough detail to recompute its
// signature.
type Request struct {
	// Method as written, e.g. "POST". Not upper-cased.
	Method string `json:"method"`
	// Scheme is "https" or "http" when the capture says so, else "".
	Scheme string `json:"scheme,omitempty"`
	// Host is the effective Host: the Host header (or HTTP/2 :authority)
	// when present, else the URL's authority, with the port if one was given.
	// Use this, not Get("Host"), for the canonical host line: some formats
	// (curl, HAR over HTTP/1.1 without a Host entry, JSON) carry the host only
	// in the URL.
	Host string `json:"host"`
	// Path is the request path exactly as written (never decoded), "/" when
	// a URL had none.
	Path string `json:"path"`
	// RawQuery is the text after "?" exactly as written: not decoded, not
	// re-encoded, not reordered.
	RawQuery string `json:"rawQuery,omitempty"`
	// ForceQuery records a "?" followed by nothing ("/?"), which RawQuery
	// alone cannot show.
	ForceQuery bool `json:"forceQuery,omitempty"`
	// Header holds the header fields in the order written, names and values
	// exactly as written except that values lose surrounding spaces and tabs
	// (as HTTP does). Duplicates are kept. HTTP/2 pseudo-headers are not
	// included; :authority appears as a Host field.
	Header []Field `json:"header"`
	// Body is exactly the request body: the bytes after the blank line
	// (Content-Length of them when given, de-chunked when chunked), the curl
	// data as curl would send it, or the HAR/JSON body text. Never trimmed,
	// never re-encoded. JSON-encoded as base64.
	Body []byte `json:"body"`
	// BodyOmitted is true when the capture does not show the body although
	// the request had one (curl -v never prints it; a HAR may omit it). Body
	// is then empty and must not be hashed as if it were the payload.
	BodyOmitted bool `json:"bodyOmitted,omitempty"`
	// Format is the input format, one of the Format constants.
	Format string `json:"format"`
	// Notes are observations a person should see: legal but suspicious
	// things, and what the parser assumed. Each is a message, so that the
	// page and the CLI show it in their language; JSON holds its English
	// text.
	Notes Notes `json:"notes,omitempty"`
}

// Notes is a request's notes as messages.
type Notes []message.Msg

// MarshalJSON writes the notes as their English texts, the form the JSON
// outputs have always had.
func (n Notes) MarshalJSON() ([]byte, error) {
	b := []byte{'['}
	for i, m := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsonlite.AppendString(b, m.Render(message.EN))
	}
	return append(b, ']'), nil
}

// Texts returns the notes rendered in lang.
func (n Notes) Texts(lang message.Lang) []string {
	out := make([]string, len(n))
	for i, m := range n {
		out[i] = m.Render(lang)
	}
	return out
}

// Field is one header field.
type Field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Get returns the value of the first header field named name (compared
// case-insensitively), or "".
func (r *Request) Get(name string) string {
	for _, f := range r.Header {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// Values returns the values of every header field named name (compared
// case-insensitively), in order.
func (r *Request) Values(name string) []string {
	var vs []string
	for _, f := range r.Header {
		if strings.EqualFold(f.Name, name) {
			vs = append(vs, f.Value)
		}
	}
	return vs
}

// RequestURI returns the path and query as they appear on the request line.
func (r *Request) RequestURI() string {
	if r.RawQuery == "" && !r.ForceQuery {
		return r.Path
	}
	return r.Path + "?" + r.RawQuery
}

// note records an observation, up to maxNotes and then one saying that
// more were left out.
func (r *Request) note(code message.Code, args ...any) {
	switch {
	case len(r.Notes) < maxNotes:
		r.Notes = append(r.Notes, message.New(code, args...))
	case len(r.Notes) == maxNotes:
		r.Notes = append(r.Notes, message.New(message.CapMoreNotes))
	}
}

// prependNotes puts ms in front of the notes.
func (r *Request) prependNotes(ms ...message.Msg) {
	r.Notes = append(slices.Clone(ms), r.Notes...)
}

func (r *Request) has(name string) bool {
	for _, f := range r.Header {
		if strings.EqualFold(f.Name, name) {
			return true
		}
	}
	return false
}

// Parse recognises the format of text and parses it with the matching
// parser. See Sniff for how formats are told apart.
func Parse(text []byte) (*Request, error) {
	if err := checkSize("input", len(text)); err != nil {
		return nil, err
	}
	if t := bytes.TrimLeft(trimBOM(text), " \t\r\n"); len(t) > 0 && t[0] == '{' {
		return parseJSONFamily(text) // decoded once, then dispatched on its keys
	}
	format, err := sniff(text)
	if err != nil {
		return nil, err
	}
	switch format {
	case FormatCurl:
		return ParseCurl(string(text))
	case FormatSDKDebug:
		return ParseSDKDebug(text)
	case FormatCurlVerbose:
		return parseCurlVerbose(text)
	default:
		return ParseHTTP(text)
	}
}

// ParseReader reads at most MaxInputSize bytes from rd and parses them with
// Parse. A longer input is refused, never truncated.
func ParseReader(rd io.Reader) (*Request, error) {
	data, err := io.ReadAll(io.LimitReader(rd, MaxInputSize+1))
	if err != nil {
		return nil, err
	}
	return Parse(data)
}

// Sniff reports which format Parse would use for text, or an error that
// says why none fits. The checks, in order: a JSON object (HAR file or
// entry, else the page's JSON); a command line starting with curl; a Go SDK
// debug log line; curl -v output; an HTTP request line or HTTP/2
// pseudo-headers.
func Sniff(text []byte) (string, error) {
	if err := checkSize("input", len(text)); err != nil {
		return "", err
	}
	return sniff(text)
}

func sniff(text []byte) (string, error) {
	t := bytes.TrimLeft(trimBOM(text), " \t\r\n")
	if len(t) == 0 {
		return "", msgErr("", ErrUnknownFormat, message.CapErrEmpty)
	}
	first := firstLine(t)
	if strings.HasPrefix(first, "#") { // a shell comment above a command
		if cmd := firstNonCommentLine(t); isCurlCommand(cmd) {
			return FormatCurl, nil
		}
	}
	switch {
	case t[0] == '{':
		if looksLikeHAR(t) {
			return FormatHAR, nil
		}
		return FormatJSON, nil
	case isCurlCommand(first):
		return FormatCurl, nil
	case findSDKMarker(t) >= 0:
		return FormatSDKDebug, nil
	case t[0] == '[':
		return "", msgErr(FormatJSON, ErrUnknownFormat, message.CapErrJSONArray)
	case looksLikeCurlVerbose(t):
		return FormatCurlVerbose, nil
	case looksLikeRequestLine(first) || strings.HasPrefix(first, ":"):
		return FormatHTTP, nil
	case strings.HasPrefix(first, "HTTP/"):
		return "", msgErr(FormatHTTP, ErrUnknownFormat, message.CapErrResponse, quoteExcerpt(first)).atLine(1)
	case looksLikePowerShell(first):
		return "", msgErr("", ErrUnknownFormat, message.CapErrPowerShell).atLine(1)
	}
	return "", msgErr("", ErrUnknownFormat, message.CapErrUnknown, quoteExcerpt(first)).atLine(1)
}

func checkSize(what string, n int) error {
	if n > MaxInputSize {
		return msgErr("", ErrTooLarge, message.CapErrTooLarge, what, n, MaxInputSize)
	}
	return nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, utf8BOM) }

// firstLine returns the first line of t without its line end.
func firstLine(t []byte) string {
	if i := bytes.IndexByte(t, '\n'); i >= 0 {
		t = t[:i]
	}
	return strings.TrimRight(string(t), "\r")
}

// quoteExcerpt quotes at most 60 bytes of s for an error message.
func quoteExcerpt(s string) string {
	const max = 60
	if len(s) > max {
		// Cut on a rune boundary so the excerpt stays valid UTF-8.
		cut := max
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		return sprintf("%q…", s[:cut])
	}
	return sprintf("%q", s)
}

func looksLikePowerShell(line string) bool {
	l := strings.ToLower(line)
	return strings.HasPrefix(l, "invoke-webrequest") || strings.HasPrefix(l, "invoke-restmethod") ||
		strings.HasPrefix(l, "$session") || strings.HasPrefix(l, "iwr ")
}

// firstNonCommentLine returns the first line that is not blank and does
// not start with '#'.
func firstNonCommentLine(t []byte) string {
	for _, line := range strings.SplitN(string(t), "\n", 50) {
		l := strings.TrimSpace(line)
		if l != "" && !strings.HasPrefix(l, "#") {
			return l
		}
	}
	return ""
}
