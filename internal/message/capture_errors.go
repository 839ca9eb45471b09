package message

// Codes of the capture parser's errors (capture.ParseError), which the
// page's Verify tab and tcsig verify show when a capture cannot be read.
const (
	CapErrLine          Code = "capture.error.line"
	CapErrByte          Code = "capture.error.byte"
	CapErrEmpty         Code = "capture.error.empty"
	CapErrJSONArray     Code = "capture.error.json_array"
	CapErrResponse      Code = "capture.error.response"
	CapErrPowerShell    Code = "capture.error.powershell"
	CapErrUnknown       Code = "capture.error.unknown_format"
	CapErrTooLarge      Code = "capture.error.too_large"
	CapErrCmdEmpty      Code = "capture.error.curl.empty"
	CapErrCmdArgs       Code = "capture.error.curl.too_many_args"
	CapErrNotCurl       Code = "capture.error.curl.not_curl"
	CapErrOptionValue   Code = "capture.error.curl.option_value"
	CapErrEmptyMethod   Code = "capture.error.curl.empty_method"
	CapErrMultipart     Code = "capture.error.curl.multipart"
	CapErrFile          Code = "capture.error.curl.file"
	CapErrFileUpload    Code = "capture.error.curl.upload_file"
	CapErrFileConfig    Code = "capture.error.curl.config_file"
	CapErrFileHeader    Code = "capture.error.curl.header_file"
	CapErrFileData      Code = "capture.error.curl.data_file"
	CapErrFileStdin     Code = "capture.error.curl.stdin"
	CapErrFileNamed     Code = "capture.error.curl.the_file"
	CapErrFileURLEncode Code = "capture.error.curl.urlencode_file"
	CapErrNoURL         Code = "capture.error.curl.no_url"
	CapErrManyURLs      Code = "capture.error.curl.many_urls"
	CapErrURLNoHost     Code = "capture.error.curl.url_no_host"
	CapErrUnterminated  Code = "capture.error.curl.unterminated"
	CapQuoteSingle      Code = "capture.error.curl.quote_single"
	CapQuoteDouble      Code = "capture.error.curl.quote_double"
)

