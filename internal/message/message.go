// Package message holds every user-visible message of tcsig's Go side as a
// code plus arguments, with an English and a Simplified Chinese template,
// so that the CLI and the page can show them in the user's language.
//
// Templates name their placeholders ({host}, {limit}); a code's argument
// list gives the names in order. An argument is a string, an int, or
// another Msg (rendered in the same language), so that a message can hold
// a part that is itself translated. The package avoids fmt and reflect: the
// wasm module links it.
package message

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Lang is a language messages are rendered in.
type Lang string

// The languages every code has a template for.
const (
	EN Lang = "en"
	ZH Lang = "zh"
)

// Langs lists the languages in the order the tests check them.
var Langs = []Lang{EN, ZH}

// Code names one message.
type Code string

// def is one code's templates and the names of its arguments, in order.
type def struct {
	args   []string
	en, zh string
}

// Msg is a message: a code and its arguments.
type Msg struct {
	Code Code
	Args []any // string, int or Msg, in the order of the code's argument names
}

// New returns the message code with args.
func New(code Code, args ...any) Msg { return Msg{Code: code, Args: args} }

// IsZero reports whether m holds no message.
func (m Msg) IsZero() bool { return m.Code == "" }

// String renders m in English.
func (m Msg) String() string { return m.Render(EN) }

// Render returns m in lang (English for a language without templates).
// An unknown code renders as the code and its arguments rather than
// failing: a message is never worth a crash.
func (m Msg) Render(lang Lang) string {
	if m.Code == "" {
		return ""
	}
	d, ok := lookup(m.Code)
	if !ok {
		s := string(m.Code)
		for _, a := range m.Args {
			s += " " + argText(a, lang)
		}
		return s
	}
	t := d.en
	if lang == ZH && d.zh != "" {
		t = d.zh
	}
	return fill(t, d.args, m.Args, lang)
}

// fill replaces each {name} in t with the argument of that name.
func fill(t string, names []string, args []any, lang Lang) string {
	if !strings.Contains(t, "{") {
		return t
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			break
		}
		b.WriteString(t[:i])
		name := t[i+1 : i+j]
		k := indexOf(names, name)
		if k >= 0 && k < len(args) {
			b.WriteString(argText(args[k], lang))
		} else {
			b.WriteString(t[i : i+j+1])
		}
		t = t[i+j+1:]
	}
	b.WriteString(t)
	return b.String()
}

func indexOf(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

func argText(a any, lang Lang) string {
	switch v := a.(type) {
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case Msg:
		return v.Render(lang)
	case Renderer:
		return v.Render(lang)
	case error:
		return v.Error()
	}
	return "?"
}

// Renderer is a value, usually an error, that can render itself in a
// language. Error() of such an error is its English rendering.
type Renderer interface {
	Render(lang Lang) string
}

// Error is a message that is a Go error: Error() renders it in English.
type Error struct{ Msg }

// Errorf returns the message code with args as an error.
func Errorf(code Code, args ...any) error { return &Error{New(code, args...)} }

func (e *Error) Error() string { return e.Render(EN) }

// RenderError renders err in lang. When err or an error it wraps can
// render itself, that part is translated; English text a wrapper put in
// front of it (a "%w" prefix) is kept as is.
func RenderError(err error, lang Lang) string {
	if err == nil {
		return ""
	}
	full := err.Error()
	if lang == EN {
		return full
	}
	for e := err; e != nil; e = errors.Unwrap(e) {
		r, ok := e.(Renderer)
		if !ok {
			continue
		}
		en := e.Error()
		if prefix, found := strings.CutSuffix(full, en); found {
			return prefix + r.Render(lang)
		}
		return r.Render(lang)
	}
	return full
}

// Parse returns the language a --lang value or a page setting names: zh
// (any zh-* form) or en; ok is false for anything else.
func Parse(s string) (lang Lang, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "en" || strings.HasPrefix(s, "en-") || strings.HasPrefix(s, "en_"):
		return EN, true
	case s == "zh" || strings.HasPrefix(s, "zh-") || strings.HasPrefix(s, "zh_"):
		return ZH, true
	}
	return EN, false
}

// FromEnv returns the language of the locale, read the way gettext does:
// LC_ALL, then LC_MESSAGES, then LANG, the first one set wins; zh* is
// Chinese, anything else (C, POSIX, en_US.UTF-8, de_DE) English.
func FromEnv(getenv func(string) string) Lang {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return ZH
			}
			return EN
		}
	}
	return EN
}

// Match finds the message whose English template, among the codes that
// start with prefix, reads exactly text, and returns it with the
// arguments read back from text (as strings). It lets a package keep
// English text in its answers (the relay's refusals) and still show it in another
// language. Templates whose placeholders are not separated by text are
// never matched.
func Match(prefix, text string) (Msg, bool) {
	index()
	var best Msg
	bestLen := -1
	for _, c := range matchOrder() {
		if !strings.HasPrefix(string(c), prefix) {
			continue
		}
		d := defs[c]
		args, ok := readArgs(d.en, d.args, text)
		// A template that ends in a placeholder matches any longer text;
		// the one with the most fixed text is the message meant.
		if n := literalLen(d.en); ok && n > bestLen {
			best, bestLen = Msg{Code: c, Args: args}, n
		}
	}
	if bestLen < 0 {
		return Msg{}, false
	}
	// An argument may itself be a message of the same family (a size
	// within a sentence) or a term (a kind of address): read it back too.
	for i, a := range best.Args {
		if s, _ := a.(string); s != "" && s != text {
			if m, ok := Match(prefix, s); ok {
				best.Args[i] = m
			} else if m, ok := Term(s).(Msg); ok {
				best.Args[i] = m
			}
		}
	}
	return best, true
}

// literalLen is how many bytes of t are not placeholders.
func literalLen(t string) int {
	n := len(t)
	for _, m := range placeholderSpans(t) {
		n -= m
	}
	return n
}

// placeholderSpans are the lengths of t's {name} placeholders.
func placeholderSpans(t string) []int {
	var out []int
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			return out
		}
		out = append(out, j+1)
		t = t[i+j+1:]
	}
}

// matchOrder is every code in a fixed order, so that Match is
// deterministic.
func matchOrder() []Code {
	matchOnce.Do(func() {
		for c := range defs {
			matchCodes = append(matchCodes, c)
		}
		slices.Sort(matchCodes)
	})
	return matchCodes
}

var (
	matchOnce  sync.Once
	matchCodes []Code
)

// readArgs matches text against the template t and returns the values of
// the placeholders named in names, in that order.
func readArgs(t string, names []string, text string) ([]any, bool) {
	vals := make([]any, len(names))
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			return vals, t == text
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			return vals, t == text
		}
		lit, name := t[:i], t[i+1:i+j]
		if !strings.HasPrefix(text, lit) {
			return nil, false
		}
		text, t = text[len(lit):], t[i+j+1:]
		k := indexOf(names, name)
		if k < 0 {
			return nil, false
		}
		// The value runs to the next literal text of the template.
		next := t
		if n := strings.IndexByte(next, '{'); n >= 0 {
			next = next[:n]
		}
		var v string
		switch {
		case next == "" && t != "":
			return nil, false // two placeholders in a row: ambiguous
		case next == "":
			v, text = text, ""
		default:
			e := strings.Index(text, next)
			if e < 0 {
				return nil, false
			}
			v, text = text[:e], text[e:]
		}
		vals[k] = v
	}
}
