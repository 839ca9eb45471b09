package apierror

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEveryExplanationInEveryLanguage(t *testing.T) {
	keys := map[key]bool{keyAuthOther: true, keyRelay: true}
	for _, k := range byCode {
		keys[k] = true
	}
	for lang, table := range texts {
		assert.Len(t, table, len(keys), lang+": an explanation no code uses, or one missing")
		for k := range keys {
			assert.NotEmpty(t, table[k], "%s has no %s", lang, k)
		}
	}
	require.Contains(t, texts, En)
	require.Contains(t, texts, Zh)
}

func TestExplain(t *testing.T) {
	for code, want := range map[string]string{
		SignatureFailure:                    "the API computed a different signature",
		SignatureExpire:                     "more than 5 minutes away",
		InvalidSecretID:                     "The SecretId does not exist",
		SecretIDNotFound:                    "The SecretId does not exist",
		"AuthFailure.UnauthorizedOperation": "CAM policy",
		"Relay.DNSFailure":                  "did not reach the API",
	} {
		assert.Contains(t, Explain(code, En), want, code)
		assert.NotEqual(t, Explain(code, En), Explain(code, Zh), code)
	}
	assert.Equal(t, Explain(SignatureFailure, En), Explain(SignatureFailure, "fr"), "unknown language: English")
	for _, code := range []string{"", "InvalidParameter", "ResourceNotFound.InstanceNotFound", "authfailure.x"} {
		assert.Empty(t, Explain(code, En), code)
	}
}
