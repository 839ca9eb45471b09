package verify_test

import (
	"encoding/json"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

// Every request the official Go SDK sent in the reference vectors verifies
// as valid, TC3 and HmacSHA1/256, GET and POST.
func TestSDKVectorsVerify(t *testing.T) {
	data, err := os.ReadFile("../signer/testdata/vectors.json")
	require.NoError(t, err)
	var file struct {
		Vectors []struct {
			ID    string          `json:"id"`
			Input json.RawMessage `json:"input"`
			Sent  *struct {
				Method  string            `json:"method"`
				URL     string            `json:"url"`
				Host    string            `json:"host"`
				Headers map[string]string `json:"headers"`
				Body    string            `json:"body"`
			} `json:"sent_request"`
		} `json:"vectors"`
	}
	require.NoError(t, json.Unmarshal(data, &file))
	n := 0
	for _, v := range file.Vectors {
		if v.Sent == nil {
			continue
		}
		n++
		t.Run(v.ID, func(t *testing.T) {
			var in struct {
				SecretKey string `json:"secret_key"`
				TC3       struct {
					SecretKey string `json:"secret_key"`
					Timestamp int64  `json:"timestamp"`
				} `json:"tc3"`
			}
			require.NoError(t, json.Unmarshal(v.Input, &in))
			key := in.SecretKey + in.TC3.SecretKey
			u, err := url.Parse(v.Sent.URL)
			require.NoError(t, err)
			req := &capture.Request{Method: v.Sent.Method, Host: v.Sent.Host, Path: u.Path, RawQuery: u.RawQuery, Body: []byte(v.Sent.Body)}
			req.Header = append(req.Header, capture.Field{Name: "Host", Value: v.Sent.Host})
			for k, val := range v.Sent.Headers {
				req.Header = append(req.Header, capture.Field{Name: k, Value: val})
			}
			rep := verify.Check(req, verify.Options{SecretKey: key})
			wantValid(t, rep)
			require.NotNil(t, rep.Expected, "no expected trace")
			require.NotEmpty(t, rep.Expected.Signature, "no expected trace")
			// A flipped key must fail with SignatureFailure and no false cause.
			bad := verify.Check(req, verify.Options{SecretKey: key + "x"})
			wantInvalid(t, bad, verify.CodeSignatureFailure, verify.CauseUnknown)
			assert.Len(t, bad.Causes, 1, "wrong key: causes %v, want only unknown", bad.Causes)
		})
	}
	require.GreaterOrEqual(t, n, 18, "only %d SDK vectors with a sent request, want 18", n)
}

// Our own signer's output verifies for every method and algorithm.
func TestSignerOutputVerifies(t *testing.T) {
	for _, c := range []struct {
		name string
		r    *signer.Request
	}{
		{"tc3 post", tc3Req()},
		{"tc3 get", &signer.Request{Method: "GET", Host: "cvm.ap-guangzhou.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances",
			Version: "2017-03-12", Region: "ap-guangzhou", Timestamp: testTS,
			Params: []signer.Param{{Key: "Filters.0.Values.0", Value: "my 实例+1/x"}, {Key: "Limit", Value: "20"}}}},
		{"tc3 x-tc-action signed", func() *signer.Request { r := tc3Req(); r.SignedHeaders = []string{"x-tc-action"}; return r }()},
		{"tc3 unsigned payload", func() *signer.Request { r := tc3Req(); r.UnsignedPayload = true; return r }()},
		{"v1 sha256 post", &signer.Request{Host: "cvm.tencentcloudapi.com", Action: "DescribeInstances", Version: "2017-03-12",
			Region: "ap-guangzhou", Timestamp: testTS, Nonce: "11886", SignatureMethod: signer.HmacSHA256,
			Params: []signer.Param{{Key: "Name", Value: "未命名 a+b&c=d"}}}},
		{"v1 sha1 get", &signer.Request{Method: "GET", Host: "cvm.tencentcloudapi.com", Action: "DescribeInstances", Version: "2017-03-12",
			Region: "ap-guangzhou", Timestamp: testTS, Nonce: "1", SignatureMethod: signer.HmacSHA1,
			Params: []signer.Param{{Key: "InstanceIds.10", Value: "b"}, {Key: "InstanceIds.2", Value: "a"}}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := mustSign(t, c.r, creds)
			rep := verify.Check(wire(t, res), opts())
			wantValid(t, rep)
			assert.Equal(t, res.StringToSign, rep.Expected.StringToSign, "verify's string to sign against the signer's")
			assert.Equal(t, res.CanonicalRequest, rep.Expected.CanonicalRequest, "verify's canonical request against the signer's")
			assert.Equal(t, testID, rep.Received.SecretID, "received = %+v", rep.Received)
			assert.Equal(t, "DescribeInstances", rep.Received.Action, "received = %+v", rep.Received)
		})
	}
}

// TC3 signs the query as received: any order and escaping verifies.
func TestRawQueryAnyOrder(t *testing.T) {
	req := &capture.Request{Method: "GET", Host: "cvm.tencentcloudapi.com", Path: "/",
		RawQuery: "Limit=20&Filters.0.Values.0=my%20x&InstanceIds.0=ins-1"}
	for _, h := range [][2]string{{"Content-Type", "application/x-www-form-urlencoded"}, {"Host", "cvm.tencentcloudapi.com"},
		{"X-TC-Action", "DescribeInstances"}, {"X-TC-Version", "2017-03-12"}, {"X-TC-Timestamp", strconv.Itoa(testTS)}, {"X-TC-Region", "ap-guangzhou"}} {
		req.Header = append(req.Header, capture.Field{Name: h[0], Value: h[1]})
	}
	cr := "GET\n/\n" + req.RawQuery + "\ncontent-type:application/x-www-form-urlencoded\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n" + signer.SHA256Hex(nil)
	date := signer.UTCDate(testTS)
	sig := tc3Sig(testKey, strconv.Itoa(testTS), date, date, "cvm", "cvm", cr)
	req.Header = append(req.Header, capture.Field{Name: "Authorization",
		Value: "TC3-HMAC-SHA256 Credential=" + testID + "/" + date + "/cvm/tc3_request, SignedHeaders=content-type;host, Signature=" + sig})
	rep := verify.Check(req, opts())
	wantValid(t, rep)
	assert.Equal(t, req.RawQuery, rep.Expected.CanonicalQuery, "the canonical query must be the raw query")
}

func TestShapeChecks(t *testing.T) {
	honest := func(t *testing.T) *capture.Request { return wire(t, mustSign(t, tc3Req(), creds)) }
	cases := []struct {
		name  string
		edit  func(*capture.Request)
		o     func(*verify.Options)
		code  string
		check string
	}{
		{"no authorization", func(r *capture.Request) { delHeader(r, "Authorization") }, nil, verify.CodeInvalidAuthorization, "authorization-missing"},
		{"garbled authorization", func(r *capture.Request) { setHeader(r, "Authorization", "TC3-HMAC-SHA256 Credential=x") }, nil,
			verify.CodeInvalidAuthorization, "authorization-format"},
		{"short signature", func(r *capture.Request) { setAuthSignature(r, "abc") }, nil, verify.CodeInvalidAuthorization, "authorization-format"},
		{"host not signed", func(r *capture.Request) {
			setHeader(r, "Authorization", strings.Replace(r.Get("Authorization"), "SignedHeaders=content-type;host", "SignedHeaders=content-type", 1))
		}, nil, verify.CodeInvalidAuthorization, "signed-headers-required"},
		{"expired", nil, func(o *verify.Options) { o.Now = time.Unix(testTS+301, 0) }, verify.CodeSignatureExpire, "clock-skew"},
		{"from the future", nil, func(o *verify.Options) { o.Now = time.Unix(testTS-400, 0) }, verify.CodeSignatureExpire, "clock-skew"},
		{"put", func(r *capture.Request) { r.Method = "PUT" }, nil, verify.CodeUnsupportedProtocol, "method"},
		{"missing action", func(r *capture.Request) { delHeader(r, "X-TC-Action") }, nil, verify.CodeMissingParameter, "header-missing"},
		{"json on GET", func(r *capture.Request) { r.Method = "GET"; r.Body = nil }, nil, verify.CodeInvalidParameter, "content-type-method"},
		{"too large", func(r *capture.Request) { r.Body = make([]byte, protocol.LimitPOSTTC3+1) }, nil, verify.CodeSizeLimit, "size-limit"},
		{"not utf-8", func(r *capture.Request) { r.Body = []byte("{\"a\":\"\xff\"}") }, nil, verify.CodeInvalidParameter, "utf8"},
		{"token missing", nil, func(o *verify.Options) { o.Token = "tok" }, verify.CodeTokenFailure, "token-missing"},
		{"secret id with space", func(r *capture.Request) {
			setHeader(r, "Authorization", strings.Replace(r.Get("Authorization"), "Credential=", "Credential= ", 1))
		}, nil, verify.CodeSecretIDNotFound, "secret-id-whitespace"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := honest(t)
			if c.edit != nil {
				c.edit(r)
			}
			o := opts()
			if c.o != nil {
				c.o(&o)
			}
			rep := verify.Check(r, o)
			wantInvalid(t, rep, c.code, "")
			assert.Equal(t, c.check, rep.Error.Check, "check (%s)", rep.Error.Message)
		})
	}
	t.Run("skew in message", func(t *testing.T) {
		o := opts()
		o.Now = time.Unix(testTS+1000, 0)
		rep := verify.Check(honest(t), o)
		assert.Contains(t, rep.Error.Message, "1000 s behind")
		if assert.NotNil(t, rep.Received.Skew, "skew") {
			assert.EqualValues(t, 1000, *rep.Received.Skew, "skew")
		}
	})
	t.Run("within five minutes", func(t *testing.T) {
		o := opts()
		o.Now = time.Unix(testTS-300, 0)
		wantValid(t, verify.Check(honest(t), o))
	})
}

