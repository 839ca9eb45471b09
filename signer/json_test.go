package signer

// The JSON written and read without encoding/json (internal/jsonlite, so the
// wasm module does not link it) must behave exactly as the encoding/json
// code it replaced; that code is kept here as the reference.

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refResult is Result with the old encoding/json Headers marshaller, so
// the reference does not run the code under test.
type refResult struct {
	SignatureMethod        string         `json:"signatureMethod"`
	HashedPayload          string         `json:"hashedPayload,omitempty"`
	CanonicalQuery         string         `json:"canonicalQuery,omitempty"`
	CanonicalHeaders       string         `json:"canonicalHeaders,omitempty"`
	SignedHeaders          string         `json:"signedHeaders,omitempty"`
	CanonicalRequest       string         `json:"canonicalRequest,omitempty"`
	HashedCanonicalRequest string         `json:"hashedCanonicalRequest,omitempty"`
	Date                   string         `json:"date,omitempty"`
	CredentialScope        string         `json:"credentialScope,omitempty"`
	DerivedKeys            refDerivedKeys `json:"derivedKeys,omitzero"`
	SortedParams           []refParam     `json:"sortedParams,omitempty"`
	StringToSign           string         `json:"stringToSign"`
	Signature              string         `json:"signature"`
	Authorization          string         `json:"authorization,omitempty"`
	Method                 string         `json:"method"`
	URL                    string         `json:"url"`
	Headers                refHeaders     `json:"headers"`
	Body                   []byte         `json:"-"`
	Size                   refSize        `json:"size"`
	Warnings               []string       `json:"warnings,omitempty"`
}

// refDerivedKeys, refParam and refSize carry the JSON names the trace had
// as struct tags.
type refDerivedKeys struct {
	SecretDate    string `json:"secretDate"`
	SecretService string `json:"secretService"`
	SecretSigning string `json:"secretSigning"`
}

type refParam struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

type refSize struct {
	Counted     string `json:"counted"`
	Used        int    `json:"used"`
	Limit       int    `json:"limit"`
	Rule        string `json:"rule"`
	HeaderBytes int    `json:"headerBytes"`
}

// refMarshal is the encoding/json MarshalJSON this package used to have.
func refMarshal(r *Result) []byte {
	if reflect.TypeFor[Result]().NumField() != reflect.TypeFor[refResult]().NumField() {
		panic("Result has new fields: update refResult and MarshalJSON")
	}
	var params []refParam
	for _, p := range r.SortedParams {
		params = append(params, refParam(p))
	}
	rr := refResult{r.SignatureMethod, r.HashedPayload, r.CanonicalQuery, r.CanonicalHeaders, r.SignedHeaders,
		r.CanonicalRequest, r.HashedCanonicalRequest, r.Date, r.CredentialScope, refDerivedKeys(r.DerivedKeys), params,
		r.StringToSign, r.Signature, r.Authorization, r.Method, r.URL, refHeaders(r.Headers), r.Body, refSize(r.Size), r.Warnings}
	out := struct {
		*refResult
		Body       string `json:"body"`
		BodyBase64 []byte `json:"bodyBase64,omitempty"`
	}{refResult: &rr, Body: string(r.Body)}
	if !utf8.Valid(r.Body) {
		out.BodyBase64 = r.Body
	}
	b, err := json.Marshal(out)
	if err != nil {
		panic(err)
	}
	return b
}

// refHeaders marshals as the old Headers.MarshalJSON did, with encoding/json
// quoting each name and value.
type refHeaders []Header

func (h refHeaders) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for i, f := range h {
		if i > 0 {
			b = append(b, ',')
		}
		k, _ := json.Marshal(f.Name)
		v, _ := json.Marshal(f.Value)
		b = append(append(append(b, k...), ':'), v...)
	}
	return append(b, '}'), nil
}

