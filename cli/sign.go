package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"strings"

	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/signer"
)

const signSynopsis = `Usage: tcsig sign --service S --action A [--version V] [flags]

Signs a Tencent Cloud API 3.0 request and prints every step (--output text),
the trace as JSON, a curl command or the raw HTTP request; or writes the
request as a tccli command or a Go, Python, Node.js, Java or PHP program
using the official SDK (--output tccli|go|python|node|java|php). Nothing is
sent (tcsig send sends it).
The offline API catalog (tcsig catalog) fills --version when it is omitted
and warns about unknown actions and parameters, missing required parameters
and wrong JSON types; it never changes the signature (--no-catalog: off).
` + credentialsHelp + `

Flags:
`

// credentialsHelp is the credential chain (resolveCredentials), for the
// help of sign and send.
const credentialsHelp = `Credentials: --secret-id/--secret-key, else $` + EnvSecretID + ` and
$` + EnvSecretKey + ` (with $` + EnvSessionToken + ` for temporary
credentials), else the [default] (or --profile) section of
~/.tencentcloud/credentials (or $` + EnvCredentialsFile + `), else
~/.tccli/<profile>.credential (profile from --profile, $` + EnvTCCLIProfile + ` or default).`

// runSign implements tcsig sign: flags → request.Input → request.Sign → output.
func runSign(ctx context.Context, args []string, env Env) int {
	var f signFlags
	fs := newSignFlagSet("sign", &f)
	addLangFlag(fs, env, &f.lang)
	s, code := signFromArgs(fs, &f, args, env, signSynopsis, func() error {
		if _, ok := formatters[f.output]; !ok && !isCodeOutput(f.output) {
			return outputError(f.output, outputChoiceList...)
		}
		return nil
	})
	if s == nil {
		return code
	}
	write := formatters[f.output]
	if isCodeOutput(f.output) {
		write = func(b *bytes.Buffer, res *signer.Result) error { return writeCode(b, f.output, s.req, res, s.cat) }
	}
	if f.output == outputText {
		write = func(b *bytes.Buffer, res *signer.Result) error {
			return writeTextFrom(b, res, f.credSource, s.env.Lang)
		}
	}
	var out bytes.Buffer
	if err := write(&out, s.res); err != nil {
		return fail(s.env, "sign", err)
	}
	if _, err := s.env.Stdout.Write(out.Bytes()); err != nil {
		return fail(s.env, "sign", err)
	}
	return ExitOK
}

// signed is a request signed from the command line (tcsig sign and tcsig
// send), with env's stderr redacting its secrets.
type signed struct {
	req *request.Input
	res *signer.Result
	env Env
	cat *catalog.Catalog // nil with --no-catalog
}

// signFromArgs parses args into f through fs, checks the command's own
// flags with check, signs, and prints the warnings. A nil result means it
// is done: help was printed or the input was refused; code is the exit
// status then.
func signFromArgs(fs *flag.FlagSet, f *signFlags, args []string, env Env, synopsis string, check func() error) (*signed, int) {
	cmd := fs.Name()
	err := parseFlags(fs, args)
	env.Lang = f.lang
	if err != nil {
		return nil, parseFailed(env, fs, synopsis, err)
	}
	if err := checkLang(f.lang); err != nil {
		return nil, fail(env, cmd, err)
	}
	if err := check(); err != nil {
		return nil, fail(env, cmd, err)
	}

	req, err := f.request(env)
	if err != nil {
		return nil, fail(env, cmd, err)
	}
	// Whatever goes to stderr from here on has the secrets blanked out, in
	// case an error or warning ever echoes one back.
	stderr := &redactor{w: env.Stderr, secrets: secretValues(req)}
	env.Stderr = stderr
	var cat *catalog.Catalog
	if !*f.noCatalog {
		cat = newCatalog()
		catalogFill(env, cmd, cat, req)
	}

	res, err := request.Sign(req)
	if err != nil {
		return nil, fail(env, cmd, flagError(err, req, env.Lang)) // one line: no warnings before it
	}
	res.Warnings = res.LocalWarnings(env.Lang)
	stderr.secrets = append(stderr.secrets, res.DerivedKeys.SecretDate, res.DerivedKeys.SecretService, res.DerivedKeys.SecretSigning)
	res.Warnings = withRegionSuggestion(res.Warnings, req.Region, env.Lang)
	warnings := append(append(flagWarnings(f, env.Lang), res.Warnings...), catalogWarnings(cat, req, res, env.Lang)...)
	if w := jsonBodyWarning(res, len(req.Form) > 0, env.Lang); w != "" {
		warnings = append(warnings, w)
	}
	for _, w := range warnings {
		warn(env, cmd, w)
	}
	return &signed{req: req, res: res, env: env, cat: cat}, ExitOK
}

