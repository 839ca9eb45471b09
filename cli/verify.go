package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/internal/notation"
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
		return fail(env, "verify", fmt.Errorf("--output: want text or json, got %q", f.output))
	}
	if fs.NArg() > 1 {
		return fail(env, "verify", fmt.Errorf("unexpected argument %q: give one capture file, or none to read stdin", fs.Arg(1)))
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

	switch f.now {
	case "":
		opts.Now = env.Now()
	case "off":
	default:
		n, err := strconv.ParseInt(f.now, 10, 64)
		if err != nil || n <= 0 {
			return fail(env, "verify", fmt.Errorf("--now: want Unix time in seconds or off, got %q", f.now))
		}
		opts.Now = time.Unix(n, 0)
	}
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
		io.WriteString(env.Stdout, verifyText(rep, env.Lang)+notation.Controls(verifyCatalogText(findings)))
	}
	switch {
	case rep.Valid:
		return ExitOK
	case rep.Incomplete != "":
		fmt.Fprintf(env.Stderr, "tcsig verify: %s: cannot verify: %s\n", name, rep.Incomplete)
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
			return path, nil, err
		}
		defer fh.Close()
		name, r = path, fh
	}
	text, err = io.ReadAll(io.LimitReader(r, capture.MaxInputSize+1))
	if err != nil {
		return name, nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(text) > capture.MaxInputSize {
		return name, nil, fmt.Errorf("%s is over %d bytes (16 MiB), the most tcsig reads; a Tencent Cloud request is at most 10 MB", name, capture.MaxInputSize)
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
		return "", fmt.Errorf("%s: %w", flagName, err)
	}
	defer fh.Close()
	b, err := io.ReadAll(io.LimitReader(fh, maxClientText+1))
	if err != nil {
		return "", fmt.Errorf("%s: %w", flagName, err)
	}
	if len(b) > maxClientText {
		return "", fmt.Errorf("%s: %s is over %d bytes (1 MiB); a canonical request or string to sign is far smaller", flagName, path, maxClientText)
	}
	s := strings.TrimSuffix(string(b), "\n")
	if s == "" {
		return "", fmt.Errorf("%s: %s is empty", flagName, path)
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
	var b strings.Builder
	switch {
	case rep.Valid:
		b.WriteString("VALID: the API would accept this request's signature\n")
	case rep.Error != nil:
		fmt.Fprintf(&b, "INVALID: %s [%s]\n  %s\n", rep.Error.Code, rep.Error.Check, notation.Text(rep.Error.Message))
	default:
		fmt.Fprintf(&b, "NOT VERIFIED: %s\n", notation.Text(rep.Incomplete))
	}
	if len(rep.Causes) > 0 {
		b.WriteString("\nCauses (mistakes that reproduce the received signature):\n")
		for _, c := range rep.Causes {
			fmt.Fprintf(&b, "  - %s\n", notation.Text(c.String()))
			if c.ID == verify.CauseUnknown {
				// verify words it for every medium; here the client's texts come as flags.
				b.WriteString("    " + message.New(message.CLIVerifyClientTexts).Render(lang) + "\n")
			}
		}
	}
	if len(rep.Warnings) > 0 {
		b.WriteString("\nWarnings:\n")
		for _, w := range rep.Warnings {
			fmt.Fprintf(&b, "  - %s\n", notation.Text(w.String()))
		}
	}

	r := rep.Received
	b.WriteString("\nReceived:\n")
	for _, kv := range [][2]string{
		{"signature method", r.SignatureMethod}, {"host", r.Host}, {"action", r.Action}, {"version", r.Version},
		{"region", r.Region}, {"SecretId", r.SecretID}, {"service", r.Service}, {"timestamp", r.Timestamp},
		{"credential scope", r.CredentialScope}, {"signed headers", r.SignedHeaders}, {"signature", r.Signature},
	} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "  %-17s %s\n", kv[0]+":", notation.Text(kv[1]))
		}
	}
	if r.Skew != nil {
		fmt.Fprintf(&b, "  %-17s %d s (now minus timestamp; the limit is ±%d s)\n", "clock skew:", *r.Skew, verify.MaxSkew)
	}

	if e := rep.Expected; e != nil {
		b.WriteString("\nExpected (recomputed from the received bytes):\n")
		if e.CanonicalRequest != "" {
			b.WriteString("  canonical request:\n")
			indentLines(&b, e.CanonicalRequest)
			fmt.Fprintf(&b, "  hashed payload:           %s\n", e.HashedPayload)
			fmt.Fprintf(&b, "  hashed canonical request: %s\n", e.HashedCanonicalRequest)
		}
		b.WriteString("  string to sign:\n")
		indentLines(&b, e.StringToSign)
		if e.Signature != "" {
			fmt.Fprintf(&b, "  signature: %s\n", e.Signature)
		}
	}

	if len(rep.Diff) > 0 {
		b.WriteString("\nDiff (expected vs the client's own text):\n  " + notation.Legend + "\n")
		for _, d := range rep.Diff {
			what := "canonical request"
			if d.What == "stringToSign" {
				what = "string to sign"
			}
			fmt.Fprintf(&b, "  %s, line %d, column %d:\n", what, d.Line, d.Column)
			fmt.Fprintf(&b, "    expected: %s\n", d.Expected)
			fmt.Fprintf(&b, "    client:   %s\n", d.Received)
			fmt.Fprintf(&b, "              %s\n", d.Marker)
		}
	}
	return b.String()
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
