package cli

import (
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/signer"
)

// The Chinese text outputs have goldens of their own beside the English
// ones (go test ./cli -run TestZhGolden -update rewrites them).
func TestZhGolden(t *testing.T) {
	for _, c := range signCases() {
		t.Run("sign-"+c.name, func(t *testing.T) {
			c.args = append([]string{"--lang", "zh"}, c.args...)
			r := c.run(t, outputText)
			require.Equal(t, ExitOK, r.code, r.stderr)
			checkGolden(t, "sign-"+c.name+".text-zh.golden", []byte(r.stdout))
		})
	}
	t.Run("verify-valid", func(t *testing.T) {
		r := runCLI(t, rawHTTP(docSigned(t, nil), nil), keyEnv(), "verify", "--lang", "zh")
		require.Equal(t, ExitOK, r.code, r.stderr)
		checkGolden(t, "verify_valid-zh.golden", []byte(r.stdout))
	})
	t.Run("verify-charset", func(t *testing.T) {
		r := runCLI(t, charsetCapture(t), keyEnv(), "verify", "--lang", "zh")
		require.Equal(t, ExitInvalid, r.code, r.stderr)
		checkGolden(t, "verify_charset-zh.golden", []byte(r.stdout))
	})
}

// charsetCapture is docs/verify.md's example: Content-Type signed with a
// charset, sent without one.
func charsetCapture(t *testing.T) string {
	signed := docSigned(t, func(r *signer.Request) { r.ContentType = "application/json; charset=utf-8" })
	return rawHTTP(signed, map[string]string{"Content-Type": "application/json"})
}

// Every text output in Chinese is Chinese prose around protocol names and
// values: no run of three English words is left.
func TestZhNoEnglishRuns(t *testing.T) {
	outputs := map[string]string{}
	add := func(name string, r result) { outputs[name] = r.stdout + r.stderr }

	for _, c := range signCases() {
		c.args = append([]string{"--lang", "zh"}, c.args...)
		add("sign "+c.name, c.run(t, outputText))
	}
	add("sign with JSON error", runCLI(t, "", docCreds(), append([]string{"sign", "--lang", "zh", "--output", "text", "--data", `{"Limit":1`}, cvm...)...))
	add("sign v1", runCLI(t, "", docCreds(), append([]string{"sign", "--lang", "zh", "--output", "text", "--signature-method", "HmacSHA1", "--method", "GET"}, cvm...)...))

	add("verify valid", runCLI(t, rawHTTP(docSigned(t, nil), nil), keyEnv(), "verify", "--lang", "zh"))
	add("verify causes", runCLI(t, charsetCapture(t), keyEnv(), "verify", "--lang", "zh"))
	signed := docSigned(t, nil)
	client := filepath.Join(t.TempDir(), "cr.txt")
	require.NoError(t, os.WriteFile(client, []byte(strings.Replace(signed.CanonicalRequest, "host:", "Host:", 1)), 0o600))
	add("verify diff", runCLI(t, rawHTTP(signed, map[string]string{"Authorization": strings.Replace(signed.Authorization, "Signature=", "Signature=0", 1)}),
		keyEnv(), "verify", "--lang", "zh", "--canonical-request", client))
	// A curl command without a scheme or Content-Type, with an unknown
	// option and a header curl would drop: the reader's notes.
	curlCmd := "curl -X POST example.tencentcloudapi.com --frobnicate -H 'X-Empty:' -d '{}'\n"
	add("verify curl notes", runCLI(t, curlCmd, keyEnv(), "verify", "--lang", "zh"))
	add("verify parse error", runCLI(t, "curl -F a=b https://cvm.tencentcloudapi.com/\n", keyEnv(), "verify", "--lang", "zh"))
	add("verify unknown format", runCLI(t, "xyz 123\n", keyEnv(), "verify", "--lang", "zh"))
	add("unknown flag", runCLI(t, "", docCreds(), "sign", "--lang", "zh", "--regoin", "ap-guangzhou"))
	add("verify skew", runCLI(t, rawHTTP(signed, nil), keyEnv(), "verify", "--lang", "zh", "--now", "1551119999"))

	add("catalog", runCLI(t, "", nil, "catalog", "--lang", "zh"))
	add("catalog about", runCLI(t, "", nil, "catalog", "--lang", "zh", "--about"))
	add("catalog search", runCLI(t, "", nil, "catalog", "--lang", "zh", "--search", "nosuchthing"))

	srv := emulator(t)
	add("send", send(t, docCreds(), append([]string{"--lang", "zh", "--to", srv.URL}, regions...)...))
	wrongKey := map[string]string{EnvSecretID: docSecretID, EnvSecretKey: "notTheKeyOfThisSecretId0123456789"}
	add("send auth failure", send(t, wrongKey, append([]string{"--lang", "zh", "--to", srv.URL}, regions...)...))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	closed := ln.Addr().String()
	require.NoError(t, ln.Close())
	add("send refused", send(t, docCreds(), append([]string{"--lang", "zh", "--to", "http://" + closed}, regions...)...))

	for name, out := range outputs {
		require.NotEmpty(t, out, name)
		for _, line := range strings.Split(out, "\n") {
			if run := englishRun(line); run != "" {
				t.Errorf("%s: English words %q in %q", name, run, line)
			}
		}
	}
}

