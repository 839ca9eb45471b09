package jsonlite

import "errors"

// Position locates a syntax error in a JSON text for a person: the body
// editor points at it, the CLI names it.
type Position struct {
	Line, Column int // 1-based; Column counts characters, not bytes
	Offset       int // byte offset of the offending character
	Message      string
}

// Check returns nil when text is one valid JSON value, else where and why
// it is not. Browsers' JSON.parse messages do not all give a position;
// Decode's (encoding/json's messages) do.
func Check(text string) *Position {
	_, err := Decode([]byte(text))
	if err == nil {
		return nil
	}
	off := len(text)
	var se *SyntaxError
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
	return &Position{Line: line, Column: col, Offset: off, Message: err.Error()}
}
