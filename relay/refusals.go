package relay

import msgs "github.com/tcsig/tcsig/internal/message"

// refuseMsg is refuse with the message as a code: the answer carries its
// English text, which the page reads back into the code (package message's Match)
// to show it in its own language.
func refuseMsg(kind error, code msgs.Code, args ...any) error {
	return &refusal{kind: kind, msg: msgs.New(code, args...).Render(msgs.EN)}
}

// sizeMsg is a body size for the too-large refusals: n bytes, or over the
// limit when reading stopped there (n < 0).
func sizeMsg(n int64) msgs.Msg {
	if n < 0 {
		return msgs.New(msgs.RelayOverLimit)
	}
	return msgs.New(msgs.RelaySizeBytes, n)
}
