package capture

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/internal/message"
)

// sentByCurl returns what a capture of curl's own request says the command
// determined: the request minus the headers curl adds by itself (Host
// unless the command set it, its default User-Agent and Accept, and
// Content-Length).
func sentByCurl(t *testing.T, raw []byte, fromCmd *Request) *Request {
	t.Helper()
	r, err := ParseHTTP(raw)
	require.NoError(t, err, "parse captured request")
	var kept []Field
	for _, f := range r.Header {
		switch {
		case f.Name == "Content-Length",
			f.Name == "Host" && !fromCmd.has("Host"),
			f.Name == "User-Agent" && strings.HasPrefix(f.Value, "curl/"),
			f.Name == "Accept" && f.Value == "*/*":
			continue
		}
		kept = append(kept, f)
	}
	r.Header = kept
	return r
}

// compareWithCapture checks a parsed command against the bytes curl sent.
func compareWithCapture(t *testing.T, got *Request, raw []byte) {
	t.Helper()
	want := sentByCurl(t, raw, got)
	ignore := cmpopts.IgnoreFields(Request{}, "Notes", "Format", "Scheme", "BodyOmitted")
	if diff := cmp.Diff(want, got, ignore, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("parsed command differs from what curl 7.88.1 sent (-sent +parsed):\n%s", diff)
	}
	checkNoteMsgs(t, got)
}

// Every testdata/curl/NAME.sh was run by bash and curl 7.88.1; NAME.http
// holds the bytes curl sent. The parser must agree with curl.
func TestParseCurlMatchesRealCurl(t *testing.T) {
	for _, dir := range []string{"curl", "chrome"} {
		scripts, err := filepath.Glob(filepath.Join("testdata", dir, "*.sh"))
		require.NoError(t, err)
		require.NotEmpty(t, scripts, "scripts in testdata/%s", dir)
		for _, sh := range scripts {
			name := strings.TrimSuffix(filepath.Base(sh), ".sh")
			t.Run(dir+"/"+name, func(t *testing.T) {
				cmd, err := os.ReadFile(sh)
				require.NoError(t, err)
				capture := filepath.Join("testdata", dir, strings.TrimSuffix(name, ".bash")+".http")
				raw, err := os.ReadFile(capture)
				require.NoError(t, err)
				got, err := ParseCurl(string(cmd))
				require.NoError(t, err, "ParseCurl")
				assert.Equal(t, FormatCurl, got.Format, "Format")
				compareWithCapture(t, got, raw)
			})
		}
	}
}

