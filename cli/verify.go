package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/internal/notation"
	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

const verifySynopsis = `Usage: tcsig verify [flags] [FILE]

Checks a captured request the way Tencent Cloud API 3.0 does, offline: the
signature (TC3-HMAC-SHA256, HmacSHA256, HmacSHA1), the clock, the size and
content-type rules. When the signature is wrong it names the mistakes that
reproduce it. FILE (default stdin) holds raw HTTP, a curl command or curl -v
output, a HAR file or entry, the Go SDK's debug log, or the page's JSON.
The SecretKey comes from ` + EnvSecretKey + ` (and the token of temporary
credentials from ` + EnvSessionToken + `).
Exit status: 0 valid, 1 invalid (the API would reject it), 2 unreadable input.

Flags:
`

type verifyFlags struct {
	now              string
	output           string
	canonicalRequest string
	stringToSign     string
}

func newVerifyFlagSet(f *verifyFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.now, "now", "", "the server clock as Unix `seconds` for the 5-minute check (default: now; off: no clock check)")
	fs.StringVar(&f.output, "output", outputText, "text or json")
	fs.StringVar(&f.canonicalRequest, "canonical-request", "", "`file` with the client's canonical request, diffed line by line against the expected one")
	fs.StringVar(&f.stringToSign, "string-to-sign", "", "`file` with the client's string to sign, diffed against the expected one")
	return fs
}

// runVerify implements tcsig verify.
func runVerify(ctx context.Context, args []string, env Env) int {
	var f verifyFlags
	fs := newVerifyFlagSet(&f)
	noCatalog := addCatalogFlag(fs)
	addLangFlag(fs, env, &env.Lang)
	if err := fs.Parse(args); err != nil {
		return parseFailed(env, fs, verifySynopsis, flagParseError(fs, err))
	}
	if err := checkLang(env.Lang); err != nil {
		return fail(env, "verify", err)
	}
	if f.output != outputText && f.output != outputJSON {
		return fail(env, "verify", outputError(f.output, outputText, outputJSON))
	}
	if fs.NArg() > 1 {
		return fail(env, "verify", message.Errorf(message.CLIVerifyExtraArg, strconv.Quote(fs.Arg(1))))
	}

	opts := verify.Options{SecretKey: env.Getenv(EnvSecretKey), Token: env.Getenv(EnvSessionToken)}
	if opts.Token == "" {
		opts.Token = env.Getenv(EnvSecurityToken)
	}
	if opts.SecretKey == "" {
		return fail(env, "verify", message.Errorf(message.CLIVerifyNeedsKey, EnvSecretKey))
	}
	// Nothing written to stderr may echo the key or the token, nor act on
	// the terminal (an error may quote the capture).
	env.Stderr = &redactor{w: controlsShown{env.Stderr}, secrets: []string{opts.SecretKey, opts.Token}}

	// The page's Verify tab takes the same spellings (verify.ParseNow).
	now, ok := verify.ParseNow(f.now, env.Now())
	if !ok {
		return fail(env, "verify", message.Errorf(message.CLINowValue, strconv.Quote(f.now)))
	}
	opts.Now = now
	var err error
	if opts.CanonicalRequest, err = readClientText(f.canonicalRequest, "--canonical-request"); err != nil {
		return fail(env, "verify", err)
	}
	if opts.StringToSign, err = readClientText(f.stringToSign, "--string-to-sign"); err != nil {
		return fail(env, "verify", err)
	}

	name, text, err := readCapture(fs.Arg(0), env.Stdin)
	if err != nil {
		return fail(env, "verify", err)
	}
	rep, err := verify.Text(text, opts)
	if err != nil {
		return fail(env, "verify", fmt.Errorf("%s: %w", name, err))
	}

	var findings []catalog.Finding
	if !*noCatalog {
		findings = verifyCatalog(newCatalog(), text, rep)
	}
	for i := range findings {
		findings[i] = findings[i].Localize(env.Lang)
	}
	rep.Localize(env.Lang)

	switch f.output {
	case outputJSON:
		b, err := verifyJSON(rep, findings)
		if err != nil {
			return fail(env, "verify", err)
		}
		env.Stdout.Write(append(b, '\n'))
	default:
		io.WriteString(env.Stdout, verifyText(rep, env.Lang)+notation.Controls(verifyCatalogText(findings, env.Lang)))
	}
	switch {
	case rep.Valid:
		return ExitOK
	case rep.Incomplete != "":
		fmt.Fprintf(env.Stderr, "tcsig verify: %s\n", message.New(message.VTCannotVerify, name, rep.Incomplete).Render(env.Lang))
		return ExitUsage
	}
	return ExitInvalid
}

