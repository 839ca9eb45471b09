package catalog

import (
	"mime"
	"net/url"
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
	mt, _, _ := mime.ParseMediaType(contentType)
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

// formNames are the parameter names of a query string, sorted; a string
// that does not parse gives the names that do.
func formNames(q string) []string {
	vals, _ := url.ParseQuery(q)
	names := make([]string, 0, len(vals))
	for n := range vals {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
