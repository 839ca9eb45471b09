package verify

import (
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
)

// tc3Auth is a parsed TC3 Authorization header.
type tc3Auth struct {
	secretID, date, service string
	signedHeaders           string   // as written
	names                   []string // lower-cased, in the written order
	signature               string
}

// parseTC3Auth parses "TC3-HMAC-SHA256 Credential=<id>/<date>/<service>/tc3_request,
// SignedHeaders=<a;b>, Signature=<hex>". problem names what is malformed;
// spacing reports separators other than the documented ", ".
func parseTC3Auth(v string) (a tc3Auth, problem message.Msg, spacing bool) {
	algo, rest, _ := strings.Cut(v, " ")
	if algo != signer.AlgorithmTC3 {
		if strings.EqualFold(algo, signer.AlgorithmTC3) {
			return a, message.New(message.VAuthAlgoCase, signer.AlgorithmTC3, strconv.Quote(algo)), false
		}
		return a, message.New(message.VAuthAlgo, strconv.Quote(algo), signer.AlgorithmTC3), false
	}
	seen := map[string]string{}
	for _, part := range strings.Split(rest, ",") {
		k, val, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return a, message.New(message.VAuthPartNotPair, strconv.Quote(strings.TrimSpace(part))), false
		}
		if _, dup := seen[k]; dup {
			return a, message.New(message.VAuthPartTwice, k), false
		}
		seen[k] = val
	}
	for _, k := range []string{"Credential", "SignedHeaders", "Signature"} {
		if _, ok := seen[k]; !ok {
			return a, message.New(message.VAuthPartMissing, k), false
		}
	}
	if len(seen) != 3 {
		return a, message.New(message.VAuthOtherParts), false
	}
	cred := strings.Split(seen["Credential"], "/")
	if len(cred) != 4 || cred[3] != "tc3_request" {
		return a, message.New(message.VAuthCredential, strconv.Quote(seen["Credential"])), false
	}
	a.secretID, a.date, a.service = cred[0], cred[1], cred[2]
	if a.secretID == "" || a.service == "" {
		return a, message.New(message.VAuthCredEmpty), false
	}
	if !validDate(a.date) {
		return a, message.New(message.VAuthCredDate, strconv.Quote(a.date)), false
	}
	a.signedHeaders = seen["SignedHeaders"]
	for _, n := range strings.Split(a.signedHeaders, ";") {
		if n == "" || strings.ContainsAny(n, " \t:") {
			return a, message.New(message.VAuthSignedHeaders, strconv.Quote(a.signedHeaders)), false
		}
		a.names = append(a.names, strings.ToLower(n))
	}
	a.signature = seen["Signature"]
	if len(a.signature) != 64 || strings.Trim(a.signature, "0123456789abcdefABCDEF") != "" {
		return a, message.New(message.VAuthSignatureHex, len(a.signature)), false
	}
	spacing = rest != "Credential="+seen["Credential"]+", SignedHeaders="+a.signedHeaders+", Signature="+a.signature
	return a, message.Msg{}, spacing
}

func validDate(d string) bool {
	if len(d) != 10 || d[4] != '-' || d[7] != '-' {
		return false
	}
	y, e1 := strconv.Atoi(d[:4])
	m, e2 := strconv.Atoi(d[5:7])
	day, e3 := strconv.Atoi(d[8:])
	return e1 == nil && e2 == nil && e3 == nil && y > 1970 && m >= 1 && m <= 12 && day >= 1 && day <= 31
}

// tc3Input is everything a TC3 signature is computed from. The cause search
// varies one field at a time.
type tc3Input struct {
	method        string
	query         string
	headers       []canonHeader // signed headers in SignedHeaders order
	signedHeaders string
	payloadHash   string
	timestamp     string // as sent
	scopeDate     string // the date written into the string to sign
	scopeService  string
	keyDate       string // the date the key chain is derived with
	keyService    string
	secretKey     string
	headerBlock   int  // 0 as specified; -1 no blank line after the headers; +1 an extra one
	upperCRHash   bool // hashed canonical request in upper-case hex
	// verbatimValues signs the header values as received rather than
	// canonical: the cause search's client that skips the value rule.
	verbatimValues bool
}

