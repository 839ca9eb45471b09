package signer

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
	Warnings []string
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