// secretValues are the values of the schema's secret fields in req.
func secretValues(req *request.Input) []string {
	var out []string
	for _, fd := range request.Fields {
		if p, ok := fd.Ptr(req).(*string); ok && fd.Secret {
			out = append(out, *p)
		}
	}
	return out
}

// flagWarnings warns about secrets given on the command line, where ps and
// shell history keep them.
func flagWarnings(f *signFlags, lang message.Lang) []string {
	var w []string
	for _, fd := range request.Fields {
		if f.given[fd.ID] {
			w = append(w, message.New(message.CredOnCmdLine, "--"+fd.Flag, fd.Env).Render(lang))
		}
	}
	return w
}

// cliName is how the CLI names a field of the request schema: by its flag,
// or for the SecretId, which is best set in the environment, by its variable.
func cliName(fd *request.Field) string {
	switch {
	case fd.ID == "SecretID":
		return fd.Env
	case fd.Flag == "":
		return fd.JS // a field only the page sets
	}
	return "--" + fd.Flag
}

// flagError names the flag behind a field error, and the environment
// variables behind missing credentials.
func flagError(err error, req *request.Input, lang message.Lang) error {
	if errors.Is(err, signer.ErrMissingCredentials) {
		return message.Errorf(message.CLIMissingCreds, EnvSecretID, EnvSecretKey)
	}
	var fe *signer.FieldError
	if !errors.As(err, &fe) {
		return err
	}
	if fe.Field == "Host" && req.Host == "" {
		return errors.New(fe.Problem(lang)) // resolving the default host failed; Msg names the cause
	}
	if _, ok := request.Lookup(fe.Field); !ok {
		return err
	}
	msg := message.RenderError(request.Rename(err, cliName), lang)
	if fe.Field == "Host" && isLocal(req.Host) {
		msg += message.New(message.CLILocalHost, req.Host).Render(lang)
	}
	return errors.New(msg)
}

// warn prints one warning line on stderr.
func warn(env Env, cmd, msg string) {
	fmt.Fprintf(env.Stderr, "tcsig %s: %s\n", cmd, message.New(message.TextWarnLine, message.New(message.CLIWarning), msg).Render(env.Lang))
}

// redactor blanks secrets out of what is written through it. Secrets
// shorter than 8 bytes are left alone: blanking them would garble ordinary
// text, and no real key is that short.
type redactor struct {
	w       io.Writer
	secrets []string
}

func (r *redactor) Write(p []byte) (int, error) {
	out := p
	for _, s := range r.secrets {
		if len(s) >= 8 && bytes.Contains(out, []byte(s)) {
			out = bytes.ReplaceAll(out, []byte(s), []byte("[redacted]"))
		}
	}
	if _, err := r.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// isLocal reports whether host (maybe with a port) is an IP address or
// localhost: an endpoint on this machine or network, never an API domain.
func isLocal(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	return host == "localhost" || net.ParseIP(strings.Trim(host, "[]")) != nil
}
