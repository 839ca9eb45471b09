// Package signer signs Tencent Cloud API 3.0 requests with TC3-HMAC-SHA256 and the
// older HmacSHA1 / HmacSHA256 method, and returns every intermediate step.
//
// The package is pure: it reads no clock, draws no random numbers and does no I/O.
// Callers resolve "now", the nonce and the host at the edge and pass them in.
package signer

import "github.com/tcsig/tcsig/protocol"

// The protocol's names and limits, from the rule book (package protocol),
// under the names the signer has always exported.

// Signature methods.
const (
	AlgorithmTC3 = protocol.AlgorithmTC3
	HmacSHA1     = protocol.HmacSHA1
	HmacSHA256   = protocol.HmacSHA256
)

// Header names as the documentation spells them.
const (
	HeaderAuthorization = protocol.HeaderAuthorization
	HeaderContentType   = protocol.HeaderContentType
	HeaderHost          = protocol.HeaderHost
	HeaderAction        = protocol.HeaderAction
	HeaderVersion       = protocol.HeaderVersion
	HeaderTimestamp     = protocol.HeaderTimestamp
	HeaderRegion        = protocol.HeaderRegion
	HeaderToken         = protocol.HeaderToken
	HeaderLanguage      = protocol.HeaderLanguage
	HeaderContentSHA256 = protocol.HeaderContentSHA256
)

// Content types and their rules ("Request Structure", 请求结构).
const (
	ContentTypeJSON      = protocol.ContentTypeJSON
	ContentTypeForm      = protocol.ContentTypeForm
	ContentTypeMultipart = protocol.ContentTypeMultipart
	ContentTypeOctet     = protocol.ContentTypeOctet
)

// Size limits: a GET's query, an HmacSHA1/256 POST body, a TC3 POST body.
const (
	LimitGET     = protocol.LimitGET
	LimitPOSTV1  = protocol.LimitPOSTV1
	LimitPOSTTC3 = protocol.LimitPOSTTC3
)

const (
	tc3Request      = protocol.TC3Request
	unsignedPayload = protocol.UnsignedPayload
	// emptySHA256 is the hex SHA-256 of no bytes: the payload hash of every GET.
	emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
)
