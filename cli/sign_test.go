package cli

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/export"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/signer"
)

// The worked example of "Signature v3" (签名方法 v3), original revision: this
// key, body and content type with SignedHeaders content-type;host sign as
// docSignature.
const (
	docSecretID   = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
	docSecretKey  = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"
	docBody       = `{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`
	docCharset    = "application/json; charset=utf-8"
	docSignature  = "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
	testSessToken = "tmpTokenForTestsOnly0123456789abcdef"
)

// The current zh documentation signs x-tc-action as well, with a masked
// SecretId and SecretKey (doc-tc3-C-zh-current-x-tc-action in the
// reference's vectors.json): these asterisks sign as docActionSignature.
var (
	docMaskedID        = "AKID" + strings.Repeat("*", 32)
	docMaskedKey       = strings.Repeat("*", 32)
	docActionSignature = "10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"
)

func docCreds() map[string]string {
	return map[string]string{EnvSecretID: docSecretID, EnvSecretKey: docSecretKey}
}

// binaryFile is the multipart case's file: a PNG signature, a NUL, 0xFF and
// a quote, none of which a shell word or a JSON string carries as is.
var binaryFile = []byte("\x89PNG\r\n\x1a\n\x00\xff'%\\")

// signCase is one golden request: its flags ({dir} is a temp directory
// holding files), its environment and its stdin.
type signCase struct {
	name  string
	args  []string
	vars  map[string]string
	files map[string][]byte
	stdin string
}

var cvm = []string{"--service", "cvm", "--action", "DescribeInstances", "--version", "2017-03-12", "--region", "ap-guangzhou"}

func signCases() []signCase {
	return []signCase{
		{
			name: "doc-x-tc-action",
			args: append(cvm[:len(cvm):len(cvm)], "--content-type", docCharset, "--signed-headers", "content-type;host;x-tc-action", "--data", docBody),
			vars: map[string]string{EnvSecretID: docMaskedID, EnvSecretKey: docMaskedKey},
		},
		{
			name: "v1-get-escapes",
			args: append(cvm[:len(cvm):len(cvm)], "--method", "GET", "--signature-method", "HmacSHA256",
				"--data", `{"Filters":[{"Name":"tag:env","Values":["a#b","c+d","e=f","g%h","i&j k"]}],"Limit":1}`,
				"--param", "Limit=2", "--param", "Offset="),
			vars: docCreds(),
		},
		{
			name: "tc3-get",
			args: append(cvm[:len(cvm):len(cvm)], "--method", "GET", "--data", `{"InstanceIds":["ins-1","ins-2"],"Limit":20}`),
			vars: docCreds(),
		},
		{
			name:  "multipart-binary",
			args:  []string{"--service", "ocr", "--action", "GeneralBasicOCR", "--version", "2018-11-19", "--region", "ap-guangzhou", "--boundary", "tcsig-boundary", "--form", "LanguageType=zh", "--form", "ImageFile=@{dir}/tiny.png"},
			vars:  docCreds(),
			files: map[string][]byte{"tiny.png": binaryFile},
		},
		{
			name: "token",
			args: []string{"--service", "cvm", "--action", "DescribeZones", "--version", "2017-03-12", "--region", "ap-shanghai", "--language", "en-US", "--data", "{}"},
			vars: map[string]string{EnvSecretID: docSecretID, EnvSecretKey: docSecretKey, EnvSessionToken: testSessToken},
		},
	}
}

// run signs c with --output format.
func (c signCase) run(t *testing.T, format string) result {
	t.Helper()
	dir := t.TempDir()
	for name, content := range c.files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), content, 0o600))
	}
	args := []string{"sign", "--output", format}
	for _, a := range c.args {
		args = append(args, strings.ReplaceAll(a, "{dir}", dir))
	}
	return runCLI(t, c.stdin, c.vars, args...)
}

func TestSignGolden(t *testing.T) {
	for _, c := range signCases() {
		for _, format := range []string{outputJSON, outputText, outputCurl, outputHTTP} {
			t.Run(c.name+"/"+format, func(t *testing.T) {
				r := c.run(t, format)
				require.Equal(t, ExitOK, r.code, "exit code; stderr %q", r.stderr)
				require.Empty(t, r.stderr, "stderr")
				checkGolden(t, "sign-"+c.name+"."+format+".golden", []byte(r.stdout))
			})
		}
	}
}

