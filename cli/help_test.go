package cli

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// helpCommands are the commands with a --help, "" being tcsig's own.
var helpCommands = []string{"", "sign", "send", "verify", "endpoint", "emulate", "catalog", "serve"}

// TestHelpGolden pins every command's help; -update rewrites
// testdata/help-*.golden.
func TestHelpGolden(t *testing.T) {
	for _, cmd := range helpCommands {
		name := cmd
		if name == "" {
			name = "tcsig"
		}
		t.Run(name, func(t *testing.T) {
			args := []string{"--help"}
			if cmd != "" {
				args = []string{cmd, "--help"}
			}
			r := runCLI(t, "", nil, args...)
			require.Equal(t, ExitOK, r.code, r.stderr)
			require.Empty(t, r.stderr)
			checkGolden(t, "help-"+name+".golden", []byte(r.stdout))
		})
	}
}

// Every spelling of help prints the same text, and every help lists its
// flags with two dashes and ends with two or three examples.
func TestHelpShape(t *testing.T) {
	singleDash := regexp.MustCompile(`(?m)^\s+-[a-z]`)
	for _, cmd := range helpCommands {
		var want string
		for _, spelling := range [][]string{{"--help"}, {"-h"}, {"-help"}} {
			args := spelling
			if cmd != "" {
				args = append([]string{cmd}, spelling...)
			}
			r := runCLI(t, "", nil, args...)
			require.Equal(t, ExitOK, r.code, args)
			if want == "" {
				want = r.stdout
			}
			assert.Equal(t, want, r.stdout, "%v prints another text", args)
		}
		assert.False(t, singleDash.MatchString(want), "%s: a flag with one dash:\n%s", cmd, want)
		_, ex, ok := strings.Cut(want, "\nExamples:\n")
		require.True(t, ok, "%s: no examples", cmd)
		commands := 0
		for _, line := range strings.Split(strings.TrimSuffix(ex, "\n"), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "tcsig ") || strings.Contains(line, " tcsig ") {
				commands++
			}
		}
		assert.True(t, commands >= 2 && commands <= 4, "%s: %d example commands", cmd, commands)
	}
	r := runCLI(t, "", nil, "help", "send")
	assert.True(t, strings.HasPrefix(r.stdout, "Usage: tcsig send"), "tcsig help send")
}

func TestUnknownCommandSuggestion(t *testing.T) {
	r := runCLI(t, "", nil, "sgin")
	assert.Equal(t, ExitUsage, r.code)
	assert.Equal(t, "tcsig: unknown command \"sgin\"; did you mean tcsig sign? (run 'tcsig --help')\n", r.stderr)
}

// Every subcommand Run dispatches on is suggested: catalog was once missing
// from a separate list of names.
func TestUnknownCommandSuggestsEverySubcommand(t *testing.T) {
	for _, c := range subcommands {
		typo := c.name[:len(c.name)-1]
		r := runCLI(t, "", nil, typo)
		assert.Equal(t, ExitUsage, r.code, typo)
		assert.Contains(t, r.stderr, "did you mean tcsig "+c.name+"?", typo)
	}
}

// A mistyped --output value gets the closest choice; a one-letter flag is
// named as typed, with the flag it abbreviates when only one starts so.
func TestOutputAndShortFlagSuggestions(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"sign", "--output", "pyhton"}, `tcsig sign: --output: want one of text, json, curl, http, tccli, go, python, node, java, php, got "pyhton"; did you mean --output python?`},
		{[]string{"send", "--output", "jsn"}, `tcsig send: --output: want text or json, got "jsn"; did you mean --output json?`},
		{[]string{"verify", "--output", "txt"}, `tcsig verify: --output: want text or json, got "txt"; did you mean --output text?`},
		{[]string{"endpoint", "--output", "jsno"}, `tcsig endpoint: --output: want text or json, got "jsno"; did you mean --output json?`},
		{[]string{"catalog", "--output", "yaml"}, `tcsig catalog: --output: want text or json, got "yaml"` + "\n"},
		{[]string{"sign", "-o", "json"}, "tcsig sign: unknown flag -o (tcsig has no one-letter flags); did you mean --output? (run 'tcsig sign --help' for the flags)"},
		{[]string{"endpoint", "-s", "cvm"}, "tcsig endpoint: unknown flag -s (tcsig has no one-letter flags); did you mean --service?"},
		{[]string{"catalog", "cvm", "-l", "zh"}, "tcsig catalog: unknown flag -l (tcsig has no one-letter flags) (run"},
		{[]string{"sign", "-s", "cvm"}, "tcsig sign: unknown flag -s (tcsig has no one-letter flags) (run"},
	} {
		args := tc.args
		if args[0] == "sign" || args[0] == "send" {
			args = append(args, "--service", "cvm", "--action", "DescribeRegions")
		}
		r := runCLI(t, "", docCreds(), args...)
		assert.Equal(t, ExitUsage, r.code, tc.args)
		assert.Contains(t, r.stderr, tc.want, tc.args)
		assert.NotContains(t, r.stderr, "--o ", tc.args)
	}
}
