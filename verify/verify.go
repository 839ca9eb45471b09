// Package verify checks a captured Tencent Cloud API 3.0 request the way the
// API does, offline: it recomputes the signature from the bytes as received
// (TC3-HMAC-SHA256 or HmacSHA1/256), applies the API's shape rules with the
// API's own error codes, and, when the signature is wrong, searches for the
// mistake that reproduces it.
//
// Like signer it is pure: no clock (Options.Now), no I/O, no net/http, so
// the browser page runs it as WebAssembly.
package verify

import (
	"time"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/signer"
)

// MaxSkew is how far X-TC-Timestamp may be from the server's clock.
const MaxSkew = 5 * 60 // seconds

// Options are the verifier's inputs besides the request.
type Options struct {
	// SecretKey is the key the request should have been signed with.
	SecretKey string
	// SecretKeyFor, when set, looks the key up by the request's SecretId
	// instead (the local endpoint's key table); a miss is
	// AuthFailure.SecretIdNotFound.
	SecretKeyFor func(secretID string) (secretKey string, ok bool)
	// Token is the temporary credential's token, if the key is temporary:
	// the request must then carry it (X-TC-Token, or the Token parameter).
	Token string
	// Now is the server's clock for the 5-minute check; zero skips it.
	Now time.Time
	// CanonicalRequest and StringToSign are the client's own intermediate
	// values (from its debug output); when given, the report diffs them
	// against the verifier's line by line.
	CanonicalRequest string
	StringToSign     string
	// TimestampWork bounds the search for the timestamp a client signed
	// when the signature matches nothing else, in hash blocks (see
	// DefaultTimestampWork, which 0 means); negative skips the search. A
	// verifier that answers many callers at once sets it lower.
	TimestampWork int64
}

// Report is the verdict. Its JSON is what `tcsig verify --output json` prints
// and what the page's tcsig.verify returns.
type Report struct {
	// Valid is true when the API would accept the request's signature and shape.
	Valid bool `json:"valid"`
	// Error is the API's answer to an invalid request (the first check that
	// fails, in the API's order); nil when valid.
	Error *APIError `json:"error,omitempty"`
	// Causes are the mistakes that reproduce the received signature.
	Causes []Finding `json:"causes"`
	// Warnings are findings the API does not reject.
	Warnings []Finding `json:"warnings"`
	// Expected is the signing trace recomputed from the received bytes.
	Expected *signer.Result `json:"expected,omitempty"`
	// Diff compares the client's canonical request / string to sign with
	// Expected's, when they were supplied.
	Diff []DiffLine `json:"diff"`
	// Received summarises what the request says about itself.
	Received Received `json:"received"`
	// Incomplete says why the signature could not be checked at all (the
	// capture omits the body, no SecretKey); Valid is then false and Error nil.
	Incomplete string `json:"incomplete,omitempty"`
	// IncompleteMsg is Incomplete as a message code (Localize).
	IncompleteMsg message.Msg `json:"-"`
}

// Localize renders the report's messages in lang: the error, the causes,
// the warnings and Incomplete. English is what Check wrote.
func (r *Report) Localize(lang message.Lang) {
	if r.Error != nil && !r.Error.Text.IsZero() {
		r.Error.Message = r.Error.Text.Render(lang)
	}
	for _, fs := range [][]Finding{r.Causes, r.Warnings} {
		for i := range fs {
			if !fs[i].Text.IsZero() {
				fs[i].Message = fs[i].Text.Render(lang)
			}
		}
	}
	if !r.IncompleteMsg.IsZero() {
		r.Incomplete = r.IncompleteMsg.Render(lang)
	}
	if r.Expected != nil {
		r.Expected.Warnings = r.Expected.LocalWarnings(lang)
	}
}

// APIError is an error as the API reports it.
type APIError struct {
	Code    string `json:"code"`    // e.g. AuthFailure.SignatureFailure
	Message string `json:"message"` // what exactly is wrong, with the limit
	Check   string `json:"check"`   // the check id that failed, e.g. clock-skew
	// Text is Message as a message code, for other languages.
	Text message.Msg `json:"-"`
}

// Finding is one cause or warning: a stable id and a one-line message. It
// marshals to the string "id: message".
type Finding struct {
	ID      string
	Message string      // in English, until Report.Localize
	Text    message.Msg // Message as a message code
}

func (f Finding) String() string { return f.ID + ": " + f.Message }

// MarshalJSON writes "id: message".
func (f Finding) MarshalJSON() ([]byte, error) { return jsonlite.AppendString(nil, f.String()), nil }

// Received is what the request claims: the values the API reads from it.
type Received struct {
	SignatureMethod string `json:"signatureMethod,omitempty"`
	SecretID        string `json:"secretId,omitempty"`
	Service         string `json:"service,omitempty"` // credential scope (TC3), host's first label (v1)
	Action          string `json:"action,omitempty"`
	Version         string `json:"version,omitempty"`
	Region          string `json:"region,omitempty"`
	Timestamp       string `json:"timestamp,omitempty"`
	Host            string `json:"host,omitempty"`
	CredentialScope string `json:"credentialScope,omitempty"`
	SignedHeaders   string `json:"signedHeaders,omitempty"`
	Signature       string `json:"signature,omitempty"`
	// Skew is now minus the timestamp in seconds, when Now was given.
	Skew *int64 `json:"skew,omitempty"`
}

// Text parses a capture in any format package capture reads (raw HTTP,
// curl, HAR, SDK debug dump, the page's JSON) and checks it. The error is
// the parser's: the text is not a request.
func Text(text []byte, opts Options) (*Report, error) {
	req, err := capture.Parse(text)
	if err != nil {
		return nil, err
	}
	return Check(req, opts), nil
}

// Check verifies req. It never fails: every problem is in the report.
func Check(req *capture.Request, opts Options) *Report {
	c := &checker{req: req, opts: opts, rep: &Report{Causes: []Finding{}, Warnings: []Finding{}, Diff: []DiffLine{}}}
	c.run()
	rep := c.rep
	rep.Valid = rep.Error == nil && rep.Incomplete == ""
	return rep
}

// checker carries one verification.
type checker struct {
	req  *capture.Request
	opts Options
	rep  *Report
	seen map[string]bool // finding ids already reported

	dateBad, serviceBad bool // the scope's date / service is rejected

	work   formWork // what the cause search's re-serialisations cost
	tsWork tsWork   // what the search for the signed timestamp costs
}

// reject records an API rejection. The first one is the error; later ones
// stay visible as warnings so nothing found is hidden.
func (c *checker) reject(code, id string, m message.Msg) {
	if c.rep.Error == nil {
		c.rep.Error = &APIError{Code: code, Message: m.Render(message.EN), Check: id, Text: m}
		return
	}
	c.warn(id, message.New(message.VAlsoRejected, code, m))
}

func (c *checker) warn(id string, m message.Msg) {
	c.rep.Warnings = append(c.rep.Warnings, Finding{id, m.Render(message.EN), m})
}

func (c *checker) cause(id string, m message.Msg) {
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	msg := m.Render(message.EN)
	key := id + "\x00" + msg
	if c.seen[key] {
		return
	}
	c.seen[key] = true
	c.rep.Causes = append(c.rep.Causes, Finding{id, msg, m})
}

func (c *checker) incomplete(m message.Msg) {
	if c.rep.Incomplete == "" {
		c.rep.Incomplete, c.rep.IncompleteMsg = m.Render(message.EN), m
	}
}
