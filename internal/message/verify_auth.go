package message

// Codes of what is malformed in a TC3 Authorization header (the {problem}
// of VAuthorizationFormat).
const (
	VAuthAlgoCase      Code = "verify.auth.algorithm_case"
	VAuthAlgo          Code = "verify.auth.algorithm"
	VAuthPartNotPair   Code = "verify.auth.part_not_pair"
	VAuthPartTwice     Code = "verify.auth.part_twice"
	VAuthPartMissing   Code = "verify.auth.part_missing"
	VAuthOtherParts    Code = "verify.auth.other_parts"
	VAuthCredential    Code = "verify.auth.credential"
	VAuthCredEmpty     Code = "verify.auth.credential_empty"
	VAuthCredDate      Code = "verify.auth.credential_date"
	VAuthSignedHeaders Code = "verify.auth.signed_headers"
	VAuthSignatureHex  Code = "verify.auth.signature_hex"
)

var verifyAuthDefs = []entry{
	{VAuthAlgoCase, def{[]string{"want", "got"}, "the algorithm must be written {want}, got {got}", "算法必须写作 {want}，实际为 {got}"}},
	{VAuthAlgo, def{[]string{"got", "want"}, "the algorithm {got} is not {want} (HmacSHA1/256 requests carry Signature as a parameter, not an Authorization header)",
		"算法 {got} 不是 {want}（HmacSHA1/256 请求把 Signature 作为参数携带，而不是放在 Authorization 头部中）"}},
	{VAuthPartNotPair, def{[]string{"part"}, "the part {part} is not name=value", "{part} 部分不是 name=value 形式"}},
	{VAuthPartTwice, def{[]string{"name"}, "{name} appears twice", "{name} 出现了两次"}},
	{VAuthPartMissing, def{[]string{"name"}, "it has no {name}=", "缺少 {name}="}},
	{VAuthOtherParts, def{nil, "it has parts other than Credential, SignedHeaders and Signature", "含有 Credential、SignedHeaders 和 Signature 以外的部分"}},
	{VAuthCredential, def{[]string{"got"}, "Credential must be <SecretId>/<YYYY-MM-DD>/<service>/tc3_request, got {got}",
		"Credential 必须是 <SecretId>/<YYYY-MM-DD>/<service>/tc3_request，实际为 {got}"}},
	{VAuthCredEmpty, def{nil, "Credential has an empty SecretId or service", "Credential 中的 SecretId 或 service 为空"}},
	{VAuthCredDate, def{[]string{"date"}, "the credential date {date} is not YYYY-MM-DD", "Credential 中的日期 {date} 不是 YYYY-MM-DD 格式"}},
	{VAuthSignedHeaders, def{[]string{"got"}, "SignedHeaders {got} is not a ;-separated list of header names", "SignedHeaders {got} 不是以 ; 分隔的头部名称列表"}},
	{VAuthSignatureHex, def{[]string{"n"}, "Signature must be 64 hex digits, got {n} characters", "Signature 必须是 64 位十六进制数字，实际为 {n} 个字符"}},
}
