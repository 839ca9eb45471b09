package export

import (
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/internal/jsonlite"
)

// quoteDouble is s as a double-quoted Go string literal.
func quoteDouble(s string) string { return strconv.Quote(s) }

// shellQuote quotes s as one POSIX shell word: single quotes keep every
// byte literally; a single quote itself is closed, escaped and reopened.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// goString is s as a Go literal: a raw string when it can hold s exactly.
func goString(s string) string {
	if !strings.ContainsAny(s, "`\r") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// jsString is s as a JSON string, which is also a JavaScript and Python
// string literal.
func jsString(s string) string { return string(jsonlite.AppendString(nil, s)) }

// singleQuoted is s in single quotes where only \ and ' are escaped, as
// Python raw-free '…' and PHP '…' literals read them back: PHP turns \\
// and \' into \ and '; Python does the same for these two escapes, and
// compact JSON has no other character Python would change (no line
// breaks; every other backslash is doubled here).
func singleQuoted(s string) string {
	// A loop, not strings.NewReplacer, which would add its tries to the
	// playground's module.
	var b strings.Builder
	b.WriteByte('\'')
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' || s[i] == '\'' {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	b.WriteByte('\'')
	return b.String()
}

// javaString is s as a Java string literal. Java turns \uXXXX into the
// character before it reads the source, so a \u000a would end the
// literal: control characters are written as octal escapes instead.
func javaString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			o := strconv.FormatInt(int64(r), 8)
			b.WriteString(`\` + strings.Repeat("0", 3-len(o)) + o) // three digits: a digit after it stays a digit
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
