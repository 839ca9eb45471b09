package relay

import (
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

const redacted = "[REDACTED]"

// secretName reports whether a header or parameter name carries a credential or a signature:
// Authorization, X-TC-Token, Signature, Token, SecretKey, Cookie and their kin.
func secretName(name string) bool {
	n := strings.ToLower(name)
	return n == "authorization" || n == "cookie" ||
		strings.Contains(n, "token") || strings.Contains(n, "secret") || strings.Contains(n, "signature")
}

// redactedHeader logs a header with credential values replaced. Authorization keeps its
// algorithm so the log still says how the call was signed.
type redactedHeader http.Header

func (h redactedHeader) LogValue() slog.Value {
	names := make([]string, 0, len(h))
	for name := range h {
		names = append(names, name)
	}
	slices.Sort(names)
	attrs := make([]slog.Attr, 0, len(names))
	for _, name := range names {
		v := strings.Join(h[name], ", ")
		if secretName(name) {
			alg, _, _ := strings.Cut(v, " ")
			if name == "Authorization" && alg != v && !secretName(alg) {
				v = alg + " " + redacted
			} else {
				v = redacted
			}
		}
		attrs = append(attrs, slog.String(name, v))
	}
	return slog.GroupValue(attrs...)
}

// maxLoggedQuery bounds a debug-logged query.
const maxLoggedQuery = 1024

// redactQuery replaces the values of credential parameters (Signature, Token, SecretKey, …)
// in a raw query, leaving the rest byte for byte, truncated to maxLoggedQuery.
func redactQuery(raw string) string {
	if raw == "" {
		return ""
	}
	var b strings.Builder
	for i, pair := range strings.Split(raw, "&") {
		if i > 0 {
			b.WriteByte('&')
		}
		if b.Len() > maxLoggedQuery {
			b.WriteString("…")
			break
		}
		key, _, hasValue := strings.Cut(pair, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			key = k // Signatur%65 is Signature to the API
		}
		if hasValue && secretName(key) {
			b.WriteString(url.QueryEscape(key) + "=" + redacted)
			continue
		}
		b.WriteString(pair)
	}
	return b.String()
}
