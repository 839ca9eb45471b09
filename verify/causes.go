package verify

import (
	"bytes"
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
)

// Cause ids: the mistakes the search tries, each of which people have made.
const (
	CauseContentTypeCharset    = "content-type-charset"
	CauseBodyTrailingNewline   = "body-trailing-newline"
	CauseBodyReserialised      = "body-reserialised"
	CauseScopeDateLocalTime    = "scope-date-local-time"
	CauseHostNearestVsRegional = "host-nearest-vs-regional"
	CauseHostDiffers           = "host-differs" // a non-Tencent host (the local endpoint) sent, a Tencent one signed
	CauseServiceMismatch       = "service-mismatch"
	CauseHexUppercase          = "hex-uppercase"
	CauseCanonicalHeadersNL    = "canonical-headers-newline"
	CauseSecretWhitespace      = "secret-whitespace"
	CauseHmacSHA1VsSHA256      = "hmac-sha1-vs-sha256"
	CauseV1ValuesURLEncoded    = "v1-values-url-encoded"
	CauseV1SortOrder           = "v1-sort-order"
	CauseUnsignedPayload       = "unsigned-payload"
	CauseHeaderValueCase       = "header-value-case"
	// CauseClientText: the client's own canonical request or string to
	// sign, when given, reproduces its signature; the diff shows where.
	CauseClientText = "client-text"
	// CauseUnknown is reported alone when no mistake reproduces the signature.
	CauseUnknown = "unknown"
)

// CauseBodyChanged: the client's canonical request signs another body's
// hash than the body received.
const CauseBodyChanged = "body-changed"

// unknownExplanation is what is left when no known mistake reproduces the
// signature; searched says what the timestamp search ruled out. Where the
// client's own texts go (flags, form fields) differs by medium: the CLI
// and the page say that themselves.
func unknownExplanation(searched any) message.Msg { return message.New(message.VUnknown, searched) }

// unknownBodyOrKey is what is left for a signed body: it changed, the
// timestamp or scope was edited, or the key differs.
func unknownBodyOrKey(searched any, bodyHash string) message.Msg {
	return message.New(message.VUnknownBody, searched, bodyHash)
}

// unknownTimestamp is what is left when the timestamp (field) already fails.
func unknownTimestamp(field string) message.Msg { return message.New(message.VUnknownTime, field) }

const (
	// Re-encoding a body costs more than it finds beyond this size.
	maxBodyForReserialisation = 1 << 20
	charsetSuffix             = "; charset=utf-8"
	charsetSuffixNoSpace      = ";charset=utf-8"
)

// secretWhitespace records the SecretKey copied with blanks around it:
// each way a pasted key picks up whitespace, re-signed by trySecret.
func (c *checker) secretWhitespace(key string, trySecret func(key string) bool) {
	variants := []struct{ key, how string }{
		{key + "\n", "with a trailing newline"},
		{key + "\r\n", "with a trailing CRLF"},
		{key + " ", "with a trailing space"},
		{" " + key, "with a leading space"},
		{key + "\t", "with a trailing tab"},
	}
	if t := strings.TrimSpace(key); t != key {
		variants = append(variants, struct{ key, how string }{t, "trimmed (the key given to tcsig has whitespace the client did not use)"})
	}
	for _, v := range variants {
		if trySecret(v.key) {
			c.cause(CauseSecretWhitespace, message.New(message.VSecretWhitespace, message.Term(v.how)))
		}
	}
}

// searchTC3 recomputes the signature under each known mistake and records
// every one that reproduces the received signature.
func (c *checker) searchTC3(base tc3Input, a tc3Auth) {
	s := tc3Search{c: c, base: base, a: a}
	found := len(c.rep.Causes)
	s.hexCase()
	s.contentTypeCharset()
	s.headerValueCase()
	s.body()
	s.scopeDate()
	s.host()
	s.service()
	s.canonicalHeadersNewline()
	s.secretWhitespace()
	crUnrelated := s.clientTexts()
	if len(c.rep.Causes) == found {
		// Last, as it costs the most: the timestamp changed after signing.
		ts := s.timestamp()
		if ts.found {
			c.timestampEdited(protocol.HeaderTimestamp, base.timestamp, ts)
			crUnrelated = crUnrelated && !s.clientCRSignsAt(ts.signed)
		} else {
			s.unknown(ts)
		}
	}
	if crUnrelated {
		c.clientText("canonical request", "canonicalRequest", false)
	}
}

