// Package relay forwards Tencent Cloud API calls that the page has already signed to
// *.tencentcloudapi.com (browsers cannot call the API directly: it sends no CORS headers), and
// streams to the page what happened on the wire: timings, the API server's clock, and a
// receipt of the exact bytes forwarded. The relay never needs, receives or logs a SecretKey.
//
// # Mounting
//
//	rl := relay.New(logger, relay.Config{AllowOrigins: …, RegionalHosts: endpoints.RegionalHosts})
//	defer rl.Close()
//	h := rl.Handler()
//	mux.Handle(relay.PathPrefix, h) // "/relay/"
//	mux.Handle(relay.PathEvents, h) // "/ws"
//
// The server should keep MaxHeaderBytes ≥ 64 KiB (a GET may carry a 32 KiB query), set
// ReadHeaderTimeout, and set no WriteTimeout shorter than Timeouts.Total on /relay/ and none on
// /ws: the relay bounds both sides of a call itself.
//
// # /relay/{host}/?{query}
//
// GET or POST https://{host}/?{query} with the page's Authorization, Content-Type and X-TC-*
// headers and its body, all byte for byte; Host is exactly {host}. {host} must be a Tencent
// Cloud API host as protocol.SplitHost defines them ({service}.tencentcloudapi.com,
// {service}.{region}.tencentcloudapi.com, {service}.intl.tencentcloudapi.com), and the relay
// refuses the ".internal." ones the syntax allows; the path after it must be empty or "/"; the
// query must not hold a raw '#'. Headers the page's Connection header names are not forwarded.
// The upstream's status and body come back with an allowlist of its headers — Content-Type,
// Content-Length, Content-Language, Date, Retry-After, Server and X-TC-* — and nothing else
// (non-JSON bodies are served as text/plain). Every answer carries X-Tcsig-Call-Id.
//
// Optional request headers, consumed by the relay and never forwarded:
//
//	X-Tcsig-Trace: <clientId>       send this call's events to that /ws connection
//	X-Tcsig-Call-Id: <id>           name the call ([A-Za-z0-9._-]{1,64}); else the relay names it
//	X-Tcsig-Client-Time: <unix ms>  the browser's clock, for the clock event
//
// When the relay answers itself, the body has the API's error shape,
// {"Response":{"Error":{"Code":"Relay.…","Message":"…"},"RequestId":"<call id>"}}:
//
//	403 Relay.HostNotAllowed, Relay.PathNotAllowed   name rules, before anything is resolved
//	403 Relay.AddressNotAllowed                      the name resolved to a forbidden address;
//	                                                 refused in net.Dialer.Control, before connect
//	403 Relay.OriginNotAllowed                       Origin is neither the page's nor configured, or
//	                                                 is not scheme://host[:port] (path, query, user info)
//	405 Relay.MethodNotAllowed                       not GET/POST
//	408 Relay.RequestTimeout                         the page stopped sending its body
//	413 Relay.RequestTooLarge                        body over 1 MiB (v1) / 10 MiB (TC3), or a GET body
//	414 Relay.URITooLong                             query over 32768 bytes
//	431 Relay.HeadersTooLarge, 400 Relay.InvalidHeader
//	400 Relay.InvalidQuery                           a raw '#' in the query
//	429 Relay.TooManyRequests, Relay.RateLimited     concurrency cap, per-client rate (Retry-After: 1)
//	502 Relay.DNSFailure, Relay.ConnectFailed, Relay.TLSFailure, Relay.UpstreamFailed, Relay.ResponseTooLarge
//	503 Relay.Closing
//	504 Relay.UpstreamTimeout                        DNS, connect, TLS, response header or total timeout
//
// TC3 limits apply when Authorization starts with "TC3-HMAC-SHA256 "; otherwise v1 limits.
//
// # Clients and caps
//
// The concurrency caps (relayed calls, websockets) and the rate count per client: the remote
// address (an IPv6 /64) with the normalised Origin (lower case, default port dropped). The
// remote address is X-Forwarded-For's only when the peer is one of Config.TrustedProxies. A
// quarter of each cap is held for the server's own page (an Origin on the request's host, or
// no Origin with Sec-Fetch-Site: same-origin), so other clients together cannot lock it out.
//
// # /ws
//
// The page opens the websocket, reads {"type":"hello","clientId":"…","traceHeader":"X-Tcsig-Trace",
// "probe":true} and sends its calls with X-Tcsig-Trace: <clientId>. Each traced call then
// produces, in this order (dns/connect/tls only when a new connection was made):
//
//	{"type":"timing","callId","phase":"dns","ms","atMs","addrs":[…]}
//	{"type":"timing","callId","phase":"connect","ms","atMs","addr"}
//	{"type":"timing","callId","phase":"tls","ms","atMs","tlsVersion","alpn"}
//	{"type":"timing","callId","phase":"ttfb","ms","atMs","reused","waitMs"}
//	{"type":"receipt","callId","method","url","proto","headers":[{"name","value"}…],
//	  "bodyBytes","bodySha256","bodyComplete"}
//	{"type":"clock","callId","serverDate","serverTime","requestTimestamp","requestSkewS",
//	  "clientTimeMs","clientSkewMs","relayTimeMs","relaySkewMs","windowS":300,"outsideWindow"}
//	{"type":"timing","callId","phase":"total","ms","atMs","status","code","error","kind",
//	  "bytesSent","bytesReceived","requestId","reused"}
//
// ms is the phase's duration and atMs its end since the relay received the call; any event
// may carry "error". When the upstream was not reached, total's "kind" (also the
// X-Tcsig-Failure response header) says why: dns, dns-not-found, timeout, refused, connect, tls,
// certificate, not-tls or other. Go's resolver dialling its DNS server is part of dns, never
// a connect event. A refused call sends only total (with its Relay.* code); receipt needs a
// connection, clock needs the API's Date header. The page may send
// {"type":"probe","service":"cvm","id":"p1"}: the relay dials every regional domain of the
// service (Config.RegionalHosts) through the same SSRF-safe dialer, and streams
// {"type":"probe-result","probeId","service","host","addr","ms","dnsMs","connectMs","tlsMs",
// "code","error"} per domain (ms = connect + TLS) as each finishes, then {"type":"probe-done",
// "probeId","service","hosts","ok","ms"}. Mistakes come back as {"type":"error","code","message"}.
// Page messages are limited to 4 KiB and 5 per second (burst 20), one probe at a time.
package relay
