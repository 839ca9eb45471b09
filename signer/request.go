package signer

import (
	"strings"

	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/protocol"
)

// Credentials sign a request. Token is set only for temporary credentials
// (STS, CVM roles); it is sent as X-TC-Token (TC3) or the Token parameter (v1).
type Credentials struct {
	SecretID  string
	SecretKey string
	Token     string
}

// Param is one flattened action parameter, e.g. {"Filters.0.Values.1", "a"}.
type Param struct {
	Key   string
	Value string
}

// Header is one HTTP header as sent.
type Header struct {
	Name  string
	Value string
}

// Headers keeps the order the headers are sent in; it marshals to a JSON
// object (name → value) because that is what people read and curl takes.
type Headers []Header

// Get returns the first value of the named header, ignoring case.
func (h Headers) Get(name string) string {
	for _, f := range h {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// MarshalJSON writes the headers as one object, in order.
func (h Headers) MarshalJSON() ([]byte, error) {
	w := jsonlite.Writer{B: make([]byte, 0, 64*len(h)+2)}
	w.OpenObject()
	for _, f := range h {
		w.Key(f.Name)
		w.String(f.Value)
	}
	w.CloseObject()
	return w.B, nil
}

// Request describes what to sign. Host must already be resolved (see package
// endpoints). Nothing in it is modified by Sign.
type Request struct {
	Method          string // "GET" or "POST"; empty means POST
	Host            string // the host addressed, e.g. cvm.tencentcloudapi.com
	Path            string // empty means "/", the only path API 3.0 uses
	Service         string // credential-scope service (TC3), e.g. "cvm"
	Action          string
	Version         string
	Region          string // optional: some APIs take no region
	Language        string // optional: zh-CN or en-US
	SignatureMethod string // AlgorithmTC3 (default), HmacSHA256 or HmacSHA1
	ContentType     string // empty means the method's default (see DefaultContentType)

	// SignedHeaders lists extra header names to sign with TC3 (for example
	// "x-tc-action"); content-type and host are always signed.
	SignedHeaders []string

	Timestamp int64  // Unix seconds; callers resolve "now"
	Nonce     string // decimal; required by HmacSHA1/256, unused by TC3

	// Payload is the TC3 POST body, signed and sent byte for byte.
	Payload []byte
	// PayloadHash, when set, is the hex SHA-256 of Payload computed by the
	// caller (the page hashes large bodies with WebCrypto); it is used as given.
	PayloadHash string
	// UnsignedPayload signs SHA-256("UNSIGNED-PAYLOAD") instead of the body and
	// sends X-TC-Content-SHA256: UNSIGNED-PAYLOAD.
	UnsignedPayload bool

	// Params are the action parameters of a GET (TC3) or HmacSHA1/256
	// request, already flattened (see Flatten). A later entry with the same
	// key overrides an earlier one and the common parameters.
	Params []Param

	// Header lists extra headers to send as given (e.g. X-TC-RequestClient).
	Header []Header

	// OmitSignatureMethod leaves the SignatureMethod parameter out of an
	// HmacSHA1 request, as the documentation's old v1 example does. The SDK
	// always sends it, and so does tcsig by default.
	OmitSignatureMethod bool
}

// DefaultContentType is the content type used when the request names none:
// application/json for TC3 POST, application/x-www-form-urlencoded otherwise.
func DefaultContentType(method, signatureMethod string) string {
	return protocol.DefaultContentType(method, signatureMethod)
}
