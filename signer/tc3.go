package signer

import (
	"crypto/sha256"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
)

// concurrentUTF8Check is the JSON body size from which its UTF-8 check runs
// beside its hash rather than before it.
const concurrentUTF8Check = 1 << 20

// Sign signs r with c and returns the trace. It dispatches on
// r.SignatureMethod: TC3-HMAC-SHA256 (the default), HmacSHA256 or HmacSHA1.
func Sign(r *Request, c Credentials) (*Result, error) {
	var once *Signer // a nil Signer remembers no key chain
	return once.Sign(r, c)
}

// signTC3 follows the steps of Tencent's "Signature v3" document. Every
// string of the trace is written, in step order, into one buffer that the
// Result's fields view (see tc3Writer).
func signTC3(r *Request, c Credentials, cache *Signer) (*Result, error) {
	res := &Result{SignatureMethod: AlgorithmTC3, Method: r.Method, Body: r.Payload}
	query, checkBody, err := tc3Parameters(r)
	if err != nil {
		return nil, err
	}
	used := len(r.Payload)
	if r.Method == "GET" {
		used = len(query)
	}
	if res.Size, err = checkSize(r.Method, r.SignatureMethod, used); err != nil {
		return nil, err
	}
	ts := strconv.FormatInt(r.Timestamp, 10)
	headers := tc3Headers(r, c, ts)
	names, err := signedHeaderNames(r.SignedHeaders)
	if err != nil {
		return nil, err
	}

	w := tc3Writer{res: res, b: make([]byte, 0, tc3BufferSize(r, c, query))}
	// Step 1: concatenate the canonical request string.
	if err := w.canonicalRequest(r, query, headers, names, checkBody); err != nil {
		return nil, err
	}
	// Step 2: concatenate the string to sign.
	w.stringToSign(ts, r.Timestamp, r.Service)
	// Step 3: calculate the signature.
	w.signature(c.SecretKey, r.Service, cache)
	// Step 4: concatenate the Authorization.
	w.authorization(c.SecretID)
	w.url(r.Host, r.Path, query)

	headers[0].Value = res.Authorization
	res.Headers = headers
	res.Size.HeaderBytes = headerBytes(headers)
	if r.Path != "/" {
		res.warn(message.New(message.TC3PathWarning, r.Path))
	}
	return res, nil
}

// tc3Parameters checks where a TC3 request carries its action parameters
// (the query of a GET, the body of a POST) and returns the canonical query.
// checkBody reports a JSON body large enough to have its UTF-8 check run
// beside its hash.
func tc3Parameters(r *Request) (query string, checkBody bool, err error) {
	if r.OmitSignatureMethod {
		return "", false, fieldErr("OmitSignatureMethod", message.TC3OmitSigMethod)
	}
	if r.Method == "GET" {
		if len(r.Payload) > 0 {
			return "", false, fieldErr("Payload", message.TC3GETBody)
		}
		return CanonicalQuery(r.Params), false, nil
	}
	if len(r.Params) > 0 {
		return "", false, fieldErr("Params", message.TC3POSTParams)
	}
	if MediaType(r.ContentType) != protocol.ContentTypeJSON {
		return "", false, nil
	}
	if len(r.Payload) >= concurrentUTF8Check {
		return "", true, nil
	}
	return "", false, CheckUTF8("body", r.Payload)
}

// tc3BufferSize is the trace buffer's capacity: every string of the trace
// fits, so it is allocated once.
func tc3BufferSize(r *Request, c Credentials, query string) int {
	return 768 + 2*len(query) + 2*len(r.Host) + len(c.SecretID) + 2*len(r.Service) + len(r.ContentType)
}

// tc3Writer writes the TC3 trace into one buffer, step by step, and points
// the Result's strings at what each step wrote. The strings share b's
// memory rather than a copy of it (as strings.Builder does): bytes once
// written are never written again, and a later step that outgrows b moves
// on to a new array, leaving the old one to the strings that view it.
//
// A step's parts (the canonical headers, the credential scope …) are built
// in a scratch buffer on the stack and copied into b by the builder that
// joins them; the trace views them inside the joined string, so b holds
// each byte once and its size class stays as small as it can.
type tc3Writer struct {
	res *Result
	b   []byte
	cr  []byte // the canonical request, hashed in step 2
	sts []byte // the string to sign, signed in step 3
}

// since returns what was written from start on.
func (w *tc3Writer) since(start int) string {
	return unsafe.String(unsafe.SliceData(w.b[start:]), len(w.b)-start)
}

