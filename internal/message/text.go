//go:build !js

package message

// textTables are the command line's own templates. The file is left out of
// the WebAssembly module (text_js.go), which never prints them.
var textTables = [][]entry{textDefs, textCredDefs, textVerifyDefs, textCatalogDefs, textSendDefs, textServeDefs, cliInputDefs}

// Codes of the command line's text output: headings, labels and the notes
// around the signature's steps. Protocol names (CanonicalRequest,
// SignedHeaders, TC3-HMAC-SHA256, header names) stay as they are in every
// language; the Chinese prose uses the terms of Tencent Cloud's own
// documentation (规范请求串, 待签名字符串, 计算签名).
const (
	TextEveryStep      Code = "text.every_step"
	TextLegend         Code = "text.legend"
	TextTC3Step1       Code = "text.tc3.step1"
	TextTC3Step2       Code = "text.tc3.step2"
	TextTC3Step3       Code = "text.tc3.step3"
	TextTC3Step4       Code = "text.tc3.step4"
	TextV1Step1        Code = "text.v1.step1"
	TextV1Step2        Code = "text.v1.step2"
	TextV1Step3        Code = "text.v1.step3"
	TextBody           Code = "text.body"
	TextQuery          Code = "text.query"
	TextBytes          Code = "text.bytes"
	TextEmpty          Code = "text.empty"
	TextPayloadGET     Code = "text.payload.get"
	TextPayloadBody    Code = "text.payload.body"
	TextPayloadUnsign  Code = "text.payload.unsigned"
	TextPayloadGiven   Code = "text.payload.given"
	TextCanonicalLines Code = "text.canonical_lines"
	TextHeadersEnd     Code = "text.headers_end"
	TextScopeNote      Code = "text.scope_note"
	TextRequestTC3     Code = "text.request.tc3"
	TextRequestV1      Code = "text.request.v1"
	TextSize           Code = "text.size"
	TextSizeUsed       Code = "text.size.used"
	TextHeaders        Code = "text.headers"
	TextHeaderBytes    Code = "text.header_bytes"
	TextCredentials    Code = "text.credentials"
	TextSource         Code = "text.source"
	TextWarnings       Code = "text.warnings"
	TextMoreBytes      Code = "text.more_bytes"
	TextWarnLine       Code = "text.warn_line"
)