type canonHeader struct{ name, value string } // value as signed: canonical unless verbatimValues

// canonicalHeaders returns the signed header lines. The cause search's
// client that skips the value rule signs the values as received; every other
// input is canonicalised by the signer's own builder.
func (in *tc3Input) canonicalHeaders() string {
	if in.verbatimValues {
		var b strings.Builder
		for _, h := range in.headers {
			b.WriteString(h.name + ":" + h.value + "\n")
		}
		return b.String()
	}
	hs := make([]signer.Header, len(in.headers))
	for i, h := range in.headers {
		hs[i] = signer.Header{Name: h.name, Value: h.value}
	}
	return signer.CanonicalHeaders(hs)
}

func (in *tc3Input) canonicalRequest() string {
	hdr := in.canonicalHeaders()
	switch in.headerBlock {
	case -1:
		hdr = strings.TrimSuffix(hdr, "\n")
	case 1:
		hdr += "\n"
	}
	return signer.CanonicalRequest(in.method, signer.CanonicalURI, in.query, hdr, in.signedHeaders, in.payloadHash)
}

func (in *tc3Input) scope() string { return signer.CredentialScope(in.scopeDate, in.scopeService) }

// sign returns the canonical request, string to sign and signature.
func (in *tc3Input) sign() (cr, sts, sig string) {
	cr = in.canonicalRequest()
	h := signer.SHA256Hex([]byte(cr))
	if in.upperCRHash {
		h = strings.ToUpper(h)
	}
	sts = signer.TC3StringToSign(in.timestamp, in.scope(), h)
	_, _, k := signer.TC3Keys(in.secretKey, in.keyDate, in.keyService)
	return cr, sts, signer.TC3Signature(k, sts)
}

func lowerTrim(v string) string { return signer.CanonicalHeaderValue(v) }

const (
	unsignedPayload       = protocol.UnsignedPayload
	unsignedPayloadSHA256 = signer.UnsignedPayloadSHA256
)

// checkTC3 checks a TC3-HMAC-SHA256 request: what its Authorization says,
// the headers the signature covers, then the signature itself, recomputed
// with the signer's own builders from the received bytes.
func (c *checker) checkTC3(authValue string) {
	a, ok := c.readTC3Authorization(authValue)
	if !ok {
		return
	}
	tsText, ts := c.checkTC3Headers(a)
	in := c.tc3Input(a, tsText)
	key, ok := c.secretKey(a.secretID)
	in.secretKey = key
	sig := c.expectTC3(in, a, ok)
	if !ok {
		return // no key: nothing to compare
	}
	if c.req.BodyOmitted && in.payloadHash != unsignedPayloadSHA256 {
		return
	}
	if !equalSignature(sig, a.signature) {
		c.reject(CodeSignatureFailure, "signature", message.New(message.VSignature, message.New(message.APICode(CodeSignatureFailure)), sig, a.signature))
		c.searchTC3(in, a)
		return
	}
	c.explainConsistentTC3(a, ts)
}

// readTC3Authorization parses the Authorization header and checks its
// SecretId and SignedHeaders; ok is false when there is nothing to verify.
func (c *checker) readTC3Authorization(authValue string) (a tc3Auth, ok bool) {
	rep := c.rep
	rep.Received.SignatureMethod = signer.AlgorithmTC3
	if strings.TrimSpace(authValue) == "SKIP" {
		c.reject(CodeInvalidAuthorization, "authorization-skip", message.New(message.VAuthorizationSkip))
		return a, false
	}
	a, problem, spacing := parseTC3Auth(authValue)
	if !problem.IsZero() {
		c.reject(CodeInvalidAuthorization, "authorization-format", message.New(message.VAuthorizationFormat, problem))
		return a, false
	}
	if spacing {
		c.warn("authorization-spacing", message.New(message.VAuthorizationSpacing))
	}
	rep.Received.Service = a.service
	rep.Received.CredentialScope = signer.CredentialScope(a.date, a.service)
	rep.Received.SignedHeaders = a.signedHeaders
	rep.Received.Signature = a.signature
	c.checkSecretID(a.secretID)
	if !hasName(a.names, "content-type") || !hasName(a.names, "host") {
		c.reject(CodeInvalidAuthorization, "signed-headers-required", message.New(message.VSignedHeadersRequired, strconv.Quote(a.signedHeaders)))
	}
	if a.signedHeaders != strings.ToLower(a.signedHeaders) {
		c.warn("signed-headers-case", message.New(message.VSignedHeadersCase, strconv.Quote(a.signedHeaders)))
	}
	if !sortedNames(a.names) {
		c.warn("signed-headers-order", message.New(message.VSignedHeadersOrder, strconv.Quote(a.signedHeaders)))
	}
	return a, true
}

