package signer

// Boundary tests at each documented size limit ("Request Structure"): exactly at
// the limit signs, one byte over fails with a *LimitError that names the
// bytes used, the limit and the rule. And UTF-8: the first invalid byte is
// reported at its offset in the field it is in.

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
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
	if !errors.As(err, &lerr) {
		t.Fatalf("error %v (%T), want nil or *LimitError", err, err)
	}
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
			if n < 1 {
				t.Fatalf("cannot reach %d bytes: the fixed parameters alone count %d", target, used)
			}
		}
	}
	t.Fatalf("no filler length makes the request count exactly %d bytes", target)
	return nil, nil
}

func checkLimitError(t *testing.T, lerr *LimitError, used, limit int, rule string) {
	t.Helper()
	if lerr == nil {
		t.Fatalf("%d bytes signed, want a *LimitError over %d", used, limit)
	}
	if lerr.Used != used || lerr.Limit != limit || lerr.Rule != rule {
		t.Errorf("LimitError{Used %d, Limit %d, Rule %q}, want {%d, %d, %q}", lerr.Used, lerr.Limit, lerr.Rule, used, limit, rule)
	}
	msg := lerr.Error()
	for _, want := range []string{strconv.Itoa(used) + " bytes", "limit of " + strconv.Itoa(limit) + " bytes", rule} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not name %q", msg, want)
		}
	}
}

func TestLimitGETQuery(t *testing.T) {
	for _, sm := range []string{AlgorithmTC3, HmacSHA1, HmacSHA256} {
		t.Run(sm, func(t *testing.T) {
			r := limitRequest("GET", sm)
			res, lerr := fillTo(t, r, LimitGET)
			if lerr != nil {
				t.Fatalf("exactly %d bytes refused: %v", LimitGET, lerr)
			}
			_, query, _ := strings.Cut(res.URL, "?")
			if len(query) != LimitGET || res.Size.Counted != "query" || res.Size.Limit != LimitGET {
				t.Errorf("size %+v, query in URL %d bytes; want the whole query (Signature included) at %d", res.Size, len(query), LimitGET)
			}
			_, lerr = fillTo(t, r, LimitGET+1)
			checkLimitError(t, lerr, LimitGET+1, LimitGET, "GET requests")
			if !strings.Contains(lerr.Error(), "32 KB") || !strings.Contains(lerr.What, "query") {
				t.Errorf("message %q: want the 32 KB limit of the query string", lerr.Error())
			}
		})
	}
}

func TestLimitV1POSTBody(t *testing.T) {
	for _, sm := range []string{HmacSHA1, HmacSHA256} {
		t.Run(sm, func(t *testing.T) {
			r := limitRequest("POST", sm)
			res, lerr := fillTo(t, r, LimitPOSTV1)
			if lerr != nil {
				t.Fatalf("exactly %d bytes refused: %v", LimitPOSTV1, lerr)
			}
			if len(res.Body) != LimitPOSTV1 || res.Size.Counted != "body" {
				t.Errorf("size %+v, body %d bytes; want the form body (Signature included) at %d", res.Size, len(res.Body), LimitPOSTV1)
			}
			_, lerr = fillTo(t, r, LimitPOSTV1+1)
			checkLimitError(t, lerr, LimitPOSTV1+1, LimitPOSTV1, "POST with "+sm)
			if !strings.Contains(lerr.Hint, AlgorithmTC3) {
				t.Errorf("hint %q: want the way out (TC3 allows 10 MB)", lerr.Hint)
			}
		})
	}
}

