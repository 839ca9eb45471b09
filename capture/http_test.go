package capture

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/internal/message"
)

func TestParseHTTP(t *testing.T) {
	tc3Header := append([]Field{{"Host", "cvm.tencentcloudapi.com"}}, docHeadersA...)
	tc3Head := append([]string{"POST / HTTP/1.1"}, headerLines(tc3Header)...)
	withCL := func(n string) []Field { return append(append([]Field(nil), tc3Header...), Field{"Content-Length", n}) }
	tc3 := func(lineEnd func(...string) string, cl string) string {
		return lineEnd(append(append([]string(nil), tc3Head...), "Content-Length: "+cl, "", docBodyA)...)
	}
	// The final URL of the worked example in "Signature" (签名方法, v1).
	const v1Query = "Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0&Region=ap-guangzhou" +
		"&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Signature=EliP9YW3pW28FpsEdkXt%2F%2BWcGeI%3D&Timestamp=1465185768&Version=2017-03-12"

	tests := []struct {
		name  string
		in    string
		want  *Request
		notes []string
	}{
		{
			name: "TC3 POST JSON, CRLF, doc example A",
			in:   tc3(crlf, "86"),
			want: &Request{Method: "POST", Host: "cvm.tencentcloudapi.com", Path: "/", Header: withCL("86"),
				Body: []byte(docBodyA), Format: FormatHTTP},
			notes: noNotes,
		},
		{
			name: "TC3 POST JSON, LF line ends pasted from a terminal",
			in:   tc3(lf, "86"),
			want: &Request{Method: "POST", Host: "cvm.tencentcloudapi.com", Path: "/", Header: withCL("86"),
				Body: []byte(docBodyA), Format: FormatHTTP},
			notes: noNotes,
		},
		{
			name: "v1 GET: raw query kept exactly, no body",
			in:   crlf("GET /?"+v1Query+" HTTP/1.1", "Host: cvm.tencentcloudapi.com", "", ""),
			want: &Request{Method: "GET", Host: "cvm.tencentcloudapi.com", Path: "/", RawQuery: v1Query,
				Header: []Field{{"Host", "cvm.tencentcloudapi.com"}}, Format: FormatHTTP},
			notes: noNotes,
		},
		{
			name: "query with lower-case escape, UTF-8 escapes and + stays as written",
			in:   crlf("GET /?a=b%2fc&c=%E4%BD%A0+x HTTP/1.1", "Host: cvm.tencentcloudapi.com", "", ""),
			want: &Request{Method: "GET", Host: "cvm.tencentcloudapi.com", Path: "/", RawQuery: "a=b%2fc&c=%E4%BD%A0+x",
				Header: []Field{{"Host", "cvm.tencentcloudapi.com"}}, Format: FormatHTTP},
			notes: noNotes,
		},
		{
			name:  "a bare ? is kept",
			in:    crlf("GET /? HTTP/1.1", "Host: h", "", ""),
			want:  &Request{Method: "GET", Host: "h", Path: "/", ForceQuery: true, Header: []Field{{"Host", "h"}}, Format: FormatHTTP},
			notes: noNotes,
		},
		{
			name: "absolute-form target gives scheme and host",
			in:   crlf("POST https://cvm.ap-guangzhou.tencentcloudapi.com/?a=b HTTP/1.1", "Content-Length: 2", "", "{}"),
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.ap-guangzhou.tencentcloudapi.com", Path: "/", RawQuery: "a=b",
				Header: []Field{{"Content-Length", "2"}}, Body: []byte("{}"), Format: FormatHTTP},
			notes: noNotes,
		},
		{
			name: "absolute-form host differs from Host header",
			in:   crlf("GET http://cvm.tencentcloudapi.com/ HTTP/1.1", "Host: evil.example", "", ""),
			want: &Request{Method: "GET", Scheme: "http", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"Host", "evil.example"}}, Format: FormatHTTP},
			notes: []string{`differs from the Host header "evil.example"`},
		},
		{
			name: "body keeps CRLF, trailing newline and whitespace when Content-Length covers them",
			in:   crlf("POST / HTTP/1.1", "Host: h", "Content-Length: 8", "", " a\r\nb\n \n"),
			want: &Request{Method: "POST", Host: "h", Path: "/", Header: []Field{{"Host", "h"}, {"Content-Length", "8"}},
				Body: []byte(" a\r\nb\n \n"), Format: FormatHTTP},
			notes: noNotes,
		},
		{
			name: "no Content-Length: every byte after the blank line, trailing newline noted",
			in:   lf("POST / HTTP/1.1", "Host: h", "", "{\"a\":1}\n"),
			want: &Request{Method: "POST", Host: "h", Path: "/", Header: []Field{{"Host", "h"}},
				Body: []byte("{\"a\":1}\n"), Format: FormatHTTP},
			notes: []string{"No Content-Length: took all 8 bytes", "ends with a line break"},
		},
		{
			name: "more bytes than Content-Length: keep Content-Length of them",
			in:   crlf("POST / HTTP/1.1", "Host: h", "Content-Length: 2", "", "{}\r\n\r\n"),
			want: &Request{Method: "POST", Host: "h", Path: "/", Header: []Field{{"Host", "h"}, {"Content-Length", "2"}},
				Body: []byte("{}"), Format: FormatHTTP},
			notes: []string{"Content-Length says 2 but 6 bytes follow", "kept the first 2 and ignored 4", "only whitespace"},
		},
		{
			name:  "LF converted to CRLF inside the body: kept Content-Length bytes, said why",
			in:    crlf("POST / HTTP/1.1", "Content-Length: 5", "", "a\r\nb\r\nc"),
			want:  &Request{Method: "POST", Path: "/", Header: []Field{{"Content-Length", "5"}}, Body: []byte("a\r\nb\r"), Format: FormatHTTP},
			notes: []string{"kept the first 5 and ignored 2", "every CRLF in the body were LF", "No Host header"},
		},
		{
			name: "response pasted after the body",
			in:   crlf("POST / HTTP/1.1", "Host: h", "Content-Length: 2", "", "{}HTTP/1.1 200 OK", "", ""),
			want: &Request{Method: "POST", Host: "h", Path: "/", Header: []Field{{"Host", "h"}, {"Content-Length", "2"}},
				Body: []byte("{}"), Format: FormatHTTP},
			notes: []string{"look like the response"},
		},
		{
			name: "chunked body, CRLF, with extension and trailer",
			in: crlf("POST / HTTP/1.1", "Host: h", "Transfer-Encoding: chunked", "",
				"4;name=x", `{"Li`, "9", `mit":1}`+"\r\n", "0", "X-Trailer: t", "", ""),
			want: &Request{Method: "POST", Host: "h", Path: "/", Header: []Field{{"Host", "h"}, {"Transfer-Encoding", "chunked"}},
				Body: []byte("{\"Limit\":1}\r\n"), Format: FormatHTTP},
			notes: []string{"De-chunked the body"},
		},
		{
			name: "chunked body, LF line ends, final empty line lost in the paste",
			in:   lf("POST / HTTP/1.1", "Host: h", "Transfer-Encoding: chunked", "", "2", "{}", "0"),
			want: &Request{Method: "POST", Host: "h", Path: "/", Header: []Field{{"Host", "h"}, {"Transfer-Encoding", "chunked"}},
				Body: []byte("{}"), Format: FormatHTTP},
		},
		{
			name: "chunked wins over Content-Length",
			in:   crlf("POST / HTTP/1.1", "Host: h", "Content-Length: 99", "Transfer-Encoding: gzip, chunked", "", "1", "x", "0", "", ""),
			want: &Request{Method: "POST", Host: "h", Path: "/",
				Header: []Field{{"Host", "h"}, {"Content-Length", "99"}, {"Transfer-Encoding", "gzip, chunked"}},
				Body:   []byte("x"), Format: FormatHTTP},
			notes: []string{"Transfer-Encoding wins", "still encoded with gzip"},
		},
		{
			name: "leading blank lines, obs-fold, duplicates kept, OWS trimmed",
			in:   crlf("", "", "GET / HTTP/1.0", "Host:  h \t", "X-A: 1", "X-Long: a", "  b", "x-a: 2", "", ""),
			want: &Request{Method: "GET", Host: "h", Path: "/",
				Header: []Field{{"Host", "h"}, {"X-A", "1"}, {"X-Long", "a b"}, {"x-a", "2"}}, Format: FormatHTTP},
			notes: []string{"Line 7 continues the previous header value"},
		},
		{
			name: "head ends without blank line",
			in:   "GET / HTTP/1.1\nHost: h",
			want: &Request{Method: "GET", Host: "h", Path: "/", Header: []Field{{"Host", "h"}}, Format: FormatHTTP},
		},
		{
			name: "HTTP/2 pseudo-headers as devtools show them",
			in: lf(":authority: cvm.tencentcloudapi.com", ":method: POST", ":path: /?x=1", ":scheme: https",
				"content-type: application/json", "content-length: 2", "", "{}"),
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/", RawQuery: "x=1",
				Header: []Field{{"Host", "cvm.tencentcloudapi.com"}, {"content-type", "application/json"}, {"content-length", "2"}},
				Body:   []byte("{}"), Format: FormatHTTP},
			notes: []string{":authority became the Host field"},
		},
		{
			name:  "no Host header is noted",
			in:    crlf("GET / HTTP/1.1", "Accept: */*", "", ""),
			want:  &Request{Method: "GET", Path: "/", Header: []Field{{"Accept", "*/*"}}, Format: FormatHTTP},
			notes: []string{"No Host header"},
		},
		{
			name:  "mixed line ends and lower-case method noted",
			in:    "post / HTTP/1.1\r\nHost: h\n\n",
			want:  &Request{Method: "post", Host: "h", Path: "/", Header: []Field{{"Host", "h"}}, Format: FormatHTTP},
			notes: []string{"mixes CRLF and LF", "not upper case"},
		},
		{
			name:  "UTF-8 BOM dropped",
			in:    "\uFEFFGET / HTTP/1.1\r\nHost: h\r\n\r\n",
			want:  &Request{Method: "GET", Host: "h", Path: "/", Header: []Field{{"Host", "h"}}, Format: FormatHTTP},
			notes: []string{"byte order mark"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseHTTP([]byte(tt.in))
			require.NoError(t, err, "ParseHTTP")
			checkRequest(t, got, tt.want, tt.notes)
		})
	}
}

