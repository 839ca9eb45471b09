package signer

// Boundary tests at each documented size limit ("Request Structure"): exactly at
// the limit signs, one byte over fails with a *LimitError that names the
// bytes used, the limit and the rule. And UTF-8: the first invalid byte is
// reported at its offset in the field it is in.

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/protocol"
)

func limitRequest(method, signatureMethod string) *Request {
	return &Request{
		Method: method, Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances",
		Version: "2017-03-12", Region: "ap-guangzhou", SignatureMethod: signatureMethod,
		Timestamp: 1551113065, Nonce: "11886",
	}
}

var limitCred = Credentials{SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"}

// counted returns the bytes Sign counted for r: from the size report when
// it signs, from the *LimitError when it refuses.
func counted(t *testing.T, r *Request) (used int, res *Result, lerr *LimitError) {
	t.Helper()
	res, err := Sign(r, limitCred)
	if err == nil {
		return res.Size.Used, res, nil
	}
	require.ErrorAs(t, err, &lerr, "want nil or *LimitError")
	return lerr.Used, nil, lerr
}

// fillTo grows the one parameter "Filler" until the counted size is exactly
// target. With v1 the count includes the escaped Signature, whose length
// moves with its '+', '/' and '=' characters: when a new length moves the
// signature's, the next nonce (same length) draws another signature.
func fillTo(t *testing.T, r *Request, target int) (*Result, *LimitError) {
	t.Helper()
	n := 1
	for nonce := 10000; nonce < 10100; nonce++ {
		r.Nonce = strconv.Itoa(nonce)
		for range 2 {
			r.Params = []Param{{"Filler", strings.Repeat("a", n)}}
			used, res, lerr := counted(t, r)
			if used == target {
				return res, lerr
			}
			n += target - used
			require.GreaterOrEqual(t, n, 1, "cannot reach %d bytes: the fixed parameters alone count %d", target, used)
		}
	}
	require.FailNow(t, "no filler length makes the request count exactly the target", "%d bytes", target)
	return nil, nil
}

func checkLimitError(t *testing.T, lerr *LimitError, used, limit int, rule string) {
	t.Helper()
	require.NotNil(t, lerr, "%d bytes signed, want a *LimitError over %d", used, limit)
	assert.Equal(t, LimitError{Used: used, Limit: limit, Rule: rule},
		LimitError{Used: lerr.Used, Limit: lerr.Limit, Rule: lerr.Rule}, "LimitError's Used, Limit and Rule")
	msg := lerr.Error()
	for _, want := range []string{strconv.Itoa(used) + " bytes", "limit of " + strconv.Itoa(limit) + " bytes", rule} {
		assert.Contains(t, msg, want, "the message names it")
	}
}

func TestLimitGETQuery(t *testing.T) {
	for _, sm := range []string{AlgorithmTC3, HmacSHA1, HmacSHA256} {
		t.Run(sm, func(t *testing.T) {
			r := limitRequest("GET", sm)
			res, lerr := fillTo(t, r, protocol.LimitGET)
			require.Nil(t, lerr, "exactly %d bytes refused", protocol.LimitGET)
			_, query, _ := strings.Cut(res.URL, "?")
			assert.Len(t, query, protocol.LimitGET, "query in the URL: want the whole query (Signature included) at the limit")
			assert.Equal(t, "query", res.Size.Counted, "size %+v", res.Size)
			assert.Equal(t, protocol.LimitGET, res.Size.Limit, "size %+v", res.Size)
			_, lerr = fillTo(t, r, protocol.LimitGET+1)
			checkLimitError(t, lerr, protocol.LimitGET+1, protocol.LimitGET, "GET requests")
			assert.Contains(t, lerr.Error(), "32 KB", "want the 32 KB limit of the query string")
			assert.Contains(t, lerr.What, "query", "want the 32 KB limit of the query string")
		})
	}
}

func TestLimitV1POSTBody(t *testing.T) {
	for _, sm := range []string{HmacSHA1, HmacSHA256} {
		t.Run(sm, func(t *testing.T) {
			r := limitRequest("POST", sm)
			res, lerr := fillTo(t, r, protocol.LimitPOSTV1)
			require.Nil(t, lerr, "exactly %d bytes refused", protocol.LimitPOSTV1)
			assert.Len(t, res.Body, protocol.LimitPOSTV1, "want the form body (Signature included) at the limit")
			assert.Equal(t, "body", res.Size.Counted, "size %+v", res.Size)
			_, lerr = fillTo(t, r, protocol.LimitPOSTV1+1)
			checkLimitError(t, lerr, protocol.LimitPOSTV1+1, protocol.LimitPOSTV1, "POST with "+sm)
			assert.Contains(t, lerr.Hint, AlgorithmTC3, "hint: want the way out (TC3 allows 10 MB)")
		})
	}
}

func TestLimitTC3POSTBody(t *testing.T) {
	body := bytes.Repeat([]byte("a"), protocol.LimitPOSTTC3+1)
	r := limitRequest("POST", AlgorithmTC3)
	r.Payload = body[:protocol.LimitPOSTTC3]
	res, err := Sign(r, limitCred)
	require.NoError(t, err, "exactly %d bytes refused", protocol.LimitPOSTTC3)
	assert.Equal(t, protocol.LimitPOSTTC3, res.Size.Used, "size %+v", res.Size)
	assert.Equal(t, protocol.LimitPOSTTC3, res.Size.Limit, "size %+v", res.Size)
	assert.Equal(t, "body", res.Size.Counted, "size %+v", res.Size)
	assert.Equal(t, sha256Hex(body[:protocol.LimitPOSTTC3]), res.HashedPayload, "hashed payload")
	for _, over := range []*Request{
		{Payload: body},
		{Payload: body, UnsignedPayload: true}, // an unsigned body is still sent
	} {
		q := limitRequest("POST", AlgorithmTC3)
		q.Payload, q.UnsignedPayload = over.Payload, over.UnsignedPayload
		_, err = Sign(q, limitCred)
		var lerr *LimitError
		require.ErrorAs(t, err, &lerr, "%d bytes (unsigned %v)", len(body), q.UnsignedPayload)
		checkLimitError(t, lerr, protocol.LimitPOSTTC3+1, protocol.LimitPOSTTC3, "POST with "+AlgorithmTC3)
		assert.Contains(t, lerr.Error(), "10 MB")
	}
}

// TestLimitHeadersNotCounted pins the accounting tcsig documents: headers
// are reported beside the counted bytes, never added to them.
func TestLimitHeadersNotCounted(t *testing.T) {
	r := limitRequest("POST", AlgorithmTC3)
	r.Payload = []byte(`{"Limit":1}`)
	res, err := Sign(r, limitCred)
	require.NoError(t, err)
	assert.Equal(t, len(r.Payload), res.Size.Used, "size %+v: want used = body bytes", res.Size)
	assert.Greater(t, res.Size.HeaderBytes, len(res.Authorization), "size %+v: want headerBytes covering at least the Authorization", res.Size)
}

func TestUTF8ErrorsNameTheOffset(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(*Request)
		field  string
		offset int
	}{
		{"json body", func(r *Request) { r.Payload = []byte("{\"a\":\"\xff\"}") }, "body", 6},
		{"json body, truncated sequence", func(r *Request) { r.Payload = []byte("{\"a\":\"未\xe5\x91\"}") }, "body", 9},
		{"json body with charset", func(r *Request) {
			r.ContentType = "application/json; charset=utf-8"
			r.Payload = []byte("\xc0\x80")
		}, "body", 0},
		{"GET parameter value", func(r *Request) {
			r.Method = "GET"
			r.Params = []Param{{"Name", "ab\xff"}}
		}, "parameter Name", 2},
		{"v1 parameter value", func(r *Request) {
			r.SignatureMethod = HmacSHA256
			r.Params = []Param{{"Filters.0.Values.0", "未命名\xed\xa0\x80"}} // an encoded surrogate is not UTF-8
		}, "parameter Filters.0.Values.0", 9},
		{"region", func(r *Request) { r.Region = "ap-\x80" }, "region", 3},
		{"action", func(r *Request) { r.Action = "Describe\xfe" }, "action", 8},
		{"host", func(r *Request) { r.Host = "cvm\xff.tencentcloudapi.com" }, "host", 3}, // found by FuzzSign
		{"extra header", func(r *Request) { r.Header = []Header{{"X-TC-RequestClient", "ok\xc3"}} }, "header X-TC-RequestClient", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := limitRequest("POST", AlgorithmTC3)
			c.mutate(r)
			_, err := Sign(r, limitCred)
			var eerr *EncodingError
			require.ErrorAs(t, err, &eerr)
			assert.Equal(t, c.field, eerr.Field, "EncodingError's field")
			assert.Equal(t, c.offset, eerr.Offset, "EncodingError's offset")
			assert.Contains(t, err.Error(), "offset "+strconv.Itoa(c.offset), "the message names the offset")
			assert.Contains(t, err.Error(), "UTF-8", "the message names the rule")
		})
	}
}

