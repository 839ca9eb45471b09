package verify

import "github.com/tcsig/tcsig/internal/message"

// Error codes the API answers with ("Responses", 返回结果, and its common
// error codes). Where Tencent's documentation does not say which code a
// shape problem gets, the choice is marked inferred.
const (
	CodeInvalidAuthorization = "AuthFailure.InvalidAuthorization"
	CodeSignatureExpire      = "AuthFailure.SignatureExpire"
	CodeSignatureFailure     = "AuthFailure.SignatureFailure"
	CodeSecretIDNotFound     = "AuthFailure.SecretIdNotFound"
	CodeTokenFailure         = "AuthFailure.TokenFailure"
	CodeSizeLimit            = "RequestSizeLimitExceeded"
	CodeUnsupportedProtocol  = "UnsupportedProtocol" // methods other than GET and POST
	CodeMissingParameter     = "MissingParameter"
	// Inferred: the documentation names no code for a bad content type, bad
	// UTF-8 or a malformed timestamp.
	CodeInvalidParameter      = "InvalidParameter"
	CodeInvalidParameterValue = "InvalidParameterValue"
)

// Codes the emulator answers with besides the verifier's.
const (
	// CodeRequestLimitExceeded: too many calls at once; the SDKs may retry.
	CodeRequestLimitExceeded = "RequestLimitExceeded"
	// CodeInvalidRequest: the request body could not be read.
	CodeInvalidRequest = "InvalidRequest"
)

// apiMessages are the API's own words for each code: the signature failure
// as the API answers it, the others as "Common Error Codes" in the API 3.0
// documentation describes them — except InvalidRequest, which the API uses
// for a malformed multipart body and the emulator for a body it could not
// read. A verifier that holds someone else's key says no more than these
// (Report.Public).
// The texts, in English and Chinese, are package message's
// (message.APICode).
var apiCodes = []string{
	CodeInvalidAuthorization, CodeSignatureExpire, CodeSignatureFailure, CodeSecretIDNotFound, CodeTokenFailure,
	CodeSizeLimit, CodeUnsupportedProtocol, CodeMissingParameter, CodeInvalidParameter, CodeInvalidParameterValue,
	CodeRequestLimitExceeded, CodeInvalidRequest,
}

// APIMessage returns the API's own message for code: what the API says,
// with nothing about the request or the key.
func APIMessage(code string) string { return APIMessageIn(code, message.EN) }

// APIMessageIn is APIMessage in lang.
func APIMessageIn(code string, lang message.Lang) string { return apiMessage(code).Render(lang) }

func apiMessage(code string) message.Msg {
	for _, c := range apiCodes {
		if c == code {
			return message.New(message.APICode(code))
		}
	}
	return message.New(message.VAPIFallback, code)
}
