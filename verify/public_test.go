package verify_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/verify"
)

// The owner's report shows the expected signature; the public view of the
// same report carries codes and ids only, and the API's own message.
func TestPublicView(t *testing.T) {
	res, rep := checkExpiredWrongSignature(t)
	assert.Equal(t, verify.CodeSignatureExpire, rep.Error.Code)
	owner, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.Contains(t, string(owner), "Expected signature "+res.Signature, "tcsig verify keeps showing everything")

	pub := rep.Public()
	assert.False(t, pub.Valid)
	require.NotNil(t, pub.Error)
	assert.Equal(t, verify.PublicError{Code: verify.CodeSignatureExpire, Message: verify.APIMessage(verify.CodeSignatureExpire), Check: "clock-skew"}, *pub.Error)
	assert.Equal(t, []string{"unknown"}, pub.Causes)
	assert.Contains(t, pub.Warnings, "signature")
	assert.Empty(t, pub.Received.Signature)
	assert.Equal(t, "DescribeInstances", pub.Received.Action)
	b, err := json.Marshal(pub)
	require.NoError(t, err)
	assert.NotContains(t, string(b), res.Signature[:8])
	assert.NotContains(t, string(b), res.DerivedKeys.SecretSigning[:8])
}

func TestAPIMessage(t *testing.T) {
	assert.Equal(t, "The provided credentials could not be validated. Please check your signature is correct.",
		verify.APIMessage(verify.CodeSignatureFailure))
	assert.Equal(t, "The request failed with Some.Code.", verify.APIMessage("Some.Code"))
}
