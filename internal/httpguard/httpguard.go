// Package httpguard holds the HTTP request hygiene that the server and the relay share.
package httpguard

import "net/http"

// CloseAfterTransferEncoding answers a request that arrived with Transfer-Encoding, on a route
// that takes no request body, with Connection: close. RFC 9112 §6.3: a request with both
// Content-Length and Transfer-Encoding "might indicate an attempt to perform request smuggling",
// and the server "MUST close the connection after responding". net/http drops the
// Content-Length of such a request before a handler sees it, so the two cannot be told apart
// here: any Transfer-Encoding where no body belongs closes the connection, and a pipelined
// request smuggled behind it is never read. takesBody reports the routes where a chunked body is
// legitimate (a relayed or verified POST); nil means none.
func CloseAfterTransferEncoding(next http.Handler, takesBody func(*http.Request) bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(r.TransferEncoding) > 0 && (takesBody == nil || !takesBody(r)) {
			w.Header().Set("Connection", "close")
		}
		next.ServeHTTP(w, r)
	})
}
