package request

import (
	"bytes"
	"strconv"
)

// bigIntScanLimit bounds the JSON scan for big integers: a hint, not worth
// doubling the cost of hashing a large body.
const bigIntScanLimit = 1 << 20

// bodyWarnings flags body bytes that sign fine but often differ from what a
// client's HTTP library really sends (pitfalls 4 and 5 of the reference).
func bodyWarnings(body []byte, isJSON bool) []string {
	var w []string
	if bytes.HasPrefix(body, []byte("\xef\xbb\xbf")) {
		w = append(w, "body starts with a UTF-8 byte-order mark; it is signed, so it must be sent too")
	}
	if n := len(body); n > 0 && (body[n-1] == '\n' || body[n-1] == '\r') {
		w = append(w, "body ends with a line break; it is signed, so the client must send exactly these bytes (editors and heredocs often add one)")
	}
	if isJSON && len(body) <= bigIntScanLimit {
		if n, ok := firstBigInt(body); ok {
			w = append(w, "body has the integer "+n+", above 2^53: JavaScript and some JSON libraries change its digits if they re-serialise the body; sign and send these bytes as they are")
		}
	}
	return w
}

// firstBigInt returns the first JSON integer outside strings whose value
// exceeds 2^53.
func firstBigInt(b []byte) (string, bool) {
	inString, escaped := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		if c == '"' {
			inString = true
			continue
		}
		if c < '0' || c > '9' {
			continue
		}
		j := i
		for j < len(b) && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		digits := b[i:j]
		fractional := j < len(b) && (b[j] == '.' || b[j] == 'e' || b[j] == 'E')
		if !fractional && len(digits) >= 16 {
			if v, err := strconv.ParseUint(string(digits), 10, 64); err != nil || v > 1<<53 {
				return string(digits), true
			}
		}
		i = j - 1
	}
	return "", false
}
