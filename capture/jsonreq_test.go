package capture

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseJSON(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  *Request
		notes []string
	}{
		{
			name: "signer output: headers object in written order, body string exact",
			in: `{"method":"POST","url":"https://cvm.tencentcloudapi.com/",` +
				`"headers":{"X-TC-Timestamp":"1551113065","Authorization":"` + docAuthA + `","Content-Type":"application/json; charset=utf-8","Host":"cvm.tencentcloudapi.com"},` +
				`"body":"{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}"}`,
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"X-TC-Timestamp", "1551113065"}, {"Authorization", docAuthA},
					{"Content-Type", "application/json; charset=utf-8"}, {"Host", "cvm.tencentcloudapi.com"}},
				Body: []byte(docBodyA), Format: FormatJSON},
			notes: noNotes,
		},
		{
			name: "headers as pairs, raw query kept, trailing newline in body kept",
			in:   `{"method":"GET","url":"https://cvm.tencentcloudapi.com/?a=b%2fc&c=%E4%BD%A0+x","headers":[["X-A","1"],["x-a","2"]],"body":"\n"}`,
			want: &Request{Method: "GET", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/", RawQuery: "a=b%2fc&c=%E4%BD%A0+x",
				Header: []Field{{"X-A", "1"}, {"x-a", "2"}}, Body: []byte("\n"), Format: FormatJSON},
			notes: noNotes,
		},
		{
			name: "headers as HAR name/value objects, Go http.Header lists, bodyBase64, unknown fields noted",
			in:   `{"Method":"POST","URL":"https://h/x","headers":[{"name":"A","value":"1"}],"bodyBase64":"AAEC/w==","trace":{},"secretKey":"x"}`,
			want: &Request{Method: "POST", Scheme: "https", Host: "h", Path: "/x", Header: []Field{{"A", "1"}},
				Body: []byte{0, 1, 2, 0xff}, Format: FormatJSON},
			notes: []string{"Ignored the JSON fields secretKey, trace"},
		},
		{
			name: "http.Header form",
			in:   `{"method":"GET","url":"https://h/","headers":{"Accept":["a","b"],"Host":"other"}}`,
			want: &Request{Method: "GET", Scheme: "https", Host: "other", Path: "/",
				Header: []Field{{"Accept", "a"}, {"Accept", "b"}, {"Host", "other"}}, Format: FormatJSON},
			notes: []string{`Host header "other" differs from the URL's host "h"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseJSON([]byte(tt.in))
			require.NoError(t, err, "ParseJSON")
			checkRequest(t, got, tt.want, tt.notes)
			viaParse, err := Parse([]byte(tt.in))
			require.NoError(t, err, "Parse")
			checkRequest(t, viaParse, tt.want, tt.notes)
		})
	}
}

func TestParseJSONErrors(t *testing.T) {
	tests := []struct {
		name, in  string
		fragments []string
	}{
		{"body is an object", `{"method":"POST","url":"https://h/","body":{"Limit":1}}`, []string{`"body" must be a JSON string`, "got an object", "payload hash"}},
		{"no method", `{"url":"https://h/"}`, []string{`no "method"`}},
		{"url not absolute", `{"method":"GET","url":"/"}`, []string{"absolute URL"}},
		{"method not a string", `{"method":1,"url":"https://h/"}`, []string{`"method" must be a string, got a number`}},
		{"header value a number", `{"method":"GET","url":"https://h/","headers":{"A":1}}`, []string{`header "A" must be a string`}},
		{"header pair too short", `{"method":"GET","url":"https://h/","headers":[["A"]]}`, []string{"headers[0]"}},
		{"headers a string", `{"method":"GET","url":"https://h/","headers":"A: 1"}`, []string{`"headers" must be an object or a list, got a string`}},
		{"both bodies", `{"method":"POST","url":"https://h/","body":"x","bodyBase64":"eA=="}`, []string{"not both"}},
		{"null", `null`, []string{"got null"}},
		{"a string", `"GET / HTTP/1.1"`, []string{"the top level must not be a JSON string"}},
		{"syntax", `{"method":"GET",}`, []string{"byte 16", "invalid JSON"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseJSON([]byte(tt.in))
			checkErr(t, err, nil, tt.fragments...)
		})
	}
}
