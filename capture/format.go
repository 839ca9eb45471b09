package capture

import (
	"strconv"
	"unicode/utf8"
)

// sprintf formats the package's messages without fmt, which would grow the
// WebAssembly playground (docs/performance.md). It knows only the verbs the
// messages use — %s, %d, %q, %c and %% — for strings, errors, byte slices
// and integers; anything else comes out as fmt writes a bad verb ("%!x(…)"),
// and TestMessagesUseKnownVerbs checks every call site's format string.
func sprintf(format string, args ...any) string {
	b := make([]byte, 0, len(format)+16*len(args))
	next := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		if i+1 == len(format) {
			b = append(b, "%!(NOVERB)"...)
			break
		}
		i++
		verb := format[i]
		if verb == '%' {
			b = append(b, '%')
			continue
		}
		if next >= len(args) {
			b = append(b, "%!"...)
			b = append(b, verb)
			b = append(b, "(MISSING)"...)
			continue
		}
		b = appendArg(b, verb, args[next])
		next++
	}
	if next < len(args) {
		b = append(b, "%!(EXTRA)"...)
	}
	return string(b)
}

func appendArg(b []byte, verb byte, arg any) []byte {
	var s string
	isString := true
	var n int64
	var u uint64
	unsigned := false
	switch a := arg.(type) {
	case string:
		s = a
	case []byte:
		s = string(a)
	case error:
		s = a.Error()
	case interface{ String() string }:
		s = a.String()
	case int:
		n, isString = int64(a), false
	case int64:
		n, isString = a, false
	case int32:
		n, isString = int64(a), false
	case uint8:
		n, isString = int64(a), false
	case uint:
		u, unsigned, isString = uint64(a), true, false
	case uint64:
		u, unsigned, isString = a, true, false
	default:
		return append(b, "%!"+string(verb)+"(unsupported)"...)
	}
	switch {
	case verb == 's' && isString:
		return append(b, s...)
	case verb == 'q' && isString:
		return strconv.AppendQuote(b, s)
	case verb == 'd' && unsigned:
		return strconv.AppendUint(b, u, 10)
	case verb == 'd' && !isString:
		return strconv.AppendInt(b, n, 10)
	case verb == 'q' && !isString && !unsigned:
		return strconv.AppendQuoteRune(b, rune(n))
	case verb == 'c' && !isString && !unsigned:
		return utf8.AppendRune(b, rune(n))
	}
	return append(b, "%!"+string(verb)+"(unsupported)"...)
}