// "Copy as cURL (cmd)" output decodes to the same request as the bash copy,
// except where Chrome's Windows escaping is lossy: it cannot carry CR, and
// it doubles backslashes that the C runtime then passes on doubled.
func TestParseCurlWindowsCmd(t *testing.T) {
	tests := []struct {
		name  string
		body  func(sent []byte) []byte
		notes []string
	}{
		{"chrome-tc3", func(b []byte) []byte { return []byte(strings.ReplaceAll(string(b), `\`, `\\`)) },
			[]string{"Windows cmd.exe quoting", "backslashes in a row not followed by a quote", "authority"}},
		{"chrome-tricky", func(b []byte) []byte {
			return []byte(strings.ReplaceAll(strings.ReplaceAll(string(b), "\r\n", "\n"), `\`, `\\`))
		}, []string{"cannot express CR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(readTestdata(t, "chrome/"+tt.name+".cmd.txt"))
			require.NoError(t, err)
			assert.Equal(t, FormatCurl, got.Format, "Format")
			raw := readTestdata(t, "chrome/"+tt.name+".http")
			sent := sentByCurl(t, raw, got)
			sent.Body = tt.body(sent.Body)
			ignore := cmpopts.IgnoreFields(Request{}, "Notes", "Format", "Scheme")
			if diff := cmp.Diff(sent, got, ignore, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			checkNotes(t, got.Notes.Texts(message.EN), tt.notes)
			checkNoteMsgs(t, got)
		})
	}
}

func TestParseCurl(t *testing.T) {
	const cvm = "https://cvm.tencentcloudapi.com/"
	tests := []struct {
		name  string
		cmd   string
		want  *Request
		notes []string
	}{
		{
			name: "TC3 POST as a person writes it, with line continuations",
			cmd: "curl -X POST https://cvm.tencentcloudapi.com \\\n" +
				"  -H 'Authorization: " + docAuthA + "' \\\n" +
				"  -H 'Content-Type: application/json; charset=utf-8' \\\n" +
				"  -H 'X-TC-Action: DescribeInstances' -H 'X-TC-Timestamp: 1551113065' \\\n" +
				"  -H 'X-TC-Version: 2017-03-12' -H 'X-TC-Region: ap-guangzhou' \\\n" +
				"  -d '" + docBodyA + "'\n",
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: docHeadersA, Body: []byte(docBodyA), Format: FormatCurl},
			notes: noNotes,
		},
		{
			name: "bash $'' body with \\n escapes and a real trailing newline",
			cmd:  `curl ` + cvm + ` -H 'Content-Type: application/json' --data-raw $'{"Text":"a\\nb","Esc":"\u672a\x41\101\t"}\n'`,
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"Content-Type", "application/json"}},
				Body:   []byte("{\"Text\":\"a\\nb\",\"Esc\":\"未AA\t\"}\n"), Format: FormatCurl},
			notes: noNotes,
		},
		{
			name: "-d without Content-Type: curl sends form content type",
			cmd:  `curl ` + cvm + ` -H 'X-TC-Action: DescribeInstances' -d '{}'`,
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"X-TC-Action", "DescribeInstances"}, {"Content-Type", "application/x-www-form-urlencoded"}},
				Body:   []byte("{}"), Format: FormatCurl},
			notes: []string{"curl sends Content-Type: application/x-www-form-urlencoded", "AuthFailure.SignatureFailure"},
		},
		{
			name: "v1 GET with -G and raw query",
			cmd:  `curl -G 'https://cvm.tencentcloudapi.com/?Action=DescribeInstances&Signature=EliP9YW3pW28FpsEdkXt%2F%2BWcGeI%3D' -d 'Version=2017-03-12'`,
			want: &Request{Method: "GET", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
				RawQuery: "Action=DescribeInstances&Signature=EliP9YW3pW28FpsEdkXt%2F%2BWcGeI%3D&Version=2017-03-12", Format: FormatCurl},
			notes: []string{"-G put the data into the query"},
		},
		{
			name: "-X GET with -d keeps the body (and the form content type)",
			cmd:  `curl -X GET ` + cvm + ` -d a=1`,
			want: &Request{Method: "GET", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"Content-Type", "application/x-www-form-urlencoded"}}, Body: []byte("a=1"), Format: FormatCurl},
		},
		{
			name: "--json with an explicit Content-Type keeps it",
			cmd:  `curl --json '{"a":1}' -H 'Content-Type: application/json; charset=utf-8' ` + cvm,
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"Content-Type", "application/json; charset=utf-8"}, {"Accept", "application/json"}},
				Body:   []byte(`{"a":1}`), Format: FormatCurl},
			notes: noNotes,
		},
		{
			name: "--opt=value, --no-switch, ignored switches, prompt, trailing pipe",
			cmd:  `$ curl --compressed -k -s -v -i -L --no-progress-meter --max-time 5 --header='X-A: 1' --data-raw=x ` + cvm + ` 2>&1 | jq .`,
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"X-A", "1"}, {"Content-Type", "application/x-www-form-urlencoded"}}, Body: []byte("x"), Format: FormatCurl},
			notes: []string{"Ignored the shell redirection 2>&1", `ends at the unquoted "|"`},
		},
		{
			name:  "unquoted & cuts the URL, as the shell does",
			cmd:   `curl https://cvm.tencentcloudapi.com/?a=1&b=2`,
			want:  &Request{Method: "GET", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/", RawQuery: "a=1", Format: FormatCurl},
			notes: []string{`ends at the unquoted "&"`},
		},
		{
			name: "no scheme, comment line, shell variable",
			cmd:  "# list instances\ncurl cvm.tencentcloudapi.com -H \"X-TC-Token: $TOKEN\"",
			want: &Request{Method: "GET", Scheme: "http", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"X-TC-Token", "$TOKEN"}}, Format: FormatCurl},
			notes: []string{"no scheme", "$TOKEN on line 2 was not expanded"},
		},
		{
			name:  "-H 'Name:' suppresses curl's own Content-Type; unknown option noted",
			cmd:   `curl --frobnicate -H 'Content-Type:' -d x ` + cvm,
			want:  &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/", Body: []byte("x"), Format: FormatCurl},
			notes: []string{"--frobnicate", "tells curl not to send Content-Type"},
		},
		{
			name:  "--next stops; -u noted; URL fragment and userinfo dropped",
			cmd:   `curl -u id:key 'https://u:p@cvm.tencentcloudapi.com/p?q#f' --next -d x https://other.example/`,
			want:  &Request{Method: "GET", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/p", RawQuery: "q", Format: FormatCurl},
			notes: []string{"-u on line 1", "--next", `user info ("u:…"@)`, "fragment #f"},
		},
		{
			name: "Windows curl.exe with plain double quotes and ^ continuation",
			cmd:  "curl.exe \"https://cvm.tencentcloudapi.com/\" ^\n  -H \"Content-Type: application/json\" ^\n  -d \"{\\\"Limit\\\":1}\"\r\n",
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"Content-Type", "application/json"}}, Body: []byte(`{"Limit":1}`), Format: FormatCurl},
		},
		{
			name: "a caret before a quote inside a bash body does not make it cmd",
			cmd:  `curl -H 'Content-Type: application/json' --data-raw '{"re":"a^","b":1}' ` + cvm,
			want: &Request{Method: "POST", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/",
				Header: []Field{{"Content-Type", "application/json"}}, Body: []byte(`{"re":"a^","b":1}`), Format: FormatCurl},
			notes: noNotes,
		},
		{
			name: "--request-target and -r",
			cmd:  `curl --request-target '/x?y=1' -r 0-9 ` + cvm,
			want: &Request{Method: "GET", Scheme: "https", Host: "cvm.tencentcloudapi.com", Path: "/x", RawQuery: "y=1",
				Header: []Field{{"Range", "bytes=0-9"}}, Format: FormatCurl},
			notes: []string{"--request-target"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseCurl(tt.cmd)
			require.NoError(t, err, "ParseCurl")
			checkRequest(t, got, tt.want, tt.notes)
		})
	}
}

