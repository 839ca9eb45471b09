// Package signer signs Tencent Cloud API 3.0 requests with TC3-HMAC-SHA256 and the
// older HmacSHA1 / HmacSHA256 method, and returns every intermediate step.
//
// The package is pure: it reads no clock, draws no random numbers and does no I/O.
// Callers resolve "now", the nonce and the host at the edge and pass them in.
package signer

// Signature methods.
const (
	AlgorithmTC3 = "TC3-HMAC-SHA256"
	HmacSHA1     = "HmacSHA1"
	HmacSHA256   = "HmacSHA256"
)

// Header names as the documentation spells them. HTTP header names are
// case-insensitive; the Go SDK sends the canonical form (X-Tc-Action).
const (
	HeaderAuthorization = "Authorization"
	HeaderContentType   = "Content-Type"
	HeaderHost          = "Host"
	HeaderAction        = "X-TC-Action"
	HeaderVersion       = "X-TC-Version"
	HeaderTimestamp     = "X-TC-Timestamp"
	HeaderRegion        = "X-TC-Region"
	HeaderToken         = "X-TC-Token"
	HeaderLanguage      = "X-TC-Language"
	HeaderContentSHA256 = "X-TC-Content-SHA256"
)

// Content types and their rules ("Request Structure", 请求结构).
const (
	ContentTypeJSON      = "application/json"
	ContentTypeForm      = "application/x-www-form-urlencoded"
	ContentTypeMultipart = "multipart/form-data"
	ContentTypeOctet     = "application/octet-stream"
)

// Size limits. KB = 1,024 bytes, MB = 1,048,576 bytes. Tencent does not
// publish its exact accounting; we count the POST body bytes and the GET
// query-string bytes.
const (
	LimitGET     = 32 << 10
	LimitPOSTV1  = 1 << 20
	LimitPOSTTC3 = 10 << 20
)

const (
	tc3Request      = "tc3_request"
	unsignedPayload = "UNSIGNED-PAYLOAD"
	// emptySHA256 is the hex SHA-256 of no bytes: the payload hash of every GET.
	emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
)
