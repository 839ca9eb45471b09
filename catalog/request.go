package catalog

import (
	"slices"
	"strings"
)

// Classify sorts a request's parameters for Check the way the API reads
// them: a TC3 JSON body is checked for names, required-ness and types; GET
// query parameters and a form-encoded body (v1) only for names and
// required-ness, their values being strings on the wire; anything else
// (multipart, a binary body) not at all.
func Classify(service, version, action, method, contentType, rawQuery string, body []byte) Request {
	r := Request{Service: service, Version: version, Action: action}
	mt := mediaType(contentType)
	switch {
	case strings.EqualFold(method, "GET"):
		r.Kind, r.Form = BodyForm, formNames(rawQuery)
	case mt == "application/json":
		r.Kind, r.JSON = BodyJSON, body
	case mt == "application/x-www-form-urlencoded":
		r.Kind, r.Form = BodyForm, formNames(string(body))
	}
	return r
}

// mediaType is a Content-Type's media type, lower case, without
// parameters. (mime.ParseMediaType would do, but links fmt into the
// playground's module.)
func mediaType(contentType string) string {
	mt, _, _ := strings.Cut(contentType, ";")
	return strings.ToLower(strings.TrimSpace(mt))
}

// formNames are the parameter names of a query string, sorted and each
// once; a pair that does not parse is left out, as url.ParseQuery leaves
// it out (which would link net/url into the playground's module).
func formNames(q string) []string {
	var names []string
	for pair := range strings.SplitSeq(q, "&") {
		name, _, _ := strings.Cut(pair, "=")
		if pair == "" || strings.Contains(name, ";") {
			continue
		}
		if n, ok := unescapeQuery(name); ok {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// unescapeQuery decodes + and %XX as url.QueryUnescape does.
func unescapeQuery(s string) (string, bool) {
	if !strings.ContainsAny(s, "%+") {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '+':
			b = append(b, ' ')
		case '%':
			if i+2 >= len(s) || unhex(s[i+1]) < 0 || unhex(s[i+2]) < 0 {
				return "", false
			}
			b = append(b, byte(unhex(s[i+1])<<4|unhex(s[i+2])))
			i += 2
		default:
			b = append(b, c)
		}
	}
	return string(b), true
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