var captureErrorDefs = []entry{
	{CapErrLine, def{[]string{"n"}, "line {n}: ", "第 {n} 行："}},
	{CapErrByte, def{[]string{"n"}, "byte {n}: ", "第 {n} 字节处："}},
	{CapErrEmpty, def{nil, "the input is empty", "输入为空"}},
	{CapErrJSONArray, def{nil, "a JSON array is not a request: paste a HAR file, one HAR entry, or one {\"method\",\"url\",\"headers\",\"body\"} object",
		"JSON 数组不是请求：请粘贴 HAR 文件、一个 HAR 条目，或一个 {\"method\",\"url\",\"headers\",\"body\"} 对象"}},
	{CapErrResponse, def{[]string{"line"}, "this is an HTTP response ({line}); paste the request instead", "这是 HTTP 响应（{line}）；请改为粘贴请求"}},
	{CapErrPowerShell, def{nil, "PowerShell commands are not supported; use the browser's \"Copy as cURL (bash)\" or \"Copy as cURL (cmd)\" instead",
		"不支持 PowerShell 命令；请改用浏览器的 \"Copy as cURL (bash)\" 或 \"Copy as cURL (cmd)\""}},
	{CapErrUnknown, def{[]string{"line"}, "cannot tell what this is (first line {line}); paste raw HTTP (\"POST / HTTP/1.1\" …), " +
		"a curl command, curl -v output, a HAR file, a tencentcloud-sdk-go debug log, or {\"method\",\"url\",\"headers\",\"body\"} JSON",
		"无法识别这段输入（第一行 {line}）；请粘贴原始 HTTP（\"POST / HTTP/1.1\" …）、curl 命令、curl -v 的输出、HAR 文件、" +
			"tencentcloud-sdk-go 的调试日志，或 {\"method\",\"url\",\"headers\",\"body\"} 形式的 JSON"}},
	{CapErrTooLarge, def{[]string{"what", "n", "max"}, "{what} is {n} bytes, over the limit of {max} bytes (16 MiB)", "{what}为 {n} 字节，超过了 {max} 字节（16 MiB）的上限"}},
	{CapErrCmdEmpty, def{nil, "the command is empty", "命令为空"}},
	{CapErrCmdArgs, def{[]string{"n", "max"}, "the command has {n} arguments, more than {max}; this is not one request", "命令有 {n} 个参数，超过 {max} 个；这不是单个请求"}},
	{CapErrNotCurl, def{[]string{"start"}, "not a curl command: it starts with {start}", "不是 curl 命令：它以 {start} 开头"}},
	{CapErrOptionValue, def{[]string{"option"}, "option {option} needs a value", "选项 {option} 需要一个值"}},
	{CapErrEmptyMethod, def{nil, "-X needs a method; curl refuses an empty one", "-X 需要一个方法；curl 不接受空方法"}},
	{CapErrMultipart, def{nil, "curl -F builds a multipart/form-data body around a random boundary, so it cannot be reproduced byte for byte; capture the raw HTTP request instead (curl -v --trace-ascii, or the SDK debug log)",
		"curl -F 用随机的分隔符构造 multipart/form-data 请求体，无法逐字节重现；请改为捕获原始 HTTP 请求（curl -v --trace-ascii，或 SDK 的调试日志）"}},
	{CapErrFile, def{[]string{"what"}, "{what}; files cannot be read here: paste the content inline (--data-raw '…'), or capture the raw HTTP request",
		"{what}；这里无法读取文件：请把内容直接写在命令中（--data-raw '…'），或捕获原始 HTTP 请求"}},
	{CapErrFileUpload, def{[]string{"file"}, "-T uploads the file {file}", "-T 会上传文件 {file}"}},
	{CapErrFileConfig, def{[]string{"file"}, "-K reads options from the file {file}", "-K 会从文件 {file} 读取选项"}},
	{CapErrFileHeader, def{[]string{"header"}, "-H {header} reads header lines from a file", "-H {header} 会从文件读取头部行"}},
	{CapErrFileData, def{[]string{"option", "source"}, "--{option} @… makes curl read the body from {source}", "--{option} @… 会让 curl 从{source}读取请求体"}},
	{CapErrFileStdin, def{nil, "standard input", "标准输入"}},
	{CapErrFileNamed, def{[]string{"file"}, "the file {file}", "文件 {file}"}},
	{CapErrFileURLEncode, def{[]string{"arg", "file"}, "--data-urlencode {arg} makes curl read and encode the file {file}", "--data-urlencode {arg} 会让 curl 读取并编码文件 {file}"}},
	{CapErrNoURL, def{nil, "no URL in the curl command", "curl 命令中没有 URL"}},
	{CapErrManyURLs, def{[]string{"n", "first", "second"}, "the command has {n} URLs ({first}, {second}, …); curl sends one request per URL, keep only one",
		"命令中有 {n} 个 URL（{first}、{second} …）；curl 会为每个 URL 发送一个请求，请只保留一个"}},
	{CapErrURLNoHost, def{[]string{"url"}, "the URL {url} has no host", "URL {url} 没有域名"}},
	{CapErrUnterminated, def{[]string{"quote"}, "unterminated {quote} quote", "{quote}引号没有闭合"}},
	{CapQuoteSingle, def{nil, "single", "单"}},
	{CapQuoteDouble, def{nil, "double", "双"}},
}

// Codes of the raw HTTP reader's errors.
const (
	CapErrHeaderLines   Code = "capture.error.http.header_lines"
	CapErrBlank         Code = "capture.error.http.blank"
	CapErrNoColon       Code = "capture.error.http.no_colon"
	CapErrEmptyName     Code = "capture.error.http.empty_name"
	CapErrFirstFold     Code = "capture.error.http.first_fold"
	CapErrVersion       Code = "capture.error.http.version"
	CapErrRequestLine   Code = "capture.error.http.request_line"
	CapErrLineSpaces    Code = "capture.error.http.request_line_spaces"
	CapErrMethod        Code = "capture.error.http.method"
	CapErrTarget        Code = "capture.error.http.target"
	CapErrNoPseudoMeth  Code = "capture.error.http.no_pseudo_method"
	CapErrPseudoMethod  Code = "capture.error.http.pseudo_method"
	CapErrNoPseudoPath  Code = "capture.error.http.no_pseudo_path"
	CapErrCLNoBlank     Code = "capture.error.http.cl_no_blank"
	CapErrCLShort       Code = "capture.error.http.cl_short"
	CapErrCLNotNumber   Code = "capture.error.http.cl_not_number"
	CapErrCLTooLarge    Code = "capture.error.http.cl_too_large"
	CapErrCLConflict    Code = "capture.error.http.cl_conflict"
	CapErrCLEmpty       Code = "capture.error.http.cl_empty"
	CapErrChunkEnds     Code = "capture.error.http.chunk_ends"
	CapErrChunkSize     Code = "capture.error.http.chunk_size"
	CapErrChunkOverflow Code = "capture.error.http.chunk_overflow"
	CapErrChunkShort    Code = "capture.error.http.chunk_short"
	CapErrChunkNoEnd    Code = "capture.error.http.chunk_no_line_end"
	CapErrTrailer       Code = "capture.error.http.trailer"
	CapHintLFHead       Code = "capture.hint.lf_head"
)

