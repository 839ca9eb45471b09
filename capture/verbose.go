package capture

import (
	"bytes"
	"strings"
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
	const (
		beforeHead = iota
		inHead
		afterHead
	)
	state := beforeHead
	var head []textLine
	tls, seenResponse, secondRequest := false, false, false
	bodyStart, bodyEnd := -1, -1
	bodyClosed := false
	ignoredAfter := 0

	for pos, num := 0, 1; pos < len(text); num++ {
		ln := lineAt(text, pos, num)
		pos = ln.end
		s := ln.s
		switch {
		case strings.HasPrefix(s, ">"):
			content := strings.TrimPrefix(s[1:], " ")
			if state == afterHead {
				secondRequest = true
				pos = len(text) // stop: a redirect (-L) or a second URL follows
				continue
			}
			if strings.TrimRight(content, " \t") == "" {
				if state == inHead {
					state = afterHead
				}
				continue
			}
			state = inHead
			ln.s = content
			head = append(head, ln)
		case strings.HasPrefix(s, "<"):
			seenResponse = true
			if state == inHead {
				state = afterHead
			}
			bodyClosed = bodyClosed || bodyStart >= 0
		case strings.HasPrefix(s, "*"):
			if isTLSInfo(s) {
				tls = true
			}
			bodyClosed = bodyClosed || bodyStart >= 0
		case isCurlDataMarker(s):
			bodyClosed = bodyClosed || bodyStart >= 0
		default:
			if state != afterHead || seenResponse || bodyClosed {
				if state != beforeHead && strings.TrimSpace(s) != "" {
					ignoredAfter++
				}
				continue
			}
			if bodyStart < 0 && strings.TrimSpace(s) == "" {
				continue // blank lines between the output and a pasted body
			}
			if bodyStart < 0 {
				bodyStart = ln.start
			}
			bodyEnd = ln.end
		}
	}
	if len(head) == 0 {
		return nil, lineErr(FormatCurlVerbose, 0, "no \"> \" request lines found in the curl -v output")
	}
	r, info, err := parseHead(head, FormatCurlVerbose)
	if err != nil {
		return nil, err
	}
	var body []byte
	off := len(text)
	if bodyStart >= 0 {
		body, off = text[bodyStart:bodyEnd], bodyStart
	}
	if err := frameBody(r, body, off, info, framing{verbose: true}); err != nil {
		return nil, err
	}
	if tls && r.Scheme == "" {
		r.Scheme = "https"
	}
	if secondRequest {
		r.notef("The output shows more than one request (a redirect or a second URL); parsed the first")
	}
	if ignoredAfter > 0 {
		r.notef("Ignored %d lines of other text (response body or text pasted after the response)", ignoredAfter)
	}
	if bodyStart >= 0 {
		r.notef("Took the text pasted after the curl -v request lines as the body (curl -v itself does not print it)")
	}
	return r, nil
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