func TestParseCurlBodyHashMatchesDoc(t *testing.T) {
	for _, name := range []string{"chrome/chrome-tc3.bash.sh"} {
		r, err := ParseCurl(string(readTestdata(t, name)))
		require.NoError(t, err)
		assert.Equal(t, docBodyAHash, sha256Hex(r.Body), "%s: payload hash", name)
	}
}

func TestParseCurlErrors(t *testing.T) {
	const u = " https://cvm.tencentcloudapi.com/"
	tests := []struct {
		name      string
		cmd       string
		sentinel  error
		line      int
		fragments []string
	}{
		{"multipart -F", "curl" + u + " \\\n -F file=@a.png", ErrMultipart, 2, []string{"multipart", "byte for byte", "raw HTTP"}},
		{"--form-string", "curl" + u + " --form-string a=b", ErrMultipart, 1, nil},
		{"-d @file", "curl" + u + " -d @body.json", ErrFileReference, 1, []string{`"body.json"`}},
		{"--data-binary @-", "curl" + u + " --data-binary @-", ErrFileReference, 1, []string{"standard input"}},
		{"--json @file", "curl" + u + " --json @req.json", ErrFileReference, 1, []string{`"req.json"`}},
		{"--data-urlencode name@file", "curl" + u + " --data-urlencode q@text.txt", ErrFileReference, 1, []string{`"text.txt"`}},
		{"-H @file", "curl" + u + " -H @headers.txt", ErrFileReference, 1, []string{`"@headers.txt"`}},
		{"-T upload", "curl" + u + " -T big.bin", ErrFileReference, 1, []string{`"big.bin"`}},
		{"-K config", "curl -K opts.txt", ErrFileReference, 1, []string{`"opts.txt"`}},
		{"two URLs", "curl" + u + " \\\n https://b.example/", ErrAmbiguous, 2, []string{"2 URLs"}},
		{"no URL", "curl -d x", nil, 0, []string{"no URL"}},
		{"not curl", "wget" + u, ErrUnknownFormat, 1, []string{`"wget"`}},
		{"unterminated single quote", "curl \\\n  -d '{\"a\":1}" + u, nil, 2, []string{"unterminated single quote"}},
		{"unterminated double quote", "curl -H \"X: 1" + u, nil, 1, []string{"unterminated double quote"}},
		{"unterminated $''", "curl --data-raw $'abc", nil, 1, []string{"unterminated $'"}},
		{"option without value", "curl" + u + " -H", nil, 1, []string{"option -H needs a value"}},
		{"lines count from the top of the paste", "\n\n  curl" + u + " \\\n  --data-raw", nil, 4, []string{"line 4:", "needs a value"}},
		{"empty -X", "curl -X ''" + u, nil, 1, []string{"empty one"}},
		{"long option without value", "curl" + u + " --data-raw", nil, 1, []string{"option --data-raw needs a value"}},
		{"empty", "   ", nil, 0, []string{"empty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseCurl(tt.cmd)
			pe := checkErr(t, err, tt.sentinel, tt.fragments...)
			assert.Equal(t, tt.line, pe.Line, "Line (%v)", err)
		})
	}
}
