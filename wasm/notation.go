package main

import "github.com/tcsig/tcsig/internal/notation"

// Mark is tcsig.mark(text): text cut for display in tcsig's notation of
// invisible characters (package notation), so the page draws the same
// badges as the CLI prints. The result is flat, to cross into JavaScript
// cheaply: text, then for each mark its name, kind, title and the text
// after it — [text, name, kind, title, text, name, kind, title, text, …].
func Mark(s string) []any {
	out := []any{""}
	notation.Walk(s, func(raw string, m *notation.Mark) {
		if m == nil {
			out[len(out)-1] = raw // Walk never yields two runs of text in a row
			return
		}
		out = append(out, m.Name, string(m.Kind), m.Title, "")
	})
	return out
}

// Notation is tcsig.notation: the named marks, for a legend.
func Notation() []any {
	t := notation.Table()
	out := make([]any, len(t))
	for i, e := range t {
		out[i] = Obj{{"char", string(e.Rune)}, {"name", e.Mark.Name}, {"title", e.Mark.Title}, {"kind", string(e.Mark.Kind)}}
	}
	return out
}
