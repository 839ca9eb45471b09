package signer

import (
	"slices"
	"strings"
)

// formEscape appends s escaped exactly as Go's url.QueryEscape does (the
// form the SDK signs and sends): unreserved bytes kept, space as '+',
// everything else as upper-case %XX. Written here to keep net/url out of
// the WebAssembly build.
func formEscape(dst []byte, s string) []byte {
	const hexUpper = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			c == '-', c == '_', c == '.', c == '~':
			dst = append(dst, c)
		case c == ' ':
			dst = append(dst, '+')
		default:
			dst = append(dst, '%', hexUpper[c>>4], hexUpper[c&15])
		}
	}
	return dst
}

// encodeParams returns the params (already sorted by key) as a form string,
// the way url.Values.Encode() does.
func encodeParams(params []Param) string {
	if len(params) == 0 {
		return ""
	}
	n := 0
	for _, p := range params {
		n += len(p.Key) + len(p.Value) + 2
	}
	b := make([]byte, 0, n+n/2)
	for i, p := range params {
		if i > 0 {
			b = append(b, '&')
		}
		b = formEscape(b, p.Key)
		b = append(b, '=')
		b = formEscape(b, p.Value)
	}
	return string(b)
}

// sortParams returns params with duplicate keys resolved (last wins) and
// sorted by key in byte order: "InstanceIds.10" < "InstanceIds.2".
func sortParams(params []Param) []Param {
	out := slices.Clone(params)
	// Stable sort keeps the input order among equal keys, so the last one
	// of each run is the one that wins.
	slices.SortStableFunc(out, func(a, b Param) int { return strings.Compare(a.Key, b.Key) })
	w := 0
	for i := range out {
		if w > 0 && out[w-1].Key == out[i].Key {
			out[w-1] = out[i]
			continue
		}
		out[w] = out[i]
		w++
	}
	return out[:w]
}
