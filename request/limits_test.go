package request

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
)

// Multipart text parts must be UTF-8; binary file parts carry any bytes.
func TestMultipartBinaryFilePartsAreExempt(t *testing.T) {
	r := base()
	r.Form = []FormField{
		{Name: "Name", Value: "未命名"},
		{Name: "File", Filename: "scan.png", Content: []byte{0x89, 'P', 'N', 'G', 0x00, 0xff, 0xfe, 0x80}},
	}
	res, err := Sign(r)
	require.NoError(t, err, "binary file part refused")
	assert.True(t, bytes.Contains(res.Body, []byte{0x00, 0xff, 0xfe, 0x80}), "the file's bytes are not in the body as given")
	assert.Equal(t, signer.SHA256Hex(res.Body), res.HashedPayload, "hashed payload is not the hash of the body sent")
	assert.True(t, strings.HasPrefix(res.Headers.Get("Content-Type"), "multipart/form-data; boundary="),
		"content-type %q", res.Headers.Get("Content-Type"))
}

func TestMultipartTextPartMustBeUTF8(t *testing.T) {
	r := base()
	r.Form = []FormField{{Name: "Name", Value: "ab\xffcd"}}
	_, err := Sign(r)
	var eerr *signer.EncodingError
	require.ErrorAs(t, err, &eerr)
	assert.Equal(t, 2, eerr.Offset, "want the field Name at offset 2")
	assert.Contains(t, eerr.Field, "Name", "want the field Name at offset 2")
}

// Binary content without a filename would be a text part whose content is
// ignored; it is refused rather than silently dropped.
func TestMultipartContentNeedsFilename(t *testing.T) {
	r := base()
	r.Form = []FormField{{Name: "File", Content: []byte{0x00, 0x80}}}
	_, err := Sign(r)
	var ferr *signer.FieldError
	require.ErrorAs(t, err, &ferr, "want a form error that asks for a filename")
	require.Equal(t, "Form", ferr.Field, "want a form error that asks for a filename")
	require.Contains(t, ferr.Msg, "filename", "want a form error that asks for a filename")
}

func TestDataUTF8OffsetForGETAndV1(t *testing.T) {
	for _, sm := range []string{"", signer.HmacSHA256} {
		r := base()
		r.Method = "GET"
		if sm != "" {
			r.Method, r.SignatureMethod, r.Nonce = "POST", sm, "11886"
		}
		r.Data = []byte("{\"Name\":\"\xff\"}")
		_, err := Sign(r)
		var eerr *signer.EncodingError
		if assert.ErrorAs(t, err, &eerr, "%s %s", r.Method, r.SignatureMethod) {
			assert.Equal(t, "data", eerr.Field, "%s %s: want data invalid at offset 9", r.Method, r.SignatureMethod)
			assert.Equal(t, 9, eerr.Offset, "%s %s: want data invalid at offset 9", r.Method, r.SignatureMethod)
		}
	}
}

// The size limits apply to what package request builds: a GET whose flattened data
// goes one byte over 32 KB is refused with a *signer.LimitError.
func TestGETDataOverLimit(t *testing.T) {
	r := base()
	r.Method = "GET"
	fixed := len("Name=")
	r.Data = []byte(`{"Name":"` + strings.Repeat("a", protocol.LimitGET-fixed) + `"}`)
	res, err := Sign(r)
	require.NoError(t, err, "exactly %d bytes", protocol.LimitGET)
	require.Equal(t, protocol.LimitGET, res.Size.Used, "bytes counted")
	r.Data = []byte(`{"Name":"` + strings.Repeat("a", protocol.LimitGET-fixed+1) + `"}`)
	_, err = Sign(r)
	var lerr *signer.LimitError
	require.ErrorAs(t, err, &lerr)
	require.Equal(t, protocol.LimitGET+1, lerr.Used, "LimitError's used bytes")
	require.Equal(t, protocol.LimitGET, lerr.Limit, "LimitError's limit")
}