// checkTC3Headers checks the common headers, the request's size, content
// type and body, and the scope against the timestamp and the host. It
// returns the timestamp as sent and as read (0 when unreadable).
func (c *checker) checkTC3Headers(a tc3Auth) (tsText string, ts int64) {
	r := c.req
	rep := c.rep
	action, _ := c.header(protocol.HeaderAction)
	version, _ := c.header(protocol.HeaderVersion)
	rep.Received.Action, rep.Received.Version = action, version
	for _, h := range [][2]string{{protocol.HeaderAction, action}, {protocol.HeaderVersion, version}} {
		if h[1] == "" {
			c.reject(CodeMissingParameter, "header-missing", message.New(message.VHeaderMissing, h[0]))
		}
	}
	region, _ := c.header(protocol.HeaderRegion)
	c.checkRegion(protocol.HeaderRegion, region)
	tsText, _ = c.header(protocol.HeaderTimestamp)
	ts, tsOK := c.checkTimestamp(protocol.HeaderTimestamp, tsText)
	c.checkSize(signer.AlgorithmTC3)
	c.checkContentType(signer.AlgorithmTC3)
	c.checkUTF8(signer.AlgorithmTC3)
	tok, hasTok := c.header(protocol.HeaderToken)
	c.checkToken("X-TC-Token header", tok, hasTok)
	c.checkHostService(a.service, region)
	if tsOK {
		c.checkScopeDate(a.date, tsText, ts)
	}
	if r.Path != "/" && r.Path != "" {
		c.warn("path-not-root", message.New(message.VPathNotRoot, strconv.Quote(r.Path)))
	}
	c.checkBody()
	return tsText, ts
}

// checkScopeDate rejects a credential date that is not the UTC date of
// the timestamp.
func (c *checker) checkScopeDate(date, tsText string, ts int64) {
	dateTS := ts
	if ts >= 1e11 {
		dateTS = ts / 1000 // milliseconds: flagged above, and the clock check rejects it
	}
	if utc := signer.UTCDate(dateTS); utc != date {
		msg := message.New(message.VScopeDateNotUTC, date, utc, tsText)
		if desc, ex := localOffsets(ts, date); desc != "" {
			msg = message.New(message.VScopeDateLocal, msg, desc, utcOffset(ex), strconv.Itoa(abs(ex)))
		}
		c.reject(CodeSignatureFailure, "scope-date-not-utc", msg)
		c.dateBad = true
	}
}

