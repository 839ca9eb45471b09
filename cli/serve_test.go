package cli

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/netip"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/testlog"
	"github.com/tcsig/tcsig/signer"
)

var servingLine = regexp.MustCompile(`tcsig: serving the playground at (http://127\.0\.0\.1:\d+/)\n`)

type running struct {
	url            string
	stdout, stderr *testlog.Buffer // written by the server's goroutines, read by the test
	stop           func() int
}

// startServe runs tcsig serve on a free loopback port and returns its URL
// as printed.
func startServe(t *testing.T, files fstest.MapFS, args ...string) *running {
	t.Helper()
	return startServeEnv(t, files, func(string) string { return "" }, args...)
}

func startServeEnv(t *testing.T, files fstest.MapFS, getenv func(string) string, args ...string) *running {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{stdout: &testlog.Buffer{}, stderr: &testlog.Buffer{}}
	env := Env{Stdin: strings.NewReader(""), Stdout: r.stdout, Stderr: r.stderr, Getenv: getenv, Now: time.Now}
	done := make(chan int, 1)
	go func() { done <- serve(ctx, append([]string{"--addr", "127.0.0.1:0"}, args...), env, files) }()
	r.stop = func() int {
		cancel()
		select {
		case code := <-done:
			return code
		case <-time.After(10 * time.Second):
			require.FailNow(t, "serve did not return after its context was cancelled")
			return -1
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		if m := servingLine.FindStringSubmatch(r.stdout.String()); m != nil {
			r.url = m[1]
			break
		}
		select {
		case code := <-done:
			require.FailNowf(t, "serve exited before serving", "exit %d; stderr:\n%s", code, r.stderr)
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			require.FailNowf(t, "no serving line", "stdout %q stderr %q", r.stdout, r.stderr)
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Cleanup(func() { cancel() })
	return r
}

func page() fstest.MapFS {
	return fstest.MapFS{
		"index.html":   {Data: []byte("<!doctype html><title>tcsig</title>")},
		"main.wasm":    {Data: []byte("\x00asm\x01\x00\x00\x00")},
		"wasm_exec.js": {Data: []byte("// go")},
	}
}

func fetch(t *testing.T, c *http.Client, method, url string, header http.Header) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	require.NoError(t, err)
	for k, v := range header {
		req.Header[k] = v
	}
	res, err := c.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, string(b)
}

func TestServeAnswersAndShutsDown(t *testing.T) {
	r := startServe(t, page())
	c := &http.Client{Timeout: 5 * time.Second}

	res, body := fetch(t, c, "GET", r.url, nil)
	assert.Equal(t, http.StatusOK, res.StatusCode, "GET /: %q", body)
	assert.Contains(t, body, "<title>tcsig</title>", "GET /")
	res, _ = fetch(t, c, "GET", r.url+"main.wasm", nil)
	assert.Equal(t, "application/wasm", res.Header.Get("Content-Type"), "main.wasm Content-Type")
	res, body = fetch(t, c, "GET", r.url+"healthz", nil)
	assert.Equal(t, http.StatusOK, res.StatusCode, "/healthz: %q", body)
	assert.Equal(t, "ok\n", body, "/healthz")
	// The relay is mounted: it refuses a host outside *.tencentcloudapi.com
	// in its own error shape, and nothing is dialled.
	res, body = fetch(t, c, "POST", r.url+"relay/example.com/?Secret=hunter2", http.Header{
		"Authorization": {"TC3-HMAC-SHA256 Credential=AKIDexample/2019-02-25/cvm/tc3_request, Signature=c0ffee"},
	})
	assert.False(t, res.StatusCode == http.StatusOK || res.StatusCode == http.StatusNotFound && strings.Contains(body, "not enabled"),
		"relay not mounted: %d %q", res.StatusCode, body)
	assert.Contains(t, body, "Relay.", "relay answered without a Relay.* error code: %d", res.StatusCode)

	// On loopback it answers to loopback names only (DNS rebinding).
	for host, want := range map[string]int{"rebound.example:80": http.StatusMisdirectedRequest, "localhost": http.StatusOK} {
		req, err := http.NewRequest("GET", r.url+"healthz", nil)
		require.NoError(t, err)
		req.Host = host
		res, err := c.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		assert.Equal(t, want, res.StatusCode, "Host %s: status", host)
	}

	// The emulator is mounted at /emulate/ with the prefix stripped, so a
	// request signed for path "/" verifies, with the example key only.
	res, body = emulateCall(t, c, r.url, exampleSecretID, exampleSecretKey)
	assert.Equal(t, http.StatusOK, res.StatusCode, "emulate with the example key: %s", body)
	assert.NotContains(t, body, `"Error"`, "emulate with the example key")
	assert.Contains(t, body, `"SecretId":"`+exampleSecretID+`"`, "emulate with the example key")
	_, body = emulateCall(t, c, r.url, exampleSecretID, "not-the-example-key-0000000000000")
	assert.Contains(t, body, `"Code":"AuthFailure.SignatureFailure"`, "emulate with a wrong key")
	// The API's own message, and nothing computed with the key.
	assert.Contains(t, body, `"Message":"The provided credentials could not be validated. Please check your signature is correct."`)
	assert.NotContains(t, body, "xpected")
	// It checks the action against the catalog, as tcsig emulate does, and
	// answers a known one with its response fields.
	_, body = emulateCall(t, c, r.url, exampleSecretID, exampleSecretKey, "DescribeRegionz")
	assert.Contains(t, body, `"Code":"InvalidAction"`)
	_, body = emulateCall(t, c, r.url, exampleSecretID, exampleSecretKey)
	assert.Contains(t, body, `"RegionSet"`)

	require.Equal(t, ExitOK, r.stop(), "exit code after cancel; stderr:\n%s", r.stderr)
	assert.Contains(t, r.stdout.String(), "tcsig: stopped", "stdout lacks the stop line")
	addr := strings.TrimSuffix(strings.TrimPrefix(r.url, "http://"), "/")
	if conn, err := net.DialTimeout("tcp", addr, time.Second); !assert.Error(t, err, "still accepting connections on %s after shutdown", addr) {
		conn.Close()
	}

	logs := r.stderr.String()
	assert.Contains(t, logs, "path=/healthz status=200", "no request log line for /healthz")
	for _, secret := range []string{"hunter2", "AKIDexample", "c0ffee"} {
		assert.NotContains(t, logs, secret, "stderr")
	}
	assert.NotContains(t, logs, "warning", "unexpected warning with a complete page")
}

// emulateCall signs DescribeRegions for the served host and POSTs it to
// /emulate/.
func emulateCall(t *testing.T, c *http.Client, base, id, key string, action ...string) (*http.Response, string) {
	t.Helper()
	host := strings.TrimSuffix(strings.TrimPrefix(base, "http://"), "/")
	name := "DescribeRegions"
	if len(action) > 0 {
		name = action[0]
	}
	res, err := signer.Sign(&signer.Request{
		Host: host, Service: "cvm", Action: name, Version: "2017-03-12",
		Region: "ap-guangzhou", Timestamp: time.Now().Unix(), Payload: []byte("{}"),
	}, signer.Credentials{SecretID: id, SecretKey: key})
	require.NoError(t, err)
	h := http.Header{}
	for _, hd := range res.Headers {
		if !strings.EqualFold(hd.Name, "Host") {
			h.Set(hd.Name, hd.Value)
		}
	}
	req, err := http.NewRequest("POST", base+"emulate/", bytes.NewReader(res.Body))
	require.NoError(t, err)
	req.Header = h
	resp, err := c.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, string(b)
}

// An open /ws (hijacked, so http.Server.Shutdown does not wait for it) must
// not hold shutdown up: serve closes it as "going away" and returns.
func TestServeShutdownClosesWebsockets(t *testing.T) {
	r := startServe(t, page())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ws, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(r.url, "http")+"ws", nil)
	require.NoError(t, err)
	defer ws.CloseNow()
	_, hello, err := ws.Read(ctx)
	require.NoError(t, err)
	require.Contains(t, string(hello), `"hello"`)

	// The page keeps reading, as a browser does, so the close handshake
	// completes.
	ended := make(chan error, 1)
	go func() {
		for {
			if _, _, err := ws.Read(ctx); err != nil {
				ended <- err
				return
			}
		}
	}()
	start := time.Now()
	require.Equal(t, ExitOK, r.stop())
	// An open websocket must not hold shutdown for its whole grace period;
	// a loaded machine is slow, but not that slow.
	assert.Less(t, time.Since(start), shutdownGrace, "shutdown with a websocket open waited out the grace period\n%s", r.stderr)
	assert.Equal(t, websocket.StatusGoingAway, websocket.CloseStatus(<-ended), "websocket close status, want going away (1001)")
}

func TestServeEmulateKeysFromEnv(t *testing.T) {
	const id, key = "AKIDlocalTestKey000000000000000000", "LocalTestSecretKey00000000000000"
	r := startServeEnv(t, page(), func(name string) string {
		if name == EnvEmulateKeys {
			return id + ":" + key
		}
		return ""
	})
	c := &http.Client{Timeout: 5 * time.Second}
	for _, k := range [][2]string{{id, key}, {exampleSecretID, exampleSecretKey}} {
		_, body := emulateCall(t, c, r.url, k[0], k[1])
		assert.NotContains(t, body, `"Error"`, "emulate with %.8s…", k[0])
	}
	require.Equal(t, ExitOK, r.stop())
	assert.NotContains(t, r.stderr.String(), key, "stderr shows the key")
}

func TestServeWarnsWithoutWasm(t *testing.T) {
	files := page()
	delete(files, "main.wasm")
	delete(files, "wasm_exec.js")
	r := startServe(t, files)
	c := &http.Client{Timeout: 5 * time.Second}
	res, body := fetch(t, c, "GET", r.url+"main.wasm", nil)
	assert.Equal(t, http.StatusNotFound, res.StatusCode, "GET /main.wasm: %q", body)
	assert.Contains(t, body, "make wasm", "GET /main.wasm")
	_, body = fetch(t, c, "GET", r.url+"version", nil)
	assert.Contains(t, body, `"wasm":false`, "/version does not report the missing wasm")
	require.Equal(t, ExitOK, r.stop())
	warnLine := "tcsig serve: warning: main.wasm, wasm_exec.js not in this build, so the page cannot run; run `make run`"
	assert.Contains(t, r.stderr.String(), warnLine)
}

func TestServeFlagErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
		env  string // TCSIG_EMULATE_KEYS
	}{
		{nil, EnvEmulateKeys + ": want SECRETID:SECRETKEY", "no-colon"},
		{[]string{"--addr", "127.0.0.1:notaport"}, "--addr 127.0.0.1:notaport", ""},
		{[]string{"--allow-origin", "*"}, "--allow-origin", ""},
		{[]string{"--max-relays", "-1"}, "must be 0 (default) or more", ""},
		{[]string{"--origin-burst", "-5"}, "must be 0 (default) or more", ""},
		{[]string{"--max-websockets", "-1"}, "must be 0 (default) or more", ""},
		{[]string{"--trusted-proxy", "10.0.0.0/33"}, "trusted-proxy", ""},
		{[]string{"--trusted-proxy", "proxy.example"}, "write e.g. 10.0.0.0/8", ""},
		{[]string{"--bogus"}, "unknown flag --bogus", ""},
		{[]string{"extra"}, `unexpected argument "extra"`, ""},
	} {
		var stdout, stderr bytes.Buffer
		getenv := func(name string) string {
			if name == EnvEmulateKeys {
				return tc.env
			}
			return ""
		}
		env := Env{Stdout: &stdout, Stderr: &stderr, Getenv: getenv, Now: time.Now}
		code := serve(context.Background(), tc.args, env, page())
		assert.Equal(t, ExitUsage, code, "%q: exit code", tc.args)
		first, _, _ := strings.Cut(stderr.String(), "\n")
		assert.True(t, strings.HasPrefix(first, "tcsig serve: "), "%q: stderr %q, want a first line starting tcsig serve: ", tc.args, stderr.String())
		assert.Contains(t, first, tc.want, "%q: first line of stderr", tc.args)
		assert.Empty(t, stdout.String(), "%q: printed to stdout", tc.args)
	}
}

