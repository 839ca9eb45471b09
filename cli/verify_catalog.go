package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/internal/notation"
	"github.com/tcsig/tcsig/verify"
)

// verifyCatalog checks the captured request against the catalog: what the
// API would reject beyond the signature (unknown action or version,
// unknown, missing or mistyped parameters). Nil when the catalog is off,
// the capture does not parse, or nothing is found.
func verifyCatalog(c *catalog.Catalog, text []byte, rep *verify.Report) []catalog.Finding {
	if c == nil {
		return nil
	}
	req, err := capture.Parse(text)
	if err != nil {
		return nil
	}
	r := rep.Received
	return c.Check(catalog.Classify(r.Service, r.Version, r.Action, req.Method, req.Get("Content-Type"), req.RawQuery, req.Body))
}

// verifyCatalogText is the text report's catalog section: warnings with
// their cause ids and the API error each would cause.
func verifyCatalogText(fs []catalog.Finding, lang message.Lang) string {
	if len(fs) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n" + message.New(message.VTCatalog).Render(lang) + "\n")
	for _, f := range fs {
		b.WriteString("  - " + message.New(message.VTCatalogFinding, f.Cause, notation.Text(f.Message), f.Code).Render(lang) + "\n")
	}
	return b.String()
}

// verifyJSON is the JSON report with the catalog's findings beside the
// verifier's, as a last member "catalog" (an empty array when none).
// Report has its own MarshalJSON, so the member is appended to its output.
func verifyJSON(rep *verify.Report, fs []catalog.Finding) ([]byte, error) {
	b, err := json.Marshal(rep)
	if err != nil {
		return nil, err
	}
	if fs == nil {
		fs = []catalog.Finding{}
	}
	c, err := json.Marshal(fs)
	if err != nil {
		return nil, err
	}
	b = bytes.TrimRight(b, " \n")
	if len(b) < 2 || b[len(b)-1] != '}' {
		return nil, errors.New("verify report: not a JSON object")
	}
	out := append(append(append(b[:len(b)-1:len(b)-1], `,"catalog":`...), c...), '}')
	var ind bytes.Buffer
	if err := json.Indent(&ind, out, "", "  "); err != nil {
		return nil, err
	}
	return ind.Bytes(), nil
}
