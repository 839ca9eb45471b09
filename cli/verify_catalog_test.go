package cli

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/signer"
)

// A correctly signed request the API would still reject: the verdict is
// VALID (the signature), the catalog's findings are warnings beside it
// with their cause ids and API codes, and the exit status stays 0.
func TestVerifyCatalogWarnings(t *testing.T) {
	capture := rawHTTP(docSigned(t, func(r *signer.Request) {
		r.Payload = []byte(`{"Limt":1,"Offset":"0"}`)
	}), nil)

	r := runCLI(t, capture, keyEnv(), "verify", "--now", "off")
	require.Equal(t, ExitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "VALID: the API would accept this request's signature\n")
	assert.Contains(t, r.stdout, "\nCatalog warnings (beyond the signature; the catalog can lag behind the API):\n"+
		"  - unknown-parameter: unknown parameter Limt; did you mean Limit? [the API answers UnknownParameter]\n"+
		"  - parameter-type: Offset should be a number, not a string [the API answers InvalidParameter]\n")

	r = runCLI(t, capture, keyEnv(), "verify", "--now", "off", "--output", "json")
	require.Equal(t, ExitOK, r.code, r.stderr)
	var rep struct {
		Valid   bool
		Catalog []catalog.Finding
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rep))
	assert.True(t, rep.Valid)
	assert.Equal(t, []catalog.Finding{
		{Cause: "unknown-parameter", Path: "Limt", Code: "UnknownParameter", Message: "unknown parameter Limt; did you mean Limit?"},
		{Cause: "parameter-type", Path: "Offset", Code: "InvalidParameter", Message: "Offset should be a number, not a string"},
	}, rep.Catalog)

	r = runCLI(t, capture, keyEnv(), "verify", "--now", "off", "--no-catalog")
	require.Equal(t, ExitOK, r.code, r.stderr)
	assert.NotContains(t, r.stdout, "Catalog")
}

// The action and version are checked too, whatever the signature says.
func TestVerifyCatalogUnknownAction(t *testing.T) {
	capture := rawHTTP(docSigned(t, func(r *signer.Request) { r.Action = "DescribeInstance" }), nil)
	r := runCLI(t, capture, keyEnv(), "verify", "--now", "off")
	require.Equal(t, ExitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "  - unknown-action: unknown action DescribeInstance in cvm 2017-03-12; did you mean DescribeInstances? [the API answers InvalidAction]\n")
}