// tc3Search tries, one mistake at a time, the ways clients are known to
// sign something other than what they send; each hypothesis that
// reproduces the client's signature is a cause.
type tc3Search struct {
	c    *checker
	base tc3Input
	a    tc3Auth
}

// try reports whether in signs as the client's signature.
func (s tc3Search) try(in tc3Input) bool {
	_, _, sig := in.sign()
	return equalSignature(sig, s.a.signature)
}

// trySecret reports whether the base signed with key signs as the client did.
func (s tc3Search) trySecret(key string) bool {
	in := s.base
	in.secretKey = key
	return s.try(in)
}

// hexCase: the signature itself, or an intermediate hash, in upper-case hex.
func (s tc3Search) hexCase() {
	if _, _, sig := s.base.sign(); equalSignature(strings.ToUpper(sig), s.a.signature) {
		s.c.cause(CauseHexUppercase, message.New(message.VHexUppercase))
	}
	in := s.base
	in.payloadHash = strings.ToUpper(in.payloadHash)
	if s.try(in) {
		s.c.cause(CauseHexUppercase, message.New(message.VHexUppercase2))
	}
	in = s.base
	in.upperCRHash = true
	if s.try(in) {
		s.c.cause(CauseHexUppercase, message.New(message.VHexUppercase3))
	}
}

// contentTypeCharset: Content-Type signed with or without "; charset=utf-8".
func (s tc3Search) contentTypeCharset() {
	if i := headerIndex(s.base.headers, "content-type"); i >= 0 {
		sent := s.base.headers[i].value
		var alts []string
		if mt := signer.MediaType(sent); mt != sent {
			alts = append(alts, mt)
		} else {
			alts = append(alts, sent+charsetSuffix, sent+charsetSuffixNoSpace)
		}
		if strings.Contains(sent, "; charset=") {
			alts = append(alts, strings.Replace(sent, "; charset=", ";charset=", 1))
		} else if strings.Contains(sent, ";charset=") {
			alts = append(alts, strings.Replace(sent, ";charset=", "; charset=", 1))
		}
		for _, alt := range alts {
			in := s.base
			in.headers = withHeader(s.base.headers, i, lowerTrim(alt))
			if s.try(in) {
				s.c.cause(CauseContentTypeCharset, message.New(message.VContentTypeCharset, strconv.Quote(alt), strconv.Quote(sent)))
			}
		}
	}
}

// headerValueCase: signed header values not lower-cased (the Go SDK
// formats them verbatim, which breaks as soon as one has upper case,
// e.g. a signed X-TC-Action), or not trimmed either.
func (s tc3Search) headerValueCase() {
	for _, trim := range []bool{true, false} {
		in := s.base
		in.headers = append([]canonHeader(nil), s.base.headers...)
		changed := false
		for i, h := range in.headers {
			raw, _ := s.c.signedHeaderValue(h.name)
			if trim {
				raw = strings.TrimSpace(raw)
			}
			changed = changed || raw != h.value
			in.headers[i].value = raw
		}
		in.verbatimValues = true
		if changed && s.try(in) {
			how := "without lower-casing them"
			if !trim {
				how = "verbatim, neither trimmed nor lower-cased"
			}
			s.c.cause(CauseHeaderValueCase, message.New(message.VHeaderValueCase, message.Term(how)))
		}
	}
}

