package signer

import "github.com/tcsig/tcsig/internal/message"

// Result is the trace of one signing: every intermediate value, then the
// request to send (its JSON and JavaScript form is traceSchema, in
// trace.go). The derived keys are secret-equivalent for that day and
// service: show them to the person signing, never log or share them.
type Result struct {
	SignatureMethod string

	// TC3 steps, in the documentation's order.
	HashedPayload          string
	CanonicalQuery         string
	CanonicalHeaders       string
	SignedHeaders          string
	CanonicalRequest       string
	HashedCanonicalRequest string
	Date                   string
	CredentialScope        string
	DerivedKeys            DerivedKeys

	// HmacSHA1/256 steps: the parameters sorted by name with raw values.
	SortedParams []Param

	StringToSign  string
	Signature     string // hex (TC3) or base64 (v1)
	Authorization string

	// The request to send.
	Method  string
	URL     string
	Headers Headers
	Body    []byte

	Size     Size
	Warnings []string // in English
	// WarningMsgs holds the warnings that have a message code, so that an
	// edge can render them in another language (LocalWarnings).
	WarningMsgs []message.Msg
}

// warn adds a warning.
func (r *Result) warn(m message.Msg) {
	r.Warnings = append(r.Warnings, m.Render(message.EN))
	r.WarningMsgs = append(r.WarningMsgs, m)
}

// AddWarning adds a warning with a message code.
func (r *Result) AddWarning(m message.Msg) { r.warn(m) }

// LocalWarnings returns the warnings in lang: each one that has a message
// code is rendered from it, any other (added as plain English) as is.
func (r *Result) LocalWarnings(lang message.Lang) []string {
	if lang == message.EN || len(r.WarningMsgs) == 0 {
		return r.Warnings
	}
	out := make([]string, len(r.Warnings))
	for i, w := range r.Warnings {
		out[i] = w
		for _, m := range r.WarningMsgs {
			if m.Render(message.EN) == w {
				out[i] = m.Render(lang)
				break
			}
		}
	}
	return out
}

// DerivedKeys are the TC3 key chain in hex.
type DerivedKeys struct {
	SecretDate    string
	SecretService string
	SecretSigning string
}

// Size reports the counted request size against its limit, even within it.
type Size struct {
	Counted     string // "body" or "query"
	Used        int
	Limit       int
	Rule        string // e.g. "POST with TC3-HMAC-SHA256"
	HeaderBytes int    // reported beside it, not counted
}