// trace is the part of the JSON output the tests read.
type trace struct {
	SignatureMethod  string            `json:"signatureMethod"`
	HashedPayload    string            `json:"hashedPayload"`
	CanonicalRequest string            `json:"canonicalRequest"`
	StringToSign     string            `json:"stringToSign"`
	Signature        string            `json:"signature"`
	Authorization    string            `json:"authorization"`
	Method           string            `json:"method"`
	URL              string            `json:"url"`
	Headers          map[string]string `json:"headers"`
	Body             string            `json:"body"`
	BodyBase64       []byte            `json:"bodyBase64"`
	Warnings         []string          `json:"warnings"`
}

func (tr trace) body() []byte {
	if tr.BodyBase64 != nil {
		return tr.BodyBase64
	}
	return []byte(tr.Body)
}

func decodeTrace(t *testing.T, out string) trace {
	t.Helper()
	var tr trace
	var raw map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &raw), "output is not one JSON object:\n%s", out)
	require.NoError(t, json.Unmarshal([]byte(out), &tr))
	return tr
}

func TestSignDocumentedExample(t *testing.T) {
	args := append([]string{"sign", "--output", "json"}, cvm...)
	r := runCLI(t, "", docCreds(), append(args, "--content-type", docCharset, "--data", docBody)...)
	require.Equal(t, ExitOK, r.code, "exit code; stderr %s", r.stderr)
	tr := decodeTrace(t, r.stdout)
	assert.Equal(t, docSignature, tr.Signature, "signature, want the documented one")
	wantAuth := "TC3-HMAC-SHA256 Credential=" + docSecretID + "/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=" + docSignature
	assert.Equal(t, wantAuth, tr.Authorization, "authorization")
	assert.Equal(t, wantAuth, tr.Headers["Authorization"], "Authorization header")
	assert.Equal(t, docBody, tr.Body, "body: not sent as given")
	assert.Equal(t, docCharset, tr.Headers["Content-Type"], "content-type: not sent as given")
	assert.Equal(t, "TC3-HMAC-SHA256", tr.SignatureMethod, "unexpected trace: %+v", tr)
	assert.Equal(t, "POST", tr.Method, "unexpected trace: %+v", tr)
	assert.Equal(t, "https://cvm.tencentcloudapi.com/", tr.URL, "unexpected trace: %+v", tr)
	assert.True(t, strings.HasPrefix(tr.CanonicalRequest, "POST\n/\n\ncontent-type:application/json; charset=utf-8\n"), "canonical request %q", tr.CanonicalRequest)
	assert.True(t, strings.HasPrefix(tr.StringToSign, "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"), "string to sign %q", tr.StringToSign)

	// The x-tc-action revision of the same page, from the golden case.
	r = signCases()[0].run(t, outputJSON)
	assert.Equal(t, docActionSignature, decodeTrace(t, r.stdout).Signature, "x-tc-action example: signature, want the documented one")
}

// TestSignCurlReproducesRequest splits each curl output the way a POSIX
// shell would and checks it sends exactly the signed request.
func TestSignCurlReproducesRequest(t *testing.T) {
	for _, c := range signCases() {
		t.Run(c.name, func(t *testing.T) {
			tr := decodeTrace(t, c.run(t, outputJSON).stdout)
			cmd := parseCurl(t, c.run(t, outputCurl).stdout)
			assert.Equal(t, tr.URL, cmd.url, "curl URL")
			if diff := cmp.Diff(tr.Headers, cmd.headers); diff != "" {
				t.Errorf("curl headers (-signed +curl):\n%s", diff)
			}
			if tr.Method == "GET" {
				assert.False(t, cmd.hasBody, "a GET curl sends a body: %q", cmd.body)
				return
			}
			assert.True(t, cmd.hasBody, "curl sends no body")
			assert.Equal(t, string(tr.body()), string(cmd.body), "curl body")
			if tr.HashedPayload != "" {
				assert.Equal(t, tr.HashedPayload, sha256Hex(cmd.body), "curl body's hash, want the signed one")
			}
		})
	}
}

