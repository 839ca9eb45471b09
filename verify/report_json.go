package verify

import "github.com/tcsig/tcsig/internal/jsonlite"

// MarshalJSON writes the report as encoding/json would from the struct tags
// (the tests compare the two byte for byte), so the WebAssembly module can
// return `tcsig verify --output json` without linking encoding/json.
func (r Report) MarshalJSON() ([]byte, error) {
	w := jsonlite.Writer{B: make([]byte, 0, 4096)}
	w.OpenObject()
	w.Key("valid")
	w.Bool(r.Valid)
	if e := r.Error; e != nil {
		w.Key("error")
		w.OpenObject()
		writeStr(&w, "code", e.Code)
		writeStr(&w, "message", e.Message)
		writeStr(&w, "check", e.Check)
		w.CloseObject()
	}
	writeFindings(&w, "causes", r.Causes)
	writeFindings(&w, "warnings", r.Warnings)
	if r.Expected != nil {
		b, err := r.Expected.MarshalJSON()
		if err != nil {
			return nil, err
		}
		w.Key("expected")
		w.Raw(b)
	}
	writeDiff(&w, r.Diff)
	writeReceived(&w, r.Received)
	writeOpt(&w, "incomplete", r.Incomplete)
	w.CloseObject()
	return w.B, nil
}

func writeStr(w *jsonlite.Writer, key, v string) {
	w.Key(key)
	w.String(v)
}

// writeOpt writes a string field tagged omitempty.
func writeOpt(w *jsonlite.Writer, key, v string) {
	if v != "" {
		writeStr(w, key, v)
	}
}

func writeFindings(w *jsonlite.Writer, key string, fs []Finding) {
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

func writeDiff(w *jsonlite.Writer, diff []DiffLine) {
	w.Key("diff")
	if diff == nil {
		w.Null()
		return
	}
	w.OpenArray()
	for _, d := range diff {
		w.OpenObject()
		writeStr(w, "what", d.What)
		w.Key("line")
		w.Int(int64(d.Line))
		w.Key("column")
		w.Int(int64(d.Column))
		writeStr(w, "expected", d.Expected)
		writeStr(w, "received", d.Received)
		writeStr(w, "marker", d.Marker)
		w.CloseObject()
	}
	w.CloseArray()
}

func writeReceived(w *jsonlite.Writer, rc Received) {
	w.Key("received")
	w.OpenObject()
	writeOpt(w, "signatureMethod", rc.SignatureMethod)
	writeOpt(w, "secretId", rc.SecretID)
	writeOpt(w, "service", rc.Service)
	writeOpt(w, "action", rc.Action)
	writeOpt(w, "version", rc.Version)
	writeOpt(w, "region", rc.Region)
	writeOpt(w, "timestamp", rc.Timestamp)
	writeOpt(w, "host", rc.Host)
	writeOpt(w, "credentialScope", rc.CredentialScope)
	writeOpt(w, "signedHeaders", rc.SignedHeaders)
	writeOpt(w, "signature", rc.Signature)
	if rc.Skew != nil {
		w.Key("skew")
		w.Int(*rc.Skew)
	}
	w.CloseObject()
}
