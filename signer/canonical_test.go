package signer

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/protocol"
)

// The exported builders must reproduce the worked examples of Tencent's
// "Signature v3" and "Signature" (v1) documents step by step.
func TestVerifyAPIDocExamples(t *testing.T) {
	// Signature v3, step 3: key chain for "TC3"+32*"*", 2019-02-25, cvm.
	kDate, kService, kSigning := TC3Keys(strings.Repeat("*", 32), "2019-02-25", "cvm")
	for name, c := range map[string]struct {
		got  [32]byte
		want string
	}{
		"kDate":    {kDate, "da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0"},
		"kService": {kService, "8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f"},
		"kSigning": {kSigning, "b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af"},
	} {
		assert.Equal(t, c.want, hex.EncodeToString(c.got[:]), name)
	}

	// Signature v3, steps 1 to 3: canonical request → string to sign → signature.
	cr := "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n" +
		"35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
	hcr := SHA256Hex([]byte(cr))
	assert.Equal(t, "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031", hcr, "hashed canonical request")
	date := UTCDate(1551113065)
	assert.Equal(t, "2019-02-25", date, "UTCDate(1551113065) (UTC, not UTC+8)")
	sts := TC3StringToSign("1551113065", date+"/cvm/tc3_request", hcr)
	assert.Equal(t, "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"+hcr, sts, "string to sign")
	_, _, k := TC3Keys("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", date, "cvm")
	assert.Equal(t, "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168", TC3Signature(k, sts), "signature")

	// Signature (v1): HmacSHA1 (and HmacSHA256 of the same string, informational).
	v1 := "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0" +
		"&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768&Version=2017-03-12"
	assert.Equal(t, "EliP9YW3pW28FpsEdkXt/+WcGeI=", V1Signature(HmacSHA1, "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", v1), "v1 HmacSHA1")
	assert.Equal(t, "EliP9YW3pW28FpsEdkXt/+WcGeI=", V1Signature("", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", v1),
		"v1 without SignatureMethod must be HmacSHA1")
	assert.Equal(t, "bR/zQ3QqOmcEYeRv71IzG/NxfisUDgy9cqRMQC+UB5g=", V1Signature(HmacSHA256, "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", v1), "v1 HmacSHA256")
}

// The helpers must agree with Sign itself on a signed request.
func TestVerifyAPIAgreesWithSign(t *testing.T) {
	res, err := Sign(&Request{Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances",
		Version: "2017-03-12", Timestamp: 1700006400, Payload: []byte(`{"Limit":1}`)},
		Credentials{SecretID: "AKIDx", SecretKey: "key"})
	require.NoError(t, err)
	assert.Equal(t, res.Date, UTCDate(1700006400), "UTCDate, against the date Sign used")
	_, _, k := TC3Keys("key", res.Date, "cvm")
	sts := TC3StringToSign("1700006400", res.CredentialScope, SHA256Hex([]byte(res.CanonicalRequest)))
	assert.Equal(t, res.StringToSign, sts, "string to sign, against Sign's")
	assert.Equal(t, res.Signature, TC3Signature(k, sts), "signature, against Sign's")
}

// TestBuildersDocExample builds the documentation's canonical request,
// credential scope and Authorization from their parts, one builder each.
func TestBuildersDocExample(t *testing.T) {
	hdrs := CanonicalHeaders([]Header{
		{"content-type", " Application/JSON; charset=utf-8 "}, // trimmed and lower-cased
		{"host", "cvm.tencentcloudapi.com"},
	})
	require.Equal(t, "content-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n", hdrs)
	sh := string(AppendSignedHeaders(nil, []string{"content-type", "host"}))
	require.Equal(t, "content-type;host", sh)
	cr := CanonicalRequest("POST", CanonicalURI, "", hdrs, sh, "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064")
	want := strings.Join([]string{
		"POST",
		"/",
		"",
		"content-type:application/json; charset=utf-8",
		"host:cvm.tencentcloudapi.com",
		"",
		"content-type;host",
		"35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064",
	}, "\n")
	if diff := cmp.Diff(want, cr); diff != "" {
		t.Errorf("canonical request (-want +got):\n%s", diff)
	}
	scope := CredentialScope("2019-02-25", "cvm")
	require.Equal(t, "2019-02-25/cvm/tc3_request", scope)
	require.Equal(t, scope, string(AppendCredentialScope(nil, "2019-02-25", "cvm")))
	sts := TC3StringToSign("1551113065", scope, SHA256Hex([]byte(cr)))
	require.Equal(t, sts, string(AppendTC3StringToSign(nil, "1551113065", scope, SHA256Hex([]byte(cr)))))
	_, _, k := TC3Keys("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "2019-02-25", "cvm")
	auth := TC3Authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", scope, sh, TC3Signature(k, sts))
	require.Equal(t, "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "+
		"SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168", auth)

	// Signature (v1): the parameters sorted with the last of each name
	// kept and Signature left out, then the string to sign.
	ps := V1Params([]Param{
		{"Version", "2017-03-12"}, {"Timestamp", "1465185768"}, {"SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"},
		{"Signature", "ignored"}, {"Region", "ap-guangzhou"}, {"Offset", "0"}, {"Nonce", "11886"}, {"Limit", "10"},
		{"InstanceIds.0", "ins-09dx96dg"}, {"Action", "DescribeInstances"}, {"Limit", "20"},
	})
	require.Equal(t, "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0"+
		"&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768&Version=2017-03-12",
		V1StringToSign("GET", "cvm.tencentcloudapi.com", "/", ps))
	require.Equal(t, "InstanceIds.0=ins-09dx96dg&Region=ap+guangzhou%2F%26", CanonicalQuery([]Param{
		{"Region", "ap guangzhou/&"}, {"InstanceIds.0", "ins-09dx96dg"},
	}))
}

// TestBuildersAgreeWithSign rebuilds every string of Sign's trace from the
// exported builders: the signer and a verifier share one canonicaliser.
func TestBuildersAgreeWithSign(t *testing.T) {
	cred := Credentials{SecretID: "AKIDx", SecretKey: "key", Token: "tok"}
	t.Run("TC3 GET with an extra signed header", func(t *testing.T) {
		params := []Param{{"Limit", "1"}, {"Filters.0.Name", "zone"}, {"Filters.0.Values.0", "ap-guangzhou-3"}}
		res, err := Sign(&Request{Method: "GET", Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances",
			Version: "2017-03-12", Region: "ap-guangzhou", Timestamp: 1700006400, Params: params,
			SignedHeaders: []string{"X-TC-Action"}}, cred)
		require.NoError(t, err)
		query := CanonicalQuery(params)
		hdrs := CanonicalHeaders([]Header{
			{"content-type", protocol.ContentTypeForm}, {"host", "cvm.tencentcloudapi.com"}, {"x-tc-action", "DescribeInstances"},
		})
		sh := string(AppendSignedHeaders(nil, []string{"content-type", "host", "x-tc-action"}))
		cr := CanonicalRequest("GET", CanonicalURI, query, hdrs, sh, SHA256Hex(nil))
		scope := CredentialScope(UTCDate(1700006400), "cvm")
		sts := TC3StringToSign("1700006400", scope, SHA256Hex([]byte(cr)))
		_, _, k := TC3Keys("key", UTCDate(1700006400), "cvm")
		sig := TC3Signature(k, sts)
		assert.Equal(t, query, res.CanonicalQuery)
		assert.Equal(t, hdrs, res.CanonicalHeaders)
		assert.Equal(t, sh, res.SignedHeaders)
		assert.Equal(t, cr, res.CanonicalRequest)
		assert.Equal(t, scope, res.CredentialScope)
		assert.Equal(t, sts, res.StringToSign)
		assert.Equal(t, sig, res.Signature)
		assert.Equal(t, TC3Authorization("AKIDx", scope, sh, sig), res.Authorization)
		assert.Equal(t, "https://cvm.tencentcloudapi.com/?"+query, res.URL)
	})
	t.Run("TC3 POST with an unsigned payload", func(t *testing.T) {
		res, err := Sign(&Request{Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances",
			Version: "2017-03-12", Timestamp: 1700006400, Payload: []byte(`{"Limit":1}`), UnsignedPayload: true}, cred)
		require.NoError(t, err)
		assert.Equal(t, UnsignedPayloadSHA256, SHA256Hex([]byte("UNSIGNED-PAYLOAD")))
		assert.Equal(t, UnsignedPayloadSHA256, res.HashedPayload)
		cr := CanonicalRequest("POST", CanonicalURI, "", res.CanonicalHeaders, "content-type;host", UnsignedPayloadSHA256)
		assert.Equal(t, cr, res.CanonicalRequest)
	})
	for _, method := range []string{HmacSHA1, HmacSHA256} {
		t.Run("v1 "+method, func(t *testing.T) {
			res, err := Sign(&Request{Method: "POST", Host: "cvm.tencentcloudapi.com", Action: "DescribeInstances",
				Version: "2017-03-12", Region: "ap-guangzhou", Timestamp: 1700006400, Nonce: "42", SignatureMethod: method,
				Params: []Param{{"Limit", "1"}, {"InstanceIds.10", "b"}, {"InstanceIds.2", "a"}}}, cred)
			require.NoError(t, err)
			ps := V1Params([]Param{
				{"Action", "DescribeInstances"}, {"Nonce", "42"}, {"SecretId", "AKIDx"}, {"Timestamp", "1700006400"},
				{"Version", "2017-03-12"}, {"SignatureMethod", method}, {"Region", "ap-guangzhou"}, {"Token", "tok"},
				{"Limit", "1"}, {"InstanceIds.10", "b"}, {"InstanceIds.2", "a"},
			})
			assert.Equal(t, ps, res.SortedParams)
			sts := V1StringToSign("POST", "cvm.tencentcloudapi.com", "/", ps)
			assert.Equal(t, sts, res.StringToSign)
			assert.Equal(t, V1Signature(method, "key", sts), res.Signature)
			assert.Equal(t, EncodeParams(SortParams(append(ps, Param{"Signature", res.Signature}))), string(res.Body))
		})
	}
}

func TestCanonicalHeaderValue(t *testing.T) {
	for in, want := range map[string]string{
		"DescribeInstances":                  "describeinstances",
		" application/json; charset=UTF-8\t": "application/json; charset=utf-8",
		"cvm.tencentcloudapi.com":            "cvm.tencentcloudapi.com",
		"Ünïcode É":                          "Ünïcode É", // only ASCII letters are lower-cased, as Sign does
		"":                                   "",
	} {
		assert.Equal(t, want, CanonicalHeaderValue(in), "%q", in)
		assert.Equal(t, want+"\n", strings.TrimPrefix(CanonicalHeaders([]Header{{"x", in}}), "x:"), "%q", in)
	}
}
