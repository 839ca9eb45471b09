package cli

import (
	"strings"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
)

// signatureMethods are the spellings the API accepts; --signature-method
// takes them in any letter case and signs with these.
var signatureMethods = []string{signer.AlgorithmTC3, signer.HmacSHA256, signer.HmacSHA1}

// normalSignatureMethod returns the API's spelling of s when s names a
// signature method in another letter case, else s (which signing then
// rejects by name).
func normalSignatureMethod(s string) string {
	for _, m := range signatureMethods {
		if strings.EqualFold(s, m) {
			return m
		}
	}
	return s
}

// jsonBodyWarning is the page's "JSON error at line L, column C: …" for a
// TC3 POST whose JSON body does not parse: it signs (the bytes are what
// they are), but the API answers with an error. GET and HmacSHA1/256
// already refuse such data, because their parameters come from it.
func jsonBodyWarning(res *signer.Result, hasForm bool, lang message.Lang) string {
	if hasForm || res.Method != "POST" || res.SignatureMethod != signer.AlgorithmTC3 || len(res.Body) == 0 {
		return ""
	}
	if signer.MediaType(res.Headers.Get(protocol.HeaderContentType)) != protocol.ContentTypeJSON {
		return ""
	}
	e := jsonlite.Check(string(res.Body))
	if e == nil {
		return ""
	}
	at := message.New(message.JSONErrorAt, e.Line, e.Column, message.JSONSyntax(e.Message))
	return message.New(message.CLIJSONBody, at, message.New(message.JSONSignedAnyway)).Render(lang)
}

// withRegionSuggestion adds "did you mean" to the warning about a region
// missing from the table, when a known region is one or two typos away.
func withRegionSuggestion(warnings []string, region string, lang message.Lang) []string {
	if region == "" {
		return warnings
	}
	if _, known := endpoints.Lookup(region); known {
		return warnings
	}
	ids := make([]string, 0, len(endpoints.Regions()))
	for _, r := range endpoints.Regions() {
		ids = append(ids, r.ID)
	}
	s := closest(region, ids)
	if s == "" {
		return warnings
	}
	out := make([]string, len(warnings))
	for i, w := range warnings {
		if strings.HasPrefix(w, region+" is not in") || strings.HasPrefix(w, region+" 不在") {
			w += message.New(message.CLIDidYouMeanRegion, s).Render(lang)
		}
		out[i] = w
	}
	return out
}
