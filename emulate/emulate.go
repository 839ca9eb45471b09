// Package emulate is a local Tencent Cloud API endpoint that verifies
// signatures the way the API does and answers in the API's JSON shape, so an
// SDK pointed at it (HttpProfile.Endpoint = "127.0.0.1:PORT") gets the same
// errors it would get from Tencent — without a network or an account.
package emulate

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/verify"
)

// Options configure the handler.
type Options struct {
	// Now is the server clock for the 5-minute check; nil means time.Now.
	Now func() time.Time
	// Logger, when set, gets one line per request: the action, the outcome
	// and the SecretId's prefix. Never a key, a signature or a header value.
	Logger *slog.Logger
}

// handler answers every request at its root.
type handler struct {
	keys map[string]string
	now  func() time.Time
	log  *slog.Logger
}

// New returns the endpoint. keys maps SecretId to SecretKey; it is copied.
func New(keys map[string]string, opts Options) http.Handler {
	h := &handler{keys: make(map[string]string, len(keys)), now: opts.Now, log: opts.Logger}
	for id, k := range keys {
		h.keys[id] = k
	}
	if h.now == nil {
		h.now = time.Now
	}
	return h
}

// Response is the API's envelope: {"Response": {...}}.
type Response struct {
	Response Body `json:"Response"`
}

// Body is the inside of the envelope.
type Body struct {
	Error     *Error `json:"Error,omitempty"`
	RequestID string `json:"RequestId"`
	// Tcsig echoes what was verified; the API has no such field, but the
	// SDKs ignore fields they do not know.
	Tcsig *Echo `json:"Tcsig,omitempty"`
}

// Error is the API's error object.
type Error struct {
	Code    string `json:"Code"`
	Message string `json:"Message"`
}

// Echo is what the endpoint verified, in the API's PascalCase.
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
	id := requestID()
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		h.answer(w, id, &Error{verify.CodeUnsupportedProtocol, "method " + r.Method + " is not supported: the API takes GET or POST only"}, nil)
		return
	}
	// The largest request the API takes is a 10 MB TC3 POST; read one byte
	// more to tell "at the limit" from "over it".
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, protocol.LimitPOSTTC3+1))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			h.answer(w, id, &Error{verify.CodeSizeLimit, "the request body is over " + strconv.Itoa(protocol.LimitPOSTTC3) +
				" bytes (10 MB), the largest the API takes"}, nil)
			return
		}
		h.answer(w, id, &Error{"InvalidRequest", "reading the request body failed: " + err.Error()}, nil)
		return
	}
	req := &capture.Request{
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
	rep := verify.Check(req, verify.Options{
		Now: h.now(),
		SecretKeyFor: func(secretID string) (string, bool) {
			k, ok := h.keys[secretID]
			return k, ok
		},
	})
	echo := &Echo{
		Action:          rep.Received.Action,
		Version:         rep.Received.Version,
		Region:          rep.Received.Region,
		Service:         rep.Received.Service,
		SignatureMethod: rep.Received.SignatureMethod,
		SecretId:        rep.Received.SecretID,
		Timestamp:       rep.Received.Timestamp,
		SignedHeaders:   rep.Received.SignedHeaders,
		Causes:          strs(rep.Causes),
		Warnings:        strs(rep.Warnings),
	}
	if rep.Received.SignatureMethod == "" {
		echo = nil // nothing was signed: nothing to echo
	}
	switch {
	case rep.Error != nil:
		msg := rep.Error.Message
		if len(rep.Causes) > 0 {
			msg += " Cause: " + strings.Join(strs(rep.Causes), "; ")
		}
		h.answer(w, id, &Error{rep.Error.Code, msg}, echo)
	case rep.Incomplete != "":
		h.answer(w, id, &Error{verify.CodeInvalidAuthorization, rep.Incomplete}, echo)
	default:
		h.answer(w, id, nil, echo)
	}
}

// answer writes the API's envelope with HTTP 200, as the API does for its
// own errors, and logs one line.
func (h *handler) answer(w http.ResponseWriter, id string, e *Error, echo *Echo) {
	body := Body{Error: e, RequestID: id, Tcsig: echo}
	b, err := json.Marshal(Response{body})
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	w.Write(b)
	if h.log != nil {
		attrs := []any{"requestId", id}
		if echo != nil {
			attrs = append(attrs, "action", echo.Action, "signatureMethod", echo.SignatureMethod, "secretId", prefix(echo.SecretId))
		}
		if e != nil {
			attrs = append(attrs, "error", e.Code)
		} else {
			attrs = append(attrs, "result", "ok")
		}
		h.log.Info("emulate", attrs...)
	}
}

func strs(fs []verify.Finding) []string {
	if len(fs) == 0 {
		return nil
	}
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.String()
	}
	return out
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
