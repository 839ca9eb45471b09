package cli

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/testlog"
)

// recipeCommand is one command line of a help example: its leading
// NAME=value assignments, its arguments after "tcsig", and whether it
// runs in the background (a final &).
type recipeCommand struct {
	vars       map[string]string
	args       []string
	background bool
}

// recipeCommands reads a help's examples as a shell would: a line ending in
// a backslash continues, # starts a comment line, quotes group words.
func recipeCommands(t *testing.T, text string) []recipeCommand {
	t.Helper()
	var out []recipeCommand
	for _, line := range strings.Split(strings.ReplaceAll(text, "\\\n", " "), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		words := recipeWords(t, line)
		if len(words) == 0 {
			continue
		}
		c := recipeCommand{vars: map[string]string{}}
		for len(words) > 0 && strings.Contains(words[0], "=") && !strings.HasPrefix(words[0], "-") {
			k, v, _ := strings.Cut(words[0], "=")
			c.vars[k] = v
			words = words[1:]
		}
		require.NotEmpty(t, words, "a line of assignments only: %q", line)
		require.Equal(t, "tcsig", words[0], "an example that is not a tcsig command: %q", line)
		if words[len(words)-1] == "&" {
			c.background, words = true, words[:len(words)-1]
		}
		c.args = words[1:]
		out = append(out, c)
	}
	return out
}

// recipeWords splits a line into words, with single and double quotes.
func recipeWords(t *testing.T, line string) []string {
	t.Helper()
	var words []string
	var word strings.Builder
	inWord := false
	var quote rune
	for _, r := range line {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			word.WriteRune(r)
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			if inWord {
				words, inWord = append(words, word.String()), false
				word.Reset()
			}
		default:
			word.WriteRune(r)
			inWord = true
		}
	}
	require.Zero(t, quote, "an unclosed quote in %q", line)
	if inWord {
		words = append(words, word.String())
	}
	return words
}

var listeningLine = regexp.MustCompile(`tcsig emulate: listening on http://(127\.0\.0\.1:\d+)/`)

// The send ↔ emulate recipe in the help of send and of emulate runs as
// written: the emulator in the background, then send --to it, exit 0. Only
// the port changes (a free one instead of 9011).
func TestHelpRecipes(t *testing.T) {
	for _, cmd := range []string{"send", "emulate"} {
		t.Run(cmd, func(t *testing.T) {
			cmds := recipeCommands(t, examples[cmd])
			var emu *recipeCommand
			for i := range cmds {
				if c := &cmds[i]; c.background && c.args[0] == "emulate" {
					emu = c
				}
			}
			require.NotNil(t, emu, "no emulator started in the background in:\n%s", examples[cmd])
			written := emu.args[slicesIndex(emu.args, "--addr")+1]
			addr := startRecipeEmulator(t, emu)

			sent := 0
			for _, c := range cmds {
				if c.args[0] != "send" || slicesIndex(c.args, "--to") < 0 {
					continue
				}
				args := strings.Split(strings.ReplaceAll(strings.Join(c.args, "\x00"), written, addr), "\x00")
				r := runCLI(t, "", c.vars, args...)
				assert.Equal(t, ExitOK, r.code, "%v\nstdout:\n%s\nstderr:\n%s", c.args, r.stdout, r.stderr)
				assert.Contains(t, r.stdout, `"Action": "DescribeRegions"`)
				assert.Contains(t, r.stderr, "tcsig send: --version 2017-03-12 (the newest version", "the catalog's note names the command that runs")
				assert.NotContains(t, r.stderr, "tcsig sign:")
				sent++
			}
			assert.Equal(t, 1, sent, "the recipe sends one request to the emulator")
		})
	}
}

// startRecipeEmulator runs the example's tcsig emulate on a free loopback
// port, with the example's variables and the test clock, and returns its
// address.
func startRecipeEmulator(t *testing.T, c *recipeCommand) string {
	t.Helper()
	args := append([]string(nil), c.args...)
	args[slicesIndex(args, "--addr")+1] = "127.0.0.1:0"
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr testlog.Buffer
	env := Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
		Getenv: func(k string) string { return c.vars[k] },
		Now:    func() time.Time { return time.Unix(testTimestamp, 0) }}
	done := make(chan int, 1)
	go func() { done <- Run(ctx, args, env) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("emulate did not stop")
		}
	})
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if m := listeningLine.FindStringSubmatch(stdout.String()); m != nil {
			return m[1]
		}
		select {
		case code := <-done:
			require.FailNowf(t, "emulate exited", "exit %d; stderr: %s", code, stderr.String())
		default:
		}
	}
	require.FailNowf(t, "no listening line", "stdout %q stderr %q", stdout.String(), stderr.String())
	return ""
}

func slicesIndex(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

// tcsig send --to serve's /emulate/: serve's Host guard lets a request
// signed for the API through to its emulator, which verifies it with that
// Host; --to serve's root gets the guard's 421, which send reports as an
// endpoint error (exit 4) that says to add /emulate/.
func TestSendToServeEmulate(t *testing.T) {
	srv := startServe(t, page())
	now := strconv.FormatInt(time.Now().Unix(), 10) // serve's emulator reads the real clock
	r := send(t, docCreds(), append([]string{"--to", srv.url + "emulate/", "--timestamp", now}, regions...)...)
	assert.Equal(t, ExitOK, r.code, "stdout:\n%s\nstderr:\n%s", r.stdout, r.stderr)
	assert.Contains(t, r.stdout, `"Action": "DescribeRegions"`)

	r = send(t, docCreds(), append([]string{"--to", srv.url, "--timestamp", now}, regions...)...)
	assert.Equal(t, ExitTransport, r.code, "stdout:\n%s\nstderr:\n%s", r.stdout, r.stderr)
	assert.Empty(t, r.stdout)
	addr := strings.TrimSuffix(strings.TrimPrefix(srv.url, "http://"), "/")
	assert.Contains(t, r.stderr, "tcsig send: "+addr+" does not answer to Host cvm.tencentcloudapi.com (HTTP 421 Misdirected Request")
	assert.Contains(t, r.stderr, "--to http://"+addr+"/emulate/")
}

// SecretIdNotFound from a local endpoint is about the emulator's key list.
func TestSendLocalSecretIDNotFound(t *testing.T) {
	srv := emulator(t)
	other := map[string]string{EnvSecretID: "AKIDnotListedAnywhere000000000000000", EnvSecretKey: docSecretKey}
	r := send(t, other, append([]string{"--to", srv.URL}, regions...)...)
	assert.Equal(t, ExitAPIError, r.code)
	assertInOrder(t, r.stdout, "Error AuthFailure.SecretIdNotFound",
		"What it means: the endpoint at "+strings.TrimPrefix(srv.URL, "http://")+" does not list this SecretId: tcsig emulate accepts only the keys given with --key or $TCSIG_EMULATE_KEYS")
	assert.NotContains(t, r.stdout, "International")
}
