package verify_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/verify"
)

// rawHTTP renders a wire request as the raw HTTP/1.1 a proxy would capture.
func rawHTTP(t *testing.T, sreqMethod, uri string, headers [][2]string, body string) []byte {
	t.Helper()
	var b strings.Builder
	b.WriteString(sreqMethod + " " + uri + " HTTP/1.1\r\n")
	for _, h := range headers {
		b.WriteString(h[0] + ": " + h[1] + "\r\n")
	}
	b.WriteString("\r\n")
	b.WriteString(body)
	return []byte(b.String())
}

func TestTextRawHTTP(t *testing.T) {
	res := mustSign(t, tc3Req(), creds)
	w := wire(t, res)
	var hs [][2]string
	for _, f := range w.Header {
		hs = append(hs, [2]string{f.Name, f.Value})
	}
	hs = append(hs, [2]string{"Content-Length", itoa(len(w.Body))})
	rep, err := verify.Text(rawHTTP(t, "POST", "/", hs, string(w.Body)), opts())
	require.NoError(t, err)
	wantValid(t, rep)

	// The body is taken exactly: an extra newline after it is part of it
	// only when Content-Length says so.
	hs[len(hs)-1][1] = itoa(len(w.Body) + 1)
	rep, err = verify.Text(rawHTTP(t, "POST", "/", hs, string(w.Body)+"\n"), opts())
	require.NoError(t, err)
	wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseBodyTrailingNewline)
}

func TestTextNotARequest(t *testing.T) {
	_, err := verify.Text([]byte("hello world"), opts())
	assert.Error(t, err, "no error for text that is not a request")
	_, err = verify.Text(nil, opts())
	assert.Error(t, err, "no error for empty input")
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// Verify never panics, whatever the text.
func FuzzText(f *testing.F) {
	seeds := []string{
		"",
		"POST / HTTP/1.1\r\nHost: cvm.tencentcloudapi.com\r\nAuthorization: TC3-HMAC-SHA256 Credential=a/2023-11-14/cvm/tc3_request, SignedHeaders=content-type;host, Signature=" + strings.Repeat("a", 64) + "\r\nContent-Type: application/json\r\nX-TC-Timestamp: 1700000000\r\n\r\n{}",
		"GET /?Action=A&Signature=x%&Nonce=1 HTTP/1.1\r\nHost: cvm.tencentcloudapi.com\r\n\r\n",
		"GET /?Signature=abc&Timestamp=1.5&SignatureMethod=MD5 HTTP/1.1\r\nHost: h\r\n\r\n",
		"POST / HTTP/1.1\r\nHost: x\r\nAuthorization: TC3-HMAC-SHA256 Credential=//,,, Signature=\r\nX-TC-Timestamp: 99999999999999999999\r\n\r\n",
		"POST / HTTP/1.1\r\nHost: cvm.tencentcloudapi.com\r\nContent-Type: application/json\r\nAuthorization: TC3-HMAC-SHA256 Credential=AKID/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=" + strings.Repeat("F", 64) + "\r\nX-TC-Timestamp: 1551113065\r\n\r\n{\"a\":[1,2,{\"b\":\"\\u00e9\"}],\"c\":9007199254740993}",
		"curl -X POST https://cvm.tencentcloudapi.com/ -H 'Authorization: SKIP' -d '{}'",
		`{"method":"POST","url":"https://cvm.tencentcloudapi.com/","headers":{"Authorization":"x"},"body":"[[[["}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		rep, err := verify.Text(text, verify.Options{SecretKey: "k", Now: opts().Now, CanonicalRequest: "a\nb", StringToSign: "c"})
		if err != nil {
			return
		}
		if rep.Valid {
			require.Nil(t, rep.Error, "valid with an error: %+v", rep.Error)
		} else {
			require.True(t, rep.Error != nil || rep.Incomplete != "", "invalid without an error or a reason")
		}
	})
}