// TestSignHTTPParses reads each http output with net/http and checks it is
// the signed request, body hashing to the signed payload hash.
func TestSignHTTPParses(t *testing.T) {
	for _, c := range signCases() {
		t.Run(c.name, func(t *testing.T) {
			tr := decodeTrace(t, c.run(t, outputJSON).stdout)
			out := c.run(t, outputHTTP).stdout
			head, _, ok := strings.Cut(out, "\r\n\r\n")
			require.True(t, ok, "no CRLF CRLF after the header lines:\n%q", out)
			require.NotContains(t, strings.ReplaceAll(head, "\r\n", ""), "\n", "header lines must end in CRLF:\n%q", out)
			br := bufio.NewReader(strings.NewReader(out))
			req, err := http.ReadRequest(br)
			require.NoError(t, err)
			body, err := io.ReadAll(req.Body)
			require.NoError(t, err)
			rest, _ := io.ReadAll(br)
			assert.Empty(t, rest, "bytes after the request")
			assert.Equal(t, tr.Method, req.Method, "request method")
			assert.Equal(t, tr.URL, "https://"+req.Host+req.URL.RequestURI(), "request URL")
			for name, v := range tr.Headers {
				got := req.Header.Get(name)
				if strings.EqualFold(name, "Host") {
					got = req.Host
				}
				assert.Equal(t, v, got, "header %s", name)
			}
			assert.Equal(t, string(tr.body()), string(body), "body")
			if tr.HashedPayload != "" && tr.Method == "POST" {
				assert.Equal(t, tr.HashedPayload, sha256Hex(body), "body's hash, want the signed one")
			}
		})
	}
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func TestSignErrors(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.json")
	require.NoError(t, os.WriteFile(big, make([]byte, 10<<20+1), 0o600))
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"a":"`+"\xff"+`"}`), 0o600))
	base := func(extra ...string) []string { return append(cvm[:len(cvm):len(cvm)], extra...) }
	for _, tc := range []struct {
		name string
		args []string
		vars map[string]string
		want string // in the one stderr line
	}{
		{"missing service", []string{"--action", "A", "--version", "V"}, docCreds(), "service: required"},
		{"missing action", []string{"--service", "cvm", "--version", "V"}, docCreds(), "--action: required"},
		{"missing version", []string{"--service", "cvm", "--action", "A", "--no-catalog"}, docCreds(), "--version: required"},
		{"missing credentials", base(), nil, "missing credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY"},
		{"missing secret key", base(), map[string]string{EnvSecretID: docSecretID}, "missing SecretKey: set TENCENTCLOUD_SECRET_KEY\n"},
		{"missing secret id", base(), map[string]string{EnvSecretKey: docSecretKey}, "missing SecretId: set TENCENTCLOUD_SECRET_ID\n"},
		{"bad method", base("--method", "PUT"), docCreds(), "--method: unsupported method PUT"},
		{"json with HmacSHA1", base("--signature-method", "HmacSHA1", "--content-type", "application/json"), docCreds(), "application/json needs TC3-HMAC-SHA256"},
		{"unknown signature method", base("--signature-method", "HmacMD5"), docCreds(), "--signature-method: unknown signature method HmacMD5"},
		{"param with TC3 POST", base("--param", "Limit=1"), docCreds(), "--param: TC3-HMAC-SHA256 POST sends its parameters as the JSON body"},
		{"param without =", base("--param", "Limit"), docCreds(), `want KEY=VALUE, got "Limit"`},
		{"over-limit body", base("--data", "@"+big), docCreds(), "is 10485761 bytes, over the limit of 10485760 bytes (10 MB) for POST with TC3-HMAC-SHA256"},
		{"invalid UTF-8", base("--data", "@"+bad), docCreds(), "not valid UTF-8: invalid byte at offset 6"},
		{"financial isolation", []string{"--service", "cvm", "--action", "A", "--version", "V", "--region", "ap-shanghai-fsi", "--host", "cvm.tencentcloudapi.com"}, docCreds(), "ap-shanghai-fsi is a financial zone: its requests must go to its own domain cvm.ap-shanghai-fsi.tencentcloudapi.com"},
		{"financial host, other region", base("--host", "cvm.ap-shenzhen-fsi.tencentcloudapi.com"), docCreds(), "financial zone ap-shenzhen-fsi's domain"},
		{"unknown flag", base("--colour"), docCreds(), "unknown flag --colour (run 'tcsig sign --help'"},
		{"flag without value", base("--data"), docCreds(), "flag needs an argument: --data"},
		{"positional argument", base("DescribeInstances"), docCreds(), `unexpected argument "DescribeInstances"`},
		{"bad output", base("--output", "yaml"), docCreds(), `--output: want one of text, json, curl, http, tccli, go, python, node, java, php, got "yaml"`},
		{"bad timestamp", base("--timestamp", "1551113065.5"), docCreds(), "--timestamp: must be Unix time in whole seconds"},
		{"milliseconds", base("--timestamp", "1551113065000"), docCreds(), "--timestamp: looks like milliseconds"},
		{"bad endpoint", base("--endpoint", "fastest"), docCreds(), "want nearest, regional or intl"},
		{"missing file", base("--data", "@"+filepath.Join(dir, "nope.json")), docCreds(), "--data: open "},
		{"form and data", base("--data", "{}", "--form", "a=b"), docCreds(), "--form: give either data or form fields, not both"},
		{"form without =", base("--form", "a"), docCreds(), `--form: want name=value or name=@file, got "a"`},
		{"GET with JSON content type", base("--method", "GET", "--content-type", "application/json"), docCreds(), "GET requests must use application/x-www-form-urlencoded"},
		{"bad nonce", base("--signature-method", "HmacSHA256", "--nonce", "-5"), docCreds(), "--nonce: must be a positive decimal integer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, "", tc.vars, append([]string{"sign"}, tc.args...)...)
			assert.Equal(t, ExitUsage, r.code, "exit code")
			assert.Empty(t, r.stdout, "stdout")
			assert.Equal(t, 1, strings.Count(r.stderr, "\n"), "stderr %q, want one line", r.stderr)
			assert.True(t, strings.HasPrefix(r.stderr, "tcsig sign: "), "stderr %q, want one line 'tcsig sign: …%s…'", r.stderr, tc.want)
			assert.Contains(t, r.stderr, tc.want)
			assert.NotContains(t, r.stderr, docSecretKey, "stderr shows the SecretKey")
		})
	}
}

// TestSignDataIsExact: @file and @- bodies are signed byte for byte, a
// final newline included (with a warning), never trimmed.
func TestSignDataIsExact(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "body.json")
	const body = "{\"Limit\": 1}\n"
	require.NoError(t, os.WriteFile(file, []byte(body), 0o600))
	for name, run := range map[string]func() result{
		"file": func() result {
			return runCLI(t, "", docCreds(), append(append([]string{"sign", "--output", "json"}, cvm...), "--data", "@"+file)...)
		},
		"stdin": func() result {
			return runCLI(t, body, docCreds(), append(append([]string{"sign", "--output", "json"}, cvm...), "--data", "@-")...)
		},
	} {
		t.Run(name, func(t *testing.T) {
			r := run()
			require.Equal(t, ExitOK, r.code, "exit code; stderr %s", r.stderr)
			tr := decodeTrace(t, r.stdout)
			assert.Equal(t, body, tr.Body, "body, want it as given")
			assert.Equal(t, sha256Hex([]byte(body)), tr.HashedPayload, "hash, want the body hashed as is")
			assert.Contains(t, r.stderr, "tcsig sign: warning: ", "no trailing-newline warning on stderr")
			assert.Contains(t, r.stderr, "line break", "no trailing-newline warning on stderr")
		})
	}
	t.Run("stdin once", func(t *testing.T) {
		r := runCLI(t, body, docCreds(), append(append([]string{"sign"}, cvm...), "--data", "@-", "--form", "f=@-")...)
		assert.Equal(t, ExitUsage, r.code, "exit code; stderr %q", r.stderr)
		assert.Contains(t, r.stderr, "stdin", "want a stdin error")
	})
}

// TestSignDefaults: "now" and the nonce come from Env, the token from the
// environment, the host from the region table.
func TestSignDefaults(t *testing.T) {
	vars := docCreds()
	vars[EnvSecurityToken] = "securityTokenName"
	r := runCLI(t, "", vars, "sign", "--output", "json", "--service", "cvm", "--action", "A", "--version", "V",
		"--region", "ap-shenzhen-fsi", "--method", "GET", "--signature-method", "HmacSHA1")
	require.Equal(t, ExitOK, r.code, "exit code; stderr %s", r.stderr)
	tr := decodeTrace(t, r.stdout)
	for _, want := range []string{
		"GETcvm.ap-shenzhen-fsi.tencentcloudapi.com/?",
		"&Nonce=" + strconv.Itoa(testNonce) + "&",
		"&Timestamp=" + strconv.Itoa(testTimestamp) + "&",
		"&Token=securityTokenName&",
		"&SignatureMethod=HmacSHA1&",
	} {
		assert.Contains(t, tr.StringToSign, want, "string to sign")
	}
	assert.Equal(t, "application/x-www-form-urlencoded", tr.Headers["Content-Type"], "content type")

	// TENCENTCLOUD_SESSION_TOKEN wins over TENCENTCLOUD_SECURITY_TOKEN; --token over both.
	vars[EnvSessionToken] = "sessionTokenName"
	r = runCLI(t, "", vars, append([]string{"sign", "--output", "json"}, cvm...)...)
	assert.Equal(t, "sessionTokenName", decodeTrace(t, r.stdout).Headers["X-TC-Token"], "X-TC-Token, want the session token")
	r = runCLI(t, "", vars, append([]string{"sign", "--output", "json", "--token", "flagTokenValue"}, cvm...)...)
	assert.Equal(t, "flagTokenValue", decodeTrace(t, r.stdout).Headers["X-TC-Token"], "X-TC-Token, want the flag's")
	assert.Contains(t, r.stderr, "warning: --token puts a credential on the command line", "no warning for --token")
}

func TestSignUnknownRegionWarns(t *testing.T) {
	r := runCLI(t, "", docCreds(), "sign", "--output", "json", "--service", "cvm", "--action", "A", "--version", "V", "--region", "ap-atlantis", "--no-catalog")
	require.Equal(t, ExitOK, r.code, "exit code; stderr %s", r.stderr)
	assert.True(t, strings.HasPrefix(r.stderr, "tcsig sign: warning: "), "stderr %q, want an unknown-region warning", r.stderr)
	assert.Contains(t, r.stderr, "ap-atlantis", "want an unknown-region warning")
	assert.Equal(t, 1, strings.Count(r.stderr, "\n"), "stderr %q, want one warning line", r.stderr)
	tr := decodeTrace(t, r.stdout)
	assert.Equal(t, "ap-atlantis", tr.Headers["X-TC-Region"], "region")
	assert.NotEmpty(t, tr.Warnings, "trace warnings")
}

// TestSignSecretsStayOffStderr runs requests that warn and fail and checks
// no secret reaches stderr, also when given as flags (which warns).
func TestSignSecretsStayOffStderr(t *testing.T) {
	const key = "flagSecretKeyValue0123456789"
	vars := map[string]string{EnvSessionToken: testSessToken}
	runs := []result{
		runCLI(t, "", vars, append([]string{"sign", "--secret-id", docSecretID, "--secret-key", " " + key}, cvm...)...),
		runCLI(t, "", vars, append([]string{"sign", "--secret-id", docSecretID, "--secret-key", key, "--region", "xx-nowhere", "--data", "{}\n"}, cvm[:6]...)...),
		runCLI(t, "", vars, append([]string{"sign", "--secret-id", docSecretID, "--secret-key", key, "--method", "GET", "--data", "[1]"}, cvm...)...),
	}
	for i, r := range runs {
		if r.code == ExitOK {
			assert.Contains(t, r.stderr, "--secret-key puts a credential on the command line", "run %d: no warning for --secret-key", i)
		} else {
			assert.Equal(t, 1, strings.Count(r.stderr, "\n"), "run %d: a failure prints one line, got %q", i, r.stderr)
		}
		for _, secret := range []string{key, testSessToken} {
			assert.NotContains(t, r.stderr, secret, "run %d: stderr shows a secret", i)
		}
	}
	assert.Equal(t, ExitOK, runs[0].code, "padded key: exit code; stderr %q", runs[0].stderr)
	assert.Contains(t, runs[0].stderr, "whitespace", "padded key: want a whitespace warning")
	assert.Equal(t, ExitOK, runs[1].code, "run 1: exit code")
	assert.Equal(t, ExitUsage, runs[2].code, "run 2: exit code")
	// The derived keys are in the text output, never on stderr.
	args := append([]string{"sign", "--secret-id", docSecretID, "--secret-key", key, "--region", "xx-nowhere", "--data", "{}\n"}, cvm[:6]...)
	keys := decodeTraceKeys(t, runCLI(t, "", vars, append(args, "--output", "json")...).stdout)
	for _, k := range keys {
		assert.Contains(t, runs[1].stdout, k, "text output lacks a derived key")
		assert.NotContains(t, runs[1].stderr, k, "stderr shows a derived key")
	}
}

func decodeTraceKeys(t *testing.T, out string) []string {
	t.Helper()
	var v struct {
		DerivedKeys map[string]string `json:"derivedKeys"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	require.Len(t, v.DerivedKeys, 3, "derived keys")
	var keys []string
	for _, k := range v.DerivedKeys {
		keys = append(keys, k)
	}
	return keys
}

