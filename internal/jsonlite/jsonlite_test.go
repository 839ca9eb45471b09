package jsonlite

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// std converts a decoded value to what encoding/json (with UseNumber)
// gives for the same text: maps where the last duplicate wins.
func std(v any) any {
	switch v := v.(type) {
	case Object:
		m := make(map[string]any, len(v))
		for _, kv := range v {
			m[kv.Key] = std(kv.Value)
		}
		return m
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = std(e)
		}
		return out
	case Number:
		return json.Number(v)
	}
	return v
}

// compare checks Decode against encoding/json on one input: both accept or
// both reject with the same message and offset, and accepted values match.
func compare(t *testing.T, data []byte) {
	t.Helper()
	got, err := Decode(data)
	// A RawMessage takes any valid JSON (1e1000 too, which float64 cannot),
	// and its errors are encoding/json's scanner's.
	var raw json.RawMessage
	stdErr := json.Unmarshal(data, &raw)
	if (err == nil) != (stdErr == nil) {
		t.Fatalf("%q: jsonlite error %v, encoding/json error %v", data, err, stdErr)
	}
	if err != nil {
		var se *SyntaxError
		var jse *json.SyntaxError
		if !errors.As(err, &se) || !errors.As(stdErr, &jse) {
			t.Fatalf("%q: errors %T %v and %T %v", data, err, err, stdErr, stdErr)
		}
		if se.Msg != jse.Error() {
			t.Fatalf("%q: message %q, encoding/json %q", data, se.Msg, jse.Error())
		}
		if wantOff := min(int64(se.Offset)+1, int64(len(data))); jse.Offset != wantOff {
			t.Fatalf("%q: offset %d (json %d), encoding/json %d", data, se.Offset, wantOff, jse.Offset)
		}
		before := data[:se.Offset]
		line := 1 + bytes.Count(before, []byte{'\n'})
		col := se.Offset - bytes.LastIndexByte(before, '\n')
		if se.Line != line || se.Column != col {
			t.Fatalf("%q: line %d column %d, want %d %d", data, se.Line, se.Column, line, col)
		}
		return
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var want any
	if err := dec.Decode(&want); err != nil {
		t.Fatalf("%q: encoding/json Decoder: %v", data, err)
	}
	if !reflect.DeepEqual(std(got), want) {
		t.Fatalf("%q: decoded %#v, encoding/json %#v", data, std(got), want)
	}
}

var corpus = []string{
	``, ` `, `null`, `true`, `false`, `0`, `-0`, `1`, `-1.5e+10`, `1E-2`, `12345678901234567890123`,
	`""`, `"a"`, `"\"\\\/\b\f\n\r\t"`, `"\u0041\u00e9\u4e2d"`, `"\ud83d\ude00"`, `"\ud83d"`, `"\ud83dx"`,
	`"\ud83d\u0041"`, `"\ude00\ud83d"`, `"\uDBFF\uDFFF"`, "\"\xff\xfe\"", "\"a\xe4\xb8\"", "\"\xed\xa0\x80\"",
	`{}`, `[]`, `{"a":1,"b":[true,false,null],"c":{"d":"e"}}`, `{"a":1,"a":2}`, `{"a":{"x":1},"a":[1]}`,
	" \t\r\n{ \"a\" : [ 1 , 2 ] } \n", `[[[[[]]]]]`, `{"":""}`,
	// invalid
	`x`, `{`, `[`, `]`, `}`, `{"a"`, `{"a":`, `{"a":1`, `{"a":1,`, `{"a":1,}`, `[1,]`, `[1 2]`, `{"a" 1}`,
	`{1:2}`, `{,}`, `[,1]`, `"abc`, `"\`, `"\x"`, `"\u12"`, `"\u12g4"`, `"\u`, "\"a\nb\"", "\"\x00\"",
	`-`, `-a`, `01`, `1.`, `1.e5`, `.5`, `1e`, `1e+`, `1ex`, `+1`, `0x10`, `1 2`, `{} {}`, `{}x`, `tru`, `trux`,
	`t`, `f`, `fals`, `nul`, `nulll`, `truee`, `[true false]`, `NaN`, `Infinity`, "\xef\xbb\xbf{}", "'a'",
	"{\n  \"名\": 1,\n  \"b\": x}", `{"Limit": }`, `{"a": 1`, "\xff", "[\"a\",\xff]", `"é`, `[-]`, `[1.]`,
	`{"a":"b"]`, `["a"}`, `{"a":tru}`, `[nul]`,
}

func TestDecodeMatchesEncodingJSON(t *testing.T) {
	for _, s := range corpus {
		compare(t, []byte(s))
	}
}

func TestDepthLimit(t *testing.T) {
	for _, n := range []int{MaxDepth, MaxDepth + 1} {
		for _, open := range []string{"[", `{"a":`} {
			close := "]"
			if open != "[" {
				close = "}"
			}
			data := []byte(strings.Repeat(open, n) + "1" + strings.Repeat(close, n))
			compare(t, data)
			_, err := Decode(data)
			if (err != nil) != (n > MaxDepth) {
				t.Fatalf("depth %d %s: error %v", n, open, err)
			}
		}
	}
	// Deeper still, unclosed: an error, not a stack overflow.
	if _, err := Decode([]byte(strings.Repeat("[", 1<<20))); err == nil || !strings.Contains(err.Error(), "exceeded max depth") {
		t.Fatalf("1M open brackets: %v", err)
	}
}

func TestObjectOrderAndDuplicates(t *testing.T) {
	v, err := Decode([]byte(`{"b":1,"a":2,"b":3}`))
	if err != nil {
		t.Fatal(err)
	}
	o := v.(Object)
	if len(o) != 3 || o[0].Key != "b" || o[1].Key != "a" || o[2].Key != "b" {
		t.Fatalf("members %v, want b a b in source order", o)
	}
	if got, ok := o.Get("b"); !ok || got != Number("3") {
		t.Fatalf(`Get("b") = %v %v, want the last, 3`, got, ok)
	}
	if _, ok := o.Get("c"); ok {
		t.Fatal(`Get("c") found a missing key`)
	}
}

func TestDecodePrefix(t *testing.T) {
	v, n, err := DecodePrefix([]byte(` {"a":1} {"b":2}`))
	if err != nil || n != 8 || len(v.(Object)) != 1 {
		t.Fatalf("DecodePrefix = %v, %d, %v; want the first object and 8 bytes", v, n, err)
	}
	v, n, err = DecodePrefix([]byte(`123x`))
	if err != nil || n != 3 || v != Number("123") {
		t.Fatalf("DecodePrefix(123x) = %v, %d, %v", v, n, err)
	}
}

func TestUnquote(t *testing.T) {
	s, err := Unquote([]byte(` "a\u00e9\n" `))
	if err != nil || s != "aé\n" {
		t.Fatalf("Unquote = %q, %v", s, err)
	}
	for _, in := range []string{`1`, `"a`, `"a" "b"`, `null`} {
		if _, err := Unquote([]byte(in)); err == nil {
			t.Errorf("Unquote(%s) accepted", in)
		}
	}
}

func stringCases() []string {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	return []string{"", "plain", `"quoted" \ back`, "<script>&amp;</script>", "\u2028\u2029", "tab\tnl\ncr\r\b\f\x00\x1f\x7f",
		"中文 é 😀", "\xff\xfe", "a\xe4\xb8", "\xed\xa0\x80", string(all), strings.Repeat("é<", 100)}
}

func TestAppendStringMatchesEncodingJSON(t *testing.T) {
	for _, s := range stringCases() {
		want, _ := json.Marshal(s)
		if got := AppendString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("AppendString(%q) = %s, encoding/json %s", s, got, want)
		}
	}
}

