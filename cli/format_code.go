package cli

import (
	"bytes"
	"slices"
	"strings"

	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/export"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/signer"
)

// isCodeOutput reports whether --output names a program (export.Code).
func isCodeOutput(output string) bool { return slices.Contains(export.Languages, output) }

// writeCode writes the request as a program in lang: the unsigned request,
// for the SDK to sign when it runs. When the catalog knows the action the
// SDKs have a typed client for it; otherwise (or with --no-catalog) the
// program uses the SDK's common client, which takes any action.
func writeCode(b *bytes.Buffer, lang string, req *request.Input, res *signer.Result, cat *catalog.Catalog) error {
	if len(req.Params) > 0 || len(req.Form) > 0 {
		return message.Errorf(message.CLICodeOutputData, lang)
	}
	code, err := export.Code(lang, export.Request{
		Service: req.Service, Version: req.Version, Action: req.Action, Region: req.Region,
		Host:            res.Headers.Get(protocol.HeaderHost),
		Method:          res.Method,
		SignatureMethod: req.SignatureMethod,
		Language:        req.Language,
		Params:          req.Data,
		Typed:           knownAction(cat, req),
	})
	if err != nil {
		return err
	}
	b.WriteString(code)
	return nil
}

// outputChoices lists every --output of tcsig sign, for help and errors.
var (
	outputChoiceList = append([]string{outputText, outputJSON, outputCurl, outputHTTP}, export.Languages...)
	outputChoices    = strings.Join(outputChoiceList, ", ")
)

// knownAction reports whether the catalog knows the action at that version.
func knownAction(cat *catalog.Catalog, req *request.Input) bool {
	if cat == nil {
		return false
	}
	_, err := cat.Action(req.Service, req.Version, req.Action)
	return err == nil
}
