package export

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
)

// requestTarget is the URL's path and query, as the HTTP request line has it.
func requestTarget(res *signer.Result) string {
	rest := strings.TrimPrefix(res.URL, "https://")
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		return rest[i:]
	}
	return "/"
}

// HTTP is the signed request as raw HTTP/1.1: CRLF line ends, Host first,
// Content-Length for POST, then the exact body bytes.
func HTTP(res *signer.Result) []byte {
	head := res.Method + " " + requestTarget(res) + " HTTP/1.1\r\n" +
		protocol.HeaderHost + ": " + res.Headers.Get(protocol.HeaderHost) + "\r\n"
	for _, h := range res.Headers {
		if !strings.EqualFold(h.Name, protocol.HeaderHost) {
			head += h.Name + ": " + h.Value + "\r\n"
		}
	}
	if res.Method != "GET" {
		head += "Content-Length: " + strconv.Itoa(len(res.Body)) + "\r\n"
	}
	head += "\r\n"
	b := make([]byte, 0, len(head)+len(res.Body))
	return append(append(b, head...), res.Body...)
}

// Curl is a POSIX shell command that sends the signed request with curl.
// A text body goes in --data-binary as one single-quoted word. A body a
// shell word cannot hold exactly (a NUL byte, bytes that are not UTF-8, or
// control characters a terminal would mangle when pasted, as in a multipart
// body with a binary file) is written by printf, whose format string spells
// every such byte as an octal escape, into curl's stdin (--data-binary @-):
// the command carries the whole body, and needs no file the user lacks.
func Curl(res *signer.Result) string {
	var b strings.Builder
	binary := needsPrintf(res.Body)
	if binary {
		b.WriteString("# The body has bytes a shell word cannot carry safely; printf writes them exactly to curl's stdin.\n")
		b.WriteString("printf " + shellQuote(printfFormat(res.Body)) + " |\n")
	}
	b.WriteString("curl -sS " + shellQuote(res.URL))
	for _, h := range res.Headers {
		b.WriteString(" \\\n  -H " + shellQuote(h.Name+": "+h.Value))
	}
	if res.Method != "GET" {
		b.WriteString(" \\\n  --data-binary ")
		if binary {
			b.WriteString("@-")
		} else {
			b.WriteString(shellQuote(string(res.Body)))
		}
	}
	b.WriteByte('\n')
	return b.String()
}

// needsPrintf reports whether body cannot go into a single-quoted word as
// typed or pasted text: NUL, invalid UTF-8, or control bytes other than tab
// and newline.
func needsPrintf(body []byte) bool {
	if !utf8.Valid(body) {
		return true
	}
	for _, c := range body {
		if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
			return true
		}
	}
	return false
}

// printfFormat spells body as a printf format string that prints it
// exactly: printable ASCII as itself (% and \ doubled), everything else as
// a three-digit octal escape, which POSIX printf decodes. A leading '-' is
// escaped too: the shells' printf would take it for an option (a multipart
// body starts with "--").
func printfFormat(body []byte) string {
	var s strings.Builder
	for i, c := range body {
		switch {
		case i == 0 && c == '-':
			s.WriteString(`\055`)
		case c == '%':
			s.WriteString("%%")
		case c == '\\':
			s.WriteString(`\\`)
		case c >= 0x20 && c < 0x7f:
			s.WriteByte(c)
		default:
			s.WriteByte('\\')
			s.WriteByte('0' + c>>6)
			s.WriteByte('0' + c>>3&7)
			s.WriteByte('0' + c&7)
		}
	}
	return s.String()
}
