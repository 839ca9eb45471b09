package signer

// The published test suite in testdata/suite (format: its README.md). Each
// case is a folder holding the input (<case>.req) and what signing it must
// produce: the canonical request (.creq), the string to sign (.sts), the
// Authorization header or v1 signature (.authz) and the signed request as
// raw HTTP/1.1 (.sreq). `go test ./signer -run TestSuite -update` rewrites
// the outputs from the inputs; it never touches a .req file.

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/protocol"
)

var updateSuite = flag.Bool("update", false, "rewrite testdata/suite outputs (.creq .sts .authz .sreq) from the .req inputs")

const suiteDir = "testdata/suite"

// suiteCase is the .req format: the signer's inputs in camelCase (the names
// of request.Input where they exist) plus how the expected values were
// confirmed.
type suiteCase struct {
	Description string   `json:"description"`
	ConfirmedBy []string `json:"confirmedBy"` // "sdk", "doc" and/or "own"
	Published   *struct {
		Source    string `json:"source"`
		Signature string `json:"signature"`
	} `json:"published,omitempty"`

	SecretID  string `json:"secretId"`
	SecretKey string `json:"secretKey"`
	Token     string `json:"token,omitempty"`

	Method              string   `json:"method"`
	Host                string   `json:"host"`
	Service             string   `json:"service,omitempty"`
	Action              string   `json:"action"`
	Version             string   `json:"version"`
	Region              string   `json:"region,omitempty"`
	Language            string   `json:"language,omitempty"`
	SignatureMethod     string   `json:"signatureMethod,omitempty"`
	OmitSignatureMethod bool     `json:"omitSignatureMethod,omitempty"`
	ContentType         string   `json:"contentType,omitempty"`
	SignedHeaders       []string `json:"signedHeaders,omitempty"`
	UnsignedPayload     bool     `json:"unsignedPayload,omitempty"`
	Timestamp           int64    `json:"timestamp"`
	Nonce               string   `json:"nonce,omitempty"`
	Params              []Param  `json:"params,omitempty"`
	Body                *string  `json:"body,omitempty"`
	BodyBase64          *string  `json:"bodyBase64,omitempty"`
}

func (c *suiteCase) request() (*Request, Credentials, error) {
	r := &Request{
		Method: c.Method, Host: c.Host, Service: c.Service, Action: c.Action, Version: c.Version,
		Region: c.Region, Language: c.Language, SignatureMethod: c.SignatureMethod,
		OmitSignatureMethod: c.OmitSignatureMethod, ContentType: c.ContentType,
		SignedHeaders: c.SignedHeaders, UnsignedPayload: c.UnsignedPayload,
		Timestamp: c.Timestamp, Nonce: c.Nonce, Params: c.Params,
	}
	switch {
	case c.Body != nil && c.BodyBase64 != nil:
		return nil, Credentials{}, &FieldError{Field: "body", Msg: "give body or bodyBase64, not both"}
	case c.Body != nil:
		r.Payload = []byte(*c.Body)
	case c.BodyBase64 != nil:
		b, err := base64.StdEncoding.DecodeString(*c.BodyBase64)
		if err != nil {
			return nil, Credentials{}, err
		}
		r.Payload = b
	}
	return r, Credentials{SecretID: c.SecretID, SecretKey: c.SecretKey, Token: c.Token}, nil
}

func (c *suiteCase) confirmedBy(who string) bool {
	for _, w := range c.ConfirmedBy {
		if w == who {
			return true
		}
	}
	return false
}