var textDefs = []entry{
	{TextEveryStep, def{[]string{"method"}, "{method}: every step of the signature", "{method}：签名的每一步"}},
	{TextLegend, def{nil, "(invisible characters are shown by name: <LF> <CR> <TAB> <SP> (a space at a line end) <ESC> <NBSP> <BOM> ..., others as <U+XXXX>, bytes that are not UTF-8 as <xHH>)",
		"（不可见字符以名称显示：<LF> <CR> <TAB> <SP>（行尾的空格） <ESC> <NBSP> <BOM> ……，其他字符显示为 <U+XXXX>，不是 UTF-8 的字节显示为 <xHH>）"}},
	{TextTC3Step1, def{nil, "Step 1. Canonical request", "步骤 1：拼接规范请求串"}},
	{TextTC3Step2, def{nil, "Step 2. String to sign (lines joined by LF, none after the last)", "步骤 2：拼接待签名字符串（各行以 LF 连接，最后一行之后没有）"}},
	{TextTC3Step3, def{nil, "Step 3. Signature (keys shown in hex; each step uses the raw 32 bytes)", "步骤 3：计算签名（密钥以十六进制显示；每一步使用原始的 32 字节）"}},
	{TextTC3Step4, def{nil, "Step 4. Authorization header", "步骤 4：拼接 Authorization"}},
	{TextV1Step1, def{nil, "Step 1. Parameters sorted by name (byte order), raw values, not URL-encoded",
		"步骤 1：对参数排序（按参数名的字节序），使用原始值，不做 URL 编码"}},
	{TextV1Step2, def{nil, "Step 2. String to sign = METHOD + host + path + \"?\" + the name=value pairs joined by &",
		"步骤 2：拼接签名原文字符串 = 请求方法 + 域名 + 路径 + \"?\" + 以 & 连接的 name=value 对"}},
	{TextV1Step3, def{nil, "Step 3. Signature", "步骤 3：生成签名串"}},
	{TextBody, def{nil, "body", "请求体"}},
	{TextQuery, def{nil, "query", "查询串"}},
	{TextBytes, def{[]string{"n"}, "{n} bytes", "{n} 字节"}},
	{TextEmpty, def{nil, "(empty)", "（空）"}},
	{TextPayloadGET, def{nil, "= hex(SHA-256(\"\")): a GET has no body", "= hex(SHA-256(\"\"))：GET 请求没有请求体"}},
	{TextPayloadBody, def{nil, "= hex(SHA-256(body))", "= hex(SHA-256(请求体))"}},
	{TextPayloadUnsign, def{nil, "= hex(SHA-256(\"UNSIGNED-PAYLOAD\")): the body is not signed", "= hex(SHA-256(\"UNSIGNED-PAYLOAD\"))：请求体不参与签名"}},
	{TextPayloadGiven, def{nil, "= the payload hash given", "= 给定的请求体哈希值"}},
	{TextCanonicalLines, def{nil, "CanonicalRequest, line by line (lines joined by LF, none after the last):",
		"CanonicalRequest（规范请求串），逐行显示（各行以 LF 连接，最后一行之后没有）："}},
	{TextHeadersEnd, def{nil, "(empty line: every header line ends with LF)", "（空行：每个头部行都以 LF 结尾）"}},
	{TextScopeNote, def{nil, "= Date/service/tc3_request; Date is the timestamp's UTC date", "= Date/service/tc3_request；Date 是时间戳的 UTC 日期"}},
	{TextRequestTC3, def{nil, "Request to send", "要发送的请求"}},
	{TextRequestV1, def{nil, "Request to send (every value URL-encoded, Signature added)", "要发送的请求（每个值都做 URL 编码，并加上 Signature）"}},
	{TextSize, def{nil, "Size", "大小"}},
	{TextSizeUsed, def{[]string{"used", "limit", "human", "rule"}, "{used} of {limit} bytes ({human}) allowed for {rule}",
		"{used} 字节，{rule}的上限为 {limit} 字节（{human}）"}},
	{TextHeaders, def{nil, "headers", "头部"}},
	{TextHeaderBytes, def{[]string{"n"}, "{n} bytes (not counted against the limit)", "{n} 字节（不计入上限）"}},
	{TextCredentials, def{nil, "Credentials", "凭证"}},
	{TextSource, def{nil, "source", "来源"}},
	{TextWarnings, def{nil, "Warnings", "警告"}},
	{TextWarnLine, def{[]string{"warning", "text"}, "{warning}: {text}", "{warning}：{text}"}},
	{TextMoreBytes, def{[]string{"n"}, "… {n} more bytes not shown (--output http or curl has them all)",
		"…… 另有 {n} 字节未显示（--output http 或 curl 会输出全部内容）"}},
}

// Codes of where the credentials came from, of the catalog's notes on
// stderr, and of flag warnings.
const (
	CredEnvironment  Code = "text.cred.environment"
	CredTwo          Code = "text.cred.two"
	CredThree        Code = "text.cred.three"
	CredProfileFile  Code = "text.cred.profile_file"
	CredTCCLI        Code = "text.cred.tccli"
	CredTokenFlag    Code = "text.cred.token_flag"
	CredWithToken    Code = "text.cred.with_token"
	CredOnCmdLine    Code = "text.cred.on_command_line"
	CatVersionNewest Code = "text.catalog.version_newest"
	CatVersionLacks  Code = "text.catalog.version_lacks"
	CatIntlHost      Code = "text.catalog.intl_host"
	CatFindingLine   Code = "text.catalog.finding"
)

var textCredDefs = []entry{
	{CredEnvironment, def{[]string{"list"}, "environment ({list})", "环境变量（{list}）"}},
	{CredTwo, def{[]string{"a", "b"}, "{a} and {b}", "{a} 和 {b}"}},
	{CredThree, def{[]string{"a", "b", "c"}, "{a}, {b} and {c}", "{a}、{b} 和 {c}"}},
	{CredProfileFile, def{[]string{"path", "profile"}, "profile file {path} [{profile}]", "配置文件 {path} [{profile}]"}},
	{CredTCCLI, def{[]string{"path"}, "tccli profile {path}", "tccli 配置文件 {path}"}},
	{CredTokenFlag, def{nil, ", token from --token", "，Token 来自 --token"}},
	{CredWithToken, def{nil, ", with its token", "，含其中的 Token"}},
	{CredOnCmdLine, def{[]string{"flag", "env"}, "{flag} puts a credential on the command line, where ps and shell history keep it; set ${env} instead",
		"{flag} 把凭证放在了命令行上，ps 和 shell 历史会记下它；请改为设置 ${env}"}},
	{CatVersionNewest, def{[]string{"version", "service", "action"}, "--version {version} (the newest version of {service} with {action} in the catalog)",
		"--version {version}（目录中含有 {action} 的 {service} 最新版本）"}},
	{CatVersionLacks, def{[]string{"version", "service", "action"}, "--version {version} (the newest version of {service} in the catalog, which lacks {action})",
		"--version {version}（目录中 {service} 的最新版本，其中没有 {action}）"}},
	{CatIntlHost, def{[]string{"host", "service"}, "--host {host} (the catalog knows {service} only from the international SDK)",
		"--host {host}（目录只在国际站 SDK 中有 {service}）"}},
	{CatFindingLine, def{[]string{"finding"}, "catalog: {finding}", "目录：{finding}"}},
}

