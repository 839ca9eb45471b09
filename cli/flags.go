package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/signer"
)

// Environment variables holding credentials. The ID and key are the Go SDK's
// own names (common.DefaultEnvProvider), listed with their fields in
// package request's table. That SDK reads no token from the environment;
// TENCENTCLOUD_SESSION_TOKEN is what this project documents, and
// TENCENTCLOUD_SECURITY_TOKEN (the Terraform provider's name) is accepted too.
const (
	EnvSecretID      = request.EnvSecretID
	EnvSecretKey     = request.EnvSecretKey
	EnvSessionToken  = request.EnvSessionToken
	EnvSecurityToken = "TENCENTCLOUD_SECURITY_TOKEN"
)

// maxInput caps what --data and --form files read: the largest request any
// method may send (POST with TC3-HMAC-SHA256). One byte more is read so an
// over-limit input is reported, never silently cut.
const maxInput = protocol.LimitPOSTTC3

// Output formats of tcsig sign.
const (
	outputJSON = "json"
	outputText = "text"
	outputCurl = "curl"
	outputHTTP = "http"
)

// signFlags is what tcsig sign's command line holds before it becomes a
// request.Input.
type signFlags struct {
	lang      message.Lang // --lang
	req       request.Input
	timestamp string
	data      string
	forms     []string
	output    string
	profile   string
	noCatalog *bool

	// credSource says where the credentials came from (resolveCredentials).
	credSource string

	// given holds the IDs of the fields with an environment variable whose
	// flag was given, so its use can be warned about.
	given map[string]bool
}

// newSignFlagSet defines tcsig sign's flags from request.Fields, and the
// command's own; tcsig send (name "send") takes the same ones.
func newSignFlagSet(name string, f *signFlags) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported in one line by the caller
	for i := range request.Fields {
		if fd := &request.Fields[i]; fd.Flag != "" {
			f.define(fs, fd)
		}
	}
	fs.StringVar(&f.output, "output", outputText, outputChoices)
	f.noCatalog = addCatalogFlag(fs)
	fs.StringVar(&f.profile, "profile", "", "`name` of the credentials profile: a section of ~/.tencentcloud/credentials,\nelse ~/.tccli/NAME.credential (default: default, or $"+EnvTCCLIProfile+" for tccli's)")
	return fs
}

// define adds the flag of one field of the request schema. The timestamp
// and data stay text until request() reads them (now, @file).
func (f *signFlags) define(fs *flag.FlagSet, fd *request.Field) {
	switch p := fd.Ptr(&f.req).(type) {
	case *string:
		if fd.Env != "" {
			funcFlag(fs, fd.Flag, fd.Usage, func(s string) error {
				*p = s
				if f.given == nil {
					f.given = map[string]bool{}
				}
				f.given[fd.ID] = true
				return nil
			})
			return
		}
		fs.StringVar(p, fd.Flag, fd.Default, fd.Usage)
	case *int64:
		fs.StringVar(&f.timestamp, fd.Flag, fd.Default, fd.Usage)
	case *[]byte:
		fs.StringVar(&f.data, fd.Flag, fd.Default, fd.Usage)
	case *bool:
		fs.BoolVar(p, fd.Flag, false, fd.Usage)
	case *map[string]string:
		funcFlag(fs, fd.Flag, fd.Usage, func(s string) error {
			k, v, ok := strings.Cut(s, "=")
			if !ok || k == "" {
				return message.Errorf(message.CLIWantKeyValue, strconv.Quote(s))
			}
			if *p == nil {
				*p = map[string]string{}
			}
			(*p)[k] = v
			return nil
		})
	case *[]request.FormField:
		funcFlag(fs, fd.Flag, fd.Usage, func(s string) error {
			f.forms = append(f.forms, s)
			return nil
		})
	}
}

// inputs reads --data and --form files; stdin (@-) may be read once.
type inputs struct {
	stdin     io.Reader
	stdinUsed bool
}

// read returns the bytes arg names: text as-is, @path a file's exact
// content, @- stdin. The content is never trimmed: a final newline is part
// of what gets signed.
func (in *inputs) read(flagName, arg string) ([]byte, error) {
	path, isRef := strings.CutPrefix(arg, "@")
	if !isRef {
		return []byte(arg), nil
	}
	if path == "-" {
		if in.stdinUsed {
			return nil, message.Errorf(message.CLIStdinReadTwice, flagName)
		}
		in.stdinUsed = true
		if in.stdin == nil {
			return nil, message.Errorf(message.CLINoStdin, flagName)
		}
		return readCapped(in.stdin, flagName+" @- (stdin)", -1)
	}
	if path == "" {
		return nil, message.Errorf(message.CLIFileAfterAt, flagName)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError(flagName, err)
	}
	defer f.Close()
	size := int64(-1)
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	return readCapped(f, flagName+" @"+path, size)
}

// readCapped reads at most maxInput bytes; more is a *signer.LimitError
// with the true size when it is known (size >= 0).
func readCapped(r io.Reader, what string, size int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if len(b) <= maxInput {
		return b, nil
	}
	_, rule := signer.LimitRule("POST", signer.AlgorithmTC3)
	largest := message.New(message.CLILargestRule, rule)
	if size < 0 {
		return nil, message.Errorf(message.CLIInputTooLarge, what, maxInput, message.Size(maxInput), largest)
	}
	return nil, &signer.LimitError{What: what, Used: int(size), Limit: maxInput, Rule: largest.String(), Hint: "split the request",
		RuleMsg: largest, HintMsg: message.New(message.CLISplitRequest)}
}

// formField parses curl's -F syntax: name=value, or name=@path for a file
// part whose filename is the path's base name.
func (in *inputs) formField(arg string) (request.FormField, error) {
	name, value, ok := strings.Cut(arg, "=")
	if !ok || name == "" {
		return request.FormField{}, message.Errorf(message.CLIFormSyntax, strconv.Quote(arg))
	}
	path, isFile := strings.CutPrefix(value, "@")
	if !isFile {
		return request.FormField{Name: name, Value: value}, nil
	}
	if path == "-" {
		return request.FormField{}, message.Errorf(message.CLIFormStdin, name)
	}
	content, err := in.read("--form "+name, value)
	if err != nil {
		return request.FormField{}, err
	}
	return request.FormField{Name: name, Filename: filepath.Base(path), Content: content}, nil
}

// request turns the parsed flags into a request.Input: credentials from
// the chain (resolveCredentials), "now" and a nonce from env, and the
// data and form inputs read.
func (f *signFlags) request(env Env) (*request.Input, error) {
	r := f.req
	r.SignatureMethod = normalSignatureMethod(r.SignatureMethod)
	cred, err := resolveCredentials(f, env)
	if err != nil {
		return nil, err
	}
	r.SecretID, r.SecretKey, r.Token, f.credSource = cred.id, cred.key, cred.token, cred.source
	if f.timestamp == "" {
		r.Timestamp = env.Now().Unix()
	} else if r.Timestamp, err = request.ParseTimestamp(f.timestamp); err != nil {
		return nil, request.Rename(err, cliName)
	}
	if r.Nonce == "" && request.NeedsNonce(r.SignatureMethod) {
		r.Nonce = strconv.FormatUint(env.Nonce(), 10)
	}

	in := &inputs{stdin: env.Stdin}
	if f.data != "" {
		if r.Data, err = in.read("--data", f.data); err != nil {
			return nil, err
		}
	}
	for _, arg := range f.forms {
		field, err := in.formField(arg)
		if err != nil {
			return nil, err
		}
		r.Form = append(r.Form, field)
	}
	return &r, nil
}
