package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/signer"
)

// Environment variables holding credentials. The ID and key are the Go SDK's
// own names (common.DefaultEnvProvider). That SDK reads no token from the
// environment; TENCENTCLOUD_SESSION_TOKEN is what this project documents, and
// TENCENTCLOUD_SECURITY_TOKEN (the Terraform provider's name) is accepted too.
const (
	EnvSecretID      = "TENCENTCLOUD_SECRET_ID"
	EnvSecretKey     = "TENCENTCLOUD_SECRET_KEY"
	EnvSessionToken  = "TENCENTCLOUD_SESSION_TOKEN"
	EnvSecurityToken = "TENCENTCLOUD_SECURITY_TOKEN"
)

// maxInput caps what --data and --form files read: the largest request any
// method may send (POST with TC3-HMAC-SHA256). One byte more is read so an
// over-limit input is reported, never silently cut.
const maxInput = signer.LimitPOSTTC3

// Output formats of tcsig sign.
const (
	outputJSON = "json"
	outputText = "text"
	outputCurl = "curl"
	outputHTTP = "http"
)

// signFlags is what tcsig sign's command line holds before it becomes a
// request.Request.
type signFlags struct {
	req       request.Request
	timestamp string
	data      string
	params    map[string]string
	forms     []string
	output    string
	profile   string

	// credSource says where the credentials came from (resolveCredentials).
	credSource string

	// Set only when the flag was given, so its use can be warned about.
	secretIDFlag, secretKeyFlag, tokenFlag bool
}

// newSignFlagSet defines tcsig sign's flags; tcsig send (name "send")
// takes the same ones.
func newSignFlagSet(name string, f *signFlags) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported in one line by the caller
	r := &f.req
	fs.StringVar(&r.Service, "service", "", "product `name`, the host's first label (e.g. cvm)")
	fs.StringVar(&r.Action, "action", "", "API `name` (e.g. DescribeInstances)")
	fs.StringVar(&r.Version, "version", "", "API version (e.g. 2017-03-12)")
	fs.StringVar(&r.Region, "region", "", "region `ID` (e.g. ap-guangzhou); empty for APIs that take none")
	fs.StringVar(&r.Host, "host", "", "host to send to (default: from --service, --region and --endpoint)")
	fs.StringVar(&r.Endpoint, "endpoint", "", "host family: nearest (default), regional or intl")
	fs.StringVar(&r.Method, "method", "POST", "POST or GET")
	fs.StringVar(&r.ContentType, "content-type", "", "Content-Type (default: application/json for TC3 POST,\napplication/x-www-form-urlencoded for GET and HmacSHA1/256)")
	fs.StringVar(&r.SignatureMethod, "signature-method", signer.AlgorithmTC3, "TC3-HMAC-SHA256, HmacSHA256 or HmacSHA1")
	fs.StringVar(&r.SignedHeaders, "signed-headers", "", "TC3 headers to sign, e.g. content-type;host;x-tc-action (default content-type;host)")
	fs.StringVar(&f.timestamp, "timestamp", "", "Unix time in seconds (default: now)")
	fs.StringVar(&r.Nonce, "nonce", "", "HmacSHA1/256 nonce, a positive integer (default: random)")
	fs.StringVar(&r.Language, "language", "", "response language: zh-CN or en-US")
	fs.StringVar(&f.data, "data", "", "TC3 POST: the body as-is; GET and HmacSHA1/256: the parameters as a JSON object.\n`JSON` text, @file or @- for stdin")
	fs.Func("param", "`KEY=VALUE` parameter added or overriding as given (GET and HmacSHA1/256; repeatable)", func(s string) error {
		k, v, ok := strings.Cut(s, "=")
		if !ok || k == "" {
			return fmt.Errorf("want KEY=VALUE, got %q", s)
		}
		if f.params == nil {
			f.params = map[string]string{}
		}
		f.params[k] = v
		return nil
	})
	fs.Func("form", "multipart field `name=value`, or name=@file for a file part (repeatable)", func(s string) error {
		f.forms = append(f.forms, s)
		return nil
	})
	fs.BoolVar(&r.UnsignedPayload, "unsigned-payload", false, "sign UNSIGNED-PAYLOAD instead of the body (TC3)")
	fs.StringVar(&r.Boundary, "boundary", "", "multipart boundary (default: derived from the fields)")
	fs.StringVar(&f.output, "output", outputText, outputChoices)
	fs.StringVar(&f.profile, "profile", "", "`name` of the credentials profile: a section of ~/.tencentcloud/credentials,\nelse ~/.tccli/NAME.credential (default: default, or $"+EnvTCCLIProfile+" for tccli's)")
	fs.Func("token", "temporary credentials' `token` (default $"+EnvSessionToken+"; a flag shows in ps and shell history)", func(s string) error {
		r.Token, f.tokenFlag = s, true
		return nil
	})
	fs.Func("secret-id", "`SecretId` (prefer $"+EnvSecretID+")", func(s string) error {
		r.SecretID, f.secretIDFlag = s, true
		return nil
	})
	fs.Func("secret-key", "`SecretKey` (prefer $"+EnvSecretKey+": a flag shows in ps and shell history)", func(s string) error {
		r.SecretKey, f.secretKeyFlag = s, true
		return nil
	})
	return fs
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
			return nil, fmt.Errorf("%s @-: stdin was already read by another flag", flagName)
		}
		in.stdinUsed = true
		if in.stdin == nil {
			return nil, fmt.Errorf("%s @-: no standard input", flagName)
		}
		return readCapped(in.stdin, flagName+" @- (stdin)", -1)
	}
	if path == "" {
		return nil, fmt.Errorf("%s @: a file name must follow @ (or @- for stdin)", flagName)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flagName, err)
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
	_, rule := signer.Limit("POST", signer.AlgorithmTC3)
	if size < 0 {
		return nil, fmt.Errorf("request too large: %s is over the limit of %d bytes (10 MB) for %s, the largest request Tencent Cloud API accepts",
			what, maxInput, rule)
	}
	return nil, &signer.LimitError{What: what, Used: int(size), Limit: maxInput, Rule: rule + ", the largest request Tencent Cloud API accepts", Hint: "split the request"}
}