var captureHTTPErrorDefs = []entry{
	{CapErrHeaderLines, def{[]string{"max"}, "more than {max} header lines; this is not one request", "头部超过 {max} 行；这不是单个请求"}},
	{CapErrBlank, def{nil, "no request line: the input is blank", "没有请求行：输入是空白的"}},
	{CapErrNoColon, def{[]string{"line"}, "header line has no colon: {line}", "头部行没有冒号：{line}"}},
	{CapErrEmptyName, def{[]string{"line"}, "header line has an empty name: {line}", "头部行的名称为空：{line}"}},
	{CapErrFirstFold, def{[]string{"line"}, "the first header line starts with whitespace: {line}", "第一行头部以空白开头：{line}"}},
	{CapErrVersion, def{[]string{"end"}, "request line ends in {end}, not an HTTP version like HTTP/1.1", "请求行以 {end} 结尾，而不是 HTTP/1.1 这样的 HTTP 版本"}},
	{CapErrRequestLine, def{[]string{"line", "spaces"}, "the request line must be METHOD TARGET HTTP/1.1, got {line}{spaces}", "请求行必须是 METHOD TARGET HTTP/1.1 的形式，收到的是 {line}{spaces}"}},
	{CapErrLineSpaces, def{nil, " (spaces in a URL must be percent-encoded as %20)", "（URL 中的空格必须编码为 %20）"}},
	{CapErrMethod, def{[]string{"method"}, "the method {method} is not a valid HTTP method name", "方法 {method} 不是有效的 HTTP 方法名"}},
	{CapErrTarget, def{[]string{"target"}, "the request target {target} is neither a path starting with / nor an absolute URL", "请求目标 {target} 既不是以 / 开头的路径，也不是绝对 URL"}},
	{CapErrNoPseudoMeth, def{nil, "HTTP/2 pseudo-headers without :method; cannot tell the request method", "HTTP/2 伪头部中没有 :method；无法确定请求方法"}},
	{CapErrPseudoMethod, def{[]string{"method"}, ":method {method} is not a valid HTTP method name", ":method {method} 不是有效的 HTTP 方法名"}},
	{CapErrNoPseudoPath, def{nil, "HTTP/2 pseudo-headers without :path; cannot tell the request path", "HTTP/2 伪头部中没有 :path；无法确定请求路径"}},
	{CapErrCLNoBlank, def{[]string{"cl"}, "Content-Length says {cl} but the text ends without the blank line that starts the body",
		"Content-Length 为 {cl}，但文本在请求体开始前的空行之前就结束了"}},
	{CapErrCLShort, def{[]string{"cl", "n", "hint"}, "Content-Length says {cl} but only {n} bytes follow the blank line{hint}", "Content-Length 为 {cl}，但空行之后只有 {n} 字节{hint}"}},
	{CapErrCLNotNumber, def{[]string{"value"}, "Content-Length {value} is not a decimal byte count", "Content-Length {value} 不是十进制的字节数"}},
	{CapErrCLTooLarge, def{[]string{"value"}, "Content-Length {value} is too large", "Content-Length {value} 过大"}},
	{CapErrCLConflict, def{[]string{"a", "b"}, "conflicting Content-Length values {a} and {b}", "Content-Length 的值 {a} 与 {b} 相互矛盾"}},
	{CapErrCLEmpty, def{nil, "Content-Length is empty", "Content-Length 为空"}},
	{CapErrChunkEnds, def{nil, "the chunked body ends before its last (zero-size) chunk", "分块请求体在最后一个（大小为 0 的）分块之前就结束了"}},
	{CapErrChunkSize, def{[]string{"line", "hint"}, "invalid chunk size {line}{hint}", "无效的分块大小 {line}{hint}"}},
	{CapErrChunkOverflow, def{[]string{"size", "hint"}, "chunk size {size} overflows 64 bits{hint}", "分块大小 {size} 超出了 64 位{hint}"}},
	{CapErrChunkShort, def{[]string{"size", "hex", "n", "hint"}, "chunk declares {size} bytes (0x{hex}) but only {n} bytes follow{hint}",
		"分块声明了 {size} 字节（0x{hex}），但其后只有 {n} 字节{hint}"}},
	{CapErrChunkNoEnd, def{[]string{"size", "hint"}, "chunk data ({size} bytes) is not followed by a line end{hint}", "分块数据（{size} 字节）之后没有换行{hint}"}},
	{CapErrTrailer, def{[]string{"error"}, "after the last chunk: {error}", "最后一个分块之后：{error}"}},
	{CapHintLFHead, def{nil, " (the head has LF line endings, so CRLFs may have been converted when copying, which breaks chunk sizes)",
		"（请求头使用 LF 换行，所以 CRLF 可能在复制时被转换了，这会破坏分块大小）"}},
}

