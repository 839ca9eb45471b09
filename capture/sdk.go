package capture

import (
	"bytes"
	"strings"

	"github.com/tcsig/tcsig/internal/message"
)

// The Go SDK (tencentcloud-sdk-go/tencentcloud/common) with
// profile.Debug = true logs every request with httputil.DumpRequest:
//
//	v1.3.212 (client.go sendHttp):  c.logger.Printf("[DEBUG] http request: %s", outBytes)
//	                                 logger = log.New(os.Stderr, "", log.LstdFlags|log.Lshortfile)
//	older releases:                 log.Printf("[DEBUG] http request = %s", outbytes)
//
// so a request looks like
//
//	2024/01/02 15:04:05 client.go:552: [DEBUG] http request: POST / HTTP/1.1\r\n
//	Host: cvm.tencentcloudapi.com\r\n
//	Authorization: TC3-HMAC-SHA256 …\r\n
//	Content-Type: application/json\r\n
//	X-Tc-Action: DescribeInstances\r\n
//	…\r\n
//	\r\n
//	{"Limit":1}\n                      ← log.Printf appends the '\n'
//	2024/01/02 15:04:05 client.go:569: [DEBUG] http response: HTTP/1.1 200 OK …
//
// DumpRequest writes no Content-Length, so the body runs to the next log entry.
var sdkMarkers = []string{"[DEBUG] http request: ", "[DEBUG] http request = "}

// findSDKMarker returns the offset of the first SDK request marker, or -1.
func findSDKMarker(t []byte) int {
	i, _ := sdkMarker(t)
	return i
}

func sdkMarker(t []byte) (at int, marker string) {
	at = -1
	for _, m := range sdkMarkers {
		if i := bytes.Index(t, []byte(m)); i >= 0 && (at < 0 || i < at) {
			at, marker = i, m
		}
	}
	return at, marker
}

// ParseSDKDebug parses the debug log of tencentcloud-sdk-go: it finds the
// first "[DEBUG] http request: " (or the older "[DEBUG] http request = ")
// entry, drops the log prefix, stops at the next log entry (the response
// dump, usually) and parses the HTTP dump in between. The '\n' that
// log.Printf appends after the body is removed.
func ParseSDKDebug(text []byte) (*Request, error) {
	if err := checkSize("input", len(text)); err != nil {
		return nil, err
	}
	at, marker := sdkMarker(text)
	if at < 0 {
		return nil, msgErr(FormatSDKDebug, ErrUnknownFormat, message.CapErrSDKNoMarker)
	}
	start := at + len(marker)
	end := sdkEntryEnd(text, start)
	startLine := bytes.Count(text[:start], []byte("\n"))
	r, err := parseHTTPTextAt(text[:end], start, startLine, FormatSDKDebug, framing{sdkLog: true})
	if err != nil {
		return nil, err
	}
	if n := countSDKMarkers(text); n > 1 {
		r.note(message.CapLogRequests, n, startLine+1)
	}
	if end < len(text) && bytes.Contains(text[end:], []byte("[DEBUG] http response")) {
		r.note(message.CapLogResponse)
	}
	return r, nil
}

func countSDKMarkers(t []byte) int {
	n := 0
	for _, m := range sdkMarkers {
		n += bytes.Count(t, []byte(m))
	}
	return n
}

// sdkEntryEnd returns the offset of the first line after start that begins
// a new log entry, or len(text).
func sdkEntryEnd(text []byte, start int) int {
	pos := start
	for {
		nl := bytes.IndexByte(text[pos:], '\n')
		if nl < 0 {
			return len(text)
		}
		pos += nl + 1
		if pos < len(text) && isLogEntryStart(text[pos:]) {
			return pos
		}
	}
}

// isLogEntryStart reports whether line begins a new log entry: the standard
// log date prefix "2006/01/02 ", or an SDK "[DEBUG]"/"[ERROR]" tag near the
// start of the line.
func isLogEntryStart(line []byte) bool {
	if len(line) >= 11 && isDigits(line[0:4]) && line[4] == '/' && isDigits(line[5:7]) &&
		line[7] == '/' && isDigits(line[8:10]) && line[10] == ' ' {
		return true
	}
	head := line
	if nl := bytes.IndexByte(head, '\n'); nl >= 0 {
		head = head[:nl]
	}
	if len(head) > 120 {
		head = head[:120]
	}
	s := string(head)
	return strings.Contains(s, "[DEBUG] http ") || strings.Contains(s, "[ERROR] ")
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}
