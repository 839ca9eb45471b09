package catalog

import (
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/internal/suggest"
)

// didYouMean is "; did you mean X?" or "".
func didYouMean(name string, candidates []string) any {
	if s := suggest.Closest(name, candidates); s != "" {
		return message.New(message.CatDidYouMean, s)
	}
	return ""
}

// lookupError is an unknown service, version or action: errors.Is finds
// its sentinel, and it renders in another language.
type lookupError struct {
	sentinel error
	msg      message.Msg
}

func (e *lookupError) Error() string                   { return e.msg.Render(message.EN) }
func (e *lookupError) Render(lang message.Lang) string { return e.msg.Render(lang) }
func (e *lookupError) Unwrap() error                   { return e.sentinel }

// errMsg is err as a message: its own when it has one.
func errMsg(err error) message.Msg {
	if le, ok := err.(*lookupError); ok {
		return le.msg
	}
	return message.New(message.Wrapped, err.Error())
}
