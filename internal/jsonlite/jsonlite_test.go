package jsonlite

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	require.Equal(t, stdErr == nil, err == nil, "%q: jsonlite error %v, encoding/json error %v", data, err, stdErr)
	if err != nil {
		var se *SyntaxError
		var jse *json.SyntaxError
		require.ErrorAs(t, err, &se, "%q", data)
		require.ErrorAs(t, stdErr, &jse, "%q", data)
		require.Equal(t, jse.Error(), se.Msg, "%q: message, against encoding/json's", data)
		require.Equal(t, jse.Offset, min(int64(se.Offset)+1, int64(len(data))),
			"%q: offset %d (+1, at most the length), against encoding/json's", data, se.Offset)
		before := data[:se.Offset]
		line := 1 + bytes.Count(before, []byte{'\n'})
		col := se.Offset - bytes.LastIndexByte(before, '\n')
		require.Equal(t, line, se.Line, "%q: line", data)
		require.Equal(t, col, se.Column, "%q: column", data)
		return
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var want any
	require.NoError(t, dec.Decode(&want), "%q: encoding/json Decoder", data)
	require.Equal(t, want, std(got), "%q: decoded, against encoding/json", data)
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
			require.Equal(t, n > MaxDepth, err != nil, "depth %d %s: error %v", n, open, err)
		}
	}
	// Deeper still, unclosed: an error, not a stack overflow.
	_, err := Decode([]byte(strings.Repeat("[", 1<<20)))
	require.ErrorContains(t, err, "exceeded max depth", "1M open brackets")
}

func TestObjectOrderAndDuplicates(t *testing.T) {
	v, err := Decode([]byte(`{"b":1,"a":2,"b":3}`))
	require.NoError(t, err)
	o := v.(Object)
	keys := make([]string, len(o))
	for i, m := range o {
		keys[i] = m.Key
	}
	require.Equal(t, []string{"b", "a", "b"}, keys, "members in source order")
	got, ok := o.Get("b")
	require.True(t, ok, `Get("b")`)
	require.Equal(t, Number("3"), got, `Get("b"): want the last`)
	_, ok = o.Get("c")
	require.False(t, ok, `Get("c") found a missing key`)
}

func TestDecodePrefix(t *testing.T) {
	v, n, err := DecodePrefix([]byte(` {"a":1} {"b":2}`))
	require.NoError(t, err)
	require.Equal(t, 8, n, "DecodePrefix: want the first object's 8 bytes")
	require.IsType(t, Object{}, v)
	require.Len(t, v.(Object), 1, "DecodePrefix: want the first object")
	v, n, err = DecodePrefix([]byte(`123x`))
	require.NoError(t, err, "DecodePrefix(123x)")
	require.Equal(t, 3, n, "DecodePrefix(123x)")
	require.Equal(t, Number("123"), v, "DecodePrefix(123x)")
}

func TestUnquote(t *testing.T) {
	s, err := Unquote([]byte(` "a\u00e9\n" `))
	require.NoError(t, err, "Unquote")
	require.Equal(t, "aé\n", s, "Unquote")
	for _, in := range []string{`1`, `"a`, `"a" "b"`, `null`} {
		_, err := Unquote([]byte(in))
		assert.Error(t, err, "Unquote(%s) accepted", in)
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
		assert.Equal(t, string(want), string(AppendString(nil, s)), "AppendString(%q), against encoding/json", s)
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
	require.Equal(t, string(want), string(w.B), "Writer, against encoding/json")
}

// AppendValue writes back what Decode read: compact, members in order
// (duplicates too), numbers as written.
func TestAppendValueWritesWhatDecodeRead(t *testing.T) {
	in := `{ "b": [1, 2.50, -0e3, true, false, null, "\u00e9\n"], "a": {"x": {}, "y": [], "x": 1E+2} }`
	v, err := Decode([]byte(in))
	require.NoError(t, err)
	assert.Equal(t, `{"b":[1,2.50,-0e3,true,false,null,"é\n"],"a":{"x":{},"y":[],"x":1E+2}}`, string(AppendValue(nil, v)))
	assert.Equal(t, `[7`, string(AppendValue([]byte("["), Number("7"))), "appends")
	assert.Equal(t, "null", string(AppendValue(nil, 3)), "not a decoded value")
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
	require.True(t, utf8.Valid(doc), "test document should be valid UTF-8")
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
				require.Equal(t, string(want), string(AppendString(nil, s)), "AppendString(%q), against encoding/json", s)
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
		require.Equal(t, string(want), string(got), "AppendString(%q), against encoding/json", s)
		back, err := Unquote(got)
		require.NoError(t, err, "Unquote(AppendString(%q))", s)
		if utf8.ValidString(s) {
			require.Equal(t, s, back, "Unquote(AppendString(%q))", s)
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
