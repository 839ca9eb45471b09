package server

import (
	"net/http"
	"strings"
)

// embeddable are the pages other sites may put in an iframe: the docs embed
// the read-only embed page. Everything else refuses framing (clickjacking:
// the playground holds a SecretKey while you type).
var embeddable = map[string]bool{"embed.html": true}

// contentSecurityPolicy allows only this origin, plus 'wasm-unsafe-eval',
// which WebAssembly.instantiate needs to compile main.wasm. connect-src
// 'self' covers fetch to /relay/ and the same-origin /ws (CSP3 lets 'self'
// match ws: and wss:). frame-ancestors is appended per page.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; " +
	"base-uri 'none'; form-action 'self'"

// setCommonSecurity applies to every response, the relay's included.
func setCommonSecurity(h http.Header) {
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}

// setPageSecurity sets the policy for a file of the page.
func setPageSecurity(h http.Header, name string) {
	if embeddable[name] {
		h.Set("Content-Security-Policy", contentSecurityPolicy+"; frame-ancestors *")
		// An embedder with COEP: require-corp may still frame it.
		h.Set("Cross-Origin-Resource-Policy", "cross-origin")
		return
	}
	h.Set("Content-Security-Policy", contentSecurityPolicy+"; frame-ancestors 'none'")
	// Other sites may not pull the page's scripts or wasm into theirs; the
	// framed embed.html loads them from this origin, so it is unaffected.
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	if strings.HasSuffix(name, ".html") {
		h.Set("X-Frame-Options", "DENY") // for browsers without frame-ancestors
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
	}
}

// pageCacheControl: every file of the page is revalidated. Its file names
// carry no content hash (index.html loads /main.wasm, /app.js), so a
// max-age would pair an old wasm with a new app.js after a deploy.
// "no-cache" still lets the browser keep the bytes: revalidation by ETag
// costs one 304 round trip, not the whole wasm module.
const pageCacheControl = "no-cache"
