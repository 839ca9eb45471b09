package main

// The module's logic lives in files without syscall/js (all but *_js.go),
// so it builds and is tested on the host (go test ./wasm/): a JavaScript
// value is seen through the small Value interface, which the glue
// (glue_js.go) implements over js.Value and the tests over decoded JSON.

// Kind is a JavaScript value's type as the decoder distinguishes it.
type Kind int

const (
	Undefined Kind = iota
	Null
	Bool
	Number
	String
	Object
	Array
	Bytes // a Uint8Array
	Other // functions, symbols, bigints: never valid input
)

func (k Kind) String() string {
	switch k {
	case Undefined:
		return "undefined"
	case Null:
		return "null"
	case Bool:
		return "a boolean"
	case Number:
		return "a number"
	case String:
		return "a string"
	case Object:
		return "an object"
	case Array:
		return "an array"
	case Bytes:
		return "a Uint8Array"
	}
	return "an unsupported value"
}

// Value is the part of a JavaScript value the decoder reads. Methods other
// than Kind are only called when Kind says they apply.
type Value interface {
	Kind() Kind
	Str() string           // String
	Text() []byte          // String: its UTF-8 bytes, copied into Go memory once
	Float() float64        // Number
	Truth() bool           // Bool
	Get(name string) Value // Object: a property (Undefined when absent)
	Keys() []string        // Object: own enumerable property names
	Len() int              // Array
	Index(i int) Value     // Array
	Bytes() []byte         // Bytes: copied into Go memory once
}
