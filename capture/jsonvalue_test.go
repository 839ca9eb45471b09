package capture

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/internal/message"
)

// The HAR and JSON formats are read without encoding/json; these pin the
// encoding/json behaviours the old code had: names ignore case, the last
// duplicate wins, null is "not given", and wrong types are errors that name
// the field.
func TestHARFieldsAsEncodingJSON(t *testing.T) {
	r, err := ParseHAR([]byte(`{"request":{"METHOD":"GET","Url":"https://cvm.tencentcloudapi.com/?Action=A",
		"headers":[{"Name":"X-TC-Action","VALUE":"A"},null],"bodySize":-1,"method":"POST","postData":null}}`))
	require.NoError(t, err)
	assert.Equal(t, "POST", r.Method, "got %+v", r)
	assert.Equal(t, "cvm.tencentcloudapi.com", r.Host, "got %+v", r)
	assert.Equal(t, "A", r.Get("X-TC-Action"), "got %+v", r)
	assert.Len(t, r.Header, 2, "got %+v", r)
	r, err = ParseHAR([]byte(`{"request":{"method":"POST","url":"https://a/","postData":{"text":"x"},"postData":{"TEXT":"yz","_file":null}}}`))
	require.NoError(t, err, "the last postData should win")
	require.Equal(t, "yz", string(r.Body), "the last postData should win")
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
		assert.ErrorContains(t, err, c.want, c.in)
	}
	entries, err := HAREntries([]byte("\xef\xbb\xbf" + `{"LOG":{"Entries":[{"request":{"method":"GET","url":"https://cvm.tencentcloudapi.com/"}},{"request":{"method":5}},{}]}}`))
	require.NoError(t, err, "HAREntries")
	require.Len(t, entries, 3, "HAREntries = %+v", entries)
	assert.True(t, entries[0].Tencent, "HAREntries = %+v", entries)
	assert.Empty(t, entries[1].Method, "HAREntries = %+v", entries)
	assert.Empty(t, entries[2].URL, "HAREntries = %+v", entries)
}

func TestJSONRequestAsEncodingJSON(t *testing.T) {
	r, err := ParseJSON([]byte(`{"method":"GET","Method":"POST","url":"https://h/","url":"https://cvm.tencentcloudapi.com/",
		"headers":{"A":null,"B":["1",null," 2 "],"A":"again"},"body":null,"extra":1,"extra":2,"Zed":0}`))
	require.NoError(t, err)
	assert.Equal(t, "POST", r.Method, "got %+v", r)
	assert.Equal(t, "cvm.tencentcloudapi.com", r.Host, "got %+v", r)
	assert.Nil(t, r.Body, "got %+v", r)
	want := []Field{{"A", ""}, {"B", "1"}, {"B", ""}, {"B", "2"}, {"A", "again"}}
	assert.Equal(t, want, r.Header, "headers")
	if assert.Len(t, r.Notes, 1, "notes: each unknown field once, sorted") {
		assert.Contains(t, r.Notes[0].Render(message.EN), "Ignored the JSON fields Zed, extra (", "notes: each unknown field once, sorted")
	}
	_, err = ParseJSON([]byte(`{"method":"GET","url":"https://h/","headers":[["A","1"],{"NAME":"B","value":"2"},[null,"3"]]}`))
	assert.Error(t, err, "a null header name should be refused")
	r, err = ParseJSON([]byte(`{"method":"GET","url":"https://h/","headers":[["A","1"],{"NAME":"B","value":"2"}]}`))
	require.NoError(t, err, "list headers")
	require.Len(t, r.Header, 2, "list headers")
	assert.Equal(t, Field{"B", "2"}, r.Header[1], "list headers")
}
