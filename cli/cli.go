// Package cli is the tcsig command: sign, verify, endpoint, emulate,
// catalog and serve. Each subcommand lives in its own file and takes its streams,
// environment and clock from Env, so tests run it in-process.
package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/internal/notation"
	"github.com/tcsig/tcsig/internal/version"
)

// Exit statuses shared by every subcommand.
const (
	ExitOK      = 0
	ExitInvalid = 1 // verify: the request would be rejected
	ExitUsage   = 2 // bad input or flags; a one-line message on stderr
	// tcsig send only.
	ExitAPIError  = 3 // the API (or endpoint) answered with an error
	ExitTransport = 4 // no answer: DNS, connect, TLS, timeout or a cut-off response
)

// Env is everything a subcommand may touch outside its arguments.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Now    func() time.Time
	// Nonce returns a random positive integer for HmacSHA1/256 requests.
	Nonce func() uint64
	// Lang is the language of the command's messages: --lang, else the
	// locale (addLangFlag); English when unset.
	Lang message.Lang
}

// OSEnv is the real process environment.
func OSEnv() Env {
	return Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Now: time.Now, Nonce: randomNonce}
}

const usage = `tcsig makes Tencent Cloud API 3.0 request signing visible.

Usage:
  tcsig sign      sign a request and show every step
  tcsig send      sign a request, send it, and explain the answer
  tcsig verify    check a captured request and say why it fails
  tcsig endpoint  print the domain for a service and region, and why
  tcsig emulate   run a local endpoint that verifies signatures like the API
  tcsig catalog   list every Tencent Cloud API, its parameters and docs (offline)
  tcsig serve     serve the browser playground and the relay
  tcsig version   print the version

Run 'tcsig <command> --help' for a command's flags and examples.
sign and send take credentials from --secret-id/--secret-key, else
TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and
TENCENTCLOUD_SESSION_TOKEN for temporary credentials), else the Go SDK's
~/.tencentcloud/credentials ([default], or --profile NAME), else tccli's
~/.tccli/<profile>.credential.

Examples:
  tcsig sign --service cvm --action DescribeInstances --version 2017-03-12 \
    --region ap-guangzhou --data '{"Limit":1}' --output curl
  tcsig send --service cvm --action DescribeRegions --version 2017-03-12
  tcsig endpoint --service cvm --region ap-shanghai-fsi
`

// subcommands are the commands that run with their own flags, in the
// usage's order: the one list that Run dispatches on and "did you mean"
// suggests from.
var subcommands = []struct {
	name string
	run  func(context.Context, []string, Env) int
}{
	{"sign", runSign},
	{"send", runSend},
	{"verify", runVerify},
	{"endpoint", runEndpoint},
	{"emulate", runEmulate},
	{"catalog", runCatalog},
	{"serve", runServe},
}

// Run runs tcsig with args (without the program name) and returns the exit status.
func Run(ctx context.Context, args []string, env Env) int {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usage)
		return ExitUsage
	}
	args, env, err := globalLang(args, env)
	if err != nil {
		env.Lang = localeLang(env)
		fmt.Fprintf(env.Stderr, "tcsig: %s\n", errorText(env, err))
		return ExitUsage
	}
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usage)
		return ExitUsage
	}
	cmd, rest := args[0], args[1:]
	for _, c := range subcommands {
		if c.name == cmd {
			return c.run(ctx, rest, env)
		}
	}
	switch cmd {
	case "version", "-version", "--version":
		fmt.Fprintln(env.Stdout, "tcsig", version.String())
		return ExitOK
	}
	if isHelp(cmd) {
		if len(rest) > 0 && cmd == "help" && !isHelp(rest[0]) {
			return Run(ctx, []string{rest[0], "--help"}, env) // tcsig help sign
		}
		if lang := localeLang(env); lang != message.EN {
			fmt.Fprintln(env.Stdout, message.New(message.CLIHelpEnglish).Render(lang)+"\n")
		}
		fmt.Fprint(env.Stdout, usage)
		return ExitOK
	}
	msg := fmt.Sprintf("tcsig: unknown command %q", cmd)
	var names []string
	for _, c := range subcommands {
		names = append(names, c.name)
	}
	if s := closest(cmd, append(names, "version", "help")); s != "" {
		msg += "; did you mean tcsig " + s + "?"
	}
	fmt.Fprintln(env.Stderr, msg+" (run 'tcsig --help')")
	return ExitUsage
}

// fail prints a one-line error for a subcommand and returns ExitUsage.
func fail(env Env, cmd string, err error) int {
	// An error may quote its input (a capture, a flag): show its control
	// characters rather than let them act on the terminal.
	fmt.Fprintf(env.Stderr, "tcsig %s: %s\n", cmd, notation.Controls(errorText(env, err)))
	return ExitUsage
}

// globalLang takes --lang before the subcommand (tcsig --lang zh endpoint
// ...), as developers type global flags: it sets the language as the
// locale would, so every subcommand, those without a --lang of their own
// included, speaks it, and a --lang after the subcommand still decides.
func globalLang(args []string, env Env) ([]string, Env, error) {
	if len(args) == 0 {
		return args, env, nil
	}
	name, value, hasValue := strings.Cut(args[0], "=")
	if name != "--lang" && name != "-lang" {
		return args, env, nil
	}
	rest := args[1:]
	if !hasValue {
		if len(rest) == 0 {
			return nil, env, message.Errorf(message.CLIFlagNeedsArg, "lang")
		}
		value, rest = rest[0], rest[1:]
	}
	lang, ok := message.Parse(value)
	if !ok {
		return nil, env, message.Errorf(message.CLILangValue, strconv.Quote(value))
	}
	locale := map[message.Lang]string{message.EN: "en_US.UTF-8", message.ZH: "zh_CN.UTF-8"}[lang]
	getenv := env.Getenv
	env.Getenv = func(k string) string {
		if k == "LC_ALL" {
			return locale
		}
		if getenv == nil {
			return ""
		}
		return getenv(k)
	}
	env.Lang = lang
	return rest, env, nil
}
