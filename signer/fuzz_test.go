package signer

// Fuzz targets. `make test` runs their seed corpora (f.Add and
// testdata/fuzz/<Name>/); `go test ./signer -run '^$' -fuzz FuzzSign
// -fuzztime 60s` explores further. Interesting inputs found that way are
// kept in testdata/fuzz as regression seeds.

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/protocol"
)

var fuzzSignatureMethods = []string{"", AlgorithmTC3, HmacSHA1, HmacSHA256, "hmacsha1", "TC3"}

// fuzzContentTypes are valid starts the fuzzer appends its contentType to,
// so it reaches signing with odd parameters rather than stopping at an
// unknown media type.
var fuzzContentTypes = []string{"", protocol.ContentTypeJSON, "application/json; charset=utf-8", protocol.ContentTypeForm,
	"multipart/form-data; boundary=b0", protocol.ContentTypeOctet}

func FuzzSign(f *testing.F) {
	f.Add("POST", uint8(0), "cvm.tencentcloudapi.com", "cvm", "DescribeInstances", "2017-03-12", "ap-guangzhou", "",
		"application/json; charset=utf-8", "", int64(1551113065), "",
		[]byte(`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`), false, "", "",
		"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "")
	f.Add("POST", uint8(1), "cvm.tencentcloudapi.com", "cvm", "DescribeInstances", "2017-03-12", "ap-guangzhou", "zh-CN",
		"application/json", "x-tc-action;X-TC-Region", int64(1700006399), "", []byte(`{}`), true, "", "",
		"AKID", "key", "token")
	f.Add("GET", uint8(0), "cvm.ap-shanghai.tencentcloudapi.com", "cvm", "DescribeInstances", "2017-03-12", "ap-shanghai", "en-US",
		"", "", int64(1700000000), "", []byte(nil), false, "Filters.0.Values.0", "a b#c+d=e%f&g/h?i~j 未命名 😀",
		"AKID", "key", "")
	f.Add("GET", uint8(2), "cvm.tencentcloudapi.com", "", "DescribeInstances", "2017-03-12", "ap-guangzhou", "",
		"", "", int64(1465185768), "11886", []byte(nil), false, "InstanceIds.0", "ins-09dx96dg",
		"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "")
	f.Add("post", uint8(3), "cvm.tencentcloudapi.com", "", "DescribeInstances", "2017-03-12", "", "",
		"application/x-www-form-urlencoded", "", int64(1), "9223372036854775807", []byte(nil), false, "Signature", "=",
		"AKID", "key", "tok")
	f.Add("POST", uint8(0), "cvm.tencentcloudapi.com", "cvm", "A", "V", "", "",
		"multipart/form-data; boundary=b0", "", int64(99999999999), "", []byte("--b0\r\n\x00\xff--b0--\r\n"), false, "", "",
		"AKID", "key", "")
	f.Add("PUT", uint8(4), "cvm.tencentcloudapi.com/x", "cvm", "A\n", "V", "r", "l", "text/plain", ";;authorization", int64(-1),
		"-1", []byte("\xff"), true, "", "\xff", "", "", "\r\n")

	// sm picks the signature method (sm % 6) and a content type to start
	// from (sm / 6 % 6).
	f.Fuzz(func(t *testing.T, method string, sm uint8, host, service, action, version, region, language,
		contentType, signedHeaders string, timestamp int64, nonce string, payload []byte, unsigned bool,
		paramKey, paramValue, secretID, secretKey, token string) {
		r := &Request{
			Method: method, Host: host, Service: service, Action: action, Version: version, Region: region,
			Language: language, SignatureMethod: fuzzSignatureMethods[int(sm)%len(fuzzSignatureMethods)],
			ContentType: fuzzContentTypes[int(sm)/len(fuzzSignatureMethods)%len(fuzzContentTypes)] + contentType, Timestamp: timestamp, Nonce: nonce, Payload: payload, UnsignedPayload: unsigned,
		}
		if signedHeaders != "" {
			r.SignedHeaders = strings.Split(signedHeaders, ";")
		}
		if paramKey != "" || paramValue != "" {
			r.Params = []Param{{paramKey, paramValue}}
		}
		c := Credentials{SecretID: secretID, SecretKey: secretKey, Token: token}
		before := cloneRequest(r)

		res, err := Sign(r, c)
		require.Equal(t, before, r, "Sign modified its input")
		if err != nil {
			checkErrorType(t, err)
			return
		}
		checkResult(t, r, c, res)
		checkJSONOutput(t, res)

		again, err := Sign(r, c)
		require.NoError(t, err, "signing twice")
		require.Equal(t, res.Signature, again.Signature, "signing twice: signature")
		require.Equal(t, res.URL, again.URL, "signing twice: URL")
		require.Equal(t, string(res.Body), string(again.Body), "signing twice: body")
	})
}

// checkJSONOutput: the trace marshals to valid JSON (the `--output json`
// shape) that reads back to the same signature, URL, body and headers.
func checkJSONOutput(t *testing.T, res *Result) {
	t.Helper()
	out, err := json.Marshal(res)
	require.NoError(t, err, "trace does not marshal to JSON")
	require.True(t, json.Valid(out), "trace does not marshal to valid JSON:\n%s", out)
	var back struct {
		Signature  string            `json:"signature"`
		URL        string            `json:"url"`
		Body       string            `json:"body"`
		BodyBase64 []byte            `json:"bodyBase64"`
		Headers    map[string]string `json:"headers"`
	}
	require.NoError(t, json.Unmarshal(out, &back))
	body := []byte(back.Body)
	if back.BodyBase64 != nil {
		body = back.BodyBase64
	}
	require.Equal(t, res.Signature, back.Signature, "JSON reads back differently:\n%s", out)
	require.Equal(t, res.URL, back.URL, "JSON reads back differently:\n%s", out)
	require.Equal(t, string(res.Body), string(body), "JSON reads back differently:\n%s", out)
	for _, h := range res.Headers {
		require.Equal(t, h.Value, back.Headers[h.Name], "header %s reads back differently", h.Name)
	}
}

func cloneRequest(r *Request) *Request {
	q := *r
	q.Payload = slices.Clone(r.Payload)
	q.Params = slices.Clone(r.Params)
	q.SignedHeaders = slices.Clone(r.SignedHeaders)
	q.Header = slices.Clone(r.Header)
	return &q
}

// checkErrorType: every failure is one of the documented error types.
func checkErrorType(t *testing.T, err error) {
	t.Helper()
	var fe *FieldError
	var le *LimitError
	var ee *EncodingError
	switch {
	case errors.As(err, &fe), errors.As(err, &le), errors.As(err, &ee), errors.Is(err, ErrMissingCredentials):
	default:
		require.FailNow(t, "unexpected error type",
			"error %v has type %T, want *FieldError, *LimitError, *EncodingError or ErrMissingCredentials", err, err)
	}
	require.NotEmpty(t, err.Error(), "error message")
}

// checkResult asserts the invariants of every successful signing.
func checkResult(t *testing.T, r *Request, c Credentials, res *Result) {
	t.Helper()
	// Nothing sent may carry a line break or NUL: it would split the
	// HTTP request (header injection) or the signed strings.
	for _, h := range res.Headers {
		require.False(t, strings.ContainsAny(h.Name+h.Value, "\r\n\x00"), "header %q: %q contains CR, LF or NUL", h.Name, h.Value)
	}
	require.False(t, strings.ContainsAny(res.URL, "\r\n\x00 "), "URL %q contains a space, CR, LF or NUL", res.URL)
	require.LessOrEqual(t, res.Size.Used, res.Size.Limit, "signed bytes against the limit")

	if res.SignatureMethod != AlgorithmTC3 {
		checkV1Result(t, r, c, res)
		return
	}
	require.Len(t, res.Signature, 64, "TC3 signature %q: 64 lower-case hex digits", res.Signature)
	require.Empty(t, strings.Trim(res.Signature, "0123456789abcdef"), "TC3 signature %q: 64 lower-case hex digits", res.Signature)
	require.True(t, strings.HasSuffix(res.CanonicalRequest, "\n"+res.HashedPayload),
		"canonical request does not end with the payload hash %s:\n%s", res.HashedPayload, res.CanonicalRequest)
	switch {
	case r.UnsignedPayload:
		require.Equal(t, SHA256Hex([]byte(unsignedPayload)), res.HashedPayload, "unsigned payload's hash")
	case r.PayloadHash == "":
		require.Equal(t, SHA256Hex(r.Payload), res.HashedPayload, "payload hash of the %d-byte body", len(r.Payload))
	}
	lines := strings.Split(res.StringToSign, "\n")
	require.Len(t, lines, 4, "string to sign's lines:\n%s", res.StringToSign)
	sum := sha256.Sum256([]byte(res.CanonicalRequest))
	require.Equal(t, hex.EncodeToString(sum[:]), lines[3], "string to sign's last line: the SHA-256 of the canonical request")
	require.Equal(t, []string{AlgorithmTC3, strconv.FormatInt(r.Timestamp, 10), res.CredentialScope}, lines[:3],
		"string to sign:\n%s", res.StringToSign)
	// The canonical request has exactly one line per signed header.
	names := strings.Split(res.SignedHeaders, ";")
	require.Equal(t, len(names), strings.Count(res.CanonicalHeaders, "\n"),
		"canonical header lines, one per signed header:\n%s", res.CanonicalHeaders)
	require.Equal(t, 6+len(names), strings.Count(res.CanonicalRequest, "\n")+1, "canonical request's lines:\n%s", res.CanonicalRequest)
	wantAuth := AlgorithmTC3 + " Credential=" + c.SecretID + "/" + res.CredentialScope +
		", SignedHeaders=" + res.SignedHeaders + ", Signature=" + res.Signature
	require.Equal(t, wantAuth, res.Authorization, "authorization")
	require.Equal(t, wantAuth, res.Headers.Get(protocol.HeaderAuthorization), "Authorization header")
	// Recompute the signature from the trace alone.
	_, _, kSigning := TC3Keys(c.SecretKey, res.Date, r.Service)
	require.Equal(t, TC3Signature(kSigning, res.StringToSign), res.Signature, "signature does not follow from the string to sign")
}

func checkV1Result(t *testing.T, r *Request, c Credentials, res *Result) {
	t.Helper()
	raw, err := base64.StdEncoding.DecodeString(res.Signature)
	require.NoError(t, err, "v1 signature %q is not Base64", res.Signature)
	want := 20
	if res.SignatureMethod == HmacSHA256 {
		want = 32
	}
	require.Len(t, raw, want, "%s signature's bytes", res.SignatureMethod)
	prefix := res.Method + r.Host + "/?"
	if r.Path != "" {
		prefix = res.Method + r.Host + r.Path + "?"
	}
	require.True(t, strings.HasPrefix(res.StringToSign, prefix), "string to sign %q does not start with %q", res.StringToSign, prefix)
	require.Equal(t, V1Signature(res.SignatureMethod, c.SecretKey, res.StringToSign), res.Signature,
		"signature does not follow from the string to sign")
	require.True(t, slices.IsSortedFunc(res.SortedParams, func(a, b Param) int { return strings.Compare(a.Key, b.Key) }),
		"v1 parameters not sorted by name")
	for i := 1; i < len(res.SortedParams); i++ {
		require.NotEqual(t, res.SortedParams[i-1].Key, res.SortedParams[i].Key, "parameter signed twice")
	}
}

func FuzzFlatten(f *testing.F) {
	for _, s := range []string{
		`{"Limit":1,"Filters":[{"Name":"instance-name","Values":["a","","未命名"]}]}`,
		`{"Big":18446744073709551615,"Neg":-9223372036854775809,"F":1.50,"E":1e+21,"T":true,"N":null,"S":""}`,
		`{"A":[[1,2],[],[{"B":[null,"x"]}]],"\u672a":"\ud83d\ude00"}`,
		`{"a.b":"x","a":{"b":"y"}}`,
		`{"a":1} x`, `[1]`, `"s"`, "{\"a\":\"\xff\"}", ``, `   `, `{}`, `{"":""}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Arbitrary input: no panic; a documented error or sorted, unique
		// keys.
		params, err := Flatten(data)
		if err != nil {
			checkErrorType(t, err)
		} else {
			checkFlattened(t, params)
		}

		// Round trip: build a nested value from the same bytes, write its
		// JSON (some strings \u-escaped), flatten it, and compare with
		// the keys and values the structure itself implies.
		src := &byteSource{b: data}
		root := src.object(0)
		var js strings.Builder
		writeJSON(&js, root, src)
		got, err := Flatten([]byte(js.String()))
		require.NoError(t, err, "Flatten(%s)", js.String())
		var want []Param
		expectFlat(&want, "", root)
		slices.SortFunc(want, func(a, b Param) int { return strings.Compare(a.Key, b.Key) })
		if len(want) == 0 {
			want = nil
		}
		require.Equal(t, want, got, "Flatten(%s)", js.String())
	})
}

func checkFlattened(t *testing.T, params []Param) {
	t.Helper()
	for i, p := range params {
		require.True(t, utf8.ValidString(p.Key) && utf8.ValidString(p.Value), "param %q=%q is not UTF-8", p.Key, p.Value)
		if i > 0 {
			require.Less(t, params[i-1].Key, p.Key, "keys not sorted and unique")
		}
	}
}

// node is a generated JSON value.
type node struct {
	kind byte // 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null
	text string
	keys []string
	kids []node
}

// byteSource hands out the fuzzer's bytes as choices; past the end every
// choice is 0.
type byteSource struct {
	b []byte
	i int
}

func (s *byteSource) next() int {
	if s.i >= len(s.b) {
		return 0
	}
	s.i++
	return int(s.b[s.i-1])
}

// Key pieces have no '.': a dotted name would stand for a nested one.
var keyPieces = []string{"A", "b", "Name", "Values", "0", "未", "名", "😀", " ", "_", "-", "~", "%", "&", "="}
var stringPieces2 = []string{"", "a", "未命名", "😀", "👍🏽", " ", "#", "+", "=", "%", "&", "/", "?", "~", "\"", "\\", "\n", "\t", "<>", "\u2028", "é"}

func (s *byteSource) text(pieces []string) string {
	var b strings.Builder
	for range s.next() % 4 {
		b.WriteString(pieces[s.next()%len(pieces)])
	}
	return b.String()
}

func (s *byteSource) object(depth int) node {
	n := node{kind: 'o'}
	seen := map[string]bool{}
	for range s.next() % 5 {
		k := s.text(keyPieces)
		if seen[k] {
			continue
		}
		seen[k] = true
		n.keys = append(n.keys, k)
		n.kids = append(n.kids, s.value(depth+1))
	}
	return n
}

func (s *byteSource) value(depth int) node {
	k := s.next() % 8
	if depth >= 4 {
		k = 2 + k%6
	}
	switch k {
	case 0:
		return s.object(depth)
	case 1:
		n := node{kind: 'a'}
		for range s.next() % 12 {
			n.kids = append(n.kids, s.value(depth+1))
		}
		return n
	case 2, 3:
		return node{kind: 's', text: s.text(stringPieces2)}
	case 4, 5:
		return node{kind: 'n', text: s.number()}
	case 6:
		return node{kind: 'b', text: strconv.FormatBool(s.next()%2 == 0)}
	}
	return node{kind: 'z'}
}

// number returns a valid JSON number literal, often beyond 2^53.
func (s *byteSource) number() string {
	var b strings.Builder
	if s.next()%3 == 0 {
		b.WriteByte('-')
	}
	digits := 1 + s.next()%30
	b.WriteByte(byte('1' + s.next()%9))
	if s.next()%5 == 0 {
		b.Reset()
		b.WriteByte('0')
		digits = 1
	}
	for range digits - 1 {
		b.WriteByte(byte('0' + s.next()%10))
	}
	if s.next()%4 == 0 {
		b.WriteByte('.')
		for range 1 + s.next()%5 {
			b.WriteByte(byte('0' + s.next()%10))
		}
	}
	if s.next()%6 == 0 {
		b.WriteString([]string{"e", "E+", "e-"}[s.next()%3])
		b.WriteString(strconv.Itoa(s.next() % 400))
	}
	return b.String()
}

func writeJSON(b *strings.Builder, n node, s *byteSource) {
	switch n.kind {
	case 'o', 'a':
		// Members are separated by "," and elements by ", ", so the
		// bodies mix both spellings.
		open, sep, end := "[", ", ", "]"
		if n.kind == 'o' {
			open, sep, end = "{", ",", "}"
		}
		b.WriteString(open)
		for i, kid := range n.kids {
			if i > 0 {
				b.WriteString(sep)
			}
			if n.kind == 'o' {
				writeJSONString(b, n.keys[i], s)
				b.WriteString(": ")
			}
			writeJSON(b, kid, s)
		}
		b.WriteString(end)
	case 's':
		writeJSONString(b, n.text, s)
	case 'z':
		b.WriteString("null")
	default:
		b.WriteString(n.text)
	}
}

// writeJSONString writes s as a JSON string, escaping some non-ASCII runes
// as \uXXXX (surrogate pairs beyond the BMP), as people paste them.
func writeJSONString(b *strings.Builder, str string, s *byteSource) {
	escape := s.next()%2 == 0
	b.WriteByte('"')
	for _, r := range str {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20:
			b.WriteString(`\u00`)
			b.WriteString(hex.EncodeToString([]byte{byte(r)}))
		case r > 0x7f && escape:
			if r > 0xffff {
				hi, lo := utf16.EncodeRune(r)
				b.WriteString(`\u` + strconv.FormatInt(int64(hi), 16) + `\u` + strconv.FormatInt(int64(lo), 16))
			} else {
				b.WriteString(`\u` + leftPad(strconv.FormatInt(int64(r), 16), 4))
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}

func leftPad(s string, n int) string { return strings.Repeat("0", max(0, n-len(s))) + s }

// expectFlat is the flattening the structure implies, written from the
// tree, not from JSON: an object's fields are named prefix+name, arrays add
// ".index", null is absent, an empty string is absent as a field but kept
// as an array element, numbers keep their digits.
func expectFlat(out *[]Param, prefix string, obj node) {
	for i, k := range obj.keys {
		kid := obj.kids[i]
		if kid.kind == 's' && kid.text == "" {
			continue
		}
		expectValue(out, prefix+k, kid)
	}
}

func expectValue(out *[]Param, key string, n node) {
	switch n.kind {
	case 'o':
		expectFlat(out, key+".", n)
	case 'a':
		for i, kid := range n.kids {
			expectValue(out, key+"."+strconv.Itoa(i), kid)
		}
	case 'z':
	default:
		*out = append(*out, Param{key, n.text})
	}
}

// The round trip also holds through json.Marshal of a plain Go value, the
// way a program would produce the data.
func TestFlattenBigNumbersKeepDigits(t *testing.T) {
	data, err := json.Marshal(map[string]any{
		"Max": json.Number("18446744073709551615"), "Over": json.Number("18446744073709551616123"),
		"Ids": []any{json.Number("9007199254740993"), "", nil}, "Nested": map[string]any{"Empty": "", "Zero": 0},
	})
	require.NoError(t, err)
	got, err := Flatten(data)
	require.NoError(t, err)
	want := []Param{
		{"Ids.0", "9007199254740993"}, {"Ids.1", ""}, {"Max", "18446744073709551615"},
		{"Nested.Zero", "0"}, {"Over", "18446744073709551616123"},
	}
	assert.Equal(t, want, got, "Flatten(%s)", data)
}

// Found by FuzzFlatten: a dotted name and a nested one flatten to the same
// parameter, and which value won depended on map order.
func TestFlattenRejectsAmbiguousNames(t *testing.T) {
	_, err := Flatten([]byte(`{"a.b":"x","a":{"b":"y"}}`))
	var fe *FieldError
	require.ErrorAs(t, err, &fe, "want a data error naming a.b")
	require.Equal(t, "Params", fe.Field, "want a data error naming a.b")
	require.Contains(t, fe.Msg, `"a.b"`, "want a data error naming a.b")
	// Dotted names alone are fine: they are how flat parameters are given.
	got, err := Flatten([]byte(`{"Filters.0.Name":"x","Filters.0.Values.0":"y"}`))
	require.NoError(t, err, "dotted names")
	require.Len(t, got, 2, "dotted names")
}

// A header value with a line break would end the header and start another
// (X-Evil below) in every request tcsig prints or relays. Kept as the seed
// testdata/fuzz/FuzzSign/content-type-crlf too.
func TestHeaderValuesCannotBreakLines(t *testing.T) {
	base := func() *Request {
		return &Request{Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "A", Version: "V", Timestamp: 1, Payload: []byte("{}")}
	}
	cred := Credentials{SecretID: "AKID", SecretKey: "key"}
	cases := map[string]func(*Request){
		"content type CRLF": func(r *Request) { r.ContentType = "application/json;\r\nX-Evil: 1" },
		"content type LF":   func(r *Request) { r.ContentType = "application/json; x=\n" },
		"content type NUL":  func(r *Request) { r.ContentType = "application/json\x00" },
		"action NUL":        func(r *Request) { r.Action = "Describe\x00" },
		"host NUL":          func(r *Request) { r.Host = "cvm\x00.tencentcloudapi.com" },
		"extra header":      func(r *Request) { r.Header = []Header{{"X-TC-RequestClient", "a\r\nX-Evil: 1"}} },
		"extra header name": func(r *Request) { r.Header = []Header{{"X-Evil: 1\r\nX", "a"}} },
		"path CRLF":         func(r *Request) { r.Path = "/\r\nX-Evil: 1" },
		"path space":        func(r *Request) { r.Path = "/ HTTP/1.1" },
		"path query":        func(r *Request) { r.Path = "/?Action=X" },
		"relative path":     func(r *Request) { r.Path = "v3" },
	}
	for name, mutate := range cases {
		r := base()
		mutate(r)
		_, err := Sign(r, cred)
		var fe *FieldError
		assert.ErrorAs(t, err, &fe, "%s: want a *FieldError", name)
	}
}

// Every flattened name repeats its whole path, so deep nesting with many
// elements built names quadratic in the input (44 KB of JSON made 87 MB).
// Flatten now stops at a budget with an error that names the limits.
func TestFlattenDeepNestingIsBounded(t *testing.T) {
	// 200 levels make every name 400 bytes: the budget runs out after about
	// 5,000 of the 20,000 elements.
	const depth, elements = 200, 20000
	data := `{"a":` + strings.Repeat("[", depth) + strings.TrimSuffix(strings.Repeat("1,", elements), ",") + strings.Repeat("]", depth) + "}"
	var got []Param
	var err error
	allocs := testing.AllocsPerRun(1, func() { got, err = Flatten([]byte(data)) })
	var fe *FieldError
	require.ErrorAs(t, err, &fe, "got %d params; want a data error naming the bounds", len(got))
	require.Equal(t, "Params", fe.Field, "want a data error naming the bounds")
	require.Contains(t, fe.Msg, "2 MB", "want a data error naming the bounds")
	require.Contains(t, fe.Msg, "32 KB", "want a data error naming the bounds")
	// Decoding costs about 1.5 allocations per element (about 30,000 here);
	// names built past the budget would add 30,000 more.
	assert.LessOrEqual(t, allocs, float64(2*elements), "allocations: names are still built past the budget")

	// Real nesting stays well inside it.
	params, err := Flatten([]byte(`{"Filters":[{"Name":"zone","Values":["ap-guangzhou-3"]}],"A":[[[[1]]]]}`))
	require.NoError(t, err)
	require.Len(t, params, 3, "real nesting")
}