// body: a trailing newline added or dropped, the JSON re-serialised, or
// UNSIGNED-PAYLOAD signed but not sent (or the reverse).
func (s tc3Search) body() {
	if s.base.payloadHash != unsignedPayloadSHA256 {
		body := s.c.req.Body
		variants := newlineVariants(body)
		for i, h := range variantHashes(body, variants) {
			v := variants[i]
			in := s.base
			in.payloadHash = h
			if s.try(in) {
				s.c.cause(CauseBodyTrailingNewline, message.New(message.VBodyTrailingNewline, message.Term(v.how)))
			}
		}
		if len(body) <= maxBodyForReserialisation && signer.MediaType(s.c.req.Get("Content-Type")) == protocol.ContentTypeJSON {
			for _, f := range jsonForms(body, &s.c.work) {
				in := s.base
				in.payloadHash = f.payloadHash
				if s.try(in) {
					s.c.cause(CauseBodyReserialised, message.New(message.VBodyReserialised, f.how))
				}
			}
		}
		in := s.base
		in.payloadHash = unsignedPayloadSHA256
		if s.try(in) {
			s.c.cause(CauseUnsignedPayload, message.New(message.VUnsignedPayload))
		}
	} else {
		in := s.base
		in.payloadHash = signer.SHA256Hex(s.c.req.Body)
		if s.try(in) {
			s.c.cause(CauseUnsignedPayload, message.New(message.VUnsignedPayload2))
		}
	}
}

// scopeDate: a local date in the key chain or the scope.
func (s tc3Search) scopeDate() {
	if ts, err := strconv.ParseInt(strings.TrimSpace(s.base.timestamp), 10, 64); err == nil {
		for _, d := range localDates(ts) {
			if d == s.a.date {
				continue
			}
			desc, ex := localOffsets(ts, d)
			why := message.New(message.VLocalDate, d, desc, utcOffset(ex), signer.UTCDate(ts), strconv.Itoa(abs(ex)))
			for _, v := range []struct{ scope, key string }{{s.a.date, d}, {d, d}, {d, s.a.date}} {
				in := s.base
				in.scopeDate, in.keyDate = v.scope, v.key
				if s.try(in) {
					s.c.cause(CauseScopeDateLocalTime, why)
				}
			}
		}
	}
}

// host: the nearest host signed and a regional one used, or any other
// host the client may have signed.
func (s tc3Search) host() {
	if i := headerIndex(s.base.headers, "host"); i >= 0 {
		sent := s.base.headers[i].value
		region, _ := s.c.header("X-TC-Region")
		for _, h := range hostCandidates(sent, s.a.service, region) {
			in := s.base
			in.headers = withHeader(s.base.headers, i, lowerTrim(h.host))
			if s.try(in) {
				s.c.cause(h.id, message.New(message.VHostSigned, h.host, sent))
			}
		}
	}
}

// service: the key or the scope derived with another service.
func (s tc3Search) service() {
	for _, svc := range serviceCandidates(s.c.req.Host, s.a.service) {
		for _, v := range []struct{ scope, key string }{{svc, svc}, {s.a.service, svc}, {svc, s.a.service}} {
			in := s.base
			in.scopeService, in.keyService = v.scope, v.key
			if s.try(in) {
				s.c.cause(CauseServiceMismatch, message.New(message.VServiceMismatch, strconv.Quote(svc), strconv.Quote(s.a.service)))
			}
		}
	}
}

// canonicalHeadersNewline: the blank line after the headers dropped or doubled.
func (s tc3Search) canonicalHeadersNewline() {
	for _, v := range []struct {
		block int
		how   string
	}{{-1, "without the blank line after the canonical headers (each header line ends in \\n, and then the block is followed by \\n)"},
		{1, "with an extra newline after the canonical headers"}} {
		in := s.base
		in.headerBlock = v.block
		if s.try(in) {
			s.c.cause(CauseCanonicalHeadersNL, message.New(message.VCanonicalHeadersNL, message.Term(v.how)))
		}
	}
}

// secretWhitespace: the SecretKey copied with blanks around it.
func (s tc3Search) secretWhitespace() { s.c.secretWhitespace(s.base.secretKey, s.trySecret) }

// clientTexts: when the client's own texts are given, do they reproduce
// its signature? A canonical request that does not is reported by the
// caller (crUnrelated), once the timestamp search has had its say: with
// an edited timestamp, the client's canonical request is right.
func (s tc3Search) clientTexts() (crUnrelated bool) {
	_, _, k := signer.TC3Keys(s.base.secretKey, s.base.keyDate, s.base.keyService)
	if cr := s.c.opts.CanonicalRequest; cr != "" {
		sts := signer.TC3StringToSign(s.base.timestamp, s.base.scope(), signer.SHA256Hex([]byte(cr)))
		reproduces := equalSignature(signer.TC3Signature(k, sts), s.a.signature)
		if reproduces {
			s.c.clientText("canonical request", "canonicalRequest", true)
		}
		crUnrelated = !reproduces
		s.c.payloadChanged(s.base, cr, reproduces)
	}
	if sts := s.c.opts.StringToSign; sts != "" {
		s.c.clientText("string to sign", "stringToSign", equalSignature(signer.TC3Signature(k, sts), s.a.signature))
	}
	return crUnrelated
}

