package message

// Codes of the relay's refusals that a page can run into (the Message of
// its API-shaped error). The relay answers in English, as the API does by
// default; the page finds the code again (Match) and shows its language.
const (
	RelayMethod       Code = "relay.method"
	RelayBodyTimeout  Code = "relay.body_timeout"
	RelayQueryTooLong Code = "relay.query_too_long"
	RelayQueryHash    Code = "relay.query_hash"
	RelayRateLimited  Code = "relay.rate_limited"
	RelayClosing      Code = "relay.closing"
	RelayGETBody      Code = "relay.get_body"
	RelayBodyTC3      Code = "relay.body_tc3"
	RelayBodyV1       Code = "relay.body_v1"
	RelaySizeBytes    Code = "relay.size_bytes"
	RelayOverLimit    Code = "relay.over_limit"
)

var relayDefs = []entry{
	{RelayMethod, def{[]string{"method"}, "method {method} not allowed: Tencent Cloud API accepts GET and POST", "不允许使用 {method} 方法：腾讯云 API 只接受 GET 和 POST"}},
	{RelayBodyTimeout, def{[]string{"timeout"}, "the request body did not arrive within {timeout}", "请求体未在 {timeout} 内到达"}},
	{RelayQueryTooLong, def{[]string{"n", "max"}, "the query is {n} bytes; the API accepts at most {max} (32 KB) — use POST",
		"查询串为 {n} 字节；API 最多接受 {max} 字节（32 KB）——请改用 POST"}},
	{RelayQueryHash, def{nil, "the query holds a raw '#': percent-encode it as %23 before signing", "查询串中有未编码的 '#'：请在签名前把它编码为 %23"}},
	{RelayRateLimited, def{[]string{"rate", "burst"}, "too many calls from this client and origin; the relay allows {rate} per second (burst {burst})",
		"这个客户端和来源的调用过多；中继每秒允许 {rate} 次（突发 {burst} 次）"}},
	{RelayClosing, def{nil, "the relay is shutting down", "中继正在关闭"}},
	{RelayGETBody, def{nil, "a GET request carries no body; send parameters in the query", "GET 请求没有请求体；请把参数放在查询串中"}},
	{RelayBodyTC3, def{[]string{"size", "max"}, "the body is {size}; TC3-HMAC-SHA256 requests may carry at most {max} bytes (10 MB)",
		"请求体为 {size}；TC3-HMAC-SHA256 请求最多可携带 {max} 字节（10 MB）"}},
	{RelayBodyV1, def{[]string{"size", "max"}, "the body is {size}; HmacSHA1/HmacSHA256 (v1) requests may carry at most {max} bytes (1 MB) — sign with TC3-HMAC-SHA256 for up to 10 MB",
		"请求体为 {size}；HmacSHA1/HmacSHA256（v1）请求最多可携带 {max} 字节（1 MB）——改用 TC3-HMAC-SHA256 签名可达 10 MB"}},
	{RelaySizeBytes, def{[]string{"n"}, "{n} bytes", "{n} 字节"}},
	{RelayOverLimit, def{nil, "over the limit", "超出上限"}},
}

// Codes of the relay's name, path, origin and header rules and of its
// capacity limits.
const (
	RelayServes         Code = "relay.serves"
	RelayServesEvents   Code = "relay.serves_events"
	RelayPercent        Code = "relay.percent"
	RelayPath           Code = "relay.path"
	RelayNoHost         Code = "relay.host.missing"
	RelayHostLong       Code = "relay.host.too_long"
	RelayIPLiteral      Code = "relay.host.ip_literal"
	RelayUserinfo       Code = "relay.host.userinfo"
	RelayPort           Code = "relay.host.port"
	RelayTrailingDot    Code = "relay.host.trailing_dot"
	RelayNonASCII       Code = "relay.host.non_ascii"
	RelayLowerCase      Code = "relay.host.lower_case"
	RelayPunycode       Code = "relay.host.punycode"
	RelayNotAPIHost     Code = "relay.host.not_api"
	RelayInternal       Code = "relay.host.internal"
	RelayOriginBad      Code = "relay.origin.bad"
	RelayOriginRefused  Code = "relay.origin.refused"
	RelayHeaderFields   Code = "relay.header.fields"
	RelayHeaderTwice    Code = "relay.header.twice"
	RelayHeaderValue    Code = "relay.header.value"
	RelayHeaderTC       Code = "relay.header.tc"
	RelayHeaderTotal    Code = "relay.header.total"
	RelayInFlight       Code = "relay.in_flight"
	RelayWSBody         Code = "relay.ws.body"
	RelayWSTooMany      Code = "relay.ws.too_many"
	RelayFullClient     Code = "relay.full.client"
	RelayFullServer     Code = "relay.full.server"
	RelayFullOtherPages Code = "relay.full.other_pages"
)