func TestRedactor(t *testing.T) {
	var b strings.Builder
	w := &redactor{w: &b, secrets: []string{"", "short", "s3cr3tK3yValue"}}
	n, err := w.Write([]byte("bad key s3cr3tK3yValue, short stays\n"))
	require.NoError(t, err)
	require.Equal(t, len("bad key s3cr3tK3yValue, short stays\n"), n, "Write's count, want the input's length")
	assert.Equal(t, "bad key [redacted], short stays\n", b.String())
}

func TestSignHelp(t *testing.T) {
	r := runCLI(t, "", nil, "sign", "-h")
	require.Equal(t, ExitOK, r.code, "exit code; stderr %q", r.stderr)
	require.Empty(t, r.stderr, "stderr")
	for _, want := range []string{"Usage: tcsig sign", "-service", "-signed-headers", "-form", "TENCENTCLOUD_SECRET_KEY"} {
		assert.Contains(t, r.stdout, want, "usage")
	}
}

// TestSignV1Post: the form body of a HmacSHA256 POST, in curl and http.
func TestSignV1Post(t *testing.T) {
	args := append([]string{"sign", "--signature-method", "HmacSHA256", "--data", `{"Name":"a&b=c"}`}, cvm...)
	r := runCLI(t, "", docCreds(), append(args, "--output", "json")...)
	tr := decodeTrace(t, r.stdout)
	require.Equal(t, ExitOK, r.code, "exit code; stderr %s", r.stderr)
	require.Equal(t, "POST", tr.Method, "method")
	require.Contains(t, tr.Body, "Name=a%26b%3Dc", "form body")
	require.Contains(t, tr.Body, "&Signature=", "form body")
	cmd := parseCurl(t, runCLI(t, "", docCreds(), append(args, "--output", "curl")...).stdout)
	assert.Equal(t, tr.Body, string(cmd.body), "curl body")
	out := runCLI(t, "", docCreds(), append(args, "--output", "http")...).stdout
	req, err := http.ReadRequest(bufio.NewReader(strings.NewReader(out)))
	require.NoError(t, err)
	body, err := io.ReadAll(req.Body)
	assert.NoError(t, err, "http body")
	assert.Equal(t, tr.Body, string(body), "http body")
	assert.Equal(t, "application/x-www-form-urlencoded", req.Header.Get("Content-Type"), "http content type")
}