// clientCRSignsAt reports whether the client's canonical request signs as
// the client did at timestamp ts.
func (s tc3Search) clientCRSignsAt(ts int64) bool {
	_, _, k := signer.TC3Keys(s.base.secretKey, s.base.keyDate, s.base.keyService)
	sts := signer.TC3StringToSign(strconv.FormatInt(ts, 10), s.base.scope(), signer.SHA256Hex([]byte(s.c.opts.CanonicalRequest)))
	return equalSignature(signer.TC3Signature(k, sts), s.a.signature)
}

// unknown explains a failure no hypothesis reproduced; ts is what the
// timestamp search ruled out.
func (s tc3Search) unknown(ts tsResult) {
	done := searched(ts, protocol.HeaderTimestamp, s.base.scopeDate)
	switch {
	case s.c.timestampRejected() && !ts.complete:
		s.c.cause(CauseUnknown, unknownTimestamp(protocol.HeaderTimestamp))
	case s.base.payloadHash != unsignedPayloadSHA256 && s.c.method() != "GET":
		s.c.cause(CauseUnknown, unknownBodyOrKey(done, s.base.payloadHash))
	default:
		s.c.cause(CauseUnknown, unknownExplanation(done))
	}
}

// payloadChanged names a changed body when the client's canonical request
// signs another payload hash than the body's, and that hash is what
// differs: the text reproduces the signature, or swapping in the body's
// hash makes it the expected canonical request.
func (c *checker) payloadChanged(base tc3Input, cr string, reproduces bool) {
	lines := strings.Split(strings.TrimRight(cr, "\r\n"), "\n")
	signed := strings.ToLower(strings.TrimSpace(lines[len(lines)-1]))
	if len(signed) != 64 || strings.IndexFunc(signed, func(r rune) bool { return r > 0x7f || !isHex(byte(r)) }) >= 0 || signed == base.payloadHash || base.payloadHash == unsignedPayloadSHA256 {
		return
	}
	expected, _, _ := base.sign()
	swapped := strings.Join(append(lines[:len(lines)-1:len(lines)-1], base.payloadHash), "\n")
	if !reproduces && swapped != expected {
		return
	}
	c.cause(CauseBodyChanged, message.New(message.VBodyChanged, signed, base.payloadHash))
}

// timestampRejected reports whether the timestamp already fails the
// request (outside the 5-minute window, or a credential date that is not
// its UTC date): a timestamp changed after signing explains the signature
// too, so the key is not to blame.
func (c *checker) timestampRejected() bool {
	if c.dateBad {
		return true
	}
	if e := c.rep.Error; e != nil {
		return e.Check == "clock-skew" || e.Check == "scope-date-not-utc"
	}
	return false
}

// searchV1 is the cause search for HmacSHA1/256.
func (c *checker) searchV1(base v1Input, ps []v1Param, want string) {
	// Base64 has no '%': one left after decoding means the whole request,
	// Signature included, was URL-encoded twice.
	wantOnce, _ := unescape(want, true)
	s := v1Search{c: c, base: base, ps: ps, want: want, wantOnce: wantOnce}
	found := len(c.rep.Causes)
	s.hmac()
	s.valuesEncoded()
	s.sortOrder()
	s.host()
	s.secretWhitespace()
	s.clientText()
	if len(c.rep.Causes) > found {
		return
	}
	// Last, as it costs the most: the Timestamp changed after signing.
	ts := s.timestamp()
	if ts.found {
		sent, _ := paramValue(ps, "Timestamp")
		c.timestampEdited("Timestamp", sent, ts)
		return
	}
	s.unknown(ts)
}

