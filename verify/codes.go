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
	// Inferred: the reference names no code for a bad content type, bad
	// UTF-8 or a malformed timestamp.
	CodeInvalidParameter      = "InvalidParameter"
	CodeInvalidParameterValue = "InvalidParameterValue"
)

// The API's own wording for a wrong signature; the report adds the causes.
const msgSignatureFailure = "The provided credentials could not be validated. Please check your signature is correct."