// curlCmd is what a curl command line sends.
type curlCmd struct {
	url     string
	headers map[string]string
	body    []byte
	hasBody bool
}

// parseCurl splits out as a POSIX shell would (comments, single quotes,
// backslash escapes and line continuations, a printf pipe) and reads the
// curl arguments tcsig writes.
func parseCurl(t *testing.T, out string) curlCmd {
	t.Helper()
	words := shellWords(t, out)
	var stdin []byte
	if len(words) > 0 && words[0] == "printf" {
		require.True(t, len(words) >= 3 && words[2] == "|", "want printf FORMAT | curl …, got %q", words)
		stdin = printfBytes(t, words[1])
		words = words[3:]
	}
	require.True(t, len(words) >= 3 && words[0] == "curl" && words[1] == "-sS", "want curl -sS URL …, got %q", words)
	cmd := curlCmd{url: words[2], headers: map[string]string{}}
	for i := 3; i < len(words); i += 2 {
		require.Less(t, i+1, len(words), "flag %q without a value", words[i])
		switch v := words[i+1]; words[i] {
		case "-H":
			name, value, ok := strings.Cut(v, ": ")
			require.True(t, ok, "bad header %q", v)
			cmd.headers[name] = value
		case "--data-binary":
			cmd.hasBody = true
			if v == "@-" {
				require.NotNil(t, stdin, "--data-binary @- without a printf feeding stdin")
				cmd.body = stdin
			} else if strings.HasPrefix(v, "@") {
				require.FailNowf(t, "--data-binary reads a file", "%q", v)
			} else {
				cmd.body = []byte(v)
			}
		default:
			require.FailNowf(t, "unexpected curl argument", "%q", words[i])
		}
	}
	return cmd
}

