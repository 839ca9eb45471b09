// Package request builds and normalises a request to sign. Its field table
// (Fields) is the one request schema: the CLI's flags, the page's
// tcsig.sign and the errors' field names all come from it. Build turns an
// Input into a signer.Request: it applies the defaults, resolves the host
// (package endpoints), flattens JSON parameters and builds multipart
// bodies; Sign then signs. Like signer, it reads no clock and draws no
// random numbers: the edges resolve "now" and the nonce.
package request

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
)

// The keys of Tencent's "Signature v3" documentation example. They are
// published, so what they derive (the key chain, signatures) reveals
// nothing: the page's default request, embeds and tcsig serve's emulator
// use them. Real keys never replace them in an embed.
const (
	ExampleSecretID  = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
	ExampleSecretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"
)

// Input is a request to sign as its callers give it: typed values, read
// at the edge (the CLI's flags, tcsig.sign's object) through the table in
// Fields, which names every field.
type Input struct {
	Service         string
	Action          string
	Version         string
	Region          string
	Host            string // empty: resolved from service, region and endpoint
	Endpoint        string // nearest (default), regional or intl
	Method          string // POST (default) or GET
	ContentType     string
	SignatureMethod string
	SignedHeaders   string // e.g. "content-type;host;x-tc-action"
	Timestamp       int64  // Unix seconds; the edge resolves "now"
	Nonce           string // decimal; may exceed 2^53
	Token           string
	Language        string
	SecretID        string
	SecretKey       string

	// Data is the TC3 POST body as-is, or for GET and HmacSHA1/256 the
	// action parameters as a JSON object, flattened. It is signed as given
	// and never written.
	Data []byte
	// Params are raw parameters added or overriding as given (GET and
	// HmacSHA1/256 only); empty values are kept.
	Params map[string]string
	// PayloadHash is the hex SHA-256 of Data, computed by the caller.
	PayloadHash     string
	UnsignedPayload bool

	// Form builds a multipart/form-data body (TC3 POST) from its fields.
	Form []FormField
	// Boundary is the multipart boundary; empty means one derived from the
	// fields, so the same form always signs the same way.
	Boundary string
}

// FormField is one multipart part: text Value, or binary Content with a
// Filename (a file part).
type FormField struct {
	Name     string
	Value    string
	Filename string
	Content  []byte
}

// Sign resolves r and signs it. Warnings (an unknown region, whitespace
// around a key) are added to the result; they never stop signing.
func Sign(r *Input) (*signer.Result, error) {
	return SignWith(nil, r)
}

// SignWith is Sign through s, which remembers the last TC3 key chain (see
// signer.Signer): the page signs on every keystroke with the same key, day
// and service. A nil s signs without remembering. A *signer.FieldError
// names a field of the table (Fields) by its ID.
func SignWith(s *signer.Signer, r *Input) (*signer.Result, error) {
	sr, cred, warnings, err := Build(r)
	if err != nil {
		return nil, err
	}
	var res *signer.Result
	if s != nil {
		res, err = s.Sign(sr, cred)
	} else {
		res, err = signer.Sign(sr, cred)
	}
	if err != nil {
		return nil, fromSigner(err)
	}
	en := make([]string, 0, len(warnings)+len(res.Warnings))
	for _, w := range warnings {
		en = append(en, w.Render(message.EN))
	}
	res.Warnings = append(en, res.Warnings...)
	res.WarningMsgs = append(warnings, res.WarningMsgs...)
	return res, nil
}

// Build turns r into the signer's request and credentials, with warnings.
// It applies the table's defaults; the signer validates what it signs.
func Build(r *Input) (*signer.Request, signer.Credentials, []message.Msg, error) {
	var warnings []message.Msg
	cred := signer.Credentials{SecretID: r.SecretID, SecretKey: r.SecretKey, Token: r.Token}
	sr := &signer.Request{
		Method:          strings.ToUpper(orDefault(r.Method, "Method")),
		Service:         r.Service,
		Action:          r.Action,
		Version:         r.Version,
		Region:          r.Region,
		Language:        r.Language,
		SignatureMethod: orDefault(r.SignatureMethod, "SignatureMethod"),
		ContentType:     r.ContentType,
		Timestamp:       r.Timestamp,
		Nonce:           r.Nonce,
		PayloadHash:     r.PayloadHash,
		UnsignedPayload: r.UnsignedPayload,
	}
	if r.Service == "" {
		return nil, cred, nil, fieldErr("Service", message.New(message.FieldRequired))
	}
	host, warning, err := resolveHost(r)
	if err != nil {
		return nil, cred, nil, err
	}
	sr.Host = host
	if !warning.IsZero() {
		warnings = append(warnings, warning)
	}

	for _, name := range strings.FieldsFunc(r.SignedHeaders, func(c rune) bool { return c == ';' || c == ',' }) {
		sr.SignedHeaders = append(sr.SignedHeaders, name)
	}
	if len(sr.SignedHeaders) == 2 && sameNames(sr.SignedHeaders, "content-type", "host") {
		sr.SignedHeaders = nil // the default, spelled out
	}

	bodyWarns, err := buildBody(r, sr)
	if err != nil {
		return nil, cred, nil, err
	}
	warnings = append(warnings, bodyWarns...)
	warnings = append(warnings, credentialWarnings(cred)...)
	return sr, cred, warnings, nil
}

// orDefault is v, or the table's default for the field id when v is empty.
func orDefault(v, id string) string {
	if v != "" {
		return v
	}
	f, _ := Lookup(id)
	return f.Default
}

