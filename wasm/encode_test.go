package main

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/request"
)

// fake is a JavaScript value made from decoded JSON; a []byte stands for
// a Uint8Array.
type fake struct{ v any }

func (f fake) Kind() Kind {
	switch f.v.(type) {
	case nil:
		return Undefined
	case bool:
		return Bool
	case float64:
		return Number
	case string:
		return String
	case map[string]any:
		return Object
	case []any:
		return Array
	case []byte:
		return Bytes
	}
	return Other
}
func (f fake) Str() string       { return f.v.(string) }
func (f fake) Text() []byte      { return []byte(f.v.(string)) }
func (f fake) Float() float64    { return f.v.(float64) }
func (f fake) Truth() bool       { return f.v.(bool) }
func (f fake) Len() int          { return len(f.v.([]any)) }
func (f fake) Index(i int) Value { return fake{f.v.([]any)[i]} }
func (f fake) Bytes() []byte     { return append([]byte(nil), f.v.([]byte)...) }
func (f fake) Get(name string) Value {
	return fake{f.v.(map[string]any)[name]}
}
func (f fake) Keys() []string {
	var ks []string
	for k := range f.v.(map[string]any) {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func obj(t *testing.T, js string) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(js), &m))
	return m
}

var edge = Edge{Now: func() int64 { return 1700000000 }, Nonce: func() uint64 { return 18446744073709551615 }}

// plain turns a built value into what JSON.parse(JSON.stringify(x)) gives.
func plain(v any) any {
	switch x := v.(type) {
	case Obj:
		m := map[string]any{}
		for _, p := range x {
			m[p.Name] = plain(p.Value)
		}
		return m
	case []any:
		out := make([]any, len(x))
		for i := range x {
			out[i] = plain(x[i])
		}
		return out
	case Body:
		// A JavaScript string holds U+FFFD for each invalid byte, as
		// TextDecoder and encoding/json both write it.
		var b strings.Builder
		for _, r := range string(x.Bytes) {
			b.WriteRune(r)
		}
		return b.String()
	case int:
		return float64(x)
	}
	return v
}

func marshalled(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var out any
	require.NoError(t, json.Unmarshal(b, &out))
	return out
}

const keys = `"secretId":"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE","secretKey":"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"`

// The object tcsig.sign returns must have exactly the fields of
// `tcsig sign --output json` for every kind of request.
func TestResultMatchesCLIJSON(t *testing.T) {
	cases := map[string]map[string]any{
		"documented TC3 POST": obj(t, `{"service":"cvm","action":"DescribeInstances","version":"2017-03-12","region":"ap-guangzhou",`+keys+`,
			"timestamp":1551113065,"contentType":"application/json; charset=utf-8",
			"data":"{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\\\u672a\\\\u547d\\\\u540d\"], \"Name\": \"instance-name\"}]}"}`),
		"GET with token and params": obj(t, `{"service":"cvm","action":"DescribeInstances","version":"2017-03-12","method":"GET",`+keys+`,
			"timestamp":"1551113065","token":"tok","language":"en-US","data":"{\"Limit\":2}","params":{"Offset":0,"Flag":true}}`),
		"HmacSHA256 POST": obj(t, `{"service":"cvm","action":"DescribeInstances","version":"2017-03-12","region":"ap-guangzhou",`+keys+`,
			"timestamp":1551113065,"nonce":"11886","signatureMethod":"HmacSHA256","data":"{\"InstanceIds\":[\"ins-09dx96dg\"]}"}`),
		"unknown region warns": obj(t, `{"service":"cvm","action":"A","version":"2017-03-12","region":"ap-atlantis",`+keys+`,"timestamp":1,"data":"{}"}`),
	}
	file := map[string]any{"name": "Image", "filename": "a.png", "content": []byte{0x89, 'P', 'N', 'G', 0xff, 0}}
	mp := obj(t, `{"service":"iai","action":"DetectFace","version":"2020-03-03",`+keys+`,"timestamp":1710000000,"boundary":"b0"}`)
	mp["form"] = []any{map[string]any{"name": "ImageName", "value": "a.png"}, file}
	cases["multipart with a binary file"] = mp

	for name, req := range cases {
		t.Run(name, func(t *testing.T) {
			in, err := Decode(fake{req}, edge)
			require.NoError(t, err)
			res, err := request.Sign(in.Req)
			require.NoError(t, err)
			got := plain(Result(res, in)).(map[string]any)
			assert.Empty(t, cmp.Diff(marshalled(t, res), any(got)), "tcsig.sign's object differs from --output json (-json +module)")
		})
	}
}

