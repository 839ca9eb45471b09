package signer

import (
	"encoding/hex"
	"strings"
	"testing"
)

// The exported verifier helpers must reproduce the documentation's worked
// examples step by step ("Signature v3", 签名方法 v3, and "Signature", v1).
func TestVerifyAPIDocExamples(t *testing.T) {
	// 签名方法 v3's current example: key chain for "TC3"+32*"*", 2019-02-25, cvm.
	kDate, kService, kSigning := TC3Keys(strings.Repeat("*", 32), "2019-02-25", "cvm")
	for name, c := range map[string]struct {
		got  [32]byte
		want string
	}{
		"kDate":    {kDate, "da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0"},
		"kService": {kService, "8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f"},
		"kSigning": {kSigning, "b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af"},
	} {
		if got := hex.EncodeToString(c.got[:]); got != c.want {
			t.Errorf("%s = %s, want %s", name, got, c.want)
		}
	}

	// Signature v3's original example: canonical request → string to sign
	// → signature.
	cr := "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n" +
		"35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
	hcr := SHA256Hex([]byte(cr))
	if hcr != "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031" {
		t.Errorf("hashed canonical request = %s", hcr)
	}
	date := UTCDate(1551113065)
	if date != "2019-02-25" {
		t.Errorf("UTCDate(1551113065) = %s, want 2019-02-25 (UTC, not UTC+8)", date)
	}
	sts := TC3StringToSign("1551113065", date+"/cvm/tc3_request", hcr)
	if want := "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n" + hcr; sts != want {
		t.Errorf("string to sign = %q, want %q", sts, want)
	}
	_, _, k := TC3Keys("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", date, "cvm")
	if got, want := TC3Signature(k, sts), "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"; got != want {
		t.Errorf("signature = %s, want %s", got, want)
	}

	// Signature (v1): HmacSHA1 (and HmacSHA256 of the same string, informational).
	v1 := "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0" +
		"&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768&Version=2017-03-12"
	if got := V1Signature(HmacSHA1, "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", v1); got != "EliP9YW3pW28FpsEdkXt/+WcGeI=" {
		t.Errorf("v1 HmacSHA1 = %s", got)
	}
	if got := V1Signature("", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", v1); got != "EliP9YW3pW28FpsEdkXt/+WcGeI=" {
		t.Errorf("v1 without SignatureMethod must be HmacSHA1, got %s", got)
	}
	if got := V1Signature(HmacSHA256, "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", v1); got != "bR/zQ3QqOmcEYeRv71IzG/NxfisUDgy9cqRMQC+UB5g=" {
		t.Errorf("v1 HmacSHA256 = %s", got)
	}
}

// The helpers must agree with Sign itself on a signed request.
func TestVerifyAPIAgreesWithSign(t *testing.T) {
	res, err := Sign(&Request{Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances",
		Version: "2017-03-12", Timestamp: 1700006400, Payload: []byte(`{"Limit":1}`)},
		Credentials{SecretID: "AKIDx", SecretKey: "key"})
	if err != nil {
		t.Fatal(err)
	}
	if got := UTCDate(1700006400); got != res.Date {
		t.Errorf("UTCDate = %s, Sign used %s", got, res.Date)
	}
	_, _, k := TC3Keys("key", res.Date, "cvm")
	sts := TC3StringToSign("1700006400", res.CredentialScope, SHA256Hex([]byte(res.CanonicalRequest)))
	if sts != res.StringToSign {
		t.Errorf("string to sign %q, Sign gave %q", sts, res.StringToSign)
	}
	if got := TC3Signature(k, sts); got != res.Signature {
		t.Errorf("signature %s, Sign gave %s", got, res.Signature)
	}
}
