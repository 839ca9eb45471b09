package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/internal/suggest"
)

// examples end each command's -h/--help: two or three command lines a
// developer can paste, in the two-dash spelling the documentation uses.
var examples = map[string]string{
	"sign": `  tcsig sign --service cvm --action DescribeInstances --version 2017-03-12 \
    --region ap-guangzhou --data '{"Limit":1}'
  tcsig sign --service cvm --action DescribeRegions --version 2017-03-12 --output curl
  tcsig sign --service cvm --action DescribeZones --version 2017-03-12 \
    --region ap-guangzhou --method GET --signature-method HmacSHA256 --output http
`,
	"send": `  tcsig send --service cvm --action DescribeRegions
  tcsig send --service cvm --action DescribeInstances --region ap-guangzhou --data '{"Limit":1}' --profile prod
  # offline, with the documentation's example key: a local emulator, and a request sent to it
  TCSIG_EMULATE_KEYS=` + exampleKeyPair + ` tcsig emulate --addr 127.0.0.1:9011 &
  ` + exampleCreds + ` \
    tcsig send --service cvm --action DescribeRegions --to http://127.0.0.1:9011
`,
	"verify": `  tcsig sign --service cvm --action DescribeRegions --version 2017-03-12 --output http | tcsig verify
  tcsig verify --now off captured.har
  tcsig verify --canonical-request mine.txt --string-to-sign mine-sts.txt request.http
`,
	"endpoint": `  tcsig endpoint --service cvm --region ap-guangzhou
  tcsig endpoint --service cvm --region ap-shanghai-fsi --endpoint regional
  tcsig endpoint --list --output json
`,
	"emulate": `  TCSIG_EMULATE_KEYS=` + exampleKeyPair + ` tcsig emulate --addr 127.0.0.1:9011 &
  ` + exampleCreds + ` \
    tcsig send --service cvm --action DescribeRegions --to http://127.0.0.1:9011
  TCSIG_EMULATE_KEYS="AKIDxxxx:secretxxxx,AKIDyyyy:secretyyyy" tcsig emulate --addr 127.0.0.1:0
`,
	"catalog": `  tcsig catalog cvm DescribeInstances --lang zh
  tcsig catalog --search "describe instances" --limit 5
  tcsig catalog cvm DescribeInstances --version 2017-03-12 --output json | jq '.parameters[].name'
  tcsig catalog --version
`,
	"serve": `  tcsig serve
  tcsig serve --addr 127.0.0.1:0
  tcsig serve --addr 127.0.0.1:8080 --allow-origin https://docs.example.com
`,
}

// The documentation's example key pair in the send ↔ emulate recipes: the
// emulator accepts it and send signs with it, so the recipe runs as written
// (TestHelpRecipes) and never touches a real key.
const (
	exampleKeyPair = exampleSecretID + ":" + exampleSecretKey
	exampleCreds   = EnvSecretID + "=" + exampleSecretID + " " + EnvSecretKey + "=" + exampleSecretKey
)

// isHelp reports whether arg asks for help, in any of the spellings
// developers type.
func isHelp(arg string) bool {
	switch arg {
	case "-h", "-help", "--help", "help":
		return true
	}
	return false
}

// parseFailed is a subcommand's exit status after its flags failed to parse:
// --help prints the usage and succeeds; anything else is a one-line usage
// error.
func parseFailed(env Env, fs *flag.FlagSet, synopsis string, err error) int {
	if errors.Is(err, flag.ErrHelp) {
		printUsage(env.Stdout, fs, synopsis, env.Lang)
		return ExitOK
	}
	return fail(env, fs.Name(), err)
}

// parseFlags parses args with fs, turning every failure into one line.
// It returns flag.ErrHelp for -h and --help.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return flagParseError(fs, err)
	}
	if fs.NArg() > 0 {
		return message.Errorf(message.CLIUnexpectedArg, strconv.Quote(fs.Arg(0)), fs.Name())
	}
	return nil
}

// flagParseError rewrites package flag's messages in the two-dash spelling
// the help and the documentation use, and suggests the flag an unknown one
// was probably meant to be.
func flagParseError(fs *flag.FlagSet, err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	msg := err.Error()
	var what any
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined: -"):
		name := strings.TrimPrefix(msg, "flag provided but not defined: -")
		suggestion := message.Msg{}
		if s := suggestFlag(fs, name); s != "" {
			suggestion = message.New(message.CLIDidYouMeanFlag, s)
		}
		what = message.New(message.CLIUnknownFlag, name, suggestion)
		if short := strings.TrimLeft(name, "-"); len([]rune(short)) == 1 {
			// A one-letter flag (-o) is a shorthand tcsig does not have:
			// named as typed, with the flag it abbreviates.
			what = message.New(message.CLIUnknownShortFlag, short, suggestion)
		}
	case strings.HasPrefix(msg, "flag needs an argument: -"):
		what = message.New(message.CLIFlagNeedsArg, strings.TrimPrefix(msg, "flag needs an argument: -"))
	default:
		if m, ok := badValue(fs, msg); ok {
			what = m
		} else {
			msg = strings.Replace(msg, "flag -", "flag --", 1)
			msg = strings.Replace(msg, "argument: -", "argument: --", 1)
			what = strings.Replace(msg, " for -", " for --", 1)
		}
	}
	return message.Errorf(message.CLIFlagError, what, fs.Name())
}

