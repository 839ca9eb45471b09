// Package signer signs Tencent Cloud API 3.0 requests with TC3-HMAC-SHA256 and the
// older HmacSHA1 / HmacSHA256 method, and returns every intermediate step.
//
// The package is pure: it reads no clock, draws no random numbers and does no I/O.
// Callers resolve "now", the nonce and the host at the edge and pass them in.
package signer

import "github.com/tcsig/tcsig/protocol"

// The signature methods, from the rule book (package protocol), under the
// names the signer's Request.SignatureMethod has always taken. Header
// names, content types and size limits have their one home in protocol:
// use protocol.HeaderHost, protocol.ContentTypeJSON, protocol.LimitGET.
const (
	AlgorithmTC3 = protocol.AlgorithmTC3
	HmacSHA1     = protocol.HmacSHA1
	HmacSHA256   = protocol.HmacSHA256
)

const (
	tc3Request      = protocol.TC3Request
	unsignedPayload = protocol.UnsignedPayload
	// emptySHA256 is the hex SHA-256 of no bytes: the payload hash of every GET.
	emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
)
