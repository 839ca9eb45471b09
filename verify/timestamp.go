package verify

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"encoding"
	"encoding/base64"
	"encoding/hex"
	"hash"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/signer"
)

// CauseTimestampEdited: the signature was made with another timestamp than
// the one the request carries; the timestamp was changed after signing.
const CauseTimestampEdited = "timestamp-edited"

// DefaultTimestampWork is what the search for the signed timestamp may
// spend unless Options say otherwise, in hash blocks (64 bytes through
// SHA-256 or SHA-1; an HMAC of a short string to sign is three): about an
// hour and a half either side of the timestamp sent for a request of
// ordinary size, nearest seconds first, which covers a timestamp edited by
// hand. A whole credential date (259,200 blocks) would cost a wrong key more
// than verifying a 10 MiB body does, and keeps verification within its
// bound on adversarial bodies only if it stays small beside that
// (docs/performance.md); Options.TimestampWork widens it.
const DefaultTimestampWork = 32 << 10

// EndpointTimestampWork is the limit for a verifier that answers many
// callers at once, such as the local endpoint: about ten minutes either
// side of the timestamp sent for an ordinary request. A whole day's search
// costs a small request many times the rest of its verification
// (docs/performance.md), which a caller with a wrong key would make every
// request pay.
const EndpointTimestampWork = 4 << 10

// v1TimestampWindow is how far from the Timestamp sent the v1 search
// looks, in seconds either way. A v1 string to sign holds no date to bound
// it, as TC3's credential scope does; a day either side covers a timestamp
// typed in by hand and a clock set to another day.
const v1TimestampWindow = 86400

// tsWork counts what the timestamp search costs, so tests can bound it.
type tsWork struct {
	hmacs  int   // candidate signatures computed
	blocks int64 // hash blocks they took, canonical-request hashes included
}

// tsResult is what the timestamp search found: the signed timestamp, or
// how much of the window it covered.
type tsResult struct {
	run      bool  // the search ran
	found    bool  // signed is the timestamp the client signed
	signed   int64 // the timestamp that reproduces the signature
	complete bool  // every candidate of the window was tried
	reach    int64 // seconds either side of the center that were all tried
}

// prefixMAC is an HMAC whose key and the message up to a varying part are
// hashed once: each candidate then costs only the bytes after the prefix.
type prefixMAC struct {
	inner, outer           hash.Hash
	innerState, outerState []byte
	innerLen               int // bytes the saved inner state holds
	sum                    []byte
}

func newPrefixMAC(newHash func() hash.Hash, key, prefix []byte) (*prefixMAC, bool) {
	m := &prefixMAC{inner: newHash(), outer: newHash()}
	bs := m.inner.BlockSize()
	if len(key) > bs {
		m.inner.Write(key)
		key = m.inner.Sum(nil)
		m.inner.Reset()
	}
	ipad, opad := make([]byte, bs), make([]byte, bs)
	copy(ipad, key)
	copy(opad, key)
	for i := range bs {
		ipad[i] ^= 0x36
		opad[i] ^= 0x5c
	}
	m.inner.Write(ipad)
	m.inner.Write(prefix)
	m.outer.Write(opad)
	var err1, err2 error
	m.innerState, err1 = m.inner.(encoding.BinaryMarshaler).MarshalBinary()
	m.outerState, err2 = m.outer.(encoding.BinaryMarshaler).MarshalBinary()
	m.innerLen = bs + len(prefix)
	return m, err1 == nil && err2 == nil
}

// mac returns HMAC(key, prefix + parts...), valid until the next call.
func (m *prefixMAC) mac(parts ...[]byte) []byte {
	if m.inner.(encoding.BinaryUnmarshaler).UnmarshalBinary(m.innerState) != nil {
		return nil
	}
	for _, p := range parts {
		m.inner.Write(p)
	}
	m.sum = m.inner.Sum(m.sum[:0])
	if m.outer.(encoding.BinaryUnmarshaler).UnmarshalBinary(m.outerState) != nil {
		return nil
	}
	m.outer.Write(m.sum)
	m.sum = m.outer.Sum(m.sum[:0])
	return m.sum
}

// blocks is what one mac over n bytes after the prefix costs.
func (m *prefixMAC) blocks(n int) int64 {
	bs := m.inner.BlockSize()
	return hashBlocks(m.innerLen, n, bs) + hashBlocks(bs, m.inner.Size(), bs)
}

// hashBlocks is how many blocks a hash that already took held bytes
// compresses to take n more and finish (Merkle–Damgård padding: a 0x80
// byte and the 8-byte length).
func hashBlocks(held, n, bs int) int64 {
	return int64((held+n+9+bs-1)/bs - held/bs)
}

