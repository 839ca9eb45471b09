package verify

import (
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
)

func (c *checker) run() {
	r := c.req
	if r == nil {
		c.incomplete(message.New(message.VIncomplete))
		return
	}
	c.rep.Received.Host = r.Host
	// What the parser noticed or assumed belongs in front of the person too.
	for i := range r.Notes {
		c.warn("capture", message.New(message.Wrapped, r.Notes[i]))
	}

	// Method: HTTP methods are case-sensitive; the API takes GET and POST.
	switch strings.ToUpper(r.Method) {
	case "GET", "POST":
		if r.Method != strings.ToUpper(r.Method) {
			c.warn("method-case", message.New(message.VMethodCase, strconv.Quote(r.Method)))
		}
	default:
		c.reject(CodeUnsupportedProtocol, "method", message.New(message.VMethod, strconv.Quote(r.Method)))
		return
	}
	if r.Host == "" {
		c.reject(CodeInvalidAuthorization, "host-missing", message.New(message.VHostMissing))
		return
	}

	auth, hasAuth := c.header("Authorization")
	switch {
	case hasAuth:
		c.checkTC3(auth)
	case c.v1Params() != nil:
		c.checkV1()
	default:
		c.reject(CodeInvalidAuthorization, "authorization-missing",
			message.New(message.VAuthorizationMissing))
	}
}

// header returns the first value of a header and whether it is present.
func (c *checker) header(name string) (string, bool) {
	for _, f := range c.req.Header {
		if strings.EqualFold(f.Name, name) {
			return f.Value, true
		}
	}
	return "", false
}

// method returns the upper-cased method.
func (c *checker) method() string { return strings.ToUpper(c.req.Method) }

// checkTimestamp applies the timestamp rules to the value as sent (field
// names the header or parameter) and returns it in seconds; ok is false when
// it is not a usable integer.
func (c *checker) checkTimestamp(field, v string) (ts int64, ok bool) {
	c.rep.Received.Timestamp = v
	if v == "" {
		c.reject(CodeMissingParameter, "timestamp-missing", message.New(message.VTimestampMissing, field))
		return 0, false
	}
	if strings.TrimSpace(v) != v {
		c.warn("timestamp-whitespace", message.New(message.VTimestampWhitespace, field, strconv.Quote(v)))
		v = strings.TrimSpace(v)
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n <= 0 {
		if _, ferr := strconv.ParseFloat(v, 64); ferr == nil {
			c.reject(CodeInvalidParameterValue, "timestamp-fractional", message.New(message.VTimestampFractional, field, strconv.Quote(v), strconv.Quote(strings.SplitN(v, ".", 2)[0])))
		} else {
			c.reject(CodeInvalidParameterValue, "timestamp-format", message.New(message.VTimestampFormat, field, strconv.Quote(v)))
		}
		return 0, false
	}
	if n >= 1e11 {
		c.warn("timestamp-milliseconds", message.New(message.VTimestampMilliseconds, field, v, strconv.Itoa(len(v)), v[:len(v)-3]))
	}
	if !c.opts.Now.IsZero() {
		skew := c.opts.Now.Unix() - n
		c.rep.Received.Skew = &skew
		if skew > MaxSkew || skew < -MaxSkew {
			dir := "behind"
			abs := skew
			if skew < 0 {
				dir, abs = "ahead of", -skew
			}
			c.reject(CodeSignatureExpire, "clock-skew", message.New(message.VClockSkew, field, v, strconv.FormatInt(abs, 10), message.Term(dir), strconv.FormatInt(c.opts.Now.Unix(), 10), strconv.Itoa(MaxSkew)))
		}
	}
	return n, true
}

// checkSize applies the documented size limits.
func (c *checker) checkSize(sigMethod string) {
	used := len(c.req.Body)
	what := message.New(message.LimitWhatBody)
	if c.method() == "GET" {
		used, what = len(c.req.RawQuery), message.New(message.LimitWhatQuery)
	}
	limit, rule := signer.LimitRule(c.method(), sigMethod)
	if used > limit {
		le := &signer.LimitError{Used: used, Limit: limit, WhatMsg: what, RuleMsg: rule}
		if c.method() == "POST" && sigMethod != signer.AlgorithmTC3 && used <= protocol.LimitPOSTTC3 {
			le.HintMsg = message.New(message.VSizeHintTC3)
		}
		c.reject(CodeSizeLimit, "size-limit", message.New(message.Wrapped, le))
	}
}

// checkContentType applies the method × content type × algorithm rules.
func (c *checker) checkContentType(sigMethod string) {
	ct, ok := c.header("Content-Type")
	if !ok || strings.TrimSpace(ct) == "" {
		switch {
		case sigMethod != signer.AlgorithmTC3 && c.method() == "GET":
			c.warn("content-type-missing", message.New(message.VContentTypeMissing, sigMethod))
		case sigMethod == signer.AlgorithmTC3:
			c.reject(CodeInvalidParameter, "content-type-missing", message.New(message.VContentTypeMissing2))
		default:
			c.reject(CodeInvalidParameter, "content-type-missing", message.New(message.VContentTypeMissing3, sigMethod))
		}
		return
	}
	if err := signer.CheckContentType(c.method(), sigMethod, ct); err != nil {
		m := message.New(message.Wrapped, err)
		if fe, ok := err.(*signer.FieldError); ok {
			m = fe.Text
			if m.IsZero() {
				m = message.New(message.Wrapped, fe.Msg)
			}
		}
		c.reject(CodeInvalidParameter, "content-type-method", m)
	}
}

// checkRegion warns about a missing or unknown region.
func (c *checker) checkRegion(field, region string) {
	c.rep.Received.Region = region
	if region == "" {
		c.warn("region-missing", message.New(message.VRegionMissing, field))
		return
	}
	if _, ok := endpoints.Lookup(region); !ok {
		c.warn("region-unknown", message.New(message.VRegionUnknown, strconv.Quote(region)))
	}
}

// checkSecretID flags a SecretId that cannot be a real one (pitfall 9).
func (c *checker) checkSecretID(id string) {
	c.rep.Received.SecretID = id
	if strings.TrimSpace(id) != id {
		c.reject(CodeSecretIDNotFound, "secret-id-whitespace", message.New(message.VSecretIdWhitespace, strconv.Quote(id)))
		return
	}
	for _, r := range id {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			c.warn("secret-id-charset", message.New(message.VSecretIdCharset, strconv.Quote(shortID(id)), strconv.QuoteRune(r)))
			return
		}
	}
}

