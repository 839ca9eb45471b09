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
