package main

import (
	"encoding/base64"
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/spec"
	"github.com/tcsig/tcsig/signer"
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
	if err := json.Unmarshal([]byte(js), &m); err != nil {
		t.Fatal(err)
	}
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
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
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
			if err != nil {
				t.Fatal(err)
			}
			res, err := spec.Sign(in.Req)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(marshalled(t, res), plain(Result(res, in))); diff != "" {
				t.Errorf("tcsig.sign's object differs from --output json (-json +module):\n%s", diff)
			}
		})
	}
}

func TestDocumentedSignatureThroughDecode(t *testing.T) {
	req := obj(t, `{"service":"cvm","action":"DescribeInstances","version":"2017-03-12","region":"ap-guangzhou",`+keys+`,
		"timestamp":"1551113065","contentType":"application/json; charset=utf-8"}`)
	req["data"] = []byte(`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`)
	in, err := Decode(fake{req}, edge)
	if err != nil {
		t.Fatal(err)
	}
	res, err := spec.Sign(in.Req)
	if err != nil {
		t.Fatal(err)
	}
	if want := "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"; res.Signature != want {
		t.Errorf("signature %s, want %s", res.Signature, want)
	}
	o := Result(res, in)
	for _, p := range o {
		if p.Name == "body" && !p.Value.(Body).Same {
			t.Error("a POST body equal to the Uint8Array data is not marked Same")
		}
		if p.Name == "bodyBase64" {
			t.Error("a UTF-8 body got bodyBase64")
		}
	}
}

func TestBodySameOnlyWhenEqual(t *testing.T) {
	req := obj(t, `{"service":"cvm","action":"A","version":"1","method":"GET",`+keys+`,"timestamp":1,"data":"{\"Limit\":1}"}`)
	in, err := Decode(fake{req}, edge)
	if err != nil {
		t.Fatal(err)
	}
	res, err := spec.Sign(in.Req)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range Result(res, in) {
		if p.Name == "body" && p.Value.(Body).Same {
			t.Error("a GET (empty body) marked as the caller's data")
		}
	}
}

func TestEdgeFillsTimeAndNonce(t *testing.T) {
	in, err := Decode(fake{obj(t, `{"service":"cvm","signatureMethod":"HmacSHA1"}`)}, edge)
	if err != nil {
		t.Fatal(err)
	}
	if in.Req.Timestamp != "1700000000" || in.Req.Nonce != "18446744073709551615" {
		t.Errorf("timestamp %q nonce %q", in.Req.Timestamp, in.Req.Nonce)
	}
	in, err = Decode(fake{obj(t, `{"service":"cvm"}`)}, edge)
	if err != nil {
		t.Fatal(err)
	}
	if in.Req.Nonce != "" {
		t.Errorf("TC3 got a nonce %q", in.Req.Nonce)
	}
	in, err = Decode(fake{obj(t, `{"nonce":"98765432109876543210","timestamp":"12"}`)}, edge)
	if err != nil {
		t.Fatal(err)
	}
	if in.Req.Nonce != "98765432109876543210" || in.Req.Timestamp != "12" {
		t.Errorf("given values changed: nonce %q timestamp %q", in.Req.Nonce, in.Req.Timestamp)
	}
}

func TestDecodeErrorsNameTheProblem(t *testing.T) {
	cases := []struct{ js, want string }{
		{`{"secretkey":"x"}`, `secretkey: unknown field; did you mean "secretKey"?`},
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
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want %q", c.js, err, c.want)
		}
	}
	if _, err := Decode(fake{"text"}, edge); err == nil || !strings.Contains(err.Error(), "got a string") {
		t.Errorf("non-object request: %v", err)
	}
}

func TestFormContentAcceptsBase64(t *testing.T) {
	in, err := Decode(fake{obj(t, `{"form":[{"name":"f","filename":"x","content":"`+base64.StdEncoding.EncodeToString([]byte{1, 2, 3})+`"}]}`)}, edge)
	if err != nil {
		t.Fatal(err)
	}
	if got := in.Req.Form[0].Content; string(got) != "\x01\x02\x03" {
		t.Errorf("content %v", got)
	}
}

func TestTablesMatchTheirJSON(t *testing.T) {
	if diff := cmp.Diff(marshalled(t, endpoints.Regions()), plain(Regions())); diff != "" {
		t.Errorf("regions (-json +module):\n%s", diff)
	}
	for _, c := range []struct {
		region string
		mode   endpoints.Mode
	}{{"ap-guangzhou", endpoints.ModeRegional}, {"ap-shanghai-fsi", endpoints.ModeNearest}, {"ap-atlantis", endpoints.ModeIntl}} {
		res, err := endpoints.Resolve("cvm", c.region, c.mode)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(marshalled(t, res), plain(Resolution(res))); diff != "" {
			t.Errorf("resolution (-json +module):\n%s", diff)
		}
	}
	want := map[string]any{"get": float64(signer.LimitGET), "postV1": float64(signer.LimitPOSTV1), "postTC3": float64(signer.LimitPOSTTC3)}
	if diff := cmp.Diff(want, plain(Limits())); diff != "" {
		t.Error(diff)
	}
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
		e := CheckJSON(c.text)
		if e == nil {
			t.Errorf("%q: no error", c.text)
			continue
		}
		if e.Line != c.line || e.Column != c.column || !strings.Contains(e.Message, c.msg) {
			t.Errorf("%q: line %d column %d %q, want line %d column %d %q", c.text, e.Line, e.Column, e.Message, c.line, c.column, c.msg)
		}
	}
	if e := CheckJSON(`{"a": [1, "未命名"]}`); e != nil {
		t.Errorf("valid JSON reported: %+v", e)
	}
}

func TestSameBytes(t *testing.T) {
	base := []byte(strings.Repeat("0123456789abcdef", 5) + "xyz")
	if !sameBytes(base, string(base)) || !sameBytes(nil, "") {
		t.Error("equal inputs reported different")
	}
	for i := range base {
		b := append([]byte(nil), base...)
		b[i] ^= 0x20 // one byte differs, in a word or in the tail
		if sameBytes(b, string(base)) {
			t.Errorf("a difference at byte %d was missed", i)
		}
	}
	if sameBytes(base[:len(base)-1], string(base)) || sameBytes(base, string(base[1:])) {
		t.Error("different lengths reported equal")
	}
	if !sameBytes(base[3:20], string(base[3:20])) {
		t.Error("an unaligned slice reported different")
	}
}
