package verify

import (
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/signer"
)

// v1Param is one received parameter: decoded, and as written on the wire.
type v1Param struct {
	key, value       string
	rawKey, rawValue string
}

// v1Source returns where a v1 request carries its parameters: the query for
// GET, the form body for POST.
func (c *checker) v1Source() (text, what string) {
	if c.method() == "GET" {
		return c.req.RawQuery, "query string"
	}
	return string(c.req.Body), "form body"
}

// v1Params parses the parameters when they include Signature (a v1
// request), else returns nil. Parse errors are kept for checkV1.
func (c *checker) v1Params() []v1Param {
	text, _ := c.v1Source()
	if !strings.Contains(text, "Signature=") {
		return nil
	}
	ps, _ := parseForm(text)
	for _, p := range ps {
		if p.key == "Signature" {
			return ps
		}
	}
	return nil
}

// parseForm splits a form string on '&' and '=', keeping the raw text.
func parseForm(s string) ([]v1Param, error) {
	var out []v1Param
	var firstErr error
	for _, part := range strings.Split(s, "&") {
		if part == "" {
			continue
		}
		rk, rv, ok := strings.Cut(part, "=")
		if !ok && firstErr == nil {
			firstErr = &formError{"parameter " + strconv.Quote(part) + " has no \"=\": each key and value must be separated by \"=\""}
		}
		k, err := unescape(rk, true)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		v, err := unescape(rv, true)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		out = append(out, v1Param{key: k, value: v, rawKey: rk, rawValue: rv})
	}
	return out, firstErr
}

type formError struct{ msg string }

func (e *formError) Error() string { return e.msg }

// v1Input is what a v1 signature is computed from.
type v1Input struct {
	method, host, path string
	params             []signer.Param // sorted, without Signature
	hash               string         // HmacSHA1 or HmacSHA256
	secretKey          string
}

func (in *v1Input) stringToSign() string {
	return signer.V1StringToSign(in.method, in.host, in.path, in.params)
}

func (in *v1Input) sign() (sts, sig string) {
	sts = in.stringToSign()
	return sts, signer.V1Signature(in.hash, in.secretKey, sts)
}

// checkV1 checks an HmacSHA1/256 request: its parameters, then the
// signature, recomputed with the signer's own builders from the received
// parameters.
func (c *checker) checkV1() {
	r := c.req
	ps, get, method := c.readV1Params()
	c.checkV1Params(ps, get, method)
	if r.BodyOmitted && c.method() == "POST" {
		c.incomplete("the capture does not show the form body, which holds the parameters and the signature: capture the request with its body")
		return
	}

	in := v1Input{method: c.method(), host: r.Host, path: r.Path, hash: method}
	if in.path == "" {
		in.path = "/"
	}
	in.params = v1Sorted(ps)
	key, ok := c.secretKey(get["SecretId"])
	in.secretKey = key
	sts, sig := in.sign()
	res := &signer.Result{
		SignatureMethod: method,
		SortedParams:    in.params,
		StringToSign:    sts,
		Signature:       sig,
	}
	c.fillRequest(res, method)
	c.rep.Expected = res
	c.diff("", sts)
	if !ok {
		res.Signature = ""
		return
	}
	if !equalSignature(sig, get["Signature"]) {
		c.reject(CodeSignatureFailure, "signature", msgSignatureFailure+" Expected signature "+sig+", received "+get["Signature"]+".")
		c.searchV1(in, ps, get["Signature"])
	}
}

// readV1Params parses the parameters and returns them, the value of each
// name (the last one), and the signature method they name (HmacSHA1
// without SignatureMethod, the server's rule).
func (c *checker) readV1Params() (ps []v1Param, get map[string]string, method string) {
	rep := c.rep
	text, where := c.v1Source()
	ps, err := parseForm(text)
	if err != nil {
		c.reject(CodeInvalidParameter, "query-encoding", "the "+where+" cannot be decoded: "+err.Error())
	}
	get = map[string]string{}
	count := map[string]int{}
	var names []string // in order of first appearance, so the warnings are too
	for _, p := range ps {
		if count[p.key] == 0 {
			names = append(names, p.key)
		}
		get[p.key] = p.value
		count[p.key]++
	}
	for _, k := range names {
		if n := count[k]; n > 1 {
			c.warn("param-duplicate", "parameter "+k+" appears "+strconv.Itoa(n)+" times; the last one is used")
		}
	}
	method = get["SignatureMethod"]
	_, hasMethod := count["SignatureMethod"]
	switch {
	case !hasMethod:
		method = signer.HmacSHA1 // the server's rule without the parameter
	case method != signer.HmacSHA1 && method != signer.HmacSHA256:
		c.reject(CodeInvalidParameterValue, "signature-method", "SignatureMethod "+strconv.Quote(method)+" is neither HmacSHA1 nor HmacSHA256")
		method = signer.HmacSHA1
	}
	rep.Received.SignatureMethod = method
	rep.Received.Action, rep.Received.Version = get["Action"], get["Version"]
	rep.Received.Signature = get["Signature"]
	rep.Received.Service = tencentService(c.req.Host)
	return ps, get, method
}

// checkV1Params checks the common parameters, the request's size, content
// type and encoding.
func (c *checker) checkV1Params(ps []v1Param, get map[string]string, method string) {
	for _, k := range []string{"Action", "Version", "SecretId", "Nonce"} {
		if get[k] == "" {
			c.reject(CodeMissingParameter, "param-missing", "the "+k+" parameter is missing")
		}
	}
	if n := get["Nonce"]; n != "" {
		if v, err := strconv.ParseUint(n, 10, 64); err != nil || v == 0 {
			c.warn("nonce-format", "Nonce "+strconv.Quote(n)+" is not a positive integer, as the documentation asks")
		}
	}
	c.checkSecretID(get["SecretId"])
	c.checkRegion("Region parameter", get["Region"])
	c.checkTimestamp("Timestamp", get["Timestamp"])
	c.checkSize(method)
	c.checkContentType(method)
	c.checkUTF8(method)
	if c.method() == "POST" {
		if err := signer.CheckUTF8("a decoded parameter", []byte(joinValues(ps))); err != nil {
			c.reject(CodeInvalidParameter, "utf8", err.Error())
		}
		text, _ := c.v1Source()
		c.checkEscapes("form body", text)
	}
	tok, hasTok := get["Token"]
	c.checkToken("Token parameter", tok, hasTok)
}

// v1Sorted returns the parameters a v1 signature covers, as the signer
// orders them: without Signature, the last of each name kept, sorted by
// name in byte order.
func v1Sorted(ps []v1Param) []signer.Param {
	all := make([]signer.Param, 0, len(ps))
	for _, p := range ps {
		all = append(all, signer.Param{Key: p.key, Value: p.value})
	}
	return signer.V1Params(all)
}

func joinValues(ps []v1Param) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.key)
		b.WriteString(p.value)
	}
	return b.String()
}
