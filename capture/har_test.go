package capture

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseHAR(t *testing.T) {
	chromeHeader := []Field{
		{"Host", "cvm.tencentcloudapi.com"},
		{"accept", "*/*"},
		{"authorization", docAuthA},
		{"content-length", "86"},
		{"content-type", "application/json; charset=utf-8"},
		{"origin", "https://console.cloud.tencent.com"},
		{"x-tc-action", "DescribeInstances"},
		{"x-tc-region", "ap-guangzhou"},
		{"x-tc-timestamp", "1551113065"},
		{"x-tc-version", "2017-03-12"},
	}
	chromeTC3 := &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
		Header: chromeHeader, Body: []byte(docBodyA), Format: FormatHAR}
	single := func(request string) string { return `{"log":{"entries":[{"request":` + request + `}]}}` }

	tests := []struct {
		name  string
		in    string
		want  *Request
		notes []string
	}{
		{
			name:  "Chrome HTTP/2 export: picks the TC3 call, skips page load and CORS preflight",
			in:    string(readTestdata(t, "har/chrome-h2.har")),
			want:  chromeTC3,
			notes: []string{"has 3 entries; took entry 2", "pseudo-headers: :authority became the Host field"},
		},
		{
			name: "base64 body with CRLF and trailing newline, :path used for the raw query",
			in:   string(readTestdata(t, "har/base64-body.har")),
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.ap-shanghai.tencentcloudapi.com", Path: "/",
				RawQuery: "a=b%2fc&c=%E4%BD%A0+x",
				Header:   []Field{{"Host", "cvm.ap-shanghai.tencentcloudapi.com"}, {"content-type", "application/octet-stream"}, {"x-tc-action", "Upload"}},
				Body:     []byte("Action=DescribeInstances&Region=ap-guangzhou\r\nline2 \xe6\x9c\xaa\n"), Format: FormatHAR},
			notes: []string{"fragment #frag"},
		},
		{
			name: "single entry object, Firefox-style HTTP/1.1 headers",
			in: `{"request":{"method":"GET","url":"https://cvm.tencentcloudapi.com/?Action=DescribeRegions&Version=2017-03-12",` +
				`"httpVersion":"HTTP/1.1","headers":[{"name":"Host","value":"cvm.tencentcloudapi.com"},{"name":"User-Agent","value":"Mozilla/5.0"}],` +
				`"bodySize":0}}`,
			want: &Request{Method: "GET", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/", RawQuery: "Action=DescribeRegions&Version=2017-03-12",
				Header: []Field{{"Host", "cvm.tencentcloudapi.com"}, {"User-Agent", "Mozilla/5.0"}}, Format: FormatHAR},
			notes: noNotes,
		},
		{
			name: "no Host header: host from the URL, none added",
			in:   single(`{"method":"POST","url":"https://tmt.tencentcloudapi.com/","headers":[{"name":"Content-Type","value":"application/json"}],"postData":{"mimeType":"application/json","text":"{}"}}`),
			want: &Request{Method: "POST", Scheme: "https", Host: "tmt.tencentcloudapi.com", Path: "/",
				Header: []Field{{"Content-Type", "application/json"}}, Body: []byte("{}"), Format: FormatHAR},
			notes: noNotes,
		},
		{
			name: "postData missing although bodySize says 12",
			in:   single(`{"method":"POST","url":"https://cvm.tencentcloudapi.com/","headers":[{"name":"Host","value":"cvm.tencentcloudapi.com"}],"bodySize":12}`),
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"Host", "cvm.tencentcloudapi.com"}}, BodyOmitted: true, Format: FormatHAR},
			notes: []string{"no postData although bodySize is 12"},
		},
		{
			name: "form params only: body cannot be rebuilt",
			in:   single(`{"method":"POST","url":"https://cvm.tencentcloudapi.com/","headers":[{"name":"Host","value":"cvm.tencentcloudapi.com"}],"postData":{"mimeType":"application/x-www-form-urlencoded","params":[{"name":"a","value":"b c"}]}}`),
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"Host", "cvm.tencentcloudapi.com"}}, BodyOmitted: true, Format: FormatHAR},
			notes: []string{"only as decoded form params"},
		},
		{
			name: "bodySize and mimeType disagree with the body and headers",
			in:   single(`{"method":"POST","url":"https://cvm.tencentcloudapi.com/","headers":[{"name":"Content-Type","value":"application/json"},{"name":"Content-Length","value":"3"}],"bodySize":5,"postData":{"mimeType":"text/plain","text":"{}"}}`),
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"Content-Type", "application/json"}, {"Content-Length", "3"}}, Body: []byte("{}"), Format: FormatHAR},
			notes: []string{"bodySize 5 but postData holds 2 bytes", "Content-Length says 3", `mimeType "text/plain" differs`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseHAR([]byte(tt.in))
			require.NoError(t, err, "ParseHAR")
			checkRequest(t, got, tt.want, tt.notes)
			viaParse, err := Parse([]byte(tt.in))
			require.NoError(t, err, "Parse")
			if diff := cmp.Diff(got, viaParse); diff != "" {
				t.Errorf("Parse differs from ParseHAR (-ParseHAR +Parse):\n%s", diff)
			}
		})
	}
	t.Run("body hash matches the doc", func(t *testing.T) {
		r, err := ParseHAR(readTestdata(t, "har/chrome-h2.har"))
		require.NoError(t, err)
		assert.Equal(t, docBodyAHash, sha256Hex(r.Body), "payload hash")
	})
}

