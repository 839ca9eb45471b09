package message

// The API's own messages for its error codes ("Common Error Codes", 公共错误码,
// in both languages of the API 3.0 documentation), by code: APICode(code).
const apiPrefix = "api."

// APICode is the message code of the API's own message for an error code.
func APICode(errorCode string) Code { return Code(apiPrefix + errorCode) }

// Codes of verify that are not one call site's.
const (
	VSigMethodSays Code = "verify.signature_method_says"
	VFirstAt       Code = "verify.first_at"
	VAlsoRejected  Code = "verify.also_rejected"
	VUnknown       Code = "verify.unknown"
	VUnknownBody   Code = "verify.unknown_body_or_key"
	VUnknownTime   Code = "verify.unknown_timestamp"
	// The search for the timestamp a client signed.
	VTimestampEdited         Code = "verify.timestamp_edited"
	VTimestampLater          Code = "verify.timestamp_later"
	VTimestampEarlier        Code = "verify.timestamp_earlier"
	VTimestampSearchedDay    Code = "verify.timestamp_searched_day"
	VTimestampSearchedWindow Code = "verify.timestamp_searched_window"
	VTimestampSearchedPart   Code = "verify.timestamp_searched_part"
	VAPIFallback             Code = "verify.api_fallback"
	VLocalDate               Code = "verify.local_date"
	VSizeHintTC3             Code = "verify.size_hint_tc3"
	VScopeDateNotUTC         Code = "verify.scope_date_not_utc"
	VScopeDateLocal          Code = "verify.scope_date_local"
)

// apiMessages are the API's messages by error code: code, English, Chinese.
var apiMessages = [][3]string{
	{"AuthFailure.InvalidAuthorization", "Authorization in the request header is invalid.", "请求头部的 Authorization 不符合腾讯云标准。"},
	{"AuthFailure.SignatureExpire", "Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time.",
		"签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。"},
	{"AuthFailure.SignatureFailure", "The provided credentials could not be validated. Please check your signature is correct.",
		"签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。"},
	{"AuthFailure.SecretIdNotFound", "Key does not exist. Check if the key has been deleted or disabled in the console, and if not, check if the key is correctly entered. Note that whitespaces should not exist before or after the key.",
		"密钥不存在。请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。"},
	{"AuthFailure.TokenFailure", "Token error.", "Token 错误。"},
	{"RequestSizeLimitExceeded", "The request size exceeds the upper limit.", "请求包超过限制大小。"},
	{"UnsupportedProtocol", "HTTP(S) request protocol error; only GET and POST requests are supported.", "HTTP(S) 请求协议错误，只支持 GET 和 POST 请求。"},
	{"MissingParameter", "A parameter is missing.", "缺少参数错误。"},
	{"InvalidParameter", "Incorrect parameter.", "参数错误。"},
	{"InvalidParameterValue", "Invalid parameter value.", "参数取值错误。"},
	{"RequestLimitExceeded", "The number of requests exceeds the frequency limit.", "请求的次数超过了频率限制。"},
	{"InvalidRequest", "The request body could not be read.", "无法读取请求体。"},
}

