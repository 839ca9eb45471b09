package message

// Codes of the curl command reader's notes: what curl would do with the
// command that the parsed request does not show.
const (
	CapCurlCmdQuoting      Code = "capture.curl.cmd_quoting"
	CapCurlUnknownOpt      Code = "capture.curl.unknown_option"
	CapCurlUnknownShort    Code = "capture.curl.unknown_short"
	CapCurlBadMethod       Code = "capture.curl.bad_method"
	CapCurlCookieFile      Code = "capture.curl.cookie_file"
	CapCurlUser            Code = "capture.curl.user"
	CapCurlAWSSigV4        Code = "capture.curl.aws_sigv4"
	CapCurlNext            Code = "capture.curl.next"
	CapCurlHeaderNoName    Code = "capture.curl.header_no_name"
	CapCurlHeaderNoValue   Code = "capture.curl.header_no_value"
	CapCurlAuthority       Code = "capture.curl.authority"
	CapCurlHeaderNoColon   Code = "capture.curl.header_no_colon"
	CapCurlURLEncodePlus   Code = "capture.curl.urlencode_plus"
	CapCurlGlob            Code = "capture.curl.glob"
	CapCurlNoScheme        Code = "capture.curl.no_scheme"
	CapCurlURLBytes        Code = "capture.curl.url_bytes"
	CapCurlDotSegments     Code = "capture.curl.dot_segments"
	CapCurlGet             Code = "capture.curl.get"
	CapCurlRequestTarget   Code = "capture.curl.request_target"
	CapCurlBearer          Code = "capture.curl.bearer"
	CapCurlFormContentType Code = "capture.curl.form_content_type"
)

var captureCurlDefs = []entry{
	{CapCurlCmdQuoting, def{nil, "Read the command with Windows cmd.exe quoting (^ escapes), as \"Copy as cURL (cmd)\" writes it",
		"按 Windows cmd.exe 的引号规则（^ 转义）读取了这条命令，与 \"Copy as cURL (cmd)\" 的写法一致"}},
	{CapCurlUnknownOpt, def{[]string{"option", "line"}, "Ignored the unknown curl option {option} on line {line} (assumed it takes no value)",
		"忽略了第 {line} 行未知的 curl 选项 {option}（假定它不带值）"}},
	{CapCurlUnknownShort, def{[]string{"option", "line"}, "Ignored the unknown curl option -{option} on line {line}", "忽略了第 {line} 行未知的 curl 选项 -{option}"}},
	{CapCurlBadMethod, def{[]string{"method"}, "-X {method} is not a valid HTTP method name; curl sends it anyway", "-X {method} 不是有效的 HTTP 方法名；curl 仍会照样发送"}},
	{CapCurlCookieFile, def{[]string{"file"}, "-b {file} names a cookie file, which was not read (cookies do not enter the signature)",
		"-b {file} 指定的是 cookie 文件，没有读取（cookie 不参与签名）"}},
	{CapCurlUser, def{[]string{"line"}, "-u on line {line} makes curl add HTTP authentication (Authorization: Basic …); that header is not reproduced here",
		"第 {line} 行的 -u 会让 curl 添加 HTTP 认证（Authorization: Basic …）；这里没有重现该头部"}},
	{CapCurlAWSSigV4, def{nil, "--aws-sigv4 makes curl compute an AWS Signature V4 Authorization header; that header is not reproduced here",
		"--aws-sigv4 会让 curl 计算 AWS Signature V4 的 Authorization 头部；这里没有重现该头部"}},
	{CapCurlNext, def{[]string{"line"}, "--next on line {line} starts another request; only the first was read", "第 {line} 行的 --next 开始了另一个请求；只读取了第一个"}},
	{CapCurlHeaderNoName, def{[]string{"header", "line"}, "-H {header} on line {line} has no header name; curl sends it as is, it was ignored",
		"第 {line} 行的 -H {header} 没有头部名称；curl 会原样发送，这里已忽略"}},
	{CapCurlHeaderNoValue, def{[]string{"header", "line", "name"}, "-H {header} on line {line} has no value, which tells curl not to send {name} at all (not even its own); to send an empty header write -H '{name};'",
		"第 {line} 行的 -H {header} 没有值，这会让 curl 完全不发送 {name}（连它自己的也不发送）；要发送空头部请写 -H '{name};'"}},
	{CapCurlAuthority, def{nil, "-H 'authority: …' is Chrome's HTTP/2 :authority pseudo-header copied as an ordinary header; curl sends a header literally named authority",
		"-H 'authority: …' 是 Chrome 把 HTTP/2 的 :authority 伪头部复制成了普通头部；curl 会发送一个名字就叫 authority 的头部"}},
	{CapCurlHeaderNoColon, def{[]string{"header", "line"}, "-H {header} on line {line} does not look like a header (no colon); curl sends it as is, it was ignored",
		"第 {line} 行的 -H {header} 不像头部（没有冒号）；curl 会原样发送，这里已忽略"}},
	{CapCurlURLEncodePlus, def{nil, "--data-urlencode wrote spaces as '+', as current curl does (checked with curl 7.88.1); older curl releases wrote %20, which hashes differently",
		"--data-urlencode 把空格写成了 '+'，与当前的 curl 一致（已用 curl 7.88.1 核对）；较早的 curl 版本写成 %20，哈希值会不同"}},
	{CapCurlGlob, def{nil, "The URL contains [ ] or { }, which curl expands into several requests unless -g/--globoff is given; kept them as written",
		"URL 含有 [ ] 或 { }，除非给出 -g/--globoff，curl 会把它展开成多个请求；已按原样保留"}},
	{CapCurlNoScheme, def{nil, "The URL has no scheme, so curl uses http://; Tencent Cloud API requires https://", "URL 没有协议，curl 会使用 http://；腾讯云 API 要求 https://"}},
	{CapCurlURLBytes, def{nil, "The URL contains spaces, control or non-ASCII characters; curl percent-encodes them (or rejects the URL), so the request line differs from what is written",
		"URL 含有空格、控制字符或非 ASCII 字符；curl 会对它们做百分号编码（或拒绝这个 URL），所以请求行与写下的不同"}},
	{CapCurlDotSegments, def{[]string{"path"}, "The path {path} has . or .. segments, which curl removes before sending unless --path-as-is is given; kept as written",
		"路径 {path} 含有 . 或 .. 段，除非给出 --path-as-is，curl 会在发送前去掉它们；已按原样保留"}},
	{CapCurlGet, def{nil, "-G put the data into the query string instead of the body", "-G 把数据放进了查询串，而不是请求体"}},
	{CapCurlRequestTarget, def{[]string{"target"}, "--request-target replaced the path and query on the request line with {target}", "--request-target 把请求行上的路径和查询串替换成了 {target}"}},
	{CapCurlBearer, def{nil, "--oauth2-bearer adds Authorization: Bearer …, which replaces any Tencent Cloud signature", "--oauth2-bearer 会添加 Authorization: Bearer …，它会取代任何腾讯云签名"}},
	{CapCurlFormContentType, def{nil, "No Content-Type was given, so curl sends Content-Type: application/x-www-form-urlencoded with -d data; " +
		"if the signature was computed for application/json, add -H 'Content-Type: application/json' (a classic cause of AuthFailure.SignatureFailure)",
		"没有给出 Content-Type，curl 会为 -d 数据发送 Content-Type: application/x-www-form-urlencoded；" +
			"如果签名是按 application/json 计算的，请加上 -H 'Content-Type: application/json'（这是 AuthFailure.SignatureFailure 的常见原因）"}},
}