func TestWriterMatchesEncodingJSON(t *testing.T) {
	type inner struct {
		X []int  `json:"x"`
		Y string `json:"y"`
	}
	want, _ := json.Marshal(struct {
		A string   `json:"a"`
		B []any    `json:"b"`
		C inner    `json:"c"`
		D []byte   `json:"d"`
		E []byte   `json:"e"`
		F []string `json:"f"`
		G bool     `json:"g"`
		H any      `json:"h"`
		I int64    `json:"i"`
	}{"<a>", []any{}, inner{[]int{1, -2}, "\u2028"}, nil, []byte{0, 0xff, 1}, []string{"x", "y"}, true, nil, -1 << 62})
	var w Writer
	w.OpenObject()
	w.Key("a")
	w.String("<a>")
	w.Key("b")
	w.OpenArray()
	w.CloseArray()
	w.Key("c")
	w.OpenObject()
	w.Key("x")
	w.OpenArray()
	w.Int(1)
	w.Int(-2)
	w.CloseArray()
	w.Key("y")
	w.String("\u2028")
	w.CloseObject()
	w.Key("d")
	w.Bytes(nil)
	w.Key("e")
	w.Bytes([]byte{0, 0xff, 1})
	w.Key("f")
	w.OpenArray()
	w.String("x")
	w.Raw([]byte(`"y"`))
	w.CloseArray()
	w.Key("g")
	w.Bool(true)
	w.Key("h")
	w.Null()
	w.Key("i")
	w.Int(-1 << 62)
	w.CloseObject()
	if !bytes.Equal(w.B, want) {
		t.Fatalf("Writer wrote\n%s\nencoding/json\n%s", w.B, want)
	}
}

func TestDecodeNeverPanicsOnTruncations(t *testing.T) {
	doc := []byte(`{"a":[1,-2.5e3,"x\u00e9\ud83d\ude00",true,false,null,{"b":{}}],"c":"\\\"/"}`)
	for i := range len(doc) + 1 {
		compare(t, doc[:i])
		if i < len(doc) {
			// and with one byte changed to each interesting character
			for _, c := range []byte("{}[]\",:\\ x0-.eEtu\x00\xff") {
				d := bytes.Clone(doc)
				d[i] = c
				compare(t, d)
			}
		}
	}
	if !utf8.Valid(doc) {
		t.Fatal("test document should be valid UTF-8")
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range corpus {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		compare(t, data)
		if v, err := Decode(data); err == nil {
			// Re-encoding every string must match encoding/json too.
			walkStrings(v, func(s string) {
				want, _ := json.Marshal(s)
				if got := AppendString(nil, s); !bytes.Equal(got, want) {
					t.Fatalf("AppendString(%q) = %s, encoding/json %s", s, got, want)
				}
			})
		}
	})
}

func FuzzAppendString(f *testing.F) {
	for _, s := range stringCases() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		got := AppendString(nil, s)
		if !bytes.Equal(got, want) {
			t.Fatalf("AppendString(%q) = %s, encoding/json %s", s, got, want)
		}
		back, err := Unquote(got)
		if err != nil || utf8.ValidString(s) && back != s {
			t.Fatalf("Unquote(AppendString(%q)) = %q, %v", s, back, err)
		}
	})
}

func walkStrings(v any, f func(string)) {
	switch v := v.(type) {
	case string:
		f(v)
	case []any:
		for _, e := range v {
			walkStrings(e, f)
		}
	case Object:
		for _, m := range v {
			f(m.Key)
			walkStrings(m.Value, f)
		}
	}
}