var verifyMoreDefs = []entry{
	{VAPIFallback, def{[]string{"code"}, "The request failed with {code}.", "请求失败：{code}。"}},
	{VLocalDate, def{[]string{"date", "desc", "offset", "utc", "hours"},
		"the client used the local date {date} ({desc}, e.g. {offset}) instead of the UTC date of X-TC-Timestamp, {utc}; a client in {offset} fails {hours} hours every day",
		"客户端用了本地日期 {date}（{desc}，如 {offset}），而不是 X-TC-Timestamp 的 UTC 日期 {utc}；{offset} 的客户端每天会有 {hours} 小时签名失败"}},
	{VSizeHintTC3, def{nil, "use TC3-HMAC-SHA256, which allows 10 MB", "请改用 TC3-HMAC-SHA256，上限为 10 MB"}},
	{VScopeDateNotUTC, def{[]string{"date", "utc", "ts"}, "the credential date {date} is not {utc}, the UTC date of X-TC-Timestamp {ts}",
		"凭证日期 {date} 不是 X-TC-Timestamp {ts} 的 UTC 日期 {utc}"}},
	{VScopeDateLocal, def{[]string{"error", "desc", "offset", "hours"},
		"{error}; it is the local date in {desc}: use the UTC date (a client in {offset} fails {hours} hours every day)",
		"{error}；它是 {desc} 的本地日期：请使用 UTC 日期（{offset} 的客户端每天会有 {hours} 小时签名失败）"}},
	{VSigMethodSays, def{[]string{"said"}, "SignatureMethod says {said}", "SignatureMethod 写的是 {said}"}},
	{VFirstAt, def{[]string{"line", "column"}, " (first at line {line}, column {column})", "（首处在第 {line} 行第 {column} 列）"}},
	{VAlsoRejected, def{[]string{"code", "msg"}, "also rejected with {code}: {msg}", "也会以 {code} 拒绝：{msg}"}},
	{VUnknown, def{[]string{"searched"}, "no known mistake reproduces the signature{searched}: the SecretKey may be wrong, or the request, " +
		"its timestamp or its credential scope changed between signing and sending in a way tcsig does not try; compare the client's " +
		"own canonical request and string to sign with the expected ones: where they differ, the request changed; if they are equal, " +
		"the key differs",
		"没有已知的错误能复现这个签名{searched}：可能是 SecretKey 不对，也可能是请求、其时间戳或凭证范围在签名后、发送前以 tcsig 没有尝试的方式被改动了；" +
			"请把客户端自己的规范请求串和待签名字符串与期望值对比：有不同之处，就是请求被改动了；完全相同，则是密钥不同"}},
	{VUnknownBody, def{[]string{"searched", "hash"}, "no known mistake reproduces the signature{searched}; three explanations remain: " +
		"the body changed after it was signed, the timestamp or the credential scope (date, service) was edited, or the SecretKey is not " +
		"the one the client signed with. To tell them apart, compare the payload hash the client signed (the last line of its canonical " +
		"request) with this body's SHA-256, {hash}: if they differ, the body changed; if they are equal, compare the client's string to " +
		"sign with the expected one: a different timestamp or credential scope line means that was edited, and if that is equal too, " +
		"the key differs",
		"没有已知的错误能复现这个签名{searched}；剩下三种解释：请求体在签名后被改动，时间戳或凭证范围（日期、服务）被编辑过，" +
			"或者 SecretKey 不是客户端签名时用的那个。要区分它们，请把客户端签名的请求体哈希（其规范请求串的最后一行）与这个请求体的 " +
			"SHA-256 {hash} 对比：不同则是请求体被改动；相同则再把客户端的待签名字符串与期望值对比：时间戳或凭证范围那一行不同，" +
			"说明它被编辑过；也相同，则是密钥不同"}},
	{VTimestampEdited, def{[]string{"signed", "utc", "field", "sent", "delta", "code"},
		"the request was signed at {signed} ({utc} UTC), but {field} says {sent}, {delta}: the timestamp was changed after signing, " +
			"by hand or by a proxy, and the API answers {code}; sign the request again instead of editing its timestamp",
		"请求是在 {signed}（UTC {utc}）签名的，但 {field} 写的是 {sent}，{delta}：时间戳在签名后被手工或代理改动了，" +
			"API 会返回 {code}；请重新签名，而不要编辑时间戳"}},
	{VTimestampLater, def{[]string{"n"}, "{n} s later", "晚了 {n} 秒"}},
	{VTimestampEarlier, def{[]string{"n"}, "{n} s earlier", "早了 {n} 秒"}},
	{VTimestampSearchedDay, def{[]string{"date"}, ", nor does any other timestamp of {date}, the credential date",
		"，凭证日期 {date} 内的其他任何时间戳也不能"}},
	{VTimestampSearchedWindow, def{[]string{"field", "n"}, ", nor does any other {field} within {n} seconds of the one sent",
		"，与发送值相差 {n} 秒以内的其他任何 {field} 也不能"}},
	{VTimestampSearchedPart, def{[]string{"field", "n"},
		", nor does any other {field} within {n} seconds of the one sent (the search stopped there, at its work limit)",
		"，与发送值相差 {n} 秒以内的其他任何 {field} 也不能（搜索到此达到工作量上限而停止）"}},
	{VUnknownTime, def{[]string{"field"}, "the signature does not match either, and the timestamp explains that too: {field} is signed (its UTC date " +
		"is in the credential scope), so a timestamp changed after signing, by hand or by a proxy, breaks the signature; " +
		"sign again at the current time instead of editing the timestamp",
		"签名也不匹配，时间戳同样能解释这一点：{field} 参与签名（其 UTC 日期在凭证范围中），" +
			"所以签名后被手工或代理改动的时间戳会使签名失效；请用当前时间重新签名，而不要编辑时间戳"}},
}

// Codes of the JSON serialisations verify tries on a body (a cause's
// {how}): a layout, an escaping and a key order.
const (
	VForm          Code = "verify.form"
	VFormCompact   Code = "verify.form.compact"
	VFormPython    Code = "verify.form.python"
	VFormIndent2   Code = "verify.form.indent2"
	VFormIndent4   Code = "verify.form.indent4"
	VFormRawUTF8   Code = "verify.form.raw_utf8"
	VFormASCII     Code = "verify.form.ascii"
	VFormHTMLSafe  Code = "verify.form.html_safe"
	VFormSorted    Code = "verify.form.sorted"
	VFormOrderSent Code = "verify.form.order_sent"
)

var verifyFormDefs = []entry{
	{VForm, def{[]string{"layout", "escape", "order"}, "{layout}, {escape}, {order}", "{layout}，{escape}，{order}"}},
	{VFormCompact, def{nil, "compact", "紧凑格式"}},
	{VFormPython, def{nil, "Python json.dumps default separators \", \" and \": \"", "Python json.dumps 的默认分隔符 \", \" 和 \": \""}},
	{VFormIndent2, def{nil, "indented by 2 spaces", "缩进 2 个空格"}},
	{VFormIndent4, def{nil, "indented by 4 spaces", "缩进 4 个空格"}},
	{VFormRawUTF8, def{nil, "raw UTF-8", "原样的 UTF-8"}},
	{VFormASCII, def{nil, "non-ASCII as \\u escapes (Python ensure_ascii)", "非 ASCII 字符写成 \\u 转义（Python ensure_ascii）"}},
	{VFormHTMLSafe, def{nil, "<, >, & as \\u escapes (Go encoding/json)", "<、>、& 写成 \\u 转义（Go encoding/json）"}},
	{VFormSorted, def{nil, "keys sorted", "键已排序"}},
	{VFormOrderSent, def{nil, "keys in the order sent", "键保持发送时的顺序"}},
}
