package message

// Codes of the notes the capture parser writes about what it noticed or
// assumed (capture.Request.Notes), which verify shows as warnings.
const (
	CapMoreNotes        Code = "capture.more_notes"
	CapBOM              Code = "capture.bom"
	CapBlankLineSpaces  Code = "capture.blank_line_spaces"
	CapPseudoAfterH1    Code = "capture.pseudo_after_h1"
	CapMixedEndings     Code = "capture.mixed_endings"
	CapSpaceBeforeColon Code = "capture.space_before_colon"
	CapBadHeaderName    Code = "capture.bad_header_name"
	CapControlInValue   Code = "capture.control_in_value"
	CapFolding          Code = "capture.folding"
	CapPseudoRepeated   Code = "capture.pseudo_repeated"
	CapURLHostDiffers   Code = "capture.url_host_differs"
	CapNoHost           Code = "capture.no_host"
	CapManyHosts        Code = "capture.many_hosts"
	CapNoVersion        Code = "capture.no_version"
	CapMethodCase       Code = "capture.method_case"
	CapTargetBytes      Code = "capture.target_bytes"
	CapTargetFragment   Code = "capture.target_fragment"
	CapPseudoRead       Code = "capture.pseudo_read"
	CapTEAndCL          Code = "capture.te_and_cl"
	CapTEStillEncoded   Code = "capture.te_still_encoded"
	CapDechunked        Code = "capture.dechunked"
	CapTENotChunked     Code = "capture.te_not_chunked"
	CapLogNewline       Code = "capture.log_newline"
	CapNoCL             Code = "capture.no_content_length"
	CapBodyEndsNewline  Code = "capture.body_ends_newline"
	CapHostHeaderWins   Code = "capture.host_header_wins"
	CapJSONIgnored      Code = "capture.json_ignored"
	CapUserinfo         Code = "capture.userinfo"
	CapFragment         Code = "capture.fragment"
	CapLogRequests      Code = "capture.log_requests"
	CapLogResponse      Code = "capture.log_response"
	CapVerboseMany      Code = "capture.verbose_many"
	CapVerboseIgnored   Code = "capture.verbose_ignored"
	CapVerboseBody      Code = "capture.verbose_body"
)

