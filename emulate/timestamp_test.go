package emulate_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/emulate"
	"github.com/tcsig/tcsig/signer"
)

// A timestamp edited after signing, by seconds: the endpoint's bounded
// search still finds it and names the cause (an id only, as always).
func TestEditedTimestampNamed(t *testing.T) {
	const ts = 1700000000
	srv := httptest.NewServer(emulate.New(map[string]string{id: key}, emulate.Options{Now: func() time.Time { return time.Unix(ts+30, 0) }}))
	t.Cleanup(srv.Close)
	res, err := signer.Sign(&signer.Request{Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances",
		Version: "2017-03-12", Region: "ap-guangzhou", Timestamp: ts, Payload: []byte(`{"Limit":1}`)},
		signer.Credentials{SecretID: id, SecretKey: key})
	require.NoError(t, err)

	for name, tc := range map[string]struct {
		edit  int64
		cause string
	}{"5 s": {5, "timestamp-edited"}, "none": {0, ""}} {
		req, err := http.NewRequest("POST", srv.URL, bytes.NewReader(res.Body))
		require.NoError(t, err)
		for _, h := range res.Headers {
			req.Header.Set(h.Name, h.Value)
		}
		req.Host = "cvm.tencentcloudapi.com" // as signed; the endpoint takes any Host unless guarded
		req.Header.Set("X-TC-Timestamp", strconv.FormatInt(ts+tc.edit, 10))
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		var env struct {
			Response struct {
				Error *struct{ Code string }
				Tcsig *emulate.Echo
			}
		}
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&env))
		resp.Body.Close()
		require.NotNil(t, env.Response.Tcsig, name)
		if tc.cause == "" {
			assert.Nil(t, env.Response.Error, name)
			continue
		}
		require.NotNil(t, env.Response.Error, name)
		assert.Equal(t, "AuthFailure.SignatureFailure", env.Response.Error.Code, name)
		assert.Equal(t, []string{tc.cause}, env.Response.Tcsig.Causes, name)
	}
}
