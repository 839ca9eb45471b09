package signer

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// vectorFile mirrors testdata/vectors.json, copied from the project's
// reference: the documented worked examples plus SDK-produced vectors.
type vectorFile struct {
	DocExamples []vector `json:"doc_examples"`
	Vectors     []vector `json:"vectors"`
}

type vector struct {
	ID        string          `json:"id"`
	Algorithm string          `json:"algorithm"`
	Input     json.RawMessage `json:"input"`
	Expected  json.RawMessage `json:"expected"`
	Computed  json.RawMessage `json:"computed"`
	FromDoc   json.RawMessage `json:"expected_from_doc"`
	Sent      *sentRequest    `json:"sent_request"`
}

type sentRequest struct {
	Method  string            `json:"method"`
	URL     string            `json:"url"`
	Headers map[string]string `json:"headers"`
	Body    string            `json:"body"`
}

type tc3Input struct {
	Method        string `json:"method"`
	Host          string `json:"host"`
	CanonicalURI  string `json:"canonical_uri"`
	Query         string `json:"canonical_query"`
	SignedHeaders []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"signed_headers_as_sent"`
	PayloadBase64 string `json:"payload_base64"`
	Unsigned      bool   `json:"unsigned_payload"`
	Service       string `json:"service"`
	Timestamp     int64  `json:"timestamp"`
	SecretID      string `json:"secret_id"`
	SecretKey     string `json:"secret_key"`
}

type tc3Steps struct {
	HashedPayload    string `json:"hashed_request_payload"`
	CanonicalHeaders string `json:"canonical_headers"`
	SignedHeaders    string `json:"signed_headers"`
	CanonicalRequest string `json:"canonical_request"`
	HashedCR         string `json:"hashed_canonical_request"`
	Date             string `json:"date"`
	Scope            string `json:"credential_scope"`
	StringToSign     string `json:"string_to_sign"`
	SecretDate       string `json:"secret_date_hex"`
	SecretService    string `json:"secret_service_hex"`
	SecretSigning    string `json:"secret_signing_hex"`
	Signature        string `json:"signature"`
	Authorization    string `json:"authorization"`
}

type v1Input struct {
	Method    string            `json:"method"`
	Host      string            `json:"host"`
	Path      string            `json:"path"`
	Params    map[string]string `json:"params_without_signature"`
	SecretKey string            `json:"secret_key"`
	HMAC      string            `json:"hmac"`
}

type v1Steps struct {
	Sorted       string `json:"sorted_param_string_raw_values"`
	StringToSign string `json:"string_to_sign"`
	Signature    string `json:"signature_base64"`
	URLEncoded   string `json:"signature_urlencoded"`
}

func loadVectors(t testing.TB) vectorFile {
	t.Helper()
	b, err := os.ReadFile("testdata/vectors.json")
	require.NoError(t, err)
	var f vectorFile
	require.NoError(t, json.Unmarshal(b, &f))
	require.GreaterOrEqual(t, len(f.DocExamples), 5, "vectors.json: doc examples")
	require.GreaterOrEqual(t, len(f.Vectors), 20, "vectors.json: vectors")
	return f
}

// tc3VectorRequest turns a vector's TC3 input into a signer request. The vector
// lists the headers it signs; extra ones (x-tc-action) are signed too.
func tc3VectorRequest(t *testing.T, raw json.RawMessage) (*Request, Credentials) {
	var wrap struct {
		TC3      *tc3Input `json:"tc3"`
		Action   string    `json:"action"`
		Region   string    `json:"region"`
		Language string    `json:"language"`
		Version  string    `json:"version"`
		Token    string    `json:"token"`
	}
	require.NoError(t, json.Unmarshal(raw, &wrap))
	in := wrap.TC3
	if in == nil {
		in = new(tc3Input)
		require.NoError(t, json.Unmarshal(raw, in))
	}
	payload, err := base64.StdEncoding.DecodeString(in.PayloadBase64)
	require.NoError(t, err)
	r := &Request{
		Method: in.Method, Host: in.Host, Service: in.Service, Timestamp: in.Timestamp,
		Action: wrap.Action, Version: wrap.Version, Region: wrap.Region, Language: wrap.Language,
		UnsignedPayload: in.Unsigned,
	}
	if r.Action == "" {
		r.Action, r.Version = "DescribeInstances", "2017-03-12"
	}
	if in.Method == "GET" {
		// The vector gives the query as sent; feed it back as parameters.
		for _, kv := range strings.Split(in.Query, "&") {
			if kv == "" {
				continue
			}
			k, v, _ := strings.Cut(kv, "=")
			r.Params = append(r.Params, Param{unescape(t, k), unescape(t, v)})
		}
	} else {
		r.Payload = payload
	}
	for _, h := range in.SignedHeaders {
		switch strings.ToLower(h.Name) {
		case "content-type":
			r.ContentType = h.Value
		case "host":
		case "x-tc-action":
			r.Action = h.Value
			r.SignedHeaders = append(r.SignedHeaders, h.Name)
		default:
			require.FailNow(t, "unexpected signed header "+h.Name)
		}
	}
	return r, Credentials{SecretID: in.SecretID, SecretKey: in.SecretKey, Token: wrap.Token}
}

func unescape(t *testing.T, s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '+':
			b = append(b, ' ')
		case '%':
			n := 0
			for _, c := range s[i+1 : i+3] {
				n <<= 4
				switch {
				case c >= '0' && c <= '9':
					n |= int(c - '0')
				case c >= 'A' && c <= 'F':
					n |= int(c-'A') + 10
				default:
					require.FailNow(t, "bad escape", "in %q", s)
				}
			}
			b = append(b, byte(n))
			i += 2
		default:
			b = append(b, s[i])
		}
	}
	return string(b)
}

func checkTC3Steps(t *testing.T, got *Result, wantRaw json.RawMessage) {
	t.Helper()
	var want tc3Steps
	require.NoError(t, json.Unmarshal(wantRaw, &want))
	gotSteps := tc3Steps{
		HashedPayload: got.HashedPayload, CanonicalHeaders: got.CanonicalHeaders, SignedHeaders: got.SignedHeaders,
		CanonicalRequest: got.CanonicalRequest, HashedCR: got.HashedCanonicalRequest, Date: got.Date,
		Scope: got.CredentialScope, StringToSign: got.StringToSign, SecretDate: got.DerivedKeys.SecretDate,
		SecretService: got.DerivedKeys.SecretService, SecretSigning: got.DerivedKeys.SecretSigning,
		Signature: got.Signature, Authorization: got.Authorization,
	}
	if diff := cmp.Diff(want, gotSteps); diff != "" {
		t.Errorf("steps differ (-want +got):\n%s", diff)
	}
}

func TestDocumentedExamplesAndVectors(t *testing.T) {
	f := loadVectors(t)
	all := append(append([]vector{}, f.DocExamples...), f.Vectors...)
	ran := 0
	for _, v := range all {
		t.Run(v.ID, func(t *testing.T) {
			if strings.Contains(v.ID, "masked-sk0123") {
				// The reference marks this revision inconsistent: its printed
				// key does not produce its printed signature. Check that we
				// agree with the reference's recomputed values instead.
				var computed tc3Steps
				_ = json.Unmarshal(v.Computed, &computed)
				r, c := tc3VectorRequest(t, v.Input)
				got, err := Sign(r, c)
				require.NoError(t, err)
				assert.Equal(t, computed.Signature, got.Signature, "signature, against the reference's computed one")
				return
			}
			ran++
			if strings.HasPrefix(v.ID, "v1-") || strings.HasPrefix(v.ID, "doc-v1") {
				checkV1Vector(t, v)
				return
			}
			r, c := tc3VectorRequest(t, v.Input)
			got, err := Sign(r, c)
			require.NoError(t, err)
			want := v.Expected
			if want == nil {
				want = v.Computed
			}
			checkTC3Steps(t, got, want)
			if v.FromDoc != nil {
				// Every value the documentation itself prints must match.
				var doc map[string]string
				require.NoError(t, json.Unmarshal(v.FromDoc, &doc))
				gotDoc := map[string]string{
					"authorization": got.Authorization, "canonical_request": got.CanonicalRequest,
					"hashed_canonical_request": got.HashedCanonicalRequest, "hashed_request_payload": got.HashedPayload,
					"signature": got.Signature, "string_to_sign": got.StringToSign,
					"secret_date_hex": got.DerivedKeys.SecretDate, "secret_service_hex": got.DerivedKeys.SecretService,
					"secret_signing_hex": got.DerivedKeys.SecretSigning,
				}
				for k, w := range doc {
					assert.Equal(t, w, gotDoc[k], "documented %s", k)
				}
			}
			if v.Sent != nil {
				checkSent(t, got, v.Sent)
			}
		})
	}
	assert.GreaterOrEqual(t, ran, 24, "vectors run")
}

// checkSent compares what we would send with what the SDK sent. The SDK adds
// X-TC-RequestClient, which tcsig does not send by default.
func checkSent(t *testing.T, got *Result, want *sentRequest) {
	t.Helper()
	assert.Equal(t, want.Method, got.Method, "method, against what the SDK sent")
	assert.Equal(t, want.URL, got.URL, "URL, against what the SDK sent")
	assert.Equal(t, want.Body, string(got.Body), "body, against what the SDK sent")
	for name, value := range want.Headers {
		if strings.EqualFold(name, "X-TC-RequestClient") {
			continue
		}
		assert.Equal(t, value, got.Headers.Get(name), "header %s, against what the SDK sent", name)
	}
}

func checkV1Vector(t *testing.T, v vector) {
	var in v1Input
	require.NoError(t, json.Unmarshal(v.Input, &in))
	var want v1Steps
	raw := v.Expected
	if raw == nil {
		raw = v.Computed
	}
	require.NoError(t, json.Unmarshal(raw, &want))
	// Route the common parameters through the signer's own fields and the
	// rest through Params, as the CLI does.
	p := in.Params
	r := &Request{
		Method: in.Method, Host: in.Host, Path: in.Path, SignatureMethod: in.HMAC,
		Action: p["Action"], Version: p["Version"], Region: p["Region"], Language: p["Language"], Nonce: p["Nonce"],
	}
	ts, err := json.Number(p["Timestamp"]).Int64()
	require.NoError(t, err)
	r.Timestamp = ts
	if _, ok := p["SignatureMethod"]; !ok {
		r.OmitSignatureMethod = true // the documentation's old example
	}
	c := Credentials{SecretID: p["SecretId"], SecretKey: in.SecretKey, Token: p["Token"]}
	common := map[string]bool{"Action": true, "Version": true, "Region": true, "Language": true, "Nonce": true,
		"Timestamp": true, "SecretId": true, "SignatureMethod": true, "Token": true}
	keys := make([]string, 0, len(p))
	for k := range p {
		if !common[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		r.Params = append(r.Params, Param{k, p[k]})
	}
	got, err := Sign(r, c)
	require.NoError(t, err)
	if diff := cmp.Diff(want.StringToSign, got.StringToSign); diff != "" {
		t.Errorf("string to sign (-want +got):\n%s", diff)
	}
	assert.Equal(t, want.Signature, got.Signature, "signature")
	if want.URLEncoded != "" {
		assert.Contains(t, got.URL+string(got.Body), "Signature="+want.URLEncoded, "the sent request (URL and body)")
	}
	if v.Sent != nil {
		assert.Equal(t, v.Sent.Method, got.Method, "method, against what the SDK sent")
		assert.Equal(t, v.Sent.URL, got.URL, "URL, against what the SDK sent")
		assert.Equal(t, v.Sent.Body, string(got.Body), "body, against what the SDK sent")
	}
}
