package signer

import (
	"bytes"
	"encoding/json"
	"io"
	"slices"
	"strconv"
)

// Flatten turns a JSON object of action parameters into the flat names the
// GET query and HmacSHA1/256 use, as the SDK flattens them:
// {"Filters":[{"Values":["a","b"]}]} → Filters.0.Values.0=a, Filters.0.Values.1=b.
//
// Numbers keep their JSON text (big integers never lose digits), booleans
// become true/false, null is dropped. Like the SDK, an empty string is
// dropped as an object field but kept as an array element. Empty input is
// no parameters. The result is sorted by key.
func Flatten(data []byte) ([]Param, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil
	}
	if err := CheckUTF8("data", data); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, &FieldError{"data", "invalid JSON: " + jsonErrorText(err, data)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &FieldError{"data", "invalid JSON: unexpected data after the top-level object"}
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, &FieldError{"data", "must be a JSON object of action parameters, such as {\"Limit\":1}"}
	}
	var out []Param
	flattenObject(&out, "", obj)
	slices.SortFunc(out, func(a, b Param) int {
		switch {
		case a.Key < b.Key:
			return -1
		case a.Key > b.Key:
			return 1
		}
		return 0
	})
	// {"a.b":1,"a":{"b":2}} flattens to a.b twice; which one wins would
	// depend on map order, so say so instead of guessing.
	for i := 1; i < len(out); i++ {
		if out[i].Key == out[i-1].Key {
			return nil, &FieldError{"data", "parameter " + strconv.Quote(out[i].Key) + " is given twice (a dotted name and a nested one flatten to the same name)"}
		}
	}
	return out, nil
}

func flattenObject(out *[]Param, prefix string, obj map[string]any) {
	for k, v := range obj {
		if s, ok := v.(string); ok && s == "" {
			continue // the SDK omits empty string fields
		}
		flattenValue(out, prefix+k, v)
	}
}

func flattenValue(out *[]Param, key string, v any) {
	switch v := v.(type) {
	case nil:
	case string:
		*out = append(*out, Param{key, v})
	case json.Number:
		*out = append(*out, Param{key, v.String()})
	case bool:
		*out = append(*out, Param{key, strconv.FormatBool(v)})
	case []any:
		for i, e := range v {
			flattenValue(out, key+"."+strconv.Itoa(i), e)
		}
	case map[string]any:
		flattenObject(out, key+".", v)
	}
}

// jsonErrorText adds the line and column to a syntax error.
func jsonErrorText(err error, data []byte) string {
	var off int64 = -1
	switch e := err.(type) {
	case *json.SyntaxError:
		off = e.Offset
	case *json.UnmarshalTypeError:
		off = e.Offset
	}
	if off < 0 || off > int64(len(data)) {
		return err.Error()
	}
	line := 1 + bytes.Count(data[:off], []byte{'\n'})
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	return err.Error() + " (line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col) + ")"
}