// shellWords is a tiny POSIX shell word splitter for what tcsig prints.
func shellWords(t *testing.T, s string) []string {
	t.Helper()
	var words []string
	var cur []byte
	inWord := false
	end := func() {
		if inWord {
			words = append(words, string(cur))
		}
		cur, inWord = nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '#' && !inWord:
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			require.GreaterOrEqual(t, j, 0, "unterminated single quote in %q", s)
			cur = append(cur, s[i+1:i+1+j]...)
			inWord = true
			i += j + 1
		case c == '\\':
			require.Less(t, i+1, len(s), "trailing backslash")
			i++
			if s[i] != '\n' { // backslash-newline joins lines
				cur = append(cur, s[i])
				inWord = true
			}
		case c == '|':
			end()
			words = append(words, "|")
		case c == ' ' || c == '\t' || c == '\n':
			end()
		case c == '"' || c == '$' || c == '`' || c == ';' || c == '&' || c == '<' || c == '>' || c == '*' || c == '?' || c == '[':
			require.FailNowf(t, "unquoted shell metacharacter", "%q in %q", c, s)
		default:
			cur = append(cur, c)
			inWord = true
		}
	}
	end()
	return words
}

// printfBytes is what POSIX printf prints for format with no arguments,
// for the escapes tcsig writes: %%, \\ and \ooo.
func printfBytes(t *testing.T, format string) []byte {
	t.Helper()
	var b []byte
	for i := 0; i < len(format); i++ {
		switch c := format[i]; c {
		case '%':
			require.True(t, i+1 < len(format) && format[i+1] == '%', "printf conversion in %q", format)
			b = append(b, '%')
			i++
		case '\\':
			if i+1 < len(format) && format[i+1] == '\\' {
				b = append(b, '\\')
				i++
				continue
			}
			require.Less(t, i+3, len(format), "short escape in %q", format)
			n, err := strconv.ParseUint(format[i+1:i+4], 8, 8)
			require.NoError(t, err, "escape %q", format[i:i+4])
			b = append(b, byte(n))
			i += 3
		default:
			b = append(b, c)
		}
	}
	return b
}