// readCapture reads the capture from a file or stdin, refusing (never
// cutting) input over the parser's limit.
func readCapture(path string, stdin io.Reader) (name string, text []byte, err error) {
	name = "stdin"
	r := stdin
	if path != "" && path != "-" {
		fh, err := os.Open(path)
		if err != nil {
			return path, nil, fileError("", err)
		}
		defer fh.Close()
		name, r = path, fh
	}
	text, err = io.ReadAll(io.LimitReader(r, capture.MaxInputSize+1))
	if err != nil {
		return name, nil, message.Errorf(message.VTReading, name, err)
	}
	if len(text) > capture.MaxInputSize {
		return name, nil, message.Errorf(message.VTInputTooLarge, name, capture.MaxInputSize)
	}
	return name, text, nil
}

// maxClientText bounds --canonical-request and --string-to-sign files: a
// canonical request holds at most a 32 KB query plus headers.
const maxClientText = 1 << 20

// readClientText reads a client's intermediate text. One final newline is
// dropped: editors and echo add it, and the protocol's texts never end in one.
func readClientText(path, flagName string) (string, error) {
	if path == "" {
		return "", nil
	}
	fh, err := os.Open(path)
	if err != nil {
		return "", fileError(flagName, err)
	}
	defer fh.Close()
	b, err := io.ReadAll(io.LimitReader(fh, maxClientText+1))
	if err != nil {
		return "", fmt.Errorf("%s: %w", flagName, err)
	}
	if len(b) > maxClientText {
		return "", message.Errorf(message.VTClientTooLarge, flagName, path, maxClientText)
	}
	s := strings.TrimSuffix(string(b), "\n")
	if s == "" {
		return "", message.Errorf(message.VTClientEmpty, flagName, path)
	}
	return s, nil
}

// controlsShown writes each message with control characters shown in the
// notation (see verifyText).
type controlsShown struct{ w io.Writer }

