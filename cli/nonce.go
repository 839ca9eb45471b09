package cli

import (
	"crypto/rand"

	"github.com/tcsig/tcsig/request"
)

// randomNonce draws a nonce from crypto/rand (request.NonceFrom says how).
func randomNonce() uint64 {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return request.NonceFrom(b)
}
