package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/signer"
)

// Credentials of the worked example in "Signature v3" (签名方法 v3).
const (
	verifyDocID  = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
	verifyDocKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"
)

// docRequest is the documentation's example A as the SDK would send it
// today (no charset); edit changes it before signing.
func docSigned(t *testing.T, edit func(*signer.Request)) *signer.Result {
	t.Helper()
	r := &signer.Request{Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12",
		Region: "ap-guangzhou", Timestamp: testTimestamp, ContentType: "application/json",
		Payload: []byte(`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`)}
	if edit != nil {
		edit(r)
	}
	res, err := signer.Sign(r, signer.Credentials{SecretID: verifyDocID, SecretKey: verifyDocKey})
	require.NoError(t, err)
	return res
}

// rawHTTP renders a signed request as raw HTTP/1.1; header values in
// replace are sent instead of the signed ones.
func rawHTTP(res *signer.Result, replace map[string]string) string {
	var b strings.Builder
	b.WriteString(res.Method + " / HTTP/1.1\r\n")
	for _, h := range res.Headers {
		v := h.Value
		if r, ok := replace[h.Name]; ok {
			v = r
		}
		b.WriteString(h.Name + ": " + v + "\r\n")
	}
	b.WriteString("Content-Length: " + strconv.Itoa(len(res.Body)) + "\r\n\r\n")
	b.Write(res.Body)
	return b.String()
}

func keyEnv() map[string]string { return map[string]string{EnvSecretKey: verifyDocKey} }

func verifyGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if updating() {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cli -run %s -update", t.Name())
	assert.Equal(t, string(want), got, "%s differs from the output", name)
}

func TestVerifyValid(t *testing.T) {
	res := runCLI(t, rawHTTP(docSigned(t, nil), nil), keyEnv(), "verify")
	require.Equal(t, ExitOK, res.code, "exit code; stderr %q\n%s", res.stderr, res.stdout)
	verifyGolden(t, "verify_valid.golden", res.stdout)
}

