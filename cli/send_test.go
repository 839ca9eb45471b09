package cli

import (
	"crypto/x509"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/emulate"
	"github.com/tcsig/tcsig/internal/apierror"
	"github.com/tcsig/tcsig/internal/message"
)

var regions = []string{"--service", "cvm", "--action", "DescribeRegions", "--version", "2017-03-12"}

// emulator is tcsig emulate in-process on loopback, with the
// documentation's key and the test clock.
func emulator(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(emulate.New(map[string]string{docSecretID: docSecretKey},
		emulate.Options{Now: func() time.Time { return time.Unix(testTimestamp, 0) }}))
	t.Cleanup(srv.Close)
	return srv
}

func send(t *testing.T, vars map[string]string, args ...string) result {
	t.Helper()
	r := runCLI(t, "", vars, append([]string{"send"}, args...)...)
	assert.NotContains(t, r.stdout+r.stderr, docSecretKey, "the SecretKey in the output")
	return r
}

// assertInOrder checks that every part occurs in s, each after the one
// before.
func assertInOrder(t *testing.T, s string, parts ...string) {
	t.Helper()
	rest := s
	for _, p := range parts {
		i := strings.Index(rest, p)
		if !assert.GreaterOrEqual(t, i, 0, "%q missing, or out of order, in:\n%s", p, s) {
			return
		}
		rest = rest[i+len(p):]
	}
}

func TestSendToEmulator(t *testing.T) {
	srv := emulator(t)
	r := send(t, docCreds(), append([]string{"--to", srv.URL, "--region", "ap-guangzhou"}, regions...)...)
	require.Equal(t, ExitOK, r.code, r.stderr)
	assert.Empty(t, r.stderr)
	assertInOrder(t, r.stdout,
		"HTTP 200 OK from "+srv.URL+"/ (Host: cvm.tencentcloudapi.com)\n{\n  \"Response\": {\n",
		`"Action": "DescribeRegions"`,
		"\nCredentials: environment ($TENCENTCLOUD_SECRET_ID and $TENCENTCLOUD_SECRET_KEY)\n",
		"\nTimeline\n", "  connect ", strings.TrimPrefix(srv.URL, "http://"), "  first byte ", "  total ", " B of body received\n")
	assert.NotContains(t, r.stdout, "  TLS ", "plain HTTP has no TLS phase")
	assert.NotContains(t, r.stdout, "  DNS ", "an IP address needs no lookup")
}

func TestSendAuthFailureExplained(t *testing.T) {
	srv := emulator(t)
	wrongKey := map[string]string{EnvSecretID: docSecretID, EnvSecretKey: "notTheKeyOfThisSecretId0123456789"}
	r := send(t, wrongKey, append([]string{"--to", srv.URL}, regions...)...)
	assert.Equal(t, ExitAPIError, r.code)
	assertInOrder(t, r.stdout,
		"HTTP 200 OK from ",
		`"Code": "AuthFailure.SignatureFailure"`,
		"\nError AuthFailure.SignatureFailure: ",
		"\nWhat it means: "+apierror.Explain(apierror.SignatureFailure, apierror.En)+"\n",
		"Next: compare your code's canonical request",
		"\nTimeline\n")
	assert.NotContains(t, r.stdout, "notTheKeyOfThisSecretId0123456789")

	r = send(t, wrongKey, append([]string{"--to", srv.URL, "--output", "json"}, regions...)...)
	assert.Equal(t, ExitAPIError, r.code)
	var body map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &body), "--output json prints the body alone")
	assert.True(t, strings.HasPrefix(r.stderr, "tcsig send: HTTP 200 AuthFailure.SignatureFailure "), r.stderr)
}

