package emulate_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"

	"github.com/tcsig/tcsig/emulate"
	"github.com/tcsig/tcsig/signer"
)

const (
	id  = "AKIDEXAMPLEvectorSecretId0000000000"
	key = "VectorSecretKeyExample0000000000"
)

type describeRequest struct {
	*tchttp.BaseRequest
	InstanceIds []*string `json:"InstanceIds,omitnil,omitempty" name:"InstanceIds"`
	Limit       *int64    `json:"Limit,omitnil,omitempty" name:"Limit"`
}

type describeResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		RequestId *string
		Tcsig     *emulate.Echo
	} `json:"Response"`
}

func newRequest() *describeRequest {
	s := "ins-09dx96dg 实例"
	limit := int64(1)
	r := &describeRequest{BaseRequest: &tchttp.BaseRequest{}, InstanceIds: []*string{&s}, Limit: &limit}
	r.Init().WithApiInfo("cvm", "2017-03-12", "DescribeInstances")
	return r
}

// server runs the endpoint on loopback with one key.
func server(t *testing.T, now func() time.Time, log *slog.Logger) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(emulate.New(map[string]string{id: key}, emulate.Options{Now: now, Logger: log}))
	t.Cleanup(srv.Close)
	return srv
}

// sdkClient is the official Go SDK pointed at the local endpoint.
func sdkClient(srv *httptest.Server, secretID, secretKey, signMethod, method string) *common.Client {
	cp := profile.NewClientProfile()
	cp.SignMethod = signMethod
	cp.HttpProfile.ReqMethod = method
	cp.HttpProfile.Scheme = "HTTP"
	cp.HttpProfile.Endpoint = strings.TrimPrefix(srv.URL, "http://")
	return common.NewCommonClient(common.NewCredential(secretID, secretKey), "ap-guangzhou", cp)
}

func TestOfficialSDKAgainstEndpoint(t *testing.T) {
	var logBuf bytes.Buffer
	srv := server(t, time.Now, slog.New(slog.NewTextHandler(&logBuf, nil)))
	for _, signMethod := range []string{"TC3-HMAC-SHA256", "HmacSHA256", "HmacSHA1"} {
		for _, method := range []string{"POST", "GET"} {
			t.Run(signMethod+" "+method, func(t *testing.T) {
				resp := &describeResponse{BaseResponse: &tchttp.BaseResponse{}}
				if err := sdkClient(srv, id, key, signMethod, method).Send(newRequest(), resp); err != nil {
					t.Fatalf("right key: %v", err)
				}
				if resp.Response == nil || resp.Response.RequestId == nil || len(*resp.Response.RequestId) != 36 {
					t.Fatalf("no RequestId in %+v", resp.Response)
				}
				echo := resp.Response.Tcsig
				if echo == nil || echo.Action != "DescribeInstances" || echo.SignatureMethod != signMethod || echo.SecretId != id {
					t.Errorf("echo = %+v", echo)
				}
				if signMethod == "TC3-HMAC-SHA256" && echo.Service != "cvm" {
					t.Errorf("service = %q, want cvm from the credential scope", echo.Service)
				}

				err := sdkClient(srv, id, key+"x", signMethod, method).Send(newRequest(), &describeResponse{BaseResponse: &tchttp.BaseResponse{}})
				wantSDKError(t, err, "AuthFailure.SignatureFailure")

				err = sdkClient(srv, "AKIDunknown", key, signMethod, method).Send(newRequest(), &describeResponse{BaseResponse: &tchttp.BaseResponse{}})
				wantSDKError(t, err, "AuthFailure.SecretIdNotFound")
			})
		}
	}
	log := logBuf.String()
	if !strings.Contains(log, "error=AuthFailure.SignatureFailure") || !strings.Contains(log, "result=ok") {
		t.Errorf("log lacks outcomes:\n%s", log)
	}
	if strings.Contains(log, key) || strings.Contains(log, "Signature=") || strings.Contains(log, id) {
		t.Errorf("log leaks a key, a signature or a whole SecretId:\n%s", log)
	}
}

func wantSDKError(t *testing.T, err error, code string) {
	t.Helper()
	var sdkErr *sdkerrors.TencentCloudSDKError
	if !errors.As(err, &sdkErr) {
		t.Fatalf("error %v (%T), want *TencentCloudSDKError %s", err, err, code)
	}
	if sdkErr.GetCode() != code || sdkErr.GetRequestId() == "" {
		t.Errorf("code %s request id %q, want %s", sdkErr.GetCode(), sdkErr.GetRequestId(), code)
	}
}

// The clock comes from Options.Now: a request 10 minutes old is expired.
func TestClockFromOptions(t *testing.T) {
	srv := server(t, func() time.Time { return time.Now().Add(10 * time.Minute) }, nil)
	err := sdkClient(srv, id, key, "TC3-HMAC-SHA256", "POST").Send(newRequest(), &describeResponse{BaseResponse: &tchttp.BaseResponse{}})
	wantSDKError(t, err, "AuthFailure.SignatureExpire")
}

type envelope struct {
	Response struct {
		Error *struct {
			Code    string
			Message string
		}
		RequestId string
	}
}

func post(t *testing.T, url string, header map[string]string, body io.Reader) (int, envelope) {
	t.Helper()
	req, err := http.NewRequest("POST", url, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var env envelope
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, env
}

// Every answer is HTTP 200 in the API's shape, errors included.
func TestAPIShapedErrors(t *testing.T) {
	srv := server(t, time.Now, nil)
	status, env := post(t, srv.URL, nil, strings.NewReader("{}"))
	if status != 200 || env.Response.Error == nil || env.Response.Error.Code != "AuthFailure.InvalidAuthorization" || env.Response.RequestId == "" {
		t.Errorf("unsigned: %d %+v", status, env)
	}
	status, env = post(t, srv.URL, map[string]string{"Authorization": "TC3-HMAC-SHA256 garbage", "Content-Type": "application/json"}, strings.NewReader("{}"))
	if status != 200 || env.Response.Error == nil || env.Response.Error.Code != "AuthFailure.InvalidAuthorization" {
		t.Errorf("garbled: %d %+v", status, env)
	}
	req, _ := http.NewRequest("PUT", srv.URL, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("PUT status %d", resp.StatusCode)
	}
}

// The body is bounded by the largest request the API takes.
func TestBodyLimit(t *testing.T) {
	srv := server(t, time.Now, nil)
	big := io.LimitReader(zeros{}, signer.LimitPOSTTC3+2)
	_, env := post(t, srv.URL, map[string]string{"Content-Type": "application/json"}, big)
	if env.Response.Error == nil || env.Response.Error.Code != "RequestSizeLimitExceeded" {
		t.Errorf("oversize: %+v", env)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// Mounted under a prefix with StripPrefix, as tcsig serve does, TC3 still
// verifies: it signs "/" whatever the path.
func TestUnderPrefix(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/emulate/", http.StripPrefix("/emulate", emulate.New(map[string]string{id: key}, emulate.Options{})))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	cp := profile.NewClientProfile()
	cp.HttpProfile.Scheme = "HTTP"
	cp.HttpProfile.Endpoint = strings.TrimPrefix(srv.URL, "http://") + "/emulate/"
	c := common.NewCommonClient(common.NewCredential(id, key), "ap-guangzhou", cp)
	if err := c.Send(newRequest(), &describeResponse{BaseResponse: &tchttp.BaseResponse{}}); err != nil {
		t.Fatal(err)
	}
}