// TestUTF8ParameterNameError: an invalid byte in a parameter's name is
// reported against the name, never printed raw into the message.
func TestUTF8ParameterNameError(t *testing.T) {
	r := limitRequest("GET", AlgorithmTC3)
	r.Params = []Param{{"Na\xffme", "ok"}}
	_, err := Sign(r, limitCred)
	var eerr *EncodingError
	require.ErrorAs(t, err, &eerr)
	require.Equal(t, 2, eerr.Offset, "want *EncodingError at offset 2 of the name")
	assert.Contains(t, eerr.Field, "name", "the field says the name is at fault")
}

// TestBinaryBodiesAreNotUTF8Checked: only JSON bodies must be UTF-8; a
// multipart or octet-stream body carries bytes as they are.
func TestBinaryBodiesAreNotUTF8Checked(t *testing.T) {
	for _, ct := range []string{"multipart/form-data; boundary=b0", protocol.ContentTypeOctet} {
		r := limitRequest("POST", AlgorithmTC3)
		r.ContentType = ct
		r.Payload = []byte("--b0\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f\"\r\n\r\n\x00\xff\xfe\r\n--b0--\r\n")
		res, err := Sign(r, limitCred)
		require.NoError(t, err, "%s", ct)
		assert.Equal(t, r.Payload, res.Body, "%s: body not signed byte for byte", ct)
		assert.Equal(t, sha256Hex(r.Payload), res.HashedPayload, "%s: body not signed byte for byte", ct)
	}
}

// From 1 MB a JSON body's UTF-8 check runs beside its hash: the same error,
// the same offset.
func TestLargeJSONBodyUTF8(t *testing.T) {
	body := bytes.Repeat([]byte("a"), 2<<20)
	const at = 3 << 19
	body[at] = 0xff
	r := limitRequest("POST", AlgorithmTC3)
	r.Payload = body
	_, err := Sign(r, limitCred)
	var eerr *EncodingError
	require.ErrorAs(t, err, &eerr)
	require.Equal(t, "body", eerr.Field, "want body invalid at offset %d", at)
	require.Equal(t, at, eerr.Offset, "want body invalid at offset %d", at)
	r.ContentType = protocol.ContentTypeOctet // binary bodies are not checked
	res, err := Sign(r, limitCred)
	require.NoError(t, err, "octet-stream body")
	require.Equal(t, sha256Hex(body), res.HashedPayload, "octet-stream body")
	body[at] = 'a'
	r.ContentType = ""
	res, err = Sign(r, limitCred)
	require.NoError(t, err, "valid 2 MB JSON body")
	require.Equal(t, sha256Hex(body), res.HashedPayload, "valid 2 MB JSON body")
}
