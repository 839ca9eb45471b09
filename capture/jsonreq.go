package capture

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// ParseJSON parses the page's structured request, the same shape as the
// signer's output:
//
//	{"method": "POST", "url": "https://cvm.tencentcloudapi.com/",
//	 "headers": {"Content-Type": "application/json", …},
//	 "body": "{\"Limit\":1}"}
//
// headers may also be [["Name","value"],…], [{"name":…,"value":…},…] or a
// Go http.Header ({"Name": ["v1","v2"]}); object order is kept as written.
// body must be a string holding the exact bytes (or "bodyBase64" for
// binary); a JSON object as body is refused, because serialising it again
// could change the signed bytes.
func ParseJSON(data []byte) (*Request, error) {
	if err := checkSize("JSON", len(data)); err != nil {
		return nil, err
	}
	top, err := decodeObject(data, FormatJSON)
	if err != nil {
		return nil, err
	}
	return jsonRequest(top)
}

func parseJSONFamily(data []byte) (*Request, error) {
	top, err := decodeObject(data, FormatJSON)
	if err != nil {
		return nil, err
	}
	if isHARObject(top) {
		return harFromTop(trimBOM(data), top, -1)
	}
	return jsonRequest(top)
}

func jsonRequest(top map[string]json.RawMessage) (*Request, error) {
	keys := map[string]json.RawMessage{}
	var unknown []string
	for k, v := range top {
		switch lk := strings.ToLower(k); lk {
		case "method", "url", "headers", "body", "bodybase64", "body_base64":
			keys[strings.ReplaceAll(lk, "_", "")] = v
		default:
			unknown = append(unknown, k)
		}
	}
	r := &Request{Format: FormatJSON}
	method, err := jsonString(keys, "method", true)
	if err != nil {
		return nil, err
	}
	if !isToken(method) {
		return nil, plainErr(FormatJSON, "\"method\" "+quoteExcerpt(method)+" is not a valid HTTP method name", nil)
	}
	r.Method = method
	rawURL, err := jsonString(keys, "url", true)
	if err != nil {
		return nil, err
	}
	u, ok := splitURL(rawURL)
	if !ok || u.host == "" {
		return nil, plainErr(FormatJSON, "\"url\" must be an absolute URL like https://cvm.tencentcloudapi.com/, got "+quoteExcerpt(rawURL), nil)
	}
	applyURL(r, u)
	if raw, ok := keys["headers"]; ok {
		if r.Header, err = decodeHeaders(raw); err != nil {
			return nil, err
		}
	}
	if h := r.Get("Host"); h != "" {
		if !strings.EqualFold(h, r.Host) {
			r.notef("The Host header %q differs from the URL's host %q; used the Host header", h, r.Host)
		}
		r.Host = h
	}
	if err := jsonBody(r, keys); err != nil {
		return nil, err
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		r.notef("Ignored the JSON fields %s (a request has method, url, headers, body)", strings.Join(unknown, ", "))
	}
	return r, nil
}

func jsonString(keys map[string]json.RawMessage, key string, required bool) (string, error) {
	raw, ok := keys[key]
	if !ok || string(raw) == "null" {
		if required {
			return "", plainErr(FormatJSON, fmt.Sprintf("the request has no %q", key), nil)
		}
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", plainErr(FormatJSON, fmt.Sprintf("%q must be a string, got %s", key, jsonKind(raw)), nil)
	}
	return s, nil
}

func jsonBody(r *Request, keys map[string]json.RawMessage) error {
	rawBody, hasBody := keys["body"]
	if hasBody && string(rawBody) != "null" {
		var s string
		if err := json.Unmarshal(rawBody, &s); err != nil {
			return plainErr(FormatJSON, "\"body\" must be a JSON string holding the exact bytes sent, got "+jsonKind(rawBody)+
				"; serialising it again could change key order, spacing or \\u escapes and so the payload hash", nil)
		}
		r.Body = []byte(s)
	}
	b64, err := jsonString(keys, "bodybase64", false)
	if err != nil {
		return err
	}
	if b64 != "" {
		if len(r.Body) > 0 {
			return plainErr(FormatJSON, "give either \"body\" or \"bodyBase64\", not both", nil)
		}
		dec, err := decodeBase64(b64)
		if err != nil {
			return plainErr(FormatJSON, "\"bodyBase64\" does not decode: "+err.Error(), nil)
		}
		r.Body = dec
	}
	return nil
}

// decodeHeaders reads headers in any of the accepted shapes, keeping order.
func decodeHeaders(raw json.RawMessage) ([]Field, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil {
		return nil, plainErr(FormatJSON, "\"headers\": "+err.Error(), nil)
	}
	var out []Field
	switch tok {
	case nil:
		return nil, nil
	case json.Delim('{'):
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return nil, plainErr(FormatJSON, "\"headers\": "+err.Error(), nil)
			}
			name, _ := kt.(string)
			var v json.RawMessage
			if err := dec.Decode(&v); err != nil {
				return nil, plainErr(FormatJSON, "\"headers\": "+err.Error(), nil)
			}
			var s string
			var list []string
			switch {
			case json.Unmarshal(v, &s) == nil:
				out = append(out, Field{Name: name, Value: strings.Trim(s, " \t")})
			case json.Unmarshal(v, &list) == nil:
				for _, s := range list {
					out = append(out, Field{Name: name, Value: strings.Trim(s, " \t")})
				}
			default:
				return nil, plainErr(FormatJSON, fmt.Sprintf("header %q must be a string (or a list of strings), got %s", name, jsonKind(v)), nil)
			}
		}
	case json.Delim('['):
		for i := 0; dec.More(); i++ {
			var el json.RawMessage
			if err := dec.Decode(&el); err != nil {
				return nil, plainErr(FormatJSON, "\"headers\": "+err.Error(), nil)
			}
			var pair []string
			var nv harField
			switch {
			case json.Unmarshal(el, &pair) == nil && len(pair) == 2:
				out = append(out, Field{Name: pair[0], Value: strings.Trim(pair[1], " \t")})
			case bytes.HasPrefix(bytes.TrimSpace(el), []byte("{")) && json.Unmarshal(el, &nv) == nil && nv.Name != "":
				out = append(out, Field{Name: nv.Name, Value: strings.Trim(nv.Value, " \t")})
			default:
				return nil, plainErr(FormatJSON, fmt.Sprintf("headers[%d] must be [\"Name\", \"value\"] or {\"name\": …, \"value\": …}", i), nil)
			}
		}
	default:
		return nil, plainErr(FormatJSON, "\"headers\" must be an object or a list, got "+jsonKind(raw), nil)
	}
	if len(out) > maxFields {
		return nil, plainErr(FormatJSON, fmt.Sprintf("%d headers, more than %d", len(out), maxFields), nil)
	}
	for _, f := range out {
		if f.Name == "" {
			return nil, plainErr(FormatJSON, "a header has an empty name", nil)
		}
	}
	return out, nil
}

func jsonKind(raw json.RawMessage) string {
	t := bytes.TrimSpace(raw)
	if len(t) == 0 {
		return "nothing"
	}
	switch t[0] {
	case '{':
		return "an object"
	case '[':
		return "a list"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}
