package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/internal/spec"
	"github.com/tcsig/tcsig/signer"
)

const signSynopsis = `Usage: tcsig sign --service S --action A [--version V] [flags]

Signs a Tencent Cloud API 3.0 request and prints every step (--output text),
the trace as JSON, a curl command or the raw HTTP request. Nothing is sent.
Credentials come from ` + EnvSecretID + ` and ` + EnvSecretKey + `
(and ` + EnvSessionToken + ` for temporary credentials).
The offline API catalog (tcsig catalog) fills --version when it is omitted
and warns about unknown actions and parameters, missing required parameters
and wrong JSON types; it never changes the signature (--no-catalog: off).

Flags:
`

// runSign implements tcsig sign: flags → spec.Request → spec.Sign → output.
func runSign(ctx context.Context, args []string, env Env) int {
	var f signFlags
	fs := newSignFlagSet(&f)
	noCatalog := addCatalogFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(env.Stdout, fs, signSynopsis)
			return ExitOK
		}
		return fail(env, "sign", err)
	}
	write, ok := formatters[f.output]
	if !ok {
		return fail(env, "sign", fmt.Errorf("--output: want json, text, curl or http, got %q", f.output))
	}

	req, err := f.request(env)
	if err != nil {
		return fail(env, "sign", err)
	}
	// Whatever goes to stderr from here on has the secrets blanked out, in
	// case an error or warning ever echoes one back.
	stderr := &redactor{w: env.Stderr, secrets: []string{req.SecretKey, req.Token}}
	env.Stderr = stderr
	var cat *catalog.Catalog
	if !*noCatalog {
		cat = newCatalog()
		catalogFill(env, cat, req)
	}

	res, err := spec.Sign(req)
	if err != nil {
		return fail(env, "sign", flagError(err, req)) // one line: no warnings before it
	}
	stderr.secrets = append(stderr.secrets, res.DerivedKeys.SecretDate, res.DerivedKeys.SecretService, res.DerivedKeys.SecretSigning)
	for _, w := range append(append(flagWarnings(&f), res.Warnings...), catalogWarnings(cat, req, res)...) {
		warn(env, "sign", w)
	}

	var out bytes.Buffer
	if err := write(&out, res); err != nil {
		return fail(env, "sign", err)
	}
	if _, err := env.Stdout.Write(out.Bytes()); err != nil {
		return fail(env, "sign", err)
	}
	return ExitOK
}

// flagWarnings warns about secrets given on the command line, where ps and
// shell history keep them.
func flagWarnings(f *signFlags) []string {
	var w []string
	for _, s := range []struct {
		used      bool
		flag, env string
	}{
		{f.secretIDFlag, "--secret-id", EnvSecretID},
		{f.secretKeyFlag, "--secret-key", EnvSecretKey},
		{f.tokenFlag, "--token", EnvSessionToken},
	} {
		if s.used {
			w = append(w, s.flag+" puts a credential on the command line, where ps and shell history keep it; set $"+s.env+" instead")
		}
	}
	return w
}

// flagNames maps spec's field names to the flags that set them.
var flagNames = map[string]string{
	"service": "--service", "action": "--action", "version": "--version", "region": "--region",
	"host": "--host", "endpoint": "--endpoint", "method": "--method", "contentType": "--content-type",
	"signatureMethod": "--signature-method", "signedHeaders": "--signed-headers",
	"timestamp": "--timestamp", "nonce": "--nonce", "token": "--token", "language": "--language",
	"data": "--data", "params": "--param", "form": "--form", "boundary": "--boundary",
	"secretId": EnvSecretID,
}

// flagError names the flag behind a field error, and the environment
// variables behind missing credentials.
func flagError(err error, req *spec.Request) error {
	if errors.Is(err, signer.ErrMissingCredentials) {
		return fmt.Errorf("missing credentials: set %s and %s", EnvSecretID, EnvSecretKey)
	}
	var fe *signer.FieldError
	if !errors.As(err, &fe) {
		return err
	}
	if fe.Field == "host" && req.Host == "" {
		return errors.New(fe.Msg) // resolving the default host failed; Msg names the cause
	}
	if name, ok := flagNames[fe.Field]; ok {
		return errors.New(name + ": " + fe.Msg)
	}
	return err
}

// warn prints one warning line on stderr.
func warn(env Env, cmd, msg string) {
	fmt.Fprintf(env.Stderr, "tcsig %s: warning: %s\n", cmd, msg)
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
