package message

// Codes of verify: its checks, warnings and causes.
const (
	VAuthorizationFormat   Code = "verify.authorization_format"
	VAuthorizationMissing  Code = "verify.authorization_missing"
	VAuthorizationSkip     Code = "verify.authorization_skip"
	VAuthorizationSpacing  Code = "verify.authorization_spacing"
	VBodyBigInteger        Code = "verify.body_big_integer"
	VBodyBom               Code = "verify.body_bom"
	VBodyChanged           Code = "verify.body_changed"
	VBodyEndsWithNewline   Code = "verify.body_ends_with_newline"
	VBodyReserialised      Code = "verify.body_reserialised"
	VBodyTrailingNewline   Code = "verify.body_trailing_newline"
	VCanonicalHeadersNL    Code = "verify.canonical_headers_n_l"
	VClientText            Code = "verify.client_text"
	VClientTextUnrelated   Code = "verify.client_text_unrelated"
	VClockSkew             Code = "verify.clock_skew"
	VContentSha256Ignored  Code = "verify.content_sha256_ignored"
	VContentTypeCharset    Code = "verify.content_type_charset"
	VContentTypeMissing    Code = "verify.content_type_missing"
	VContentTypeMissing2   Code = "verify.content_type_missing2"
	VContentTypeMissing3   Code = "verify.content_type_missing3"
	VDiffEqual             Code = "verify.diff_equal"
	VHeaderDuplicate       Code = "verify.header_duplicate"
	VHeaderMissing         Code = "verify.header_missing"
	VHeaderValueCase       Code = "verify.header_value_case"
	VHexUppercase          Code = "verify.hex_uppercase"
	VHexUppercase2         Code = "verify.hex_uppercase2"
	VHexUppercase3         Code = "verify.hex_uppercase3"
	VHmacSHA1VsSHA256      Code = "verify.hmac_s_h_a1_vs_s_h_a256"
	VHostMissing           Code = "verify.host_missing"
	VHostSigned            Code = "verify.host_signed"
	VHostSignedV1          Code = "verify.host_signed_v1"
	VIncomplete            Code = "verify.incomplete"
	VIncomplete2           Code = "verify.incomplete2"
	VIncomplete3           Code = "verify.incomplete3"
	VIncomplete4           Code = "verify.incomplete4"
	VMethod                Code = "verify.method"
	VMethodCase            Code = "verify.method_case"
	VNonceFormat           Code = "verify.nonce_format"
	VParamDuplicate        Code = "verify.param_duplicate"
	VParamMissing          Code = "verify.param_missing"
	VPathNotRoot           Code = "verify.path_not_root"
	VQueryDoubleEncoded    Code = "verify.query_double_encoded"
	VQueryEncoding         Code = "verify.query_encoding"
	VQueryLowercaseEscape  Code = "verify.query_lowercase_escape"
	VRegionMissing         Code = "verify.region_missing"
	VRegionUnknown         Code = "verify.region_unknown"
	VScopeDateLocalTime    Code = "verify.scope_date_local_time"
	VScopeServiceMismatch  Code = "verify.scope_service_mismatch"
	VSecretIdCharset       Code = "verify.secret_id_charset"
	VSecretIdUnknown       Code = "verify.secret_id_unknown"
	VSecretIdWhitespace    Code = "verify.secret_id_whitespace"
	VSecretKeyCharset      Code = "verify.secret_key_charset"
	VSecretKeyWhitespace   Code = "verify.secret_key_whitespace"
	VSecretWhitespace      Code = "verify.secret_whitespace"
	VServiceMismatch       Code = "verify.service_mismatch"
	VServiceMismatch2      Code = "verify.service_mismatch2"
	VSignature             Code = "verify.signature"
	VSignatureMethod       Code = "verify.signature_method"
	VSignedHeaderMissing   Code = "verify.signed_header_missing"
	VSignedHeadersCase     Code = "verify.signed_headers_case"
	VSignedHeadersOrder    Code = "verify.signed_headers_order"
	VSignedHeadersRequired Code = "verify.signed_headers_required"
	VTimestampFormat       Code = "verify.timestamp_format"
	VTimestampFractional   Code = "verify.timestamp_fractional"
	VTimestampMilliseconds Code = "verify.timestamp_milliseconds"
	VTimestampMissing      Code = "verify.timestamp_missing"
	VTimestampWhitespace   Code = "verify.timestamp_whitespace"
	VTokenMismatch         Code = "verify.token_mismatch"
	VTokenMissing          Code = "verify.token_missing"
	VUnsignedPayload       Code = "verify.unsigned_payload"
	VUnsignedPayload2      Code = "verify.unsigned_payload2"
	VV1SortOrder           Code = "verify.v1_sort_order"
	VV1ValuesURLEncoded    Code = "verify.v1_values_u_r_l_encoded"
)

