package signer

import (
	"bytes"
	"errors"
	"slices"
	"strconv"

	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
)

// Flatten turns a JSON object of action parameters into the flat names the
// GET query and HmacSHA1/256 use, as the SDK flattens them:
// {"Filters":[{"Values":["a","b"]}]} → Filters.0.Values.0=a, Filters.0.Values.1=b.
//
// Numbers keep their JSON text (big integers never lose digits), booleans
// become true/false, null is dropped. Like the SDK, an empty string is
// dropped as an object field but kept as an array element. Empty input is
// no parameters. The result is sorted by key. Data whose names and values
// come to more than 2 MB is refused (see flattenBudget). A *FieldError names
// Params, the field the result fills.
func Flatten(data []byte) ([]Param, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil
	}
	if err := CheckUTF8("data", data); err != nil {
		return nil, err
	}
	v, n, err := jsonlite.DecodePrefix(data)
	if err != nil {
		return nil, fieldErr("Params", message.DataInvalidJSON, jsonErrorMsg(err))
	}
	if len(bytes.TrimLeft(data[n:], " \t\r\n")) > 0 {
		return nil, fieldErr("Params", message.DataTrailing)
	}
	obj, ok := v.(jsonlite.Object)
	if !ok {
		return nil, fieldErr("Params", message.DataNotObject)
	}
	f := flattener{budget: flattenBudget}
	f.object("", obj)
	if f.budget < 0 {
		return nil, fieldErr("Params", message.DataTooLarge, message.Size(flattenBudget), message.Size(protocol.LimitGET), message.Size(protocol.LimitPOSTV1))
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
			return nil, fieldErr("Params", message.DataDuplicate, strconv.Quote(out[i].Key))
		}
	}
	return out, nil
}

// flattenBudget bounds the bytes of names and values Flatten builds. Every
// name repeats its whole path, so {"a":[[[…[1,1,…]…]]]} makes names as long
// as the nesting for every element: 44 KB of JSON built 87 MB of names
// before this bound. Twice the largest request that carries parameters
// (an HmacSHA1/256 POST, 1 MB) leaves room for every real one.
const flattenBudget = 2 * protocol.LimitPOSTV1

// flattener collects parameters and spends its budget on every name and
// value it builds; below zero it stops.
type flattener struct {
	out    []Param
	budget int
}

func (f *flattener) object(prefix string, obj jsonlite.Object) {
	last := lastIndex(obj)
	for i, m := range obj {
		if f.budget < 0 {
			return // before building another name
		}
		if s, ok := m.Value.(string); ok && s == "" {
			continue // the SDK omits empty string fields
		}
		if !isLast(obj, i, last) {
			continue // {"a":1,"a":2} means a=2, as in encoding/json
		}
		f.value(prefix+m.Key, m.Value)
	}
}

// lastIndex maps each name of a large object to its last member; small
// objects are scanned instead (see isLast), so most need no map.
func lastIndex(obj jsonlite.Object) map[string]int {
	if len(obj) <= 16 {
		return nil
	}
	m := make(map[string]int, len(obj))
	for i, kv := range obj {
		m[kv.Key] = i
	}
	return m
}

// isLast reports whether obj[i] is the last member with its name.
func isLast(obj jsonlite.Object, i int, last map[string]int) bool {
	if last != nil {
		return last[obj[i].Key] == i
	}
	for _, m := range obj[i+1:] {
		if m.Key == obj[i].Key {
			return false
		}
	}
	return true
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
	case jsonlite.Number:
		f.add(key, string(v))
	case bool:
		f.add(key, strconv.FormatBool(v))
	case []any:
		for i, e := range v {
			if f.budget < 0 {
				return
			}
			f.value(key+"."+strconv.Itoa(i), e)
		}
	case jsonlite.Object:
		f.object(key+".", v)
	}
}

func (f *flattener) add(key, value string) {
	f.budget -= len(value)
	f.out = append(f.out, Param{key, value})
}

// jsonErrorMsg adds the line and column to a syntax error.
func jsonErrorMsg(err error) any {
	var se *jsonlite.SyntaxError
	if !errors.As(err, &se) {
		return err.Error()
	}
	return message.New(message.JSONPosition, se.Msg, se.Line, se.Column)
}
