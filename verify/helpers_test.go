package verify_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

const (
	testID  = "AKIDEXAMPLEvectorSecretId0000000000"
	testKey = "VectorSecretKeyExample0000000000"
	testTS  = 1700000000 // 2023-11-14 22:13:20 UTC: 06:13 on the 15th in UTC+8
)

var creds = signer.Credentials{SecretID: testID, SecretKey: testKey}

// tc3Req is a TC3 POST to the nearest CVM host.
func tc3Req() *signer.Request {
	return &signer.Request{Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances",
		Version: "2017-03-12", Region: "ap-guangzhou", Timestamp: testTS,
		Payload: []byte(`{"Limit":1,"Filters":[{"Values":["未命名"],"Name":"instance-name"}]}`)}
}

func mustSign(t *testing.T, r *signer.Request, c signer.Credentials) *signer.Result {
	t.Helper()
	res, err := signer.Sign(r, c)
	require.NoError(t, err, "sign")
	return res
}

// checkExpiredWrongSignature checks a request with a wrong signature, an
// hour after it was signed: the expiry is the report's error and the
// signature failure becomes a warning. It returns the honest signing too.
func checkExpiredWrongSignature(t *testing.T) (*signer.Result, *verify.Report) {
	t.Helper()
	res := mustSign(t, tc3Req(), creds)
	w := wire(t, res)
	setAuthSignature(w, "0000000000000000000000000000000000000000000000000000000000000000")
	o := opts()
	o.Now = time.Unix(testTS+3600, 0)
	rep := verify.Check(w, o)
	require.NotNil(t, rep.Error)
	return res, rep
}

// wire turns a signing result into the request as it arrives.
func wire(t *testing.T, res *signer.Result) *capture.Request {
	t.Helper()
	u, err := url.Parse(res.URL)
	require.NoError(t, err)
	req := &capture.Request{Method: res.Method, Scheme: u.Scheme, Host: u.Host, Path: u.Path, RawQuery: u.RawQuery,
		Body: append([]byte(nil), res.Body...), Format: capture.FormatJSON}
	if req.Path == "" {
		req.Path = "/"
	}
	for _, h := range res.Headers {
		if h.Value == "" && strings.EqualFold(h.Name, "Content-Type") {
			continue // the SDK sends no Content-Type on a v1 GET
		}
		req.Header = append(req.Header, capture.Field{Name: h.Name, Value: h.Value})
	}
	return req
}

func setHeader(r *capture.Request, name, value string) {
	for i, f := range r.Header {
		if strings.EqualFold(f.Name, name) {
			r.Header[i].Value = value
			return
		}
	}
	r.Header = append(r.Header, capture.Field{Name: name, Value: value})
}

func delHeader(r *capture.Request, name string) {
	out := r.Header[:0]
	for _, f := range r.Header {
		if !strings.EqualFold(f.Name, name) {
			out = append(out, f)
		}
	}
	r.Header = out
}

// setAuthSignature replaces the Signature in a TC3 Authorization header.
func setAuthSignature(r *capture.Request, sig string) {
	auth := r.Get("Authorization")
	i := strings.LastIndex(auth, "Signature=")
	setHeader(r, "Authorization", auth[:i]+"Signature="+sig)
}

// setV1Signature replaces the Signature parameter of a v1 request.
func setV1Signature(t *testing.T, r *capture.Request, sig string) {
	t.Helper()
	text := r.RawQuery
	if r.Method == "POST" {
		text = string(r.Body)
	}
	parts := strings.Split(text, "&")
	for i, p := range parts {
		if strings.HasPrefix(p, "Signature=") {
			parts[i] = "Signature=" + url.QueryEscape(sig)
		}
	}
	if r.Method == "POST" {
		r.Body = []byte(strings.Join(parts, "&"))
	} else {
		r.RawQuery = strings.Join(parts, "&")
	}
}

func opts() verify.Options {
	return verify.Options{SecretKey: testKey, Now: time.Unix(testTS+30, 0)}
}

func ids(fs []verify.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.ID)
	}
	return out
}

func has(fs []verify.Finding, id string) bool {
	for _, f := range fs {
		if f.ID == id {
			return true
		}
	}
	return false
}

// wantValid fails unless rep says valid with no causes.
func wantValid(t *testing.T, rep *verify.Report) {
	t.Helper()
	require.True(t, rep.Valid && rep.Error == nil && len(rep.Causes) == 0 && rep.Incomplete == "",
		"want valid, got valid=%v error=%+v causes=%v incomplete=%q warnings=%v",
		rep.Valid, rep.Error, rep.Causes, rep.Incomplete, rep.Warnings)
}

// wantInvalid fails unless rep is invalid with code and, when given, the cause.
func wantInvalid(t *testing.T, rep *verify.Report, code, cause string) {
	t.Helper()
	require.False(t, rep.Valid, "want %s, got valid (warnings %v)", code, rep.Warnings)
	require.NotNil(t, rep.Error, "want %s, got no error (warnings %v)", code, rep.Warnings)
	require.Equal(t, code, rep.Error.Code, "error = %+v, want code %s (causes %v, warnings %v)", rep.Error, code, rep.Causes, rep.Warnings)
	if cause != "" {
		require.True(t, has(rep.Causes, cause), "causes = %v, want %s among them (error %+v)", rep.Causes, cause, rep.Error)
	}
}

// tc3Mistake re-signs an honest request's canonical request through a
// modified path: scope date/service, keys and the canonical request text.
func tc3Sig(secret, ts, date, keyDate, service, keyService, canonicalRequest string) string {
	_, _, k := signer.TC3Keys(secret, keyDate, keyService)
	sts := signer.TC3StringToSign(ts, date+"/"+service+"/tc3_request", signer.SHA256Hex([]byte(canonicalRequest)))
	return signer.TC3Signature(k, sts)
}
