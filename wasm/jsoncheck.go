package main

import (
	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/message"
)

// JSONErrorObj is jsonlite.Check's result as the page receives it, its
// message in lang.
func JSONErrorObj(e *jsonlite.Position, lang message.Lang) Obj {
	return Obj{{"line", e.Line}, {"column", e.Column}, {"offset", e.Offset}, {"message", message.JSONSyntax(e.Message).Render(lang)}}
}
