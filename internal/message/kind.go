package message

// KindError is an error of a kind — a sentinel that errors.Is finds, and a
// caller's switch reads — with the detail for a person. The catalog's
// lookups and the relay's refusals are such errors.
type KindError struct {
	Kind error  // the sentinel
	Text string // the detail in English: Error()
	// Msg is Text as a message code, for other languages; zero where the
	// text is English only (a program's own mistakes, the relay's answers).
	Msg Msg
}

func (e *KindError) Error() string { return e.Text }
func (e *KindError) Unwrap() error { return e.Kind }

// Render returns the error in lang: Msg when it is set, else Text.
func (e *KindError) Render(lang Lang) string {
	if e.Msg.IsZero() {
		return e.Text
	}
	return e.Msg.Render(lang)
}
