package main

import (
	"errors"

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

// ErrorField splits err, when it is one field's error and nothing more,
// into the property it names ("timestamp") and the problem in the page's
// language, so the page can name the field by its own label ("时间戳")
// rather than by the property. ok is false for any other error.
func ErrorField(err error) (field, problem string, ok bool) {
	var fe *signer.FieldError
	if !errors.As(err, &fe) || ErrorText(err) != fe.Render(lang) {
		return "", "", false
	}
	return fe.Field, fe.Problem(lang), true
}

// OverLimit reports whether err is a request over its size limit, which
// the page marks on its size meter (the error's text is in the page's
// language, so the page cannot tell it from the words).
func OverLimit(err error) bool {
	var le *signer.LimitError
	return errors.As(err, &le)
}

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

// sizeTextCall is tcsig.sizeText(n): a size in bytes as the command line
// spells it ("323 bytes", "1 MB"), in the page's language, for a request
// that was not signed and so has no size object.
func sizeTextCall(args []Value) (any, error) {
	a := arg(args, 0)
	if a.Kind() != Number {
		return nil, message.Errorf(message.JSArgSize, "sizeText(n)")
	}
	n := a.Float()
	if n < 0 || n > 1<<40 || n != float64(int(n)) {
		return nil, message.Errorf(message.JSArgSize, "sizeText(n)")
	}
	return message.Size(int(n)).Render(lang), nil
}

// localizeCall is tcsig.localize(text): text in the page's language when it
// is the English of one of the relay's messages (the Message of its
// API-shaped errors), else text as it is.
func localizeCall(args []Value) (any, error) {
	a := arg(args, 0)
	if a.Kind() != String {
		return nil, message.Errorf(message.JSArgString, "localize(text)", "text")
	}
	if m, ok := message.Match("relay.", a.Str()); ok {
		return m.Render(lang), nil
	}
	return a.Str(), nil
}