var relayRuleDefs = []entry{
	{RelayServes, def{[]string{"pattern"}, "the relay serves {pattern}", "中继只提供 {pattern}"}},
	{RelayServesEvents, def{[]string{"pattern", "events"}, "the relay serves {pattern} and {events}", "中继只提供 {pattern} 和 {events}"}},
	{RelayPercent, def{nil, "percent-encoding is not allowed in the relay path", "中继路径中不允许使用百分号编码"}},
	{RelayPath, def{[]string{"path"}, "path {path} not allowed: Tencent Cloud API 3.0 is served at / only", "不允许使用路径 {path}：腾讯云 API 3.0 只在 / 上提供服务"}},
	{RelayNoHost, def{[]string{"pattern"}, "missing host: use {pattern}", "缺少域名：请使用 {pattern}"}},
	{RelayHostLong, def{nil, "host name too long", "域名过长"}},
	{RelayIPLiteral, def{nil, "IP literals are not allowed; use the API domain name", "不允许使用 IP 地址；请使用 API 域名"}},
	{RelayUserinfo, def{nil, "user info (@) is not allowed in the host", "域名中不允许出现用户信息（@）"}},
	{RelayPort, def{nil, "a port is not allowed: the relay always connects to port 443", "不允许指定端口：中继总是连接 443 端口"}},
	{RelayTrailingDot, def{nil, "a trailing dot is not allowed in the host", "域名末尾不允许有点号"}},
	{RelayNonASCII, def{nil, "non-ASCII (IDN) host names are not allowed", "不允许使用非 ASCII（IDN）域名"}},
	{RelayLowerCase, def{[]string{"host"}, "host must be lower case: {host}", "域名必须是小写：{host}"}},
	{RelayPunycode, def{nil, "punycode (IDN) labels are not allowed in the host", "域名中不允许出现 punycode（IDN）标签"}},
	{RelayNotAPIHost, def{[]string{"host", "a", "b"}, "{host} is not a Tencent Cloud API host: only {a} and {b} are relayed",
		"{host} 不是腾讯云 API 域名：中继只转发 {a} 和 {b}"}},
	{RelayInternal, def{nil, "*.internal.tencentcloudapi.com names are not relayed: they resolve to private addresses",
		"不转发 *.internal.tencentcloudapi.com 域名：它们解析为私有地址"}},
	{RelayOriginBad, def{[]string{"origin", "error"}, "Origin {origin} is refused: {error} (browsers send scheme://host[:port] only)",
		"拒绝 Origin {origin}：{error}（浏览器只发送 scheme://host[:port]）"}},
	{RelayOriginRefused, def{[]string{"origin"}, "origin {origin} may not use this relay (the server can allow it with --allow-origin)",
		"来源 {origin} 不能使用这个中继（服务器可以用 --allow-origin 允许它）"}},
	{RelayHeaderFields, def{[]string{"n", "max"}, "{n} header fields; the relay accepts at most {max}", "有 {n} 个头部字段；中继最多接受 {max} 个"}},
	{RelayHeaderTwice, def{[]string{"name"}, "more than one {name} header", "{name} 头部不止一个"}},
	{RelayHeaderValue, def{[]string{"name", "n", "max"}, "{name} is {n} bytes; the relay forwards at most {max} per header", "{name} 为 {n} 字节；中继每个头部最多转发 {max} 字节"}},
	{RelayHeaderTC, def{[]string{"n", "max"}, "{n} X-TC-* headers; the relay forwards at most {max}", "有 {n} 个 X-TC-* 头部；中继最多转发 {max} 个"}},
	{RelayHeaderTotal, def{[]string{"n", "max"}, "forwarded headers total {n} bytes; the limit is {max}", "转发的头部共 {n} 字节；上限为 {max} 字节"}},
	{RelayInFlight, def{[]string{"why", "max", "per"}, "too many relayed calls in flight: {why} ({max} in all, {per} per client); retry shortly",
		"进行中的中继调用过多：{why}（总共 {max} 个，每个客户端 {per} 个）；请稍后重试"}},
	{RelayWSBody, def{[]string{"te"}, "a websocket handshake carries no body (Transfer-Encoding {te})", "websocket 握手不携带请求体（Transfer-Encoding {te}）"}},
	{RelayWSTooMany, def{[]string{"why", "max", "per"}, "too many websockets open: {why} ({max} in all, {per} per client)",
		"打开的 websocket 过多：{why}（总共 {max} 个，每个客户端 {per} 个）"}},
	{RelayFullClient, def{nil, "this client already holds its share", "这个客户端已用完它的份额"}},
	{RelayFullServer, def{nil, "the server is at its limit", "服务器已达上限"}},
	{RelayFullOtherPages, def{nil, "the server is at its limit for clients other than its own page", "服务器对其自身页面以外的客户端已达上限"}},
}

