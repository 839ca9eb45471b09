package capture

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Seeds run in every `go test`; `go test -fuzz=FuzzX` explores from them.

var formats = map[string]bool{FormatHTTP: true, FormatCurlVerbose: true, FormatCurl: true, FormatHAR: true, FormatSDKDebug: true, FormatJSON: true}

// checkOutcome holds for every input: no panic (implicitly), either a
// *ParseError or a usable Request, never both.
func checkOutcome(t *testing.T, r *Request, err error) {
	t.Helper()
	if err != nil {
		var pe *ParseError
		require.ErrorAs(t, err, &pe)
		require.Nil(t, r, "both a request and an error: %v", err)
		require.NotEmpty(t, pe.Msg, "error without a message: %#v", pe)
		return
	}
	require.NotNil(t, r, "nil request and nil error")
	require.True(t, formats[r.Format], "unknown Format %q", r.Format)
	require.NotEmpty(t, r.Method, "Method")
	require.LessOrEqual(t, len(r.Body), MaxInputSize, "body bytes against MaxInputSize")
	if r.BodyOmitted {
		require.Empty(t, r.Body, "BodyOmitted with a body")
	}
}

func addTestdataSeeds(f *testing.F, patterns ...string) {
	for _, p := range patterns {
		files, err := filepath.Glob(filepath.Join("testdata", p))
		require.NoError(f, err)
		for _, file := range files {
			if st, err := os.Stat(file); err != nil || !st.Mode().IsRegular() {
				continue // testdata/fuzz/… holds crashers, which go test replays itself
			}
			b, err := os.ReadFile(file)
			require.NoError(f, err)
			f.Add(b)
		}
	}
}

var httpSeeds = []string{
	"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n{}",
	"GET /?a=b%2fc&c=%E4%BD%A0+x HTTP/1.1\nHost: h\n\n",
	"POST https://h:8443/p?q HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\nabcd\r\n0\r\nT: v\r\n\r\n",
	"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n",
	"POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 5, 5\r\n\r\nabcdeEXTRA",
	":authority: h\n:method: POST\n:path: /\n:scheme: https\n\n{}",
	"GET * HTTP/1.1\r\nX: a\r\n  folded\r\n\r\n",
	"\uFEFFGET / HTTP/2\r\n\r\n",
	"GET /\r\n",
}

func FuzzParseHTTP(f *testing.F) {
	for _, s := range httpSeeds {
		f.Add([]byte(s))
	}
	addTestdataSeeds(f, "curl/*.http", "chrome/*.http")
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseHTTP(data)
		checkOutcome(t, r, err)
		if err == nil {
			require.LessOrEqual(t, len(r.Body), len(data), "body bytes against the input's")
			require.Equal(t, FormatHTTP, r.Format, "Format")
		}
	})
}

var curlSeeds = []string{
	`curl 'https://cvm.tencentcloudapi.com/' -H 'Content-Type: application/json' --data-raw $'{"a":"\n\u0021\x41\101"}'`,
	"curl -sSLkXPOST -H'X: 1' --data-binary 'p=q' --url 'https://h/x' --next -d y https://h2/",
	"curl ^\"https://h/^\" ^\n  -H ^\"a: ^\\^\"b^\\^\"^\" ^\n  --data-raw ^\"^{^\\^\"x^\\^\":1^}^\"",
	`curl "a\\\"b" "%PATH%" c^&d`,
	"curl -G https://h/?x -d a=1 --data-urlencode 'q=a b' --url-query '+r=1' --json '{}' -H 'Content-Type:' -H 'E;'",
	"# c\n$ curl https://h/ 2>&1 | jq . ; echo $(id) `x` ${Y}",
	`curl -F a=@b https://h/`,
	`curl $'\0' "unterminated`,
	`curl --header=X:1 --no-buffer -- -`,
}

