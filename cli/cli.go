// Package cli is the tcsig command: sign, verify, endpoint, emulate,
// catalog and serve. Each subcommand lives in its own file and takes its streams,
// environment and clock from Env, so tests run it in-process.
package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"
)

// Exit statuses shared by every subcommand.
const (
	ExitOK      = 0
	ExitInvalid = 1 // verify: the request would be rejected
	ExitUsage   = 2 // bad input or flags; a one-line message on stderr
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
}

// OSEnv is the real process environment.
func OSEnv() Env {
	return Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Now: time.Now, Nonce: randomNonce}
}

const usage = `tcsig makes Tencent Cloud API 3.0 request signing visible.

Usage:
  tcsig sign      sign a request and show every step
  tcsig verify    check a captured request and say why it fails
  tcsig endpoint  print the domain for a service and region, and why
  tcsig emulate   run a local endpoint that verifies signatures like the API
  tcsig catalog   list every Tencent Cloud API, its parameters and docs (offline)
  tcsig serve     serve the browser playground and the relay
  tcsig version   print the version

Run 'tcsig <command> -h' for a command's flags.
Credentials come from TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY
(and TENCENTCLOUD_SESSION_TOKEN for temporary credentials).

Example:
  tcsig sign --service cvm --action DescribeInstances --version 2017-03-12 \
    --region ap-guangzhou --data '{"Limit":1}' --output curl
`

// Version is set at build time with -ldflags "-X ...cli.Version=...".
var Version = "dev"

// Run runs tcsig with args (without the program name) and returns the exit status.
func Run(ctx context.Context, args []string, env Env) int {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usage)
		return ExitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "sign":
		return runSign(ctx, rest, env)
	case "verify":
		return runVerify(ctx, rest, env)
	case "endpoint":
		return runEndpoint(ctx, rest, env)
	case "emulate":
		return runEmulate(ctx, rest, env)
	case "catalog":
		return runCatalog(ctx, rest, env)
	case "serve":
		return runServe(ctx, rest, env)
	case "version", "-version", "--version":
		fmt.Fprintln(env.Stdout, "tcsig", Version)
		return ExitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(env.Stdout, usage)
		return ExitOK
	}
	fmt.Fprintf(env.Stderr, "tcsig: unknown command %q; run 'tcsig help'\n", cmd)
	return ExitUsage
}

// fail prints a one-line error for a subcommand and returns ExitUsage.
func fail(env Env, cmd string, err error) int {
	fmt.Fprintf(env.Stderr, "tcsig %s: %v\n", cmd, err)
	return ExitUsage
}