// The curl export (export.Curl) carries header values and bodies that a
// shell quotes badly, and bodies only printf can spell, back exactly.
func TestCurlQuotingRoundTrip(t *testing.T) {
	for _, s := range []string{"", "plain", "it's", "''", `a\b "c" $HOME ` + "`x`", "line\nbreak", "# not a comment"} {
		res := &signer.Result{Method: "POST", URL: "https://cvm.tencentcloudapi.com/",
			Headers: signer.Headers{{Name: "X-Test", Value: s}}, Body: []byte(s)}
		cmd := parseCurl(t, export.Curl(res))
		assert.Equal(t, s, cmd.headers["X-Test"], "header came back changed")
		assert.Equal(t, s, string(cmd.body), "body came back changed")
	}
	for _, body := range []string{"\x00\x01\xff%\\'abc\r\n", "--boundary\r\n", "-\x01"} {
		res := &signer.Result{Method: "POST", URL: "https://cvm.tencentcloudapi.com/", Body: []byte(body)}
		out := export.Curl(res)
		words := shellWords(t, out)
		require.True(t, len(words) >= 2 && words[0] == "printf", "body %q: want a printf pipe, got %q", body, out)
		assert.False(t, strings.HasPrefix(words[1], "-"), "printf format %q starts with '-', which printf takes for an option", words[1])
		assert.Equal(t, body, string(parseCurl(t, out).body), "printf round trip")
	}
	for body, want := range map[string]bool{"a\x00": true, "\xff": true, "a\rb": true, "{\"a\": \"b\"}\n\t": false} {
		res := &signer.Result{Method: "POST", URL: "https://cvm.tencentcloudapi.com/", Body: []byte(body)}
		assert.Equal(t, want, strings.HasPrefix(export.Curl(res), "# The body has bytes"), "body %q: printf pipe", body)
	}
}

