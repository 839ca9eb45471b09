package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tcsig/tcsig/signer"
)

// formatters write a signing result in each --output format.
var formatters = map[string]func(*bytes.Buffer, *signer.Result) error{
	outputJSON: writeJSON,
	outputText: writeText,
	outputCurl: writeCurl,
	outputHTTP: writeHTTP,
}

// writeJSON writes the result as one indented JSON object (signer.Result's
// own MarshalJSON, so the CLI, the page and the server share one shape).
func writeJSON(b *bytes.Buffer, res *signer.Result) error {
	raw, err := json.Marshal(res)
	if err != nil {
		return err
	}
	if err := json.Indent(b, raw, "", "  "); err != nil {
		return err
	}
	b.WriteByte('\n')
	return nil
}

// requestTarget is the URL's path and query, as the HTTP request line has it.
func requestTarget(res *signer.Result) string {
	rest := strings.TrimPrefix(res.URL, "https://")
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		return rest[i:]
	}
	return "/"
}

// writeHTTP writes the raw HTTP/1.1 request: CRLF line ends, Host first,
// Content-Length for POST, then the exact body bytes.
func writeHTTP(b *bytes.Buffer, res *signer.Result) error {
	b.WriteString(res.Method + " " + requestTarget(res) + " HTTP/1.1\r\n")
	b.WriteString(signer.HeaderHost + ": " + res.Headers.Get(signer.HeaderHost) + "\r\n")
	for _, h := range res.Headers {
		if strings.EqualFold(h.Name, signer.HeaderHost) {
			continue
		}
		b.WriteString(h.Name + ": " + h.Value + "\r\n")
	}
	if res.Method != "GET" {
		b.WriteString("Content-Length: " + strconv.Itoa(len(res.Body)) + "\r\n")
	}
	b.WriteString("\r\n")
	b.Write(res.Body)
	return nil
}

// writeCurl writes a POSIX shell command that sends the request with curl.
// A text body goes in --data-binary as one single-quoted word. A body a
// shell word cannot hold exactly (a NUL byte, bytes that are not UTF-8, or
// control characters a terminal would mangle when pasted, as in a multipart
// body with a binary file) is written by printf, whose format string spells
// every such byte as an octal escape, into curl's stdin (--data-binary @-).
// Nothing is written to disk.
func writeCurl(b *bytes.Buffer, res *signer.Result) error {
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
	return nil
}

// shellQuote quotes s as one POSIX shell word: single quotes keep every
// byte literally; a single quote itself is closed, escaped and reopened.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
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
			fmt.Fprintf(&s, `\%03o`, c)
		}
	}
	return s.String()
}
