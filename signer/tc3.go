package signer

import (
	"crypto/sha256"
	"slices"
	"strconv"
	"strings"
	"unsafe"
)

// concurrentUTF8Check is the JSON body size from which its UTF-8 check runs
// beside its hash rather than before it.
const concurrentUTF8Check = 1 << 20

// Sign signs r with c and returns the trace. It dispatches on
// r.SignatureMethod: TC3-HMAC-SHA256 (the default), HmacSHA256 or HmacSHA1.
func Sign(r *Request, c Credentials) (*Result, error) {
	q, err := normalize(r, c)
	if err != nil {
		return nil, err
	}
	if q.SignatureMethod == AlgorithmTC3 {
		return signTC3(&q, c, nil)
	}
	return signV1(&q, c)
}

func signTC3(r *Request, c Credentials, cache *Signer) (*Result, error) {
	res := &Result{SignatureMethod: AlgorithmTC3, Method: r.Method, Body: r.Payload}
	if r.OmitSignatureMethod {
		return nil, &FieldError{"OmitSignatureMethod", "applies to HmacSHA1 only"}
	}

	// The query (GET) or the body (POST) carries the action parameters.
	var query string
	checkBody := false
	switch r.Method {
	case "GET":
		if len(r.Payload) > 0 {
			return nil, &FieldError{"Payload", "a GET request has no body: its parameters go in the query string"}
		}
		query = encodeParams(sortParams(r.Params))
	default:
		if len(r.Params) > 0 {
			return nil, &FieldError{"Params", "TC3-HMAC-SHA256 POST sends its parameters as the JSON body; params apply to GET and HmacSHA1/256 only"}
		}
		if MediaType(r.ContentType) == ContentTypeJSON {
			if len(r.Payload) >= concurrentUTF8Check {
				checkBody = true // below, beside the hash
			} else if err := CheckUTF8("body", r.Payload); err != nil {
				return nil, err
			}
		}
	}
	used := len(r.Payload)
	if r.Method == "GET" {
		used = len(query)
	}
	size, err := checkSize(r.Method, r.SignatureMethod, used)
	if err != nil {
		return nil, err
	}
	res.Size = size

	ts := strconv.FormatInt(r.Timestamp, 10)
	headers := tc3Headers(r, c, ts)
	names, err := signedHeaderNames(r.SignedHeaders)
	if err != nil {
		return nil, err
	}

	// Every string of the trace is a substring of one buffer, written in
	// step order and hashed as it is written: canonical request, string to
	// sign, the key chain and signature in hex, Authorization, URL.
	b := make([]byte, 0, 768+2*len(query)+2*len(r.Host)+len(c.SecretID)+2*len(r.Service)+len(r.ContentType))

	// Step 1: the canonical request, ending with the hashed payload.
	b = append(b, r.Method...)
	b = append(b, "\n/\n"...)
	b = append(b, query...)
	b = append(b, '\n')
	hdrStart := len(b)
	for _, name := range names {
		v, ok := lookup(headers, name)
		if !ok {
			return nil, &FieldError{"SignedHeaders", name + " is signed but not sent"}
		}
		b = append(b, name...)
		b = append(b, ':')
		b = appendLowerTrim(b, v)
		b = append(b, '\n')
	}
	hdrEnd := len(b)
	b = append(b, '\n')
	for i, name := range names {
		if i > 0 {
			b = append(b, ';')
		}
		b = append(b, name...)
	}
	shEnd := len(b)
	b = append(b, '\n')
	var bodyErr <-chan error
	if checkBody {
		// A large JSON body is checked for UTF-8 while it is hashed, so
		// signing 10 MB costs what hashing it does (with a second core).
		bodyErr = checkUTF8Async("body", r.Payload)
	}
	b, err = appendPayloadHash(b, r)
	if bodyErr != nil {
		if utf8Err := <-bodyErr; utf8Err != nil {
			return nil, utf8Err
		}
	}
	if err != nil {
		return nil, err
	}
	crEnd := len(b)

	// Step 2: the string to sign. The date, service and "tc3_request" the
	// key chain needs are read back out of it, so nothing is built twice.
	crSum := sha256.Sum256(b[:crEnd])
	b = append(b, AlgorithmTC3...)
	b = append(b, '\n')
	b = append(b, ts...)
	b = append(b, '\n')
	scopeStart := len(b)
	b = appendUTCDate(b, r.Timestamp)
	dateEnd := len(b)
	b = append(b, '/')
	b = append(b, r.Service...)
	serviceEnd := len(b)
	b = append(b, "/"+tc3Request...)
	scopeEnd := len(b)
	b = append(b, '\n')
	b = appendHex(b, crSum[:])
	stsEnd := len(b)

	// Step 3: the key chain and the signature.
	date, service := b[scopeStart:dateEnd], b[dateEnd+1:serviceEnd]
	chain, ok := cache.lookup(c.SecretKey, date, service)
	if !ok {
		chain = deriveKeys(c.SecretKey, date, service)
		cache.remember(c.SecretKey, date, service, chain)
	}
	kDate, kService, kSigning := chain[0], chain[1], chain[2]
	sig := hmacSHA256(kSigning[:], b[crEnd:stsEnd])
	b = appendHex(b, kDate[:])
	b = appendHex(b, kService[:])
	b = appendHex(b, kSigning[:])
	b = appendHex(b, sig[:])
	sigEnd := len(b)

	// Step 4: the Authorization header.
	b = append(b, AlgorithmTC3+" Credential="...)
	b = append(b, c.SecretID...)
	b = append(b, '/')
	b = append(b, b[scopeStart:scopeEnd]...)
	b = append(b, ", SignedHeaders="...)
	b = append(b, b[hdrEnd+1:shEnd]...)
	b = append(b, ", Signature="...)
	b = append(b, b[sigEnd-64:sigEnd]...)
	authEnd := len(b)

	// The URL to send.
	b = append(b, "https://"...)
	b = append(b, r.Host...)
	b = append(b, r.Path...)
	if query != "" {
		b = append(b, '?')
		b = append(b, query...)
	}

	// The trace's strings share b's memory rather than a copy of it
	// (as strings.Builder does): b is never written after this line.
	t := unsafe.String(unsafe.SliceData(b), len(b))
	res.CanonicalRequest = t[:crEnd]
	res.CanonicalQuery = query
	res.CanonicalHeaders = t[hdrStart:hdrEnd]
	res.SignedHeaders = t[hdrEnd+1 : shEnd]
	res.HashedPayload = t[crEnd-64 : crEnd]
	res.StringToSign = t[crEnd:stsEnd]
	res.CredentialScope = t[scopeStart:scopeEnd]
	res.Date = t[scopeStart:dateEnd]
	res.HashedCanonicalRequest = t[stsEnd-64 : stsEnd]
	keys := t[stsEnd:sigEnd]
	res.DerivedKeys = DerivedKeys{SecretDate: keys[:64], SecretService: keys[64:128], SecretSigning: keys[128:192]}
	res.Signature = keys[192:]
	res.Authorization = t[sigEnd:authEnd]
	res.URL = t[authEnd:]

	headers[0].Value = res.Authorization
	res.Headers = headers
	res.Size.HeaderBytes = headerBytes(headers)
	if r.Path != "/" {
		res.Warnings = append(res.Warnings, "path "+r.Path+" is sent but TC3 signs the canonical URI \"/\"; API 3.0 uses \"/\" only")
	}
	return res, nil
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
		return append(dst, unsignedPayloadSHA256...), nil
	case r.PayloadHash != "":
		h := strings.ToLower(r.PayloadHash)
		if len(h) != 64 || strings.Trim(h, "0123456789abcdef") != "" {
			return dst, &FieldError{"PayloadHash", "must be the 64-character hex SHA-256 of the body"}
		}
		return append(dst, h...), nil
	case r.Method == "GET" || len(r.Payload) == 0:
		return append(dst, emptySHA256...), nil
	}
	sum := sha256.Sum256(r.Payload)
	return appendHex(dst, sum[:]), nil
}