// badValue reads package flag's "invalid value" failure back into our own
// message: the flag, the value, and what the flag accepts — in the user's
// language, not flag's English detail.
func badValue(fs *flag.FlagSet, msg string) (message.Msg, bool) {
	rest, ok := strings.CutPrefix(msg, "invalid value ")
	if !ok {
		rest, ok = strings.CutPrefix(msg, "invalid boolean value ")
	}
	if !ok {
		return message.Msg{}, false
	}
	value, err := strconv.QuotedPrefix(rest)
	if err != nil {
		return message.Msg{}, false
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest[len(value):], " for flag -"), " for -")
	name, detail, _ := strings.Cut(rest, ": ")
	f := fs.Lookup(name)
	if f == nil {
		return message.Msg{}, false
	}
	return message.New(message.CLIFlagBadValue, value, name, accepted(f, detail)), true
}

// accepted says what a flag takes, from its type: our own flags' errors
// (funcValue) are messages already. A type not known here keeps flag's
// detail.
func accepted(f *flag.Flag, detail string) any {
	if fv, ok := f.Value.(*funcValue); ok && fv.err != nil {
		return fv.err
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return message.New(message.CLIWantBool)
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return detail
	}
	switch g.Get().(type) {
	case int, int64, uint, uint64:
		return message.New(message.CLIWantInt)
	case float64:
		return message.New(message.CLIWantNumber)
	case time.Duration:
		return message.New(message.CLIWantDuration)
	}
	return detail
}

// funcValue is flag.Func that keeps the error its function returned:
// package flag keeps only its English text, and the message is shown in
// the user's language (accepted).
type funcValue struct {
	fn  func(string) error
	err error
}

func (v *funcValue) Set(s string) error { v.err = v.fn(s); return v.err }
func (v *funcValue) String() string     { return "" }

// funcFlag defines a flag whose value fn checks and keeps, as fs.Func does.
func funcFlag(fs *flag.FlagSet, name, usage string, fn func(string) error) {
	fs.Var(&funcValue{fn: fn}, name, usage)
}

// suggestFlag returns the defined flag closest to name, or "". A single
// letter stands for the one flag that starts with it, if only one does.
func suggestFlag(fs *flag.FlagSet, name string) string {
	name = strings.TrimLeft(name, "-")
	var names, starting []string
	fs.VisitAll(func(f *flag.Flag) {
		names = append(names, f.Name)
		if strings.HasPrefix(f.Name, name) {
			starting = append(starting, f.Name)
		}
	})
	if len([]rune(name)) == 1 {
		if len(starting) == 1 {
			return starting[0]
		}
		return ""
	}
	return closest(name, names)
}

// printUsage writes a command's synopsis, its flags with two dashes, and
// its examples to w, for -h and --help. In Chinese the headings are
// translated and a first line says that the rest of the help (usage, flag
// descriptions, examples) is English, while messages follow the language.
func printUsage(w io.Writer, fs *flag.FlagSet, synopsis string, lang message.Lang) {
	if lang != message.EN && lang != "" {
		fmt.Fprintln(w, message.New(message.CLIHelpEnglish).Render(lang)+"\n")
	}
	body, ok := strings.CutSuffix(synopsis, "Flags:\n")
	if ok {
		synopsis = body + message.New(message.CLIHelpFlags).Render(lang) + "\n"
	}
	fmt.Fprint(w, synopsis)
	fs.VisitAll(func(f *flag.Flag) {
		arg, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if arg != "" {
			line += " " + arg
		}
		usage = strings.ReplaceAll(usage, "\n", "\n        ")
		if def := f.DefValue; def != "" && def != "false" && def != "0" && def != "[]" {
			usage += " (default " + def + ")"
		}
		fmt.Fprintf(w, "%s\n        %s\n", line, usage)
	})
	if ex := examples[fs.Name()]; ex != "" {
		fmt.Fprint(w, "\n"+message.New(message.CLIHelpExamples).Render(lang)+"\n"+ex)
	}
}

// outputError refuses an --output value, with the closest of the choices
// when one is a typo away.
func outputError(value string, choices ...string) error {
	suggestion := any("")
	if s := closest(value, choices); s != "" {
		suggestion = message.New(message.CLIDidYouMeanOutput, s)
	}
	if len(choices) == 2 && choices[0] == outputText && choices[1] == outputJSON {
		return message.Errorf(message.CLIOutputTextJSON, strconv.Quote(value), suggestion)
	}
	return message.Errorf(message.CLIOutputOneOf, strings.Join(choices, ", "), strconv.Quote(value), suggestion)
}

// closest is the "did you mean" for s among candidates (suggest.Closest).
func closest(s string, candidates []string) string { return suggest.Closest(s, candidates) }
