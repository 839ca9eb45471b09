package capture

import (
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/internal/message"
)

// urlParts is an absolute URL cut into its pieces, each exactly as written.
type urlParts struct {
	scheme   string // lower-cased
	userinfo string // "user:pass" when the authority had "user:pass@"
	host     string // authority without userinfo, port kept
	path     string // "" when the URL has none
	rawQuery string
	hasQuery bool
	fragment string
	hasFrag  bool
}

// splitURL cuts an absolute URL ("scheme://authority/path?query#fragment")
// without decoding or re-encoding anything. ok is false when s does not
// start with a scheme and "://".
func splitURL(s string) (u urlParts, ok bool) {
	i := schemeEnd(s)
	if i < 0 {
		return u, false
	}
	u.scheme = strings.ToLower(s[:i])
	rest := s[i+len("://"):]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	authority := rest[:end]
	rest = rest[end:]
	if at := strings.LastIndexByte(authority, '@'); at >= 0 {
		u.userinfo, authority = authority[:at], authority[at+1:]
	}
	u.host = authority
	if h := strings.IndexByte(rest, '#'); h >= 0 {
		u.fragment, u.hasFrag = rest[h+1:], true
		rest = rest[:h]
	}
	if q := strings.IndexByte(rest, '?'); q >= 0 {
		u.rawQuery, u.hasQuery = rest[q+1:], true
		rest = rest[:q]
	}
	u.path = rest
	return u, true
}

// schemeEnd returns the index of "://" after a valid URL scheme at the
// start of s (ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )), or -1.
func schemeEnd(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			if strings.HasPrefix(s[i:], "://") {
				return i
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// applyURL fills scheme, host, path and query of r from an absolute URL and
// notes what a client would not send (userinfo, fragment).
func applyURL(r *Request, u urlParts) {
	r.Scheme = u.scheme
	r.Host = u.host
	r.Path = u.path
	if r.Path == "" {
		r.Path = "/"
	}
	r.RawQuery = u.rawQuery
	r.ForceQuery = u.hasQuery && u.rawQuery == ""
	if u.userinfo != "" {
		r.note(message.CapUserinfo, strconv.Quote(redactUserinfo(u.userinfo)))
	}
	if u.hasFrag {
		r.note(message.CapFragment, u.fragment)
	}
}

func redactUserinfo(s string) string {
	if i := strings.IndexByte(s, ':'); i >= 0 {
		return s[:i] + ":…"
	}
	return s
}

// setPathQuery sets Path, RawQuery and ForceQuery from an origin-form target
// "/path?query", split at the first "?".
func (r *Request) setPathQuery(target string) {
	var hasQuery bool
	r.Path, r.RawQuery, hasQuery = strings.Cut(target, "?")
	r.ForceQuery = hasQuery && r.RawQuery == ""
}

// curlEscape percent-encodes s as libcurl's curl_easy_escape does: every
// byte except A-Z a-z 0-9 - . _ ~ becomes %XX with upper-case hex.
func curlEscape(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ||
			c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&0xF])
	}
	return b.String()
}

// hasNonPrintableASCII reports whether s has a byte outside 0x21..0x7E.
func hasNonPrintableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7F {
			return true
		}
	}
	return false
}