// nearestFirst tries the seconds of [lo, hi] from center outwards (center,
// center+1, center-1, …) while the budget lasts, and stops at the first
// one try accepts. cost is what trying ts would spend.
func nearestFirst(center, lo, hi, budget int64, work *tsWork, cost func(ts int64) int64, try func(ts int64) bool) tsResult {
	res := tsResult{run: true, reach: -1}
	for d := int64(0); center-d >= lo || center+d <= hi; d++ {
		both := [2]int64{center + d, center - d}
		for i, ts := range both {
			if ts < lo || ts > hi || i == 1 && d == 0 {
				continue
			}
			c := cost(ts)
			if work.blocks+c > budget {
				return res
			}
			work.hmacs++
			work.blocks += c
			if try(ts) {
				res.found, res.signed = true, ts
				return res
			}
		}
		res.reach = d
	}
	res.complete = true
	return res
}

// timestampBudget is the search's limit in hash blocks; 0 when it is off.
func (c *checker) timestampBudget() int64 {
	switch b := c.opts.TimestampWork; {
	case b < 0:
		return 0
	case b == 0:
		return DefaultTimestampWork
	default:
		return b
	}
}

// timestamp searches the credential date for the timestamp the client
// signed. Only the string to sign and the final HMAC depend on it (and
// the canonical request, when X-TC-Timestamp is a signed header); the key
// chain is derived once.
func (s tc3Search) timestamp() tsResult {
	budget := s.c.timestampBudget()
	lo, ok := dayStart(s.base.scopeDate)
	want, hexOK := hexSignature(s.a.signature)
	if budget == 0 || !ok || !hexOK {
		return tsResult{}
	}
	hi := lo + 86399
	stated, err := strconv.ParseInt(strings.TrimSpace(s.base.timestamp), 10, 64)
	center := min(max(stated, lo), hi)
	if err != nil {
		center = lo
	}
	hcr := tc3CanonicalHash(s.base)
	_, _, kSigning := signer.TC3Keys(s.base.secretKey, s.base.keyDate, s.base.keyService)
	mac, ok := newPrefixMAC(sha256.New, kSigning[:], []byte(signer.AlgorithmTC3+"\n"))
	if !ok || hcr == nil {
		return tsResult{}
	}
	scope := []byte("\n" + s.base.scope() + "\n")
	var digits [20]byte
	var hexHash, hexMAC [2 * sha256.Size]byte
	cost := func(ts int64) int64 {
		n := len(strconv.AppendInt(digits[:0], ts, 10))
		return mac.blocks(n+len(scope)+len(hexHash)) + hcr.blocks(n)
	}
	res := nearestFirst(center, lo, hi, budget, &s.c.tsWork, cost, func(ts int64) bool {
		t := strconv.AppendInt(digits[:0], ts, 10)
		hex.Encode(hexHash[:], hcr.hash(t))
		hex.Encode(hexMAC[:], mac.mac(t, scope, hexHash[:]))
		return equalMAC(hexMAC[:], want)
	})
	if res.found && strconv.FormatInt(res.signed, 10) == s.base.timestamp {
		return tsResult{} // the timestamp as sent: another difference, such as whitespace
	}
	return res
}

// canonicalHash is the hashed canonical request of a timestamp: fixed,
// or, when X-TC-Timestamp is signed, hashed again around the value.
type canonicalHash struct {
	fixed  []byte // the hash when the timestamp is not signed
	h      hash.Hash
	state  []byte // after the canonical request up to the timestamp's value
	held   int
	suffix []byte // the canonical request after it
	sum    []byte
}

// tc3CanonicalHash prepares the canonical request's hash for base with
// its timestamp varied; nil when it cannot.
func tc3CanonicalHash(base tc3Input) *canonicalHash {
	i := headerIndex(base.headers, "x-tc-timestamp")
	if i < 0 {
		cr, _, _ := base.sign()
		sum := sha256.Sum256([]byte(cr))
		return &canonicalHash{fixed: sum[:]}
	}
	pre, suf, ok := splitAround(func(v string) string {
		in := base
		in.headers = withHeader(base.headers, i, v)
		return in.canonicalRequest()
	})
	if !ok {
		return nil
	}
	ch := &canonicalHash{h: sha256.New(), held: len(pre), suffix: []byte(suf)}
	ch.h.Write([]byte(pre))
	state, err := ch.h.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		return nil
	}
	ch.state = state
	return ch
}

// hash returns the hashed canonical request with timestamp ts.
func (ch *canonicalHash) hash(ts []byte) []byte {
	if ch.fixed != nil {
		return ch.fixed
	}
	if ch.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(ch.state) != nil {
		return make([]byte, sha256.Size)
	}
	ch.h.Write(ts)
	ch.h.Write(ch.suffix)
	ch.sum = ch.h.Sum(ch.sum[:0])
	return ch.sum
}

