package emulate_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"

	"github.com/tcsig/tcsig/emulate"
	"github.com/tcsig/tcsig/protocol"
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
				require.NoError(t, sdkClient(srv, id, key, signMethod, method).Send(newRequest(), resp), "right key")
				require.NotNil(t, resp.Response, "Response")
				require.NotNil(t, resp.Response.RequestId, "no RequestId in %+v", resp.Response)
				require.Len(t, *resp.Response.RequestId, 36, "RequestId")
				echo := resp.Response.Tcsig
				require.NotNil(t, echo, "the tcsig echo")
				assert.Equal(t, "DescribeInstances", echo.Action, "echo = %+v", echo)
				assert.Equal(t, signMethod, echo.SignatureMethod, "echo = %+v", echo)
				assert.Equal(t, id, echo.SecretId, "echo = %+v", echo)
				if signMethod == "TC3-HMAC-SHA256" {
					assert.Equal(t, "cvm", echo.Service, "service, from the credential scope")
				}

				err := sdkClient(srv, id, key+"x", signMethod, method).Send(newRequest(), &describeResponse{BaseResponse: &tchttp.BaseResponse{}})
				wantSDKError(t, err, "AuthFailure.SignatureFailure")

				err = sdkClient(srv, "AKIDunknown", key, signMethod, method).Send(newRequest(), &describeResponse{BaseResponse: &tchttp.BaseResponse{}})
				wantSDKError(t, err, "AuthFailure.SecretIdNotFound")
			})
		}
	}
	log := logBuf.String()
	assert.Contains(t, log, "error=AuthFailure.SignatureFailure", "log lacks outcomes")
	assert.Contains(t, log, "result=ok", "log lacks outcomes")
	// Checked, not printed: a failure must not echo the key into the test log.
	assert.False(t, strings.Contains(log, key), "log leaks the key")
	assert.NotContains(t, log, "Signature=", "log leaks a signature")
	assert.NotContains(t, log, id, "log leaks a whole SecretId")
}

func wantSDKError(t *testing.T, err error, code string) {
	t.Helper()
	var sdkErr *sdkerrors.TencentCloudSDKError
	require.ErrorAs(t, err, &sdkErr, "want *TencentCloudSDKError %s", code)
	assert.Equal(t, code, sdkErr.GetCode(), "code")
	assert.NotEmpty(t, sdkErr.GetRequestId(), "request id")
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
	require.NoError(t, err)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	var env envelope
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&env))
	return resp.StatusCode, env
}

// Every answer is HTTP 200 in the API's shape, errors included.
func TestAPIShapedErrors(t *testing.T) {
	srv := server(t, time.Now, nil)
	status, env := post(t, srv.URL, nil, strings.NewReader("{}"))
	assert.Equal(t, 200, status, "unsigned: status")
	if assert.NotNil(t, env.Response.Error, "unsigned: %+v", env) {
		assert.Equal(t, "AuthFailure.InvalidAuthorization", env.Response.Error.Code, "unsigned")
	}
	assert.NotEmpty(t, env.Response.RequestId, "unsigned: RequestId")
	status, env = post(t, srv.URL, map[string]string{"Authorization": "TC3-HMAC-SHA256 garbage", "Content-Type": "application/json"}, strings.NewReader("{}"))
	assert.Equal(t, 200, status, "garbled: status")
	if assert.NotNil(t, env.Response.Error, "garbled: %+v", env) {
		assert.Equal(t, "AuthFailure.InvalidAuthorization", env.Response.Error.Code, "garbled")
	}
	req, _ := http.NewRequest("PUT", srv.URL, nil)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode, "PUT status")
}

// The body is bounded by the largest request the API takes.
func TestBodyLimit(t *testing.T) {
	srv := server(t, time.Now, nil)
	big := io.LimitReader(zeros{}, protocol.LimitPOSTTC3+2)
	_, env := post(t, srv.URL, map[string]string{"Content-Type": "application/json"}, big)
	if assert.NotNil(t, env.Response.Error, "oversize: %+v", env) {
		assert.Equal(t, "RequestSizeLimitExceeded", env.Response.Error.Code, "oversize")
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
	require.NoError(t, c.Send(newRequest(), &describeResponse{BaseResponse: &tchttp.BaseResponse{}}))
}
