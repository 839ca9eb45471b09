package message

// Codes of tcsig send: why no answer came, and where to look next.
const (
	SendTimeout          Code = "send.timeout"
	SendDNSNotFound      Code = "send.dns_not_found"
	SendDNS              Code = "send.dns"
	SendRefused          Code = "send.refused"
	SendNotTLS           Code = "send.not_tls"
	SendCertificate      Code = "send.certificate"
	SendFailed           Code = "send.failed"
	SendWithError        Code = "send.with_error"
	CLINextSignature     Code = "send.next.signature"
	CLINextExpire        Code = "send.next.expire"
	CLINextToken         Code = "send.next.token"
	CLINextSecretID      Code = "send.next.secret_id"
	CLINextAuthorization Code = "send.next.authorization"
)

var sendDefs = []entry{
	{SendTimeout, def{[]string{"addr", "timeout"}, "no answer from {addr} within {timeout} (--timeout): the host is slow, unreachable or filtered",
		"{timeout} 内（--timeout）{addr} 没有应答：主机过慢、不可达或被过滤"}},
	{SendDNSNotFound, def{[]string{"host"}, "cannot resolve {host}: the DNS server says it does not exist; check --service, --region, --host or --to, and that this machine's DNS reaches the internet",
		"无法解析 {host}：DNS 服务器说它不存在；请检查 --service、--region、--host 或 --to，以及本机的 DNS 能否访问互联网"}},
	{SendDNS, def{[]string{"host"}, "cannot resolve {host}: this machine has no DNS or no internet",
		"无法解析 {host}：本机没有 DNS 或无法访问互联网"}},
	{SendRefused, def{[]string{"addr"}, "nothing is listening at {addr} (connection refused): start the endpoint (e.g. tcsig emulate --addr {addr}) or check --to",
		"{addr} 上没有服务在监听（连接被拒绝）：请启动端点（如 tcsig emulate --addr {addr}），或检查 --to"}},
	{SendNotTLS, def{[]string{"addr"}, "{addr} does not speak TLS: use an http:// URL in --to",
		"{addr} 不支持 TLS：请在 --to 中使用 http:// 地址"}},
	{SendCertificate, def{[]string{"host"}, "the TLS certificate of {host} is not trusted for that name",
		"{host} 的 TLS 证书对这个名称不受信任"}},
	{SendFailed, def{[]string{"url"}, "sending to {url} failed", "发送到 {url} 失败"}},
	{SendWithError, def{[]string{"plain", "error"}, "{plain} ({error})", "{plain}（{error}）"}},
	{CLINextSignature, def{nil, "compare your code's canonical request and string to sign with tcsig sign --output text (same flags), or check what your code sent with tcsig verify",
		"把你的代码的规范请求串和待签名字符串与 tcsig sign --output text（相同参数）对比，或用 tcsig verify 检查代码发出的请求"}},
	{CLINextExpire, def{nil, "see the clock below; sign again with a correct clock (or --timestamp from the server's time)",
		"见下方时钟；用正确的时钟重新签名（或用服务端时间作为 --timestamp）"}},
	{CLINextToken, def{[]string{"env"}, "set {env} (or the profile's token) to the token issued with this SecretId, or unset it for permanent keys",
		"把 {env}（或配置文件中的 token）设为与此 SecretId 一起签发的 Token；永久密钥则不要设置"}},
	{CLINextSecretID, def{nil, "check the source named under Credentials below", "检查下方 Credentials 所列的来源"}},
	{CLINextAuthorization, def{nil, "compare the Authorization line of tcsig sign --output text with what was sent",
		"把 tcsig sign --output text 的 Authorization 行与实际发送的对比"}},
}
