package protocol

// Signature methods, as the SignatureMethod parameter and the
// Authorization header spell them.
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

// UnsignedPayload is the X-TC-Content-SHA256 value that asks for the body
// to go unsigned: TC3 then hashes these 16 bytes instead of the body.
const UnsignedPayload = "UNSIGNED-PAYLOAD"

// TC3Request ends every TC3 credential scope and is the last message of
// its key chain.
const TC3Request = "tc3_request"
