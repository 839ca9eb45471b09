package request

import (
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
	require.NoError(t, err)
	assert.Equal(t, "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168", res.Signature, "signature")
	assert.Equal(t, "https://cvm.tencentcloudapi.com/", res.URL, "url")
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
	require.NoError(t, err)
	assert.Equal(t, "cvm.ap-shanghai-fsi.tencentcloudapi.com", res.Headers.Get("Host"), "host")
	r.Host = "cvm.tencentcloudapi.com"
	_, err = Sign(r)
	assert.ErrorContains(t, err, "ap-shanghai-fsi", "explicit nearest host for a financial zone")
}

func TestUnknownRegionWarns(t *testing.T) {
	r := base()
	r.Region = "ap-atlantis"
	r.Data = []byte("{}")
	res, err := Sign(r)
	require.NoError(t, err)
	require.NotEmpty(t, res.Warnings, "warnings")
	assert.Contains(t, res.Warnings[0], "ap-atlantis", "the first warning")
}

func TestGETFlattensDataAndParamsOverride(t *testing.T) {
	r := base()
	r.Method = "GET"
	r.Data = []byte(`{"InstanceIds":["ins-1","ins-2"],"Limit":20}`)
	r.Params = map[string]string{"Limit": "5", "Empty": ""}
	res, err := Sign(r)
	require.NoError(t, err)
	assert.Equal(t, "https://cvm.tencentcloudapi.com/?Empty=&InstanceIds.0=ins-1&InstanceIds.1=ins-2&Limit=5", res.URL, "url")
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
	require.NoError(t, err)
	assert.Equal(t, "38c69c7fb09359d0fb6e07dcba5cb6c93401c10ac762850b15c4e8443e64e1b5", res.HashedPayload, "payload hash; body %q", res.Body)
	// The signature the Go SDK produced for this vector
	// (signer/testdata/vectors.json).
	assert.Equal(t, "61297f45a3fed4a08ecfa4c500b4dfe66bc02e8a65def6d4c97db65828e72412", res.Signature, "signature")
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
		if assert.ErrorAs(t, err, &fe, "%s missing", field) {
			assert.Equal(t, field, fe.Field, "%s missing: err = %v", field, err)
		}
	}
	r := base()
	r.SecretKey = ""
	_, err := Sign(r)
	assert.ErrorIs(t, err, signer.ErrMissingCredentials, "no secret key")
}

func TestBadServiceNamesTheField(t *testing.T) {
	r := base()
	r.Service = "CVM"
	_, err := Sign(r)
	var fe *signer.FieldError
	if assert.ErrorAs(t, err, &fe) {
		assert.Equal(t, "Service", fe.Field, "field")
		assert.Contains(t, err.Error(), `"CVM"`)
	}
	t.Log(err)
}

func TestSignWithMatchesSign(t *testing.T) {
	var s signer.Signer
	for i, data := range [][]byte{[]byte(`{"Limit":1}`), []byte(`{"Limit":2}`), []byte(`{}`)} {
		r := base()
		r.Data = data
		want, err := Sign(r)
		require.NoError(t, err)
		got, err := SignWith(&s, r)
		require.NoError(t, err)
		assert.Equal(t, want.Signature, got.Signature, "request %d: SignWith, against Sign", i)
		assert.Equal(t, want.Authorization, got.Authorization, "request %d: SignWith, against Sign", i)
		// Compared, not printed: derived keys are secret-equivalent.
		assert.True(t, got.DerivedKeys == want.DerivedKeys, "request %d: SignWith's derived keys differ from Sign's", i)
	}
}
