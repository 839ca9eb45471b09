package message

// Codes of the signer: size limits, UTF-8, content type ↔ method, and the
// request's fields.
const (
	LimitOver           Code = "limit.over"
	LimitHint           Code = "limit.hint"
	LimitWhatQuery      Code = "limit.what.query"
	LimitWhatBody       Code = "limit.what.body"
	LimitRuleGET        Code = "limit.rule.get"
	LimitRulePOST       Code = "limit.rule.post"
	LimitHintPOST       Code = "limit.hint.post"
	LimitHintTC3        Code = "limit.hint.tc3"
	LimitHintSplit      Code = "limit.hint.split"
	EncodingInvalid     Code = "encoding.invalid"
	MissingCreds        Code = "credentials.missing"
	FieldRequired       Code = "field.required"
	FieldTimestampReq   Code = "field.timestamp.required"
	FieldTimestampMs    Code = "field.timestamp.ms"
	FieldTimestampWhole Code = "field.timestamp.whole"
	Wrapped             Code = "wrapped"
	FieldMethod         Code = "field.method"
	FieldSigMethod      Code = "field.signature_method"
	FieldHostBare       Code = "field.host.bare"
	FieldLineBreak      Code = "field.line_break"
	FieldNUL            Code = "field.nul"
	FieldHeaderName     Code = "field.header.name"
	FieldHeaderCtl      Code = "field.header.control"
	FieldPath           Code = "field.path"
	FieldParamEmpty     Code = "field.param.empty"
	CTEmpty             Code = "content_type.empty"
	CTGETForm           Code = "content_type.get_form"
	CTFormNeedsV1       Code = "content_type.form_needs_v1"
	CTNeedsTC3          Code = "content_type.needs_tc3"
	CTBoundary          Code = "content_type.boundary"
	CTUnsupportedTC3    Code = "content_type.unsupported_tc3"
	CTUnsupportedV1     Code = "content_type.unsupported_v1"
	TC3OmitSigMethod    Code = "tc3.omit_signature_method"
	TC3GETBody          Code = "tc3.get_body"
	TC3POSTParams       Code = "tc3.post_params"
	TC3SignedNotSent    Code = "tc3.signed_not_sent"
	TC3PayloadHash      Code = "tc3.payload_hash"
	TC3BadHeaderName    Code = "tc3.signed_headers.name"
	TC3SignsAuth        Code = "tc3.signed_headers.authorization"
	TC3PathWarning      Code = "tc3.path"
	V1Body              Code = "v1.body"
	V1TC3Only           Code = "v1.tc3_only"
	V1OmitSigMethod     Code = "v1.omit_signature_method"
	V1NonceRequired     Code = "v1.nonce.required"
	V1NonceInvalid      Code = "v1.nonce.invalid"
	DataInvalidJSON     Code = "data.invalid_json"
	DataTrailing        Code = "data.trailing"
	DataNotObject       Code = "data.not_object"
	DataTooLarge        Code = "data.too_large"
	DataDuplicate       Code = "data.duplicate"
	JSONPosition        Code = "json.position"
)