var captureDefs = []entry{
	{CapMoreNotes, def{nil, "More notes were left out", "其余提示已省略"}},
	{CapBOM, def{nil, "Dropped a UTF-8 byte order mark at the start of the input", "去掉了输入开头的 UTF-8 字节顺序标记（BOM）"}},
	{CapBlankLineSpaces, def{nil, "The blank line after the headers contains spaces or tabs; treated it as the end of the headers",
		"头部之后的空行含有空格或制表符；已把它当作头部的结束"}},
	{CapPseudoAfterH1, def{nil, "HTTP/2 pseudo-headers after an HTTP/1 request line: mapped :authority to Host, ignored the others",
		"HTTP/1 请求行之后出现了 HTTP/2 伪头部：已把 :authority 当作 Host，忽略其余伪头部"}},
	{CapMixedEndings, def{[]string{"crlf", "lf"}, "The head mixes CRLF and LF line endings ({crlf} CRLF, {lf} LF); both were accepted",
		"请求头混用了 CRLF 和 LF 换行（{crlf} 个 CRLF，{lf} 个 LF）；两者都已接受"}},
	{CapSpaceBeforeColon, def{[]string{"line", "name"}, "Line {line} has whitespace between the header name {name} and the colon; servers must reject that (RFC 9112 §5.1)",
		"第 {line} 行的头部名称 {name} 与冒号之间有空白；服务器必须拒绝这种请求（RFC 9112 §5.1）"}},
	{CapBadHeaderName, def{[]string{"line", "name"}, "Line {line}: header name {name} contains characters HTTP does not allow in a name",
		"第 {line} 行：头部名称 {name} 含有 HTTP 不允许出现在名称中的字符"}},
	{CapControlInValue, def{[]string{"line", "name"}, "Line {line}: the value of {name} contains control characters", "第 {line} 行：{name} 的值含有控制字符"}},
	{CapFolding, def{[]string{"line"}, "Line {line} continues the previous header value (obsolete line folding); joined it with one space, as a server would",
		"第 {line} 行延续了上一个头部的值（已废弃的折行写法）；已像服务器那样用一个空格把它接上"}},
	{CapPseudoRepeated, def{[]string{"line", "name"}, "Line {line} repeats the pseudo-header {name}; kept the first", "第 {line} 行重复了伪头部 {name}；保留第一个"}},
	{CapURLHostDiffers, def{[]string{"url", "host"}, "The absolute URL's host {url} differs from the Host header {host}; a server uses the URL's (RFC 9112 §3.2.2), but the signature covers what the client signed",
		"绝对 URL 中的域名 {url} 与 Host 头部 {host} 不同；服务器使用 URL 中的域名（RFC 9112 §3.2.2），但签名覆盖的是客户端签名时用的值"}},
	{CapNoHost, def{nil, "No Host header; the TC3 signature always covers host, so it must be known", "没有 Host 头部；TC3 签名总是包含 host，所以必须知道它"}},
	{CapManyHosts, def{[]string{"n", "host"}, "{n} Host header fields; used the first ({host}). Servers reject such requests",
		"有 {n} 个 Host 头部；使用了第一个（{host}）。服务器会拒绝这种请求"}},
	{CapNoVersion, def{nil, "The request line has no HTTP version; assumed HTTP/1.1", "请求行没有 HTTP 版本；按 HTTP/1.1 处理"}},
	{CapMethodCase, def{[]string{"method"}, "The method {method} is not upper case; methods are case-sensitive and Tencent Cloud accepts only GET and POST",
		"请求方法 {method} 不是大写；方法区分大小写，腾讯云只接受 GET 和 POST"}},
	{CapTargetBytes, def{nil, "The request target contains control or non-ASCII bytes, which must be percent-encoded on the wire; kept them as written",
		"请求目标含有控制字节或非 ASCII 字节，发送时必须做百分号编码；已按原样保留"}},
	{CapTargetFragment, def{nil, "The request target contains '#', which clients never send; kept it as written", "请求目标含有 '#'，客户端从不发送它；已按原样保留"}},
	{CapPseudoRead, def{nil, "Read HTTP/2 pseudo-headers (as browser devtools show them): :authority became the Host field",
		"读取了 HTTP/2 伪头部（浏览器开发者工具的显示方式）：:authority 已作为 Host 字段"}},
	{CapTEAndCL, def{nil, "Both Transfer-Encoding and Content-Length are present; Transfer-Encoding wins (RFC 9112 §6.3) and Content-Length was ignored",
		"同时有 Transfer-Encoding 和 Content-Length；以 Transfer-Encoding 为准（RFC 9112 §6.3），忽略了 Content-Length"}},
	{CapTEStillEncoded, def{[]string{"te", "codings"}, "Transfer-Encoding {te}: de-chunked only; the body is still encoded with {codings}",
		"Transfer-Encoding {te}：只去掉了分块编码；请求体仍以 {codings} 编码"}},
	{CapDechunked, def{[]string{"used", "n"}, "De-chunked the body: {used} bytes of chunked encoding became {n} bytes of payload",
		"已去掉请求体的分块编码：{used} 字节的分块数据还原为 {n} 字节的内容"}},
	{CapTENotChunked, def{[]string{"te", "n"}, "Transfer-Encoding {te} is not chunked, so the body length is unknown; took all {n} bytes after the blank line",
		"Transfer-Encoding {te} 不是 chunked，请求体长度未知；取空行之后的全部 {n} 字节"}},
	{CapLogNewline, def{nil, "Removed the line break that log.Printf adds after the body (the SDK's JSON bodies never end in one)",
		"去掉了 log.Printf 在请求体之后添加的换行（SDK 的 JSON 请求体从不以换行结尾）"}},
	{CapNoCL, def{[]string{"n"}, "No Content-Length: took all {n} bytes after the blank line as the body", "没有 Content-Length：把空行之后的全部 {n} 字节作为请求体"}},
	{CapBodyEndsNewline, def{nil, "The body ends with a line break, which is part of the signed payload hash; remove it if the request did not send one",
		"请求体以换行结尾，它会计入签名的请求体哈希；如果请求实际没有发送它，请删掉"}},
	{CapHostHeaderWins, def{[]string{"header", "url"}, "The Host header {header} differs from the URL's host {url}; used the Host header",
		"Host 头部 {header} 与 URL 中的域名 {url} 不同；使用了 Host 头部"}},
	{CapJSONIgnored, def{[]string{"fields"}, "Ignored the JSON fields {fields} (a request has method, url, headers, body)",
		"忽略了 JSON 字段 {fields}（请求只有 method、url、headers、body）"}},
	{CapUserinfo, def{[]string{"userinfo"}, "The URL contains user info ({userinfo}@); it is not part of the Host and was dropped",
		"URL 含有用户信息（{userinfo}@）；它不属于 Host，已去掉"}},
	{CapFragment, def{[]string{"fragment"}, "The URL fragment #{fragment} is never sent and was dropped", "URL 片段 #{fragment} 从不发送，已去掉"}},
	{CapLogRequests, def{[]string{"n", "line"}, "The log holds {n} requests; parsed the first (line {line})", "日志中有 {n} 个请求；解析了第一个（第 {line} 行）"}},
	{CapLogResponse, def{nil, "Ignored the response dump that follows the request", "忽略了请求之后的响应内容"}},
	{CapVerboseMany, def{nil, "The output shows more than one request (a redirect or a second URL); parsed the first",
		"输出中有不止一个请求（重定向或第二个 URL）；解析了第一个"}},
	{CapVerboseIgnored, def{[]string{"n"}, "Ignored {n} lines of other text (response body or text pasted after the response)",
		"忽略了 {n} 行其他文本（响应体或粘贴在响应之后的文本）"}},
	{CapVerboseBody, def{nil, "Took the text pasted after the curl -v request lines as the body (curl -v itself does not print it)",
		"把粘贴在 curl -v 请求行之后的文本作为请求体（curl -v 本身不输出请求体）"}},
}

