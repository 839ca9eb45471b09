package protocol

// Content types (media types, without parameters).
const (
	ContentTypeJSON      = "application/json"
	ContentTypeForm      = "application/x-www-form-urlencoded"
	ContentTypeMultipart = "multipart/form-data"
	ContentTypeOctet     = "application/octet-stream"
)

// ContentTypeAllowed reports whether a body of mediaType may carry a
// request of that HTTP method and signature method: a GET takes
// application/x-www-form-urlencoded only; a TC3-HMAC-SHA256 POST takes
// application/json, multipart/form-data or application/octet-stream; an
// HmacSHA1/256 POST takes application/x-www-form-urlencoded only.
// mediaType is lower case, without parameters.
func ContentTypeAllowed(method, signatureMethod, mediaType string) bool {
	switch {
	case method == "GET":
		return mediaType == ContentTypeForm
	case signatureMethod == AlgorithmTC3:
		return mediaType == ContentTypeJSON || mediaType == ContentTypeMultipart || mediaType == ContentTypeOctet
	}
	return mediaType == ContentTypeForm
}

// DefaultContentType is the content type of a request that names none:
// application/json for a TC3 POST (an empty signature method means TC3),
// application/x-www-form-urlencoded otherwise.
func DefaultContentType(method, signatureMethod string) string {
	if method != "GET" && (signatureMethod == "" || signatureMethod == AlgorithmTC3) {
		return ContentTypeJSON
	}
	return ContentTypeForm
}
