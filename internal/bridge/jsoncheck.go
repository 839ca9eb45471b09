package bridge

import (
	"encoding/json"
	"errors"
	"strings"
)

// JSONError locates a syntax error in a JSON text for the body editor.
type JSONError struct {
	Line, Column int // 1-based; Column counts characters, not bytes
	Offset       int // byte offset of the offending character
	Message      string
}

// CheckJSON returns nil when text is one valid JSON value, else where and
// why it is not. Browsers' JSON.parse messages do not all give a position;
// encoding/json's do.
func CheckJSON(text string) *JSONError {
	var v json.RawMessage
	err := json.Unmarshal([]byte(text), &v)
	if err == nil {
		return nil
	}
	off := len(text)
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset > 0 && !strings.HasPrefix(se.Error(), "unexpected end") {
		off = int(se.Offset) - 1 // Offset counts the bytes read, the bad one included
	}
	if off > len(text) {
		off = len(text)
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
