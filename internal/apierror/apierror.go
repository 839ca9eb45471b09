// Package apierror explains the error codes a Tencent Cloud API 3.0 call
// can answer with when its signature or credentials are at fault, in words
// a developer can act on. tcsig send prints these; they are the same
// explanations the playground's Send panel shows, kept here so that both
// read one table.
//
// Each explanation says what the API found and the usual causes. Where to
// look next differs by medium (a link to a step on the page, a flag on the
// command line), so callers add that themselves.
package apierror

import "strings"

// Languages of the explanations.
const (
	En = "en"
	Zh = "zh"
)

// Codes with their own explanation, as the API spells them.
const (
	SignatureFailure     = "AuthFailure.SignatureFailure"
	SignatureExpire      = "AuthFailure.SignatureExpire"
	TokenFailure         = "AuthFailure.TokenFailure"
	SecretIDNotFound     = "AuthFailure.SecretIdNotFound"
	InvalidSecretID      = "AuthFailure.InvalidSecretId"
	InvalidAuthorization = "AuthFailure.InvalidAuthorization"
)

// Families: any other AuthFailure.* code, and the relay's own Relay.*
// answers (the call did not reach the API or did not finish).
const (
	authFamily  = "AuthFailure."
	relayFamily = "Relay."
)

// key names an explanation; several codes may share one.
type key string

const (
	keySignatureFailure     key = "authSignatureFailure"
	keySignatureExpire      key = "authSignatureExpire"
	keyTokenFailure         key = "authTokenFailure"
	keySecretIDNotFound     key = "authSecretIdNotFound"
	keyInvalidAuthorization key = "authInvalidAuthorization"
	keyAuthOther            key = "authOther"
	keyRelay                key = "relayError"
)

// byCode maps the codes with their own explanation to it.
var byCode = map[string]key{
	SignatureFailure:     keySignatureFailure,
	SignatureExpire:      keySignatureExpire,
	TokenFailure:         keyTokenFailure,
	SecretIDNotFound:     keySecretIDNotFound,
	InvalidSecretID:      keySecretIDNotFound,
	InvalidAuthorization: keyInvalidAuthorization,
}

// texts holds every explanation in every language; the keys are the
// page's i18n keys, so the two tables line up.
var texts = map[string]map[key]string{
	En: {
		keySignatureFailure:     "AuthFailure.SignatureFailure: the API computed a different signature from the same request. Usually the bytes sent differ from the bytes signed (body re-serialised, header or query changed), or the SecretKey does not belong to this SecretId. Compare the canonical request and string to sign with your own code's.",
		keySignatureExpire:      "AuthFailure.SignatureExpire: the timestamp is more than 5 minutes away from the API server's clock (or the date in the credential scope is not the timestamp's UTC date). Fix the clock, or re-sign with the server's time.",
		keyTokenFailure:         "AuthFailure.TokenFailure: the X-TC-Token is invalid or expired, or temporary credentials were used without it. A Token must come with the SecretId and SecretKey it was issued with.",
		keySecretIDNotFound:     "The SecretId does not exist or is disabled. Check for spaces or a key of another account or site (China and International keys differ).",
		keyInvalidAuthorization: "AuthFailure.InvalidAuthorization: the Authorization header is malformed: algorithm, Credential=SecretId/date/service/tc3_request, SignedHeaders and Signature, in this form.",
		keyAuthOther:            "An authentication or permission failure: the signature was accepted, but the credentials may not make this call (CAM policy, MFA or account state).",
		keyRelay:                "The relay answered itself (Relay.*): the call did not reach the API, or did not finish. The message says why.",
	},
	Zh: {
		keySignatureFailure:     "AuthFailure.SignatureFailure：API 对同一请求算出的签名不同。通常是发送的字节与签名的字节不一致（body 被重新序列化、头部或查询串被改动），或 SecretKey 与 SecretId 不匹配。请将规范请求串和待签名字符串与你的代码对比。",
		keySignatureExpire:      "AuthFailure.SignatureExpire：时间戳与 API 服务端时钟相差超过 5 分钟（或凭证范围中的日期不是时间戳的 UTC 日期）。请校准时钟，或用服务端时间重新签名。",
		keyTokenFailure:         "AuthFailure.TokenFailure：X-TC-Token 无效或已过期，或使用临时密钥却未带 Token。Token 必须与签发它的 SecretId、SecretKey 一起使用。",
		keySecretIDNotFound:     "SecretId 不存在或已被禁用。请检查是否有多余空格，或是否用了其他账号或站点的密钥（中国站与国际站的密钥不通用）。",
		keyInvalidAuthorization: "AuthFailure.InvalidAuthorization：Authorization 头格式错误，应为：算法、Credential=SecretId/日期/服务/tc3_request、SignedHeaders、Signature，按此顺序。",
		keyAuthOther:            "认证或权限失败：签名已通过，但该凭证可能无权进行此调用（CAM 策略、MFA 或账号状态）。",
		keyRelay:                "中继自行作答（Relay.*）：调用未到达 API 或未完成，原因见消息。",
	},
}

// Explain returns the explanation of code in lang (En when lang is
// unknown), or "" when the code is not about signing or credentials.
func Explain(code, lang string) string {
	k, ok := keyOf(code)
	if !ok {
		return ""
	}
	t, ok := texts[lang]
	if !ok {
		t = texts[En]
	}
	return t[k]
}

func keyOf(code string) (key, bool) {
	if k, ok := byCode[code]; ok {
		return k, true
	}
	switch {
	case strings.HasPrefix(code, authFamily):
		return keyAuthOther, true
	case strings.HasPrefix(code, relayFamily):
		return keyRelay, true
	}
	return "", false
}
