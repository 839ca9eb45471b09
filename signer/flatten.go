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
// no parameters. The result is sorted by key. Data whose names and values
// come to more than 2 MB is refused (see flattenBudget).
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
	f := flattener{budget: flattenBudget}
	f.object("", obj)
	if f.budget < 0 {
		return nil, &FieldError{"data", "flattens to more than " + humanSize(flattenBudget) + " of parameter names and values" +
			" (nested arrays repeat their whole path in every name); a GET carries at most " + humanSize(LimitGET) +
			" and an HmacSHA1/256 POST " + humanSize(LimitPOSTV1)}
	}
	out := f.out
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

// flattenBudget bounds the bytes of names and values Flatten builds. Every
// name repeats its whole path, so {"a":[[[…[1,1,…]…]]]} makes names as long
// as the nesting for every element: 44 KB of JSON built 87 MB of names
// before this bound. Twice the largest request that carries parameters
// (an HmacSHA1/256 POST, 1 MB) leaves room for every real one.
const flattenBudget = 2 * LimitPOSTV1

// flattener collects parameters and spends its budget on every name and
// value it builds; below zero it stops.
type flattener struct {
	out    []Param
	budget int
}

func (f *flattener) object(prefix string, obj map[string]any) {
	for k, v := range obj {
		if f.budget < 0 {
			return // before building another name
		}
		if s, ok := v.(string); ok && s == "" {
			continue // the SDK omits empty string fields
		}
		f.value(prefix+k, v)
	}
}

func (f *flattener) value(key string, v any) {
	f.budget -= len(key)
	if f.budget < 0 {
		return
	}
	switch v := v.(type) {
	case nil:
	case string:
		f.add(key, v)
	case json.Number:
		f.add(key, v.String())
	case bool:
		f.add(key, strconv.FormatBool(v))
	case []any:
		for i, e := range v {
			if f.budget < 0 {
				return
			}
			f.value(key+"."+strconv.Itoa(i), e)
		}
	case map[string]any:
		f.object(key+".", v)
	}
}

func (f *flattener) add(key, value string) {
	f.budget -= len(value)
	f.out = append(f.out, Param{key, value})
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