func TestWarnings(t *testing.T) {
	r := tc3Req()
	r.Region = ""
	rep := verify.Check(wire(t, mustSign(t, r, creds)), opts())
	wantValid(t, rep)
	assert.True(t, has(rep.Warnings, "region-missing"), "warnings %v, want region-missing", rep.Warnings)
	r = tc3Req()
	r.Region = "ap-atlantis"
	rep = verify.Check(wire(t, mustSign(t, r, creds)), opts())
	wantValid(t, rep)
	assert.True(t, has(rep.Warnings, "region-unknown"), "warnings %v, want region-unknown", rep.Warnings)
	v1 := &signer.Request{Method: "GET", Host: "cvm.tencentcloudapi.com", Action: "DescribeRegions", Version: "2017-03-12",
		Region: "ap-guangzhou", Timestamp: testTS, Nonce: "7", SignatureMethod: signer.HmacSHA256}
	w := wire(t, mustSign(t, v1, creds))
	delHeader(w, "Content-Type")
	rep = verify.Check(w, opts())
	wantValid(t, rep)
	assert.True(t, has(rep.Warnings, "content-type-missing"), "warnings %v, want content-type-missing", rep.Warnings)
}

func TestIncomplete(t *testing.T) {
	w := wire(t, mustSign(t, tc3Req(), creds))
	rep := verify.Check(w, verify.Options{})
	assert.False(t, rep.Valid, "no key")
	assert.NotEmpty(t, rep.Incomplete, "no key")
	assert.Nil(t, rep.Error, "no key")
	w.BodyOmitted, w.Body = true, nil
	rep = verify.Check(w, opts())
	assert.False(t, rep.Valid, "body omitted")
	assert.Contains(t, rep.Incomplete, "body", "body omitted")
	assert.False(t, verify.Check(nil, opts()).Valid, "nil request reported valid")
}