// The body bytes are the doc's payload byte for byte: its published hash.
func TestParseHTTPBodyHashMatchesDoc(t *testing.T) {
	in := crlf("POST / HTTP/1.1", "Host: cvm.tencentcloudapi.com", "Content-Type: application/json; charset=utf-8", "Content-Length: 86", "", docBodyA)
	r, err := ParseHTTP([]byte(in))
	require.NoError(t, err)
	assert.Equal(t, docBodyAHash, sha256Hex(r.Body), "payload hash (the hash \"Signature v3\" publishes)")
}

func TestParseHTTPErrors(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		fragments []string
		line      int
		offset    int
	}{
		{"fewer bytes than Content-Length", crlf("POST / HTTP/1.1", "Host: h", "Content-Length: 120", "", strings.Repeat("x", 118)),
			[]string{"Content-Length says 120 but only 118 bytes follow"}, 0, 49},
		{"CRLF converted to LF inside the body", "POST / HTTP/1.1\nHost: h\nContent-Length: 9\n\na\nb\nc\n",
			[]string{"Content-Length says 9 but only 6 bytes follow", "every LF in the body were CRLF"}, 0, 43},
		{"Content-Length but no blank line", crlf("POST / HTTP/1.1", "Host: h", "Content-Length: 5"),
			[]string{"ends without the blank line"}, 0, -2},
		{"header without colon", crlf("GET / HTTP/1.1", "Host: h", "Content-Type application/json", "", ""),
			[]string{"line 3:", "header line has no colon", `"Content-Type application/json"`}, 3, -1},
		{"first header line folded", crlf("GET / HTTP/1.1", " Host: h", "", ""),
			[]string{"line 2:", "starts with whitespace"}, 2, -1},
		{"request line with a space in the URL", crlf("GET /a b HTTP/1.1", "Host: h", "", ""),
			[]string{"line 1:", "%20"}, 1, -1},
		{"request line without HTTP version word", crlf("GET / HTTX/1.1", "", ""),
			[]string{"not an HTTP version"}, 1, -1},
		{"relative target", crlf("GET cvm/ HTTP/1.1", "", ""),
			[]string{"neither a path starting with /"}, 1, -1},
		{"Content-Length not a number", crlf("POST / HTTP/1.1", "Host: h", "Content-Length: 1e3", "", "x"),
			[]string{"line 3:", `Content-Length "1e3" is not a decimal byte count`}, 3, -1},
		{"Content-Length overflows", crlf("POST / HTTP/1.1", "Content-Length: 99999999999999999999999", "", "x"),
			[]string{"too large"}, 2, -1},
		{"conflicting Content-Length", crlf("POST / HTTP/1.1", "Content-Length: 1", "Content-Length: 2", "", "xx"),
			[]string{"conflicting Content-Length values 1 and 2"}, 2, -1},
		{"chunk size overflows 64 bits", crlf("POST / HTTP/1.1", "Transfer-Encoding: chunked", "", "fffffffffffffffff", "x"),
			[]string{"overflows 64 bits"}, 0, 47},
		{"chunk larger than the rest", crlf("POST / HTTP/1.1", "Transfer-Encoding: chunked", "", "ffffffffffffffff", "x"),
			[]string{"chunk declares 18446744073709551615 bytes", "only 1 bytes follow"}, 0, 47},
		{"chunk not followed by a line end", crlf("POST / HTTP/1.1", "Transfer-Encoding: chunked", "", "1", "xy", "0", "", ""),
			[]string{"not followed by a line end"}, 0, 51},
		{"invalid chunk size", crlf("POST / HTTP/1.1", "Transfer-Encoding: chunked", "", "zz", "", ""),
			[]string{`invalid chunk size "zz"`}, 0, 47},
		{"chunked body cut short", crlf("POST / HTTP/1.1", "Transfer-Encoding: chunked", "", "1", "x", ""),
			[]string{"ends before its last (zero-size) chunk"}, 0, 53},
		{"blank input", "\r\n\r\n", []string{"blank"}, 0, -1},
		{"pseudo-headers without :method", lf(":authority: h", ":path: /", "", ""), []string{"without :method"}, 1, -1},
		{"pseudo-headers without :path", lf(":method: GET", ":authority: h", "", ""), []string{"without :path"}, 1, -1},
		{"invalid :method", lf(":method: G T", ":path: /", "", ""), []string{`:method "G T" is not a valid`}, 1, -1},
		{"trailer without colon", crlf("POST / HTTP/1.1", "Transfer-Encoding: chunked", "", "0", "bad trailer", "", ""),
			[]string{"after the last chunk", "no colon"}, 0, 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseHTTP([]byte(tt.in))
			pe := checkErr(t, err, nil, tt.fragments...)
			assert.Equal(t, tt.line, pe.Line, "Line")
			if tt.offset != -2 {
				assert.Equal(t, tt.offset, pe.Offset, "Offset")
			}
		})
	}
}