// tc3Input reads what the signature covers from the received bytes: the
// query, the signed headers' values and the payload hash.
func (c *checker) tc3Input(a tc3Auth, tsText string) tc3Input {
	r := c.req
	in := tc3Input{
		method:        c.method(),
		query:         r.RawQuery,
		signedHeaders: a.signedHeaders,
		timestamp:     tsText,
		scopeDate:     a.date, keyDate: a.date,
		scopeService: a.service, keyService: a.service,
	}
	for _, n := range append([]string{"authorization"}, a.names...) {
		if vs := r.Values(n); len(vs) > 1 {
			c.warn("header-duplicate", message.New(message.VHeaderDuplicate, n, strconv.Itoa(len(vs))))
		}
	}
	for _, n := range a.names {
		v, ok := c.signedHeaderValue(n)
		if !ok {
			c.warn("signed-header-missing", message.New(message.VSignedHeaderMissing, n))
		}
		in.headers = append(in.headers, canonHeader{n, lowerTrim(v)})
	}
	sha, _ := c.header(protocol.HeaderContentSHA256)
	switch {
	case strings.EqualFold(strings.TrimSpace(sha), unsignedPayload):
		in.payloadHash = unsignedPayloadSHA256
	case r.BodyOmitted:
		c.incomplete(message.New(message.VIncomplete3))
		in.payloadHash = signer.SHA256Hex(nil)
	default:
		if sha != "" {
			c.warn("content-sha256-ignored", message.New(message.VContentSha256Ignored, strconv.Quote(sha)))
		}
		in.payloadHash = signer.SHA256Hex(r.Body)
	}
	return in
}

// expectTC3 computes the expected trace from in, records it and its
// differences from the client's texts, and returns the expected
// signature. Without the SecretKey (hasKey false) the trace shows no key
// and no signature.
func (c *checker) expectTC3(in tc3Input, a tc3Auth, hasKey bool) string {
	cr, sts, sig := in.sign()
	res := &signer.Result{
		SignatureMethod:        signer.AlgorithmTC3,
		HashedPayload:          in.payloadHash,
		CanonicalQuery:         in.query,
		CanonicalHeaders:       in.canonicalHeaders(),
		SignedHeaders:          a.signedHeaders,
		CanonicalRequest:       cr,
		HashedCanonicalRequest: sts[len(sts)-64:],
		Date:                   a.date,
		CredentialScope:        in.scope(),
		StringToSign:           sts,
	}
	if hasKey {
		kDate, kService, kSigning := signer.TC3Keys(in.secretKey, a.date, a.service)
		res.DerivedKeys = signer.DerivedKeys{SecretDate: hexOf(kDate), SecretService: hexOf(kService), SecretSigning: hexOf(kSigning)}
		res.Signature = sig
		res.Authorization = signer.TC3Authorization(a.secretID, in.scope(), a.signedHeaders, sig)
	}
	c.fillRequest(res, signer.AlgorithmTC3)
	c.rep.Expected = res
	c.diff(cr, sts)
	return sig
}

// explainConsistentTC3 names the cause when the signature is consistent
// but made with a scope the API rejects.
func (c *checker) explainConsistentTC3(a tc3Auth, ts int64) {
	if c.dateBad {
		if desc, ex := localOffsets(ts, a.date); desc != "" {
			c.cause("scope-date-local-time", message.New(message.VScopeDateLocalTime, a.date, desc, utcOffset(ex), signer.UTCDate(ts)))
		}
	}
	if c.serviceBad {
		c.cause("service-mismatch", message.New(message.VServiceMismatch2, strconv.Quote(a.service), c.req.Host, strconv.Quote(tencentService(c.req.Host))))
	}
}

// signedHeaderValue returns the received value of a signed header; host
// falls back to the capture's effective host (curl and HAR carry it in the URL).
func (c *checker) signedHeaderValue(name string) (string, bool) {
	if v, ok := c.header(name); ok {
		return v, true
	}
	if name == "host" && c.req.Host != "" {
		return c.req.Host, true
	}
	return "", false
}

// checkHostService rejects a scope service that is not the host's (when the
// host is a Tencent Cloud API host; the local endpoint's host is not).
func (c *checker) checkHostService(service, region string) {
	hs := tencentService(c.req.Host)
	if hs == "" {
		return
	}
	if hs != service {
		c.reject(CodeSignatureFailure, "scope-service-mismatch", message.New(message.VScopeServiceMismatch, strconv.Quote(service), c.req.Host, strconv.Quote(hs)))
		c.serviceBad = true
	}
}

func hasName(names []string, n string) bool {
	for _, x := range names {
		if x == n {
			return true
		}
	}
	return false
}

func sortedNames(names []string) bool {
	for i := 1; i < len(names); i++ {
		if names[i-1] > names[i] {
			return false
		}
	}
	return true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
