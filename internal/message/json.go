package message

import "strings"

// Codes of JSON syntax errors. The parser (internal/jsonlite) words its
// errors as encoding/json does, which people search for; JSONSyntax reads
// that wording back into a message, so that a Chinese sentence does not
// end in an English one.
const (
	JSONEnd           Code = "json.end"
	JSONInvalidChar   Code = "json.invalid_char"
	JSONInLiteral     Code = "json.in_literal"
	JSONNotString     Code = "json.not_string"
	JSONExceededDepth Code = "json.exceeded_depth"
	JSONOther         Code = "json.other"

	// A JSON body that does not parse, as the page and the CLI both say it:
	// where, and (for a TC3 POST, which signs any bytes) what follows.
	JSONErrorAt      Code = "json.error_at"
	JSONSignedAnyway Code = "json.signed_anyway"
)

var jsonDefs = []entry{
	{JSONEnd, def{nil, "unexpected end of JSON input", "JSON 输入意外结束"}},
	{JSONInvalidChar, def{[]string{"char", "where"}, "invalid character {char} {where}", "{where}遇到无效字符 {char}"}},
	{JSONInLiteral, def{[]string{"word", "char"}, "in literal {word} (expecting {char})", "在字面量 {word} 中（应为 {char}）"}},
	{JSONNotString, def{nil, "not a JSON string", "不是 JSON 字符串"}},
	{JSONExceededDepth, def{nil, "exceeded max depth", "超过最大嵌套深度"}},
	{JSONOther, def{[]string{"text"}, "{text}", "{text}"}}, // a wording JSONSyntax does not know, as it is
	{JSONErrorAt, def{[]string{"line", "column", "error"}, "JSON error at line {line}, column {column}: {error}",
		"JSON 错误：第 {line} 行第 {column} 列：{error}"}},
	{JSONSignedAnyway, def{nil, "Signed as typed: TC3 signs the body's bytes, but the API will answer with an error.",
		"已按原样签名：TC3 对请求体字节签名，但 API 会返回错误。"}},
}

// jsonTerms are where in a JSON text the parser was (JSONInvalidChar's
// {where}), as encoding/json says it.
var jsonTerms = [][2]string{
	{"looking for beginning of value", "查找值的开头时"},
	{"looking for beginning of object key string", "查找对象键字符串的开头时"},
	{"after object key", "对象键之后"},
	{"after object key:value pair", "对象的键值对之后"},
	{"after array element", "数组元素之后"},
	{"after top-level value", "顶层值之后"},
	{"in string literal", "字符串字面量中"},
	{"in string escape code", "字符串转义序列中"},
	{"in \\u hexadecimal character escape", "\\u 十六进制字符转义中"},
	{"in numeric literal", "数字字面量中"},
	{"after decimal point in numeric literal", "数字字面量的小数点之后"},
	{"in exponent of numeric literal", "数字字面量的指数中"},
	{"exceeded max depth", "超过最大嵌套深度时"},
}

// JSONSyntax returns a JSON syntax error's text (encoding/json's wording)
// as a message; a text it does not know stays as it is, in every language.
func JSONSyntax(en string) Msg {
	switch en {
	case "unexpected end of JSON input":
		return New(JSONEnd)
	case "not a JSON string":
		return New(JSONNotString)
	case "exceeded max depth":
		return New(JSONExceededDepth)
	}
	rest, ok := strings.CutPrefix(en, "invalid character '")
	if !ok || len(rest) < 2 {
		return New(JSONOther, en)
	}
	end := strings.Index(rest[1:], "' ") // the quoted character holds at least one byte
	if end < 0 {
		return New(JSONOther, en)
	}
	char, where := "'"+rest[:end+2], rest[end+3:]
	if w, ok := strings.CutPrefix(where, "in literal "); ok {
		word, expect, found := strings.Cut(w, " (expecting ")
		if !found || !strings.HasSuffix(expect, ")") {
			return New(JSONOther, en)
		}
		return New(JSONInvalidChar, char, New(JSONInLiteral, word, strings.TrimSuffix(expect, ")")))
	}
	index()
	c, known := terms[where]
	if !known {
		return New(JSONOther, en)
	}
	return New(JSONInvalidChar, char, New(c))
}
