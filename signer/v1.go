package signer

import (
	"strconv"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
)

// signV1 signs with HmacSHA1 or HmacSHA256 (signature v1): every parameter,
// common ones included, sorted by name with raw values, prefixed by
// METHOD + host + path + "?", HMAC'd with the SecretKey and Base64-encoded.
func signV1(r *Request, c Credentials) (*Result, error) {
	if err := v1Check(r); err != nil {
		return nil, err
	}

	// Step 1: collect the common and action parameters.
	all := appendV1Params(make([]Param, 0, 9+len(r.Params)), r, c)

	// Step 2: sort by name in byte order; Signature never signs itself.
	sorted := V1Params(all)

	// Step 3: the string to sign, with raw values.
	sts := AppendV1StringToSign(make([]byte, 0, v1StringToSignLen(r.Method, r.Host, r.Path, sorted)), r.Method, r.Host, r.Path, sorted)

	// Step 4: HMAC and Base64.
	signature := v1Signature(r.SignatureMethod, c.SecretKey, sts)

	// Step 5: every value URL-encoded on the wire, Signature included.
	wire := sortParams(append(sorted[:len(sorted):len(sorted)], Param{"Signature", signature}))
	encoded := encodeParams(wire)

	res := &Result{
		SignatureMethod: r.SignatureMethod,
		SortedParams:    sorted,
		StringToSign:    string(sts),
		Signature:       signature,
		Method:          r.Method,
		URL:             "https://" + r.Host + r.Path,
	}
	headers := Headers{{protocol.HeaderContentType, r.ContentType}, {protocol.HeaderHost, r.Host}}
	headers = append(headers, r.Header...)
	used := len(encoded)
	if r.Method == "GET" {
		res.URL += "?" + encoded
	} else {
		res.Body = []byte(encoded)
	}
	size, err := checkSize(r.Method, r.SignatureMethod, used)
	if err != nil {
		return nil, err
	}
	res.Size = size
	res.Headers = headers
	res.Size.HeaderBytes = headerBytes(headers)
	return res, nil
}

// v1Check refuses what HmacSHA1/256 cannot sign: a body, TC3's own
// options, and a missing or non-numeric Nonce.
func v1Check(r *Request) error {
	if len(r.Payload) > 0 {
		return fieldErr("Payload", message.V1Body, r.SignatureMethod)
	}
	if len(r.SignedHeaders) > 0 || r.UnsignedPayload || r.PayloadHash != "" {
		return fieldErr("SignatureMethod", message.V1TC3Only)
	}
	if r.OmitSignatureMethod && r.SignatureMethod != HmacSHA1 {
		return fieldErr("OmitSignatureMethod", message.V1OmitSigMethod)
	}
	if r.Nonce == "" {
		return fieldErr("Nonce", message.V1NonceRequired, r.SignatureMethod)
	}
	if _, err := strconv.ParseUint(r.Nonce, 10, 64); err != nil {
		return fieldErr("Nonce", message.V1NonceInvalid, strconv.Quote(r.Nonce))
	}
	return nil
}

// appendV1Params appends to all the common parameters ("Common
// Parameters", 公共参数) the request carries, then the action's own.
func appendV1Params(all []Param, r *Request, c Credentials) []Param {
	all = append(all,
		Param{"Action", r.Action},
		Param{"Nonce", r.Nonce},
		Param{"SecretId", c.SecretID},
		Param{"Timestamp", strconv.FormatInt(r.Timestamp, 10)},
		Param{"Version", r.Version},
	)
	if !r.OmitSignatureMethod {
		all = append(all, Param{"SignatureMethod", r.SignatureMethod})
	}
	if r.Region != "" {
		all = append(all, Param{"Region", r.Region})
	}
	if c.Token != "" {
		all = append(all, Param{"Token", c.Token})
	}
	if r.Language != "" {
		all = append(all, Param{"Language", r.Language})
	}
	return append(all, r.Params...)
}