func (c controlsShown) Write(p []byte) (int, error) {
	if _, err := io.WriteString(c.w, notation.Controls(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// verifyText renders the report for a person: verdict, causes, warnings,
// what was received, the expected steps, the diff. Derived keys are left
// out: they are secret-equivalent and not needed to find a mistake. Every
// value comes from the capture, which anyone may have crafted: values are
// written in the notation (package notation), and a last pass shows any
// control character left in the wording, so that no capture can move the
// cursor, retitle the terminal or rewrite the verdict line.
func verifyText(rep *verify.Report, lang message.Lang) string {
	return notation.Controls(reportText(rep, lang))
}

func reportText(rep *verify.Report, lang message.Lang) string {
	say := func(code message.Code, args ...any) string { return message.New(code, args...).Render(lang) }
	var b strings.Builder
	switch {
	case rep.Valid:
		b.WriteString(say(message.VTValid) + "\n")
	case rep.Error != nil:
		b.WriteString(say(message.VTInvalid, rep.Error.Code, rep.Error.Check) + "\n  " + notation.Text(rep.Error.Message) + "\n")
	default:
		b.WriteString(say(message.VTNotVerified, notation.Text(rep.Incomplete)) + "\n")
	}
	if len(rep.Causes) > 0 {
		b.WriteString("\n" + say(message.VTCauses) + "\n")
		for _, c := range rep.Causes {
			fmt.Fprintf(&b, "  - %s\n", notation.Text(c.String()))
			if c.ID == verify.CauseUnknown {
				// verify words it for every medium; here the client's texts come as flags.
				b.WriteString("    " + say(message.CLIVerifyClientTexts) + "\n")
			}
		}
	}
	if len(rep.Warnings) > 0 {
		b.WriteString("\n" + say(message.VTWarnings) + "\n")
		for _, w := range rep.Warnings {
			fmt.Fprintf(&b, "  - %s\n", notation.Text(w.String()))
		}
	}
	writeReceived(&b, rep.Received, lang)
	writeExpected(&b, rep.Expected, lang)
	writeDiff(&b, rep.Diff, lang)
	return b.String()
}

// writeReceived writes what the request holds, one labelled field a line.
func writeReceived(b *strings.Builder, r verify.Received, lang message.Lang) {
	b.WriteString("\n" + message.New(message.VTReceived).Render(lang) + "\n")
	for _, f := range []struct {
		label message.Code
		v     string
	}{
		{message.VTSigMethod, r.SignatureMethod}, {message.VTHost, r.Host}, {message.VTAction, r.Action},
		{message.VTVersion, r.Version}, {message.VTRegion, r.Region}, {message.VTSecretID, r.SecretID},
		{message.VTService, r.Service}, {message.VTTimestamp, r.Timestamp}, {message.VTScope, r.CredentialScope},
		{message.VTSignedHeaders, r.SignedHeaders}, {message.VTSignature, r.Signature},
	} {
		if f.v != "" {
			b.WriteString("  " + padRight(message.New(f.label).Render(lang), 17) + " " + notation.Text(f.v) + "\n")
		}
	}
	if r.Skew != nil {
		b.WriteString("  " + padRight(message.New(message.VTSkew).Render(lang), 17) + " " +
			message.New(message.VTSkewValue, *r.Skew, verify.MaxSkew).Render(lang) + "\n")
	}
}

// writeExpected writes the texts recomputed from the received bytes.
func writeExpected(b *strings.Builder, e *signer.Result, lang message.Lang) {
	if e == nil {
		return
	}
	say := func(code message.Code) string { return message.New(code).Render(lang) }
	b.WriteString("\n" + say(message.VTExpected) + "\n")
	if e.CanonicalRequest != "" {
		b.WriteString("  " + say(message.VTCanonical) + "\n")
		indentLines(b, e.CanonicalRequest)
		w := max(displayWidth(say(message.VTHashedPayload)), displayWidth(say(message.VTHashedCanon))) + 1
		b.WriteString("  " + padRight(say(message.VTHashedPayload), w) + e.HashedPayload + "\n")
		b.WriteString("  " + padRight(say(message.VTHashedCanon), w) + e.HashedCanonicalRequest + "\n")
	}
	b.WriteString("  " + say(message.VTStringToSign) + "\n")
	indentLines(b, e.StringToSign)
	if e.Signature != "" {
		b.WriteString("  " + say(message.VTSignature) + " " + e.Signature + "\n")
	}
}

// writeDiff writes where the client's own texts differ from the expected
// ones, a marker under the first differing character.
func writeDiff(b *strings.Builder, diff []verify.DiffLine, lang message.Lang) {
	if len(diff) == 0 {
		return
	}
	say := func(code message.Code, args ...any) string { return message.New(code, args...).Render(lang) }
	b.WriteString("\n" + say(message.VTDiff) + "\n  " + say(message.TextLegend) + "\n")
	exp, cli := say(message.VTDiffExpected), say(message.VTDiffClient)
	w := max(displayWidth(exp), displayWidth(cli)) + 1
	for _, d := range diff {
		what := message.Term("canonical request")
		if d.What == "stringToSign" {
			what = message.Term("string to sign")
		}
		b.WriteString("  " + say(message.VTDiffAt, what, d.Line, d.Column) + "\n")
		b.WriteString("    " + padRight(exp, w) + d.Expected + "\n")
		b.WriteString("    " + padRight(cli, w) + d.Received + "\n")
		b.WriteString("    " + strings.Repeat(" ", w) + d.Marker + "\n")
	}
}

// indentLines writes s one line at a time, indented, in the notation: line
// feeds are the line breaks, a space at a line end and every other
// invisible character are spelled out.
func indentLines(b *strings.Builder, s string) {
	for _, l := range strings.Split(s, "\n") {
		l = notation.Text(l)
		if l == "" {
			b.WriteString("\n") // no trailing spaces on the canonical request's empty lines
			continue
		}
		fmt.Fprintf(b, "    %s\n", l)
	}
}
