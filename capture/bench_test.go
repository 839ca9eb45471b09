package capture

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// 10 MB is the largest TC3 POST body Tencent Cloud accepts.
const benchBody = 10 << 20

func BenchmarkParseHTTP10MB(b *testing.B) {
	body := bytes.Repeat([]byte(`{"a":"0123456789"},`), benchBody/19)
	in := append([]byte("POST / HTTP/1.1\r\nHost: cvm.tencentcloudapi.com\r\nContent-Length: "+strconv.Itoa(len(body))+"\r\n\r\n"), body...)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseHAR10MB(b *testing.B) {
	text := strings.Repeat(`{"a":"0123456789"},`, benchBody/19)
	entry := map[string]any{"request": map[string]any{"method": "POST", "url": "https://cvm.tencentcloudapi.com/",
		"headers":  []map[string]string{{"name": ":authority", "value": "cvm.tencentcloudapi.com"}},
		"postData": map[string]string{"mimeType": "application/json", "text": text}}}
	in, err := json.Marshal(map[string]any{"log": map[string]any{"entries": []any{entry}}})
	require.NoError(b, err)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseCurlChrome(b *testing.B) {
	cmd := string(readTestdata(b, "chrome/chrome-tc3.bash.sh"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseCurl(cmd); err != nil {
			b.Fatal(err)
		}
	}
}