// Codes of tcsig verify's text report.
const (
	VTValid          Code = "text.verify.valid"
	VTInvalid        Code = "text.verify.invalid"
	VTNotVerified    Code = "text.verify.not_verified"
	VTCannotVerify   Code = "text.verify.cannot_verify"
	VTCauses         Code = "text.verify.causes"
	VTWarnings       Code = "text.verify.warnings"
	VTReceived       Code = "text.verify.received"
	VTSigMethod      Code = "text.verify.signature_method"
	VTHost           Code = "text.verify.host"
	VTAction         Code = "text.verify.action"
	VTVersion        Code = "text.verify.version"
	VTRegion         Code = "text.verify.region"
	VTSecretID       Code = "text.verify.secret_id"
	VTService        Code = "text.verify.service"
	VTTimestamp      Code = "text.verify.timestamp"
	VTScope          Code = "text.verify.credential_scope"
	VTSignedHeaders  Code = "text.verify.signed_headers"
	VTSignature      Code = "text.verify.signature"
	VTSkew           Code = "text.verify.skew"
	VTSkewValue      Code = "text.verify.skew_value"
	VTExpected       Code = "text.verify.expected"
	VTCanonical      Code = "text.verify.canonical_request"
	VTHashedPayload  Code = "text.verify.hashed_payload"
	VTHashedCanon    Code = "text.verify.hashed_canonical_request"
	VTStringToSign   Code = "text.verify.string_to_sign"
	VTDiff           Code = "text.verify.diff"
	VTDiffAt         Code = "text.verify.diff_at"
	VTDiffExpected   Code = "text.verify.diff_expected"
	VTDiffClient     Code = "text.verify.diff_client"
	VTCatalog        Code = "text.verify.catalog"
	VTCatalogFinding Code = "text.verify.catalog_finding"
	VTReading        Code = "text.verify.reading"
	VTInputTooLarge  Code = "text.verify.input_too_large"
	VTClientTooLarge Code = "text.verify.client_text_too_large"
	VTClientEmpty    Code = "text.verify.client_text_empty"
)

var textVerifyDefs = []entry{
	{VTValid, def{nil, "VALID: the API would accept this request's signature", "有效：API 会接受这个请求的签名"}},
	{VTInvalid, def{[]string{"code", "check"}, "INVALID: {code} [{check}]", "无效：{code} [{check}]"}},
	{VTNotVerified, def{[]string{"reason"}, "NOT VERIFIED: {reason}", "未能验证：{reason}"}},
	{VTCannotVerify, def{[]string{"name", "reason"}, "{name}: cannot verify: {reason}", "{name}：无法验证：{reason}"}},
	{VTCauses, def{nil, "Causes (mistakes that reproduce the received signature):", "原因（能复现所收到签名的错误）："}},
	{VTWarnings, def{nil, "Warnings:", "警告："}},
	{VTReceived, def{nil, "Received:", "收到的请求："}},
	{VTSigMethod, def{nil, "signature method:", "签名方法："}},
	{VTHost, def{nil, "host:", "域名："}},
	{VTAction, def{nil, "action:", "接口名称："}},
	{VTVersion, def{nil, "version:", "版本："}},
	{VTRegion, def{nil, "region:", "地域："}},
	{VTSecretID, def{nil, "SecretId:", "SecretId："}},
	{VTService, def{nil, "service:", "服务："}},
	{VTTimestamp, def{nil, "timestamp:", "时间戳："}},
	{VTScope, def{nil, "credential scope:", "凭证范围："}},
	{VTSignedHeaders, def{nil, "signed headers:", "参与签名的头部："}},
	{VTSignature, def{nil, "signature:", "签名："}},
	{VTSkew, def{nil, "clock skew:", "时钟偏差："}},
	{VTSkewValue, def{[]string{"skew", "max"}, "{skew} s (now minus timestamp; the limit is ±{max} s)", "{skew} 秒（当前时间减去时间戳；上限为 ±{max} 秒）"}},
	{VTExpected, def{nil, "Expected (recomputed from the received bytes):", "预期（根据收到的字节重新计算）："}},
	{VTCanonical, def{nil, "canonical request:", "规范请求串："}},
	{VTHashedPayload, def{nil, "hashed payload:", "请求体哈希值："}},
	{VTHashedCanon, def{nil, "hashed canonical request:", "规范请求串哈希值："}},
	{VTStringToSign, def{nil, "string to sign:", "待签名字符串："}},
	{VTDiff, def{nil, "Diff (expected vs the client's own text):", "差异（预期与客户端自己的文本对比）："}},
	{VTDiffAt, def{[]string{"what", "line", "column"}, "{what}, line {line}, column {column}:", "{what}，第 {line} 行第 {column} 列："}},
	{VTDiffExpected, def{nil, "expected:", "预期："}},
	{VTDiffClient, def{nil, "client:", "客户端："}},
	{VTCatalog, def{nil, "Catalog warnings (beyond the signature; the catalog can lag behind the API):", "目录警告（签名之外的问题；目录可能落后于 API）："}},
	{VTReading, def{[]string{"name", "error"}, "reading {name}: {error}", "读取 {name} 出错：{error}"}},
	{VTInputTooLarge, def{[]string{"name", "max"}, "{name} is over {max} bytes (16 MiB), the most tcsig reads; a Tencent Cloud request is at most 10 MB",
		"{name} 超过 {max} 字节（16 MiB），这是 tcsig 读取的上限；腾讯云请求最大为 10 MB"}},
	{VTClientTooLarge, def{[]string{"flag", "path", "max"}, "{flag}: {path} is over {max} bytes (1 MiB); a canonical request or string to sign is far smaller",
		"{flag}：{path} 超过 {max} 字节（1 MiB）；规范请求串或待签名字符串远比这小"}},
	{VTClientEmpty, def{[]string{"flag", "path"}, "{flag}: {path} is empty", "{flag}：{path} 是空的"}},
	{VTCatalogFinding, def{[]string{"cause", "message", "code"}, "{cause}: {message} [the API answers {code}]", "{cause}：{message} [API 会返回 {code}]"}},
}

