package capture

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/internal/message"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"raw HTTP", "POST / HTTP/1.1\r\nHost: h\r\n\r\n", FormatHTTP},
		{"raw HTTP after blank lines", "\n\n  GET https://h/ HTTP/1.1\n", FormatHTTP},
		{"HTTP/2 devtools headers", ":authority: h\n:method: GET\n:path: /\n", FormatHTTP},
		{"curl", "curl -d x https://h/", FormatCurl},
		{"curl with prompt", "$ curl https://h/", FormatCurl},
		{"curl after a comment", "# call it\ncurl https://h/", FormatCurl},
		{"curl.exe cmd", "curl.exe ^\"https://h/^\"", FormatCurl},
		{"curl path", "/usr/bin/curl https://h/", FormatCurl},
		{"curl -v", "* Trying 1.2.3.4:443...\n> GET / HTTP/1.1\n> Host: h\n>\n", FormatCurlVerbose},
		{"SDK debug", "2024/01/02 15:04:05 client.go:552: [DEBUG] http request: GET / HTTP/1.1\r\n", FormatSDKDebug},
		{"SDK debug without prefix", "[DEBUG] http request = GET / HTTP/1.1\n", FormatSDKDebug},
		{"HAR file", `{"log":{"entries":[]}}`, FormatHAR},
		{"HAR entry", `{"request":{"method":"GET","url":"https://h/"}}`, FormatHAR},
		{"HAR request", `{"method":"GET","url":"https://h/","httpVersion":"h2","headers":[]}`, FormatHAR},
		{"JSON", `{"method":"GET","url":"https://h/"}`, FormatJSON},
		{"JSON with BOM", "\uFEFF" + `{"method":"GET","url":"https://h/"}`, FormatJSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Sniff([]byte(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, "Sniff")
		})
	}
}

func TestSniffErrors(t *testing.T) {
	tests := []struct {
		name, in  string
		fragments []string
	}{
		{"empty", " \r\n\t", []string{"empty"}},
		{"response", "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{}", []string{"HTTP response", "paste the request"}},
		{"PowerShell", "Invoke-WebRequest -UseBasicParsing -Uri \"https://h/\"", []string{"PowerShell", "Copy as cURL (bash)"}},
		{"JSON array", `[{"method":"GET"}]`, []string{"JSON array"}},
		{"prose", "please check my signature", []string{`first line "please check my signature"`, "curl command"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.in))
			checkErr(t, err, ErrUnknownFormat, tt.fragments...)
		})
	}
}

func TestSizeLimit(t *testing.T) {
	big := bytes.Repeat([]byte("a"), MaxInputSize+1)
	for name, parse := range map[string]func([]byte) (*Request, error){
		"Parse": Parse, "ParseHTTP": ParseHTTP, "ParseHAR": ParseHAR, "ParseSDKDebug": ParseSDKDebug, "ParseJSON": ParseJSON,
		"ParseCurl": func(b []byte) (*Request, error) { return ParseCurl(string(b)) },
	} {
		t.Run(name, func(t *testing.T) {
			_, err := parse(big)
			checkErr(t, err, ErrTooLarge, "16777217 bytes", "16777216 bytes (16 MiB)")
		})
	}
	t.Run("ParseReader refuses rather than truncates", func(t *testing.T) {
		_, err := ParseReader(bytes.NewReader(big))
		checkErr(t, err, ErrTooLarge)
	})
	t.Run("curl body grown past the limit by --data-urlencode", func(t *testing.T) {
		cmd := "curl https://h/ --data-urlencode '" + strings.Repeat("/", MaxInputSize/2) + "'"
		_, err := ParseCurl(cmd)
		checkErr(t, err, ErrTooLarge, "the curl body")
	})
}

func TestFieldAndNoteLimits(t *testing.T) {
	many := "GET / HTTP/1.1\r\n" + strings.Repeat("X: 1\r\n", maxFields+1) + "\r\n"
	_, err := ParseHTTP([]byte(many))
	checkErr(t, err, nil, "line 10002:", "more than 10000 header lines")

	_, err = ParseCurl("curl https://h/" + strings.Repeat(" -s", maxFields))
	checkErr(t, err, nil, "10002 arguments")

	noisy := "GET / HTTP/1.1\r\n" + strings.Repeat("X Y: 1\r\n", 200) + "\r\n"
	r, err := ParseHTTP([]byte(noisy))
	require.NoError(t, err)
	require.Len(t, r.Notes, maxNotes+1, "notes")
	assert.Equal(t, "More notes were left out", r.Notes[maxNotes].Render(message.EN), "the last note")
}

func TestParseReader(t *testing.T) {
	r, err := ParseReader(strings.NewReader("GET /?x HTTP/1.1\r\nHost: h\r\n\r\n"))
	require.NoError(t, err)
	assert.Equal(t, "/?x", r.RequestURI(), "RequestURI")
	assert.Equal(t, "h", r.Host, "Host")
}

func TestRequestAccessors(t *testing.T) {
	r := &Request{Path: "/", Header: []Field{{"Content-Type", "a"}, {"x-tc-action", "B"}, {"content-type", "c"}}}
	assert.Equal(t, "a", r.Get("CONTENT-TYPE"), "Get: the first of its name, any case")
	assert.Equal(t, "B", r.Get("X-TC-Action"), "Get")
	assert.Empty(t, r.Get("missing"), "Get(missing)")
	if diff := cmp.Diff([]string{"a", "c"}, r.Values("Content-Type")); diff != "" {
		t.Errorf("Values (-want +got):\n%s", diff)
	}
	assert.Equal(t, "/", r.RequestURI(), "RequestURI")
	r.ForceQuery = true
	assert.Equal(t, "/?", r.RequestURI(), "RequestURI with ForceQuery")
	r.RawQuery = "a=1"
	assert.Equal(t, "/?a=1", r.RequestURI(), "RequestURI with a query")
}

// The JSON form of a Request is what the page and CLI exchange; pin it.
func TestRequestJSON(t *testing.T) {
	r := &Request{Method: "POST", Scheme: "https", Host: "h", Path: "/", Header: []Field{{"A", "1"}},
		Body: []byte("{}"), Format: FormatHTTP, Notes: Notes{message.New(message.CapMoreNotes)}}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	const want = `{"method":"POST","scheme":"https","host":"h","path":"/","header":[{"name":"A","value":"1"}],"body":"e30=","format":"http","notes":["More notes were left out"]}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestParseErrorText(t *testing.T) {
	tests := []struct {
		err  *ParseError
		want string
	}{
		{&ParseError{Format: "http", Line: 3, Offset: -1, Msg: "m"}, "http: line 3: m"},
		{&ParseError{Format: "http", Offset: 0, Msg: "m"}, "http: byte 0: m"},
		{&ParseError{Offset: -1, Msg: "m", Err: ErrTooLarge}, "m"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.err.Error(), "Error()")
	}
	assert.ErrorIs(t, tests[2].err, ErrTooLarge, "Unwrap lost the sentinel")
}