// suiteCaseNames lists the case folders, sorted.
func suiteCaseNames(t testing.TB) []string {
	entries, err := os.ReadDir(suiteDir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	require.GreaterOrEqual(t, len(names), 25, "suite cases")
	return names
}

func loadSuiteCase(t testing.TB, name string) *suiteCase {
	raw, err := os.ReadFile(filepath.Join(suiteDir, name, name+".req"))
	require.NoError(t, err)
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields() // a misspelt field would silently sign something else
	var c suiteCase
	require.NoError(t, dec.Decode(&c), "%s.req", name)
	require.NotEmpty(t, c.Description, "%s.req: description is required", name)
	require.NotEmpty(t, c.ConfirmedBy, "%s.req: confirmedBy is required", name)
	for _, w := range c.ConfirmedBy {
		require.Contains(t, []string{"sdk", "doc", "own"}, w, "%s.req: confirmedBy", name)
	}
	require.Equal(t, c.confirmedBy("doc"), c.Published != nil,
		"%s.req: a doc-confirmed case names its published signature, and only those do", name)
	return &c
}

// suiteOutputs renders the four expected files of a signed case.
func suiteOutputs(res *Result) map[string][]byte {
	out := map[string][]byte{
		".sts":  []byte(res.StringToSign),
		".sreq": rawHTTP(res),
	}
	if res.SignatureMethod == AlgorithmTC3 {
		out[".creq"] = []byte(res.CanonicalRequest)
		out[".authz"] = []byte(res.Authorization)
	} else {
		// v1 has no canonical request; its counterpart is the sorted
		// parameter string with raw values, the part after "?" in the
		// string to sign.
		_, sorted, _ := strings.Cut(res.StringToSign, "?")
		out[".creq"] = []byte(sorted)
		out[".authz"] = []byte(res.Signature)
	}
	return out
}

// rawHTTP writes the signed request as HTTP/1.1 on the wire: CRLF line
// ends, Host first, then the headers in the order the signer sends them,
// Content-Length for a POST, a blank line and the body bytes.
func rawHTTP(res *Result) []byte {
	target := "/"
	if _, rest, ok := strings.Cut(res.URL, "://"); ok {
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			target = rest[i:]
		}
	}
	var b bytes.Buffer
	b.WriteString(res.Method + " " + target + " HTTP/1.1\r\n")
	b.WriteString("Host: " + res.Headers.Get(protocol.HeaderHost) + "\r\n")
	for _, h := range res.Headers {
		if !strings.EqualFold(h.Name, protocol.HeaderHost) {
			b.WriteString(h.Name + ": " + h.Value + "\r\n")
		}
	}
	if res.Method == "POST" {
		b.WriteString("Content-Length: " + strconv.Itoa(len(res.Body)) + "\r\n")
	}
	b.WriteString("\r\n")
	b.Write(res.Body)
	return b.Bytes()
}

var suiteExts = []string{".creq", ".sts", ".authz", ".sreq"}

func TestSuite(t *testing.T) {
	for _, name := range suiteCaseNames(t) {
		t.Run(name, func(t *testing.T) {
			c := loadSuiteCase(t, name)
			r, cred, err := c.request()
			require.NoError(t, err)
			res, err := Sign(r, cred)
			require.NoError(t, err, "sign")
			out := suiteOutputs(res)
			for _, ext := range suiteExts {
				path := filepath.Join(suiteDir, name, name+ext)
				if *updateSuite {
					require.NoError(t, os.WriteFile(path, out[ext], 0o644))
					continue
				}
				want, err := os.ReadFile(path)
				require.NoError(t, err, "generate with: go test ./signer -run TestSuite -update")
				if !bytes.Equal(want, out[ext]) {
					t.Errorf("%s%s differs (-file +signer):\n%s", name, ext, cmp.Diff(string(want), string(out[ext])))
				}
			}
			if c.Published != nil {
				assert.Equal(t, c.Published.Signature, res.Signature, "signature published by %s", c.Published.Source)
			}
		})
	}
}

// TestSuiteFilesAreComplete keeps the folder tidy: every case has exactly
// its five files, so a renamed case cannot leave stale outputs behind.
func TestSuiteFilesAreComplete(t *testing.T) {
	for _, name := range suiteCaseNames(t) {
		entries, err := os.ReadDir(filepath.Join(suiteDir, name))
		require.NoError(t, err)
		want := map[string]bool{name + ".req": true}
		for _, ext := range suiteExts {
			want[name+ext] = true
		}
		for _, e := range entries {
			assert.True(t, want[e.Name()], "%s: unexpected file %s", name, e.Name())
			delete(want, e.Name())
		}
		assert.Empty(t, want, "%s: missing files", name)
	}
}