// v1Search tries, one mistake at a time, the ways clients are known to
// build another v1 string to sign than the one the request implies.
type v1Search struct {
	c              *checker
	base           v1Input
	ps             []v1Param
	want, wantOnce string
}

// try reports whether in signs as the client's signature (or as it reads
// once the request's double URL-encoding is undone).
func (s v1Search) try(in v1Input) bool {
	_, sig := in.sign()
	return equalSignature(sig, s.want) || equalSignature(sig, s.wantOnce)
}

// trySecret reports whether the base signed with key signs as the client did.
func (s v1Search) trySecret(key string) bool {
	in := s.base
	in.secretKey = key
	return s.try(in)
}

// hmac: HmacSHA256 computed where SignatureMethod says HmacSHA1, or the reverse.
func (s v1Search) hmac() {
	other, said := signer.HmacSHA256, "HmacSHA1"
	if s.base.hash == signer.HmacSHA256 {
		other, said = signer.HmacSHA1, "HmacSHA256"
	}
	in := s.base
	in.hash = other
	if s.try(in) {
		var how any = message.New(message.VSigMethodSays, said)
		if _, ok := paramValue(s.ps, "SignatureMethod"); !ok {
			how = message.Term("SignatureMethod is absent, which means HmacSHA1")
		}
		s.c.cause(CauseHmacSHA1VsSHA256, message.New(message.VHmacSHA1VsSHA256, other, how))
	}
}

// valuesEncoded: parameter values signed URL-encoded once, twice, or as on the wire.
func (s v1Search) valuesEncoded() {
	for _, v := range []struct {
		how string
		f   func(v1Param) string
	}{
		{"URL-encoded (form style)", func(p v1Param) string { return queryEscape(p.value) }},
		{"URL-encoded (RFC 3986, %20 for space)", func(p v1Param) string { return strings.ReplaceAll(queryEscape(p.value), "+", "%20") }},
		{"URL-encoded twice", func(p v1Param) string { return queryEscape(queryEscape(p.value)) }},
		{"as written on the wire", func(p v1Param) string { return p.rawValue }},
		{"decoded twice (the request was sent double-encoded)", func(p v1Param) string {
			if d, err := unescape(p.value, true); err == nil {
				return d
			}
			return p.value
		}},
	} {
		changed := false
		m := map[string]string{}
		for _, p := range s.ps {
			if p.key == "Signature" {
				continue
			}
			nv := v.f(p)
			changed = changed || nv != p.value
			m[p.key] = nv
		}
		if !changed {
			continue
		}
		in := s.base
		in.params = sortedMap(m)
		if s.try(in) {
			s.c.cause(CauseV1ValuesURLEncoded, message.New(message.VV1ValuesURLEncoded, message.Term(v.how)))
		}
	}
}

// sortOrder: parameters signed in the order sent, or in natural (numeric) order.
func (s v1Search) sortOrder() {
	for _, v := range []struct {
		how    string
		params []signer.Param
	}{
		{"in the order they were sent", sentOrder(s.ps)},
		{"in natural order (InstanceIds.2 before InstanceIds.10)", naturalOrder(s.base.params)},
	} {
		if equalParams(v.params, s.base.params) {
			continue
		}
		in := s.base
		in.params = v.params
		if s.try(in) {
			s.c.cause(CauseV1SortOrder, message.New(message.VV1SortOrder, message.Term(v.how)))
		}
	}
}

// host: the nearest host signed and a regional one used, or the reverse.
func (s v1Search) host() {
	region, _ := paramValue(s.ps, "Region")
	for _, h := range hostCandidates(s.base.host, tencentService(s.base.host), region) {
		in := s.base
		in.host = h.host
		if s.try(in) {
			s.c.cause(h.id, message.New(message.VHostSignedV1, h.host, s.base.host))
		}
	}
}

// secretWhitespace: the SecretKey copied with blanks around it.
func (s v1Search) secretWhitespace() { s.c.secretWhitespace(s.base.secretKey, s.trySecret) }

// clientText: does the client's own string to sign reproduce its signature?
func (s v1Search) clientText() {
	if sts := s.c.opts.StringToSign; sts != "" {
		sig := signer.V1Signature(s.base.hash, s.base.secretKey, sts)
		s.c.clientText("string to sign", "stringToSign", equalSignature(sig, s.want) || equalSignature(sig, s.wantOnce))
	}
}

