package capture

import (
	"bytes"
	"strings"

	"github.com/tcsig/tcsig/internal/message"
)

// curl -v prints what it sends as "> " lines, what it receives as "< "
// lines, and information as "* " lines. It never prints the request body
// (only "} [N bytes data]" when stdout is redirected), so a body can only be
// checked when the user pastes it after the output.

// looksLikeCurlVerbose reports whether one of the first 200 lines is a
// "> " request line. It looks at line starts only, so a huge body line is
// never copied.
func looksLikeCurlVerbose(t []byte) bool {
	for pos, n := 0, 0; pos < len(t) && n < 200; n++ {
		end := bytes.IndexByte(t[pos:], '\n')
		if end < 0 {
			end = len(t) - pos
		}
		line := t[pos : pos+min(end, 8<<10)]
		if bytes.HasPrefix(line, []byte("> ")) {
			return looksLikeRequestLine(strings.TrimSuffix(string(line[2:]), "\r"))
		}
		pos += end + 1
	}
	return false
}

// parseCurlVerbose parses curl -v output: the "> " lines are the request
// head; text after the head and before the response ("< " lines) is taken
// as a pasted request body.
func parseCurlVerbose(text []byte) (*Request, error) {
	v := verboseScan{bodyStart: -1, bodyEnd: -1}
	for pos, num := 0, 1; pos < len(text); num++ {
		ln := lineAt(text, pos, num)
		pos = ln.end
		if v.line(ln) {
			break // a redirect (-L) or a second URL follows
		}
	}
	if len(v.head) == 0 {
		return nil, msgErr(FormatCurlVerbose, nil, message.CapErrVerboseNoLines)
	}
	r, info, err := parseHead(v.head, FormatCurlVerbose)
	if err != nil {
		return nil, err
	}
	var body []byte
	off := len(text)
	if v.bodyStart >= 0 {
		body, off = text[v.bodyStart:v.bodyEnd], v.bodyStart
	}
	if err := frameBody(r, body, off, info, framing{verbose: true}); err != nil {
		return nil, err
	}
	v.notes(r)
	return r, nil
}

// Where a curl -v transcript is, line by line.
const (
	beforeHead = iota
	inHead
	afterHead
)

// verboseScan collects the "> " request head of a curl -v transcript and a
// body pasted after it (curl -v does not print the body it sends).
type verboseScan struct {
	state                            int
	head                             []textLine
	tls, seenResponse, secondRequest bool
	bodyStart, bodyEnd               int
	bodyClosed                       bool
	ignoredAfter                     int
}

// line reads one line; stop reports that a second request begins.
func (v *verboseScan) line(ln textLine) (stop bool) {
	s := ln.s
	switch {
	case strings.HasPrefix(s, ">"):
		return v.requestLine(ln)
	case strings.HasPrefix(s, "<"):
		v.seenResponse = true
		if v.state == inHead {
			v.state = afterHead
		}
		v.closeBody()
	case strings.HasPrefix(s, "*"):
		if isTLSInfo(s) {
			v.tls = true
		}
		v.closeBody()
	case isCurlDataMarker(s):
		v.closeBody()
	default:
		v.otherLine(ln)
	}
	return false
}

func (v *verboseScan) closeBody() { v.bodyClosed = v.bodyClosed || v.bodyStart >= 0 }

// requestLine takes a "> " line into the head; a blank one ends it.
func (v *verboseScan) requestLine(ln textLine) (stop bool) {
	content := strings.TrimPrefix(ln.s[1:], " ")
	if v.state == afterHead {
		v.secondRequest = true
		return true
	}
	if strings.TrimRight(content, " \t") == "" {
		if v.state == inHead {
			v.state = afterHead
		}
		return false
	}
	v.state = inHead
	ln.s = content
	v.head = append(v.head, ln)
	return false
}

// otherLine is text without a curl prefix: the pasted body if it follows
// the head before any response, otherwise ignored (and counted).
func (v *verboseScan) otherLine(ln textLine) {
	blank := strings.TrimSpace(ln.s) == ""
	if v.state != afterHead || v.seenResponse || v.bodyClosed {
		if v.state != beforeHead && !blank {
			v.ignoredAfter++
		}
		return
	}
	if v.bodyStart < 0 && blank {
		return // blank lines between the output and a pasted body
	}
	if v.bodyStart < 0 {
		v.bodyStart = ln.start
	}
	v.bodyEnd = ln.end
}

func (v *verboseScan) notes(r *Request) {
	if v.tls && r.Scheme == "" {
		r.Scheme = "https"
	}
	if v.secondRequest {
		r.note(message.CapVerboseMany)
	}
	if v.ignoredAfter > 0 {
		r.note(message.CapVerboseIgnored, v.ignoredAfter)
	}
	if v.bodyStart >= 0 {
		r.note(message.CapVerboseBody)
	}
}

// isTLSInfo reports a curl info line that shows the connection used TLS.
func isTLSInfo(s string) bool {
	for _, m := range []string{"SSL connection", "TLSv1", "ALPN", "Server certificate", "SSL certificate"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// isCurlDataMarker matches curl's "} [11 bytes data]" / "{ [5 bytes data]".
func isCurlDataMarker(s string) bool {
	return (strings.HasPrefix(s, "} [") || strings.HasPrefix(s, "{ [")) && strings.HasSuffix(s, "data]")
}
