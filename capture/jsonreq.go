package capture

import (
	"sort"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/internal/jsonlite"

	"github.com/tcsig/tcsig/internal/message"
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
	top, err := decodeInput(data, "JSON", FormatJSON)
	if err != nil {
		return nil, err
	}
	return jsonRequest(top)
}

// decodeInput is what the JSON and HAR entry points begin with: the size
// check (what names the input in its error), then the top-level object.
func decodeInput(data []byte, what, format string) (jsonlite.Object, error) {
	if err := checkSize(what, len(data)); err != nil {
		return nil, err
	}
	return decodeObject(data, format)
}

func parseJSONFamily(data []byte) (*Request, error) {
	top, err := decodeObject(data, FormatJSON)
	if err != nil {
		return nil, err
	}
	if isHARObject(top) {
		return harFromTop(top, -1)
	}
	return jsonRequest(top)
}

func jsonRequest(top jsonlite.Object) (*Request, error) {
	keys := map[string]any{}
	var unknown []string
	last := make(map[string]int, len(top))
	for i, m := range top {
		last[m.Key] = i
	}
	for i, m := range top {
		if last[m.Key] != i {
			continue // a repeated name: the last one counts
		}
		switch lk := strings.ToLower(m.Key); lk {
		case "method", "url", "headers", "body", "bodybase64", "body_base64":
			keys[strings.ReplaceAll(lk, "_", "")] = m.Value
		default:
			unknown = append(unknown, m.Key)
		}
	}
	r := &Request{Format: FormatJSON}
	method, err := jsonString(keys, "method", true)
	if err != nil {
		return nil, err
	}
	if !isToken(method) {
		return nil, msgErr(FormatJSON, nil, message.CapErrJSONMethod, quoteExcerpt(method))
	}
	r.Method = method
	rawURL, err := jsonString(keys, "url", true)
	if err != nil {
		return nil, err
	}
	u, ok := splitURL(rawURL)
	if !ok || u.host == "" {
		return nil, msgErr(FormatJSON, nil, message.CapErrJSONURL, quoteExcerpt(rawURL))
	}
	applyURL(r, u)
	if raw, ok := keys["headers"]; ok {
		if r.Header, err = decodeHeaders(raw); err != nil {
			return nil, err
		}
	}
	if h := r.Get("Host"); h != "" {
		if !strings.EqualFold(h, r.Host) {
			r.note(message.CapHostHeaderWins, strconv.Quote(h), strconv.Quote(r.Host))
		}
		r.Host = h
	}
	if err := jsonBody(r, keys); err != nil {
		return nil, err
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		r.note(message.CapJSONIgnored, strings.Join(unknown, ", "))
	}
	return r, nil
}

func jsonString(keys map[string]any, key string, required bool) (string, error) {
	raw, ok := keys[key]
	if !ok || raw == nil {
		if required {
			return "", msgErr(FormatJSON, nil, message.CapErrJSONMissing, strconv.Quote(key))
		}
		return "", nil
	}
	s, ok := raw.(string)
	if !ok {
		return "", msgErr(FormatJSON, nil, message.CapErrJSONNotString, strconv.Quote(key), jsonKind(raw))
	}
	return s, nil
}

func jsonBody(r *Request, keys map[string]any) error {
	rawBody, hasBody := keys["body"]
	if hasBody && rawBody != nil {
		s, ok := rawBody.(string)
		if !ok {
			return msgErr(FormatJSON, nil, message.CapErrJSONBody, jsonKind(rawBody))
		}
		r.Body = []byte(s)
	}
	b64, err := jsonString(keys, "bodybase64", false)
	if err != nil {
		return err
	}
	if b64 != "" {
		if len(r.Body) > 0 {
			return msgErr(FormatJSON, nil, message.CapErrJSONBothBodies)
		}
		dec, err := decodeBase64(b64)
		if err != nil {
			return msgErr(FormatJSON, nil, message.CapErrJSONBase64, err)
		}
		r.Body = dec
	}
	return nil
}

// decodeHeaders reads headers in any of the accepted shapes, keeping order.
// A null value counts as an empty string, as it did with encoding/json.
func decodeHeaders(raw any) ([]Field, error) {
	var out []Field
	switch v := raw.(type) {
	case nil:
		return nil, nil
	case jsonlite.Object:
		for _, m := range v {
			switch val := m.Value.(type) {
			case string, nil:
				s, _ := val.(string)
				out = append(out, Field{Name: m.Key, Value: strings.Trim(s, " \t")})
			case []any:
				list, ok := stringList(val)
				if !ok {
					return nil, msgErr(FormatJSON, nil, message.CapErrJSONHeader, strconv.Quote(m.Key), jsonKind(val))
				}
				for _, s := range list {
					out = append(out, Field{Name: m.Key, Value: strings.Trim(s, " \t")})
				}
			default:
				return nil, msgErr(FormatJSON, nil, message.CapErrJSONHeader, strconv.Quote(m.Key), jsonKind(val))
			}
		}
	case []any:
		for i, el := range v {
			if pair, ok := stringList(el); ok && len(pair) == 2 {
				out = append(out, Field{Name: pair[0], Value: strings.Trim(pair[1], " \t")})
				continue
			}
			var d fieldReader
			if o, ok := el.(jsonlite.Object); ok {
				name, value := d.str(o, "name", ""), d.str(o, "value", "")
				if d.err == nil && name != "" {
					out = append(out, Field{Name: name, Value: strings.Trim(value, " \t")})
					continue
				}
			}
			return nil, msgErr(FormatJSON, nil, message.CapErrJSONHeaderPair, i)
		}
	default:
		return nil, msgErr(FormatJSON, nil, message.CapErrJSONHeaders, jsonKind(raw))
	}
	if len(out) > maxFields {
		return nil, msgErr(FormatJSON, nil, message.CapErrJSONManyHdrs, len(out), maxFields)
	}
	for _, f := range out {
		if f.Name == "" {
			return nil, msgErr(FormatJSON, nil, message.CapErrJSONEmptyName)
		}
	}
	return out, nil
}

// stringList reads a list of strings (null elements are empty strings).
func stringList(v any) ([]string, bool) {
	l, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, len(l))
	for i, e := range l {
		switch e := e.(type) {
		case string:
			out[i] = e
		case nil:
		default:
			return nil, false
		}
	}
	return out, true
}
