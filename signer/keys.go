package signer

import (
	"strings"
	"sync"
)

// keyChain is the TC3 key chain: kDate, kService, kSigning.
type keyChain [3][32]byte

// deriveKeys computes the key chain from the SecretKey, the UTC date and
// the service: HMAC("TC3"+SecretKey, date) → HMAC(·, service) →
// HMAC(·, "tc3_request").
func deriveKeys(secretKey, date, service string) keyChain {
	var secret [64]byte
	var k keyChain
	k[0] = hmacSHA256(append(append(secret[:0], "TC3"...), secretKey...), []byte(date))
	k[1] = hmacSHA256(k[0][:], []byte(service))
	k[2] = hmacSHA256(k[1][:], []byte(tc3Request))
	return k
}

// TC3Keys derives the TC3 key chain for one scope: kDate from
// "TC3"+secretKey and date, kService from service, kSigning from
// "tc3_request". Raw 32-byte digests, as the protocol chains them.
func TC3Keys(secretKey, date, service string) (kDate, kService, kSigning [32]byte) {
	k := deriveKeys(secretKey, date, service)
	return k[0], k[1], k[2]
}

// TC3Signature returns the lower-case hex HMAC-SHA256 of stringToSign under
// kSigning (see TC3Keys).
func TC3Signature(kSigning [32]byte, stringToSign string) string {
	sig := hmacSHA256(kSigning[:], []byte(stringToSign))
	return string(appendHex(nil, sig[:]))
}

// Signer signs like Sign and remembers the last TC3 key chain it derived.
// The chain depends only on the SecretKey, the UTC date and the service,
// so a client that signs many requests a day for one service skips three
// of the four HMACs, as the AWS SDK's SigV4 signer does with its derived-key
// cache. The trace is the same as Sign's. The zero value is ready to use,
// and a Signer is safe for concurrent use. It holds the SecretKey of its
// last signing in memory, like the client that owns it.
type Signer struct {
	mu      sync.Mutex
	valid   bool
	secret  string
	date    string
	service string
	chain   keyChain
}

// Sign signs r with c; see the package function Sign.
func (s *Signer) Sign(r *Request, c Credentials) (*Result, error) {
	q, err := normalize(r, c)
	if err != nil {
		return nil, err
	}
	if q.SignatureMethod == AlgorithmTC3 {
		return signTC3(&q, c, s)
	}
	return signV1(&q, c)
}

// lookup returns the remembered chain when it was derived from the same
// secret, date and service. A nil Signer remembers nothing.
func (s *Signer) lookup(secret, date, service string) (keyChain, bool) {
	if s == nil {
		return keyChain{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.valid || s.secret != secret || s.date != date || s.service != service {
		return keyChain{}, false
	}
	return s.chain, true
}

// remember keeps copies of date and service: Sign's are views into its
// trace buffer.
func (s *Signer) remember(secret, date, service string, chain keyChain) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.valid, s.secret, s.date, s.service, s.chain = true, secret, strings.Clone(date), strings.Clone(service), chain
}