// unknown explains a failure no hypothesis reproduced; ts is what the
// timestamp search ruled out.
func (s v1Search) unknown(ts tsResult) {
	if s.c.timestampRejected() && !ts.complete {
		s.c.cause(CauseUnknown, unknownTimestamp("Timestamp"))
	} else {
		s.c.cause(CauseUnknown, unknownExplanation(searched(ts, "Timestamp", "")))
	}
}

// clientText reports whether the client's own canonical request or string
// to sign reproduces its signature. If it does, the mistake is exactly where
// it differs from the expected text; if not, the text is from another
// request or another key.
func (c *checker) clientText(name, what string, reproduces bool) {
	if !reproduces {
		c.warn("client-text-unrelated", message.New(message.VClientTextUnrelated, message.Term(name)))
		return
	}
	var where any = ""
	for _, d := range c.rep.Diff {
		if d.What == what {
			where = message.New(message.VFirstAt, d.Line, d.Column)
			break
		}
	}
	c.cause(CauseClientText, message.New(message.VClientText, message.Term(name), where))
}

func headerIndex(h []canonHeader, name string) int {
	for i, x := range h {
		if x.name == name {
			return i
		}
	}
	return -1
}

func withHeader(h []canonHeader, i int, v string) []canonHeader {
	out := append([]canonHeader(nil), h...)
	out[i].value = v
	return out
}

// bodyVariant is the body with its end changed: its first n bytes, then
// suffix. It is hashed in place, never copied: the body may be 10 MB.
type bodyVariant struct {
	n      int
	suffix string
	how    string
}

// variantHashes returns each variant's SHA-256 in hex. The body is hashed
// once up to where the variants part, and that state is copied for each.
func variantHashes(body []byte, vs []bodyVariant) []string {
	common := len(body)
	for _, v := range vs {
		common = min(common, v.n)
	}
	prefix := sha256.New()
	prefix.Write(body[:common])
	state, err := prefix.(encoding.BinaryMarshaler).MarshalBinary()
	out := make([]string, len(vs))
	for i, v := range vs {
		h := sha256.New()
		if err == nil && h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state) == nil {
			h.Write(body[common:v.n])
		} else {
			h.Reset()
			h.Write(body[:v.n])
		}
		h.Write([]byte(v.suffix))
		out[i] = hex.EncodeToString(h.Sum(nil))
	}
	return out
}

func newlineVariants(b []byte) []bodyVariant {
	v := []bodyVariant{
		{len(b), "\n", "with a trailing newline the request does not have"},
		{len(b), "\r\n", "with a trailing CRLF the request does not have"},
	}
	t := bytes.TrimSuffix(b, []byte("\n"))
	if len(t) != len(b) {
		v = append(v, bodyVariant{len(t), "", "without the trailing newline the request has"})
		if t2 := bytes.TrimSuffix(t, []byte("\r")); len(t2) != len(t) {
			v = append(v, bodyVariant{len(t2), "", "without the trailing CRLF the request has"})
		}
	}
	crlf := bytes.TrimSuffix(b, []byte("\r\n"))
	if r := bytes.TrimRight(b, " \t\r\n"); len(r) != len(b) && len(r) != len(t) && len(r) != len(crlf) {
		v = append(v, bodyVariant{len(r), "", "without the trailing whitespace the request has"})
	}
	return v
}

// localDates returns the dates of ts in the time zones UTC−12…UTC+14.
func localDates(ts int64) []string {
	var out []string
	for _, h := range []int64{-12, 14} {
		d := signer.UTCDate(ts + h*3600)
		if len(out) == 0 || out[len(out)-1] != d {
			out = append(out, d)
		}
	}
	mid := signer.UTCDate(ts)
	if len(out) == 2 && out[0] != mid && out[1] != mid {
		out = append(out, mid)
	}
	return out
}

type hostCandidate struct{ host, id string }