func TestDocumentedSignatureThroughDecode(t *testing.T) {
	req := obj(t, `{"service":"cvm","action":"DescribeInstances","version":"2017-03-12","region":"ap-guangzhou",`+keys+`,
		"timestamp":"1551113065","contentType":"application/json; charset=utf-8"}`)
	req["data"] = []byte(`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`)
	in, err := Decode(fake{req}, edge)
	require.NoError(t, err)
	res, err := request.Sign(in.Req)
	require.NoError(t, err)
	assert.Equal(t, "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168", res.Signature)
	for _, p := range Result(res, in) {
		if p.Name == "body" {
			assert.True(t, p.Value.(Body).Same, "a POST body equal to the Uint8Array data is not marked Same")
		}
		assert.NotEqual(t, "bodyBase64", p.Name, "a UTF-8 body got bodyBase64")
	}
}

func TestBodySameOnlyWhenEqual(t *testing.T) {
	req := obj(t, `{"service":"cvm","action":"A","version":"1","method":"GET",`+keys+`,"timestamp":1,"data":"{\"Limit\":1}"}`)
	in, err := Decode(fake{req}, edge)
	require.NoError(t, err)
	res, err := request.Sign(in.Req)
	require.NoError(t, err)
	for _, p := range Result(res, in) {
		if p.Name == "body" {
			assert.False(t, p.Value.(Body).Same, "a GET (empty body) marked as the caller's data")
		}
	}
}

// The body's SHA-256 travels with it only when the signature covers those
// bytes: the glue then keeps the caller's array and checks it when read,
// and copies it otherwise.
func TestBodyCarriesItsHashOnlyWhenSigned(t *testing.T) {
	data := []byte(`{"Limit":1}`)
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	for _, c := range []struct {
		name, extra string
		same        bool
		want        string
	}{
		{"TC3", ``, true, hash},
		{"TC3 with the caller's payloadHash", `,"payloadHash":"` + strings.ToUpper(hash) + `"`, true, hash},
		{"UNSIGNED-PAYLOAD", `,"unsignedPayload":true`, true, ""},
		// A v1 body is the parameters' form encoding, and its signature
		// covers the parameters, not the body's bytes.
		{"HmacSHA256", `,"nonce":"1","signatureMethod":"HmacSHA256","contentType":"application/x-www-form-urlencoded"`, false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			req := obj(t, `{"service":"cvm","action":"A","version":"1",`+keys+`,"timestamp":1`+c.extra+`}`)
			req["data"] = data
			in, err := Decode(fake{req}, edge)
			require.NoError(t, err)
			res, err := request.Sign(in.Req)
			require.NoError(t, err)
			body := bodyOf(t, Result(res, in))
			assert.Equal(t, c.same, body.Same)
			assert.Equal(t, c.want, body.SHA256)
		})
	}
}

// bodyOf returns the result's body.
func bodyOf(t *testing.T, o Obj) Body {
	t.Helper()
	for _, p := range o {
		if p.Name == "body" {
			return p.Value.(Body)
		}
	}
	t.Fatal("no body in the result")
	return Body{}
}

func TestEdgeFillsTimeAndNonce(t *testing.T) {
	in, err := Decode(fake{obj(t, `{"service":"cvm","signatureMethod":"HmacSHA1"}`)}, edge)
	require.NoError(t, err)
	assert.Equal(t, int64(1700000000), in.Req.Timestamp)
	assert.Equal(t, "18446744073709551615", in.Req.Nonce)
	in, err = Decode(fake{obj(t, `{"service":"cvm"}`)}, edge)
	require.NoError(t, err)
	assert.Empty(t, in.Req.Nonce, "TC3 got a nonce")
	in, err = Decode(fake{obj(t, `{"nonce":"98765432109876543210","timestamp":"12"}`)}, edge)
	require.NoError(t, err)
	assert.Equal(t, "98765432109876543210", in.Req.Nonce, "given nonce changed")
	assert.Equal(t, int64(12), in.Req.Timestamp, "given timestamp changed")
}

func TestDecodeErrorsNameTheProblem(t *testing.T) {
	cases := []struct{ js, want string }{
		{`{"secretkey":"x"}`, `secretkey: unknown field; did you mean "secretKey"?`},
		{`{"servcie":"cvm"}`, `servcie: unknown field; did you mean "service"?`},
		{`{"colour":"red"}`, `colour: unknown field`},
		{`{"timestamp":1.5}`, "timestamp: must be Unix time in whole seconds, got 1.5"},
		{`{"timestamp":true}`, "timestamp: want a decimal string or a number, got a boolean"},
		{`{"nonce":18446744073709551615}`, "nonce: a number must be a whole number up to 2^53"},
		{`{"data":5}`, "data: want a string or a Uint8Array, got a number"},
		{`{"region":5}`, "region: want a string, got a number"},
		{`{"params":{"A":{"B":1}}}`, "params.A: want a string, number or boolean"},
		{`{"form":[{"name":"f","content":"%%%"}]}`, "form[0].content: a string must be base64"},
		{`{"form":{}}`, "form: want an array"},
		{`{"unsignedPayload":"maybe"}`, `unsignedPayload: want true or false, got "maybe"`},
	}
	for _, c := range cases {
		_, err := Decode(fake{obj(t, c.js)}, edge)
		assert.ErrorContains(t, err, c.want, c.js)
	}
	_, err := Decode(fake{"text"}, edge)
	assert.ErrorContains(t, err, "got a string", "non-object request")
}

