package signer

import (
	"github.com/tcsig/tcsig/internal/message"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limit returns the documented size limit for an HTTP method and signature
// method, and the rule's name: GET 32 KB; POST 1 MB with HmacSHA1/256;
// POST 10 MB with TC3-HMAC-SHA256.
func Limit(method, signatureMethod string) (limit int, rule string) {
	limit, m := limitRule(method, signatureMethod)
	return limit, m.Render(message.EN)
}

// limitRule is Limit with the rule's name as a message.
func limitRule(method, signatureMethod string) (int, message.Msg) {
	switch {
	case method == "GET":
		return LimitGET, message.New(message.LimitRuleGET)
	case signatureMethod == HmacSHA1 || signatureMethod == HmacSHA256:
		return LimitPOSTV1, message.New(message.LimitRulePOST, signatureMethod)
	default:
		return LimitPOSTTC3, message.New(message.LimitRulePOST, AlgorithmTC3)
	}
}

// checkSize returns the size report, or a *LimitError when over the limit.
func checkSize(method, signatureMethod string, used int) (Size, error) {
	limit, rule := limitRule(method, signatureMethod)
	counted := "body"
	what := message.New(message.LimitWhatBody)
	if method == "GET" {
		counted, what = "query", message.New(message.LimitWhatQuery)
	}
	s := Size{Counted: counted, Used: used, Limit: limit, Rule: rule.Render(message.EN)}
	if used <= limit {
		return s, nil
	}
	var hint message.Msg
	switch {
	case method == "GET":
		hint = message.New(message.LimitHintPOST)
	case signatureMethod != AlgorithmTC3 && used <= LimitPOSTTC3:
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
// ("Request Structure", 请求结构): GET takes
// application/x-www-form-urlencoded only; JSON, multipart and octet-stream
// bodies need TC3-HMAC-SHA256; form bodies need HmacSHA1/256.
func CheckContentType(method, signatureMethod, contentType string) error {
	mt := MediaType(contentType)
	tc3 := signatureMethod == AlgorithmTC3
	switch {
	case mt == "":
		return fieldErr("contentType", message.CTEmpty)
	case method == "GET":
		if mt != ContentTypeForm {
			return fieldErr("contentType", message.CTGETForm, ContentTypeForm, mt)
		}
	case mt == ContentTypeForm:
		if tc3 {
			return fieldErr("contentType", message.CTFormNeedsV1, ContentTypeForm)
		}
	case mt == ContentTypeJSON || mt == ContentTypeMultipart || mt == ContentTypeOctet:
		if !tc3 {
			return fieldErr("contentType", message.CTNeedsTC3, mt, signatureMethod, ContentTypeForm)
		}
		if mt == ContentTypeMultipart && !strings.Contains(strings.ToLower(contentType), "boundary=") {
			return fieldErr("contentType", message.CTBoundary)
		}
	default:
		if tc3 {
			return fieldErr("contentType", message.CTUnsupportedTC3, mt)
		}
		return fieldErr("contentType", message.CTUnsupportedV1, mt, signatureMethod, ContentTypeForm)
	}
	return nil
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
// a copy of the request.
func normalize(r *Request, c Credentials) (Request, error) {
	q := *r
	if q.Method == "" {
		q.Method = "POST"
	}
	q.Method = strings.ToUpper(q.Method)
	if q.Method != "GET" && q.Method != "POST" {
		return q, fieldErr("method", message.FieldMethod, q.Method)
	}
	if q.SignatureMethod == "" {
		q.SignatureMethod = AlgorithmTC3
	}
	switch q.SignatureMethod {
	case AlgorithmTC3, HmacSHA1, HmacSHA256:
	default:
		return q, fieldErr("signatureMethod", message.FieldSigMethod, q.SignatureMethod)
	}
	if q.ContentType == "" {
		q.ContentType = DefaultContentType(q.Method, q.SignatureMethod)
	}
	if q.Path == "" {
		q.Path = "/"
	}
	if c.SecretID == "" || c.SecretKey == "" {
		return q, ErrMissingCredentials
	}
	for _, f := range []struct{ name, v string }{
		{"host", q.Host}, {"action", q.Action}, {"version", q.Version},
	} {
		if f.v == "" {
			return q, fieldErr(f.name, message.FieldRequired)
		}
	}
	if q.SignatureMethod == AlgorithmTC3 && q.Service == "" {
		return q, fieldErr("service", message.FieldRequired)
	}
	if q.Timestamp <= 0 {
		return q, fieldErr("timestamp", message.FieldTimestampReq)
	}
	if q.Timestamp >= 1e11 {
		return q, fieldErr("timestamp", message.FieldTimestampMs)
	}
	if strings.ContainsAny(q.Host, "/?#@ \t\r\n\x00") {
		return q, fieldErr("host", message.FieldHostBare, q.Host)
	}
	for _, f := range []struct{ name, v string }{
		{"service", q.Service}, {"action", q.Action}, {"version", q.Version}, {"region", q.Region},
		{"language", q.Language}, {"secretId", c.SecretID}, {"token", c.Token},
		{"contentType", q.ContentType}, {"host", q.Host},
	} {
		c, ascii := controlByte(f.v)
		switch c {
		case '\r', '\n':
			return q, fieldErr(f.name, message.FieldLineBreak)
		case 0:
			return q, fieldErr(f.name, message.FieldNUL)
		}
		if !ascii {
			if err := checkUTF8String(f.name, f.v); err != nil {
				return q, err
			}
		}
	}
	// Header values are sent as given: a line break would end the header
	// and start another (contentType and extra headers were not checked).
	for _, h := range q.Header {
		if h.Name == "" || strings.ContainsAny(h.Name, " :\t\r\n\x00") || !utf8.ValidString(h.Name) {
			return q, fieldErr("header", message.FieldHeaderName, strconv.Quote(h.Name))
		}
		if c, _ := controlByte(h.Value); c >= 0 {
			return q, fieldErr("header", message.FieldHeaderCtl, h.Name)
		}
		if err := checkUTF8String("header "+h.Name, h.Value); err != nil {
			return q, err
		}
	}
	// The path is sent in the URL (and signed by HmacSHA1/256) as given.
	if q.Path[0] != '/' || strings.ContainsAny(q.Path, "?# \t\r\n\x00") || !utf8.ValidString(q.Path) {
		return q, fieldErr("path", message.FieldPath, strconv.Quote(q.Path))
	}
	if err := CheckContentType(q.Method, q.SignatureMethod, q.ContentType); err != nil {
		return q, err
	}
	for _, p := range q.Params {
		if p.Key == "" {
			return q, fieldErr("params", message.FieldParamEmpty)
		}
		// Name and value are checked apart so the offset points into the
		// one at fault (a joined check reported value offsets shifted by
		// the name's length).
		if err := checkUTF8String("parameter name "+strconv.Quote(p.Key), p.Key); err != nil {
			return q, err
		}
		if err := checkUTF8String("parameter "+p.Key, p.Value); err != nil {
			return q, err
		}
	}
	return q, nil
}
