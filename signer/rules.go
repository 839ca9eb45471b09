package signer

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tcsig/tcsig/protocol"
)

// Limit returns the documented size limit for an HTTP method and signature
// method, and the rule's name: GET 32 KB; POST 1 MB with HmacSHA1/256;
// POST 10 MB with TC3-HMAC-SHA256.
func Limit(method, signatureMethod string) (limit int, rule string) {
	limit = protocol.Limit(method, signatureMethod)
	switch limit {
	case LimitGET:
		return limit, "GET requests"
	case LimitPOSTV1:
		return limit, "POST with " + signatureMethod
	}
	return limit, "POST with " + AlgorithmTC3
}

// checkSize returns the size report, or a *LimitError when over the limit.
func checkSize(method, signatureMethod string, used int) (Size, error) {
	limit, rule := Limit(method, signatureMethod)
	counted := "body"
	what := "POST body"
	if method == "GET" {
		counted, what = "query", "GET query string"
	}
	s := Size{Counted: counted, Used: used, Limit: limit, Rule: rule}
	if used <= limit {
		return s, nil
	}
	hint := ""
	switch {
	case method == "GET":
		hint = "send it as POST (1 MB with HmacSHA1/256, 10 MB with TC3-HMAC-SHA256)"
	case signatureMethod != AlgorithmTC3 && used <= LimitPOSTTC3:
		hint = "use TC3-HMAC-SHA256 with application/json, which allows 10 MB"
	default:
		hint = "split the request"
	}
	return s, &LimitError{What: what, Used: used, Limit: limit, Rule: rule, Hint: hint}
}

// MediaType returns the lower-cased media type of a Content-Type value,
// without its parameters.
func MediaType(contentType string) string {
	mt, _, _ := strings.Cut(contentType, ";")
	return strings.ToLower(strings.TrimSpace(mt))
}

// CheckContentType applies the content-type ↔ signature-method rules
// ("Request Structure", 请求结构; protocol.ContentTypeAllowed) and says
// which rule a content type breaks: GET takes
// application/x-www-form-urlencoded only; JSON, multipart and octet-stream
// bodies need TC3-HMAC-SHA256; form bodies need HmacSHA1/256.
func CheckContentType(method, signatureMethod, contentType string) error {
	mt := MediaType(contentType)
	switch {
	case mt == "":
		return &FieldError{"ContentType", "empty Content-Type"}
	case protocol.ContentTypeAllowed(method, signatureMethod, mt):
		if mt == ContentTypeMultipart && !strings.Contains(strings.ToLower(contentType), "boundary=") {
			return &FieldError{"ContentType", "multipart/form-data needs its boundary parameter, signed as sent"}
		}
		return nil
	case method == "GET":
		return &FieldError{"ContentType", "GET requests must use " + ContentTypeForm + ", not " + mt}
	case mt == ContentTypeForm:
		return &FieldError{"ContentType", "POST " + ContentTypeForm + " needs HmacSHA1 or HmacSHA256; " +
			AlgorithmTC3 + " POST takes application/json or multipart/form-data"}
	case mt == ContentTypeJSON || mt == ContentTypeMultipart || mt == ContentTypeOctet:
		return &FieldError{"ContentType", mt + " needs " + AlgorithmTC3 + "; " + signatureMethod +
			" POST requests must be " + ContentTypeForm}
	case signatureMethod == AlgorithmTC3:
		return &FieldError{"ContentType", "unsupported content type " + mt + "; " + AlgorithmTC3 +
			" POST takes application/json, multipart/form-data or application/octet-stream"}
	}
	return &FieldError{"ContentType", "unsupported content type " + mt + "; " + signatureMethod +
		" requests must be " + ContentTypeForm}
}

// CheckUTF8 returns an *EncodingError naming the first invalid byte of s.
func CheckUTF8(field string, s []byte) error {
	if utf8.Valid(s) {
		return nil
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && n <= 1 {
			return &EncodingError{Field: field, Offset: i}
		}
		i += n
	}
	return nil
}

// controlByte returns the first CR, LF or NUL in s, or -1: the bytes that
// would end a header or a line of the signed strings; and whether s is all
// ASCII, which needs no UTF-8 check. (One loop, because strings.ContainsAny
// and a UTF-8 check per field each walk every field again.)
func controlByte(s string) (c int, ascii bool) {
	ascii = true
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b == '\r' || b == '\n' || b == 0:
			return int(b), ascii
		case b >= 0x80:
			ascii = false
		}
	}
	return -1, ascii
}

func checkUTF8String(field, s string) error {
	if utf8.ValidString(s) {
		return nil
	}
	return CheckUTF8(field, []byte(s))
}

// normalize validates the parts both methods share and fills defaults into
// a copy of the request. The checks run in a fixed order, so a request with
// several faults always reports the same one.
func normalize(r *Request, c Credentials) (Request, error) {
	q := *r
	if err := fillDefaults(&q); err != nil {
		return q, err
	}
	if err := checkRequired(&q, c); err != nil {
		return q, err
	}
	if err := checkSentText(&q, c); err != nil {
		return q, err
	}
	if err := CheckContentType(q.Method, q.SignatureMethod, q.ContentType); err != nil {
		return q, err
	}
	return q, checkParams(q.Params)
}