// view returns a scratch buffer's bytes as a string for a builder to copy;
// it must not outlive the scratch.
func view(p []byte) string { return unsafe.String(unsafe.SliceData(p), len(p)) }

// canonicalRequest builds the canonical headers, the signed headers and the
// hashed payload, then writes the canonical request joined from them.
func (w *tc3Writer) canonicalRequest(r *Request, query string, headers Headers, names []string, checkBody bool) error {
	var scratch [320]byte
	p := scratch[:0]
	for _, name := range names {
		v, ok := lookup(headers, name)
		if !ok {
			return fieldErr("SignedHeaders", message.TC3SignedNotSent, name)
		}
		p = appendCanonicalHeader(p, name, v)
	}
	hdrEnd := len(p)
	p = AppendSignedHeaders(p, names)
	shEnd := len(p)

	var bodyErr <-chan error
	if checkBody {
		// A large JSON body is checked for UTF-8 while it is hashed, so
		// signing 10 MB costs what hashing it does (with a second core).
		bodyErr = checkUTF8Async("body", r.Payload)
	}
	p, err := appendPayloadHash(p, r)
	if bodyErr != nil {
		if utf8Err := <-bodyErr; utf8Err != nil {
			return utf8Err
		}
	}
	if err != nil {
		return err
	}
	hdrs, sh, hp := view(p[:hdrEnd]), view(p[hdrEnd:shEnd]), view(p[shEnd:])

	start := len(w.b)
	w.b = AppendCanonicalRequest(w.b, r.Method, CanonicalURI, query, hdrs, sh, hp)
	w.cr = w.b[start:]
	cr := w.since(start)
	// The parts, inside the canonical request: method, URI and query come
	// first, each ended by '\n'; the signed headers follow the blank line.
	at := len(r.Method) + len(CanonicalURI) + len(query) + 3
	res := w.res
	res.CanonicalRequest = cr
	res.CanonicalQuery = query
	res.CanonicalHeaders = cr[at : at+len(hdrs)]
	at += len(hdrs) + 1
	res.SignedHeaders = cr[at : at+len(sh)]
	res.HashedPayload = cr[len(cr)-len(hp):]
	return nil
}

// stringToSign builds the date, the credential scope and the hashed
// canonical request, then writes the string to sign joined from them.
func (w *tc3Writer) stringToSign(ts string, timestamp int64, service string) {
	var dateBuf [16]byte
	date := appendUTCDate(dateBuf[:0], timestamp)
	var scratch [192]byte
	p := AppendCredentialScope(scratch[:0], view(date), service)
	scopeEnd := len(p)
	sum := sha256.Sum256(w.cr)
	p = appendHex(p, sum[:])
	scope, hcr := view(p[:scopeEnd]), view(p[scopeEnd:])

	start := len(w.b)
	w.b = AppendTC3StringToSign(w.b, ts, scope, hcr)
	w.sts = w.b[start:]
	sts := w.since(start)
	// The parts, inside the string to sign: the algorithm and the
	// timestamp come first, each ended by '\n'.
	at := len(AlgorithmTC3) + len(ts) + 2
	res := w.res
	res.StringToSign = sts
	res.CredentialScope = sts[at : at+len(scope)]
	res.Date = res.CredentialScope[:len(date)]
	res.HashedCanonicalRequest = sts[len(sts)-len(hcr):]
}

// signature derives the key chain (or takes it from cache) and writes it
// and the signature in hex.
func (w *tc3Writer) signature(secretKey, service string, cache *Signer) {
	res := w.res
	chain, ok := cache.lookup(secretKey, res.Date, service)
	if !ok {
		chain = deriveKeys(secretKey, res.Date, service)
		cache.remember(secretKey, res.Date, service, chain)
	}
	sig := hmacSHA256(chain[2][:], w.sts)
	hex := func(sum []byte) string {
		start := len(w.b)
		w.b = appendHex(w.b, sum)
		return w.since(start)
	}
	res.DerivedKeys = DerivedKeys{SecretDate: hex(chain[0][:]), SecretService: hex(chain[1][:]), SecretSigning: hex(chain[2][:])}
	res.Signature = hex(sig[:])
}

// authorization writes the Authorization header value.
func (w *tc3Writer) authorization(secretID string) {
	res := w.res
	start := len(w.b)
	w.b = AppendTC3Authorization(w.b, secretID, res.CredentialScope, res.SignedHeaders, res.Signature)
	res.Authorization = w.since(start)
}

