package capture

import (
	"bytes"
	"log"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"

	"github.com/tcsig/tcsig/internal/sdktest"
)

func TestParseSDKDebug(t *testing.T) {
	// testdata/sdk/go-sdk-v1.3.212-debug.log is stderr of the real SDK.
	const auth = "TC3-HMAC-SHA256 Credential=AKIDEXAMPLEvectorSecretId0000000000/2026-11-27/cvm/tc3_request, SignedHeaders=content-type;host, Signature=2b86937243475465f47f8845e18a58b9f8374aba9f6f87bcb12eceb7e328b548"
	sdkHeader := func(contentType, auth string) []Field {
		return []Field{
			{"Host", "cvm.tencentcloudapi.com"},
			{"Authorization", auth},
			{"Content-Type", contentType},
			{"X-Tc-Action", "DescribeInstances"},
			{"X-Tc-Language", "zh-CN"},
			{"X-Tc-Region", "ap-guangzhou"},
			{"X-Tc-Requestclient", "SDK_GO_1.3.212"},
			{"X-Tc-Timestamp", "1795749718"},
			{"X-Tc-Version", "2017-03-12"},
		}
	}
	realLog := string(readTestdata(t, "sdk/go-sdk-v1.3.212-debug.log"))
	getAt := strings.Index(realLog, "2026/11/27 03:21:58 client.go:552: [DEBUG] http request: GET")
	require.GreaterOrEqual(t, getAt, 0, "fixture changed: no GET entry")
	const getAuth = "TC3-HMAC-SHA256 Credential=AKIDEXAMPLEvectorSecretId0000000000/2026-11-27/cvm/tc3_request, SignedHeaders=content-type;host, Signature=7068a03fd5b85452802bf4bc9287bc3f03708ed10c199b4eedcb98e54d40cc4a"

	tests := []struct {
		name  string
		in    string
		want  *Request
		notes []string
	}{
		{
			name: "v1.3.212 POST as the SDK prints it, response dump after it",
			in:   realLog,
			want: &Request{Method: "POST", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: sdkHeader("application/json", auth),
				Body:   []byte(`{"Filters":[{"Name":"instance-name","Values":["未命名"]}],"Limit":1}`), Format: FormatSDKDebug},
			notes: []string{"log.Printf adds", "holds 2 requests; parsed the first (line 1)", "response dump"},
		},
		{
			name: "v1.3.212 GET with flattened query, no body",
			in:   realLog[getAt:],
			want: &Request{Method: "GET", Host: "cvm.tencentcloudapi.com", Path: "/",
				RawQuery: "InstanceIds.0=ins-a+b%2Fc&InstanceIds.1=ins%2B2&Limit=2",
				Header:   sdkHeader("application/x-www-form-urlencoded", getAuth), Format: FormatSDKDebug},
			notes: []string{"response dump"},
		},
		{
			name: "older SDK: log.Printf(\"[DEBUG] http request = %s\"), CRLF lost in the paste, other log lines around",
			in: lf(
				"2019/02/26 00:44:25 some app line",
				"2019/02/26 00:44:25 [DEBUG] http request = POST / HTTP/1.1",
				"Host: cvm.tencentcloudapi.com",
				"Content-Type: application/json",
				"X-Tc-Action: DescribeInstances",
				"",
				`{"Limit":1}`,
				"2019/02/26 00:44:25 app continues",
			),
			want: &Request{Method: "POST", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"Host", "cvm.tencentcloudapi.com"}, {"Content-Type", "application/json"}, {"X-Tc-Action", "DescribeInstances"}},
				Body:   []byte(`{"Limit":1}`), Format: FormatSDKDebug},
			notes: []string{"log.Printf adds"},
		},
		{
			name:  "custom logger without date prefix, body ends the paste without a newline",
			in:    "[DEBUG] http request: POST / HTTP/1.1\r\nHost: h\r\n\r\n{}",
			want:  &Request{Method: "POST", Host: "h", Path: "/", Header: []Field{{"Host", "h"}}, Body: []byte("{}"), Format: FormatSDKDebug},
			notes: noNotes,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseSDKDebug([]byte(tt.in))
			require.NoError(t, err, "ParseSDKDebug")
			checkRequest(t, got, tt.want, tt.notes)
			viaParse, err := Parse([]byte(tt.in))
			require.NoError(t, err, "Parse")
			if diff := cmp.Diff(got, viaParse); diff != "" {
				t.Errorf("Parse differs (-ParseSDKDebug +Parse):\n%s", diff)
			}
		})
	}
}

func TestParseSDKDebugErrors(t *testing.T) {
	_, err := ParseSDKDebug([]byte("2024/01/02 15:04:05 [DEBUG] something else\n"))
	checkErr(t, err, ErrUnknownFormat, "profile.Debug = true")

	in := lf("x", "2024/01/02 15:04:05 [DEBUG] http request: POST / HTTP/1.1", "Host h", "", "")
	_, err = ParseSDKDebug([]byte(in))
	pe := checkErr(t, err, nil, "line 3:", "no colon")
	assert.Equal(t, 3, pe.Line, "Line (lines count in the whole log)")
}

// The SDK in go.mod logs a request; the parsed log must be the request
// its transport received: same method, URI, host, headers and body bytes.
func TestParseSDKDebugRoundTripThroughRealSDK(t *testing.T) {
	var logBuf bytes.Buffer
	rt := &sdktest.Recorder{Response: `{"Response":{"TotalCount":0,"InstanceSet":[],"RequestId":"b5b41468-520d-4192-b42f-595cc34b6c1c"}}`}
	cp := profile.NewClientProfile()
	cp.Debug = true
	cred := common.NewCredential("AKIDEXAMPLEvectorSecretId0000000000", "VectorSecretKeyExample0000000000")
	c := common.NewCommonClient(cred, "ap-shanghai", cp).WithHttpTransport(rt)
	c.WithLogger(log.New(&logBuf, "", log.LstdFlags|log.Lshortfile))

	req := tchttp.NewCommonRequest("tmt", "2018-03-21", "TextTranslate")
	require.NoError(t, req.SetActionParameters(map[string]any{"SourceText": "a<b>&c 未命名 😀\n", "Source": "auto", "Target": "en", "ProjectId": 0}))
	require.NoError(t, c.Send(req, tchttp.NewCommonResponse()))
	require.Equal(t, 1, rt.Count, "requests the transport saw")
	got, err := Parse(logBuf.Bytes())
	require.NoError(t, err, "Parse(log); log:\n%s", logBuf.String())
	sent := rt.Req
	assert.Equal(t, FormatSDKDebug, got.Format, "format")
	assert.Equal(t, sent.Method, got.Method, "method, against what was sent")
	assert.Equal(t, sent.URL.RequestURI(), got.RequestURI(), "request URI, against what was sent")
	assert.Equal(t, sent.Host, got.Host, "host, against what was sent")
	assert.Equal(t, rt.Body, got.Body, "body, against what was sent")
	for name, values := range sent.Header {
		if diff := cmp.Diff(values, got.Values(name)); diff != "" {
			t.Errorf("header %s (-sent +parsed):\n%s", name, diff)
		}
	}
	// Host is a header in the dump, not in http.Header.
	assert.Len(t, sent.Header, len(got.Header)-1, "headers besides Host: sent, against parsed")
}
