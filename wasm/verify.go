package main

// tcsig.verify's logic: it reads the options object and returns verify's
// report as JSON (Report.MarshalJSON, so encoding/json is not linked),
// with the catalog's findings beside it as `tcsig verify` gives them.

import (
	"math"
	"strconv"
	"time"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/verify"
)

// Verify is tcsig.verify(text, options): it checks a captured request and
// returns the report as JSON (`tcsig verify --output json`, its last
// member "catalog" the findings of the catalog the page has loaded: none
// until the request's service file is loaded), which the glue hands to
// JSON.parse. Options: secretKey, token, now (Unix seconds as a
// number or string; absent means now, the caller's clock, 0 skips the 5-minute
// check), canonicalRequest and stringToSign (the client's own, to diff).
func Verify(text string, opts Value, now int64) ([]byte, error) {
	var o verify.Options
	switch opts.Kind() {
	case Undefined, Null:
	case Object:
	default:
		return nil, fieldErr("options", message.New(message.JSWantOptions, opts.Kind().String()))
	}
	if opts.Kind() == Object {
		allowed := map[string]*string{"secretKey": &o.SecretKey, "token": &o.Token, "canonicalRequest": &o.CanonicalRequest, "stringToSign": &o.StringToSign}
		for _, k := range opts.Keys() {
			if _, ok := allowed[k]; !ok && k != "now" {
				return nil, fieldErr(k, message.New(message.JSUnknownOption))
			}
		}
		for name, p := range allowed {
			s, err := Str(opts.Get(name), name)
			if err != nil {
				return nil, err
			}
			*p = s
		}
		switch n := opts.Get("now"); n.Kind() {
		case Undefined, Null:
		case Number:
			f := n.Float()
			if f != math.Trunc(f) || f < 0 || f > 1<<53 {
				return nil, fieldErr("now", message.New(message.JSNow, strconv.FormatFloat(f, 'g', -1, 64)))
			}
			now = int64(f)
		case String:
			v, err := strconv.ParseInt(n.Str(), 10, 64)
			if err != nil || v < 0 {
				return nil, fieldErr("now", message.New(message.JSNow, strconv.Quote(n.Str())))
			}
			now = v
		default:
			return nil, fieldErr("now", message.New(message.JSWantNumberOrDecimal, n.Kind().String()))
		}
	}
	if now != 0 {
		o.Now = time.Unix(now, 0)
	}
	req, err := capture.Parse([]byte(text))
	if err != nil {
		return nil, err
	}
	rep := verify.Check(req, o)
	rep.Localize(lang)
	b, err := rep.MarshalJSON() // verify's own writer: no encoding/json in the module
	if err != nil {
		return nil, err
	}
	return withCatalog(b, req, rep), nil
}

// withCatalog appends the member "catalog" to the report b: what the API
// would reject beyond the signature (unknown action or version, unknown,
// missing or mistyped parameters), checked as cli/verify_catalog.go does.
func withCatalog(b []byte, req *capture.Request, rep *verify.Report) []byte {
	r := rep.Received
	fs := cat.Check(catalog.Classify(r.Service, r.Version, r.Action, req.Method, req.Get("Content-Type"), req.RawQuery, req.Body))
	w := jsonlite.Writer{B: append(b[:len(b)-1], ',')} // the report's members, and one more
	w.Key("catalog")
	w.OpenArray()
	for _, f := range fs {
		f = f.Localize(lang)
		w.OpenObject()
		w.Key("cause")
		w.String(f.Cause)
		if f.Path != "" {
			w.Key("path")
			w.String(f.Path)
		}
		w.Key("code")
		w.String(f.Code)
		w.Key("message")
		w.String(f.Message)
		w.CloseObject()
	}
	w.CloseArray()
	return append(w.B, '}')
}