// wordish is a token that reads as an English word: letters only, at most
// a capital first (CamelCase names, ALLCAPS and anything with a digit,
// dot, slash, dash or equals sign are names or values).
var wordish = regexp.MustCompile(`^[A-Za-z][a-z]+$`)

// notProse are words that are names in tcsig's output: commands, formats,
// the API's own words quoted in a value.
var notProse = map[string]bool{
	"tcsig": true, "sign": true, "send": true, "verify": true, "catalog": true, "emulate": true, "serve": true,
	"text": true, "json": true, "http": true, "curl": true, "tccli": true, "configure": true,
	"go": true, "python": true, "node": true, "java": true, "php": true, "true": true, "false": true,
	"nearest": true, "regional": true, "intl": true,
}

// englishRun returns the first run of three or more English words in
// line, outside JSON (the API's answer is data) and Go's own network error
// text, which a transport error quotes last.
func englishRun(line string) string {
	line, _, _ = strings.Cut(line, "dial tcp ") // Go's own error, kept as it is for searching
	trimmed := strings.TrimSpace(line)
	if strings.HasPrefix(trimmed, "\"") || strings.HasPrefix(trimmed, "{") {
		return ""
	}
	var run []string
	flush := func() string {
		if len(run) >= 3 {
			return strings.Join(run, " ")
		}
		run = run[:0]
		return ""
	}
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' || isWide(r) }) {
		w := strings.Trim(f, `,.;:!?()[]"'`)
		if wordish.MatchString(w) && !notProse[w] {
			run = append(run, w)
			continue
		}
		if s := flush(); s != "" {
			return s
		}
	}
	return flush()
}

func TestEnglishRun(t *testing.T) {
	assert.Equal(t, "the client would accept it", englishRun("VALID: the client would accept it"))
	assert.Equal(t, "", englishRun("VALID: the API would accept"), "ALLCAPS is a name, not a word: two runs of two")
	assert.Equal(t, "", englishRun("有效：API 会接受这个请求的签名"))
	assert.Equal(t, "", englishRun("  CanonicalRequest（规范请求串），逐行显示"))
	assert.Equal(t, "line by line", englishRun("规范请求串 line by line"))
	assert.Equal(t, "", englishRun(`  "Message": "the request has an error in it"`), "JSON is data")
	assert.Equal(t, "", englishRun("Host: cvm.tencentcloudapi.com x-tc-action Content-Type"))
	assert.Equal(t, "", englishRun("tcsig sign --output text"))
}

// Help in Chinese: translated headings, and a first line saying that the
// usage, flag descriptions and examples stay English.
func TestZhHelp(t *testing.T) {
	zh := map[string]string{"LANG": "zh_CN.UTF-8"}
	for _, cmd := range helpCommands {
		args := []string{"--help"}
		if cmd != "" {
			args = []string{cmd, "--help"}
		}
		r := runCLI(t, "", zh, args...)
		require.Equal(t, ExitOK, r.code, "%v: %s", args, r.stderr)
		assert.True(t, strings.HasPrefix(r.stdout, "（帮助中的用法、选项说明和示例为英文；"), "%v:\n%s", args, r.stdout)
		if cmd != "" {
			assert.Contains(t, r.stdout, "\n选项（Flags）：\n", cmd)
			assert.Contains(t, r.stdout, "\n示例（Examples）：\n", cmd)
			assert.NotContains(t, r.stdout, "\nFlags:\n", cmd)
		}
	}
	r := runCLI(t, "", nil, "--lang", "zh", "sign", "--help")
	assert.Contains(t, r.stdout, "\n选项（Flags）：\n", "tcsig --lang zh sign --help")
}

// --lang before the subcommand works for every command, as a locale would;
// one after it still decides.
func TestGlobalLang(t *testing.T) {
	r := runCLI(t, "", nil, "--lang", "zh", "endpoint", "--service", "cvm", "--region", "ap-shanghai-fsi")
	require.Equal(t, ExitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "ap-shanghai-fsi 是金融区")
	r = runCLI(t, "", nil, "--lang=zh", "endpoint", "--service", "cvm", "--region", "ap-shanghai-fsi", "--lang", "en")
	assert.Contains(t, r.stdout, "ap-shanghai-fsi is a financial zone")
	r = runCLI(t, "", map[string]string{"LANG": "zh_CN.UTF-8"}, "--lang", "en", "endpoint", "--service", "cvm", "--region", "ap-shanghai-fsi")
	assert.Contains(t, r.stdout, "ap-shanghai-fsi is a financial zone", "--lang en over a zh locale")
	r = runCLI(t, "", nil, "--lang", "zh", "emulate")
	assert.Equal(t, ExitUsage, r.code)
	assert.Contains(t, r.stderr, "tcsig emulate: 没有密钥", "a command without its own --lang")

	r = runCLI(t, "", nil, "--lang", "fr", "endpoint")
	assert.Equal(t, ExitUsage, r.code)
	assert.Equal(t, "tcsig: --lang: want en or zh, got \"fr\"\n", r.stderr)
	r = runCLI(t, "", nil, "--lang")
	assert.Equal(t, ExitUsage, r.code)
	assert.Equal(t, "tcsig: flag needs an argument: --lang\n", r.stderr)
}
