package main

import (
	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/message"
)

// JSONErrorObj is jsonlite.Check's result as the page receives it, its
// message in lang: text is the sentence the page shows (the CLI's warning
// says the same), signedNote what it adds when a TC3 POST signed the body
// anyway.
func JSONErrorObj(e *jsonlite.Position, lang message.Lang) Obj {
	syntax := message.JSONSyntax(e.Message)
	return Obj{{"line", e.Line}, {"column", e.Column}, {"offset", e.Offset}, {"message", syntax.Render(lang)},
		{"text", message.New(message.JSONErrorAt, e.Line, e.Column, syntax).Render(lang)},
		{"signedNote", message.New(message.JSONSignedAnyway).Render(lang)}}
}
