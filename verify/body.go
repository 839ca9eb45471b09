package verify

import (
	"bytes"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/internal/jsonlite"
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
		c.reject(CodeTokenFailure, "token-missing", "the credentials are temporary (a token was given) but the request has no "+field+
			": temporary keys only work with their token")
	case v != c.opts.Token:
		c.reject(CodeTokenFailure, "token-mismatch", "the "+field+" is not the token given to tcsig: a token belongs to one temporary SecretId/SecretKey pair")
	}
}

// checkUTF8 rejects text that is not UTF-8, the only encoding the API takes.
func (c *checker) checkUTF8(sigMethod string) {
	r := c.req
	if mt := signer.MediaType(r.Get("Content-Type")); mt == signer.ContentTypeJSON || mt == signer.ContentTypeForm {
		if err := signer.CheckUTF8("the body", r.Body); err != nil {
			c.reject(CodeInvalidParameter, "utf8", err.Error())
		}
	}
	if r.RawQuery != "" {
		if dec, err := unescape(r.RawQuery, false); err == nil {
			if err := signer.CheckUTF8("the decoded query string", []byte(dec)); err != nil {
				c.reject(CodeInvalidParameter, "utf8", err.Error())
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
		c.warn("query-lowercase-escape", "the "+what+" has lower-case percent escapes (e.g. %2f); the documentation asks for upper case (%2F)")
	}
	if double {
		c.warn("query-double-encoded", "the "+what+" contains %25XX: a value was URL-encoded twice")
	}
}

// checkBody warns about body bytes that commonly differ between what was
// signed and what was sent (pitfall 5).
func (c *checker) checkBody() {
	b := c.req.Body
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		c.warn("body-bom", "the body starts with a UTF-8 byte order mark (EF BB BF); it is hashed as sent, but JSON parsers and signers often drop it")
	}
	if signer.MediaType(c.req.Get("Content-Type")) != signer.ContentTypeJSON || len(b) == 0 {
		return
	}
	if bytes.HasSuffix(b, []byte("\n")) {
		c.warn("body-ends-with-newline", "the body ends with a newline; it is part of the signed bytes, and editors and HTTP tools add or drop it silently")
	}
	if n := bigInteger(b); n != "" {
		c.warn("body-big-integer", "the body has the integer "+n+", beyond 2^53: JavaScript and other float64 JSON parsers change it when re-serialising")
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

// jsonScanner checks that data is one JSON text, as jsonlite.Decode would
// accept it, without building its values, and notes the first integer
// beyond 2^53 on the way. It keeps the open containers on a stack of its own rather than
// recursing, so deep nesting costs a byte per level.
type jsonScanner struct {
	data       []byte
	pos        int
	bigInteger []byte
}

func (s *jsonScanner) valid() bool {
	var open []byte // the closers of the containers around s.pos
	for {
		opened, ok := s.value(&open)
		if !ok {
			return false
		}
		if opened {
			continue // now at the first member of the container just opened
		}
		// After a value: close containers, or move to the next member.
		for {
			s.space()
			if len(open) == 0 {
				return s.pos == len(s.data)
			}
			if s.pos >= len(s.data) {
				return false
			}
			closer, c := open[len(open)-1], s.data[s.pos]
			s.pos++
			if c == closer {
				open = open[:len(open)-1]
				continue
			}
			if c != ',' || closer == '}' && !s.key() {
				return false
			}
			break
		}
	}
}

func (s *jsonScanner) space() {
	for s.pos < len(s.data) && (s.data[s.pos] == ' ' || s.data[s.pos] == '\t' || s.data[s.pos] == '\n' || s.data[s.pos] == '\r') {
		s.pos++
	}
}

// value scans one value. An array or object that is not empty is only
// opened: its closer is pushed on open, the key of an object's first
// member is scanned, and opened is true.
func (s *jsonScanner) value(open *[]byte) (opened, ok bool) {
	s.space()
	if s.pos >= len(s.data) {
		return false, false
	}
	switch c := s.data[s.pos]; {
	case c == '{' || c == '[':
		if len(*open) >= jsonlite.MaxDepth {
			return false, false
		}
		closer := byte(']')
		if c == '{' {
			closer = '}'
		}
		s.pos++
		s.space()
		if s.pos < len(s.data) && s.data[s.pos] == closer {
			s.pos++
			return false, true
		}
		*open = append(*open, closer)
		return true, c == '[' || s.key()
	case c == '"':
		return false, s.str()
	case c == 't':
		return false, s.literal("true")
	case c == 'f':
		return false, s.literal("false")
	case c == 'n':
		return false, s.literal("null")
	case c == '-' || '0' <= c && c <= '9':
		return false, s.num()
	}
	return false, false
}

// key scans an object member's name and the colon after it.
func (s *jsonScanner) key() bool {
	s.space()
	if s.pos >= len(s.data) || s.data[s.pos] != '"' || !s.str() {
		return false
	}
	s.space()
	if s.pos >= len(s.data) || s.data[s.pos] != ':' {
		return false
	}
	s.pos++
	return true
}

func (s *jsonScanner) literal(word string) bool {
	if !bytes.HasPrefix(s.data[s.pos:], []byte(word)) {
		return false
	}
	s.pos += len(word)
	return true
}

// digits skips a run of digits and reports whether there was one.
func (s *jsonScanner) digits() bool {
	start := s.pos
	for s.pos < len(s.data) && '0' <= s.data[s.pos] && s.data[s.pos] <= '9' {
		s.pos++
	}
	return s.pos > start
}

func (s *jsonScanner) num() bool {
	start := s.pos
	if s.data[s.pos] == '-' {
		s.pos++
	}
	switch {
	case s.pos < len(s.data) && s.data[s.pos] == '0':
		s.pos++
	case !s.digits():
		return false
	}
	if s.pos < len(s.data) && s.data[s.pos] == '.' {
		s.pos++
		if !s.digits() {
			return false
		}
	}
	if s.pos < len(s.data) && (s.data[s.pos] == 'e' || s.data[s.pos] == 'E') {
		s.pos++
		if s.pos < len(s.data) && (s.data[s.pos] == '+' || s.data[s.pos] == '-') {
			s.pos++
		}
		if !s.digits() {
			return false
		}
	}
	if s.bigInteger == nil && isBigInteger(s.data[start:s.pos]) {
		s.bigInteger = s.data[start:s.pos]
	}
	return true
}

// str scans a string literal, its quote at s.pos. Invalid UTF-8 is
// accepted, as encoding/json accepts it.
func (s *jsonScanner) str() bool {
	s.pos++
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		switch {
		case c == '"':
			s.pos++
			return true
		case c == '\\':
			s.pos++
			if s.pos >= len(s.data) {
				return false
			}
			switch s.data[s.pos] {
			case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
				s.pos++
			case 'u':
				if s.pos+5 > len(s.data) {
					return false
				}
				for _, h := range s.data[s.pos+1 : s.pos+5] {
					if !isHex(h) {
						return false
					}
				}
				s.pos += 5
			default:
				return false
			}
		case c < 0x20:
			return false
		default:
			s.pos++
		}
	}
	return false
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