// fillDefaults upper-cases the method and fills the defaults: POST,
// TC3-HMAC-SHA256, the content type that goes with them, and the path "/".
func fillDefaults(q *Request) error {
	if q.Method == "" {
		q.Method = "POST"
	}
	q.Method = strings.ToUpper(q.Method)
	if q.Method != "GET" && q.Method != "POST" {
		return &FieldError{"Method", "unsupported method " + q.Method + ": Tencent Cloud API takes GET or POST"}
	}
	if q.SignatureMethod == "" {
		q.SignatureMethod = AlgorithmTC3
	}
	switch q.SignatureMethod {
	case AlgorithmTC3, HmacSHA1, HmacSHA256:
	default:
		return &FieldError{"SignatureMethod", "unknown signature method " + q.SignatureMethod +
			": use TC3-HMAC-SHA256, HmacSHA256 or HmacSHA1"}
	}
	if q.ContentType == "" {
		q.ContentType = DefaultContentType(q.Method, q.SignatureMethod)
	}
	if q.Path == "" {
		q.Path = "/"
	}
	return nil
}

// checkRequired checks that the credentials and the required fields are
// there, and the timestamp is in seconds.
func checkRequired(q *Request, c Credentials) error {
	if c.SecretID == "" || c.SecretKey == "" {
		return ErrMissingCredentials
	}
	for _, f := range []struct{ name, v string }{
		{"Host", q.Host}, {"Action", q.Action}, {"Version", q.Version},
	} {
		if f.v == "" {
			return &FieldError{f.name, "required"}
		}
	}
	if q.SignatureMethod == AlgorithmTC3 && q.Service == "" {
		return &FieldError{"Service", "required"}
	}
	if q.Timestamp <= 0 {
		return &FieldError{"Timestamp", "required: Unix time in seconds"}
	}
	if q.Timestamp >= 1e11 {
		return &FieldError{"Timestamp", "looks like milliseconds; X-TC-Timestamp is Unix time in seconds"}
	}
	return nil
}

// checkSentText checks the text that is sent in headers, the URL or the
// signed strings: no line breaks or NUL bytes, valid UTF-8, a bare host
// and an absolute path.
func checkSentText(q *Request, c Credentials) error {
	if strings.ContainsAny(q.Host, "/?#@ \t\r\n\x00") {
		return &FieldError{"Host", "must be a bare host name such as cvm.tencentcloudapi.com, got " + q.Host}
	}
	// Each field is named by its Go name in errors (callers name it their
	// way) and by its label in encoding errors, which people read.
	for _, f := range []struct{ name, label, v string }{
		{"Service", "service", q.Service}, {"Action", "action", q.Action}, {"Version", "version", q.Version},
		{"Region", "region", q.Region}, {"Language", "language", q.Language}, {"SecretID", "SecretId", c.SecretID},
		{"Token", "token", c.Token}, {"ContentType", "Content-Type", q.ContentType}, {"Host", "host", q.Host},
	} {
		c, ascii := controlByte(f.v)
		switch c {
		case '\r', '\n':
			return &FieldError{f.name, "contains a line break"}
		case 0:
			return &FieldError{f.name, "contains a NUL byte"}
		}
		if !ascii {
			if err := checkUTF8String(f.label, f.v); err != nil {
				return err
			}
		}
	}
	// Header values are sent as given: a line break would end the header
	// and start another (contentType and extra headers were not checked).
	for _, h := range q.Header {
		if h.Name == "" || strings.ContainsAny(h.Name, " :\t\r\n\x00") || !utf8.ValidString(h.Name) {
			return &FieldError{"Header", "invalid header name " + strconv.Quote(h.Name)}
		}
		if c, _ := controlByte(h.Value); c >= 0 {
			return &FieldError{"Header", h.Name + " contains a line break or NUL byte"}
		}
		if err := checkUTF8String("header "+h.Name, h.Value); err != nil {
			return err
		}
	}
	// The path is sent in the URL (and signed by HmacSHA1/256) as given.
	if q.Path[0] != '/' || strings.ContainsAny(q.Path, "?# \t\r\n\x00") || !utf8.ValidString(q.Path) {
		return &FieldError{"Path", "must be an absolute path such as /, without spaces, line breaks, ? or #, got " + strconv.Quote(q.Path)}
	}
	return nil
}

// checkParams checks the action parameters' names and UTF-8.
func checkParams(params []Param) error {
	for _, p := range params {
		if p.Key == "" {
			return &FieldError{"Params", "a parameter has an empty name"}
		}
		// Name and value are checked apart so the offset points into the
		// one at fault (a joined check reported value offsets shifted by
		// the name's length).
		if err := checkUTF8String("parameter name "+strconv.Quote(p.Key), p.Key); err != nil {
			return err
		}
		if err := checkUTF8String("parameter "+p.Key, p.Value); err != nil {
			return err
		}
	}
	return nil
}
