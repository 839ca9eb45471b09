package signer

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"hash"
)

// mac computes HMACs with one reused hash state, so a whole TC3 key chain
// costs no allocation beyond the hasher itself (crypto/hmac allocates per key).
type mac struct {
	h     hash.Hash
	ipad  [128]byte
	opad  [128]byte
	inner [64]byte
	short [64]byte // a long key's digest
}

func newMAC(sha256Hash bool) *mac {
	if sha256Hash {
		return &mac{h: sha256.New()}
	}
	return &mac{h: sha1.New()}
}

// sum appends HMAC(key, msg...) to dst.
func (m *mac) sum(dst, key []byte, msg ...[]byte) []byte {
	bs := m.h.BlockSize()
	if len(key) > bs {
		m.h.Reset()
		m.h.Write(key)
		key = m.h.Sum(m.short[:0])
	}
	clear(m.ipad[:bs])
	copy(m.ipad[:bs], key)
	copy(m.opad[:bs], m.ipad[:bs])
	for i := range bs {
		m.ipad[i] ^= 0x36
		m.opad[i] ^= 0x5c
	}
	m.h.Reset()
	m.h.Write(m.ipad[:bs])
	for _, p := range msg {
		m.h.Write(p)
	}
	inner := m.h.Sum(m.inner[:0])
	m.h.Reset()
	m.h.Write(m.opad[:bs])
	m.h.Write(inner)
	return m.h.Sum(dst)
}

// hmacStackMsg is the longest message hmacSHA256 hashes in a stack buffer:
// a TC3 string to sign with a service name of up to 75 bytes. (The buffer
// is zeroed on every call, so it is kept small.)
const hmacStackMsg = 192

// hmacSHA256 returns HMAC-SHA256(key, msg) computed with sha256.Sum256 over
// stack buffers. TC3 chains four HMACs per signing; this way they allocate
// nothing (a reused hash.Hash makes its arguments escape to the heap, and
// crypto/hmac allocates per key), which measurably speeds up signing
// (docs/performance.md).
func hmacSHA256(key, msg []byte) [sha256.Size]byte {
	const bs = sha256.BlockSize
	var k [bs]byte
	if len(key) > bs {
		sum := sha256.Sum256(key)
		copy(k[:], sum[:])
	} else {
		copy(k[:], key)
	}
	var in [bs + hmacStackMsg]byte
	var out [bs + sha256.Size]byte
	for i := range bs {
		in[i] = k[i] ^ 0x36
		out[i] = k[i] ^ 0x5c
	}
	var inner [sha256.Size]byte
	if len(msg) <= hmacStackMsg {
		n := copy(in[bs:], msg)
		inner = sha256.Sum256(in[:bs+n])
	} else {
		inner = sha256.Sum256(append(in[:bs:bs], msg...))
	}
	copy(out[bs:], inner[:])
	return sha256.Sum256(out[:])
}

// sha256Hex returns the lower-case hex SHA-256 of b.
func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// appendHex appends the lower-case hex form of b.
func appendHex(dst, b []byte) []byte {
	return hex.AppendEncode(dst, b)
}
