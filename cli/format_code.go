package cli

import (
	"bytes"
	"errors"
	"slices"
	"strings"

	"github.com/tcsig/tcsig/export"
	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/signer"
)

// knownAction reports whether the SDKs have a typed client for the action
// (the catalog knows it). Without a catalog every program uses the SDK's
// common client, which takes any action.
var knownAction = func(service, version, action string) bool { return false }

// isCodeOutput reports whether --output names a program (export.Code).
func isCodeOutput(output string) bool { return slices.Contains(export.Languages, output) }

// writeCode writes the request as a program in lang: the unsigned request,
// for the SDK to sign when it runs.
func writeCode(b *bytes.Buffer, lang string, req *request.Input, res *signer.Result) error {
	if len(req.Params) > 0 || len(req.Form) > 0 {
		return errors.New("--output " + lang + " takes the action's parameters as a JSON object in --data; --param and --form cannot be written as SDK code")
	}
	code, err := export.Code(lang, export.Request{
		Service: req.Service, Version: req.Version, Action: req.Action, Region: req.Region,
		Host:            res.Headers.Get(signer.HeaderHost),
		Method:          res.Method,
		SignatureMethod: req.SignatureMethod,
		Language:        req.Language,
		Params:          req.Data,
		Typed:           knownAction(req.Service, req.Version, req.Action),
	})
	if err != nil {
		return err
	}
	b.WriteString(code)
	return nil
}

// outputChoices lists every --output of tcsig sign, for help and errors.
var outputChoices = strings.Join(append([]string{outputText, outputJSON, outputCurl, outputHTTP}, export.Languages...), ", ")
