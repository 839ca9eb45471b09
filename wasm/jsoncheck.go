package main

import (
	"errors"

	"github.com/tcsig/tcsig/internal/jsonlite"
)

// JSONError locates a syntax error in a JSON text for the body editor.
type JSONError struct {
	Line, Column int // 1-based; Column counts characters, not bytes
	Offset       int // byte offset of the offending character
	Message      string
}

// CheckJSON returns nil when text is one valid JSON value, else where and
// why it is not. Browsers' JSON.parse messages do not all give a position;
// jsonlite's (encoding/json's messages, without linking encoding/json into
// the module) do.
func CheckJSON(text string) *JSONError {
	_, err := jsonlite.Decode([]byte(text))
	if err == nil {
		return nil
	}
	off := len(text)
	var se *jsonlite.SyntaxError
	if errors.As(err, &se) && se.Offset >= 0 && se.Offset <= len(text) {
		off = se.Offset
	}
	line, col := 1, 1
	for _, r := range text[:off] {
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return &JSONError{Line: line, Column: col, Offset: off, Message: err.Error()}
}

// JSONErrorObj is CheckJSON's result as the page receives it.
func JSONErrorObj(e *JSONError) Obj {
	return Obj{{"line", e.Line}, {"column", e.Column}, {"offset", e.Offset}, {"message", e.Message}}
}