// Codes of the HAR parser's notes.
const (
	CapHARNoHeaders    Code = "capture.har.no_headers"
	CapHARPseudo       Code = "capture.har.pseudo"
	CapHARPathDiffers  Code = "capture.har.path_differs"
	CapHARMethodDiffer Code = "capture.har.method_differs"
	CapHARNoPostData   Code = "capture.har.no_post_data"
	CapHARReplacement  Code = "capture.har.replacement_char"
	CapHARBodySize     Code = "capture.har.body_size"
	CapHARContentLen   Code = "capture.har.content_length"
	CapHARNoCT         Code = "capture.har.no_content_type"
	CapHARMimeDiffers  Code = "capture.har.mime_differs"
	CapHARParamsOnly   Code = "capture.har.params_only"
	CapHAREntry        Code = "capture.har.entry"
	CapHAREntryN       Code = "capture.har.entry_n"
)

var captureHARDefs = []entry{
	// The {where} of the notes below; the parser writes it in English and
	// Match reads it back as one of these.
	{CapHAREntry, def{nil, "the HAR entry", "HAR 条目"}},
	{CapHAREntryN, def{[]string{"n"}, "HAR entry {n}", "HAR 第 {n} 个条目"}},
	{CapHARNoHeaders, def{[]string{"where"}, "{where} lists no request headers (devtools may have had only provisional headers); the signature headers cannot be checked",
		"{where}没有列出请求头部（开发者工具可能只有临时头部）；无法检查参与签名的头部"}},
	{CapHARPseudo, def{nil, "HTTP/2 pseudo-headers: :authority became the Host field; :method, :path and :scheme were dropped",
		"HTTP/2 伪头部：:authority 已作为 Host 字段；去掉了 :method、:path 和 :scheme"}},
	{CapHARPathDiffers, def{[]string{"path", "uri"}, ":path {path} differs from the URL's path and query {uri}; used :path, which is what was sent",
		":path {path} 与 URL 的路径和查询串 {uri} 不同；使用了实际发送的 :path"}},
	{CapHARMethodDiffer, def{[]string{"pseudo", "method"}, ":method {pseudo} differs from request.method {method}; used request.method",
		":method {pseudo} 与 request.method {method} 不同；使用了 request.method"}},
	{CapHARNoPostData, def{[]string{"where", "size"}, "{where} has no postData although bodySize is {size}; the body is unknown",
		"{where}没有 postData，但 bodySize 为 {size}；请求体未知"}},
	{CapHARReplacement, def{nil, "The HAR body contains U+FFFD; devtools replaces bytes that are not valid UTF-8 with it, so the body may differ from what was sent",
		"HAR 中的请求体含有 U+FFFD；开发者工具会用它替换不是有效 UTF-8 的字节，所以请求体可能与实际发送的不同"}},
	{CapHARBodySize, def{[]string{"size", "n"}, "The HAR says bodySize {size} but postData holds {n} bytes; devtools may have re-encoded the body",
		"HAR 中 bodySize 为 {size}，但 postData 有 {n} 字节；开发者工具可能重新编码了请求体"}},
	{CapHARContentLen, def{[]string{"cl", "n"}, "Content-Length says {cl} but postData holds {n} bytes", "Content-Length 为 {cl}，但 postData 有 {n} 字节"}},
	{CapHARNoCT, def{[]string{"mime"}, "No Content-Type header is listed, though postData.mimeType is {mime}", "没有列出 Content-Type 头部，但 postData.mimeType 为 {mime}"}},
	{CapHARMimeDiffers, def{[]string{"mime", "header"}, "postData.mimeType {mime} differs from the Content-Type header {header}; the header is what was sent and signed",
		"postData.mimeType {mime} 与 Content-Type 头部 {header} 不同；实际发送和签名的是头部中的值"}},
	{CapHARParamsOnly, def{[]string{"where"}, "{where} gives the body only as decoded form params; the exact bytes cannot be rebuilt",
		"{where}只以解码后的表单参数给出请求体；无法还原确切的字节"}},
}

