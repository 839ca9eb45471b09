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
// JSON.parse. Options: secretKey, token, now (the server clock: Unix
// seconds as a number, or a string spelled as `tcsig verify --now` takes
// it, verify.ParseNow; absent or "" means now, the caller's clock, "off" or
// 0 skips the 5-minute check), canonicalRequest and stringToSign (the
// client's own, to diff).
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
		t, err := clock(opts.Get("now"), now)
		if err != nil {
			return nil, err
		}
		o.Now = t
	} else {
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

// clock reads the now option: a number of whole Unix seconds (0 is off), or
// text as the command line's --now takes it; absent is the caller's clock.
func clock(n Value, now int64) (time.Time, error) {
	switch n.Kind() {
	case Undefined, Null:
		return time.Unix(now, 0), nil
	case Number:
		f := n.Float()
		if f != math.Trunc(f) || f < 0 || f > 1<<53 {
			return time.Time{}, fieldErr("now", message.New(message.JSNow, strconv.FormatFloat(f, 'g', -1, 64)))
		}
		if f == 0 {
			return time.Time{}, nil
		}
		return time.Unix(int64(f), 0), nil
	case String:
		t, ok := verify.ParseNow(n.Str(), time.Unix(now, 0))
		if !ok {
			return time.Time{}, fieldErr("now", message.New(message.JSNow, strconv.Quote(n.Str())))
		}
		return t, nil
	}
	return time.Time{}, fieldErr("now", message.New(message.JSWantNumberOrDecimal, n.Kind().String()))
}
