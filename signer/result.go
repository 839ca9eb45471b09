package signer

import (
	"unicode/utf8"

	"github.com/tcsig/tcsig/internal/jsonlite"
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

// MarshalJSON writes the fields in declaration order, as encoding/json
// would from the tags above (the tests compare the two byte for byte), then
// the body as a string. A body that is not UTF-8 (a binary multipart part)
// is also given as bodyBase64 so no byte is lost.
func (r *Result) MarshalJSON() ([]byte, error) {
	w := jsonlite.Writer{B: make([]byte, 0, 1024+2*len(r.Body)+2*len(r.CanonicalRequest))}
	str := func(key, v string) { w.Key(key); w.String(v) }
	opt := func(key, v string) { // omitempty
		if v != "" {
			str(key, v)
		}
	}
	w.OpenObject()
	str("signatureMethod", r.SignatureMethod)
	opt("hashedPayload", r.HashedPayload)
	opt("canonicalQuery", r.CanonicalQuery)
	opt("canonicalHeaders", r.CanonicalHeaders)
	opt("signedHeaders", r.SignedHeaders)
	opt("canonicalRequest", r.CanonicalRequest)
	opt("hashedCanonicalRequest", r.HashedCanonicalRequest)
	opt("date", r.Date)
	opt("credentialScope", r.CredentialScope)
	if r.DerivedKeys != (DerivedKeys{}) { // omitzero
		w.Key("derivedKeys")
		w.OpenObject()
		str("secretDate", r.DerivedKeys.SecretDate)
		str("secretService", r.DerivedKeys.SecretService)
		str("secretSigning", r.DerivedKeys.SecretSigning)
		w.CloseObject()
	}
	if len(r.SortedParams) > 0 {
		w.Key("sortedParams")
		w.OpenArray()
		for _, p := range r.SortedParams {
			w.OpenObject()
			str("key", p.Key)
			str("value", p.Value)
			w.CloseObject()
		}
		w.CloseArray()
	}
	str("stringToSign", r.StringToSign)
	str("signature", r.Signature)
	opt("authorization", r.Authorization)
	str("method", r.Method)
	str("url", r.URL)
	w.Key("headers")
	w.Raw(r.Headers.appendJSON(nil))
	w.Key("size")
	w.OpenObject()
	str("counted", r.Size.Counted)
	w.Key("used")
	w.Int(int64(r.Size.Used))
	w.Key("limit")
	w.Int(int64(r.Size.Limit))
	str("rule", r.Size.Rule)
	w.Key("headerBytes")
	w.Int(int64(r.Size.HeaderBytes))
	w.CloseObject()
	if len(r.Warnings) > 0 {
		w.Key("warnings")
		w.OpenArray()
		for _, s := range r.Warnings {
			w.String(s)
		}
		w.CloseArray()
	}
	str("body", string(r.Body))
	if !utf8.Valid(r.Body) && len(r.Body) > 0 {
		w.Key("bodyBase64")
		w.Bytes(r.Body)
	}
	w.CloseObject()
	return w.B, nil
}