func TestServeHelp(t *testing.T) {
	var stdout bytes.Buffer
	code := Run(context.Background(), []string{"serve", "-h"}, Env{Stdout: &stdout, Stderr: io.Discard})
	require.Equal(t, ExitOK, code)
	sc := bufio.NewScanner(strings.NewReader(stdout.String()))
	var flags []string
	for sc.Scan() {
		if f, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "--"); ok {
			flags = append(flags, strings.Fields(f)[0])
		}
	}
	require.Equal(t, []string{"addr", "allow-origin", "max-relays", "max-websockets", "no-catalog", "origin-burst", "origin-rate", "trusted-proxy"}, flags)
}

func TestServeTrustedProxyFlag(t *testing.T) {
	var f serveFlags
	fs := newServeFlagSet(&f)
	require.NoError(t, parseFlags(fs, []string{"--trusted-proxy", "10.1.2.3/8", "--trusted-proxy", "192.0.2.7", "--trusted-proxy", "fd00::1"}))
	require.Equal(t, []netip.Prefix{
		netip.MustParsePrefix("10.0.0.0/8"),
		netip.MustParsePrefix("192.0.2.7/32"),
		netip.MustParsePrefix("fd00::1/128"),
	}, f.trusted)
}

func TestPageURL(t *testing.T) {
	for addr, want := range map[string]string{
		"127.0.0.1:8080": "http://127.0.0.1:8080/",
		"0.0.0.0:80":     "http://localhost:80/",
		"[::]:9000":      "http://localhost:9000/",
		"[::1]:9000":     "http://[::1]:9000/",
	} {
		a, err := net.ResolveTCPAddr("tcp", addr)
		require.NoError(t, err)
		assert.Equal(t, want, pageURL(a), "pageURL(%s)", addr)
	}
}
