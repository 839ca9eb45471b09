package verify

import (
	"bytes"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
)

// checkToken: a temporary key's token must travel with the request
// (pitfall 10); without it the API answers TokenFailure, not SignatureFailure.
func (c *checker) checkToken(field, v string, present bool) {
	if c.opts.Token == "" {
		return
	}
	switch {
	case !present || v == "":
		c.reject(CodeTokenFailure, "token-missing", message.New(message.VTokenMissing, field))
	case v != c.opts.Token:
		c.reject(CodeTokenFailure, "token-mismatch", message.New(message.VTokenMismatch, field))
	}
}

// checkUTF8 rejects text that is not UTF-8, the only encoding the API takes.
func (c *checker) checkUTF8(sigMethod string) {
	r := c.req
	if mt := signer.MediaType(r.Get("Content-Type")); mt == protocol.ContentTypeJSON || mt == protocol.ContentTypeForm {
		if err := signer.CheckUTF8("the body", r.Body); err != nil {
			c.reject(CodeInvalidParameter, "utf8", message.New(message.Wrapped, err))
		}
	}
	if r.RawQuery != "" {
		if dec, err := unescape(r.RawQuery, false); err == nil {
			if err := signer.CheckUTF8("the decoded query string", []byte(dec)); err != nil {
				c.reject(CodeInvalidParameter, "utf8", message.New(message.Wrapped, err))
			}
		}
		c.checkEscapes("query string", r.RawQuery)
	}
}

// checkEscapes warns about encodings that usually mean a mistake (pitfall 7).
func (c *checker) checkEscapes(what, s string) {
	lower, double := false, false
	for i := 0; i+2 < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		if isHex(s[i+1]) && isHex(s[i+2]) && (isLowerHex(s[i+1]) || isLowerHex(s[i+2])) {
			lower = true
		}
		if s[i+1] == '2' && s[i+2] == '5' && i+4 < len(s) && isHex(s[i+3]) && isHex(s[i+4]) {
			double = true
		}
	}
	if lower {
		c.warn("query-lowercase-escape", message.New(message.VQueryLowercaseEscape, message.Term(what)))
	}
	if double {
		c.warn("query-double-encoded", message.New(message.VQueryDoubleEncoded, message.Term(what)))
	}
}

// checkBody warns about body bytes that commonly differ between what was
// signed and what was sent (pitfall 5).
func (c *checker) checkBody() {
	b := c.req.Body
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		c.warn("body-bom", message.New(message.VBodyBom))
	}
	if signer.MediaType(c.req.Get("Content-Type")) != protocol.ContentTypeJSON || len(b) == 0 {
		return
	}
	if bytes.HasSuffix(b, []byte("\n")) {
		c.warn("body-ends-with-newline", message.New(message.VBodyEndsWithNewline))
	}
	if n := bigInteger(b); n != "" {
		c.warn("body-big-integer", message.New(message.VBodyBigInteger, n))
	}
}

// bigInteger returns the first integer literal in a JSON text whose magnitude
// exceeds 2^53, or "". A body that is not valid JSON has none: no parser
// would re-serialise it. The text is scanned, not decoded (a 10 MB array
// of numbers would become millions of values), and only when it has a run
// of 16 digits at all.
func bigInteger(b []byte) string {
	if !hasDigitRun(b, 16) {
		return ""
	}
	sc := jsonScanner{data: b}
	if !sc.valid() {
		return ""
	}
	return string(sc.bigInteger)
}

func hasDigitRun(b []byte, n int) bool {
	run := 0
	for _, c := range b {
		if '0' <= c && c <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func isBigInteger(lit []byte) bool {
	if len(lit) < 16 || bytes.ContainsAny(lit, ".eE") {
		return false
	}
	digits := bytes.TrimPrefix(lit, []byte("-"))
	return len(digits) > 16 || len(digits) == 16 && string(digits) > "9007199254740992"
}

// fillRequest completes the trace with the request as received.
func (c *checker) fillRequest(res *signer.Result, sigMethod string) {
	r := c.req
	scheme := r.Scheme
	if scheme == "" {
		scheme = "https"
	}
	res.Method = r.Method
	res.URL = scheme + "://" + r.Host + r.RequestURI()
	for _, f := range r.Header {
		res.Headers = append(res.Headers, signer.Header{Name: f.Name, Value: f.Value})
	}
	if res.Headers == nil {
		res.Headers = signer.Headers{}
	}
	res.Body = r.Body
	limit, rule := signer.Limit(c.method(), sigMethod)
	res.Size = signer.Size{Counted: "body", Used: len(r.Body), Limit: limit, Rule: rule}
	if c.method() == "GET" {
		res.Size.Counted, res.Size.Used = "query", len(r.RawQuery)
	}
	for _, f := range r.Header {
		res.Size.HeaderBytes += len(f.Name) + len(f.Value) + 4
	}
}

func hexOf(b [32]byte) string { return hex.EncodeToString(b[:]) }

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isLowerHex(c byte) bool { return 'a' <= c && c <= 'f' }

// unescape decodes %XX escapes, and '+' as a space when form is true. It
// fails on a malformed escape, naming it.
func unescape(s string, form bool) (string, error) {
	if !strings.ContainsAny(s, "%+") {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; {
		case ch == '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				end := min(i+3, len(s))
				return "", &escapeError{s[i:end]}
			}
			v, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
			b.WriteByte(byte(v))
			i += 2
		case ch == '+' && form:
			b.WriteByte(' ')
		default:
			b.WriteByte(ch)
		}
	}
	return b.String(), nil
}

type escapeError struct{ seq string }

func (e *escapeError) Error() string {
	return "malformed percent escape " + strconv.Quote(e.seq) + ": % must be followed by two hex digits"
}
