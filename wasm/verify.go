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
// hands to JSON.parse. Options: secretKey, token, now (the server clock:
// Unix seconds as a number, or a string spelled as `tcsig verify --now`
// takes it, verify.ParseNow; absent or "" means now, the caller's clock,
// "off" or 0 skips the 5-minute check), canonicalRequest and stringToSign
// (the client's own, to diff).
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
	rep, err := verify.Text([]byte(text), o)
	if err != nil {
		return nil, err
	}
	rep.Localize(lang)
	return rep.MarshalJSON() // verify's own writer: no encoding/json in the module
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
