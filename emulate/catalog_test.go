package emulate_test

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"

	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/catalog/data"
	"github.com/tcsig/tcsig/emulate"
)

// catalogServer runs the endpoint with the committed catalog.
func catalogServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(emulate.New(map[string]string{id: key}, emulate.Options{Now: time.Now, Catalog: catalog.New(data.FS)}))
	t.Cleanup(srv.Close)
	return srv
}

// anyRequest is DescribeInstances-like with parameters of any name and type.
type anyRequest struct {
	*tchttp.BaseRequest
	Limit *string `json:"Limit,omitnil,omitempty" name:"Limit"`
	Limt  *int64  `json:"Limt,omitnil,omitempty" name:"Limt"`
}

func newAnyRequest(action string) *anyRequest {
	r := &anyRequest{BaseRequest: &tchttp.BaseRequest{}}
	r.Init().WithApiInfo("cvm", "2017-03-12", action)
	return r
}

// The SDK decodes the skeleton into the action's response type.
func TestCatalogSkeleton(t *testing.T) {
	srv := catalogServer(t)
	for _, method := range []string{"POST", "GET"} {
		t.Run(method, func(t *testing.T) {
			var resp struct {
				*tchttp.BaseResponse
				Response *struct {
					TotalCount  *int64
					InstanceSet []struct {
						InstanceId *string
						Placement  *struct{ Zone *string }
						CPU        *int64
					}
					RequestId *string
				} `json:"Response"`
			}
			resp.BaseResponse = &tchttp.BaseResponse{}
			require.NoError(t, sdkClient(srv, id, key, "TC3-HMAC-SHA256", method).Send(newRequest(), &resp))
			require.NotNil(t, resp.Response)
			require.NotNil(t, resp.Response.TotalCount)
			assert.Equal(t, int64(0), *resp.Response.TotalCount)
			require.Len(t, resp.Response.InstanceSet, 1)
			i := resp.Response.InstanceSet[0]
			require.NotNil(t, i.InstanceId)
			require.NotNil(t, i.Placement)
			require.NotNil(t, i.Placement.Zone)
			require.NotNil(t, i.CPU)
			require.NotNil(t, resp.Response.RequestId)
			assert.Len(t, *resp.Response.RequestId, 36)
		})
	}
}

func TestCatalogErrors(t *testing.T) {
	srv := catalogServer(t)
	one, s := int64(1), "1"
	for name, tc := range map[string]struct {
		req    *anyRequest
		method string
		code   string
		msg    string
	}{
		"unknown action":          {newAnyRequest("DescribeInstancez"), "POST", "InvalidAction", "did you mean DescribeInstances?"},
		"unknown parameter":       {&anyRequest{Limt: &one}, "POST", "UnknownParameter", "unknown parameter Limt; did you mean Limit?"},
		"unknown parameter (GET)": {&anyRequest{Limt: &one}, "GET", "UnknownParameter", "unknown parameter Limt; did you mean Limit?"},
		"wrong type":              {&anyRequest{Limit: &s}, "POST", "InvalidParameter", "Limit should be a number, not a string"},
		"missing parameter":       {newAnyRequest("DeleteLaunchTemplateVersions"), "POST", "MissingParameter", "missing required parameter LaunchTemplateId"},
	} {
		t.Run(name, func(t *testing.T) {
			req := tc.req
			if req.BaseRequest == nil {
				lim, limt := req.Limit, req.Limt
				req = newAnyRequest("DescribeInstances")
				req.Limit, req.Limt = lim, limt
			}
			resp := &describeResponse{BaseResponse: &tchttp.BaseResponse{}}
			err := sdkClient(srv, id, key, "TC3-HMAC-SHA256", tc.method).Send(req, resp)
			var sdkErr *sdkerrors.TencentCloudSDKError
			require.ErrorAs(t, err, &sdkErr)
			assert.Equal(t, tc.code, sdkErr.Code)
			assert.Contains(t, sdkErr.Message, tc.msg)
			assert.Len(t, sdkErr.RequestId, 36)
		})
	}
}

// A wrong signature is still reported first: the catalog only speaks for
// requests the API would authenticate.
func TestCatalogAfterSignature(t *testing.T) {
	srv := catalogServer(t)
	err := sdkClient(srv, id, strings.Repeat("x", 32), "TC3-HMAC-SHA256", "POST").Send(newAnyRequest("DescribeInstancez"), &describeResponse{BaseResponse: &tchttp.BaseResponse{}})
	var sdkErr *sdkerrors.TencentCloudSDKError
	require.ErrorAs(t, err, &sdkErr)
	assert.Equal(t, "AuthFailure.SignatureFailure", sdkErr.Code)
}
