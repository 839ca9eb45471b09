package request

import (
	"errors"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
)

// pageOnly are the fields the CLI takes no flag for, each with the reason.
var pageOnly = map[string]string{
	"PayloadHash": "the page hashes large bodies with WebCrypto; the CLI hashes its own",
}

// Every field has a name on both edges: an error names it by ID, and the
// CLI prints the flag, the page the JavaScript name.
func TestEveryFieldHasBothNames(t *testing.T) {
	js, flags := map[string]bool{}, map[string]bool{}
	for _, f := range Fields {
		assert.NotEmpty(t, f.JS, "%s has no JavaScript name", f.ID)
		assert.False(t, js[f.JS], "JavaScript name %q twice", f.JS)
		js[f.JS] = true
		if _, ok := pageOnly[f.ID]; ok {
			assert.Empty(t, f.Flag, "%s is listed as page-only but has a flag", f.ID)
			continue
		}
		assert.NotEmpty(t, f.Flag, "%s has no CLI flag", f.ID)
		assert.NotEmpty(t, f.Usage, "%s has no usage text", f.ID)
		assert.False(t, flags[f.Flag], "flag %q twice", f.Flag)
		flags[f.Flag] = true
	}
}

// The table and Input describe the same fields: each ID is an Input field
// and Ptr points at that field, with the Go type its Kind says.
func TestTableMatchesInput(t *testing.T) {
	kinds := map[Kind]reflect.Type{
		KindString: reflect.TypeFor[string](), KindNonce: reflect.TypeFor[string](),
		KindTimestamp: reflect.TypeFor[int64](), KindBool: reflect.TypeFor[bool](),
		KindParams: reflect.TypeFor[map[string]string](), KindForm: reflect.TypeFor[[]FormField](),
		KindData: reflect.TypeFor[[]byte](),
	}
	in := &Input{}
	v := reflect.ValueOf(in).Elem()
	require.Len(t, Fields, v.NumField(), "Input has fields the table lacks, or the reverse")
	for _, f := range Fields {
		sf, ok := v.Type().FieldByName(f.ID)
		require.True(t, ok, "table field %s is not in Input", f.ID)
		assert.Equal(t, kinds[f.Kind], sf.Type, "%s: kind and Go type differ", f.ID)
		p := reflect.ValueOf(f.Ptr(in))
		assert.Equal(t, v.FieldByIndex(sf.Index).Addr().Pointer(), p.Pointer(), "%s: Ptr points elsewhere", f.ID)
	}
}

// Build's and the signer's field errors name the table's IDs, so Rename
// finds each edge's name.
func TestErrorsNameTableFields(t *testing.T) {
	cases := []struct {
		id     string
		mutate func(*Input)
	}{
		{"Service", func(r *Input) { r.Service = "" }},
		{"Endpoint", func(r *Input) { r.Endpoint = "far" }},
		{"Region", func(r *Input) { r.Region = "AP" }},
		{"Host", func(r *Input) { r.Host = "cdb.tencentcloudapi.com" }},
		{"ContentType", func(r *Input) { r.ContentType = "text/plain" }},
		{"Data", func(r *Input) { r.Method = "GET"; r.Data = []byte("[1]") }},
		{"Params", func(r *Input) { r.Params = map[string]string{"Limit": "1"} }},
		{"Form", func(r *Input) { r.Form = []FormField{{Value: "x"}} }},
		{"Nonce", func(r *Input) { r.SignatureMethod = signer.HmacSHA256 }},
		{"SignedHeaders", func(r *Input) { r.SignedHeaders = "x-tc-nothing" }},
		{"Timestamp", func(r *Input) { r.Timestamp = 1551113065000 }},
	}
	for _, c := range cases {
		id, r := c.id, base()
		c.mutate(r)
		_, err := Sign(r)
		var fe *signer.FieldError
		require.True(t, errors.As(err, &fe), "%s: err %v, want a *signer.FieldError", id, err)
		assert.Equal(t, id, fe.Field, "%s: %v", id, err)
		f, ok := Lookup(fe.Field)
		require.True(t, ok, "%s is not in the table", fe.Field)
		renamed := Rename(err, JSName)
		assert.Equal(t, f.JS+": "+fe.Msg, renamed.Error())
	}
}

// The signer's Payload is the table's Data: a GET with a form has a body.
func TestPayloadErrorNamesData(t *testing.T) {
	r := base()
	r.Method, r.ContentType = "GET", protocol.ContentTypeForm
	r.Form = []FormField{{Name: "a", Value: "b"}}
	_, err := Sign(r)
	assert.EqualError(t, Rename(err, JSName), "data: a GET request has no body: its parameters go in the query string")
}

// A nonce is positive and below 2^63 whatever the random bytes are.
func TestNonceFrom(t *testing.T) {
	assert.Equal(t, uint64(1), NonceFrom([8]byte{}), "all-zero bytes still give a positive nonce")
	assert.Equal(t, uint64(1<<63-1), NonceFrom([8]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}))
	assert.Equal(t, uint64(0x0091a2b3c4d5e6f7), NonceFrom([8]byte{0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef}))
}
