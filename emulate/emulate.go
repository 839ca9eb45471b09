// Package emulate is a local Tencent Cloud API endpoint that verifies
// signatures the way the API does and answers in the API's JSON shape, so an
// SDK pointed at it (HttpProfile.Endpoint = "127.0.0.1:PORT") gets the same
// errors it would get from Tencent — without a network or an account.
//
// It holds real keys and answers whoever reaches its port, so it says what
// the API says and no more: the code, the API's own message and a
// RequestId. Nothing derived from a key (an expected signature, a derived
// key, a hash computed with it) leaves it, in the answer or in its log; the
// owner of a key learns the details from `tcsig verify` instead.
package emulate

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/verify"
)

// DefaultMaxConcurrent is how many requests the endpoint verifies at once
// unless Options say otherwise. Each may hold a 10 MB body and its cause
// search; more would let a few callers take the machine's memory.
const DefaultMaxConcurrent = 4

// timestampWork bounds the search for the timestamp a client signed: the
// endpoint answers whoever reaches its port, so it searches only the
// seconds nearest the timestamp sent (see verify.EndpointTimestampWork);
// the key's owner runs `tcsig verify` for the full search.
const timestampWork = verify.EndpointTimestampWork

// Options configure the handler.
type Options struct {
	// Now is the server clock for the 5-minute check; nil means time.Now.
	Now func() time.Time
	// Logger, when set, gets one line per request: the action, the outcome
	// and the SecretId's prefix. Never a key, a signature or a header value.
	Logger *slog.Logger
	// MaxConcurrent caps the requests read and verified at once; past it
	// the endpoint answers RequestLimitExceeded at once, as the API does
	// over its rate (the SDKs can retry). 0 means DefaultMaxConcurrent.
	MaxConcurrent int
	// GuardHost answers 421 Misdirected Request unless the Host is a
	// loopback name or address, a *.tencentcloudapi.com name or one of
	// AlsoHosts (see AllowedHost): a page whose DNS name is rebound to the
	// emulator's address cannot use it as its own origin. `tcsig serve`
	// leaves it off: it guards every path itself.
	GuardHost bool
	AlsoHosts []string
	// Catalog, when set, makes valid requests answer like the API for the
	// actions it knows (see answerValid in catalog.go).
	Catalog *catalog.Catalog
}

// handler answers every request at its root.
type handler struct {
	keys    map[string]string
	now     func() time.Time
	log     *slog.Logger
	slots   chan struct{} // one token per verification in flight
	guard   bool
	also    []string
	catalog *catalog.Catalog
}

// New returns the endpoint. keys maps SecretId to SecretKey; it is copied.
func New(keys map[string]string, opts Options) http.Handler {
	h := &handler{keys: make(map[string]string, len(keys)), now: opts.Now, log: opts.Logger,
		guard: opts.GuardHost, also: append([]string(nil), opts.AlsoHosts...), catalog: opts.Catalog}
	for id, k := range keys {
		h.keys[id] = k
	}
	if h.now == nil {
		h.now = time.Now
	}
	n := opts.MaxConcurrent
	if n <= 0 {
		n = DefaultMaxConcurrent
	}
	h.slots = make(chan struct{}, n)
	return h
}

// Echo is what the endpoint verified, in the API's PascalCase, under
// Response.Tcsig. The API has no such member, but the SDKs ignore members
// they do not know. Causes and Warnings are finding ids only: they name
// mistakes, never values.
type Echo struct {
	Action          string   `json:"Action,omitempty"`
	Version         string   `json:"Version,omitempty"`
	Region          string   `json:"Region,omitempty"`
	Service         string   `json:"Service,omitempty"`
	SignatureMethod string   `json:"SignatureMethod,omitempty"`
	SecretId        string   `json:"SecretId,omitempty"` // the API's spelling
	Timestamp       string   `json:"Timestamp,omitempty"`
	SignedHeaders   string   `json:"SignedHeaders,omitempty"`
	Causes          []string `json:"Causes,omitempty"`
	Warnings        []string `json:"Warnings,omitempty"`
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h.guard && !AllowedHost(r.Host, h.also...) {
		h.misdirected(w, r)
		return
	}
	id := requestID()
	// Take a slot before reading the body: the body is most of the memory.
	select {
	case h.slots <- struct{}{}:
		defer func() { <-h.slots }()
	default:
		h.answer(w, id, verify.CodeRequestLimitExceeded, nil)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		h.answer(w, id, verify.CodeUnsupportedProtocol, nil)
		return
	}
	req, code := readRequest(w, r)
	if code != "" {
		h.answer(w, id, code, nil)
		return
	}
	rep := verify.Check(req, verify.Options{
		Now:           h.now(),
		TimestampWork: timestampWork,
		SecretKeyFor: func(secretID string) (string, bool) {
			k, ok := h.keys[secretID]
			return k, ok
		},
	}).Public()
	echo := echoOf(rep)
	switch {
	case rep.Error != nil:
		h.answer(w, id, rep.Error.Code, echo)
	case rep.Incomplete:
		h.answer(w, id, verify.CodeInvalidAuthorization, echo)
	default:
		h.answerValid(w, id, req, rep, echo)
	}
}