// Codes of the notes about a body's framing, and their hints.
const (
	CapAfterLastChunk Code = "capture.after_last_chunk"
	CapCLShorter      Code = "capture.content_length_shorter"
	CapHintWhitespace Code = "capture.hint.whitespace"
	CapHintResponse   Code = "capture.hint.response"
	CapHintLFToCRLF   Code = "capture.hint.lf_to_crlf"
	CapHintCRLFToLF   Code = "capture.hint.crlf_to_lf"
	CapVerboseNoBody  Code = "capture.verbose_no_body"
	CapChunkedBody    Code = "capture.chunked_body"
	CapBodyBytes      Code = "capture.body_bytes"
	CapHAROnlyTencent Code = "capture.har.only_tencent"
)

var captureBodyDefs = []entry{
	{CapAfterLastChunk, def{[]string{"n", "hint"}, "{n} bytes follow the last chunk; ignored them{hint}", "最后一个分块之后还有 {n} 字节；已忽略{hint}"}},
	{CapCLShorter, def{[]string{"cl", "n", "extra", "hint", "ending"}, "Content-Length says {cl} but {n} bytes follow the blank line; kept the first {cl} and ignored {extra}{hint}{ending}",
		"Content-Length 为 {cl}，但空行之后有 {n} 字节；保留了前 {cl} 字节，忽略了 {extra} 字节{hint}{ending}"}},
	{CapHintWhitespace, def{nil, " (only whitespace, probably added when copying)", "（只有空白，可能是复制时加上的）"}},
	{CapHintResponse, def{nil, " (they look like the response)", "（看起来是响应）"}},
	{CapHintLFToCRLF, def{nil, " — it would match if every LF in the body were CRLF: the line endings were probably converted when copying",
		"——如果请求体中的每个 LF 都是 CRLF 就会一致：换行可能在复制时被转换了"}},
	{CapHintCRLFToLF, def{nil, " — it would match if every CRLF in the body were LF: the line endings were probably converted when copying",
		"——如果请求体中的每个 CRLF 都是 LF 就会一致：换行可能在复制时被转换了"}},
	{CapVerboseNoBody, def{[]string{"what"}, "curl -v does not print the request body, and none was pasted after the output; the request had {what}. Paste the body after the curl -v lines to check the payload hash",
		"curl -v 不输出请求体，输出之后也没有粘贴请求体；这个请求有{what}。请把请求体粘贴在 curl -v 的输出之后，以检查请求体哈希"}},
	{CapChunkedBody, def{nil, "a chunked body", "分块编码的请求体"}},
	{CapBodyBytes, def{[]string{"n"}, "{n} bytes of body", " {n} 字节的请求体"}},
	{CapHAROnlyTencent, def{[]string{"n", "entry"}, "The HAR file has {n} entries; took entry {entry}, the only request to *.tencentcloudapi.com (CORS preflights aside)",
		"HAR 文件有 {n} 个条目；取了第 {entry} 个，它是唯一发往 *.tencentcloudapi.com 的请求（CORS 预检请求除外）"}},
}
