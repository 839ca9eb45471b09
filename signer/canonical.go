package signer

import (
	"encoding/base64"
	"strings"
)

// This file holds the strings both signature versions are made of, one
// small builder per step of Tencent's "Signature v3" and "Signature"
// (v1) documents. Sign runs the Append forms over one buffer; verify runs
// the same builders over what it received, so a fix to a step reaches both.

// CanonicalURI is the TC3 canonical URI: API 3.0 requests are sent to "/",
// and TC3 signs "/" whatever path is sent.
const CanonicalURI = "/"

// SortParams returns params with duplicate keys resolved (the last one
// wins) and sorted by key in byte order: "InstanceIds.10" < "InstanceIds.2".
func SortParams(params []Param) []Param { return sortParams(params) }

// EncodeParams returns params, already sorted, as a form string: each key
// and value escaped as Go's url.QueryEscape does, joined by '=' and '&'.
func EncodeParams(sorted []Param) string { return encodeParams(sorted) }

// CanonicalQuery returns the canonical query string of a TC3 GET: the
// parameters sorted and form-encoded, the exact bytes sent after "?".
func CanonicalQuery(params []Param) string { return encodeParams(sortParams(params)) }

// CanonicalHeaderValue returns a header value as TC3 signs it: trimmed and
// lower-cased (the documentation's example signs
// x-tc-action:describeinstances). Only ASCII letters are lower-cased, as
// Sign does.
func CanonicalHeaderValue(v string) string {
	v = strings.TrimSpace(v)
	for i := 0; i < len(v); i++ {
		if 'A' <= v[i] && v[i] <= 'Z' {
			return string(appendLowerTrim(make([]byte, 0, len(v)), v))
		}
	}
	return v
}

// appendCanonicalHeader appends one canonical header line,
// "name:value\n", with the value made canonical as it is written.
func appendCanonicalHeader(dst []byte, lowerName, value string) []byte {
	dst = append(dst, lowerName...)
	dst = append(dst, ':')
	dst = appendLowerTrim(dst, value)
	return append(dst, '\n')
}

// CanonicalHeaders returns the TC3 canonical headers: one "name:value\n"
// line per header, in the order given (SignedHeaders order), each value
// made canonical. Names must be lower case already.
func CanonicalHeaders(headers []Header) string {
	var b []byte
	for _, h := range headers {
		b = appendCanonicalHeader(b, h.Name, h.Value)
	}
	return string(b)
}

// AppendSignedHeaders appends the SignedHeaders list: the names joined by ';'.
func AppendSignedHeaders(dst []byte, lowerNames []string) []byte {
	for i, name := range lowerNames {
		if i > 0 {
			dst = append(dst, ';')
		}
		dst = append(dst, name...)
	}
	return dst
}

// AppendCanonicalRequest appends the TC3 canonical request:
//
//	HTTPRequestMethod + "\n" + CanonicalURI + "\n" + CanonicalQueryString + "\n" +
//	CanonicalHeaders + "\n" + SignedHeaders + "\n" + HashedRequestPayload
//
// canonicalHeaders ends with its own "\n", so a blank line follows it.
func AppendCanonicalRequest(dst []byte, method, uri, query, canonicalHeaders, signedHeaders, hashedPayload string) []byte {
	dst = append(dst, method...)
	dst = append(dst, '\n')
	dst = append(dst, uri...)
	dst = append(dst, '\n')
	dst = append(dst, query...)
	dst = append(dst, '\n')
	dst = append(dst, canonicalHeaders...)
	dst = append(dst, '\n')
	dst = append(dst, signedHeaders...)
	dst = append(dst, '\n')
	return append(dst, hashedPayload...)
}

// CanonicalRequest returns the TC3 canonical request; see AppendCanonicalRequest.
func CanonicalRequest(method, uri, query, canonicalHeaders, signedHeaders, hashedPayload string) string {
	n := len(method) + len(uri) + len(query) + len(canonicalHeaders) + len(signedHeaders) + len(hashedPayload) + 5
	return string(AppendCanonicalRequest(make([]byte, 0, n), method, uri, query, canonicalHeaders, signedHeaders, hashedPayload))
}

// SHA256Hex returns the lower-case hex SHA-256 of b: the hashed payload and
// the hashed canonical request of TC3.
func SHA256Hex(b []byte) string { return sha256Hex(b) }

// UTCDate returns the TC3 credential-scope date of a Unix timestamp: its UTC
// calendar date as YYYY-MM-DD.
func UTCDate(timestamp int64) string {
	return string(appendUTCDate(nil, timestamp))
}

