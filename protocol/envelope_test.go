package protocol_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/protocol"
)

// The documentation's example error, byte for byte, in the API's member order.
func TestEnvelopeError(t *testing.T) {
	env := protocol.NewError("AuthFailure.SignatureFailure",
		"The provided credentials could not be validated. Please check your signature is correct.",
		"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")
	want := `{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated. Please check your signature is correct."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}`
	assert.Equal(t, want, string(env.AppendJSON(nil)))

	b, err := json.Marshal(env)
	require.NoError(t, err)
	assert.Equal(t, want, string(b), "encoding/json uses MarshalJSON")

	var back protocol.Envelope
	require.NoError(t, json.Unmarshal(b, &back))
	require.NotNil(t, back.Response.Error)
	assert.Equal(t, *env.Response.Error, *back.Response.Error)
	assert.Equal(t, env.Response.RequestID, back.Response.RequestID)
}

// A success has no Error; extra members follow RequestId; strings are escaped.
func TestEnvelopeExtra(t *testing.T) {
	env := protocol.Envelope{Response: protocol.Response{RequestID: "id<1>", Extra: []protocol.Member{
		{Name: "Tcsig", JSON: []byte(`{"Action":"X"}`)},
	}}}
	assert.Equal(t, `{"Response":{"RequestId":"id\u003c1\u003e","Tcsig":{"Action":"X"}}}`, string(env.AppendJSON(nil)))
	assert.True(t, json.Valid(env.AppendJSON(nil)))
}
