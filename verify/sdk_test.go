//go:build !js

package verify_test

import (
	"bytes"
	"io"
	"log"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/verify"
)

// Typed request and response as the per-service SDK modules declare them
// (those modules are not available here, only common).
type sdkFilter struct {
	Name   *string   `json:"Name,omitnil,omitempty" name:"Name"`
	Values []*string `json:"Values,omitnil,omitempty" name:"Values"`
}

type sdkDescribeRequest struct {
	*tchttp.BaseRequest
	InstanceIds []*string    `json:"InstanceIds,omitnil,omitempty" name:"InstanceIds"`
	Filters     []*sdkFilter `json:"Filters,omitnil,omitempty" name:"Filters"`
	Limit       *int64       `json:"Limit,omitnil,omitempty" name:"Limit"`
}

type sdkDescribeResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		RequestId *string `json:"RequestId"`
	} `json:"Response"`
}

// recorder is an http.RoundTripper that keeps the request as it would
// leave and answers like the API.
type recorder struct {
	mu  sync.Mutex
	got *capture.Request
}

func (rt *recorder) RoundTrip(r *http.Request) (*http.Response, error) {
	var body []byte
	if r.Body != nil {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, err
		}
		body = b
	}
	host := r.Host
	if host == "" {
		host = r.URL.Host
	}
	c := &capture.Request{Method: r.Method, Scheme: r.URL.Scheme, Host: host, Path: r.URL.EscapedPath(), RawQuery: r.URL.RawQuery, Body: body}
	c.Header = append(c.Header, capture.Field{Name: "Host", Value: host})
	for k, vs := range r.Header {
		for _, v := range vs {
			c.Header = append(c.Header, capture.Field{Name: k, Value: v})
		}
	}
	rt.mu.Lock()
	rt.got = c
	rt.mu.Unlock()
	return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(`{"Response":{"RequestId":"r"}}`)), Request: r}, nil
}

func sdkRequest() *sdkDescribeRequest {
	s := func(v string) *string { return &v }
	limit := int64(20)
	req := &sdkDescribeRequest{BaseRequest: &tchttp.BaseRequest{},
		InstanceIds: []*string{s("ins-09dx96dg"), s("ins-abc12345")},
		Filters:     []*sdkFilter{{Name: s("instance-name"), Values: []*string{s("未命名 a+b&c=d/é")}}},
		Limit:       &limit}
	req.Init().WithApiInfo("cvm", "2017-03-12", "DescribeInstances")
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
				rt := &recorder{}
				client := common.NewCommonClient(cred, "ap-guangzhou", cp)
				client.WithHttpTransport(rt)
				if err := client.Send(sdkRequest(), &sdkDescribeResponse{BaseResponse: &tchttp.BaseResponse{}}); err != nil {
					t.Fatal(err)
				}
				if rt.got == nil {
					t.Fatal("nothing captured")
				}
				rep := verify.Check(rt.got, verify.Options{SecretKey: testKey, Now: time.Now()})
				wantValid(t, rep)
				if rep.Received.SignatureMethod != signMethod || rep.Received.Action != "DescribeInstances" {
					t.Errorf("received %+v", rep.Received)
				}
				// The same capture with the wrong key is a SignatureFailure.
				bad := verify.Check(rt.got, verify.Options{SecretKey: testKey[:len(testKey)-1] + "1", Now: time.Now()})
				wantInvalid(t, bad, verify.CodeSignatureFailure, "")
				// A body or query changed in transit is caught too.
				tampered := *rt.got
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
			client.WithHttpTransport(&recorder{})
			client.WithDebug(true)
			client.WithLogger(log.New(&logBuf, "", log.LstdFlags))
			if err := client.Send(sdkRequest(), &sdkDescribeResponse{BaseResponse: &tchttp.BaseResponse{}}); err != nil {
				t.Fatal(err)
			}
			rep, err := verify.Text(logBuf.Bytes(), verify.Options{SecretKey: testKey, Now: time.Now()})
			if err != nil {
				t.Fatalf("%v\n%s", err, logBuf.String())
			}
			wantValid(t, rep)
			if rep.Received.SignatureMethod != c.signMethod {
				t.Errorf("signature method %s", rep.Received.SignatureMethod)
			}
		})
	}
}