// AppendCredentialScope appends the TC3 credential scope,
// Date + "/" + service + "/tc3_request".
func AppendCredentialScope(dst []byte, date, service string) []byte {
	dst = append(dst, date...)
	dst = append(dst, '/')
	dst = append(dst, service...)
	return append(dst, "/"+tc3Request...)
}

// CredentialScope returns the TC3 credential scope; see AppendCredentialScope.
func CredentialScope(date, service string) string {
	return date + "/" + service + "/" + tc3Request
}

// AppendTC3StringToSign appends the TC3 string to sign: the algorithm, the
// timestamp as sent, the credential scope and the canonical request's hash,
// one per line.
func AppendTC3StringToSign(dst []byte, timestamp, credentialScope, hashedCanonicalRequest string) []byte {
	dst = append(dst, AlgorithmTC3+"\n"...)
	dst = append(dst, timestamp...)
	dst = append(dst, '\n')
	dst = append(dst, credentialScope...)
	dst = append(dst, '\n')
	return append(dst, hashedCanonicalRequest...)
}

// TC3StringToSign returns the TC3 string to sign; see AppendTC3StringToSign.
func TC3StringToSign(timestamp, credentialScope, hashedCanonicalRequest string) string {
	return AlgorithmTC3 + "\n" + timestamp + "\n" + credentialScope + "\n" + hashedCanonicalRequest
}

// AppendTC3Authorization appends the Authorization header value:
// "TC3-HMAC-SHA256 Credential=<SecretId>/<scope>, SignedHeaders=<names>, Signature=<hex>".
func AppendTC3Authorization(dst []byte, secretID, credentialScope, signedHeaders, signature string) []byte {
	dst = append(dst, AlgorithmTC3+" Credential="...)
	dst = append(dst, secretID...)
	dst = append(dst, '/')
	dst = append(dst, credentialScope...)
	dst = append(dst, ", SignedHeaders="...)
	dst = append(dst, signedHeaders...)
	dst = append(dst, ", Signature="...)
	return append(dst, signature...)
}

// TC3Authorization returns the Authorization header value; see AppendTC3Authorization.
func TC3Authorization(secretID, credentialScope, signedHeaders, signature string) string {
	n := len(AlgorithmTC3) + len(secretID) + len(credentialScope) + len(signedHeaders) + len(signature) + 40
	return string(AppendTC3Authorization(make([]byte, 0, n), secretID, credentialScope, signedHeaders, signature))
}

// V1Params returns the parameters a v1 signature covers: params sorted as
// SortParams does, without Signature (it never signs itself).
func V1Params(params []Param) []Param {
	sorted := sortParams(params)
	for i, p := range sorted {
		if p.Key == "Signature" {
			return append(sorted[:i], sorted[i+1:]...)
		}
	}
	return sorted
}

// AppendV1StringToSign appends the v1 string to sign: method, host, path,
// "?" and the sorted parameters with raw (not URL-encoded) values.
func AppendV1StringToSign(dst []byte, method, host, path string, sorted []Param) []byte {
	dst = append(dst, method...)
	dst = append(dst, host...)
	dst = append(dst, path...)
	dst = append(dst, '?')
	for i, p := range sorted {
		if i > 0 {
			dst = append(dst, '&')
		}
		dst = append(dst, p.Key...)
		dst = append(dst, '=')
		dst = append(dst, p.Value...)
	}
	return dst
}

// V1StringToSign returns the v1 string to sign; see AppendV1StringToSign.
func V1StringToSign(method, host, path string, sorted []Param) string {
	return string(AppendV1StringToSign(make([]byte, 0, v1StringToSignLen(method, host, path, sorted)), method, host, path, sorted))
}

func v1StringToSignLen(method, host, path string, sorted []Param) int {
	n := len(method) + len(host) + len(path) + 1
	for _, p := range sorted {
		n += len(p.Key) + len(p.Value) + 2
	}
	return n
}

// V1Signature returns the Base64 HMAC of a v1 string to sign under the
// SecretKey: HMAC-SHA256 when signatureMethod is HmacSHA256, else HMAC-SHA1
// (the server's rule when SignatureMethod is absent).
func V1Signature(signatureMethod, secretKey, stringToSign string) string {
	return v1Signature(signatureMethod, secretKey, []byte(stringToSign))
}

func v1Signature(signatureMethod, secretKey string, stringToSign []byte) string {
	var sum [32]byte
	mac := newMAC(signatureMethod == HmacSHA256).sum(sum[:0], []byte(secretKey), stringToSign)
	return base64.StdEncoding.EncodeToString(mac)
}
