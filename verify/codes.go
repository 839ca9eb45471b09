package verify

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

// The API's own wording for a wrong signature; the report adds the causes.
const msgSignatureFailure = "The provided credentials could not be validated. Please check your signature is correct."

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
var apiMessages = map[string]string{
	CodeInvalidAuthorization:  "Authorization in the request header is invalid.",
	CodeSignatureExpire:       "Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time.",
	CodeSignatureFailure:      msgSignatureFailure,
	CodeSecretIDNotFound:      "Key does not exist. Check if the key has been deleted or disabled in the console, and if not, check if the key is correctly entered. Note that whitespaces should not exist before or after the key.",
	CodeTokenFailure:          "Token error.",
	CodeSizeLimit:             "The request size exceeds the upper limit.",
	CodeUnsupportedProtocol:   "HTTP(S) request protocol error; only GET and POST requests are supported.",
	CodeMissingParameter:      "A parameter is missing.",
	CodeInvalidParameter:      "Incorrect parameter.",
	CodeInvalidParameterValue: "Invalid parameter value.",
	CodeRequestLimitExceeded:  "The number of requests exceeds the frequency limit.",
	CodeInvalidRequest:        "The request body could not be read.",
}

// APIMessage returns the API's own message for code: what the API says,
// with nothing about the request or the key.
func APIMessage(code string) string {
	if m, ok := apiMessages[code]; ok {
		return m
	}
	return "The request failed with " + code + "."
}