func TestParseCurlVerbose(t *testing.T) {
	t.Run("real curl 7.88.1 output, body not shown", func(t *testing.T) {
		got, err := Parse(readTestdata(t, "curl-v/post-no-body.txt"))
		require.NoError(t, err)
		want := &Request{Method: "POST", Host: "127.0.0.1:18777", Path: "/", RawQuery: "a=b%2fc&c=%E4%BD%A0+x",
			Header: []Field{{"Host", "127.0.0.1:18777"}, {"User-Agent", "curl/7.88.1"}, {"Accept", "*/*"},
				{"Content-Type", "application/json"}, {"Content-Length", "11"}},
			BodyOmitted: true, Format: FormatCurlVerbose}
		checkRequest(t, got, want, []string{"curl -v does not print the request body", "11 bytes of body"})
	})
	verboseHead := lf(
		"*   Trying 203.0.113.9:443...",
		"* Connected to cvm.tencentcloudapi.com (203.0.113.9) port 443 (#0)",
		"* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384",
		"> POST / HTTP/2\r",
		"> Host: cvm.tencentcloudapi.com\r",
		"> Authorization: "+docAuthA+"\r",
		"> Content-Type: application/json; charset=utf-8\r",
		"> Content-Length: 86\r",
		">\r", // a terminal trimmed the trailing space of "> "
		"} [86 bytes data]",
		"< HTTP/2 200\r",
		"< content-type: application/json\r",
		"<\r",
	)
	wantHeader := []Field{{"Host", "cvm.tencentcloudapi.com"}, {"Authorization", docAuthA},
		{"Content-Type", "application/json; charset=utf-8"}, {"Content-Length", "86"}}
	t.Run("TLS output with the body pasted after the request lines", func(t *testing.T) {
		in := strings.Replace(verboseHead, "} [86 bytes data]", "\n"+docBodyA+"\n} [86 bytes data]", 1)
		got, err := Parse([]byte(in))
		require.NoError(t, err)
		want := &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
			Header: wantHeader, Body: []byte(docBodyA), Format: FormatCurlVerbose}
		checkRequest(t, got, want, []string{"Took the text pasted after the curl -v request lines as the body"})
		assert.Equal(t, docBodyAHash, sha256Hex(got.Body), "payload hash")
	})
	t.Run("pasted body shorter than Content-Length", func(t *testing.T) {
		in := strings.Replace(verboseHead, "} [86 bytes data]", `{"Limit": 1}`, 1)
		_, err := Parse([]byte(in))
		checkErr(t, err, nil, "Content-Length says 86 but only 13 bytes follow")
	})
	t.Run("response body after the response is not the request body", func(t *testing.T) {
		in := verboseHead + "\n" + `{"Response":{"RequestId":"x"}}` + "\n"
		got, err := Parse([]byte(in))
		require.NoError(t, err)
		assert.True(t, got.BodyOmitted, "BodyOmitted")
		assert.Empty(t, got.Body, "Body")
		checkNotes(t, got.Notes.Texts(message.EN), []string{"Ignored 1 lines of other text"})
	})
	t.Run("redirect: second request ignored", func(t *testing.T) {
		in := lf("> GET / HTTP/1.1", "> Host: a", ">", "< HTTP/1.1 302 Found", "< Location: http://b/", "<",
			"> GET / HTTP/1.1", "> Host: b", ">", "")
		got, err := Parse([]byte(in))
		require.NoError(t, err)
		checkRequest(t, got, &Request{Method: "GET", Host: "a", Path: "/", Header: []Field{{"Host", "a"}}, Format: FormatCurlVerbose},
			[]string{"more than one request"})
	})
}
