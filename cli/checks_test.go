package cli

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/message"
)

// A TC3 POST with a body that is not JSON signs (exit 0) and warns, in the
// page's words, that the API will answer with an error.
func TestSignWarnsOnInvalidJSON(t *testing.T) {
	bad := "{\n  \"Limit\": 1,}"
	e := jsonlite.Check(bad)
	require.NotNil(t, e)
	want := "tcsig sign: warning: JSON error at line 2, column 14: " + e.Message +
		". Signed as typed: TC3 signs the body's bytes, but the API will answer with an error.\n"

	r := runCLI(t, "", docCreds(), append([]string{"sign", "--data", bad}, cvm...)...)
	require.Equal(t, ExitOK, r.code, r.stderr)
	assert.Equal(t, want, r.stderr)

	// The page's words, in both languages: the module's checkJSON gives the
	// page the same two messages (wasm.JSONErrorObj).
	for _, lang := range []message.Lang{message.EN, message.ZH} {
		r := runCLI(t, "", docCreds(), append([]string{"sign", "--lang", string(lang), "--data", bad}, cvm...)...)
		assert.Contains(t, r.stderr, message.New(message.JSONErrorAt, 2, 14, message.JSONSyntax(e.Message)).Render(lang), lang)
		assert.Contains(t, r.stderr, message.New(message.JSONSignedAnyway).Render(lang), lang)
	}

	for name, args := range map[string][]string{
		"valid JSON":        {"--data", `{"Limit":1}`},
		"empty body":        {},
		"not a JSON body":   {"--data", "a=b", "--content-type", "application/octet-stream"},
		"multipart":         {"--form", "a=b"},
		"unsigned, as JSON": {"--data", "{}", "--unsigned-payload"},
	} {
		r := runCLI(t, "", docCreds(), append(append([]string{"sign"}, cvm...), args...)...)
		require.Equal(t, ExitOK, r.code, name+": "+r.stderr)
		assert.NotContains(t, r.stderr, "JSON error", name)
	}

	// GET refuses the same data, as before: its parameters come from it.
	r = runCLI(t, "", docCreds(), append([]string{"sign", "--method", "GET", "--data", bad}, cvm...)...)
	assert.Equal(t, ExitUsage, r.code)
	assert.Contains(t, r.stderr, "--data: invalid JSON")
}

func TestSignRegionSuggestion(t *testing.T) {
	r := runCLI(t, "", docCreds(), "sign", "--service", "cvm", "--action", "DescribeZones", "--version", "2017-03-12", "--region", "ap-guangzhuo")
	require.Equal(t, ExitOK, r.code, "an unknown region stays a warning")
	assert.Contains(t, r.stderr, "tcsig sign: warning: ap-guangzhuo is not in tcsig's region table")
	assert.Contains(t, r.stderr, "did you mean --region ap-guangzhou?\n")
	assert.Contains(t, r.stdout, "did you mean --region ap-guangzhou?", "the text output's warnings say it too")

	r = runCLI(t, "", docCreds(), "sign", "--service", "cvm", "--action", "DescribeZones", "--version", "2017-03-12", "--region", "eu-moon-1")
	require.Equal(t, ExitOK, r.code)
	assert.Contains(t, r.stderr, "eu-moon-1 is not in tcsig's region table")
	assert.NotContains(t, r.stderr, "did you mean")
}

func TestSignUnknownFlagSuggestion(t *testing.T) {
	r := runCLI(t, "", docCreds(), "sign", "--service", "cvm", "--regoin", "ap-guangzhou")
	assert.Equal(t, ExitUsage, r.code)
	assert.Equal(t, "tcsig sign: unknown flag --regoin; did you mean --region? (run 'tcsig sign --help' for the flags)\n", r.stderr)

	r = runCLI(t, "", docCreds(), "sign", "--frobnicate")
	assert.Equal(t, ExitUsage, r.code)
	assert.NotContains(t, r.stderr, "did you mean")
}

// --signature-method takes the API's names in any letter case and signs
// with the API's spelling.
func TestSignSignatureMethodCase(t *testing.T) {
	for _, spelled := range []string{"hmacsha1", "HMACSHA1", "HmacSha1"} {
		r := runCLI(t, "", docCreds(), append([]string{"sign", "--output", "json", "--signature-method", spelled}, cvm...)...)
		require.Equal(t, ExitOK, r.code, r.stderr)
		assert.Contains(t, r.stdout, `"signatureMethod": "HmacSHA1"`, spelled)
	}
	r := runCLI(t, "", docCreds(), append([]string{"sign", "--output", "json", "--signature-method", "tc3-hmac-sha256"}, cvm...)...)
	require.Equal(t, ExitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, `"signatureMethod": "TC3-HMAC-SHA256"`)
}

func TestEndpointRegionSuggestion(t *testing.T) {
	r := runCLI(t, "", nil, "endpoint", "--service", "cvm", "--region", "ap-guangzhuo")
	require.Equal(t, ExitOK, r.code)
	assert.Contains(t, r.stderr, "ap-guangzhuo is not in tcsig's region table")
	assert.Contains(t, r.stderr, "did you mean --region ap-guangzhou?\n")
}
