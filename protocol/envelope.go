// Package protocol holds facts of the Tencent Cloud API 3.0 wire protocol
// that several parts of tcsig share, so each is written down once. It is a
// leaf: it imports nothing of tcsig and nothing that would weigh on the
// browser's WebAssembly module (its JSON is written with internal/jsonlite).
package protocol

import "github.com/tcsig/tcsig/internal/jsonlite"

// Envelope is the API's answer, {"Response": {...}}, as "Error Codes" in the
// API 3.0 documentation shows it. tcsig's own servers answer in it too (the
// relay with its Relay.* codes, the emulator as the API would), so an SDK
// or the page reads their errors like the API's.
//
// The json tags let encoding/json decode an answer into it; encoding goes
// through MarshalJSON, which writes the members in the API's order.
type Envelope struct {
	Response Response `json:"Response"`
}

// Response is the inside of the envelope.
type Response struct {
	// Error is present exactly when the call failed.
	Error *Error `json:"Error,omitempty"`
	// RequestID names the call; the API returns it whenever the request
	// reached the service.
	RequestID string `json:"RequestId"`
	// Extra are members written after RequestId, each already encoded JSON
	// (the emulator's echo of what it verified). The SDKs ignore members
	// they do not know.
	Extra []Member `json:"-"`
}

// Error is the API's error object. Callers match on Code; the documentation
// warns that Message's wording may change.
type Error struct {
	Code    string `json:"Code"`
	Message string `json:"Message"`
}

// Member is one extra member of Response: a name and its encoded JSON value.
type Member struct {
	Name string
	JSON []byte
}

// NewError is the envelope of a failed call.
func NewError(code, message, requestID string) *Envelope {
	return &Envelope{Response: Response{Error: &Error{Code: code, Message: message}, RequestID: requestID}}
}

// AppendJSON appends the envelope's JSON to dst: Error (when set), then
// RequestId, then the extra members in order.
func (e Envelope) AppendJSON(dst []byte) []byte {
	w := jsonlite.Writer{B: dst}
	w.OpenObject()
	w.Key("Response")
	w.OpenObject()
	if r := e.Response; r.Error != nil {
		w.Key("Error")
		w.OpenObject()
		w.Key("Code")
		w.String(r.Error.Code)
		w.Key("Message")
		w.String(r.Error.Message)
		w.CloseObject()
	}
	w.Key("RequestId")
	w.String(e.Response.RequestID)
	for _, m := range e.Response.Extra {
		w.Key(m.Name)
		w.Raw(m.JSON)
	}
	w.CloseObject()
	w.CloseObject()
	return w.B
}

// MarshalJSON writes the envelope as AppendJSON does, so encoding/json
// callers get the same bytes.
func (e Envelope) MarshalJSON() ([]byte, error) { return e.AppendJSON(nil), nil }
