package main

import (
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/signer"
)

// lang is the language the page shows: tcsig.setLanguage sets it, and every
// Go-side message the module returns (errors, host explanations, warnings,
// verify's report) is rendered in it.
var lang = message.EN

// setLanguageCall is tcsig.setLanguage(lang): "en" or "zh" (zh-CN and the
// like count as zh).
func setLanguageCall(args []Value) (any, error) {
	a := arg(args, 0)
	l, ok := message.Parse(a.Str())
	if a.Kind() != String || !ok {
		return nil, message.Errorf(message.JSArgLang, "setLanguage(lang)")
	}
	lang = l
	return string(l), nil
}

// ErrorText is err as the page shows it, in the page's language.
func ErrorText(err error) string { return message.RenderError(err, lang) }

// localize renders res's warnings and size rule in the page's language.
func localize(res *signer.Result) {
	if lang == message.EN {
		return
	}
	res.Warnings = res.LocalWarnings(lang)
	_, rule := signer.LimitRule(res.Method, res.SignatureMethod)
	res.Size.Rule = rule.Render(lang)
}

// fieldErr is a *signer.FieldError for field with the message m.
func fieldErr(field string, m message.Msg) *signer.FieldError {
	return &signer.FieldError{Field: field, Msg: m.Render(message.EN), Text: m}
}
