package jsonlite

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// benchDoc is action parameters of a typical size, with escapes and numbers.
var benchDoc = []byte(`{"Limit":100,"Offset":0,"Filters":[` + strings.Repeat(`{"Name":"instance-name","Values":["未命名","web-\u00e9<1>","x\"y"]},`, 20) +
	`{"Name":"zone","Values":["ap-guangzhou-3"]}],"InstanceIds":["ins-1","ins-2"],"DryRun":false,"Big":12345678901234567890}`)

// BenchmarkDecode against its baseline, encoding/json decoding the same
// text into any with UseNumber (what Flatten did before).
func BenchmarkDecode(b *testing.B) {
	b.SetBytes(int64(len(benchDoc)))
	for b.Loop() {
		if _, err := Decode(benchDoc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeBaselineEncodingJSON(b *testing.B) {
	b.SetBytes(int64(len(benchDoc)))
	for b.Loop() {
		dec := json.NewDecoder(bytes.NewReader(benchDoc))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAppendString(b *testing.B) {
	s := strings.Repeat("POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n<&>é", 20)
	buf := make([]byte, 0, 4*len(s))
	for b.Loop() {
		buf = AppendString(buf[:0], s)
	}
}

func BenchmarkAppendStringBaselineEncodingJSON(b *testing.B) {
	s := strings.Repeat("POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n<&>é", 20)
	for b.Loop() {
		if _, err := json.Marshal(s); err != nil {
			b.Fatal(err)
		}
	}
}
