package signer

import (
	"errors"
	"strconv"

	"github.com/tcsig/tcsig/protocol"
)

// ErrMissingCredentials reports an empty SecretId or SecretKey.
var ErrMissingCredentials = errors.New("missing credentials: SecretId and SecretKey are required")

// FieldError is bad or missing input in one named field.
type FieldError struct {
	// Field is the Go name of the Request or Credentials field at fault
	// (e.g. "Service", "ContentType", "Payload"); callers name it their
	// own way (package request's table: a flag, a JavaScript property).
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

// LimitError is a request over its documented size limit.
type LimitError struct {
	What  string // "GET query string" or "POST body"
	Used  int
	Limit int
	Rule  string // which rule sets the limit, e.g. "POST with HmacSHA256"
	Hint  string // what to change
}

func (e *LimitError) Error() string {
	s := "request too large: " + e.What + " is " + strconv.Itoa(e.Used) + " bytes, over the limit of " +
		strconv.Itoa(e.Limit) + " bytes (" + protocol.HumanSize(e.Limit) + ") for " + e.Rule
	if e.Hint != "" {
		s += "; " + e.Hint
	}
	return s
}

// EncodingError is text that is not valid UTF-8.
type EncodingError struct {
	Field  string
	Offset int // byte offset of the first invalid byte
}

func (e *EncodingError) Error() string {
	return e.Field + " is not valid UTF-8: invalid byte at offset " + strconv.Itoa(e.Offset) +
		" (Tencent Cloud API accepts UTF-8 only)"
}
