package request

import (
	"errors"
	"strconv"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/signer"
)

// Environment variables holding credentials. The ID and key are the Go SDK's
// own names (common.DefaultEnvProvider). That SDK reads no token from the
// environment; TENCENTCLOUD_SESSION_TOKEN is what this project documents.
const (
	EnvSecretID     = "TENCENTCLOUD_SECRET_ID"
	EnvSecretKey    = "TENCENTCLOUD_SECRET_KEY"
	EnvSessionToken = "TENCENTCLOUD_SESSION_TOKEN"
)

// Kind is a field's type from the edge inward, which says how each edge
// reads it.
type Kind int

const (
	KindString    Kind = iota
	KindTimestamp      // int64 Unix seconds
	KindNonce          // a decimal string; it may exceed 2^53
	KindBool
	KindParams // map[string]string of raw parameters
	KindForm   // []FormField, the parts of a multipart body
	KindData   // []byte: the body, or the parameters as a JSON object
)

func (k Kind) String() string {
	return [...]string{"string", "timestamp", "nonce", "bool", "params", "form", "data"}[k]
}

// Field is one input of a request to sign, with the name each edge gives it.
type Field struct {
	ID      string // the Input field's Go name: what a *signer.FieldError from Build names
	JS      string // tcsig.sign's property, the page's and share links' name
	Flag    string // the CLI flag, without dashes; "" when the CLI takes none
	Kind    Kind
	Default string // applied by Build when the field is empty; the CLI shows it in help
	Usage   string // the CLI flag's help (a `quoted` word names its argument)
	Secret  bool   // never in share links or logs
	Env     string // the environment variable the CLI prefers to a flag

	at func(*Input) any // a pointer to the field's value in an Input
}

// Ptr returns a pointer to f's value in in: *string (KindString,
// KindNonce), *int64, *bool, *map[string]string, *[]FormField or *[]byte.
func (f *Field) Ptr(in *Input) any { return f.at(in) }

// Fields is the request schema: every input that tcsig sign's flags and
// tcsig.sign's object (the page's form) give, in the page's order. Adding
// a field is an Input field and an entry here.
var Fields = []Field{
	{ID: "Service", JS: "service", Flag: "service", Usage: "product `name`, the host's first label (e.g. cvm)",
		at: func(in *Input) any { return &in.Service }},
	{ID: "Action", JS: "action", Flag: "action", Usage: "API `name` (e.g. DescribeInstances)",
		at: func(in *Input) any { return &in.Action }},
	{ID: "Version", JS: "version", Flag: "version", Usage: "API version (e.g. 2017-03-12)",
		at: func(in *Input) any { return &in.Version }},
	{ID: "Region", JS: "region", Flag: "region", Usage: "region `ID` (e.g. ap-guangzhou); empty for APIs that take none",
		at: func(in *Input) any { return &in.Region }},
	{ID: "Host", JS: "host", Flag: "host", Usage: "host to send to (default: from --service, --region and --endpoint)",
		at: func(in *Input) any { return &in.Host }},
	{ID: "Endpoint", JS: "endpoint", Flag: "endpoint", Usage: "host family: nearest (default), regional or intl",
		at: func(in *Input) any { return &in.Endpoint }},
	{ID: "Method", JS: "method", Flag: "method", Default: "POST", Usage: "POST or GET",
		at: func(in *Input) any { return &in.Method }},
	{ID: "ContentType", JS: "contentType", Flag: "content-type",
		Usage: "Content-Type (default: application/json for TC3 POST,\napplication/x-www-form-urlencoded for GET and HmacSHA1/256)",
		at:    func(in *Input) any { return &in.ContentType }},
	{ID: "SignatureMethod", JS: "signatureMethod", Flag: "signature-method", Default: signer.AlgorithmTC3,
		Usage: "TC3-HMAC-SHA256, HmacSHA256 or HmacSHA1",
		at:    func(in *Input) any { return &in.SignatureMethod }},
	{ID: "SignedHeaders", JS: "signedHeaders", Flag: "signed-headers",
		Usage: "TC3 headers to sign, e.g. content-type;host;x-tc-action (default content-type;host)",
		at:    func(in *Input) any { return &in.SignedHeaders }},
	{ID: "Timestamp", JS: "timestamp", Flag: "timestamp", Kind: KindTimestamp, Usage: "Unix time in seconds (default: now)",
		at: func(in *Input) any { return &in.Timestamp }},
	{ID: "Nonce", JS: "nonce", Flag: "nonce", Kind: KindNonce, Usage: "HmacSHA1/256 nonce, a positive integer (default: random)",
		at: func(in *Input) any { return &in.Nonce }},
	{ID: "Language", JS: "language", Flag: "language", Usage: "response language: zh-CN or en-US",
		at: func(in *Input) any { return &in.Language }},
	{ID: "SecretID", JS: "secretId", Flag: "secret-id", Env: EnvSecretID, Usage: "`SecretId` (prefer $" + EnvSecretID + ")",
		at: func(in *Input) any { return &in.SecretID }},
	{ID: "SecretKey", JS: "secretKey", Flag: "secret-key", Env: EnvSecretKey, Secret: true,
		Usage: "`SecretKey` (prefer $" + EnvSecretKey + ": a flag shows in ps and shell history)",
		at:    func(in *Input) any { return &in.SecretKey }},
	{ID: "Token", JS: "token", Flag: "token", Env: EnvSessionToken, Secret: true,
		Usage: "temporary credentials' `token` (default $" + EnvSessionToken + "; a flag shows in ps and shell history)",
		at:    func(in *Input) any { return &in.Token }},
	{ID: "Data", JS: "data", Flag: "data", Kind: KindData,
		Usage: "TC3 POST: the body as-is; GET and HmacSHA1/256: the parameters as a JSON object.\n`JSON` text, @file or @- for stdin",
		at:    func(in *Input) any { return &in.Data }},
	{ID: "Params", JS: "params", Flag: "param", Kind: KindParams,
		Usage: "`KEY=VALUE` parameter added or overriding as given (GET and HmacSHA1/256; repeatable)",
		at:    func(in *Input) any { return &in.Params }},
	{ID: "Form", JS: "form", Flag: "form", Kind: KindForm,
		Usage: "multipart field `name=value`, or name=@file for a file part (repeatable)",
		at:    func(in *Input) any { return &in.Form }},
	{ID: "Boundary", JS: "boundary", Flag: "boundary", Usage: "multipart boundary (default: derived from the fields)",
		at: func(in *Input) any { return &in.Boundary }},
	// The page hashes large bodies with WebCrypto; the CLI hashes its own.
	{ID: "PayloadHash", JS: "payloadHash",
		at: func(in *Input) any { return &in.PayloadHash }},
	{ID: "UnsignedPayload", JS: "unsignedPayload", Flag: "unsigned-payload", Kind: KindBool,
		Usage: "sign UNSIGNED-PAYLOAD instead of the body (TC3)",
		at:    func(in *Input) any { return &in.UnsignedPayload }},
}