// docs/verify.md's diagnosis example: Content-Type signed with a charset, sent
// without one.
func TestVerifyCharsetDiagnosis(t *testing.T) {
	signed := docSigned(t, func(r *signer.Request) { r.ContentType = "application/json; charset=utf-8" })
	text := rawHTTP(signed, map[string]string{"Content-Type": "application/json"})
	res := runCLI(t, text, keyEnv(), "verify", "--output", "text")
	require.Equal(t, ExitInvalid, res.code, "exit code; stderr %q", res.stderr)
	assert.Contains(t, res.stdout, "content-type-charset: the client signed Content-Type \"application/json; charset=utf-8\" but sent \"application/json\"", "no charset cause")
	verifyGolden(t, "verify_charset.golden", res.stdout)

	res = runCLI(t, text, keyEnv(), "verify", "--output", "json")
	require.Equal(t, ExitInvalid, res.code, "json: exit code")
	var got struct {
		Valid bool `json:"valid"`
		Error *struct {
			Code, Message string
		} `json:"error"`
		Causes   []string        `json:"causes"`
		Warnings []string        `json:"warnings"`
		Expected json.RawMessage `json:"expected"`
		Diff     []any           `json:"diff"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &got), "output:\n%s", res.stdout)
	assert.False(t, got.Valid, "json = %+v", got)
	if assert.NotNil(t, got.Error, "json = %+v", got) {
		assert.Equal(t, "AuthFailure.SignatureFailure", got.Error.Code, "json error code")
	}
	if assert.Len(t, got.Causes, 1, "json causes") {
		assert.True(t, strings.HasPrefix(got.Causes[0], "content-type-charset: "), "json causes %q", got.Causes)
	}
	assert.NotNil(t, got.Warnings, "json warnings, want a list (maybe empty)")
	assert.NotNil(t, got.Diff, "json diff, want a list (maybe empty)")
	var exp map[string]any
	assert.NoError(t, json.Unmarshal(got.Expected, &exp), "expected = %s", got.Expected)
	assert.NotNil(t, exp["canonicalRequest"], "expected = %s", got.Expected)
	assert.NotNil(t, exp["stringToSign"], "expected = %s", got.Expected)
}

func TestVerifyExitCodes(t *testing.T) {
	good := rawHTTP(docSigned(t, nil), nil)
	dir := t.TempDir()
	file := filepath.Join(dir, "capture.http")
	require.NoError(t, os.WriteFile(file, []byte(good), 0o600))
	cases := []struct {
		name   string
		stdin  string
		vars   map[string]string
		args   []string
		code   int
		stderr string
	}{
		{"file argument", "", keyEnv(), []string{"verify", file}, ExitOK, ""},
		{"clock off", good, keyEnv(), []string{"verify", "--now", "off"}, ExitOK, ""},
		{"expired", good, keyEnv(), []string{"verify", "--now", strconv.Itoa(testTimestamp + 301)}, ExitInvalid, ""},
		{"wrong key", good, map[string]string{EnvSecretKey: "WrongKeyWrongKeyWrongKey00000000"}, []string{"verify"}, ExitInvalid, ""},
		{"token required", good, map[string]string{EnvSecretKey: verifyDocKey, EnvSessionToken: "tokentoken"}, []string{"verify"}, ExitInvalid, ""},
		{"not a request", "hello world", keyEnv(), []string{"verify"}, ExitUsage, "tcsig verify: stdin: "},
		{"empty input", "", keyEnv(), []string{"verify"}, ExitUsage, "tcsig verify: stdin: "},
		{"missing file", "", keyEnv(), []string{"verify", filepath.Join(dir, "nope")}, ExitUsage, "no such file"},
		{"no key", good, nil, []string{"verify"}, ExitUsage, "missing SecretKey: set TENCENTCLOUD_SECRET_KEY"},
		{"bad --now", good, keyEnv(), []string{"verify", "--now", "yesterday"}, ExitUsage, "--now"},
		{"bad --output", good, keyEnv(), []string{"verify", "--output", "xml"}, ExitUsage, "--output"},
		{"two files", good, keyEnv(), []string{"verify", file, file}, ExitUsage, "unexpected argument"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := runCLI(t, c.stdin, c.vars, c.args...)
			require.Equal(t, c.code, res.code, "exit code; stderr %q", res.stderr)
			if c.stderr != "" {
				assert.Contains(t, res.stderr, c.stderr)
			}
			// Not NotContains: its failure message would print the key.
			assert.False(t, strings.Contains(res.stderr+res.stdout, "WrongKeyWrongKey") || strings.Contains(res.stderr, verifyDocKey), "a key reached the output")
		})
	}
}

// A client's canonical request with \r line ends and a trailing space: the
// diff names the first differing character.
func TestVerifyDiffFlags(t *testing.T) {
	signed := docSigned(t, nil)
	dir := t.TempDir()
	cr := strings.Replace(signed.CanonicalRequest, "\n", "\r\n", 1) // "POST\r"
	crFile := filepath.Join(dir, "cr.txt")
	require.NoError(t, os.WriteFile(crFile, []byte(cr+"\n"), 0o600)) // the editor's final newline is dropped
	sts := strings.Replace(signed.StringToSign, "1551113065", "1551113065 ", 1)
	stsFile := filepath.Join(dir, "sts.txt")
	require.NoError(t, os.WriteFile(stsFile, []byte(sts), 0o600))
	res := runCLI(t, rawHTTP(signed, nil), keyEnv(), "verify", "--canonical-request", crFile, "--string-to-sign", stsFile)
	require.Equal(t, ExitOK, res.code, "exit code; stderr %q", res.stderr)
	for _, want := range []string{
		"canonical request, line 1, column 5:\n    expected: POST\n    client:   POST<CR>\n                  ^\n",
		"string to sign, line 2, column 11:\n    expected: 1551113065\n    client:   1551113065<SP>\n                        ^\n",
	} {
		assert.Contains(t, res.stdout, want)
	}
	assert.Equal(t, 2, strings.Count(res.stdout, ", line "), "want exactly two diff lines (the final newline is not one):\n%s", res.stdout)
}

// What tcsig sign prints — curl, raw HTTP or the JSON trace — verifies with
// tcsig verify, for every signature method.
func TestSignThenVerify(t *testing.T) {
	vars := map[string]string{EnvSecretID: verifyDocID, EnvSecretKey: verifyDocKey}
	for _, sm := range []string{"TC3-HMAC-SHA256", "HmacSHA256", "HmacSHA1"} {
		for _, method := range []string{"POST", "GET"} {
			for _, out := range []string{outputCurl, outputHTTP, outputJSON} {
				t.Run(sm+" "+method+" "+out, func(t *testing.T) {
					signed := runCLI(t, "", vars, "sign", "--service", "cvm", "--action", "DescribeInstances", "--version", "2017-03-12",
						"--region", "ap-guangzhou", "--signature-method", sm, "--method", method,
						"--data", `{"Limit":1,"Filters":[{"Name":"instance-name","Values":["未命名 a+b&c"]}]}`, "--output", out)
					require.Equal(t, ExitOK, signed.code, "sign: exit code; stderr %s", signed.stderr)
					res := runCLI(t, signed.stdout, vars, "verify")
					require.Equal(t, ExitOK, res.code, "verify: exit code; stderr %s\n%s\ninput:\n%s", res.stderr, res.stdout, signed.stdout)
					assert.True(t, strings.HasPrefix(res.stdout, "VALID"), "stdout %q", res.stdout)
				})
			}
		}
	}
}

// A crafted capture must not act on the terminal that shows the report: an
// action that sets the window title, moves the cursor up and erases the
// verdict line is printed with its control characters spelled out.
func TestVerifyTextShowsTerminalEscapes(t *testing.T) {
	const hostile = "Describe\x1b]0;pwned\x07\x1b[1A\x1b[2KVALID"
	signed := docSigned(t, nil)
	raw := rawHTTP(signed, map[string]string{"X-TC-Action": hostile})
	har := `{"log":{"entries":[{"request":{"method":"POST","url":"https://cvm.tencentcloudapi.com/","headers":[`
	for i, h := range signed.Headers {
		v := h.Value
		if h.Name == "X-TC-Action" {
			v = hostile
		}
		if i > 0 {
			har += ","
		}
		har += `{"name":` + strconv.Quote(h.Name) + `,"value":` + jsonString(v) + `}`
	}
	har += `],"postData":{"mimeType":"application/json","text":` + jsonString(string(signed.Body)) + `}}}]}}`

	for name, capture := range map[string]string{"raw HTTP": raw, "HAR": har} {
		t.Run(name, func(t *testing.T) {
			res := runCLI(t, capture, keyEnv(), "verify", "--now", "off")
			// X-TC-Action is not among the signed headers here, so the
			// signature still verifies: the verdict line must stay the
			// first thing shown, with nothing able to overwrite it.
			require.Equal(t, ExitOK, res.code, "stderr: %s", res.stderr)
			for _, out := range []string{res.stdout, res.stderr} {
				for _, c := range []string{"\x1b", "\x07", "\r"} {
					assert.NotContains(t, out, c, "a raw control byte reached the terminal")
				}
			}
			assert.Contains(t, res.stdout, "Describe<ESC>]0;pwned<BEL><ESC>[1A<ESC>[2KVALID")
			assert.True(t, strings.HasPrefix(res.stdout, "VALID: "), res.stdout)
		})
	}
	// The JSON report stays exact: it is for programs, which escape it.
	res := runCLI(t, raw, keyEnv(), "verify", "--now", "off", "--output", "json")
	assert.Contains(t, res.stdout, `"action": "Describe\u001b]0;pwned\u0007\u001b[1A\u001b[2KVALID"`)
}

// jsonString quotes s as JSON (control characters as \u00XX).
func jsonString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}
