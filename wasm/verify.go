package main

// tcsig.verify's logic: it reads the options object and returns verify's
// report as JSON (Report.MarshalJSON, so encoding/json is not linked).

import (
	"math"
	"strconv"
	"time"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/verify"
)

// Verify is tcsig.verify(text, options): it checks a captured request and
// returns the report as JSON (`tcsig verify --output json`), which the glue
// hands to JSON.parse. Options: secretKey, token, now (Unix seconds as a
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
	rep, err := verify.Text([]byte(text), o)
	if err != nil {
		return nil, err
	}
	rep.Localize(lang)
	return rep.MarshalJSON() // verify's own writer: no encoding/json in the module
}