func TestVisibleLines(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		want []string
	}{
		{"", -1, []string{""}},
		{"{}\n", -1, []string{"{}<LF>"}},
		{"a\r\nb", -1, []string{"a<CR><LF>", "b"}},
		{"a\tb  ", -1, []string{"a<TAB>b<SP><SP>"}},
		{"x  \ny", -1, []string{"x<SP><SP><LF>", "y"}},
		{"\xef\xbb\xbf{}", -1, []string{"<BOM>{}"}},
		{"a\u00a0b\u200bc", -1, []string{"a<NBSP>b<ZWSP>c"}},
		{"\x00\x1b\x7f\xff", -1, []string{"<NUL><ESC><DEL><xFF>"}},
		{`"\u672a" 未命名`, -1, []string{`"\u672a" 未命名`}},
		{"abcdef", 4, []string{"abcd", "… 2 more bytes not shown (--output http or curl has them all)"}},
		{"ab未", 3, []string{"ab", "… 3 more bytes not shown (--output http or curl has them all)"}},
	} {
		if diff := cmp.Diff(tc.want, visibleLines([]byte(tc.in), tc.max, message.EN)); diff != "" {
			t.Errorf("visibleLines(%q, %d) (-want +got):\n%s", tc.in, tc.max, diff)
		}
	}
}

// TestSignTextLabelsEveryLine: the text output labels each canonical
// request line and shows the body's final newline.
func TestSignTextLabelsEveryLine(t *testing.T) {
	r := runCLI(t, "", docCreds(), append(append([]string{"sign", "--output", "text"}, cvm...), "--data", "{}\n")...)
	require.Equal(t, ExitOK, r.code, "exit code; stderr %s", r.stderr)
	for _, want := range []string{
		"  HTTPRequestMethod        POST\n",
		"  CanonicalURI             /\n",
		"  CanonicalQueryString     (empty)\n",
		"  CanonicalHeaders         content-type:application/json\n",
		"                           host:cvm.tencentcloudapi.com\n",
		"  SignedHeaders            content-type;host\n",
		"                           {}<LF>\n",
		"  body                     3 bytes\n",
		"body ends with a line break",
	} {
		assert.Contains(t, r.stdout, want, "text output")
	}
}

// TestSignStdinOverLimit: stdin is read only to one byte past the largest
// request, and that is an error naming the limit.
func TestSignStdinOverLimit(t *testing.T) {
	r := runCLI(t, strings.Repeat(" ", 10<<20+1), docCreds(), append(append([]string{"sign"}, cvm...), "--data", "@-")...)
	want := "tcsig sign: request too large: --data @- (stdin) is over the limit of 10485760 bytes (10 MB)"
	assert.Equal(t, ExitUsage, r.code, "exit code; stderr %q", r.stderr)
	assert.Equal(t, 1, strings.Count(r.stderr, "\n"), "stderr %q, want one line", r.stderr)
	assert.True(t, strings.HasPrefix(r.stderr, want), "stderr %q, want %q…", r.stderr, want)
	r = runCLI(t, "", docCreds(), append(append([]string{"sign"}, cvm...), "--data", "@")...)
	assert.Equal(t, ExitUsage, r.code, "exit code; stderr %q", r.stderr)
	assert.Contains(t, r.stderr, "a file name must follow @")
}

// The text output and the errors of tcsig sign show control characters in
// the notation wherever a value appears: "must be lower case" used to
// print its suggestion with the raw ESC.
func TestSignShowsControlCharacters(t *testing.T) {
	for region, want := range map[string]string{"ap-x\x1b[2K": "ap-x<ESC>[2k", "ap-x\x1b]0;t\x07": `"ap-x\x1b]0;t\a"`} {
		args := append(append([]string{"sign", "--output", "text"}, cvm...), "--region", region, "--data", "{}")
		r := runCLI(t, "", docCreds(), args...)
		for _, out := range []string{r.stdout, r.stderr} {
			assert.NotContains(t, out, "\x1b", "a raw ESC reached the terminal")
			assert.NotContains(t, out, "\x07", "a raw BEL reached the terminal")
		}
		assert.Contains(t, r.stderr, want)
	}
}