// Codes of the shell reader's notes (the quoting of a curl command, bash or
// cmd.exe).
const (
	CapShRedirect     Code = "capture.shell.redirect"
	CapShBackquote    Code = "capture.shell.backquote"
	CapShFirstBash    Code = "capture.shell.first_command_bash"
	CapShSubstitution Code = "capture.shell.substitution"
	CapShExpansion    Code = "capture.shell.expansion"
	CapShEndsAt       Code = "capture.shell.ends_at"
	CapShNUL          Code = "capture.shell.nul"
	CapCmdEnvVar      Code = "capture.cmd.env_var"
	CapCmdFirst       Code = "capture.cmd.first_command"
	CapCmdEndsAt      Code = "capture.cmd.ends_at"
	CapCmdLineBreak   Code = "capture.cmd.line_break"
	CapCmdBackslashes Code = "capture.cmd.backslashes"
)

var captureShellDefs = []entry{
	{CapShRedirect, def{[]string{"redirect", "line"}, "Ignored the shell redirection {redirect} on line {line}", "忽略了第 {line} 行的 shell 重定向 {redirect}"}},
	{CapShBackquote, def{[]string{"line"}, "Backquote command substitution on line {line} was not run; kept it as written", "第 {line} 行的反引号命令替换没有执行；已按原样保留"}},
	{CapShFirstBash, def{[]string{"line"}, "Read only the first command; ignored the text after line {line} (a line that does not end in \\ ends the command)",
		"只读取了第一条命令；忽略了第 {line} 行之后的文本（不以 \\ 结尾的行会结束命令）"}},
	{CapShSubstitution, def{[]string{"sub", "line"}, "Command substitution {sub} on line {line} was not run; kept it as written", "第 {line} 行的命令替换 {sub} 没有执行；已按原样保留"}},
	{CapShExpansion, def{[]string{"expansion", "line"}, "Shell expansion {expansion} on line {line} was not expanded; it was kept as written", "第 {line} 行的 shell 展开 {expansion} 没有展开；已按原样保留"}},
	{CapShEndsAt, def{[]string{"char", "line"}, "The command ends at the unquoted {char} on line {line}, as in a shell; ignored the rest (quote URLs and data that contain & | ; < > ( ))",
		"与 shell 一样，命令在第 {line} 行未加引号的 {char} 处结束；忽略了其余部分（含有 & | ; < > ( ) 的 URL 和数据请加引号）"}},
	{CapShNUL, def{[]string{"line"}, "$'…' on line {line} contains a NUL byte; a shell cuts the argument there, so the rest was dropped",
		"第 {line} 行的 $'…' 含有 NUL 字节；shell 会在那里截断参数，所以其余部分已丢弃"}},
	{CapCmdEnvVar, def{[]string{"var"}, "cmd.exe would expand the environment variable {var}; it was kept as written", "cmd.exe 会展开环境变量 {var}；已按原样保留"}},
	{CapCmdFirst, def{[]string{"line"}, "Read only the first command; ignored the text after line {line} (a line that does not end in ^ ends the command)",
		"只读取了第一条命令；忽略了第 {line} 行之后的文本（不以 ^ 结尾的行会结束命令）"}},
	{CapCmdEndsAt, def{[]string{"char", "line"}, "The command ends at the unescaped {char} on line {line}, as in cmd.exe; ignored the rest",
		"与 cmd.exe 一样，命令在第 {line} 行未转义的 {char} 处结束；忽略了其余部分"}},
	{CapCmdLineBreak, def{nil, "The cmd command carries a line break inside an argument; \"Copy as cURL (cmd)\" cannot express CR, so a CRLF in the original arrives here as LF",
		"这条 cmd 命令的参数中含有换行；\"Copy as cURL (cmd)\" 无法表示 CR，所以原文中的 CRLF 在这里变成了 LF"}},
	{CapCmdBackslashes, def{[]string{"line", "n"}, "Line {line} has {n} backslashes in a row not followed by a quote; the Windows C runtime passes them all to curl.exe. " +
		"Chrome's \"Copy as cURL (cmd)\" doubles every backslash, so such a body differs from what the browser sent: use the bash copy or a HAR for bodies with backslashes",
		"第 {line} 行有 {n} 个连续的反斜杠，后面没有引号；Windows C 运行库会把它们全部传给 curl.exe。" +
			"Chrome 的 \"Copy as cURL (cmd)\" 会把每个反斜杠加倍，所以这样的请求体与浏览器实际发送的不同：含反斜杠的请求体请使用 bash 格式的复制或 HAR"}},
}