func TestParseHAREntryAndEntries(t *testing.T) {
	data := readTestdata(t, "har/chrome-h2.har")
	entries, err := HAREntries(data)
	require.NoError(t, err)
	want := []HAREntry{
		{Index: 0, Method: "GET", URL: "https://console.cloud.tencent.com/cvm"},
		{Index: 1, Method: "OPTIONS", URL: "https://cvm.tencentcloudapi.com/", Tencent: true},
		{Index: 2, Method: "POST", URL: "https://cvm.tencentcloudapi.com/", Action: "DescribeInstances", Tencent: true},
	}
	if diff := cmp.Diff(want, entries); diff != "" {
		t.Errorf("HAREntries (-want +got):\n%s", diff)
	}
	r, err := ParseHAREntry(data, 1)
	require.NoError(t, err)
	assert.Equal(t, "OPTIONS", r.Method, "entry 1: %v", r.Header)
	assert.Equal(t, "POST", r.Get("access-control-request-method"), "entry 1: %v", r.Header)
	_, err = ParseHAREntry(data, 3)
	checkErr(t, err, nil, "entry 3 does not exist", "3 entries (0 to 2)")
}

func TestParseHARErrors(t *testing.T) {
	two := `{"method":"POST","url":"https://cvm.tencentcloudapi.com/","headers":[{"name":"X-TC-Action","value":"RunInstances"}]}`
	tests := []struct {
		name      string
		in        string
		sentinel  error
		fragments []string
	}{
		{"several Tencent entries", `{"log":{"entries":[{"request":` + two + `},{"request":` + strings.Replace(two, "Run", "Terminate", 1) + `}]}}`,
			ErrAmbiguous, []string{"2 entries, 2 of them to *.tencentcloudapi.com", "#0 POST https://cvm.tencentcloudapi.com/ (RunInstances)", "#1", "(TerminateInstances)"}},
		{"several entries, none Tencent", `{"log":{"entries":[{"request":{"method":"GET","url":"https://a/"}},{"request":{"method":"GET","url":"https://b/"}}]}}`,
			ErrAmbiguous, []string{"none"}},
		{"no entries", `{"log":{"entries":[]}}`, nil, []string{"no entries"}},
		{"entry without request", `{"log":{"entries":[{"response":{}}]}}`, nil, []string{`HAR entry 0 has no "request"`}},
		{"relative URL", `{"request":{"method":"GET","url":"/x"}}`, nil, []string{`request.url "/x" is not an absolute URL`}},
		{"no method", `{"request":{"url":"https://a/"}}`, nil, []string{"no request.method"}},
		{"bad base64", `{"request":{"method":"POST","url":"https://a/","postData":{"text":"@@@","encoding":"base64"}}}`, nil, []string{"does not decode"}},
		{"unknown encoding", `{"request":{"method":"POST","url":"https://a/","postData":{"text":"x","encoding":"gzip"}}}`, nil, []string{`unknown postData.encoding "gzip"`}},
		{"body in a separate file", `{"request":{"method":"POST","url":"https://a/","postData":{"mimeType":"application/json","_file":"body.dat"}}}`,
			ErrFileReference, []string{"separate file", "body.dat"}},
		{"wrong type", `{"log":{"entries":[{"request":{"method":"GET","url":"https://a/","headers":[{"name":1}]}}]}}`, nil, []string{"HAR entry 0"}},
		{"invalid JSON", `{"log": {"entries": [}`, nil, []string{"byte 21", "invalid JSON"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseHAR([]byte(tt.in))
			checkErr(t, err, tt.sentinel, tt.fragments...)
		})
	}
}