var signerDefs = []entry{
	{LimitOver, def{[]string{"what", "used", "limit", "size", "rule"},
		"request too large: {what} is {used} bytes, over the limit of {limit} bytes ({size}) for {rule}",
		"请求过大：{what}为 {used} 字节，超出上限 {limit} 字节（{size}；规则：{rule}）"}},
	{LimitHint, def{[]string{"error", "hint"}, "{error}; {hint}", "{error}；{hint}"}},
	{LimitWhatQuery, def{nil, "GET query string", "GET 查询串"}},
	{LimitWhatBody, def{nil, "POST body", "POST 请求体"}},
	{LimitRuleGET, def{nil, "GET requests", "GET 请求"}},
	{LimitRulePOST, def{[]string{"method"}, "POST with {method}", "使用 {method} 的 POST 请求"}},
	{LimitHintPOST, def{nil, "send it as POST (1 MB with HmacSHA1/256, 10 MB with TC3-HMAC-SHA256)",
		"请改用 POST 发送（HmacSHA1/256 上限 1 MB，TC3-HMAC-SHA256 上限 10 MB）"}},
	{LimitHintTC3, def{nil, "use TC3-HMAC-SHA256 with application/json, which allows 10 MB",
		"请改用 TC3-HMAC-SHA256 和 application/json，上限为 10 MB"}},
	{LimitHintSplit, def{nil, "split the request", "请拆分请求"}},
	{EncodingInvalid, def{[]string{"field", "offset"},
		"{field} is not valid UTF-8: invalid byte at offset {offset} (Tencent Cloud API accepts UTF-8 only)",
		"{field} 不是有效的 UTF-8：偏移 {offset} 处有无效字节（腾讯云 API 只接受 UTF-8）"}},
	{MissingCreds, def{nil, "missing credentials: SecretId and SecretKey are required",
		"缺少凭证：必须提供 SecretId 和 SecretKey"}},
	{FieldRequired, def{nil, "required", "必填"}},
	{FieldTimestampReq, def{nil, "required: Unix time in seconds", "必填：以秒为单位的 Unix 时间"}},
	{FieldTimestampMs, def{nil, "looks like milliseconds; X-TC-Timestamp is Unix time in seconds",
		"看起来是毫秒；X-TC-Timestamp 是以秒为单位的 Unix 时间"}},
	{FieldTimestampWhole, def{[]string{"got"}, "must be Unix time in whole seconds, got {got}",
		"必须是以整秒为单位的 Unix 时间，实际为 {got}"}},
	{Wrapped, def{[]string{"error"}, "{error}", "{error}"}},
	{FieldMethod, def{[]string{"method"}, "unsupported method {method}: Tencent Cloud API takes GET or POST",
		"不支持的方法 {method}：腾讯云 API 只接受 GET 或 POST"}},
	{FieldSigMethod, def{[]string{"method"}, "unknown signature method {method}: use TC3-HMAC-SHA256, HmacSHA256 or HmacSHA1",
		"未知的签名方法 {method}：请使用 TC3-HMAC-SHA256、HmacSHA256 或 HmacSHA1"}},
	{FieldHostBare, def{[]string{"host"}, "must be a bare host name such as cvm.tencentcloudapi.com, got {host}",
		"必须是单纯的域名，如 cvm.tencentcloudapi.com，实际为 {host}"}},
	{FieldLineBreak, def{nil, "contains a line break", "包含换行符"}},
	{FieldNUL, def{nil, "contains a NUL byte", "包含 NUL 字节"}},
	{FieldHeaderName, def{[]string{"name"}, "invalid header name {name}", "无效的头部名 {name}"}},
	{FieldHeaderCtl, def{[]string{"name"}, "{name} contains a line break or NUL byte",
		"{name} 包含换行符或 NUL 字节"}},
	{FieldPath, def{[]string{"path"}, "must be an absolute path such as /, without spaces, line breaks, ? or #, got {path}",
		"必须是绝对路径（如 /），不含空格、换行、? 或 #，实际为 {path}"}},
	{FieldParamEmpty, def{nil, "a parameter has an empty name", "有参数的名称为空"}},
	{CTEmpty, def{nil, "empty Content-Type", "Content-Type 为空"}},
	{CTGETForm, def{[]string{"form", "got"}, "GET requests must use {form}, not {got}",
		"GET 请求必须使用 {form}，而不是 {got}"}},
	{CTFormNeedsV1, def{[]string{"form"},
		"POST {form} needs HmacSHA1 or HmacSHA256; TC3-HMAC-SHA256 POST takes application/json or multipart/form-data",
		"POST {form} 需使用 HmacSHA1 或 HmacSHA256；TC3-HMAC-SHA256 的 POST 只接受 application/json 或 multipart/form-data"}},
	{CTNeedsTC3, def{[]string{"type", "method", "form"},
		"{type} needs TC3-HMAC-SHA256; {method} POST requests must be {form}",
		"{type} 需使用 TC3-HMAC-SHA256；{method} 的 POST 请求必须是 {form}"}},
	{CTBoundary, def{nil, "multipart/form-data needs its boundary parameter, signed as sent",
		"multipart/form-data 需要 boundary 参数，并按发送的原样签名"}},
	{CTUnsupportedTC3, def{[]string{"type"},
		"unsupported content type {type}; TC3-HMAC-SHA256 POST takes application/json, multipart/form-data or application/octet-stream",
		"不支持的 Content-Type {type}；TC3-HMAC-SHA256 的 POST 只接受 application/json、multipart/form-data 或 application/octet-stream"}},
	{CTUnsupportedV1, def{[]string{"type", "method", "form"},
		"unsupported content type {type}; {method} requests must be {form}",
		"不支持的 Content-Type {type}；{method} 请求必须是 {form}"}},
	{TC3OmitSigMethod, def{nil, "applies to HmacSHA1 only", "仅适用于 HmacSHA1"}},
	{TC3GETBody, def{nil, "a GET request has no body: its parameters go in the query string",
		"GET 请求没有请求体：参数放在查询串中"}},
	{TC3POSTParams, def{nil, "TC3-HMAC-SHA256 POST sends its parameters as the JSON body; params apply to GET and HmacSHA1/256 only",
		"TC3-HMAC-SHA256 的 POST 以 JSON 请求体发送参数；params 只适用于 GET 和 HmacSHA1/256"}},
	{TC3SignedNotSent, def{[]string{"name"}, "{name} is signed but not sent", "{name} 参与了签名，但没有发送"}},
	{TC3PayloadHash, def{nil, "must be the 64-character hex SHA-256 of the body",
		"必须是请求体的 SHA-256，64 个十六进制字符"}},
	{TC3BadHeaderName, def{[]string{"name"}, "invalid header name {name}", "无效的头部名 {name}"}},
	{TC3SignsAuth, def{nil, "authorization cannot sign itself", "authorization 不能对自身签名"}},
	{TC3PathWarning, def{[]string{"path"}, "path {path} is sent but TC3 signs the canonical URI \"/\"; API 3.0 uses \"/\" only",
		"发送的路径是 {path}，但 TC3 签名的规范 URI 是 \"/\"；API 3.0 只使用 \"/\""}},
	{V1Body, def{[]string{"method"}, "{method} sends action parameters as form fields, not a raw body: give them as params",
		"{method} 以表单字段发送接口参数，而不是原始请求体：请用 params 提供"}},
	{V1TC3Only, def{nil, "signedHeaders, unsignedPayload and payloadHash apply to TC3-HMAC-SHA256 only",
		"signedHeaders、unsignedPayload 和 payloadHash 只适用于 TC3-HMAC-SHA256"}},
	{V1OmitSigMethod, def{nil, "only HmacSHA1 may omit SignatureMethod: the server assumes HmacSHA1 without it",
		"只有 HmacSHA1 可以省略 SignatureMethod：缺省时服务端按 HmacSHA1 处理"}},
	{V1NonceRequired, def{[]string{"method"}, "required by {method}: a random positive integer",
		"{method} 必填：一个随机正整数"}},
	{V1NonceInvalid, def{[]string{"nonce"}, "must be a positive decimal integer, got {nonce}",
		"必须是十进制正整数，实际为 {nonce}"}},
	{DataInvalidJSON, def{[]string{"detail"}, "invalid JSON: {detail}", "JSON 无效：{detail}"}},
	{DataTrailing, def{nil, "invalid JSON: unexpected data after the top-level object",
		"JSON 无效：顶层对象之后还有多余内容"}},
	{DataNotObject, def{nil, "must be a JSON object of action parameters, such as {\"Limit\":1}",
		"必须是由接口参数组成的 JSON 对象，如 {\"Limit\":1}"}},
	{DataTooLarge, def{[]string{"budget", "get", "post"},
		"flattens to more than {budget} of parameter names and values (nested arrays repeat their whole path in every name); a GET carries at most {get} and an HmacSHA1/256 POST {post}",
		"展开后的参数名和值超过 {budget}（嵌套数组在每个名称中都会重复完整路径）；GET 最多携带 {get}，HmacSHA1/256 的 POST 最多 {post}"}},
	{DataDuplicate, def{[]string{"name"}, "parameter {name} is given twice (a dotted name and a nested one flatten to the same name)",
		"参数 {name} 出现了两次（带点的名称与嵌套的名称展开后相同）"}},
	{JSONPosition, def{[]string{"msg", "line", "column"}, "{msg} (line {line}, column {column})",
		"{msg}（第 {line} 行，第 {column} 列）"}},
}
