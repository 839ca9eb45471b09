package message

// Codes of the module's JavaScript API: arguments of the wrong type.
// JavaScript's own names (string, Uint8Array, object) stay as they are.
const (
	JSWantRequest         Code = "js.want_request"
	JSWantDecimalOrNumber Code = "js.want_decimal_or_number"
	JSNonceNumber         Code = "js.nonce_number"
	JSWantDecimal         Code = "js.want_decimal"
	JSWantStringOrBytes   Code = "js.want_string_or_bytes"
	JSWantTrueFalse       Code = "js.want_true_false"
	JSWantBoolean         Code = "js.want_boolean"
	JSWantString          Code = "js.want_string"
	JSWantParams          Code = "js.want_params"
	JSFinite              Code = "js.finite"
	JSWantScalar          Code = "js.want_scalar"
	JSWantForm            Code = "js.want_form"
	JSWantObject          Code = "js.want_object"
	JSBase64              Code = "js.base64"
	JSWantContent         Code = "js.want_content"
	JSWantOptions         Code = "js.want_options"
	JSUnknownOption       Code = "js.unknown_option"
	JSNow                 Code = "js.now"
	JSWantNumberOrDecimal Code = "js.want_number_or_decimal"
	JSUnknownField        Code = "js.unknown_field"
	JSUnknownFieldSuggest Code = "js.unknown_field_suggest"
	JSDataChanged         Code = "js.data_changed"
)

var jsDefs = []entry{
	{JSWantRequest, def{[]string{"got"}, "want an object with the request's fields, got {got}", "应为包含请求字段的对象，实际为 {got}"}},
	{JSWantDecimalOrNumber, def{[]string{"got"}, "want a decimal string or a number, got {got}", "应为十进制字符串或数字，实际为 {got}"}},
	{JSNonceNumber, def{nil, "a number must be a whole number up to 2^53 (larger ones lose digits in JavaScript); pass the nonce as a decimal string",
		"数字必须是不超过 2^53 的整数（更大的数在 JavaScript 中会丢失精度）；请以十进制字符串传入 nonce"}},
	{JSWantDecimal, def{[]string{"got"}, "want a decimal string, got {got}", "应为十进制字符串，实际为 {got}"}},
	{JSWantStringOrBytes, def{[]string{"got"}, "want a string or a Uint8Array, got {got}", "应为字符串或 Uint8Array，实际为 {got}"}},
	{JSWantTrueFalse, def{[]string{"got"}, "want true or false, got {got}", "应为 true 或 false，实际为 {got}"}},
	{JSWantBoolean, def{[]string{"got"}, "want a boolean, got {got}", "应为布尔值，实际为 {got}"}},
	{JSWantString, def{[]string{"got"}, "want a string, got {got}", "应为字符串，实际为 {got}"}},
	{JSWantParams, def{[]string{"got"}, "want an object of parameter names to values, got {got}", "应为参数名到值的对象，实际为 {got}"}},
	{JSFinite, def{nil, "must be a finite number", "必须是有限数"}},
	{JSWantScalar, def{[]string{"got"}, "want a string, number or boolean (flatten nested values first, or put them in data), got {got}",
		"应为字符串、数字或布尔值（先展开嵌套的值，或放进 data），实际为 {got}"}},
	{JSWantForm, def{[]string{"got"}, "want an array of {name, value} or {name, filename, content} objects, got {got}",
		"应为由 {name, value} 或 {name, filename, content} 对象组成的数组，实际为 {got}"}},
	{JSWantObject, def{[]string{"got"}, "want an object, got {got}", "应为对象，实际为 {got}"}},
	{JSBase64, def{[]string{"error"}, "a string must be base64 (or pass a Uint8Array): {error}", "字符串必须是 base64（或传入 Uint8Array）：{error}"}},
	{JSWantContent, def{[]string{"got"}, "want a Uint8Array or a base64 string, got {got}", "应为 Uint8Array 或 base64 字符串，实际为 {got}"}},
	{JSWantOptions, def{[]string{"got"}, "want an object {secretKey, token, now, canonicalRequest, stringToSign}, got {got}",
		"应为对象 {secretKey, token, now, canonicalRequest, stringToSign}，实际为 {got}"}},
	{JSUnknownOption, def{nil, "unknown option (want secretKey, token, now, canonicalRequest or stringToSign)",
		"未知选项（应为 secretKey、token、now、canonicalRequest 或 stringToSign）"}},
	{JSNow, def{[]string{"got"}, "must be Unix time in whole seconds (off skips the clock check), got {got}",
		"必须是以整秒为单位的 Unix 时间（off 表示跳过时钟检查），实际为 {got}"}},
	{JSWantNumberOrDecimal, def{[]string{"got"}, "want a number or a decimal string, got {got}", "应为数字或十进制字符串，实际为 {got}"}},
	{JSUnknownField, def{nil, "unknown field", "未知字段"}},
	{JSUnknownFieldSuggest, def{[]string{"name"}, "unknown field; did you mean {name}?", "未知字段；是否想用 {name}？"}},
	{JSDataChanged, def{nil, "body: the Uint8Array given as data is no longer what was signed: it changed after tcsig.sign returned, or payloadHash is not its SHA-256; read body before reusing the array, or pass a copy",
		"body：作为 data 传入的 Uint8Array 已不是签名时的内容：它在 tcsig.sign 返回后被修改，或 payloadHash 不是它的 SHA-256；请在复用该数组之前读取 body，或传入它的副本"}},
}