// Codes of the HAR and JSON readers' errors, and of the input sniffing's
// last resorts.
const (
	CapHARRequest        Code = "capture.har.request"
	CapErrNotHAR         Code = "capture.error.har.not_har"
	CapErrHARInvalid     Code = "capture.error.har.invalid"
	CapErrHARLog         Code = "capture.error.har.log"
	CapErrHAREntryRange  Code = "capture.error.har.entry_range"
	CapErrHARRequest     Code = "capture.error.har.request"
	CapErrHARNoEntries   Code = "capture.error.har.no_entries"
	CapErrHARAt          Code = "capture.error.har.at"
	CapErrHARNoRequest   Code = "capture.error.har.no_request"
	CapErrHARNoMethod    Code = "capture.error.har.no_method"
	CapErrHARMethod      Code = "capture.error.har.method"
	CapErrHARURL         Code = "capture.error.har.url"
	CapErrHARHeaders     Code = "capture.error.har.headers"
	CapErrHARBase64      Code = "capture.error.har.base64"
	CapErrHAREncoding    Code = "capture.error.har.encoding"
	CapErrHARFile        Code = "capture.error.har.file"
	CapErrJSONInvalid    Code = "capture.error.json.invalid"
	CapErrJSONNull       Code = "capture.error.json.null"
	CapErrJSONTopLevel   Code = "capture.error.json.top_level"
	CapErrSDKNoMarker    Code = "capture.error.sdk.no_marker"
	CapErrVerboseNoLines Code = "capture.error.verbose.no_lines"
)