// url writes the URL to send: the GET parameters go in its query.
func (w *tc3Writer) url(host, path, query string) {
	start := len(w.b)
	w.b = append(w.b, "https://"...)
	w.b = append(w.b, host...)
	w.b = append(w.b, path...)
	if query != "" {
		w.b = append(w.b, '?')
		w.b = append(w.b, query...)
	}
	w.res.URL = w.since(start)
}

// checkUTF8Async runs CheckUTF8 on its own goroutine. (A function of its
// own: a goroutine closure inside signTC3 would move its captured
// variables to the heap on every signing.)
func checkUTF8Async(field string, s []byte) <-chan error {
	done := make(chan error, 1)
	go func() { done <- CheckUTF8(field, s) }()
	return done
}

// appendPayloadHash appends the hex hash to sign: of UNSIGNED-PAYLOAD, the
// caller's precomputed hash, or the body's own.
func appendPayloadHash(dst []byte, r *Request) ([]byte, error) {
	switch {
	case r.UnsignedPayload:
		return append(dst, UnsignedPayloadSHA256...), nil
	case r.PayloadHash != "":
		h := strings.ToLower(r.PayloadHash)
		if len(h) != 64 || strings.Trim(h, "0123456789abcdef") != "" {
			return dst, fieldErr("PayloadHash", message.TC3PayloadHash)
		}
		return append(dst, h...), nil
	case r.Method == "GET" || len(r.Payload) == 0:
		return append(dst, emptySHA256...), nil
	}
	sum := sha256.Sum256(r.Payload)
	return appendHex(dst, sum[:]), nil
}

// UnsignedPayloadSHA256 is the hashed payload of a request sent with
// X-TC-Content-SHA256: UNSIGNED-PAYLOAD: the hex SHA-256 of those 16 bytes.
const UnsignedPayloadSHA256 = "438d4109ef0d676b8c2c7ed13cdfcb418e494d53b843d4634ce3b1085f07bb96"

// tc3Headers builds the headers to send; the first one is Authorization,
// filled in last.
func tc3Headers(r *Request, c Credentials, ts string) Headers {
	h := make(Headers, 0, 10+len(r.Header))
	h = append(h,
		Header{protocol.HeaderAuthorization, ""},
		Header{protocol.HeaderContentType, r.ContentType},
		Header{protocol.HeaderHost, r.Host},
		Header{protocol.HeaderAction, r.Action},
		Header{protocol.HeaderVersion, r.Version},
		Header{protocol.HeaderTimestamp, ts},
	)
	if r.Region != "" {
		h = append(h, Header{protocol.HeaderRegion, r.Region})
	}
	if c.Token != "" {
		h = append(h, Header{protocol.HeaderToken, c.Token})
	}
	if r.Language != "" {
		h = append(h, Header{protocol.HeaderLanguage, r.Language})
	}
	if r.UnsignedPayload {
		h = append(h, Header{protocol.HeaderContentSHA256, unsignedPayload})
	}
	return append(h, r.Header...)
}

// signedHeaderNames returns content-type, host and the extra names,
// lower-cased, trimmed, de-duplicated and sorted.
func signedHeaderNames(extra []string) ([]string, error) {
	if len(extra) == 0 {
		return defaultSignedHeaders, nil
	}
	names := make([]string, 0, len(extra)+2)
	names = append(names, "content-type", "host")
	for _, n := range extra {
		n = strings.ToLower(strings.TrimSpace(n))
		if n == "" {
			continue
		}
		if strings.ContainsAny(n, " :;\t\r\n") {
			return nil, fieldErr("SignedHeaders", message.TC3BadHeaderName, strconv.Quote(n))
		}
		if n == "authorization" {
			return nil, fieldErr("SignedHeaders", message.TC3SignsAuth)
		}
		names = append(names, n)
	}
	slices.Sort(names)
	return slices.Compact(names), nil
}

var defaultSignedHeaders = []string{"content-type", "host"}

func lookup(h Headers, lowerName string) (string, bool) {
	for _, f := range h {
		if strings.EqualFold(f.Name, lowerName) {
			return f.Value, true
		}
	}
	return "", false
}

// appendLowerTrim appends the canonical header value: trimmed and lower-cased
// as the documentation says (its example signs x-tc-action:describeinstances).
func appendLowerTrim(dst []byte, v string) []byte {
	v = strings.TrimSpace(v)
	for i := 0; i < len(v); i++ {
		c := v[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func headerBytes(h Headers) int {
	n := 0
	for _, f := range h {
		n += len(f.Name) + len(f.Value) + 4 // ": " and CRLF
	}
	return n
}