func marshalCases(t *testing.T) []*Result {
	t.Helper()
	var out []*Result
	for _, sm := range []string{AlgorithmTC3, HmacSHA256, HmacSHA1} {
		for _, method := range []string{"POST", "GET"} {
			r := &Request{Method: method, Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances",
				Version: "2017-03-12", Region: "ap-guangzhou", SignatureMethod: sm, Timestamp: 1551113065, Nonce: "11886"}
			if method == "POST" && sm == AlgorithmTC3 {
				r.Payload = []byte(`{"Limit":1,"Filters":[{"Values":["未命名 <&>"],"Name":"instance-name"}]}`)
			} else {
				r.Params = []Param{{"Limit", "1"}, {"Name", "a<b>&\u2028"}}
			}
			res, err := Sign(r, Credentials{SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", Token: "tok"})
			require.NoError(t, err, "%s %s", sm, method)
			out = append(out, res)
		}
	}
	bin := *out[0]
	bin.Body = []byte{0xff, 0x00, 'a', 0xe4, 0xb8}
	bin.Warnings = []string{"w1 <x>", "\x01"}
	bin.Headers = nil
	bin.DerivedKeys = DerivedKeys{SecretDate: "only one"}
	empty := &Result{}
	emptyBody := &Result{Body: []byte{}, Headers: Headers{}, Warnings: []string{}, SortedParams: []Param{}}
	return append(out, &bin, empty, emptyBody)
}

func TestResultJSONMatchesEncodingJSON(t *testing.T) {
	for i, res := range marshalCases(t) {
		got, err := res.MarshalJSON()
		require.NoError(t, err)
		want := refMarshal(res)
		assert.Equal(t, string(want), string(got), "case %d", i)
		// json.Marshal goes through the method and must not change it.
		viaJSON, err := json.Marshal(res)
		assert.NoError(t, err, "case %d: json.Marshal", i)
		assert.Equal(t, string(want), string(viaJSON), "case %d: json.Marshal", i)
		h, _ := res.Headers.MarshalJSON()
		wh, _ := refHeaders(res.Headers).MarshalJSON()
		assert.Equal(t, string(wh), string(h), "case %d: headers", i)
	}
}

// refFlatten is Flatten as it was with encoding/json.
func refFlatten(data []byte) ([]Param, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil
	}
	if err := CheckUTF8("data", data); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("trailing")
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, errors.New("not an object")
	}
	var out []Param
	var walk func(key string, v any)
	walk = func(key string, v any) {
		switch v := v.(type) {
		case string:
			out = append(out, Param{key, v})
		case json.Number:
			out = append(out, Param{key, string(v)})
		case bool:
			if v {
				out = append(out, Param{key, "true"})
			} else {
				out = append(out, Param{key, "false"})
			}
		case []any:
			for i, e := range v {
				walk(key+"."+itoa(i), e)
			}
		case map[string]any:
			for k, e := range v {
				if s, ok := e.(string); ok && s == "" {
					continue
				}
				walk(key+"."+k, e)
			}
		}
	}
	for k, e := range obj {
		if s, ok := e.(string); ok && s == "" {
			continue
		}
		walk(k, e)
	}
	slices.SortFunc(out, func(a, b Param) int { return strings.Compare(a.Key, b.Key) })
	for i := 1; i < len(out); i++ {
		if out[i].Key == out[i-1].Key {
			return nil, errors.New("twice")
		}
	}
	return out, nil
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

var flattenCorpus = []string{
	``, ` `, `{}`, `{"Limit":1}`, `{"a":1,"a":2}`, `{"a":"x","a":""}`, `{"a":"","a":"x"}`, `{"a":{"b":1},"a":[2]}`,
	`{"F":[{"V":["a","",null,true,false,1.50,-0,12345678901234567890]}],"E":"","N":null}`, `{"a.b":1,"a":{"b":2}}`,
	`{"a":1} `, `{"a":1} x`, `{"a":1}}`, `{"a":1}{}`, `[1]`, `"s"`, `1`, `null`, `{"a":}`, `{"a":1`, `{"a":"\u00e9\ud83d"}`,
	"{\n \"a\": x}", `{"k":[[1,2],[3,[4,{"z":"<&>"}]]]}`, `{"a":-}`, `{"a":tru}`,
}

func TestFlattenMatchesEncodingJSON(t *testing.T) {
	many := `{` // more members than the small-object scan handles, with duplicates
	for i := range 40 {
		many += `"k` + itoa(i%25) + `":` + itoa(i) + `,`
	}
	many += `"last":true}`
	for _, in := range append(flattenCorpus, many) {
		got, err := Flatten([]byte(in))
		want, werr := refFlatten([]byte(in))
		if !assert.Equal(t, werr == nil, err == nil, "%q: error %v, encoding/json %v", in, err, werr) {
			continue
		}
		if err == nil {
			assert.Equal(t, want, got, "%q", in)
		}
	}
}

func TestFlattenErrorsNamePlace(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"{\n \"a\": x}", "Params: invalid JSON: invalid character 'x' looking for beginning of value (line 2, column 7)"},
		{`{"a":1`, "Params: invalid JSON: unexpected end of JSON input (line 1, column 7)"},
		{`{"a":1} x`, "Params: invalid JSON: unexpected data after the top-level object"},
		{`[1]`, "Params: must be a JSON object of action parameters"},
	} {
		_, err := Flatten([]byte(c.in))
		if assert.Error(t, err, "%q", c.in) {
			assert.True(t, strings.HasPrefix(err.Error(), c.want), "%q: %v, want the prefix %q", c.in, err, c.want)
		}
	}
}
