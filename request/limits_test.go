package request

import (
	"bytes"
	"errors"
	"strings"
	"testing"

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
	if err != nil {
		t.Fatalf("binary file part refused: %v", err)
	}
	if !bytes.Contains(res.Body, []byte{0x00, 0xff, 0xfe, 0x80}) {
		t.Error("the file's bytes are not in the body as given")
	}
	if res.HashedPayload != signer.SHA256Hex(res.Body) {
		t.Error("hashed payload is not the hash of the body sent")
	}
	if !strings.HasPrefix(res.Headers.Get("Content-Type"), "multipart/form-data; boundary=") {
		t.Errorf("content-type %q", res.Headers.Get("Content-Type"))
	}
}

func TestMultipartTextPartMustBeUTF8(t *testing.T) {
	r := base()
	r.Form = []FormField{{Name: "Name", Value: "ab\xffcd"}}
	_, err := Sign(r)
	var eerr *signer.EncodingError
	if !errors.As(err, &eerr) {
		t.Fatalf("err %v (%T), want *signer.EncodingError", err, err)
	}
	if eerr.Offset != 2 || !strings.Contains(eerr.Field, "Name") {
		t.Errorf("EncodingError{%q, %d}, want the field Name at offset 2", eerr.Field, eerr.Offset)
	}
}

// Binary content without a filename would be a text part whose content is
// ignored; it is refused rather than silently dropped.
func TestMultipartContentNeedsFilename(t *testing.T) {
	r := base()
	r.Form = []FormField{{Name: "File", Content: []byte{0x00, 0x80}}}
	_, err := Sign(r)
	var ferr *signer.FieldError
	if !errors.As(err, &ferr) || ferr.Field != "Form" || !strings.Contains(ferr.Msg, "filename") {
		t.Fatalf("err %v, want a form error that asks for a filename", err)
	}
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
		if !errors.As(err, &eerr) || eerr.Field != "data" || eerr.Offset != 9 {
			t.Errorf("%s %s: err %v, want data invalid at offset 9", r.Method, r.SignatureMethod, err)
		}
	}
}

// The size limits apply to what package request builds: a GET whose flattened data
// goes one byte over 32 KB is refused with a *signer.LimitError.
func TestGETDataOverLimit(t *testing.T) {
	r := base()
	r.Method = "GET"
	fixed := len("Name=")
	r.Data = []byte(`{"Name":"` + strings.Repeat("a", signer.LimitGET-fixed) + `"}`)
	res, err := Sign(r)
	if err != nil {
		t.Fatalf("exactly %d bytes: %v", signer.LimitGET, err)
	}
	if res.Size.Used != signer.LimitGET {
		t.Fatalf("counted %d, want %d", res.Size.Used, signer.LimitGET)
	}
	r.Data = []byte(`{"Name":"` + strings.Repeat("a", signer.LimitGET-fixed+1) + `"}`)
	_, err = Sign(r)
	var lerr *signer.LimitError
	if !errors.As(err, &lerr) || lerr.Used != signer.LimitGET+1 || lerr.Limit != signer.LimitGET {
		t.Fatalf("err %v, want *signer.LimitError at %d of %d", err, signer.LimitGET+1, signer.LimitGET)
	}
}
