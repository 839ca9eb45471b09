package cli

import (
	"crypto/rand"
	"encoding/binary"
)

// randomNonce draws a positive integer below 2^63, as the SDK's rand.Int does.
func randomNonce() uint64 {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	n := binary.BigEndian.Uint64(b[:]) >> 1
	if n == 0 {
		n = 1
	}
	return n
}
