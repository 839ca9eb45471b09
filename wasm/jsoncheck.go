package main

import "github.com/tcsig/tcsig/internal/jsonlite"

// JSONErrorObj is jsonlite.Check's result as the page receives it.
func JSONErrorObj(e *jsonlite.Position) Obj {
	return Obj{{"line", e.Line}, {"column", e.Column}, {"offset", e.Offset}, {"message", e.Message}}
}