var verifyDefs = []entry{
	{VAuthorizationFormat, def{[]string{"problem"},
		"malformed Authorization header: {problem}",
		"Authorization 头部格式错误：{problem}"}},
	{VAuthorizationMissing, def{nil,
		"the request is not signed: no Authorization header (TC3-HMAC-SHA256) and no Signature parameter (HmacSHA1/HmacSHA256)",
		"请求未签名：没有 Authorization 头部（TC3-HMAC-SHA256），也没有 Signature 参数（HmacSHA1/HmacSHA256）"}},
	{VAuthorizationSkip, def{nil,
		"Authorization: SKIP is an unsigned request, accepted only by the few APIs that allow skip-sign; there is no signature to verify",
		"Authorization: SKIP 表示未签名的请求，只有少数允许免签名的 API 接受；没有可校验的签名"}},
	{VAuthorizationSpacing, def{nil,
		"the Authorization parts are not separated by exactly \", \" as documented; whether the API tolerates this is unconfirmed",
		"Authorization 的各部分没有按文档用 \", \" 分隔；API 是否容忍这一点尚未确认"}},
	{VBodyBigInteger, def{[]string{"n"},
		"the body has the integer {n}, beyond 2^53: JavaScript and other float64 JSON parsers change it when re-serialising",
		"请求体中的整数 {n} 超过 2^53：JavaScript 等以 float64 解析 JSON 的库重新序列化时会改变它"}},
	{VBodyBom, def{nil,
		"the body starts with a UTF-8 byte order mark (EF BB BF); it is hashed as sent, but JSON parsers and signers often drop it",
		"请求体以 UTF-8 字节序标记（EF BB BF）开头；它按发送的原样参与哈希，但 JSON 解析器和签名代码常会丢掉它"}},
	{VBodyChanged, def{[]string{"signed", "payloadHash"},
		"the client signed a body whose SHA-256 is {signed} (the last line of its canonical request), but the body received hashes to {payloadHash}: the body changed between signing and sending (edited, re-serialised or re-encoded); send exactly the bytes you signed",
		"客户端签名的请求体 SHA-256 是 {signed}（其规范请求串的最后一行），而收到的请求体哈希是 {payloadHash}：请求体在签名后、发送前被改动了（编辑、重新序列化或重新编码）；请原样发送签名的字节"}},
	{VBodyEndsWithNewline, def{nil,
		"the body ends with a newline; it is part of the signed bytes, and editors and HTTP tools add or drop it silently",
		"请求体以换行结尾；它是签名字节的一部分，编辑器和 HTTP 工具会悄悄加上或去掉它"}},
	{VBodyReserialised, def{[]string{"how"},
		"the client signed the JSON body serialised differently ({how}) from the bytes sent; serialise once and hash and send those bytes",
		"客户端签名的 JSON 请求体与发送的字节序列化方式不同（{how}）；只序列化一次，对这些字节计算哈希并发送"}},
	{VBodyTrailingNewline, def{[]string{"how"},
		"the client signed the body {how}; hash exactly the bytes you send",
		"客户端签名的请求体：{how}；请对发送的字节原样计算哈希"}},
	{VCanonicalHeadersNL, def{[]string{"how"},
		"the client built the canonical request {how}",
		"客户端构造规范请求串的方式：{how}"}},
	{VClientText, def{[]string{"name", "where"},
		"the client's own {name} reproduces the received signature, so the mistake is where it differs from the expected one{where}",
		"客户端自己的{name}能算出收到的签名，所以错误就在它与期望值不同的地方{where}"}},
	{VClientTextUnrelated, def{[]string{"name"},
		"the client's {name} does not reproduce the received signature with this key: it may be from another request, or the key differs",
		"用这个密钥，客户端的{name}算不出收到的签名：它可能来自另一个请求，或者密钥不同"}},
	{VClockSkew, def{[]string{"field", "v", "abs", "dir", "unix", "maxSkew"},
		"signature expired: {field} {v} is {abs} s {dir} now ({unix}); the limit is {maxSkew} s (5 minutes): sync the clock and sign with the current time",
		"签名已过期：{field} {v} 与当前时间（{unix}）相差 {abs} 秒（{dir}）；上限是 {maxSkew} 秒（5 分钟）：请校准时钟，用当前时间签名"}},
	{VContentSha256Ignored, def{[]string{"sha"},
		"X-TC-Content-SHA256 is {sha}; only UNSIGNED-PAYLOAD has a meaning, so the body is hashed",
		"X-TC-Content-SHA256 是 {sha}；只有 UNSIGNED-PAYLOAD 有意义，所以仍对请求体计算哈希"}},
	{VContentTypeCharset, def{[]string{"alt", "sent"},
		"the client signed Content-Type {alt} but sent {sent}; sign exactly the header you send (some HTTP libraries add or drop the charset)",
		"客户端签名的 Content-Type 是 {alt}，发送的却是 {sent}；请对发送的头部原样签名（有些 HTTP 库会加上或去掉 charset）"}},
	{VContentTypeMissing, def{[]string{"sigMethod"},
		"no Content-Type on a {sigMethod} GET; the SDK sends none, the documentation names application/x-www-form-urlencoded",
		"{sigMethod} 的 GET 请求没有 Content-Type；SDK 不发送它，文档写的是 application/x-www-form-urlencoded"}},
	{VContentTypeMissing2, def{nil,
		"no Content-Type: TC3-HMAC-SHA256 requires it and always signs it",
		"没有 Content-Type：TC3-HMAC-SHA256 必须有它，并且总会对它签名"}},
	{VContentTypeMissing3, def{[]string{"sigMethod"},
		"no Content-Type: a {sigMethod} POST must be application/x-www-form-urlencoded",
		"没有 Content-Type：{sigMethod} 的 POST 请求必须是 application/x-www-form-urlencoded"}},
	{VDiffEqual, def{[]string{"name"},
		"the client's {name} is identical to the expected one",
		"客户端的{name}与期望值完全相同"}},
	{VHeaderDuplicate, def{[]string{"n", "vs"},
		"the {n} header appears {vs} times; the first is used, proxies may pick another",
		"{n} 头部出现了 {vs} 次；使用第一个，代理可能选另一个"}},
	{VHeaderMissing, def{[]string{"h"},
		"the {h} header is missing",
		"缺少 {h} 头部"}},
	{VHeaderValueCase, def{[]string{"how"},
		"the client signed the header values {how}; canonical header values are trimmed and lower-cased",
		"客户端对头部值的签名方式是：{how}；规范头部的值要去掉首尾空白并转为小写"}},
	{VHexUppercase, def{nil,
		"the signature is in upper-case hex; TC3 uses lower-case hex",
		"签名是大写十六进制；TC3 使用小写十六进制"}},
	{VHexUppercase2, def{nil,
		"the client hashed the payload to upper-case hex; TC3 uses lower-case hex",
		"客户端把请求体哈希写成了大写十六进制；TC3 使用小写十六进制"}},
	{VHexUppercase3, def{nil,
		"the client wrote the canonical request's hash in upper-case hex; TC3 uses lower-case hex",
		"客户端把规范请求串的哈希写成了大写十六进制；TC3 使用小写十六进制"}},
	{VHmacSHA1VsSHA256, def{[]string{"other", "how"},
		"the client computed {other} but {how}; the HMAC must match SignatureMethod",
		"客户端计算的是 {other}，但 {how}；HMAC 必须与 SignatureMethod 一致"}},
	{VHostMissing, def{nil,
		"the request has no Host: the host is a signed header",
		"请求没有 Host：域名是参与签名的头部"}},
	{VHostSigned, def{[]string{"host", "sent"},
		"the client signed host {host} but sent the request to {sent}; the host is signed, so sign the host you send to",
		"客户端签名的域名是 {host}，请求却发往 {sent}；域名参与签名，请对实际发往的域名签名"}},
	{VHostSignedV1, def{[]string{"host", "host1"},
		"the client signed host {host} but sent the request to {host1}; the host is part of the string to sign",
		"客户端签名的域名是 {host}，请求却发往 {host1}；域名是待签名字符串的一部分"}},
	{VIncomplete, def{nil,
		"no request",
		"没有请求"}},
	{VIncomplete2, def{nil,
		"no SecretKey given: the signature cannot be recomputed",
		"没有提供 SecretKey：无法重新计算签名"}},
	{VIncomplete3, def{nil,
		"the capture does not show the body (curl -v never prints it): capture the request with its body, e.g. as raw HTTP or curl --trace-ascii",
		"捕获内容中没有请求体（curl -v 从不打印它）：请连同请求体一起捕获，如原始 HTTP 或 curl --trace-ascii"}},
	{VIncomplete4, def{nil,
		"the capture does not show the form body, which holds the parameters and the signature: capture the request with its body",
		"捕获内容中没有表单请求体，而参数和签名都在其中：请连同请求体一起捕获"}},
	{VMethod, def{[]string{"method"},
		"method {method} is not supported: the API takes GET or POST only",
		"不支持方法 {method}：API 只接受 GET 或 POST"}},
	{VMethodCase, def{[]string{"method"},
		"method {method} is not upper case; HTTP methods are case-sensitive and the API expects GET or POST",
		"方法 {method} 不是大写；HTTP 方法区分大小写，API 只接受 GET 或 POST"}},
	{VNonceFormat, def{[]string{"n"},
		"Nonce {n} is not a positive integer, as the documentation asks",
		"Nonce {n} 不是文档要求的正整数"}},
	{VParamDuplicate, def{[]string{"k", "n"},
		"parameter {k} appears {n} times; the last one is used",
		"参数 {k} 出现了 {n} 次；使用最后一个"}},
	{VParamMissing, def{[]string{"k"},
		"the {k} parameter is missing",
		"缺少 {k} 参数"}},
	{VPathNotRoot, def{[]string{"path"},
		"the path is {path}; API 3.0 uses \"/\" and TC3 always signs \"/\"",
		"路径是 {path}；API 3.0 使用 \"/\"，TC3 总是对 \"/\" 签名"}},
	{VQueryDoubleEncoded, def{[]string{"what"},
		"the {what} contains %25XX: a value was URL-encoded twice",
		"{what}中含有 %25XX：有值被 URL 编码了两次"}},
	{VQueryEncoding, def{[]string{"where", "error"},
		"the {where} cannot be decoded: {error}",
		"无法解码{where}：{error}"}},
	{VQueryLowercaseEscape, def{[]string{"what"},
		"the {what} has lower-case percent escapes (e.g. %2f); the documentation asks for upper case (%2F)",
		"{what}中有小写的百分号转义（如 %2f）；文档要求大写（%2F）"}},
	{VRegionMissing, def{[]string{"field"},
		"no {field}: fine for APIs that take no region, otherwise the API answers MissingParameter or picks none",
		"没有 {field}：不需要地域的 API 没问题，否则 API 会返回 MissingParameter 或不选择任何地域"}},
	{VRegionUnknown, def{[]string{"region"},
		"region {region} is not in tcsig's region table; check the spelling (region IDs are lower case, e.g. ap-guangzhou)",
		"地域 {region} 不在 tcsig 的地域表中；请检查拼写（地域 ID 是小写，如 ap-guangzhou）"}},
	{VScopeDateLocalTime, def{[]string{"date", "desc", "ex", "ts"},
		"the credential date {date} is the local date ({desc}, e.g. {ex}) of the timestamp, not its UTC date {ts}",
		"凭证日期 {date} 是时间戳的本地日期（{desc}，如 {ex}），而不是它的 UTC 日期 {ts}"}},
	{VScopeServiceMismatch, def{[]string{"service", "host", "hs"},
		"the credential scope names service {service} but the host {host} is service {hs}; the scope's service is the host's first label",
		"凭证范围写的服务是 {service}，但域名 {host} 的服务是 {hs}；凭证范围的服务就是域名的第一段"}},
	{VSecretIdCharset, def{[]string{"id", "r"},
		"SecretId {id} contains {r}; real SecretIds are letters and digits only (a copy error or an appended suffix?)",
		"SecretId {id} 含有 {r}；真实的 SecretId 只有字母和数字（复制出错，还是多了后缀？）"}},
	{VSecretIdUnknown, def{[]string{"id"},
		"SecretId {id} is not known here",
		"这里不认识 SecretId {id}"}},
	{VSecretIdWhitespace, def{[]string{"id"},
		"SecretId {id} has surrounding whitespace: copy it without blanks",
		"SecretId {id} 首尾有空白：复制时不要带空白"}},
	{VSecretKeyCharset, def{[]string{"r"},
		"the SecretKey given to tcsig contains {r}; real keys are letters and digits only",
		"提供给 tcsig 的 SecretKey 含有 {r}；真实的密钥只有字母和数字"}},
	{VSecretKeyWhitespace, def{nil,
		"the SecretKey given to tcsig has leading or trailing whitespace; it is used as given, but real keys have none",
		"提供给 tcsig 的 SecretKey 首尾有空白；按原样使用，但真实的密钥不含空白"}},
	{VSecretWhitespace, def{[]string{"how"},
		"the client signed with the SecretKey {how}; copy the key without blanks",
		"客户端签名所用的 SecretKey：{how}；复制密钥时不要带空白"}},
	{VServiceMismatch, def{[]string{"s", "service"},
		"the client derived the signature with service {s} but the credential scope says {service}; use one service, the host's first label",
		"客户端用服务 {s} 派生签名，而凭证范围写的是 {service}；请使用同一个服务名，即域名的第一段"}},
	{VServiceMismatch2, def{[]string{"service", "host", "host2"},
		"the request is signed for service {service} but sent to {host}, whose service is {host2}",
		"请求签名的服务是 {service}，却发往 {host}，其服务是 {host2}"}},
	{VSignature, def{[]string{"api", "sig", "signature"},
		"{api} Expected signature {sig}, received {signature}.",
		"{api}期望的签名是 {sig}，收到的是 {signature}。"}},
	{VSignatureMethod, def{[]string{"method"},
		"SignatureMethod {method} is neither HmacSHA1 nor HmacSHA256",
		"SignatureMethod {method} 既不是 HmacSHA1 也不是 HmacSHA256"}},
	{VSignedHeaderMissing, def{[]string{"n"},
		"header {n} is signed but not sent; it is signed as empty",
		"头部 {n} 参与了签名但没有发送；按空值签名"}},
	{VSignedHeadersCase, def{[]string{"signedHeaders"},
		"SignedHeaders {signedHeaders} is not lower case; the canonical form is lower case",
		"SignedHeaders {signedHeaders} 不是小写；规范形式为小写"}},
	{VSignedHeadersOrder, def{[]string{"signedHeaders"},
		"SignedHeaders {signedHeaders} is not sorted; the canonical headers are sorted by name",
		"SignedHeaders {signedHeaders} 没有排序；规范头部按名称排序"}},
	{VSignedHeadersRequired, def{[]string{"signedHeaders"},
		"SignedHeaders {signedHeaders} must include content-type and host",
		"SignedHeaders {signedHeaders} 必须包含 content-type 和 host"}},
	{VTimestampFormat, def{[]string{"field", "v"},
		"{field} {v} is not Unix time in seconds (a positive decimal integer)",
		"{field} {v} 不是以秒为单位的 Unix 时间（十进制正整数）"}},
	{VTimestampFractional, def{[]string{"field", "v", "v2"},
		"{field} {v} is not an integer: it must be Unix time in whole seconds, e.g. {v2}",
		"{field} {v} 不是整数：必须是以整秒为单位的 Unix 时间，如 {v2}"}},
	{VTimestampMilliseconds, def{[]string{"field", "v", "v2", "v3"},
		"{field} {v} has {v2} digits: it looks like milliseconds; it must be Unix time in seconds ({v3})",
		"{field} {v} 有 {v2} 位数字：看起来是毫秒；必须是以秒为单位的 Unix 时间（{v3}）"}},
	{VTimestampMissing, def{[]string{"field"},
		"{field} is missing: the Unix time in seconds is required",
		"缺少 {field}：必须提供以秒为单位的 Unix 时间"}},
	{VTimestampWhitespace, def{[]string{"field", "v"},
		"{field} {v} has surrounding whitespace; it is signed exactly as sent",
		"{field} {v} 首尾有空白；它按发送的原样签名"}},
	{VTokenMismatch, def{[]string{"field"},
		"the {field} is not the token given to tcsig: a token belongs to one temporary SecretId/SecretKey pair",
		"{field} 不是提供给 tcsig 的 Token：一个 Token 只属于一对临时 SecretId/SecretKey"}},
	{VTokenMissing, def{[]string{"field"},
		"the credentials are temporary (a token was given) but the request has no {field}: temporary keys only work with their token",
		"凭证是临时的（提供了 Token），但请求中没有 {field}：临时密钥只能与其 Token 一起使用"}},
	{VUnsignedPayload, def{nil,
		"the client signed UNSIGNED-PAYLOAD but did not send X-TC-Content-SHA256: UNSIGNED-PAYLOAD",
		"客户端签名了 UNSIGNED-PAYLOAD，却没有发送 X-TC-Content-SHA256: UNSIGNED-PAYLOAD"}},
	{VUnsignedPayload2, def{nil,
		"the client hashed the body although it sent X-TC-Content-SHA256: UNSIGNED-PAYLOAD",
		"客户端发送了 X-TC-Content-SHA256: UNSIGNED-PAYLOAD，却仍对请求体计算了哈希"}},
	{VV1SortOrder, def{[]string{"how"},
		"the client signed the parameters {how}; sort them by name in byte (ASCII) order",
		"客户端签名的参数：{how}；请按名称的字节（ASCII）顺序排序"}},
	{VV1ValuesURLEncoded, def{[]string{"how"},
		"the client signed the parameter values {how}; the string to sign takes the raw values, and only the wire is URL-encoded",
		"客户端签名的参数值：{how}；待签名字符串使用原始值，只有发送时才做 URL 编码"}},
}
