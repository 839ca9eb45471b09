package capture

import (
	"strings"
	"testing"
)

// The HAR and JSON formats are read without encoding/json; these pin the
// encoding/json behaviours the old code had: names ignore case, the last
// duplicate wins, null is "not given", and wrong types are errors that name
// the field.
func TestHARFieldsAsEncodingJSON(t *testing.T) {
	r, err := ParseHAR([]byte(`{"request":{"METHOD":"GET","Url":"https://cvm.tencentcloudapi.com/?Action=A",
		"headers":[{"Name":"X-TC-Action","VALUE":"A"},null],"bodySize":-1,"method":"POST","postData":null}}`))
	if err != nil {
		t.Fatal(err)
	}
	if r.Method != "POST" || r.Host != "cvm.tencentcloudapi.com" || r.Get("X-TC-Action") != "A" || len(r.Header) != 2 {
		t.Errorf("got %+v", r)
	}
	r, err = ParseHAR([]byte(`{"request":{"method":"POST","url":"https://a/","postData":{"text":"x"},"postData":{"TEXT":"yz","_file":null}}}`))
	if err != nil || string(r.Body) != "yz" {
		t.Fatalf("the last postData should win: %v %v", r, err)
	}
	for _, c := range []struct{ in, want string }{
		{`{"request":{"method":1,"url":"https://a/"}}`, "the HAR entry: request.method must be a string, got a number"},
		{`{"request":{"method":"GET","url":"https://a/","headers":[{"name":true}]}}`, "request.headers[0].name must be a string, got a boolean"},
		{`{"request":{"method":"GET","url":"https://a/","bodySize":1e400}}`, "request.bodySize must be a number within float64's range"},
		{`{"request":{"method":"GET","url":"https://a/","postData":[]}}`, "request.postData must be an object, got a list"},
		{`{"log":{"entries":{}}}`, `the "log" object: log.entries must be a list, got an object`},
		{`{"log":{"entries":[5]}}`, "HAR entry 0: the entry must be an object, got a number"},
		{`[1]`, "the top level must not be a JSON array"},
		{`null`, "expected a JSON object, got null"},
		{`{"httpVersion":"HTTP/1.1","method":[]}`, "the HAR request: method must be a string, got a list"},
	} {
		_, err := ParseHAR([]byte(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.in, err, c.want)
		}
	}
	entries, err := HAREntries([]byte("\xef\xbb\xbf" + `{"LOG":{"Entries":[{"request":{"method":"GET","url":"https://cvm.tencentcloudapi.com/"}},{"request":{"method":5}},{}]}}`))
	if err != nil || len(entries) != 3 || !entries[0].Tencent || entries[1].Method != "" || entries[2].URL != "" {
		t.Errorf("HAREntries = %+v, %v", entries, err)
	}
}

func TestJSONRequestAsEncodingJSON(t *testing.T) {
	r, err := ParseJSON([]byte(`{"method":"GET","Method":"POST","url":"https://h/","url":"https://cvm.tencentcloudapi.com/",
		"headers":{"A":null,"B":["1",null," 2 "],"A":"again"},"body":null,"extra":1,"extra":2,"Zed":0}`))
	if err != nil {
		t.Fatal(err)
	}
	if r.Method != "POST" || r.Host != "cvm.tencentcloudapi.com" || r.Body != nil {
		t.Errorf("got %+v", r)
	}
	want := []Field{{"A", ""}, {"B", "1"}, {"B", ""}, {"B", "2"}, {"A", "again"}}
	if len(r.Header) != len(want) {
		t.Fatalf("headers %v, want %v", r.Header, want)
	}
	for i := range want {
		if r.Header[i] != want[i] {
			t.Errorf("header %d = %v, want %v", i, r.Header[i], want[i])
		}
	}
	if len(r.Notes) != 1 || !strings.Contains(r.Notes[0], "Ignored the JSON fields Zed, extra (") {
		t.Errorf("notes %q: each unknown field once, sorted", r.Notes)
	}
	r, err = ParseJSON([]byte(`{"method":"GET","url":"https://h/","headers":[["A","1"],{"NAME":"B","value":"2"},[null,"3"]]}`))
	if err == nil {
		t.Errorf("a null header name should be refused, got %v", r.Header)
	}
	r, err = ParseJSON([]byte(`{"method":"GET","url":"https://h/","headers":[["A","1"],{"NAME":"B","value":"2"}]}`))
	if err != nil || len(r.Header) != 2 || r.Header[1] != (Field{"B", "2"}) {
		t.Errorf("list headers: %v %v", r, err)
	}
}