func TestSecretKeyFor(t *testing.T) {
	w := wire(t, mustSign(t, tc3Req(), creds))
	keys := map[string]string{testID: testKey}
	lookup := func(id string) (string, bool) { k, ok := keys[id]; return k, ok }
	wantValid(t, verify.Check(w, verify.Options{SecretKeyFor: lookup}))
	delete(keys, testID)
	wantInvalid(t, verify.Check(w, verify.Options{SecretKeyFor: lookup}), verify.CodeSecretIDNotFound, "")
}

func TestReportJSON(t *testing.T) {
	w := wire(t, mustSign(t, tc3Req(), creds))
	setHeader(w, "Content-Type", "application/json; charset=utf-8")
	b, err := json.Marshal(verify.Check(w, opts()))
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, false, got["valid"])
	e, _ := got["error"].(map[string]any)
	assert.Equal(t, verify.CodeSignatureFailure, e["code"], "error = %v", got["error"])
	assert.NotEqual(t, "", e["message"], "error = %v", got["error"])
	causes, _ := got["causes"].([]any)
	if assert.NotEmpty(t, causes) {
		assert.True(t, strings.HasPrefix(causes[0].(string), "content-type-charset: "), "causes = %v", got["causes"])
	}
	exp, _ := got["expected"].(map[string]any)
	for _, k := range []string{"signatureMethod", "hashedPayload", "canonicalRequest", "stringToSign", "signature", "authorization",
		"credentialScope", "derivedKeys", "method", "url", "headers", "body", "size"} {
		assert.Contains(t, exp, k, "expected has no %q", k)
	}
	assert.IsType(t, []any{}, got["warnings"], "warnings is not a list")
	assert.IsType(t, []any{}, got["diff"], "diff is not a list")
}

