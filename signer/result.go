package signer

import (
	"encoding/json"
	"unicode/utf8"
)

// Result is the trace of one signing: every intermediate value, then the
// request to send. The derived keys are secret-equivalent for that day and
// service: show them to the person signing, never log or share them.
type Result struct {
	SignatureMethod string `json:"signatureMethod"`

	// TC3 steps, in the documentation's order.
	HashedPayload          string      `json:"hashedPayload,omitempty"`
	CanonicalQuery         string      `json:"canonicalQuery,omitempty"`
	CanonicalHeaders       string      `json:"canonicalHeaders,omitempty"`
	SignedHeaders          string      `json:"signedHeaders,omitempty"`
	CanonicalRequest       string      `json:"canonicalRequest,omitempty"`
	HashedCanonicalRequest string      `json:"hashedCanonicalRequest,omitempty"`
	Date                   string      `json:"date,omitempty"`
	CredentialScope        string      `json:"credentialScope,omitempty"`
	DerivedKeys            DerivedKeys `json:"derivedKeys,omitzero"`

	// HmacSHA1/256 steps: the parameters sorted by name with raw values.
	SortedParams []Param `json:"sortedParams,omitempty"`

	StringToSign  string `json:"stringToSign"`
	Signature     string `json:"signature"` // hex (TC3) or base64 (v1)
	Authorization string `json:"authorization,omitempty"`

	// The request to send.
	Method  string  `json:"method"`
	URL     string  `json:"url"`
	Headers Headers `json:"headers"`
	Body    []byte  `json:"-"`

	Size     Size     `json:"size"`
	Warnings []string `json:"warnings,omitempty"`
}

// DerivedKeys are the TC3 key chain in hex.
type DerivedKeys struct {
	SecretDate    string `json:"secretDate"`
	SecretService string `json:"secretService"`
	SecretSigning string `json:"secretSigning"`
}

// Size reports the counted request size against its limit, even within it.
type Size struct {
	Counted     string `json:"counted"` // "body" or "query"
	Used        int    `json:"used"`
	Limit       int    `json:"limit"`
	Rule        string `json:"rule"`        // e.g. "POST with TC3-HMAC-SHA256"
	HeaderBytes int    `json:"headerBytes"` // reported beside it, not counted
}

// MarshalJSON adds the body as a string. A body that is not UTF-8 (a binary
// multipart part) is also given as bodyBase64 so no byte is lost.
func (r *Result) MarshalJSON() ([]byte, error) {
	type plain Result
	out := struct {
		*plain
		Body       string `json:"body"`
		BodyBase64 []byte `json:"bodyBase64,omitempty"`
	}{plain: (*plain)(r), Body: string(r.Body)}
	if !utf8.Valid(r.Body) {
		out.BodyBase64 = r.Body
	}
	return json.Marshal(out)
}