// A fake API on loopback sees exactly the signed request: Host, path under
// --to's prefix, headers and body; its answer's Date feeds the clock line.
func TestSendRequestAsSigned(t *testing.T) {
	var got *http.Request
	var gotBody []byte
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r
		gotBody, _ = io.ReadAll(r.Body)
		w.Header().Set("Date", time.Unix(testTimestamp+400, 0).UTC().Format(http.TimeFormat))
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"expired"},"RequestId":"r-1"}}`)
	}))
	defer srv.Close()

	data := `{"Limit": 1, "Name": "\u672a"}`
	r := send(t, docCreds(), append([]string{"--to", srv.URL + "/emulate/", "--data", data}, cvm...)...)
	assert.Equal(t, ExitAPIError, r.code)
	require.NotNil(t, got)
	assert.Equal(t, "cvm.tencentcloudapi.com", got.Host)
	assert.Equal(t, "/emulate/", got.URL.Path)
	assert.Equal(t, data, string(gotBody), "the body goes as signed, never re-encoded")
	assert.Equal(t, "DescribeInstances", got.Header.Get("X-TC-Action"))
	assert.True(t, strings.HasPrefix(got.Header.Get("Authorization"), "TC3-HMAC-SHA256 Credential="+docSecretID+"/2019-02-25/cvm/tc3_request"))

	signedRes := runCLI(t, "", docCreds(), append([]string{"sign", "--output", "json", "--data", data}, cvm...)...)
	var tr trace
	require.NoError(t, json.Unmarshal([]byte(signedRes.stdout), &tr))
	assert.Equal(t, tr.Authorization, got.Header.Get("Authorization"), "send signs exactly as sign")

	assertInOrder(t, r.stdout,
		"Error AuthFailure.SignatureExpire: expired\n",
		"What it means: "+apierror.Explain(apierror.SignatureExpire, apierror.En),
		"\nClock: the server's time is 2019-02-25T16:51:05Z; the request's timestamp is -400 s from it (the API accepts ±300 s): outside, so the API rejects it (AuthFailure.SignatureExpire)\n")
}

func TestSendTransportErrors(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	closed := ln.Addr().String()
	require.NoError(t, ln.Close())

	r := send(t, docCreds(), append([]string{"--to", "http://" + closed}, regions...)...)
	assert.Equal(t, ExitTransport, r.code)
	assert.Empty(t, r.stdout)
	assertInOrder(t, r.stderr, "tcsig send: nothing is listening at "+closed+" (connection refused): start the endpoint", "connection refused)\n",
		"\nTimeline\n", "  connect ", "failed  "+closed+"\n", "  total ", "failed")
	assert.Equal(t, 1, strings.Count(r.stderr, "dial tcp"), "Go's error once, behind the explanation:\n%s", r.stderr)

	// An endpoint that never answers: the call ends at --timeout, however
	// fast or slow the machine is.
	hang := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(hang)
	r = send(t, docCreds(), append([]string{"--to", srv.URL, "--timeout", "50ms"}, regions...)...)
	assert.Equal(t, ExitTransport, r.code)
	assert.Contains(t, r.stderr, "tcsig send: no answer from "+strings.TrimPrefix(srv.URL, "http://")+" within 50ms (--timeout)")

	// TLS to a plain-HTTP port.
	plain := emulator(t)
	r = send(t, docCreds(), append([]string{"--to", strings.Replace(plain.URL, "http://", "https://", 1)}, regions...)...)
	assert.Equal(t, ExitTransport, r.code)
	assert.Contains(t, r.stderr, "does not speak TLS: use an http:// URL in --to")
}

func TestSendNotJSON(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "upstream exploded", http.StatusBadGateway)
	}))
	defer srv.Close()
	r := send(t, docCreds(), append([]string{"--to", srv.URL}, regions...)...)
	assert.Equal(t, ExitAPIError, r.code)
	assertInOrder(t, r.stdout, "HTTP 502 Bad Gateway from ", "upstream exploded\n", "\nTimeline\n")
}

func TestSendUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--to", "127.0.0.1:9011"}, `--to: want http://host:port or https://host[:port][/path], got "127.0.0.1:9011"`},
		{[]string{"--to", "ftp://x"}, "--to: want http://host:port"},
		{[]string{"--output", "curl"}, `--output: want text or json, got "curl"`},
		{[]string{"--timeout", "0s"}, "--timeout must be positive"},
		{[]string{"--tO", "http://x"}, "unknown flag --tO; did you mean --to?"},
	} {
		r := send(t, docCreds(), append(tc.args, regions...)...)
		assert.Equal(t, ExitUsage, r.code, tc.args)
		assert.Contains(t, r.stderr, "tcsig send: "+tc.want, tc.args)
	}
}

// Signing for a local address is refused, with the way to do it instead.
func TestSignLocalHostSuggestsSendTo(t *testing.T) {
	r := runCLI(t, "", docCreds(), append([]string{"sign", "--host", "127.0.0.1:9011"}, regions...)...)
	assert.Equal(t, ExitUsage, r.code)
	assert.Contains(t, r.stderr, "sign for the real host and use tcsig send --to http://127.0.0.1:9011\n")
}

// transportMessage's plain words for the failures a test cannot cause on
// loopback alone: DNS (no such host, no DNS server) and certificates.
func TestTransportMessage(t *testing.T) {
	req, err := http.NewRequest("POST", "https://cvm.tencentcloudapi.com/", nil)
	require.NoError(t, err)
	for name, tc := range map[string]struct {
		err  error
		want string
	}{
		"no such host": {&net.DNSError{Err: "no such host", Name: "cvm.tencentcloudapi.com", IsNotFound: true},
			"cannot resolve cvm.tencentcloudapi.com: the DNS server says it does not exist"},
		"no DNS": {&net.DNSError{Err: "dial udp 10.255.255.53:53: connect: network is unreachable", Name: "cvm.tencentcloudapi.com"},
			"cannot resolve cvm.tencentcloudapi.com: this machine has no DNS or no internet"},
		"timeout": {&net.DNSError{Err: "i/o timeout", Name: "cvm.tencentcloudapi.com", IsTimeout: true},
			"no answer from cvm.tencentcloudapi.com within 1m0s (--timeout)"},
		"certificate": {x509.HostnameError{Certificate: &x509.Certificate{}, Host: "cvm.tencentcloudapi.com"},
			"the TLS certificate of cvm.tencentcloudapi.com is not trusted for that name"},
		"other": {errors.New("boom"), `sending to https://cvm.tencentcloudapi.com/ failed (Post "https://cvm.tencentcloudapi.com/": boom)`},
	} {
		got := transportMessage(&url.Error{Op: "Post", URL: req.URL.String(), Err: tc.err}, req, time.Minute, message.EN)
		assert.True(t, strings.HasPrefix(got, tc.want), "%s: %s", name, got)
		assert.Contains(t, got, tc.err.Error(), "%s: Go's error for the details", name)
	}
	got := transportMessage(&url.Error{Op: "Post", URL: req.URL.String(), Err: &net.DNSError{Err: "dial udp 10.255.255.53:53: connect: network is unreachable", Name: "cvm.tencentcloudapi.com"}},
		req, time.Minute, message.ZH)
	assert.True(t, strings.HasPrefix(got, "无法解析 cvm.tencentcloudapi.com：本机没有 DNS 或无法访问互联网（"), got)
}