// unsignedPayloadSHA256 is the hex SHA-256 of the 16 bytes "UNSIGNED-PAYLOAD".
const unsignedPayloadSHA256 = "438d4109ef0d676b8c2c7ed13cdfcb418e494d53b843d4634ce3b1085f07bb96"

// tc3Headers builds the headers to send; the first one is Authorization,
// filled in last.
func tc3Headers(r *Request, c Credentials, ts string) Headers {
	h := make(Headers, 0, 10+len(r.Header))
	h = append(h,
		Header{HeaderAuthorization, ""},
		Header{HeaderContentType, r.ContentType},
		Header{HeaderHost, r.Host},
		Header{HeaderAction, r.Action},
		Header{HeaderVersion, r.Version},
		Header{HeaderTimestamp, ts},
	)
	if r.Region != "" {
		h = append(h, Header{HeaderRegion, r.Region})
	}
	if c.Token != "" {
		h = append(h, Header{HeaderToken, c.Token})
	}
	if r.Language != "" {
		h = append(h, Header{HeaderLanguage, r.Language})
	}
	if r.UnsignedPayload {
		h = append(h, Header{HeaderContentSHA256, unsignedPayload})
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
			return nil, &FieldError{"SignedHeaders", "invalid header name " + strconv.Quote(n)}
		}
		if n == "authorization" {
			return nil, &FieldError{"SignedHeaders", "authorization cannot sign itself"}
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
