package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
)

// The small tcsig.* calls, argument checks included, so that the glue only
// registers them (main_js.go). Each takes the JavaScript arguments and
// returns a tree for the glue to build (encode.go), or an error to throw.

// arg returns args[i], or undefined when the caller passed fewer.
func arg(args []Value, i int) Value {
	if i < len(args) {
		return args[i]
	}
	return undefined{}
}

// undefined is a missing argument.
type undefined struct{}

func (undefined) Kind() Kind       { return Undefined }
func (undefined) Str() string      { return "" }
func (undefined) Text() []byte     { return nil }
func (undefined) Float() float64   { return 0 }
func (undefined) Truth() bool      { return false }
func (undefined) Get(string) Value { return undefined{} }
func (undefined) Keys() []string   { return nil }
func (undefined) Len() int         { return 0 }
func (undefined) Index(int) Value  { return undefined{} }
func (undefined) Bytes() []byte    { return nil }

// resolveCall is tcsig.resolve(service, region, mode).
func resolveCall(args []Value) (any, error) {
	s, err := strArgs(args, "resolve(service, region, mode)", 3)
	if err != nil {
		return nil, err
	}
	res, err := endpoints.Resolve(s[0], s[1], endpoints.Mode(s[2]))
	if err != nil {
		return nil, err
	}
	return Resolution(res.Localize(lang)), nil
}

// checkJSONCall is tcsig.checkJSON(text): null when text is valid JSON.
func checkJSONCall(args []Value) (any, error) {
	a := arg(args, 0)
	if a.Kind() != String {
		return nil, message.Errorf(message.JSArgString, "checkJSON(text)", "text")
	}
	if e := jsonlite.Check(a.Str()); e != nil {
		return JSONErrorObj(e, lang), nil
	}
	return nil, nil
}

// markCall is tcsig.mark(text).
func markCall(args []Value) (any, error) {
	a := arg(args, 0)
	if a.Kind() != String {
		return nil, message.Errorf(message.JSArgString, "mark(text)", "text")
	}
	return Mark(a.Str()), nil
}

// sha256Call is tcsig._sha256, for make bench-web only: the baseline that
// tcsig.sign's cost on a large body is measured against. It reads its
// argument the way sign reads data (a string or a Uint8Array, copied once).
func sha256Call(args []Value) (any, error) {
	v := arg(args, 0)
	var sum [32]byte
	switch v.Kind() {
	case String:
		sum = sha256.Sum256([]byte(v.Str()))
	case Bytes:
		sum = sha256.Sum256(v.Bytes())
	default:
		return nil, errors.New("_sha256: want a string or a Uint8Array")
	}
	return hex.EncodeToString(sum[:]), nil
}

// contentTypes are the media types the page offers, in its order.
var contentTypes = []string{protocol.ContentTypeJSON, protocol.ContentTypeMultipart, protocol.ContentTypeOctet, protocol.ContentTypeForm}

// contentRulesCall is tcsig.contentRules(method, signatureMethod,
// contentType, contentTypeMoved): the content-type ↔ signature-method rules
// for the page's form (protocol.ConsistentContentType), so the page keeps
// no copy of them: {signatureMethod, contentType (a media type), allowed:
// the media types this method and signature method take}.
func contentRulesCall(args []Value) (any, error) {
	const call = "contentRules(method, signatureMethod, contentType, contentTypeMoved)"
	s, err := strArgs(args, call, 3)
	if err != nil {
		return nil, message.Errorf(message.JSArgsFirstStrings, call, 3)
	}
	method := strings.ToUpper(s[0])
	sig, mt := protocol.ConsistentContentType(method, s[1], signer.MediaType(s[2]), arg(args, 3).Truth())
	var allowed []any
	for _, ct := range contentTypes {
		if protocol.ContentTypeAllowed(method, sig, ct) {
			allowed = append(allowed, ct)
		}
	}
	return Obj{{"signatureMethod", sig}, {"contentType", mt}, {"allowed", allowed}}, nil
}