// readRequest turns the HTTP request into what verify reads; code is the
// API's error when the body cannot be had.
func readRequest(w http.ResponseWriter, r *http.Request) (req *capture.Request, code string) {
	// The largest request the API takes is a 10 MB TC3 POST; read one byte
	// more to tell "at the limit" from "over it".
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, protocol.LimitPOSTTC3+1))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, verify.CodeSizeLimit
		}
		return nil, verify.CodeInvalidRequest
	}
	req = &capture.Request{
		Method:   r.Method,
		Scheme:   "http",
		Host:     r.Host,
		Path:     r.URL.EscapedPath(),
		RawQuery: r.URL.RawQuery,
		Body:     body,
		Format:   "http",
	}
	if r.TLS != nil {
		req.Scheme = "https"
	}
	if req.Path == "" {
		req.Path = "/"
	}
	req.Header = append(req.Header, capture.Field{Name: "Host", Value: r.Host})
	for name, vs := range r.Header {
		for _, v := range vs {
			req.Header = append(req.Header, capture.Field{Name: name, Value: v})
		}
	}
	return req, ""
}

// echoOf is the Tcsig member; nil when nothing was signed.
func echoOf(rep verify.Public) *Echo {
	if rep.Received.SignatureMethod == "" {
		return nil
	}
	return &Echo{
		Action:          rep.Received.Action,
		Version:         rep.Received.Version,
		Region:          rep.Received.Region,
		Service:         rep.Received.Service,
		SignatureMethod: rep.Received.SignatureMethod,
		SecretId:        rep.Received.SecretID,
		Timestamp:       rep.Received.Timestamp,
		SignedHeaders:   rep.Received.SignedHeaders,
		Causes:          rep.Causes,
		Warnings:        rep.Warnings,
	}
}

// answer writes the API's envelope with HTTP 200, as the API does for its
// own errors, and logs one line. code "" is a success; an error's message
// is the API's own for the code.
func (h *handler) answer(w http.ResponseWriter, id, code string, echo *Echo) {
	h.answerWith(w, id, code, verify.APIMessage(code), echo)
}

// answerWith is answer with the message given: the catalog's findings name
// the parameter, as the API's messages do (nothing in them is derived
// from a key).
func (h *handler) answerWith(w http.ResponseWriter, id, code, message string, echo *Echo) {
	env := protocol.Envelope{Response: protocol.Response{RequestID: id}}
	if code != "" {
		env.Response.Error = &protocol.Error{Code: code, Message: message}
	}
	if echo != nil {
		b, err := json.Marshal(echo)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		env.Response.Extra = []protocol.Member{{Name: "Tcsig", JSON: b}}
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(env.AppendJSON(nil)) // the client may be gone; nothing else to do
	if h.log != nil {
		attrs := []any{"requestId", id}
		if echo != nil {
			attrs = append(attrs, "action", echo.Action, "signatureMethod", echo.SignatureMethod, "secretId", prefix(echo.SecretId))
		}
		if code != "" {
			attrs = append(attrs, "error", code)
		} else {
			attrs = append(attrs, "result", "ok")
		}
		h.log.Info("emulate", attrs...)
	}
}

// prefix shows a SecretId's first characters only.
func prefix(id string) string {
	if len(id) <= 8 {
		return id
	}
	return id[:8] + "…"
}

// requestID returns a random UUID (version 4) like the API's RequestId.
func requestID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "00000000-0000-4000-8000-000000000000"
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}