// Lookup returns the field whose ID is id.
func Lookup(id string) (*Field, bool) {
	for i := range Fields {
		if Fields[i].ID == id {
			return &Fields[i], true
		}
	}
	return nil, false
}

// Rename returns err with the field it names (a *signer.FieldError from
// Build or Sign) given the name name returns for that field, so each edge
// speaks its own language: the CLI its flags, the page its properties.
// Other errors, and fields outside the table, are returned as they are.
func Rename(err error, name func(*Field) string) error {
	var fe *signer.FieldError
	if !errors.As(err, &fe) {
		return err
	}
	f, ok := Lookup(fe.Field)
	if !ok {
		return err
	}
	return &signer.FieldError{Field: name(f), Msg: fe.Msg, Text: fe.Text}
}

// JSName is the page's name of f, for Rename.
func JSName(f *Field) string { return f.JS }

// reasonOf is an endpoints field error's reason, as a message when it has
// a code.
func reasonOf(fe *endpoints.FieldError) any {
	if fe.ReasonMsg.IsZero() {
		return fe.Reason
	}
	return fe.ReasonMsg
}

// ParseTimestamp reads a timestamp given as decimal text.
func ParseTimestamp(s string) (int64, error) {
	if s == "" {
		return 0, fieldErr("Timestamp", message.New(message.FieldTimestampReq))
	}
	ts, err := strconv.ParseInt(s, 10, 64)
	if err != nil || ts <= 0 {
		return 0, fieldErr("Timestamp", message.New(message.FieldTimestampWhole, strconv.Quote(s)))
	}
	return ts, nil
}

// NeedsNonce reports whether a request signed with signatureMethod (empty
// is the default) sends a nonce, which the edge then draws when none is given.
func NeedsNonce(signatureMethod string) bool {
	return signatureMethod == signer.HmacSHA1 || signatureMethod == signer.HmacSHA256
}

// NonceFrom turns 8 random bytes into a nonce the way the SDK's rand.Int
// draws one: a positive integer below 2^63. The edge supplies the bytes
// (crypto/rand natively, crypto.getRandomValues in the page).
func NonceFrom(b [8]byte) uint64 {
	var n uint64
	for _, c := range b {
		n = n<<8 | uint64(c)
	}
	n >>= 1
	if n == 0 {
		n = 1
	}
	return n
}

// endpointFields maps an *endpoints.FieldError's field to the table's.
var endpointFields = map[string]string{"service": "Service", "region": "Region", "mode": "Endpoint"}

// fromSigner names the table's field in a signer error: the signer's
// Payload is built from Data (or Form); its other fields share the
// table's names.
func fromSigner(err error) error {
	if fe := (*signer.FieldError)(nil); errors.As(err, &fe) && fe.Field == "Payload" {
		return asField(err, "Data")
	}
	return err
}

// asField names the field id in a *signer.FieldError.
func asField(err error, id string) error {
	var fe *signer.FieldError
	if errors.As(err, &fe) {
		return &signer.FieldError{Field: id, Msg: fe.Msg, Text: fe.Text}
	}
	return err
}

// fromEndpoints turns an endpoints error into a field error of the table.
func fromEndpoints(err error, id string) error {
	if fe := (*endpoints.FieldError)(nil); errors.As(err, &fe) {
		if f, ok := endpointFields[fe.Field]; ok {
			id = f
		}
		m := message.New(message.EndpointFieldGot, reasonOf(fe), strconv.Quote(fe.Value))
		return &signer.FieldError{Field: id, Msg: m.Render(message.EN), Text: m}
	}
	return wrapField(err, id)
}

// wrapField names the field id in an error whose whole text is the
// problem, keeping its message code when it has one.
func wrapField(err error, id string) error {
	fe := &signer.FieldError{Field: id, Msg: err.Error()}
	if r, ok := err.(message.Renderer); ok {
		fe.Text = message.New(message.Wrapped, r)
	}
	return fe
}

// fieldErr returns a *signer.FieldError for field with the message m.
func fieldErr(field string, m message.Msg) *signer.FieldError {
	return &signer.FieldError{Field: field, Msg: m.Render(message.EN), Text: m}
}
