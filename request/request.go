// Package request builds and normalises a request to sign: the one field
// CLI's flags, the page's tcsig.sign and the server. It turns that
// description into a signer.Request: it resolves the host (package
// endpoints), flattens JSON parameters, builds multipart bodies, and then
// signs. Like signer, it reads no clock and draws no random numbers.
package request

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"sort"
	"strconv"
	"strings"
	"unsafe"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/signer"
)

// Request holds the CLI's inputs in camelCase. Every field is a string (or
// made of strings) so a page can pass what its form fields hold.
type Request struct {
	Service         string `json:"service"`
	Action          string `json:"action"`
	Version         string `json:"version"`
	Region          string `json:"region,omitempty"`
	Host            string `json:"host,omitempty"`     // empty: resolved from service, region and endpoint
	Endpoint        string `json:"endpoint,omitempty"` // nearest (default), regional or intl
	Method          string `json:"method,omitempty"`   // POST (default) or GET
	ContentType     string `json:"contentType,omitempty"`
	SignatureMethod string `json:"signatureMethod,omitempty"`
	SignedHeaders   string `json:"signedHeaders,omitempty"` // e.g. "content-type;host;x-tc-action"
	Timestamp       Int    `json:"timestamp,omitempty"`     // Unix seconds, as a string or a number
	Nonce           string `json:"nonce,omitempty"`         // decimal; may exceed 2^53
	Token           string `json:"token,omitempty"`
	Language        string `json:"language,omitempty"`
	SecretID        string `json:"secretId,omitempty"`
	SecretKey       string `json:"secretKey,omitempty"`

	// Data is the TC3 POST body as-is, or for GET and HmacSHA1/256 the
	// action parameters as a JSON object, flattened.
	Data string `json:"data,omitempty"`
	// Params are raw parameters added or overriding as given (GET and
	// HmacSHA1/256 only); empty values are kept.
	Params map[string]string `json:"params,omitempty"`
	// PayloadHash is the hex SHA-256 of Data, computed by the caller.
	PayloadHash     string `json:"payloadHash,omitempty"`
	UnsignedPayload bool   `json:"unsignedPayload,omitempty"`

	// Form builds a multipart/form-data body (TC3 POST) from its fields.
	Form []FormField `json:"form,omitempty"`
	// Boundary is the multipart boundary; empty means one derived from the
	// fields, so the same form always signs the same way.
	Boundary string `json:"boundary,omitempty"`
}

// FormField is one multipart part: text Value, or binary Content with a
// Filename (a file part).
type FormField struct {
	Name     string `json:"name"`
	Value    string `json:"value,omitempty"`
	Filename string `json:"filename,omitempty"`
	Content  []byte `json:"content,omitempty"` // base64 in JSON
}

// Int is a decimal integer given as a JSON string or number.
type Int string

// UnmarshalJSON accepts "1551113065" and 1551113065.
func (n *Int) UnmarshalJSON(b []byte) error {
	s := strings.TrimSpace(string(b))
	if strings.HasPrefix(s, `"`) {
		v, err := jsonlite.Unquote(b)
		if err != nil {
			return err
		}
		*n = Int(v)
		return nil
	}
	if s == "null" {
		*n = ""
		return nil
	}
	*n = Int(s)
	return nil
}

// Sign resolves r and signs it. Warnings (an unknown region, whitespace
// around a key) are added to the result; they never stop signing.
func Sign(r *Request) (*signer.Result, error) {
	return SignWith(nil, r)
}

// SignWith is Sign through s, which remembers the last TC3 key chain (see
// signer.Signer): the page signs on every keystroke with the same key, day
// and service. A nil s signs without remembering.
func SignWith(s *signer.Signer, r *Request) (*signer.Result, error) {
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
		return nil, err
	}
	res.Warnings = append(warnings, res.Warnings...)
	return res, nil
}

