package signer

import (
	"github.com/tcsig/tcsig/internal/message"
)

// ErrMissingCredentials reports an empty SecretId or SecretKey.
var ErrMissingCredentials error = &message.Error{Msg: message.New(message.MissingCreds)}

// FieldError is bad or missing input in one named field.
type FieldError struct {
	// Field is the Go name of the Request or Credentials field at fault
	// (e.g. "Service", "ContentType", "Payload"); callers name it their
	// own way (package request's table: a flag, a JavaScript property).
	Field string
	Msg   string // the problem in English
	// Text is the problem as a message code, for other languages; when it
	// is set, Msg is its English rendering.
	Text message.Msg
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

// Render returns the error in lang: the field's name stays as the CLI
// and the page spell it.
func (e *FieldError) Render(lang message.Lang) string { return e.Field + ": " + e.Problem(lang) }

// Problem returns the problem without the field's name, in lang.
func (e *FieldError) Problem(lang message.Lang) string {
	if e.Text.IsZero() {
		return e.Msg
	}
	return e.Text.Render(lang)
}

// fieldErr returns a *FieldError for field with the message code.
func fieldErr(field string, code message.Code, args ...any) *FieldError {
	m := message.New(code, args...)
	return &FieldError{Field: field, Msg: m.Render(message.EN), Text: m}
}

// LimitError is a request over its documented size limit.
type LimitError struct {
	What  string // "GET query string" or "POST body"
	Used  int
	Limit int
	Rule  string // which rule sets the limit, e.g. "POST with HmacSHA256"
	Hint  string // what to change
	// The same parts as message codes, for other languages; each is used
	// in place of its string when set.
	WhatMsg, RuleMsg, HintMsg message.Msg
}

func (e *LimitError) Error() string { return e.Render(message.EN) }

// Render returns the error in lang.
func (e *LimitError) Render(lang message.Lang) string {
	part := func(m message.Msg, s string) any {
		if m.IsZero() {
			return s
		}
		return m
	}
	m := message.New(message.LimitOver, part(e.WhatMsg, e.What), e.Used, e.Limit, message.Size(e.Limit), part(e.RuleMsg, e.Rule))
	if e.Hint != "" || !e.HintMsg.IsZero() {
		m = message.New(message.LimitHint, m, part(e.HintMsg, e.Hint))
	}
	return m.Render(lang)
}

// EncodingError is text that is not valid UTF-8.
type EncodingError struct {
	Field  string
	Offset int // byte offset of the first invalid byte
}

func (e *EncodingError) Error() string { return e.Render(message.EN) }

// Render returns the error in lang.
func (e *EncodingError) Render(lang message.Lang) string {
	return message.New(message.EncodingInvalid, e.Field, e.Offset).Render(lang)
}