func FuzzParseCurl(f *testing.F) {
	for _, s := range curlSeeds {
		f.Add(s)
	}
	for _, p := range []string{"curl/*.sh", "chrome/*.sh", "chrome/*.cmd.txt"} {
		files, _ := filepath.Glob(filepath.Join("testdata", p))
		for _, file := range files {
			b, err := os.ReadFile(file)
			require.NoError(f, err)
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, cmd string) {
		r, err := ParseCurl(cmd)
		checkOutcome(t, r, err)
		if err == nil {
			require.Equal(t, FormatCurl, r.Format, "Format")
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range httpSeeds {
		f.Add([]byte(s))
	}
	for _, s := range curlSeeds {
		f.Add([]byte(s))
	}
	for _, s := range []string{
		`{"log":{"entries":[{"request":{"method":"POST","url":"https://cvm.tencentcloudapi.com/","headers":[{"name":":authority","value":"x"}],"postData":{"text":"AA==","encoding":"base64"},"bodySize":1}}]}}`,
		`{"request":{"method":"GET","url":"https://h/?a#f","headers":[{"name":":path","value":"/z"}]}}`,
		`{"method":"POST","url":"https://h/","headers":{"A":["1","2"]},"bodyBase64":"eA"}`,
		`{"method":"POST","url":"https://h/","headers":[["A","1"],{"name":"B","value":"2"}],"body":"x"}`,
		"x\n2024/01/02 15:04:05 c.go:1: [DEBUG] http request: POST / HTTP/1.1\r\nHost: h\r\n\r\n{}\n2024/01/02 15:04:05 c.go:2: [DEBUG] http response: HTTP/1.1 200 OK\r\n\r\n",
		"* SSL connection using TLSv1.3\n> POST / HTTP/1.1\r\n> Content-Length: 2\r\n> \r\n{}\n< HTTP/1.1 200 OK\n",
	} {
		f.Add([]byte(s))
	}
	addTestdataSeeds(f, "*/*")
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse(data)
		checkOutcome(t, r, err)
	})
}

// A request written with Content-Length parses back to the same method,
// target, header value and body bytes, whatever the body holds.
func FuzzHTTPBodyRoundTrip(f *testing.F) {
	f.Add("POST", "/?a=b%2fc", "X-TC-Action", "DescribeInstances", []byte("{\"a\":1}\r\n\n"), false)
	f.Add("GET", "/", "Content-Type", "application/x-www-form-urlencoded", []byte{}, true)
	f.Add("PUT", "/p", "X", " padded\t", []byte("\x00\xff\r\r\n0\r\n\r\n"), true)
	f.Fuzz(func(t *testing.T, method, target, name, value string, body []byte, lfOnly bool) {
		if !isToken(method) || !isToken(name) || !strings.HasPrefix(target, "/") ||
			strings.ContainsAny(target, " \t\r\n") || strings.ContainsAny(value, "\r\n") ||
			strings.EqualFold(name, "Content-Length") || strings.EqualFold(name, "Transfer-Encoding") || strings.EqualFold(name, "Host") {
			return
		}
		eol := "\r\n"
		if lfOnly {
			eol = "\n"
		}
		var b bytes.Buffer
		b.WriteString(method + " " + target + " HTTP/1.1" + eol)
		b.WriteString("Host: h" + eol)
		b.WriteString(name + ": " + value + eol)
		b.WriteString("Content-Length: " + strconv.Itoa(len(body)) + eol + eol)
		b.Write(body)
		r, err := ParseHTTP(b.Bytes())
		require.NoError(t, err, "ParseHTTP(%q)", b.Bytes())
		require.Equal(t, method, r.Method, "method")
		require.Equal(t, target, r.RequestURI(), "request URI")
		require.Equal(t, "h", r.Host, "host")
		require.Equal(t, strings.Trim(value, " \t"), r.Get(name), "header %s", name)
		require.Equal(t, body, r.Body, "body")
	})
}