// The parser's notes reach the report, and duplicate signed headers are flagged.
func TestCaptureNotesAndDuplicates(t *testing.T) {
	w := wire(t, mustSign(t, tc3Req(), creds))
	w.Notes = capture.Notes{message.New(message.CapHARContentLen, 85, 86)}
	w.Header = append(w.Header, capture.Field{Name: "content-type", Value: "text/plain"})
	rep := verify.Check(w, opts())
	wantValid(t, rep) // the first Content-Type is the one signed and used
	assert.True(t, has(rep.Warnings, "capture"), "warnings %v, want capture and header-duplicate", rep.Warnings)
	assert.True(t, has(rep.Warnings, "header-duplicate"), "warnings %v, want capture and header-duplicate", rep.Warnings)
}

// The worked examples of "Signature v3" (original revision, and 签名方法 v3's
// current one that also signs x-tc-action), as raw
// requests, verify with the published signatures.
func TestDocExamples(t *testing.T) {
	body := `{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`
	stars := strings.Repeat("*", 32)
	for _, c := range []struct {
		name, id, key, signed, sig string
	}{
		{"A", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "content-type;host",
			"72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"},
		{"C signs x-tc-action lower-cased", "AKID" + stars, stars, "content-type;host;x-tc-action",
			"10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := "POST / HTTP/1.1\r\nHost: cvm.tencentcloudapi.com\r\nContent-Type: application/json; charset=utf-8\r\n" +
				"X-TC-Action: DescribeInstances\r\nX-TC-Version: 2017-03-12\r\nX-TC-Timestamp: 1551113065\r\nX-TC-Region: ap-guangzhou\r\n" +
				"Authorization: TC3-HMAC-SHA256 Credential=" + c.id + "/2019-02-25/cvm/tc3_request, SignedHeaders=" + c.signed + ", Signature=" + c.sig + "\r\n" +
				"Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body
			rep, err := verify.Text([]byte(text), verify.Options{SecretKey: c.key, Now: time.Unix(1551113065, 0)})
			require.NoError(t, err)
			wantValid(t, rep)
			assert.Equal(t, "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064", rep.Expected.HashedPayload, "hashed payload")
		})
	}
}

// The worked example of "Signature" (签名方法, v1): HmacSHA1 without a
// SignatureMethod parameter, signature URL-encoded on the wire.
func TestDocExampleV1(t *testing.T) {
	q := "Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0&Region=ap-guangzhou" +
		"&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Signature=EliP9YW3pW28FpsEdkXt%2F%2BWcGeI%3D&Timestamp=1465185768&Version=2017-03-12"
	rep, err := verify.Text([]byte("GET /?"+q+" HTTP/1.1\r\nHost: cvm.tencentcloudapi.com\r\n\r\n"),
		verify.Options{SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", Now: time.Unix(1465185768, 0)})
	require.NoError(t, err)
	wantValid(t, rep)
	assert.Equal(t, signer.HmacSHA1, rep.Received.SignatureMethod, "received %+v warnings %v", rep.Received, rep.Warnings)
	assert.True(t, has(rep.Warnings, "content-type-missing"), "received %+v warnings %v", rep.Received, rep.Warnings)
}
