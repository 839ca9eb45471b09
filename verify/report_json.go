package verify

import "github.com/tcsig/tcsig/internal/jsonlite"

// MarshalJSON writes the report as encoding/json would from the struct tags
// (the tests compare the two byte for byte), so the WebAssembly module can
// return `tcsig verify --output json` without linking encoding/json.
func (r Report) MarshalJSON() ([]byte, error) {
	w := jsonlite.Writer{B: make([]byte, 0, 4096)}
	str := func(key, v string) { w.Key(key); w.String(v) }
	opt := func(key, v string) { // omitempty
		if v != "" {
			str(key, v)
		}
	}
	findings := func(key string, fs []Finding) {
		w.Key(key)
		if fs == nil {
			w.Null()
			return
		}
		w.OpenArray()
		for _, f := range fs {
			w.String(f.String())
		}
		w.CloseArray()
	}
	w.OpenObject()
	w.Key("valid")
	w.Bool(r.Valid)
	if e := r.Error; e != nil {
		w.Key("error")
		w.OpenObject()
		str("code", e.Code)
		str("message", e.Message)
		str("check", e.Check)
		w.CloseObject()
	}
	findings("causes", r.Causes)
	findings("warnings", r.Warnings)
	if r.Expected != nil {
		b, err := r.Expected.MarshalJSON()
		if err != nil {
			return nil, err
		}
		w.Key("expected")
		w.Raw(b)
	}
	w.Key("diff")
	if r.Diff == nil {
		w.Null()
	} else {
		w.OpenArray()
		for _, d := range r.Diff {
			w.OpenObject()
			str("what", d.What)
			w.Key("line")
			w.Int(int64(d.Line))
			w.Key("column")
			w.Int(int64(d.Column))
			str("expected", d.Expected)
			str("received", d.Received)
			str("marker", d.Marker)
			w.CloseObject()
		}
		w.CloseArray()
	}
	rc := r.Received
	w.Key("received")
	w.OpenObject()
	opt("signatureMethod", rc.SignatureMethod)
	opt("secretId", rc.SecretID)
	opt("service", rc.Service)
	opt("action", rc.Action)
	opt("version", rc.Version)
	opt("region", rc.Region)
	opt("timestamp", rc.Timestamp)
	opt("host", rc.Host)
	opt("credentialScope", rc.CredentialScope)
	opt("signedHeaders", rc.SignedHeaders)
	opt("signature", rc.Signature)
	if rc.Skew != nil {
		w.Key("skew")
		w.Int(*rc.Skew)
	}
	w.CloseObject()
	opt("incomplete", r.Incomplete)
	w.CloseObject()
	return w.B, nil
}
