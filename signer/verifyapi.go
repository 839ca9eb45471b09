package signer

import (
	"encoding/base64"
)

// This file exports the signing steps a verifier needs to recompute a
// signature from strings it rebuilt itself (the raw received query, a
// variant canonical request) rather than from a Request.

// SHA256Hex returns the lower-case hex SHA-256 of b: the hashed payload and
// the hashed canonical request of TC3.
func SHA256Hex(b []byte) string { return sha256Hex(b) }

// UTCDate returns the TC3 credential-scope date of a Unix timestamp: its UTC
// calendar date as YYYY-MM-DD.
func UTCDate(timestamp int64) string {
	return string(appendUTCDate(nil, timestamp))
}

// TC3Keys derives the TC3 key chain for one scope: kDate from
// "TC3"+secretKey and date, kService from service, kSigning from
// "tc3_request". Raw 32-byte digests, as the protocol chains them.
func TC3Keys(secretKey, date, service string) (kDate, kService, kSigning [32]byte) {
	m := newMAC(true)
	secret := make([]byte, 0, 3+len(secretKey))
	secret = append(append(secret, "TC3"...), secretKey...)
	m.sum(kDate[:0], secret, []byte(date))
	m.sum(kService[:0], kDate[:], []byte(service))
	m.sum(kSigning[:0], kService[:], []byte(tc3Request))
	return kDate, kService, kSigning
}

// TC3StringToSign joins the TC3 string to sign: the algorithm, the
// timestamp as sent, the credential scope and the canonical request's hash.
func TC3StringToSign(timestamp, credentialScope, hashedCanonicalRequest string) string {
	return AlgorithmTC3 + "\n" + timestamp + "\n" + credentialScope + "\n" + hashedCanonicalRequest
}

// TC3Signature returns the lower-case hex HMAC-SHA256 of stringToSign under
// kSigning (see TC3Keys).
func TC3Signature(kSigning [32]byte, stringToSign string) string {
	var sig [32]byte
	newMAC(true).sum(sig[:0], kSigning[:], []byte(stringToSign))
	return string(appendHex(nil, sig[:]))
}

// V1Signature returns the Base64 HMAC of a v1 string to sign under the
// SecretKey: HMAC-SHA256 when signatureMethod is HmacSHA256, else HMAC-SHA1
// (the server's rule when SignatureMethod is absent).
func V1Signature(signatureMethod, secretKey, stringToSign string) string {
	var sum [32]byte
	mac := newMAC(signatureMethod == HmacSHA256).sum(sum[:0], []byte(secretKey), []byte(stringToSign))
	return base64.StdEncoding.EncodeToString(mac)
}
