package signer

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"testing"
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
			if got := hmacSHA256(key, msg); !bytes.Equal(got[:], want) {
				t.Errorf("key %d bytes, message %d bytes: %x, want %x", kl, ml, got, want)
			}
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
	if err != nil {
		t.Fatal(err)
	}
	_, _, kSigning := TC3Keys(c.SecretKey, res.Date, long)
	m := hmac.New(sha256.New, kSigning[:])
	m.Write([]byte(res.StringToSign))
	if want := string(appendHex(nil, m.Sum(nil))); res.Signature != want {
		t.Errorf("signature %s, want %s", res.Signature, want)
	}
}
