//go:build !js

package verify_test

import (
	"bytes"
	"log"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/internal/sdktest"
	"github.com/tcsig/tcsig/verify"
)

// captured is the request the SDK sent, as capture would read it off the
// wire: the Host header first, then the SDK's headers and body.
func captured(rt *sdktest.Recorder) *capture.Request {
	r := rt.Req
	if r == nil {
		return nil
	}
	host := r.Host
	if host == "" {
		host = r.URL.Host
	}
	c := &capture.Request{Method: r.Method, Scheme: r.URL.Scheme, Host: host, Path: r.URL.EscapedPath(), RawQuery: r.URL.RawQuery, Body: rt.Body}
	c.Header = append(c.Header, capture.Field{Name: "Host", Value: host})
	for k, vs := range r.Header {
		for _, v := range vs {
			c.Header = append(c.Header, capture.Field{Name: k, Value: v})
		}
	}
	return c
}

func sdkRequest() *sdktest.Request {
	s := sdktest.String
	limit := int64(20)
	req := sdktest.NewRequest("cvm", "2017-03-12", "DescribeInstances")
	req.InstanceIds = []*string{s("ins-09dx96dg"), s("ins-abc12345")}
	req.Filters = []*sdktest.Filter{{Name: s("instance-name"), Values: []*string{s("未命名 a+b&c=d/é")}}}
	req.Limit = &limit
	return req
}

// Requests signed by the official Go SDK, captured on their way out,
// verify as valid: TC3, HmacSHA256 and HmacSHA1, GET and POST.
func TestOfficialSDKRequestsVerify(t *testing.T) {
	for _, signMethod := range []string{"TC3-HMAC-SHA256", "HmacSHA256", "HmacSHA1"} {
		for _, method := range []string{"POST", "GET"} {
			t.Run(signMethod+" "+method, func(t *testing.T) {
				cred := common.NewCredential(testID, testKey)
				cp := profile.NewClientProfile()
				cp.SignMethod = signMethod
				cp.HttpProfile.ReqMethod = method
				rt := &sdktest.Recorder{}
				client := common.NewCommonClient(cred, "ap-guangzhou", cp)
				client.WithHttpTransport(rt)
				require.NoError(t, client.Send(sdkRequest(), sdktest.NewResponse()))
				got := captured(rt)
				require.NotNil(t, got, "nothing captured")
				rep := verify.Check(got, verify.Options{SecretKey: testKey, Now: time.Now()})
				wantValid(t, rep)
				assert.Equal(t, signMethod, rep.Received.SignatureMethod, "received %+v", rep.Received)
				assert.Equal(t, "DescribeInstances", rep.Received.Action, "received %+v", rep.Received)
				// The same capture with the wrong key is a SignatureFailure.
				bad := verify.Check(got, verify.Options{SecretKey: testKey[:len(testKey)-1] + "1", Now: time.Now()})
				wantInvalid(t, bad, verify.CodeSignatureFailure, "")
				// A body or query changed in transit is caught too.
				tampered := *got
				if method == "POST" {
					tampered.Body = bytes.Replace(tampered.Body, []byte("20"), []byte("21"), 1)
				} else {
					tampered.RawQuery = strings.Replace(tampered.RawQuery, "Limit=20", "Limit=21", 1)
				}
				wantInvalid(t, verify.Check(&tampered, verify.Options{SecretKey: testKey, Now: time.Now()}), verify.CodeSignatureFailure, "")
			})
		}
	}
}

// The SDK's own debug log (profile Debug=true), pasted as it is, verifies:
// capture finds the request dump and verify recomputes it.
func TestOfficialSDKDebugLogVerifies(t *testing.T) {
	for _, c := range []struct{ signMethod, method string }{
		{"TC3-HMAC-SHA256", "POST"}, {"TC3-HMAC-SHA256", "GET"}, {"HmacSHA256", "POST"}, {"HmacSHA1", "GET"},
	} {
		t.Run(c.signMethod+" "+c.method, func(t *testing.T) {
			var logBuf bytes.Buffer
			cp := profile.NewClientProfile()
			cp.SignMethod = c.signMethod
			cp.HttpProfile.ReqMethod = c.method
			client := common.NewCommonClient(common.NewCredential(testID, testKey), "ap-guangzhou", cp)
			client.WithHttpTransport(&sdktest.Recorder{})
			client.WithDebug(true)
			client.WithLogger(log.New(&logBuf, "", log.LstdFlags))
			require.NoError(t, client.Send(sdkRequest(), sdktest.NewResponse()))
			rep, err := verify.Text(logBuf.Bytes(), verify.Options{SecretKey: testKey, Now: time.Now()})
			require.NoError(t, err, "the SDK's debug log:\n%s", logBuf.String())
			wantValid(t, rep)
			assert.Equal(t, c.signMethod, rep.Received.SignatureMethod, "signature method")
		})
	}
}