// resolveHost resolves the host from the region table, or checks the one
// given against its rule; the warning is the region's, if any.
func resolveHost(r *Input) (host string, warning message.Msg, err error) {
	mode, err := endpoints.ParseMode(r.Endpoint)
	if err != nil {
		return "", message.Msg{}, wrapField(err, "Endpoint")
	}
	if r.Host != "" {
		mode = endpoints.ModeNearest // an explicit host wins; resolve only for the region's warning
	}
	res, err := endpoints.Resolve(r.Service, r.Region, mode)
	if err != nil {
		return "", message.Msg{}, fromEndpoints(err, "Region")
	}
	host = res.Host
	if r.Host != "" {
		if err := endpoints.CheckHost(r.Service, r.Region, r.Host); err != nil {
			return "", message.Msg{}, wrapField(err, "Host")
		}
		host = r.Host
	}
	return host, res.WarningMsg, nil
}

// buildBody fills sr's body or parameters: a multipart body from the form,
// the parameters of a GET or HmacSHA1/256 request, or the TC3 POST body.
func buildBody(r *Input, sr *signer.Request) (warnings []message.Msg, err error) {
	switch {
	case len(r.Form) > 0:
		if len(r.Data) > 0 {
			return nil, fieldErr("Form", message.New(message.FormDataAndForm))
		}
		body, boundary, err := Multipart(r.Form, r.Boundary)
		if err != nil {
			return nil, err
		}
		sr.Payload = body
		if sr.ContentType == "" || signer.MediaType(sr.ContentType) == protocol.ContentTypeMultipart {
			sr.ContentType = protocol.ContentTypeMultipart + "; boundary=" + boundary
		}
		return nil, nil
	case sr.Method == "GET" || sr.SignatureMethod != signer.AlgorithmTC3:
		params, err := signer.Flatten(r.Data)
		if err != nil {
			return nil, asField(err, "Data") // the parameters came from data
		}
		sr.Params = append(params, sortedParams(r.Params)...)
		return nil, nil
	}
	// A TC3 POST: the signer refuses params here, with the reason.
	sr.Params = sortedParams(r.Params)
	sr.Payload = r.Data
	return bodyWarnings(sr.Payload, signer.MediaType(sr.ContentType) == protocol.ContentTypeJSON || sr.ContentType == ""), nil
}

// sortedParams lists raw parameters in name order, so a request signs the
// same way every time.
func sortedParams(m map[string]string) []signer.Param {
	out := make([]signer.Param, 0, len(m))
	for k, v := range m {
		out = append(out, signer.Param{Key: k, Value: v})
	}
	slices.SortFunc(out, func(a, b signer.Param) int { return strings.Compare(a.Key, b.Key) })
	return out
}

func sameNames(got []string, want ...string) bool {
	for i := range got {
		if strings.ToLower(strings.TrimSpace(got[i])) != want[i] {
			return false
		}
	}
	return true
}

// credentialWarnings flags copy errors seen in real reports: whitespace
// around a key, characters a key never has.
func credentialWarnings(c signer.Credentials) []message.Msg {
	var w []message.Msg
	for _, f := range []struct{ name, v string }{{"SecretId", c.SecretID}, {"SecretKey", c.SecretKey}} {
		if f.v != strings.TrimSpace(f.v) {
			w = append(w, message.New(message.KeyWhitespace, f.name))
		}
	}
	return w
}

// Multipart builds a multipart/form-data body the way the SDKs lay it out
// (CRLF line ends, one part per field, file parts with a filename, as the
// Python SDK writes them). The
// boundary, when not given, is derived from the fields' content.
func Multipart(fields []FormField, boundary string) (body []byte, usedBoundary string, err error) {
	if boundary == "" {
		h := sha256.New()
		for _, f := range fields {
			h.Write([]byte(f.Name))
			h.Write([]byte{0})
			h.Write([]byte(f.Value))
			h.Write([]byte{0})
			h.Write([]byte(f.Filename))
			h.Write([]byte{0})
			h.Write(f.Content)
		}
		boundary = hex.EncodeToString(h.Sum(nil)[:16])
	}
	if len(boundary) > 70 || strings.ContainsAny(boundary, "\r\n\"") {
		return nil, "", fieldErr("Boundary", message.New(message.FormBoundary))
	}
	n := 0
	for _, f := range fields {
		n += len(f.Value) + len(f.Content) + 128
	}
	b := make([]byte, 0, n)
	for _, f := range fields {
		if f.Name == "" {
			return nil, "", fieldErr("Form", message.New(message.FormNoName))
		}
		if strings.ContainsAny(f.Name+f.Filename, "\"\r\n") {
			return nil, "", fieldErr("Form", message.New(message.FormBadName, strconv.Quote(f.Name)))
		}
		content := f.Content
		if f.Filename == "" {
			if len(f.Content) > 0 {
				// Otherwise the content would be dropped without a word.
				return nil, "", fieldErr("Form", message.New(message.FormNoFilename, strconv.Quote(f.Name)))
			}
			content = []byte(f.Value)
			// Text parts must be UTF-8; binary file parts are exempt.
			if err := signer.CheckUTF8("form field "+f.Name, content); err != nil {
				return nil, "", err
			}
		}
		b = append(b, "--"+boundary+"\r\n"...)
		b = append(b, `Content-Disposition: form-data; name="`+f.Name+`"`...)
		if f.Filename != "" {
			b = append(b, `; filename="`+f.Filename+`"`...)
		}
		b = append(b, "\r\n\r\n"...)
		b = append(b, content...)
		b = append(b, "\r\n"...)
	}
	b = append(b, "--"+boundary+"--\r\n"...)
	return b, boundary, nil
}
