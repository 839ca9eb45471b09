package request

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/signer"
)

func base() *Input {
	return &Input{
		Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: "ap-guangzhou",
		Timestamp: 1551113065, SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
	}
}

func TestSignDocumentedExampleThroughSpec(t *testing.T) {
	r := base()
	r.ContentType = "application/json; charset=utf-8"
	r.Data = []byte(`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`)
	res, err := Sign(r)
	if err != nil {
		t.Fatal(err)
	}
	if want := "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"; res.Signature != want {
		t.Errorf("signature %s, want %s", res.Signature, want)
	}
	if res.URL != "https://cvm.tencentcloudapi.com/" {
		t.Errorf("url %s", res.URL)
	}
}

func TestParseTimestamp(t *testing.T) {
	ts, err := ParseTimestamp("1551113065")
	require.NoError(t, err)
	assert.Equal(t, int64(1551113065), ts)
	for in, want := range map[string]string{
		"":             "Timestamp: required: Unix time in seconds",
		"1551113065.5": `Timestamp: must be Unix time in whole seconds, got "1551113065.5"`,
		"0":            `Timestamp: must be Unix time in whole seconds, got "0"`,
		"-5":           `Timestamp: must be Unix time in whole seconds, got "-5"`,
	} {
		_, err := ParseTimestamp(in)
		assert.EqualError(t, err, want, "ParseTimestamp(%q)", in)
	}
}

func TestFinancialZoneResolvesToItsOwnDomain(t *testing.T) {
	r := base()
	r.Region = "ap-shanghai-fsi"
	r.Data = []byte("{}")
	res, err := Sign(r)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Headers.Get("Host"); got != "cvm.ap-shanghai-fsi.tencentcloudapi.com" {
		t.Errorf("host %s", got)
	}
	r.Host = "cvm.tencentcloudapi.com"
	if _, err := Sign(r); err == nil || !strings.Contains(err.Error(), "ap-shanghai-fsi") {
		t.Errorf("explicit nearest host for a financial zone: err = %v", err)
	}
}

func TestUnknownRegionWarns(t *testing.T) {
	r := base()
	r.Region = "ap-atlantis"
	r.Data = []byte("{}")
	res, err := Sign(r)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) == 0 || !strings.Contains(res.Warnings[0], "ap-atlantis") {
		t.Errorf("warnings %q", res.Warnings)
	}
}

func TestGETFlattensDataAndParamsOverride(t *testing.T) {
	r := base()
	r.Method = "GET"
	r.Data = []byte(`{"InstanceIds":["ins-1","ins-2"],"Limit":20}`)
	r.Params = map[string]string{"Limit": "5", "Empty": ""}
	res, err := Sign(r)
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://cvm.tencentcloudapi.com/?Empty=&InstanceIds.0=ins-1&InstanceIds.1=ins-2&Limit=5"; res.URL != want {
		t.Errorf("url %s\nwant %s", res.URL, want)
	}
}

func TestMultipartMatchesOwnVector(t *testing.T) {
	r := &Input{
		Service: "iai", Action: "DetectFace", Version: "2020-03-03", Timestamp: 1710000000,
		SecretID: "AKIDEXAMPLEvectorSecretId0000000000", SecretKey: "VectorSecretKeyExample0000000000",
		Form: []FormField{
			{Name: "ImageName", Value: "logo.png"},
			{Name: "Image", Filename: "Image", Content: []byte("PNGDATA-0123")},
		},
		Boundary: "0123456789abcdef0123456789abcdef",
	}
	res, err := Sign(r)
	if err != nil {
		t.Fatal(err)
	}
	if want := "38c69c7fb09359d0fb6e07dcba5cb6c93401c10ac762850b15c4e8443e64e1b5"; res.HashedPayload != want {
		t.Errorf("payload hash %s, want %s\nbody %q", res.HashedPayload, want, res.Body)
	}
	// The signature the Go SDK produced for this vector
	// (signer/testdata/vectors.json).
	if want := "61297f45a3fed4a08ecfa4c500b4dfe66bc02e8a65def6d4c97db65828e72412"; res.Signature != want {
		t.Errorf("signature %s, want %s", res.Signature, want)
	}
}

func TestMissingInputsNameTheField(t *testing.T) {
	for field, mutate := range map[string]func(*Input){
		"Service":   func(r *Input) { r.Service = "" },
		"Action":    func(r *Input) { r.Action = "" },
		"Version":   func(r *Input) { r.Version = "" },
		"Timestamp": func(r *Input) { r.Timestamp = 0 },
	} {
		r := base()
		mutate(r)
		_, err := Sign(r)
		var fe *signer.FieldError
		if !errors.As(err, &fe) || fe.Field != field {
			t.Errorf("%s missing: err = %v", field, err)
		}
	}
	r := base()
	r.SecretKey = ""
	if _, err := Sign(r); !errors.Is(err, signer.ErrMissingCredentials) {
		t.Errorf("no secret key: err = %v", err)
	}
}

func TestBadServiceNamesTheField(t *testing.T) {
	r := base()
	r.Service = "CVM"
	_, err := Sign(r)
	var fe *signer.FieldError
	if !errors.As(err, &fe) || fe.Field != "Service" || !strings.Contains(err.Error(), `"CVM"`) {
		t.Errorf("err = %v", err)
	}
	t.Log(err)
}

func TestSignWithMatchesSign(t *testing.T) {
	var s signer.Signer
	for i, data := range [][]byte{[]byte(`{"Limit":1}`), []byte(`{"Limit":2}`), []byte(`{}`)} {
		r := base()
		r.Data = data
		want, err := Sign(r)
		if err != nil {
			t.Fatal(err)
		}
		got, err := SignWith(&s, r)
		if err != nil {
			t.Fatal(err)
		}
		if got.Signature != want.Signature || got.Authorization != want.Authorization || got.DerivedKeys != want.DerivedKeys {
			t.Errorf("request %d: SignWith gave %s, Sign %s", i, got.Signature, want.Signature)
		}
	}
}