// Codes of tcsig catalog's text output. Tencent Cloud's API documentation
// calls the parameter tables 输入参数 and 输出参数.
const (
	CTAbout       Code = "text.catalog.about"
	CTService     Code = "text.catalog.col_service"
	CTVersion     Code = "text.catalog.col_version"
	CTActions     Code = "text.catalog.col_actions"
	CTHost        Code = "text.catalog.col_host"
	CTIntlOnly    Code = "text.catalog.intl_only"
	CTServices    Code = "text.catalog.services"
	CTVersions    Code = "text.catalog.versions"
	CTDefault     Code = "text.catalog.default"
	CTActionsOf   Code = "text.catalog.actions_of"
	CTHostLine    Code = "text.catalog.host"
	CTIntlHost    Code = "text.catalog.intl_host_line"
	CTNoMatch     Code = "text.catalog.no_match"
	CTActionTitle Code = "text.catalog.action_title"
	CTRequest     Code = "text.catalog.request"
	CTNoRequired  Code = "text.catalog.no_required"
	CTResponse    Code = "text.catalog.response"
	CTNone        Code = "text.catalog.none"
	CTRequired    Code = "text.catalog.required"
)

var textCatalogDefs = []entry{
	{CTAbout, def{nil, "The catalog is generated from these npm packages (make catalog):", "目录由以下 npm 包生成（make catalog）："}},
	{CTService, def{nil, "SERVICE", "服务"}},
	{CTVersion, def{nil, "VERSION", "版本"}},
	{CTActions, def{nil, "ACTIONS", "接口数"}},
	{CTHost, def{nil, "HOST", "域名"}},
	{CTIntlOnly, def{[]string{"host"}, "{host} (international only)", "{host}（仅国际站）"}},
	{CTServices, def{[]string{"n"}, "{n} services. tcsig catalog SERVICE lists its actions; --about names the source.",
		"共 {n} 个服务。tcsig catalog SERVICE 列出服务的接口；--about 列出数据来源。"}},
	{CTVersions, def{nil, "Versions:", "版本："}},
	{CTDefault, def{nil, " (default)", "（默认）"}},
	{CTActionsOf, def{[]string{"version", "n"}, "Actions of {version} ({n}):", "{version} 的接口（{n} 个）："}},
	{CTHostLine, def{[]string{"host"}, "Host: {host}", "域名：{host}"}},
	{CTIntlHost, def{[]string{"host"}, "International host: {host}", "国际站域名：{host}"}},
	{CTNoMatch, def{[]string{"query"}, "No action matches {query}.", "没有接口与 {query} 匹配。"}},
	{CTActionTitle, def{[]string{"service", "action", "version"}, "{service} {action} (version {version})", "{service} {action}（版本 {version}）"}},
	{CTRequest, def{nil, "Request parameters:", "输入参数："}},
	{CTNoRequired, def{nil, "(only the international package knows this version: required marks unknown)",
		"（只有国际站的包含有这个版本：不知道哪些参数必选）"}},
	{CTResponse, def{nil, "Response fields:", "输出参数："}},
	{CTNone, def{nil, "(none)", "（无）"}},
	{CTRequired, def{nil, "required", "必选"}},
}

