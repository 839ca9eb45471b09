package signer

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
)

// Limit returns the documented size limit for an HTTP method and signature
// method, and the rule's name: GET 32 KB; POST 1 MB with HmacSHA1/256;
// POST 10 MB with TC3-HMAC-SHA256.
func Limit(method, signatureMethod string) (limit int, rule string) {
	limit, m := LimitRule(method, signatureMethod)
	return limit, m.Render(message.EN)
}

// LimitRule is Limit with the rule's name as a message.
func LimitRule(method, signatureMethod string) (int, message.Msg) {
	limit := protocol.Limit(method, signatureMethod)
	switch limit {
	case protocol.LimitGET:
		return limit, message.New(message.LimitRuleGET)
	case protocol.LimitPOSTV1:
		return limit, message.New(message.LimitRulePOST, signatureMethod)
	}
	return limit, message.New(message.LimitRulePOST, AlgorithmTC3)
}

// ruleTexts holds the English names of the four rules a signature meets
// (GET; POST with HmacSHA1, HmacSHA256 or TC3), rendered on first use:
// Size.Rule is part of every result, and rendering it for each signature
// would be most of what signing allocates.
var ruleTexts = sync.OnceValue(func() (t [4]string) {
	for i, sig := range [...]string{"", HmacSHA1, HmacSHA256, AlgorithmTC3} {
		method := "POST"
		if i == 0 {
			method = "GET"
		}
		_, m := LimitRule(method, sig)
		t[i] = m.Render(message.EN)
	}
	return t
})

// ruleText is the English name of the size rule for method and
// signatureMethod, from ruleTexts where it is one of them.
func ruleText(method, signatureMethod string) string {
	switch limit := protocol.Limit(method, signatureMethod); {
	case limit == protocol.LimitGET:
		return ruleTexts()[0]
	case limit == protocol.LimitPOSTTC3:
		return ruleTexts()[3]
	case signatureMethod == HmacSHA1:
		return ruleTexts()[1]
	case signatureMethod == HmacSHA256:
		return ruleTexts()[2]
	}
	_, rule := LimitRule(method, signatureMethod)
	return rule.Render(message.EN)
}

// checkSize returns the size report, or a *LimitError when over the limit.
func checkSize(method, signatureMethod string, used int) (Size, error) {
	limit := protocol.Limit(method, signatureMethod)
	counted := "body"
	what := message.New(message.LimitWhatBody)
	if method == "GET" {
		counted, what = "query", message.New(message.LimitWhatQuery)
	}
	s := Size{Counted: counted, Used: used, Limit: limit, Rule: ruleText(method, signatureMethod)}
	if used <= limit {
		return s, nil
	}
	_, rule := LimitRule(method, signatureMethod)
	var hint message.Msg
	switch {
	case method == "GET":
		hint = message.New(message.LimitHintPOST)
	case signatureMethod != AlgorithmTC3 && used <= protocol.LimitPOSTTC3:
		hint = message.New(message.LimitHintTC3)
	default:
		hint = message.New(message.LimitHintSplit)
	}
	return s, &LimitError{What: what.Render(message.EN), Used: used, Limit: limit, Rule: s.Rule, Hint: hint.Render(message.EN),
		WhatMsg: what, RuleMsg: rule, HintMsg: hint}
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
		return fieldErr("ContentType", message.CTEmpty)
	case protocol.ContentTypeAllowed(method, signatureMethod, mt):
		if mt == protocol.ContentTypeMultipart && !strings.Contains(strings.ToLower(contentType), "boundary=") {
			return fieldErr("ContentType", message.CTBoundary)
		}
		return nil
	case method == "GET":
		return fieldErr("ContentType", message.CTGETForm, protocol.ContentTypeForm, mt)
	case mt == protocol.ContentTypeForm:
		return fieldErr("ContentType", message.CTFormNeedsV1, protocol.ContentTypeForm)
	case mt == protocol.ContentTypeJSON || mt == protocol.ContentTypeMultipart || mt == protocol.ContentTypeOctet:
		return fieldErr("ContentType", message.CTNeedsTC3, mt, signatureMethod, protocol.ContentTypeForm)
	case signatureMethod == AlgorithmTC3:
		return fieldErr("ContentType", message.CTUnsupportedTC3, mt)
	}
	return fieldErr("ContentType", message.CTUnsupportedV1, mt, signatureMethod, protocol.ContentTypeForm)
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
		return fieldErr("Method", message.FieldMethod, q.Method)
	}
	if q.SignatureMethod == "" {
		q.SignatureMethod = AlgorithmTC3
	}
	switch q.SignatureMethod {
	case AlgorithmTC3, HmacSHA1, HmacSHA256:
	default:
		return fieldErr("SignatureMethod", message.FieldSigMethod, q.SignatureMethod)
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
			return fieldErr(f.name, message.FieldRequired)
		}
	}
	if q.SignatureMethod == AlgorithmTC3 && q.Service == "" {
		return fieldErr("Service", message.FieldRequired)
	}
	if q.Timestamp <= 0 {
		return fieldErr("Timestamp", message.FieldTimestampReq)
	}
	if q.Timestamp >= 1e11 {
		return fieldErr("Timestamp", message.FieldTimestampMs)
	}
	return nil
}

// checkSentText checks the text that is sent in headers, the URL or the
// signed strings: no line breaks or NUL bytes, valid UTF-8, a bare host
// and an absolute path.
func checkSentText(q *Request, c Credentials) error {
	if strings.ContainsAny(q.Host, "/?#@ \t\r\n\x00") {
		return fieldErr("Host", message.FieldHostBare, q.Host)
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
			return fieldErr(f.name, message.FieldLineBreak)
		case 0:
			return fieldErr(f.name, message.FieldNUL)
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
			return fieldErr("Header", message.FieldHeaderName, strconv.Quote(h.Name))
		}
		if c, _ := controlByte(h.Value); c >= 0 {
			return fieldErr("Header", message.FieldHeaderCtl, h.Name)
		}
		if err := checkUTF8String("header "+h.Name, h.Value); err != nil {
			return err
		}
	}
	// The path is sent in the URL (and signed by HmacSHA1/256) as given.
	if q.Path[0] != '/' || strings.ContainsAny(q.Path, "?# \t\r\n\x00") || !utf8.ValidString(q.Path) {
		return fieldErr("Path", message.FieldPath, strconv.Quote(q.Path))
	}
	return nil
}

// checkParams checks the action parameters' names and UTF-8.
func checkParams(params []Param) error {
	for _, p := range params {
		if p.Key == "" {
			return fieldErr("Params", message.FieldParamEmpty)
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
