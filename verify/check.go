package verify

import (
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/signer"
)

func (c *checker) run() {
	r := c.req
	if r == nil {
		c.incomplete("no request")
		return
	}
	c.rep.Received.Host = r.Host
	// What the parser noticed or assumed belongs in front of the person too.
	for _, n := range r.Notes {
		c.warn("capture", n)
	}

	// Method: HTTP methods are case-sensitive; the API takes GET and POST.
	switch strings.ToUpper(r.Method) {
	case "GET", "POST":
		if r.Method != strings.ToUpper(r.Method) {
			c.warn("method-case", "method "+strconv.Quote(r.Method)+" is not upper case; HTTP methods are case-sensitive and the API expects GET or POST")
		}
	default:
		c.reject(CodeUnsupportedProtocol, "method", "method "+strconv.Quote(r.Method)+" is not supported: the API takes GET or POST only")
		return
	}
	if r.Host == "" {
		c.reject(CodeInvalidAuthorization, "host-missing", "the request has no Host: the host is a signed header")
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
			"the request is not signed: no Authorization header (TC3-HMAC-SHA256) and no Signature parameter (HmacSHA1/HmacSHA256)")
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
		c.reject(CodeMissingParameter, "timestamp-missing", field+" is missing: the Unix time in seconds is required")
		return 0, false
	}
	if strings.TrimSpace(v) != v {
		c.warn("timestamp-whitespace", field+" "+strconv.Quote(v)+" has surrounding whitespace; it is signed exactly as sent")
		v = strings.TrimSpace(v)
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n <= 0 {
		if _, ferr := strconv.ParseFloat(v, 64); ferr == nil {
			c.reject(CodeInvalidParameterValue, "timestamp-fractional", field+" "+strconv.Quote(v)+
				" is not an integer: it must be Unix time in whole seconds, e.g. "+strconv.Quote(strings.SplitN(v, ".", 2)[0]))
		} else {
			c.reject(CodeInvalidParameterValue, "timestamp-format", field+" "+strconv.Quote(v)+" is not Unix time in seconds (a positive decimal integer)")
		}
		return 0, false
	}
	if n >= 1e11 {
		c.warn("timestamp-milliseconds", field+" "+v+" has "+strconv.Itoa(len(v))+
			" digits: it looks like milliseconds; it must be Unix time in seconds ("+v[:len(v)-3]+")")
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
			c.reject(CodeSignatureExpire, "clock-skew", "signature expired: "+field+" "+v+" is "+strconv.FormatInt(abs, 10)+
				" s "+dir+" now ("+strconv.FormatInt(c.opts.Now.Unix(), 10)+"); the limit is "+strconv.Itoa(MaxSkew)+
				" s (5 minutes): sync the clock and sign with the current time")
		}
	}
	return n, true
}

// checkSize applies the documented size limits.
func (c *checker) checkSize(sigMethod string) {
	used := len(c.req.Body)
	what := "POST body"
	if c.method() == "GET" {
		used, what = len(c.req.RawQuery), "GET query string"
	}
	limit, rule := signer.Limit(c.method(), sigMethod)
	if used > limit {
		msg := (&signer.LimitError{What: what, Used: used, Limit: limit, Rule: rule}).Error()
		if c.method() == "POST" && sigMethod != signer.AlgorithmTC3 && used <= signer.LimitPOSTTC3 {
			msg += "; use TC3-HMAC-SHA256, which allows 10 MB"
		}
		c.reject(CodeSizeLimit, "size-limit", msg)
	}
}

// checkContentType applies the method × content type × algorithm rules.
func (c *checker) checkContentType(sigMethod string) {
	ct, ok := c.header("Content-Type")
	if !ok || strings.TrimSpace(ct) == "" {
		switch {
		case sigMethod != signer.AlgorithmTC3 && c.method() == "GET":
			c.warn("content-type-missing", "no Content-Type on a "+sigMethod+" GET; the SDK sends none, the documentation names application/x-www-form-urlencoded")
		case sigMethod == signer.AlgorithmTC3:
			c.reject(CodeInvalidParameter, "content-type-missing", "no Content-Type: TC3-HMAC-SHA256 requires it and always signs it")
		default:
			c.reject(CodeInvalidParameter, "content-type-missing", "no Content-Type: a "+sigMethod+" POST must be application/x-www-form-urlencoded")
		}
		return
	}
	if err := signer.CheckContentType(c.method(), sigMethod, ct); err != nil {
		msg := err.Error()
		if fe, ok := err.(*signer.FieldError); ok {
			msg = fe.Msg
		}
		c.reject(CodeInvalidParameter, "content-type-method", msg)
	}
}

// checkRegion warns about a missing or unknown region.
func (c *checker) checkRegion(field, region string) {
	c.rep.Received.Region = region
	if region == "" {
		c.warn("region-missing", "no "+field+": fine for APIs that take no region, otherwise the API answers MissingParameter or picks none")
		return
	}
	if _, ok := endpoints.Lookup(region); !ok {
		c.warn("region-unknown", "region "+strconv.Quote(region)+" is not in tcsig's region table; check the spelling (region IDs are lower case, e.g. ap-guangzhou)")
	}
}

// checkSecretID flags a SecretId that cannot be a real one (pitfall 9).
func (c *checker) checkSecretID(id string) {
	c.rep.Received.SecretID = id
	if strings.TrimSpace(id) != id {
		c.reject(CodeSecretIDNotFound, "secret-id-whitespace", "SecretId "+strconv.Quote(id)+" has surrounding whitespace: copy it without blanks")
		return
	}
	for _, r := range id {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			c.warn("secret-id-charset", "SecretId "+strconv.Quote(shortID(id))+" contains "+strconv.QuoteRune(r)+
				"; real SecretIds are letters and digits only (a copy error or an appended suffix?)")
			return
		}
	}
}

// checkSecretKey warns about key material that was copied with extras.
func (c *checker) checkSecretKey(key string) {
	if strings.TrimSpace(key) != key {
		c.warn("secret-key-whitespace", "the SecretKey given to tcsig has leading or trailing whitespace; it is used as given, but real keys have none")
	}
	for _, r := range strings.TrimSpace(key) {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			c.warn("secret-key-charset", "the SecretKey given to tcsig contains "+strconv.QuoteRune(r)+"; real keys are letters and digits only")
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
			c.reject(CodeSecretIDNotFound, "secret-id-unknown", "SecretId "+strconv.Quote(shortID(id))+" is not known here")
			return "", false
		}
		return k, true
	}
	if c.opts.SecretKey == "" {
		c.incomplete("no SecretKey given: the signature cannot be recomputed")
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