// blocks is what hash costs for a timestamp of n digits.
func (ch *canonicalHash) blocks(n int) int64 {
	if ch.fixed != nil {
		return 0
	}
	return hashBlocks(ch.held, n+len(ch.suffix), sha256.BlockSize)
}

// timestamp searches the seconds within v1TimestampWindow of the
// Timestamp sent for the one the client signed. The string to sign is
// hashed up to the Timestamp's value once.
func (s v1Search) timestamp() tsResult {
	budget := s.c.timestampBudget()
	sent, ok := paramValue(s.ps, "Timestamp")
	stated, err := strconv.ParseInt(strings.TrimSpace(sent), 10, 64)
	if budget == 0 || !ok || err != nil || stated <= 0 {
		return tsResult{}
	}
	var wants [][]byte
	for _, w := range []string{s.want, s.wantOnce} {
		if b, err := base64.StdEncoding.DecodeString(w); err == nil {
			wants = append(wants, b)
		}
	}
	pre, suf, cut := splitAround(func(v string) string {
		in := s.base
		in.params = append([]signer.Param(nil), s.base.params...)
		for i := range in.params {
			if in.params[i].Key == "Timestamp" {
				in.params[i].Value = v
			}
		}
		return in.stringToSign()
	})
	newHash := sha1.New
	if s.base.hash == signer.HmacSHA256 {
		newHash = sha256.New
	}
	mac, ok := newPrefixMAC(newHash, []byte(s.base.secretKey), []byte(pre))
	if len(wants) == 0 || !cut || !ok { // !cut: no Timestamp signed
		return tsResult{}
	}
	suffix := []byte(suf)
	var digits [20]byte
	cost := func(ts int64) int64 { return mac.blocks(len(strconv.AppendInt(digits[:0], ts, 10)) + len(suffix)) }
	lo := max(stated-v1TimestampWindow, 1)
	return nearestFirst(stated, lo, stated+v1TimestampWindow, budget, &s.c.tsWork, cost, func(ts int64) bool {
		if ts == stated {
			return false // signed as sent: the search before this one covers it
		}
		sum := mac.mac(strconv.AppendInt(digits[:0], ts, 10), suffix)
		for _, w := range wants {
			if equalMAC(sum, w) {
				return true
			}
		}
		return false
	})
}

// splitAround returns the text build makes around a value: the texts of
// the values "0" and "1" differ in that one byte only. ok is false when
// they do not (the value is not in the text exactly once).
func splitAround(build func(v string) string) (pre, suf string, ok bool) {
	a, b := build("0"), build("1")
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) != len(b) || i == len(a) || a[i+1:] != b[i+1:] {
		return "", "", false
	}
	return a[:i], a[i+1:], true
}

// dayStart returns the first second of a YYYY-MM-DD date in UTC.
func dayStart(date string) (int64, bool) { return signer.DayStart(date) }

// hexSignature is a TC3 signature as the candidates are compared with
// it: 64 hex digits, lower-cased (the API takes either case); false when it
// cannot be one. Comparing in hex spares decoding it, which with
// encoding/hex would link fmt into the WebAssembly module (its error type).
func hexSignature(s string) ([]byte, bool) {
	if len(s) != 2*sha256.Size {
		return nil, false
	}
	for i := range len(s) {
		if !isHex(s[i]) {
			return nil, false
		}
	}
	return []byte(strings.ToLower(s)), true
}

// timestampEdited names the timestamp the client signed, found by the search.
func (c *checker) timestampEdited(field, sent string, r tsResult) {
	code := CodeSignatureFailure
	if c.rep.Error != nil {
		code = c.rep.Error.Code
	}
	stated, _ := strconv.ParseInt(strings.TrimSpace(sent), 10, 64)
	d := stated - r.signed
	delta := message.New(message.VTimestampLater, strconv.FormatInt(d, 10))
	if d < 0 {
		delta = message.New(message.VTimestampEarlier, strconv.FormatInt(-d, 10))
	}
	utc := signer.UTCDateTime(r.signed)
	c.cause(CauseTimestampEdited, message.New(message.VTimestampEdited, strconv.FormatInt(r.signed, 10), utc, field, sent, delta, code))
}

// searched says what the timestamp search ruled out, for the message that
// explains a signature nothing reproduced; "" when it did not run.
func searched(r tsResult, field, date string) any {
	switch {
	case !r.run:
		return ""
	case r.complete && date != "":
		return message.New(message.VTimestampSearchedDay, date)
	case r.complete:
		return message.New(message.VTimestampSearchedWindow, field, strconv.FormatInt(v1TimestampWindow, 10))
	case r.reach >= 0:
		return message.New(message.VTimestampSearchedPart, field, strconv.FormatInt(r.reach, 10))
	}
	return ""
}

// equalMAC compares a computed MAC with the received one in constant time.
func equalMAC(computed, received []byte) bool {
	return subtle.ConstantTimeCompare(computed, received) == 1
}
