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

// ConsistentContentType settles a request's signature method and content
// type (a media type) when one of them has just changed, as a form that
// offers both must: the one that moved stays when it can, and the other
// follows. With contentTypeMoved a POST's content type wins (a form body
// takes HmacSHA256, any other body TC3-HMAC-SHA256); otherwise the
// signature method wins and the content type falls back to its default.
// A GET always takes application/x-www-form-urlencoded.
func ConsistentContentType(method, signatureMethod, mediaType string, contentTypeMoved bool) (sig, mt string) {
	if ContentTypeAllowed(method, signatureMethod, mediaType) {
		return signatureMethod, mediaType
	}
	if method != "GET" && contentTypeMoved {
		if ContentTypeAllowed(method, AlgorithmTC3, mediaType) {
			return AlgorithmTC3, mediaType
		}
		if ContentTypeAllowed(method, HmacSHA256, mediaType) {
			return HmacSHA256, mediaType
		}
	}
	return signatureMethod, DefaultContentType(method, signatureMethod)
}
