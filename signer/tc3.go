package signer

import (
	"crypto/sha256"
	"slices"
	"strconv"
	"strings"
	"time"
)

const dateLayout = "2006-01-02" // TC3 dates have dashes (AWS's do not)

// Sign signs r with c and returns the trace. It dispatches on
// r.SignatureMethod: TC3-HMAC-SHA256 (the default), HmacSHA256 or HmacSHA1.
func Sign(r *Request, c Credentials) (*Result, error) {
	q, err := normalize(r, c)
	if err != nil {
		return nil, err
	}
	if q.SignatureMethod == AlgorithmTC3 {
		return signTC3(&q, c)
	}
	return signV1(&q, c)
}

func signTC3(r *Request, c Credentials) (*Result, error) {
	res := &Result{SignatureMethod: AlgorithmTC3, Method: r.Method, Body: r.Payload}
	if r.OmitSignatureMethod {
		return nil, &FieldError{"omitSignatureMethod", "applies to HmacSHA1 only"}
	}

	// The query (GET) or the body (POST) carries the action parameters.
	var query string
	switch r.Method {
	case "GET":
		if len(r.Payload) > 0 {
			return nil, &FieldError{"data", "a GET request has no body: its parameters go in the query string"}
		}
		query = encodeParams(sortParams(r.Params))
	default:
		if len(r.Params) > 0 {
			return nil, &FieldError{"params", "TC3-HMAC-SHA256 POST sends its parameters as the body; params apply to GET and HmacSHA1/256 only"}
		}
		if MediaType(r.ContentType) == ContentTypeJSON {
			if err := CheckUTF8("body", r.Payload); err != nil {
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

	// Step 1: the hashed payload, then the canonical request.
	hashedPayload, err := payloadHash(r)
	if err != nil {
		return nil, err
	}
	ts := strconv.FormatInt(r.Timestamp, 10)
	headers := tc3Headers(r, c, ts)
	names, err := signedHeaderNames(r.SignedHeaders)
	if err != nil {
		return nil, err
	}

	cr := make([]byte, 0, 256+len(query))
	cr = append(cr, r.Method...)
	cr = append(cr, "\n/\n"...)
	cr = append(cr, query...)
	cr = append(cr, '\n')
	hdrStart := len(cr)
	for _, name := range names {
		v, ok := lookup(headers, name)
		if !ok {
			return nil, &FieldError{"signedHeaders", name + " is signed but not sent"}
		}
		cr = append(cr, name...)
		cr = append(cr, ':')
		cr = appendLowerTrim(cr, v)
		cr = append(cr, '\n')
	}
	hdrEnd := len(cr)
	cr = append(cr, '\n')
	for i, name := range names {
		if i > 0 {
			cr = append(cr, ';')
		}
		cr = append(cr, name...)
	}
	shEnd := len(cr)
	cr = append(cr, '\n')
	cr = append(cr, hashedPayload...)
	canonical := string(cr)
	res.CanonicalRequest = canonical
	res.CanonicalQuery = query
	res.CanonicalHeaders = canonical[hdrStart:hdrEnd]
	res.SignedHeaders = canonical[hdrEnd+1 : shEnd]
	res.HashedPayload = canonical[len(canonical)-len(hashedPayload):]

	// Step 2: the string to sign. The date, service and "tc3_request" the
	// key chain needs are read back out of it, so nothing is built twice.
	crSum := sha256.Sum256(cr)
	sts := make([]byte, 0, 128+len(r.Service))
	sts = append(sts, AlgorithmTC3...)
	sts = append(sts, '\n')
	sts = append(sts, ts...)
	sts = append(sts, '\n')
	scopeStart := len(sts)
	sts = time.Unix(r.Timestamp, 0).UTC().AppendFormat(sts, dateLayout)
	dateEnd := len(sts)
	sts = append(sts, '/')
	sts = append(sts, r.Service...)
	serviceEnd := len(sts)
	sts = append(sts, "/"+tc3Request...)
	scopeEnd := len(sts)
	sts = append(sts, '\n')
	sts = appendHex(sts, crSum[:])
	stringToSign := string(sts)
	res.StringToSign = stringToSign
	res.CredentialScope = stringToSign[scopeStart:scopeEnd]
	res.Date = stringToSign[scopeStart:dateEnd]
	res.HashedCanonicalRequest = stringToSign[len(stringToSign)-64:]

	// Step 3: the key chain and the signature.
	m := newMAC(true)
	secret := append(append(m.secret[:0], "TC3"...), c.SecretKey...)
	m.sum(m.kDate[:0], secret, sts[scopeStart:dateEnd])
	m.sum(m.kService[:0], m.kDate[:], sts[dateEnd+1:serviceEnd])
	m.sum(m.kSigning[:0], m.kService[:], sts[serviceEnd+1:scopeEnd])
	m.sum(m.sig[:0], m.kSigning[:], sts)
	hx := make([]byte, 0, 64*4)
	hx = appendHex(hx, m.kDate[:])
	hx = appendHex(hx, m.kService[:])
	hx = appendHex(hx, m.kSigning[:])
	hx = appendHex(hx, m.sig[:])
	keys := string(hx)
	res.DerivedKeys = DerivedKeys{SecretDate: keys[:64], SecretService: keys[64:128], SecretSigning: keys[128:192]}
	res.Signature = keys[192:]

	// Step 4: the Authorization header.
	res.Authorization = AlgorithmTC3 + " Credential=" + c.SecretID + "/" + res.CredentialScope +
		", SignedHeaders=" + res.SignedHeaders + ", Signature=" + res.Signature

	headers[0].Value = res.Authorization
	res.Headers = headers
	res.Size.HeaderBytes = headerBytes(headers)
	res.URL = "https://" + r.Host + r.Path
	if query != "" {
		res.URL += "?" + query
	}
	if r.Path != "/" {
		res.Warnings = append(res.Warnings, "path "+r.Path+" is sent but TC3 signs the canonical URI \"/\"; API 3.0 uses \"/\" only")
	}
	return res, nil
}

// payloadHash returns the hex hash to sign: of UNSIGNED-PAYLOAD, the
// caller's precomputed hash, or the body's own.
func payloadHash(r *Request) (string, error) {
	switch {
	case r.UnsignedPayload:
		return unsignedPayloadSHA256, nil
	case r.PayloadHash != "":
		h := strings.ToLower(r.PayloadHash)
		if len(h) != 64 || strings.Trim(h, "0123456789abcdef") != "" {
			return "", &FieldError{"payloadHash", "must be the 64-character hex SHA-256 of the body"}
		}
		return h, nil
	case r.Method == "GET" || len(r.Payload) == 0:
		return emptySHA256, nil
	}
	return sha256Hex(r.Payload), nil
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
			return nil, &FieldError{"signedHeaders", "invalid header name " + strconv.Quote(n)}
		}
		if n == "authorization" {
			return nil, &FieldError{"signedHeaders", "authorization cannot sign itself"}
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
