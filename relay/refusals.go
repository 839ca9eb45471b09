package relay

import "github.com/tcsig/tcsig/internal/message"

// refuseMsg is a decision of the relay's own rules: an error of kind whose
// message is a code. The answer carries its English text, which the page
// reads back into the code (package message's Match) to show it in its own
// language.
func refuseMsg(kind error, code message.Code, args ...any) error {
	return &message.KindError{Kind: kind, Text: message.New(code, args...).Render(message.EN)}
}

// sizeMsg is a body size for the too-large refusals: n bytes, or over the
// limit when reading stopped there (n < 0).
func sizeMsg(n int64) message.Msg {
	if n < 0 {
		return message.New(message.RelayOverLimit)
	}
	return message.New(message.RelaySizeBytes, n)
}
