package emulate_test

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/emulate"
	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

// A key with no run in common with the SecretId, so a leak cannot hide
// behind the echo of the SecretId.
const (
	leakID  = "AKIDleakTestSecretIdqwertyuiop0000"
	leakKey = "ZxCvBnMaSdFgHjKlQwErTyUiOp987654"
	leakTS  = 1700000000
)

// secretRuns are the values nothing may disclose, in every form it could
// take: the expected signature (hex, or base64 and its hex for v1), each
// derived key in hex, and the SecretKey.
func secretRuns(t *testing.T, r *signer.Request) []string {
	t.Helper()
	res, err := signer.Sign(r, signer.Credentials{SecretID: leakID, SecretKey: leakKey})
	require.NoError(t, err)
	out := []string{res.Signature, leakKey}
	if raw, err := base64.StdEncoding.DecodeString(res.Signature); err == nil && r.SignatureMethod != "" && r.SignatureMethod != signer.AlgorithmTC3 {
		out = append(out, hex.EncodeToString(raw), url.QueryEscape(res.Signature))
	}
	if r.SignatureMethod == "" || r.SignatureMethod == signer.AlgorithmTC3 {
		kd, ks, kk := signer.TC3Keys(leakKey, signer.UTCDate(leakTS), r.Service)
		out = append(out, hex.EncodeToString(kd[:]), hex.EncodeToString(ks[:]), hex.EncodeToString(kk[:]))
		require.Equal(t, hex.EncodeToString(kk[:]), res.DerivedKeys.SecretSigning)
	}
	return out
}

// wrongSignature returns the HTTP request for r with its signature replaced
// by one made with another key.
func wrongSignature(t *testing.T, base string, r *signer.Request) *http.Request {
	t.Helper()
	res, err := signer.Sign(r, signer.Credentials{SecretID: leakID, SecretKey: "not-the-key"})
	require.NoError(t, err)
	u, err := url.Parse(res.URL)
	require.NoError(t, err)
	req, err := http.NewRequest(res.Method, base+"/?"+u.RawQuery, bytes.NewReader(res.Body))
	require.NoError(t, err)
	req.Host = u.Host // as signed: a request for the API sent to the emulator
	for _, h := range res.Headers {
		if !strings.EqualFold(h.Name, "Host") && h.Value != "" {
			req.Header.Set(h.Name, h.Value)
		}
	}
	return req
}

// For a wrong signature, nothing derived from the key appears in the
// answer (body and headers) or the log: no run of 8 characters of the
// expected signature, a derived key or the SecretKey.
func TestWrongSignatureDisclosesNothing(t *testing.T) {
	tc3 := func(method string, mut func(*signer.Request)) *signer.Request {
		r := &signer.Request{Method: method, Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances",
			Version: "2017-03-12", Region: "ap-guangzhou", Timestamp: leakTS, SignedHeaders: []string{"x-tc-action"}}
		if method == "POST" {
			r.Payload = []byte(`{"Limit":1,"Filters":[{"Name":"zone","Values":["ap-guangzhou-3"]}]}`)
		} else {
			r.Params = []signer.Param{{Key: "Limit", Value: "1"}}
		}
		if mut != nil {
			mut(r)
		}
		return r
	}
	v1 := func(method, hash string) *signer.Request {
		return &signer.Request{Method: method, Host: "cvm.tencentcloudapi.com", Action: "DescribeInstances", Version: "2017-03-12",
			Region: "ap-guangzhou", SignatureMethod: hash, Timestamp: leakTS, Nonce: "11886",
			Params: []signer.Param{{Key: "Limit", Value: "1"}}}
	}
	now := time.Unix(leakTS+30, 0)
	for _, c := range []struct {
		name string
		req  *signer.Request
		now  time.Time
		code string
	}{
		{"TC3 json POST", tc3("POST", nil), now, verify.CodeSignatureFailure},
		{"TC3 GET", tc3("GET", nil), now, verify.CodeSignatureFailure},
		// Expired first: the signature failure becomes an "also rejected" warning.
		{"TC3 expired and wrong", tc3("POST", nil), now.Add(time.Hour), verify.CodeSignatureExpire},
		{"HmacSHA256 GET", v1("GET", signer.HmacSHA256), now, verify.CodeSignatureFailure},
		{"HmacSHA1 form POST", v1("POST", signer.HmacSHA1), now, verify.CodeSignatureFailure},
		{"HmacSHA256 form POST", v1("POST", signer.HmacSHA256), now, verify.CodeSignatureFailure},
		{"HmacSHA256 expired and wrong", v1("POST", signer.HmacSHA256), now.Add(-time.Hour), verify.CodeSignatureExpire},
	} {
		t.Run(c.name, func(t *testing.T) {
			var logs bytes.Buffer
			logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			srv := httptest.NewServer(emulate.New(map[string]string{leakID: leakKey},
				emulate.Options{Now: func() time.Time { return c.now }, Logger: logger}))
			defer srv.Close()

			resp, err := http.DefaultClient.Do(wrongSignature(t, srv.URL, c.req))
			require.NoError(t, err)
			body, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			require.NoError(t, err)
			require.Equal(t, http.StatusOK, resp.StatusCode)
			env := decode(t, body)
			require.NotNil(t, env.Response.Error, "body %s", body)
			assert.Equal(t, c.code, env.Response.Error.Code)
			assert.Equal(t, verify.APIMessage(c.code), env.Response.Error.Message, "the API's own message")

			var seen strings.Builder
			seen.Write(body)
			for name, vs := range resp.Header {
				seen.WriteString(name + ": " + strings.Join(vs, ", ") + "\n")
			}
			seen.WriteString(logs.String())
			for _, secret := range secretRuns(t, c.req) {
				for i := 0; i+8 <= len(secret); i++ {
					require.NotContains(t, seen.String(), secret[i:i+8], "a run of %q", secret)
				}
			}
		})
	}
}

func decode(t *testing.T, body []byte) envelope {
	t.Helper()
	var env envelope
	require.NoError(t, json.Unmarshal(body, &env), "body %s", body)
	return env
}