var captureHARErrorDefs = []entry{
	{CapHARRequest, def{nil, "the HAR request", "HAR 请求"}},
	{CapErrNotHAR, def{nil, "not a HAR file: there is no \"log\" object", "不是 HAR 文件：没有 \"log\" 对象"}},
	{CapErrHARInvalid, def{[]string{"error"}, "invalid HAR: {error}", "无效的 HAR：{error}"}},
	{CapErrHARLog, def{[]string{"error"}, "the \"log\" object: {error}", "\"log\" 对象：{error}"}},
	{CapErrHAREntryRange, def{[]string{"index", "n", "last"}, "entry {index} does not exist: the HAR file has {n} entries (0 to {last})",
		"第 {index} 个条目不存在：HAR 文件有 {n} 个条目（0 到 {last}）"}},
	{CapErrHARRequest, def{[]string{"error"}, "the HAR request: {error}", "HAR 请求：{error}"}},
	{CapErrHARNoEntries, def{nil, "the HAR file has no entries (was the network log empty when it was saved?)", "HAR 文件中没有条目（保存时网络日志是否为空？）"}},
	{CapErrHARAt, def{[]string{"where", "error"}, "{where}: {error}", "{where}：{error}"}},
	{CapErrHARNoRequest, def{[]string{"where"}, "{where} has no \"request\" object", "{where}没有 \"request\" 对象"}},
	{CapErrHARNoMethod, def{[]string{"where"}, "{where} has no request.method", "{where}没有 request.method"}},
	{CapErrHARMethod, def{[]string{"where", "method"}, "{where}: request.method {method} is not a valid HTTP method name", "{where}：request.method {method} 不是有效的 HTTP 方法名"}},
	{CapErrHARURL, def{[]string{"where", "url"}, "{where}: request.url {url} is not an absolute URL", "{where}：request.url {url} 不是绝对 URL"}},
	{CapErrHARHeaders, def{[]string{"where", "n", "max"}, "{where} has {n} headers, more than {max}", "{where}有 {n} 个头部，超过 {max} 个"}},
	{CapErrHARBase64, def{[]string{"where", "error"}, "{where}: postData.text is marked base64 but does not decode: {error}", "{where}：postData.text 标记为 base64，但无法解码：{error}"}},
	{CapErrHAREncoding, def{[]string{"where", "encoding"}, "{where}: unknown postData.encoding {encoding} (only base64 is understood)", "{where}：未知的 postData.encoding {encoding}（只支持 base64）"}},
	{CapErrHARFile, def{[]string{"where", "file"}, "{where}: the body is stored in a separate file ({file}); export the HAR with embedded content",
		"{where}：请求体保存在单独的文件中（{file}）；请导出内嵌内容的 HAR"}},
	{CapErrJSONInvalid, def{[]string{"error"}, "invalid JSON: {error}", "无效的 JSON：{error}"}},
	{CapErrJSONNull, def{nil, "expected a JSON object, got null", "需要 JSON 对象，收到的是 null"}},
	{CapErrJSONTopLevel, def{[]string{"kind"}, "invalid JSON: the top level must not be a JSON {kind}", "无效的 JSON：顶层不能是 JSON {kind}"}},
	{CapErrSDKNoMarker, def{nil, "no \"[DEBUG] http request: \" line found; enable it with profile.Debug = true in the SDK's ClientProfile",
		"没有找到 \"[DEBUG] http request: \" 行；请在 SDK 的 ClientProfile 中设置 profile.Debug = true 来启用它"}},
	{CapErrVerboseNoLines, def{nil, "no \"> \" request lines found in the curl -v output", "curl -v 的输出中没有找到 \"> \" 开头的请求行"}},
}

// Codes of the JSON request reader's errors and of the kinds of JSON
// value they name.
const (
	CapErrJSONMethod     Code = "capture.error.json.method"
	CapErrJSONURL        Code = "capture.error.json.url"
	CapErrJSONMissing    Code = "capture.error.json.missing"
	CapErrJSONNotString  Code = "capture.error.json.not_string"
	CapErrJSONBody       Code = "capture.error.json.body"
	CapErrJSONBothBodies Code = "capture.error.json.both_bodies"
	CapErrJSONBase64     Code = "capture.error.json.base64"
	CapErrJSONHeader     Code = "capture.error.json.header"
	CapErrJSONHeaderPair Code = "capture.error.json.header_pair"
	CapErrJSONHeaders    Code = "capture.error.json.headers"
	CapErrJSONManyHdrs   Code = "capture.error.json.many_headers"
	CapErrJSONEmptyName  Code = "capture.error.json.empty_name"
	CapKindObject        Code = "capture.kind.object"
	CapKindList          Code = "capture.kind.list"
	CapKindString        Code = "capture.kind.string"
	CapKindBool          Code = "capture.kind.bool"
	CapKindNull          Code = "capture.kind.null"
	CapKindNumber        Code = "capture.kind.number"
	CapKindFloat64       Code = "capture.kind.float64"
	CapErrFieldType      Code = "capture.error.field_type"
	CapTheEntry          Code = "capture.har.the_entry"
	// The names of JSON's types, as encoding/json's type errors spell
	// them, for the top level of a document.
	CapJSONTypeObject Code = "capture.json_type.object"
	CapJSONTypeArray  Code = "capture.json_type.array"
	CapJSONTypeString Code = "capture.json_type.string"
	CapJSONTypeNumber Code = "capture.json_type.number"
	CapJSONTypeBool   Code = "capture.json_type.bool"
)

