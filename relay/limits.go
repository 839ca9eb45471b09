package relay

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"hash"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
)

// Tencent Cloud API size limits ("Request Structure", 请求结构), from the rule book.
const (
	MaxQueryBytes   = protocol.LimitGET     // GET: 32 KB of query
	MaxBodyV1Bytes  = protocol.LimitPOSTV1  // POST signed with HmacSHA1 / HmacSHA256
	MaxBodyTC3Bytes = protocol.LimitPOSTTC3 // POST signed with TC3-HMAC-SHA256
)

// isTC3 reports whether the request is signed with TC3-HMAC-SHA256. Anything else (a form
// body or query carrying Signature) gets the v1 limits.
func isTC3(h http.Header) bool {
	auth := h.Get(protocol.HeaderAuthorization)
	return strings.HasPrefix(auth, protocol.AlgorithmTC3+" ")
}

// bodyLimit is the largest body the relay forwards for a method and signature.
func bodyLimit(method string, tc3 bool) int64 {
	switch {
	case method != http.MethodPost:
		return 0
	case tc3:
		return MaxBodyTC3Bytes
	}
	return MaxBodyV1Bytes
}

func tooLarge(method string, tc3 bool, n int64) error {
	switch {
	case method != http.MethodPost:
		return refuseMsg(errBodyTooLarge, message.RelayGETBody)
	case tc3:
		return refuseMsg(errBodyTooLarge, message.RelayBodyTC3, sizeMsg(n), MaxBodyTC3Bytes)
	}
	return refuseMsg(errBodyTooLarge, message.RelayBodyV1, sizeMsg(n), MaxBodyV1Bytes)
}

// bodyReader streams the browser's body to the upstream: it enforces the limit while reading,
// counts the bytes, hashes them for the transport receipt (when someone listens) and picks the
// v1 fields the log and the clock event need out of a form body. Nothing is buffered.
// The transport reads it on its own goroutine, possibly after RoundTrip returned; mu guards
// the state the handler reads.
type bodyReader struct {
	src      io.ReadCloser
	declared int64 // Content-Length, -1 if chunked

	mu       sync.Mutex
	started  bool // the transport has asked for the body
	n        int64
	hash     hash.Hash   // nil unless traced
	form     *formFields // nil unless a v1 form body
	eof      bool
	exceeded bool
	readErr  error
}

func (b *bodyReader) Read(p []byte) (int, error) {
	b.mu.Lock()
	b.started = true
	b.mu.Unlock()
	n, err := b.src.Read(p)
	b.mu.Lock()
	defer b.mu.Unlock()
	b.n += int64(n)
	if b.hash != nil {
		b.hash.Write(p[:n])
	}
	if b.form != nil {
		b.form.write(p[:n])
	}
	var mbe *http.MaxBytesError
	switch {
	case err == io.EOF:
		b.eof = true
	case errors.As(err, &mbe):
		b.exceeded = true
	case err != nil:
		b.readErr = err
	}
	return n, err
}

func (b *bodyReader) Close() error { return b.src.Close() }

func (b *bodyReader) count() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.n
}

// failure says how reading the browser's body failed, if it did.
func (b *bodyReader) failure() (exceeded bool, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.exceeded, b.readErr
}

func (b *bodyReader) receipt() (n int64, sum string, complete bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.hash != nil {
		sum = hex.EncodeToString(b.hash.Sum(nil))
	}
	return b.n, sum, b.completeLocked()
}

// complete reports whether the whole body has been read: EOF, or all the declared bytes (the
// transport stops at Content-Length without asking for EOF).
// stalled reports whether the transport was reading the body when it
// stopped coming: asked for, not complete.
func (b *bodyReader) stalled() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.started && !b.completeLocked()
}

func (b *bodyReader) complete() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.completeLocked()
}

func (b *bodyReader) completeLocked() bool {
	return b.eof || (b.declared >= 0 && b.n >= b.declared)
}

func (b *bodyReader) formFields() *formFields {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.form != nil {
		b.form.end()
	}
	return b.form
}

func newBodyReader(src io.ReadCloser, declared int64, traced, v1Form bool) *bodyReader {
	b := &bodyReader{src: src, declared: declared}
	if traced {
		b.hash = sha256.New()
	}
	if v1Form {
		b.form = &formFields{}
	}
	return b
}

// formFields picks a few short fields out of an application/x-www-form-urlencoded stream
// (a v1 query or POST body) one byte at a time, without buffering it.
type formFields struct {
	key, val []byte
	inVal    bool
	keyLong  bool

	Action, Region, Timestamp, SignatureMethod string
}

const (
	maxFieldKey   = 16
	maxFieldValue = 128
)

func (f *formFields) write(p []byte) {
	for _, c := range p {
		switch {
		case c == '&':
			f.end()
		case f.inVal:
			if len(f.val) < maxFieldValue {
				f.val = append(f.val, c)
			}
		case c == '=':
			f.inVal = true
		case len(f.key) < maxFieldKey:
			f.key = append(f.key, c)
		default:
			f.keyLong = true
		}
	}
}

// end closes the current field.
func (f *formFields) end() {
	if f.inVal && !f.keyLong {
		var dst *string
		switch string(f.key) {
		case "Action":
			dst = &f.Action
		case "Region":
			dst = &f.Region
		case "Timestamp":
			dst = &f.Timestamp
		case "SignatureMethod":
			dst = &f.SignatureMethod
		}
		if dst != nil && *dst == "" {
			if v, err := url.QueryUnescape(string(f.val)); err == nil {
				*dst = v
			}
		}
	}
	f.key, f.val, f.inVal, f.keyLong = f.key[:0], f.val[:0], false, false
}

func parseFormFields(raw string) *formFields {
	f := &formFields{}
	f.write([]byte(raw))
	f.end()
	return f
}

// tailBuffer keeps the last bytes of a response, where Tencent puts "RequestId".
type tailBuffer struct {
	buf [512]byte
	n   int
}

func (t *tailBuffer) write(p []byte) {
	if len(p) >= len(t.buf) {
		t.n = copy(t.buf[:], p[len(p)-len(t.buf):])
		return
	}
	if over := t.n + len(p) - len(t.buf); over > 0 {
		copy(t.buf[:], t.buf[over:t.n])
		t.n -= over
	}
	t.n += copy(t.buf[t.n:], p)
}

var requestIDPattern = regexp.MustCompile(`"RequestId"\s*:\s*"([A-Za-z0-9._-]{1,128})"`)

// requestID returns the last "RequestId" in the tail of a response body, or "".
func (t *tailBuffer) requestID() string {
	m := requestIDPattern.FindAllSubmatch(t.buf[:t.n], -1)
	if len(m) == 0 {
		return ""
	}
	return string(m[len(m)-1][1])
}