func TestLimitTC3POSTBody(t *testing.T) {
	body := bytes.Repeat([]byte("a"), LimitPOSTTC3+1)
	r := limitRequest("POST", AlgorithmTC3)
	r.Payload = body[:LimitPOSTTC3]
	res, err := Sign(r, limitCred)
	if err != nil {
		t.Fatalf("exactly %d bytes refused: %v", LimitPOSTTC3, err)
	}
	if res.Size.Used != LimitPOSTTC3 || res.Size.Limit != LimitPOSTTC3 || res.Size.Counted != "body" {
		t.Errorf("size %+v", res.Size)
	}
	if want := sha256Hex(body[:LimitPOSTTC3]); res.HashedPayload != want {
		t.Errorf("hashed payload %s, want %s", res.HashedPayload, want)
	}
	for _, over := range []*Request{
		{Payload: body},
		{Payload: body, UnsignedPayload: true}, // an unsigned body is still sent
	} {
		q := limitRequest("POST", AlgorithmTC3)
		q.Payload, q.UnsignedPayload = over.Payload, over.UnsignedPayload
		_, err = Sign(q, limitCred)
		var lerr *LimitError
		if !errors.As(err, &lerr) {
			t.Fatalf("%d bytes (unsigned %v): err %v, want *LimitError", len(body), q.UnsignedPayload, err)
		}
		checkLimitError(t, lerr, LimitPOSTTC3+1, LimitPOSTTC3, "POST with "+AlgorithmTC3)
		if !strings.Contains(lerr.Error(), "10 MB") {
			t.Errorf("message %q does not say 10 MB", lerr.Error())
		}
	}
}

// TestLimitHeadersNotCounted pins the accounting tcsig documents: headers
// are reported beside the counted bytes, never added to them.
func TestLimitHeadersNotCounted(t *testing.T) {
	r := limitRequest("POST", AlgorithmTC3)
	r.Payload = []byte(`{"Limit":1}`)
	res, err := Sign(r, limitCred)
	if err != nil {
		t.Fatal(err)
	}
	if res.Size.Used != len(r.Payload) || res.Size.HeaderBytes <= len(res.Authorization) {
		t.Errorf("size %+v: want used = body bytes and headerBytes covering at least the Authorization", res.Size)
	}
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
			if !errors.As(err, &eerr) {
				t.Fatalf("err %v (%T), want *EncodingError", err, err)
			}
			if eerr.Field != c.field || eerr.Offset != c.offset {
				t.Errorf("EncodingError{%q, %d}, want {%q, %d}", eerr.Field, eerr.Offset, c.field, c.offset)
			}
			if !strings.Contains(err.Error(), "offset "+strconv.Itoa(c.offset)) || !strings.Contains(err.Error(), "UTF-8") {
				t.Errorf("message %q: want the offset and the rule", err.Error())
			}
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
	if !errors.As(err, &eerr) || eerr.Offset != 2 {
		t.Fatalf("err %v, want *EncodingError at offset 2 of the name", err)
	}
	if !strings.Contains(eerr.Field, "name") {
		t.Errorf("field %q does not say the name is at fault", eerr.Field)
	}
}

// TestBinaryBodiesAreNotUTF8Checked: only JSON bodies must be UTF-8; a
// multipart or octet-stream body carries bytes as they are.
func TestBinaryBodiesAreNotUTF8Checked(t *testing.T) {
	for _, ct := range []string{"multipart/form-data; boundary=b0", ContentTypeOctet} {
		r := limitRequest("POST", AlgorithmTC3)
		r.ContentType = ct
		r.Payload = []byte("--b0\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f\"\r\n\r\n\x00\xff\xfe\r\n--b0--\r\n")
		res, err := Sign(r, limitCred)
		if err != nil {
			t.Fatalf("%s: %v", ct, err)
		}
		if !bytes.Equal(res.Body, r.Payload) || res.HashedPayload != sha256Hex(r.Payload) {
			t.Errorf("%s: body not signed byte for byte", ct)
		}
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
	if !errors.As(err, &eerr) || eerr.Field != "body" || eerr.Offset != at {
		t.Fatalf("err %v, want body invalid at offset %d", err, at)
	}
	r.ContentType = ContentTypeOctet // binary bodies are not checked
	res, err := Sign(r, limitCred)
	if err != nil || res.HashedPayload != sha256Hex(body) {
		t.Fatalf("octet-stream body: %v", err)
	}
	body[at] = 'a'
	r.ContentType = ""
	if res, err = Sign(r, limitCred); err != nil || res.HashedPayload != sha256Hex(body) {
		t.Fatalf("valid 2 MB JSON body: %v", err)
	}
}
