package capture

import (
	"errors"
	"strconv"

	"github.com/tcsig/tcsig/internal/message"
)

// Sentinel errors, wrapped by *ParseError; test with errors.Is.
var (
	// ErrTooLarge: the input (or a body built from it) exceeds MaxInputSize.
	ErrTooLarge = errors.New("input too large")
	// ErrUnknownFormat: the input is none of the supported formats.
	ErrUnknownFormat = errors.New("unknown input format")
	// ErrMultipart: curl -F builds a multipart body with a random boundary,
	// which cannot be reproduced byte for byte.
	ErrMultipart = errors.New("multipart body cannot be reproduced")
	// ErrFileReference: the request needs the contents of a file (curl
	// @file, -T, -K; a HAR body stored outside the file), which this package
	// cannot read.
	ErrFileReference = errors.New("request refers to a file")
	// ErrAmbiguous: the input holds several requests and one must be chosen
	// (see HAREntries and ParseHAREntry).
	ErrAmbiguous = errors.New("several requests; choose one")
)

// ParseError is a failure to parse, with the place it happened.
type ParseError struct {
	Format string // one of the Format constants, or "" before the format is known
	Line   int    // 1-based line of the input; 0 when not applicable
	Offset int    // 0-based byte offset into the input; -1 when not applicable
	Msg    string // what is wrong, for a person
	Err    error  // a sentinel above, or nil
	// Text is Msg as a message code and arguments, when the parser wrote
	// it from one: Render shows it in another language.
	Text message.Msg
}

func (e *ParseError) Error() string { return e.Render(message.EN) }

// Render returns the error in lang: the place, then what is wrong (in
// English when the parser wrote it as plain text).
func (e *ParseError) Render(lang message.Lang) string {
	s := ""
	if e.Format != "" {
		s = e.Format + ": "
	}
	switch {
	case e.Line > 0:
		s += message.New(message.CapErrLine, strconv.Itoa(e.Line)).Render(lang)
	case e.Offset >= 0:
		s += message.New(message.CapErrByte, strconv.Itoa(e.Offset)).Render(lang)
	}
	if !e.Text.IsZero() {
		return s + e.Text.Render(lang)
	}
	return s + e.Msg
}

func (e *ParseError) Unwrap() error { return e.Err }

// msgErr is a ParseError whose text is the message code with args; atLine
// or atOffset gives the place.
func msgErr(format string, sentinel error, code message.Code, args ...any) *ParseError {
	m := message.New(code, args...)
	return &ParseError{Format: format, Offset: -1, Msg: m.Render(message.EN), Err: sentinel, Text: m}
}

// atLine sets e's line.
func (e *ParseError) atLine(line int) *ParseError { e.Line = line; return e }

// atOffset sets e's byte offset.
func (e *ParseError) atOffset(off int) *ParseError { e.Offset = off; return e }