// hostCandidates lists hosts a client may have signed instead of sent.
func hostCandidates(sent, service, region string) []hostCandidate {
	var out []hostCandidate
	add := func(h, id string) {
		if h != "" && h != sent {
			out = append(out, hostCandidate{h, id})
		}
	}
	ts := tencentService(sent)
	if ts == "" {
		// Not a Tencent host (the local endpoint): the client may have
		// signed the real one.
		if service != "" {
			add(service+"."+endpoints.RootDomain, CauseHostDiffers)
			if region != "" {
				add(service+"."+region+"."+endpoints.RootDomain, CauseHostDiffers)
			}
		}
		return out
	}
	nearest := ts + "." + endpoints.RootDomain
	if sent == nearest {
		if region != "" {
			add(ts+"."+region+"."+endpoints.RootDomain, CauseHostNearestVsRegional)
		}
		for _, h := range endpoints.RegionalHosts(ts) {
			add(h, CauseHostNearestVsRegional)
		}
		add(ts+".intl."+endpoints.RootDomain, CauseHostNearestVsRegional)
		return dedupeHosts(out)
	}
	add(nearest, CauseHostNearestVsRegional)
	add(ts+".intl."+endpoints.RootDomain, CauseHostNearestVsRegional)
	if region != "" {
		add(ts+"."+region+"."+endpoints.RootDomain, CauseHostNearestVsRegional)
	}
	return dedupeHosts(out)
}

func dedupeHosts(in []hostCandidate) []hostCandidate {
	seen := map[string]bool{}
	out := in[:0]
	for _, h := range in {
		if !seen[h.host] {
			seen[h.host] = true
			out = append(out, h)
		}
	}
	return out
}

// serviceCandidates lists services a client may have put in the key chain
// or scope instead of the credential's: the host's, and the credential's
// own in other spellings.
func serviceCandidates(host, scope string) []string {
	var out []string
	add := func(s string) {
		if s != "" && s != scope {
			for _, x := range out {
				if x == s {
					return
				}
			}
			out = append(out, s)
		}
	}
	add(tencentService(host))
	add(strings.ToLower(scope))
	add(strings.ToUpper(scope))
	// The whole host, or another of its labels (e.g. the region), taken
	// for the service.
	add(host)
	labels := strings.Split(host, ".")
	for _, l := range labels[:max(len(labels)-2, 0)] {
		add(l)
	}
	return out
}

func paramValue(ps []v1Param, key string) (string, bool) {
	v, ok := "", false
	for _, p := range ps {
		if p.key == key {
			v, ok = p.value, true
		}
	}
	return v, ok
}

func sortedMap(m map[string]string) []signer.Param {
	out := make([]signer.Param, 0, len(m))
	for k, v := range m {
		out = append(out, signer.Param{Key: k, Value: v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func sentOrder(ps []v1Param) []signer.Param {
	var out []signer.Param
	for _, p := range ps {
		if p.key != "Signature" {
			out = append(out, signer.Param{Key: p.key, Value: p.value})
		}
	}
	return out
}

// naturalOrder sorts names with numeric runs compared as numbers.
func naturalOrder(ps []signer.Param) []signer.Param {
	out := append([]signer.Param(nil), ps...)
	sort.SliceStable(out, func(i, j int) bool { return naturalLess(out[i].Key, out[j].Key) })
	return out
}

func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digitPrefix(a), digitPrefix(b)
		if da != "" && db != "" {
			na, _ := strconv.ParseUint(da, 10, 64)
			nb, _ := strconv.ParseUint(db, 10, 64)
			if na != nb {
				return na < nb
			}
			a, b = a[len(da):], b[len(db):]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func digitPrefix(s string) string {
	i := 0
	for i < len(s) && i < 18 && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return s[:i]
}

func equalParams(a, b []signer.Param) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// queryEscape is url.QueryEscape (without linking net/url into the wasm
// module): every byte but A-Z a-z 0-9 - _ . ~ as %XX in upper case, and a
// space as '+'.
func queryEscape(s string) string {
	const upperHex = "0123456789ABCDEF"
	b := make([]byte, 0, len(s)+len(s)/2)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-', c == '_', c == '.', c == '~':
			b = append(b, c)
		case c == ' ':
			b = append(b, '+')
		default:
			b = append(b, '%', upperHex[c>>4], upperHex[c&15])
		}
	}
	return string(b)
}