// checkSecretKey warns about key material that was copied with extras.
func (c *checker) checkSecretKey(key string) {
	if strings.TrimSpace(key) != key {
		c.warn("secret-key-whitespace", message.New(message.VSecretKeyWhitespace))
	}
	for _, r := range strings.TrimSpace(key) {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			c.warn("secret-key-charset", message.New(message.VSecretKeyCharset, strconv.QuoteRune(r)))
			return
		}
	}
}

// secretKey resolves the key for id; ok is false when the signature cannot
// be checked (the reason is recorded).
func (c *checker) secretKey(id string) (string, bool) {
	if c.opts.SecretKeyFor != nil {
		k, ok := c.opts.SecretKeyFor(id)
		if !ok {
			c.reject(CodeSecretIDNotFound, "secret-id-unknown", message.New(message.VSecretIdUnknown, strconv.Quote(shortID(id))))
			return "", false
		}
		return k, true
	}
	if c.opts.SecretKey == "" {
		c.incomplete(message.New(message.VIncomplete2))
		return "", false
	}
	c.checkSecretKey(c.opts.SecretKey)
	return c.opts.SecretKey, true
}

// shortID shows a SecretId's prefix only, so reports never carry it whole.
func shortID(id string) string {
	if len(id) <= 8 {
		return id
	}
	return id[:8] + "…"
}

// tencentService returns the service named by a Tencent Cloud API host, or ""
// for any other host (the local endpoint runs on 127.0.0.1).
func tencentService(host string) string {
	h := host
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.Contains(h[i:], "]") {
		h = h[:i]
	}
	if !strings.HasSuffix(h, "."+endpoints.RootDomain) {
		return ""
	}
	return endpoints.ServiceFromHost(h)
}

// localOffsets describes the whole-hour UTC offsets (−12…+14) whose local
// date at ts is date, e.g. "UTC+1…UTC+14"; "" when none.
func localOffsets(ts int64, date string) (desc string, example int) {
	first, last := 99, 99
	for h := -12; h <= 14; h++ {
		if signer.UTCDate(ts+int64(h)*3600) == date {
			if first == 99 {
				first = h
			}
			last = h
		}
	}
	if first == 99 {
		return "", 0
	}
	example = first
	if first <= 8 && 8 <= last {
		example = 8 // China Standard Time, the commonest case in real reports
	}
	if first == last {
		return utcOffset(first), example
	}
	return utcOffset(first) + "…" + utcOffset(last), example
}

func utcOffset(h int) string {
	if h < 0 {
		return "UTC" + strconv.Itoa(h)
	}
	return "UTC+" + strconv.Itoa(h)
}