// formField parses curl's -F syntax: name=value, or name=@path for a file
// part whose filename is the path's base name.
func (in *inputs) formField(arg string) (request.FormField, error) {
	name, value, ok := strings.Cut(arg, "=")
	if !ok || name == "" {
		return request.FormField{}, fmt.Errorf("--form: want name=value or name=@file, got %q", arg)
	}
	path, isFile := strings.CutPrefix(value, "@")
	if !isFile {
		return request.FormField{Name: name, Value: value}, nil
	}
	if path == "-" {
		return request.FormField{}, fmt.Errorf("--form %s=@-: form files cannot come from stdin; give a file path", name)
	}
	content, err := in.read("--form "+name, value)
	if err != nil {
		return request.FormField{}, err
	}
	return request.FormField{Name: name, Filename: filepath.Base(path), Content: content}, nil
}

// request turns the parsed flags into a request.Request: credentials from the
// chain (resolveCredentials), "now" and a nonce from env, and the
// data and form inputs read.
func (f *signFlags) request(env Env) (*request.Request, error) {
	r := f.req
	r.SignatureMethod = normalSignatureMethod(r.SignatureMethod)
	cred, err := resolveCredentials(f, env)
	if err != nil {
		return nil, err
	}
	r.SecretID, r.SecretKey, r.Token, f.credSource = cred.id, cred.key, cred.token, cred.source
	if f.timestamp == "" {
		f.timestamp = strconv.FormatInt(env.Now().Unix(), 10)
	}
	r.Timestamp = request.Int(f.timestamp)
	if r.Nonce == "" && r.SignatureMethod != signer.AlgorithmTC3 {
		r.Nonce = strconv.FormatUint(env.Nonce(), 10)
	}
	r.Params = f.params

	in := &inputs{stdin: env.Stdin}
	if f.data != "" {
		b, err := in.read("--data", f.data)
		if err != nil {
			return nil, err
		}
		r.Data = string(b)
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