// Codes of tcsig send's text report and timeline.
const (
	STFrom        Code = "text.send.from"
	STError       Code = "text.send.error"
	STMeans       Code = "text.send.means"
	STNext        Code = "text.send.next"
	STClock       Code = "text.send.clock"
	STClockOut    Code = "text.send.clock_outside"
	STCredentials Code = "text.send.credentials"
	STTimeline    Code = "text.send.timeline"
	STReused      Code = "text.send.reused"
	STConnect     Code = "text.send.phase.connect"
	STFirstByte   Code = "text.send.phase.first_byte"
	STTotal       Code = "text.send.phase.total"
	STFailed      Code = "text.send.failed"
	STSinceStart  Code = "text.send.since_start"
	STReceived    Code = "text.send.received"
)

var textSendDefs = []entry{
	{STFrom, def{[]string{"status", "url"}, "HTTP {status} from {url}", "HTTP {status}，来自 {url}"}},
	{STError, def{[]string{"code", "message"}, "Error {code}: {message}", "错误 {code}：{message}"}},
	{STMeans, def{[]string{"text"}, "What it means: {text}", "含义：{text}"}},
	{STNext, def{[]string{"text"}, "Next: {text}", "下一步：{text}"}},
	{STClock, def{[]string{"time", "skew", "max"}, "Clock: the server's time is {time}; the request's timestamp is {skew} s from it (the API accepts ±{max} s)",
		"时钟：服务器时间为 {time}；请求的时间戳与它相差 {skew} 秒（API 接受 ±{max} 秒）"}},
	{STClockOut, def{nil, ": outside, so the API rejects it (AuthFailure.SignatureExpire)", "：超出范围，因此 API 会拒绝它（AuthFailure.SignatureExpire）"}},
	{STCredentials, def{[]string{"source"}, "Credentials: {source}", "凭证：{source}"}},
	{STTimeline, def{nil, "Timeline", "时间线"}},
	{STReused, def{nil, "(connection reused: no DNS, connect or TLS)", "（复用了连接：没有 DNS、连接和 TLS 阶段）"}},
	{STConnect, def{nil, "connect", "连接"}},
	{STFirstByte, def{nil, "first byte", "首字节"}},
	{STTotal, def{nil, "total", "总计"}},
	{STFailed, def{nil, "failed", "失败"}},
	{STSinceStart, def{nil, "since the start", "从开始算起"}},
	{STReceived, def{[]string{"n"}, "{n} B of body received", "收到响应体 {n} B"}},
}

// Codes of the start-up and shutdown lines of tcsig emulate and tcsig serve.
const (
	EmulateListening Code = "text.emulate.listening"
	EmulateOpen      Code = "text.emulate.open"
	EmulateStopped   Code = "text.emulate.stopped"
	ServeServing     Code = "text.serve.serving"
	ServeOpen        Code = "text.serve.open"
	ServeStopped     Code = "text.serve.stopped"
)

var textServeDefs = []entry{
	{EmulateListening, def{[]string{"addr"}, "listening on http://{addr}/", "正在监听 http://{addr}/"}},
	{EmulateOpen, def{[]string{"addr", "hosts"}, "listening beyond this machine: anyone who can reach {addr} can probe which keys it accepts; it answers requests for {hosts} only",
		"监听范围超出本机：能访问 {addr} 的任何人都能探测它接受哪些密钥；它只应答发往 {hosts} 的请求"}},
	{EmulateStopped, def{nil, "stopped", "已停止"}},
	{ServeServing, def{[]string{"url"}, "serving the playground at {url}", "演练场已在 {url} 提供服务"}},
	{ServeOpen, def{[]string{"addr"}, "listening beyond this machine: anyone who can reach {addr} can use the relay and probe the emulator's keys; run it where nothing sensitive is reachable",
		"监听范围超出本机：能访问 {addr} 的任何人都能使用中继并探测模拟器的密钥；请在访问不到敏感资源的地方运行它"}},
	{ServeStopped, def{nil, "stopped", "已停止"}},
}
