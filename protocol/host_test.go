package protocol

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSplitHost is the one table of which names are Tencent Cloud API
// hosts. Policy on top of it (the relay refusing internal hosts, the
// endpoint table's financial-zone rules) is tested where it lives.
func TestSplitHost(t *testing.T) {
	label63 := strings.Repeat("a", 63)
	cases := []struct {
		host            string
		service, middle string
		ok              bool
	}{
		{"cvm.tencentcloudapi.com", "cvm", "", true},
		{"cvm.ap-guangzhou.tencentcloudapi.com", "cvm", "ap-guangzhou", true},
		{"cvm.ap-shanghai-fsi.tencentcloudapi.com", "cvm", "ap-shanghai-fsi", true},
		{"cvm.intl.tencentcloudapi.com", "cvm", "intl", true},
		{"cls.internal.tencentcloudapi.com", "cls", "internal", true},
		{"tke-cloud-gw.tencentcloudapi.com", "tke-cloud-gw", "", true},
		{"a1.tencentcloudapi.com", "a1", "", true},
		{label63 + ".tencentcloudapi.com", label63, "", true},

		{"", "", "", false},
		{"tencentcloudapi.com", "", "", false},
		{".tencentcloudapi.com", "", "", false},
		{"cvm..tencentcloudapi.com", "", "", false},
		{"CVM.tencentcloudapi.com", "", "", false},
		{"cvm.tencentcloudapi.com.", "", "", false},
		{"cvm.tencentcloudapi.com:443", "", "", false},
		{"https://cvm.tencentcloudapi.com", "", "", false},
		{"cvm.tencentcloudapi.com/", "", "", false},
		{"user@cvm.tencentcloudapi.com", "", "", false},
		{"cvm.guangzhou.tencentcloudapi.com", "", "", false}, // a middle label that is no region ID
		{"a.b.c.tencentcloudapi.com", "", "", false},
		{"cvm.ap-guangzhou.x.tencentcloudapi.com", "", "", false},
		{"-cvm.tencentcloudapi.com", "", "", false},
		{"cvm-.tencentcloudapi.com", "", "", false},
		{"cvm.-ap.tencentcloudapi.com", "", "", false},
		{"cv_m.tencentcloudapi.com", "", "", false},
		{label63 + "a.tencentcloudapi.com", "", "", false},
		{"xn--cvm-9na.tencentcloudapi.com", "", "", false},
		{"cvm.xn--ap-guangzhou-9na.tencentcloudapi.com", "", "", false},
		{"cvm.tencentcloudap\u0131.com", "", "", false},
		{"tencentcloudapi.com.evil.example", "", "", false},
		{"cvm.tencentcloudapi.com.evil.example", "", "", false},
		{"evilcvm-tencentcloudapi.com", "", "", false},
		{"metadata.tencentyun.com", "", "", false},
		{"127.0.0.1", "", "", false},
	}
	for _, tc := range cases {
		t.Run(tc.host, func(t *testing.T) {
			service, middle, ok := SplitHost(tc.host)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.service, service)
			assert.Equal(t, tc.middle, middle)
			assert.Equal(t, tc.ok, IsAPIHost(tc.host))
		})
	}
}

func TestLimit(t *testing.T) {
	for _, tc := range []struct {
		method, signatureMethod string
		want                    int
	}{
		{"GET", AlgorithmTC3, 32768},
		{"GET", HmacSHA1, 32768},
		{"POST", HmacSHA1, 1048576},
		{"POST", HmacSHA256, 1048576},
		{"POST", AlgorithmTC3, 10485760},
		{"POST", "", 10485760},
	} {
		assert.Equal(t, tc.want, Limit(tc.method, tc.signatureMethod), "%s %s", tc.method, tc.signatureMethod)
	}
}

func TestContentTypeAllowed(t *testing.T) {
	all := []string{ContentTypeJSON, ContentTypeForm, ContentTypeMultipart, ContentTypeOctet, "text/plain"}
	for _, tc := range []struct {
		method, signatureMethod string
		allowed                 []string
		byDefault               string
	}{
		{"GET", AlgorithmTC3, []string{ContentTypeForm}, ContentTypeForm},
		{"GET", HmacSHA1, []string{ContentTypeForm}, ContentTypeForm},
		{"POST", AlgorithmTC3, []string{ContentTypeJSON, ContentTypeMultipart, ContentTypeOctet}, ContentTypeJSON},
		{"POST", HmacSHA1, []string{ContentTypeForm}, ContentTypeForm},
		{"POST", HmacSHA256, []string{ContentTypeForm}, ContentTypeForm},
	} {
		var got []string
		for _, mt := range all {
			if ContentTypeAllowed(tc.method, tc.signatureMethod, mt) {
				got = append(got, mt)
			}
		}
		assert.Equal(t, tc.allowed, got, "%s %s", tc.method, tc.signatureMethod)
		def := DefaultContentType(tc.method, tc.signatureMethod)
		assert.Equal(t, tc.byDefault, def, "%s %s default", tc.method, tc.signatureMethod)
		assert.True(t, ContentTypeAllowed(tc.method, tc.signatureMethod, def), "the default is allowed")
	}
}
