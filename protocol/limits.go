package protocol

// Size limits. KB = 1,024 bytes, MB = 1,048,576 bytes. Tencent does not
// publish its exact accounting; tcsig counts the POST body bytes and the
// GET query-string bytes.
const (
	LimitGET     = 32 << 10 // a GET's query string
	LimitPOSTV1  = 1 << 20  // a POST body signed with HmacSHA1 or HmacSHA256
	LimitPOSTTC3 = 10 << 20 // a POST body signed with TC3-HMAC-SHA256
)

// Limit returns the size limit of a request: LimitGET for a GET (its
// query), LimitPOSTV1 for an HmacSHA1/256 POST, LimitPOSTTC3 for any other
// POST (TC3-HMAC-SHA256 is the default method).
func Limit(method, signatureMethod string) int {
	switch {
	case method == "GET":
		return LimitGET
	case signatureMethod == HmacSHA1 || signatureMethod == HmacSHA256:
		return LimitPOSTV1
	}
	return LimitPOSTTC3
}