var captureJSONErrorDefs = []entry{
	{CapErrJSONMethod, def{[]string{"method"}, "\"method\" {method} is not a valid HTTP method name", "\"method\" {method} 不是有效的 HTTP 方法名"}},
	{CapErrJSONURL, def{[]string{"url"}, "\"url\" must be an absolute URL like https://cvm.tencentcloudapi.com/, got {url}",
		"\"url\" 必须是 https://cvm.tencentcloudapi.com/ 这样的绝对 URL，收到的是 {url}"}},
	{CapErrJSONMissing, def{[]string{"key"}, "the request has no {key}", "请求中没有 {key}"}},
	{CapErrJSONNotString, def{[]string{"key", "kind"}, "{key} must be a string, got {kind}", "{key} 必须是字符串，收到的是{kind}"}},
	{CapErrJSONBody, def{[]string{"kind"}, "\"body\" must be a JSON string holding the exact bytes sent, got {kind}" +
		"; serialising it again could change key order, spacing or \\u escapes and so the payload hash",
		"\"body\" 必须是包含实际发送字节的 JSON 字符串，收到的是{kind}；再次序列化可能改变键的顺序、空白或 \\u 转义，从而改变请求体哈希"}},
	{CapErrJSONBothBodies, def{nil, "give either \"body\" or \"bodyBase64\", not both", "\"body\" 和 \"bodyBase64\" 只能给出一个"}},
	{CapErrJSONBase64, def{[]string{"error"}, "\"bodyBase64\" does not decode: {error}", "\"bodyBase64\" 无法解码：{error}"}},
	{CapErrJSONHeader, def{[]string{"name", "kind"}, "header {name} must be a string (or a list of strings), got {kind}", "头部 {name} 必须是字符串（或字符串列表），收到的是{kind}"}},
	{CapErrJSONHeaderPair, def{[]string{"i"}, "headers[{i}] must be [\"Name\", \"value\"] or {\"name\": …, \"value\": …}", "headers[{i}] 必须是 [\"Name\", \"value\"] 或 {\"name\": …, \"value\": …}"}},
	{CapErrJSONHeaders, def{[]string{"kind"}, "\"headers\" must be an object or a list, got {kind}", "\"headers\" 必须是对象或列表，收到的是{kind}"}},
	{CapErrJSONManyHdrs, def{[]string{"n", "max"}, "{n} headers, more than {max}", "有 {n} 个头部，超过 {max} 个"}},
	{CapErrJSONEmptyName, def{nil, "a header has an empty name", "有一个头部的名称为空"}},
	{CapKindObject, def{nil, "an object", "对象"}},
	{CapKindList, def{nil, "a list", "列表"}},
	{CapKindString, def{nil, "a string", "字符串"}},
	{CapKindBool, def{nil, "a boolean", "布尔值"}},
	{CapKindNull, def{nil, "null", " null"}},
	{CapKindNumber, def{nil, "a number", "数字"}},
	{CapKindFloat64, def{nil, "a number within float64's range", "float64 范围内的数字"}},
	{CapErrFieldType, def{[]string{"path", "want", "got"}, "{path} must be {want}, got {got}", "{path} 必须是{want}，收到的是{got}"}},
	{CapTheEntry, def{nil, "the entry", "该条目"}},
	{CapJSONTypeObject, def{nil, "object", "对象"}},
	{CapJSONTypeArray, def{nil, "array", "数组"}},
	{CapJSONTypeString, def{nil, "string", "字符串"}},
	{CapJSONTypeNumber, def{nil, "number", "数字"}},
	{CapJSONTypeBool, def{nil, "bool", "布尔值"}},
}

// Codes of the HAR reader's request to choose an entry.
const (
	CapErrHARNoneTencent Code = "capture.error.har.none_tencent"
	CapErrHARChoose      Code = "capture.error.har.choose"
	CapHARMoreEntries    Code = "capture.har.more_entries"
)

var captureHARChooseDefs = []entry{
	{CapErrHARNoneTencent, def{[]string{"n"}, "the HAR file has {n} entries and none (CORS preflights aside) is addressed to *.tencentcloudapi.com; choose the entry to check",
		"HAR 文件有 {n} 个条目，没有一个（CORS 预检请求除外）发往 *.tencentcloudapi.com；请选择要检查的条目"}},
	{CapErrHARChoose, def{[]string{"n", "k", "list", "more"}, "the HAR file has {n} entries, {k} of them to *.tencentcloudapi.com:{list}{more}; choose the entry to check",
		"HAR 文件有 {n} 个条目，其中 {k} 个发往 *.tencentcloudapi.com：{list}{more}；请选择要检查的条目"}},
	{CapHARMoreEntries, def{[]string{"n"}, " … and {n} more", " … 还有 {n} 个"}},
}
