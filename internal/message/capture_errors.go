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