// Codes of the dialler's refusals (an address the relay never dials).
const (
	RelayBadAddress  Code = "relay.dial.bad_address"
	RelayDialPort    Code = "relay.dial.port"
	RelayResolvesTo  Code = "relay.dial.resolves_to"
	RelayParseDialed Code = "relay.dial.parse"
	RelayNeverDials  Code = "relay.dial.never"
)

var relayDialDefs = []entry{
	{RelayBadAddress, def{[]string{"address"}, "bad upstream address {address}", "无效的上游地址 {address}"}},
	{RelayDialPort, def{[]string{"port"}, "port {port} is not allowed: the relay always connects to port 443", "不允许使用端口 {port}：中继总是连接 443 端口"}},
	{RelayResolvesTo, def{[]string{"host", "why"}, "{host} resolves to {why}", "{host} 解析为 {why}"}},
	{RelayParseDialed, def{[]string{"address"}, "cannot parse the dialled address {address}", "无法解析要连接的地址 {address}"}},
	{RelayNeverDials, def{[]string{"addr", "kind"}, "{addr}, a {kind} address, which the relay never dials", "{addr}，这是{kind}地址，中继从不连接这类地址"}},
}

// relayTerms name the kinds of address the relay never dials (RelayNeverDials'
// {kind}): netip's predicates and the IANA special-purpose blocks.
var relayTerms = [][2]string{
	{"invalid address", "无效"},
	{"unspecified", "未指定"},
	{"loopback", "环回"},
	{"private", "私有"},
	{"link-local (cloud metadata)", "链路本地（云元数据）"},
	{"multicast", "组播"},
	{`"this network"`, "“本网络”"},
	{"shared address space (CGNAT; cloud metadata such as 100.100.100.200)", "共享地址空间（CGNAT；如 100.100.100.200 这样的云元数据）"},
	{"IETF protocol assignments", "IETF 协议分配"},
	{"documentation (TEST-NET-1)", "文档示例（TEST-NET-1）"},
	{"documentation (TEST-NET-2)", "文档示例（TEST-NET-2）"},
	{"documentation (TEST-NET-3)", "文档示例（TEST-NET-3）"},
	{"documentation", "文档示例"},
	{"benchmarking", "基准测试"},
	{"reserved (and broadcast)", "保留（及广播）"},
	{"IPv4-compatible IPv6", "IPv4 兼容 IPv6"},
	{"NAT64 (embeds an IPv4 address)", "NAT64（内嵌 IPv4 地址）"},
	{"local-use NAT64", "本地使用的 NAT64"},
	{"discard-only", "仅丢弃"},
	{"Teredo (embeds an IPv4 address)", "Teredo（内嵌 IPv4 地址）"},
	{"ORCHID", "ORCHID（加密哈希标识符）"},
	{"6to4 (embeds an IPv4 address)", "6to4（内嵌 IPv4 地址）"},
	{"site-local", "站点本地"},
}
