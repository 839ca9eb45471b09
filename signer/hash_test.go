package signer

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hmacSHA256 against crypto/hmac at every length boundary: keys around the
// 64-byte block, messages around the stack buffer.
func TestHMACSHA256MatchesCryptoHMAC(t *testing.T) {
	for _, kl := range []int{0, 1, 35, 63, 64, 65, 128, 300} {
		for _, ml := range []int{0, 1, 10, 55, 56, 64, hmacStackMsg - 1, hmacStackMsg, hmacStackMsg + 1, 1000} {
			key := bytes.Repeat([]byte{byte(kl + 1)}, kl)
			msg := bytes.Repeat([]byte{byte(ml + 7)}, ml)
			m := hmac.New(sha256.New, key)
			m.Write(msg)
			want := m.Sum(nil)
			got := hmacSHA256(key, msg)
			assert.Equal(t, want, got[:], "key %d bytes, message %d bytes", kl, ml)
		}
	}
}

// A service name long enough to push the string to sign past the stack
// buffer signs the same as the short path would compute it.
func TestLongServiceSignsCorrectly(t *testing.T) {
	long := string(bytes.Repeat([]byte("s"), 200))
	r := &Request{Host: "x.tencentcloudapi.com", Service: long, Action: "A", Version: "V", Timestamp: 1551113065, Payload: []byte("{}")}
	c := Credentials{SecretID: "AKID", SecretKey: "key"}
	res, err := Sign(r, c)
	require.NoError(t, err)
	_, _, kSigning := TC3Keys(c.SecretKey, res.Date, long)
	m := hmac.New(sha256.New, kSigning[:])
	m.Write([]byte(res.StringToSign))
	assert.Equal(t, string(appendHex(nil, m.Sum(nil))), res.Signature, "signature")
}