// Errors from signing name the page's properties, through the same table
// that decodes them.
func TestSignErrorsNameProperties(t *testing.T) {
	cases := map[string]string{
		`{"service":"cvm","action":"A","version":"1",` + keys + `,"contentType":"text/plain","data":"{}"}`:      "contentType: ",
		`{"service":"cvm","action":"A","version":"1",` + keys + `,"params":{"Limit":1},"data":"{}"}`:            "params: TC3-HMAC-SHA256 POST sends its parameters as the JSON body",
		`{"service":"cvm","action":"A","version":"1",` + keys + `,"method":"GET","data":"[1]"}`:                 "data: must be a JSON object",
		`{"service":"cvm","action":"A","version":"1",` + keys + `,"signatureMethod":"HmacSHA1","nonce":"x"}`:    "nonce: must be a positive decimal integer",
		`{"service":"cvm","action":"A","version":"1",` + keys + `,"signedHeaders":"content-type;host;x-tc-no"}`: "signedHeaders: ",
		`{"service":"cvm","action":"A","version":"1",` + keys + `,"endpoint":"far"}`:                            "endpoint: ",
	}
	for js, want := range cases {
		in, err := Decode(fake{obj(t, js)}, edge)
		require.NoError(t, err, js)
		_, err = SignDecoded(nil, in)
		require.Error(t, err, js)
		assert.True(t, strings.HasPrefix(err.Error(), want), "%s: error %q, want it to start %q", js, err, want)
	}
}

// tcsig.fields() lists the schema with the names Decode accepts.
func TestFieldTableListsTheProperties(t *testing.T) {
	var names []string
	for _, f := range FieldTable() {
		names = append(names, f.(Obj)[0].Value.(string))
	}
	sort.Strings(names)
	assert.Equal(t, Fields(), names)
}

func TestFormContentAcceptsBase64(t *testing.T) {
	in, err := Decode(fake{obj(t, `{"form":[{"name":"f","filename":"x","content":"`+base64.StdEncoding.EncodeToString([]byte{1, 2, 3})+`"}]}`)}, edge)
	require.NoError(t, err)
	assert.Equal(t, []byte{1, 2, 3}, in.Req.Form[0].Content)
}

func TestTablesMatchTheirJSON(t *testing.T) {
	assert.Empty(t, cmp.Diff(marshalled(t, endpoints.Regions()), plain(Regions())), "regions (-json +module)")
	for _, c := range []struct {
		region string
		mode   endpoints.Mode
	}{{"ap-guangzhou", endpoints.ModeRegional}, {"ap-shanghai-fsi", endpoints.ModeNearest}, {"ap-atlantis", endpoints.ModeIntl}} {
		res, err := endpoints.Resolve("cvm", c.region, c.mode)
		require.NoError(t, err)
		assert.Empty(t, cmp.Diff(marshalled(t, res), plain(Resolution(res))), "resolution (-json +module)")
	}
	want := map[string]any{"get": float64(protocol.LimitGET), "postV1": float64(protocol.LimitPOSTV1), "postTC3": float64(protocol.LimitPOSTTC3)}
	assert.Equal(t, want, plain(Limits()))
}

func TestCheckJSONLocatesTheError(t *testing.T) {
	cases := []struct {
		text         string
		line, column int
		msg          string
	}{
		{`{"Limit": }`, 1, 11, "invalid character '}'"},
		{"{\n  \"名\": 1,\n  \"b\": x}", 3, 8, "invalid character 'x'"},
		{`{"a": 1`, 1, 8, "unexpected end of JSON input"},
		{"", 1, 1, "unexpected end of JSON input"},
	}
	for _, c := range cases {
		e := jsonlite.Check(c.text)
		if !assert.NotNil(t, e, "%q: no error", c.text) {
			continue
		}
		assert.Equal(t, [2]int{c.line, c.column}, [2]int{e.Line, e.Column}, "%q: line and column", c.text)
		assert.Contains(t, e.Message, c.msg, c.text)
	}
	assert.Nil(t, jsonlite.Check(`{"a": [1, "未命名"]}`), "valid JSON reported")
}

func TestSameBytes(t *testing.T) {
	base := []byte(strings.Repeat("0123456789abcdef", 5) + "xyz")
	other := append([]byte(nil), base...) // the same bytes elsewhere: compared, not matched by address
	assert.True(t, sameBytes(base, other) && sameBytes(nil, []byte{}), "equal inputs reported different")
	for i := range base {
		b := append([]byte(nil), base...)
		b[i] ^= 0x20 // one byte differs, in a word or in the tail
		assert.False(t, sameBytes(b, other), "a difference at byte %d was missed", i)
	}
	assert.False(t, sameBytes(base[:len(base)-1], other) || sameBytes(base, other[1:]), "different lengths reported equal")
	assert.True(t, sameBytes(base[3:20], other[3:20]), "an unaligned slice reported different")
}
