package cli

import (
	"bytes"
	"encoding/json"

	"github.com/tcsig/tcsig/export"
	"github.com/tcsig/tcsig/signer"
)

// formatters write a signing result in each --output format.
var formatters = map[string]func(*bytes.Buffer, *signer.Result) error{
	outputJSON: writeJSON,
	outputText: writeText,
	outputCurl: writeCurl,
	outputHTTP: writeHTTP,
}

// writeJSON writes the result as one indented JSON object (signer.Result's
// own MarshalJSON, so the CLI, the page and the server share one shape).
func writeJSON(b *bytes.Buffer, res *signer.Result) error {
	raw, err := json.Marshal(res)
	if err != nil {
		return err
	}
	if err := json.Indent(b, raw, "", "  "); err != nil {
		return err
	}
	b.WriteByte('\n')
	return nil
}

// writeHTTP writes the raw HTTP/1.1 request (export.HTTP).
func writeHTTP(b *bytes.Buffer, res *signer.Result) error {
	b.Write(export.HTTP(res))
	return nil
}

// writeCurl writes a POSIX shell command that sends the request with curl
// (export.Curl).
func writeCurl(b *bytes.Buffer, res *signer.Result) error {
	b.WriteString(export.Curl(res))
	return nil
}