// Build turns r into the signer's request and credentials, with warnings.
func Build(r *Request) (*signer.Request, signer.Credentials, []string, error) {
	var warnings []string
	cred := signer.Credentials{SecretID: r.SecretID, SecretKey: r.SecretKey, Token: r.Token}
	sr := &signer.Request{
		Method:          strings.ToUpper(r.Method),
		Service:         r.Service,
		Action:          r.Action,
		Version:         r.Version,
		Region:          r.Region,
		Language:        r.Language,
		SignatureMethod: r.SignatureMethod,
		ContentType:     r.ContentType,
		Nonce:           r.Nonce,
		PayloadHash:     r.PayloadHash,
		UnsignedPayload: r.UnsignedPayload,
	}
	if sr.Method == "" {
		sr.Method = "POST"
	}
	if sr.SignatureMethod == "" {
		sr.SignatureMethod = signer.AlgorithmTC3
	}
	if r.Service == "" {
		return nil, cred, nil, &signer.FieldError{Field: "service", Msg: "required"}
	}
	if r.Timestamp == "" {
		return nil, cred, nil, &signer.FieldError{Field: "timestamp", Msg: "required: Unix time in seconds"}
	}
	ts, err := strconv.ParseInt(string(r.Timestamp), 10, 64)
	if err != nil || ts <= 0 {
		return nil, cred, nil, &signer.FieldError{Field: "timestamp", Msg: "must be Unix time in whole seconds, got " + strconv.Quote(string(r.Timestamp))}
	}
	sr.Timestamp = ts

	// The host: resolved from the region table, or checked against its rule.
	mode, err := endpoints.ParseMode(r.Endpoint)
	if err != nil {
		return nil, cred, nil, &signer.FieldError{Field: "endpoint", Msg: err.Error()}
	}
	if r.Host != "" {
		mode = endpoints.ModeNearest // an explicit host wins; resolve only for the region's warning
	}
	res, err := endpoints.Resolve(r.Service, r.Region, mode)
	if err != nil {
		if fe := (*endpoints.FieldError)(nil); errors.As(err, &fe) {
			return nil, cred, nil, &signer.FieldError{Field: fe.Field, Msg: fe.Reason + " (got " + strconv.Quote(fe.Value) + ")"}
		}
		return nil, cred, nil, &signer.FieldError{Field: "region", Msg: err.Error()}
	}
	sr.Host = res.Host
	if r.Host != "" {
		if err := endpoints.CheckHost(r.Service, r.Region, r.Host); err != nil {
			return nil, cred, nil, &signer.FieldError{Field: "host", Msg: err.Error()}
		}
		sr.Host = r.Host
	}
	if res.Warning != "" {
		warnings = append(warnings, res.Warning)
	}

	for _, name := range strings.FieldsFunc(r.SignedHeaders, func(c rune) bool { return c == ';' || c == ',' }) {
		sr.SignedHeaders = append(sr.SignedHeaders, name)
	}
	if len(sr.SignedHeaders) == 2 && sameNames(sr.SignedHeaders, "content-type", "host") {
		sr.SignedHeaders = nil // the default, spelled out
	}

	// The body or the parameters.
	switch {
	case len(r.Form) > 0:
		if r.Data != "" {
			return nil, cred, nil, &signer.FieldError{Field: "form", Msg: "give either data or form fields, not both"}
		}
		body, boundary, err := Multipart(r.Form, r.Boundary)
		if err != nil {
			return nil, cred, nil, err
		}
		sr.Payload = body
		if sr.ContentType == "" || signer.MediaType(sr.ContentType) == signer.ContentTypeMultipart {
			sr.ContentType = signer.ContentTypeMultipart + "; boundary=" + boundary
		}
	case sr.Method == "GET" || sr.SignatureMethod != signer.AlgorithmTC3:
		params, err := signer.Flatten([]byte(r.Data))
		if err != nil {
			return nil, cred, nil, err
		}
		keys := make([]string, 0, len(r.Params))
		for k := range r.Params {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			params = append(params, signer.Param{Key: k, Value: r.Params[k]})
		}
		sr.Params = params
	default:
		if len(r.Params) > 0 {
			return nil, cred, nil, &signer.FieldError{Field: "params", Msg: "TC3-HMAC-SHA256 POST sends its parameters as the JSON body (data); params apply to GET and HmacSHA1/256 only"}
		}
		// The body is shared, not copied: signer.Sign never writes its
		// payload, and for a 10 MB body in the browser the copy was a
		// tenth of the page's recompute.
		sr.Payload = unsafe.Slice(unsafe.StringData(r.Data), len(r.Data))
		warnings = append(warnings, bodyWarnings(sr.Payload, signer.MediaType(sr.ContentType) == signer.ContentTypeJSON || sr.ContentType == "")...)
	}

	warnings = append(warnings, credentialWarnings(cred)...)
	return sr, cred, warnings, nil
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
func credentialWarnings(c signer.Credentials) []string {
	var w []string
	for _, f := range []struct{ name, v string }{{"SecretId", c.SecretID}, {"SecretKey", c.SecretKey}} {
		if f.v != strings.TrimSpace(f.v) {
			w = append(w, f.name+" has leading or trailing whitespace; keys never do (check how it was copied)")
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
		return nil, "", &signer.FieldError{Field: "boundary", Msg: "must be 1 to 70 characters without quotes or line breaks"}
	}
	n := 0
	for _, f := range fields {
		n += len(f.Value) + len(f.Content) + 128
	}
	b := make([]byte, 0, n)
	for _, f := range fields {
		if f.Name == "" {
			return nil, "", &signer.FieldError{Field: "form", Msg: "a form field has no name"}
		}
		if strings.ContainsAny(f.Name+f.Filename, "\"\r\n") {
			return nil, "", &signer.FieldError{Field: "form", Msg: "form field name or filename contains a quote or line break: " + strconv.Quote(f.Name)}
		}
		content := f.Content
		if f.Filename == "" {
			if len(f.Content) > 0 {
				// Otherwise the content would be dropped without a word.
				return nil, "", &signer.FieldError{Field: "form", Msg: "form field " + strconv.Quote(f.Name) + " has binary content but no filename: a file part needs one"}
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
