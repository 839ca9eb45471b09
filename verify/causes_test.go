package verify_test

import (
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

// causeCase makes a request with one deliberate mistake in it.
type causeCase struct {
	name  string
	cause string // what the cause search must name
	make  func(t *testing.T) *capture.Request
}

// checkCauses checks that the search names each case's cause, and not
// "unknown" beside it.
func checkCauses(t *testing.T, cases []causeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := verify.Check(c.make(t), opts())
			wantInvalid(t, rep, verify.CodeSignatureFailure, c.cause)
			assert.False(t, has(rep.Causes, verify.CauseUnknown), "causes %v include unknown next to a found cause", rep.Causes)
		})
	}
}

// resignedTC3 signs r honestly and sends it with the Authorization
// header's signature replaced by sig's: the mistake was made while signing.
func resignedTC3(t *testing.T, r *signer.Request, sig func(res *signer.Result) string) *capture.Request {
	t.Helper()
	res := mustSign(t, r, creds)
	w := wire(t, res)
	setAuthSignature(w, sig(res))
	return w
}

// resignedV1 is resignedTC3 for a v1 request's Signature parameter.
func resignedV1(t *testing.T, r *signer.Request, sig func(res *signer.Result) string) *capture.Request {
	t.Helper()
	res := mustSign(t, r, creds)
	w := wire(t, res)
	setV1Signature(t, w, sig(res))
	return w
}

// sentTo addresses the request w to host, as a client that signed for
// another host would send it.
func sentTo(w *capture.Request, host string) *capture.Request {
	w.Host = host
	setHeader(w, "Host", host)
	return w
}

// Each cause: make the mistake deliberately when signing, send the honest
// request, and check the cause search names it.
func TestCausesTC3(t *testing.T) {
	body := tc3Req().Payload
	ts := strconv.Itoa(testTS)
	utc := signer.UTCDate(testTS)            // 2023-11-14
	local := signer.UTCDate(testTS + 8*3600) // 2023-11-15 in UTC+8

	checkCauses(t, []causeCase{
		{"charset signed, not sent", verify.CauseContentTypeCharset, func(t *testing.T) *capture.Request {
			r := tc3Req()
			r.ContentType = "application/json; charset=utf-8"
			w := wire(t, mustSign(t, r, creds))
			setHeader(w, "Content-Type", "application/json")
			return w
		}},
		{"charset sent, not signed", verify.CauseContentTypeCharset, func(t *testing.T) *capture.Request {
			w := wire(t, mustSign(t, tc3Req(), creds))
			setHeader(w, "Content-Type", "application/json; charset=utf-8")
			return w
		}},
		{"trailing newline signed", verify.CauseBodyTrailingNewline, func(t *testing.T) *capture.Request {
			r := tc3Req()
			r.Payload = append(append([]byte(nil), body...), '\n')
			w := wire(t, mustSign(t, r, creds))
			w.Body = body
			return w
		}},
		{"trailing newline sent", verify.CauseBodyTrailingNewline, func(t *testing.T) *capture.Request {
			w := wire(t, mustSign(t, tc3Req(), creds))
			w.Body = append(append([]byte(nil), body...), '\n')
			return w
		}},
		{"python json.dumps signed", verify.CauseBodyReserialised, func(t *testing.T) *capture.Request {
			r := tc3Req()
			r.Payload = []byte(`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`)
			w := wire(t, mustSign(t, r, creds))
			w.Body = body // compact, raw UTF-8
			return w
		}},
		{"go json.Marshal signed", verify.CauseBodyReserialised, func(t *testing.T) *capture.Request {
			r := tc3Req()
			r.Payload = []byte(`{"Filters":[{"Name":"instance-name","Values":["未命名"]}],"Limit":1}`) // keys sorted
			w := wire(t, mustSign(t, r, creds))
			w.Body = body
			return w
		}},
		{"raw utf-8 signed, escapes sent", verify.CauseBodyReserialised, func(t *testing.T) *capture.Request {
			w := wire(t, mustSign(t, tc3Req(), creds))
			w.Body = []byte(`{"Limit":1,"Filters":[{"Values":["\u672a\u547d\u540d"],"Name":"instance-name"}]}`)
			return w
		}},
		{"key chain with the local date", verify.CauseScopeDateLocalTime, func(t *testing.T) *capture.Request {
			return resignedTC3(t, tc3Req(), func(res *signer.Result) string {
				return tc3Sig(testKey, ts, utc, local, "cvm", "cvm", res.CanonicalRequest)
			})
		}},
		{"nearest signed, regional sent", verify.CauseHostNearestVsRegional, func(t *testing.T) *capture.Request {
			return sentTo(wire(t, mustSign(t, tc3Req(), creds)), "cvm.ap-guangzhou.tencentcloudapi.com")
		}},
		{"regional signed, nearest sent", verify.CauseHostNearestVsRegional, func(t *testing.T) *capture.Request {
			r := tc3Req()
			r.Host = "cvm.ap-shanghai.tencentcloudapi.com"
			return sentTo(wire(t, mustSign(t, r, creds)), "cvm.tencentcloudapi.com")
		}},
		{"key derived with the host as service", verify.CauseServiceMismatch, func(t *testing.T) *capture.Request {
			return resignedTC3(t, tc3Req(), func(res *signer.Result) string {
				return tc3Sig(testKey, ts, utc, utc, "cvm", "cvm.tencentcloudapi.com", res.CanonicalRequest)
			})
		}},
		{"upper-case signature", verify.CauseHexUppercase, func(t *testing.T) *capture.Request {
			return resignedTC3(t, tc3Req(), func(res *signer.Result) string { return strings.ToUpper(res.Signature) })
		}},
		{"upper-case payload hash", verify.CauseHexUppercase, func(t *testing.T) *capture.Request {
			r := tc3Req()
			r.PayloadHash = strings.ToUpper(signer.SHA256Hex(body))
			res := mustSign(t, r, creds) // the signer lower-cases PayloadHash, so build it by hand
			cr := strings.Replace(res.CanonicalRequest, res.HashedPayload, strings.ToUpper(res.HashedPayload), 1)
			w := wire(t, res)
			setAuthSignature(w, tc3Sig(testKey, ts, utc, utc, "cvm", "cvm", cr))
			return w
		}},
		{"no blank line after headers", verify.CauseCanonicalHeadersNL, func(t *testing.T) *capture.Request {
			res := mustSign(t, tc3Req(), creds)
			cr := strings.Replace(res.CanonicalRequest, "\n\ncontent-type;host", "\ncontent-type;host", 1)
			w := wire(t, res)
			setAuthSignature(w, tc3Sig(testKey, ts, utc, utc, "cvm", "cvm", cr))
			return w
		}},
		{"unsigned payload signed, header not sent", verify.CauseUnsignedPayload, func(t *testing.T) *capture.Request {
			r := tc3Req()
			r.UnsignedPayload = true
			w := wire(t, mustSign(t, r, creds))
			delHeader(w, "X-TC-Content-SHA256")
			return w
		}},
		{"header value not lower-cased", verify.CauseHeaderValueCase, func(t *testing.T) *capture.Request {
			res := mustSign(t, tc3Req(), creds)
			w := wire(t, res)
			setHeader(w, "Content-Type", "Application/JSON")
			cr := strings.Replace(res.CanonicalRequest, "content-type:application/json", "content-type:Application/JSON", 1)
			setAuthSignature(w, tc3Sig(testKey, ts, utc, utc, "cvm", "cvm", cr))
			return w
		}},
		{"real host signed, local endpoint addressed", verify.CauseHostDiffers, func(t *testing.T) *capture.Request {
			return sentTo(wire(t, mustSign(t, tc3Req(), creds)), "127.0.0.1:9000")
		}},
		{"secret with newline", verify.CauseSecretWhitespace, func(t *testing.T) *capture.Request {
			return wire(t, mustSign(t, tc3Req(), signer.Credentials{SecretID: testID, SecretKey: testKey + "\n"}))
		}},
		{"secret with leading space", verify.CauseSecretWhitespace, func(t *testing.T) *capture.Request {
			return wire(t, mustSign(t, tc3Req(), signer.Credentials{SecretID: testID, SecretKey: " " + testKey}))
		}},
	})
}

// A local date written into the credential too: the shape check rejects it
// and the search names the mistake, although the signature is consistent.
func TestScopeDateLocalInCredential(t *testing.T) {
	res := mustSign(t, tc3Req(), creds)
	local := signer.UTCDate(testTS + 8*3600)
	w := wire(t, res)
	sig := tc3Sig(testKey, strconv.Itoa(testTS), local, local, "cvm", "cvm", res.CanonicalRequest)
	setHeader(w, "Authorization", "TC3-HMAC-SHA256 Credential="+testID+"/"+local+"/cvm/tc3_request, SignedHeaders=content-type;host, Signature="+sig)
	rep := verify.Check(w, opts())
	wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseScopeDateLocalTime)
	assert.Equal(t, "scope-date-not-utc", rep.Error.Check, "error = %+v", rep.Error)
	assert.Contains(t, rep.Error.Message, "UTC+8 fails 8 hours every day", "error = %+v", rep.Error)
}

// Signed for one service, sent to another's host.
func TestServiceMismatchInCredential(t *testing.T) {
	r := tc3Req()
	r.Service = "sts"
	rep := verify.Check(wire(t, mustSign(t, r, creds)), opts())
	wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseServiceMismatch)
	assert.Equal(t, "scope-service-mismatch", rep.Error.Check)
}

func v1Req(method, sig string) *signer.Request {
	return &signer.Request{Method: method, Host: "cvm.tencentcloudapi.com", Action: "DescribeInstances", Version: "2017-03-12",
		Region: "ap-guangzhou", Timestamp: testTS, Nonce: "11886", SignatureMethod: sig,
		Params: []signer.Param{{Key: "Name", Value: "未命名 a+b&c=d"}, {Key: "InstanceIds.10", Value: "x"}, {Key: "InstanceIds.2", Value: "y"}}}
}

// v1 string to sign from sorted params with values transformed by f.
func v1String(method string, params []signer.Param, f func(string) string) string {
	var parts []string
	for _, p := range params {
		parts = append(parts, p.Key+"="+f(p.Value))
	}
	return method + "cvm.tencentcloudapi.com/?" + strings.Join(parts, "&")
}

func TestCausesV1(t *testing.T) {
	id := func(s string) string { return s }
	checkCauses(t, []causeCase{
		{"sha1 computed, sha256 declared", verify.CauseHmacSHA1VsSHA256, func(t *testing.T) *capture.Request {
			return resignedV1(t, v1Req("POST", signer.HmacSHA256), func(res *signer.Result) string { return signer.V1Signature(signer.HmacSHA1, testKey, res.StringToSign) })
		}},
		{"sha256 computed, sha1 declared", verify.CauseHmacSHA1VsSHA256, func(t *testing.T) *capture.Request {
			return resignedV1(t, v1Req("GET", signer.HmacSHA1), func(res *signer.Result) string {
				return signer.V1Signature(signer.HmacSHA256, testKey, res.StringToSign)
			})
		}},
		{"values url-encoded", verify.CauseV1ValuesURLEncoded, func(t *testing.T) *capture.Request {
			return resignedV1(t, v1Req("GET", signer.HmacSHA256), func(res *signer.Result) string {
				return signer.V1Signature(signer.HmacSHA256, testKey, v1String("GET", res.SortedParams, url.QueryEscape))
			})
		}},
		{"values double-encoded", verify.CauseV1ValuesURLEncoded, func(t *testing.T) *capture.Request {
			res := mustSign(t, v1Req("POST", signer.HmacSHA256), creds)
			w := wire(t, res)
			twice := func(s string) string { return url.QueryEscape(url.QueryEscape(s)) }
			setV1Signature(t, w, signer.V1Signature(signer.HmacSHA256, testKey, v1String("POST", res.SortedParams, twice)))
			return w
		}},
		{"natural sort", verify.CauseV1SortOrder, func(t *testing.T) *capture.Request {
			res := mustSign(t, v1Req("GET", signer.HmacSHA256), creds)
			ps := append([]signer.Param(nil), res.SortedParams...)
			sort.SliceStable(ps, func(i, j int) bool { // InstanceIds.2 before InstanceIds.10
				return ps[i].Key == "InstanceIds.2" && ps[j].Key == "InstanceIds.10"
			})
			w := wire(t, res)
			setV1Signature(t, w, signer.V1Signature(signer.HmacSHA256, testKey, v1String("GET", ps, id)))
			return w
		}},
		{"regional host signed", verify.CauseHostNearestVsRegional, func(t *testing.T) *capture.Request {
			r := v1Req("GET", signer.HmacSHA1)
			r.Host = "cvm.ap-guangzhou.tencentcloudapi.com"
			return sentTo(wire(t, mustSign(t, r, creds)), "cvm.tencentcloudapi.com")
		}},
		{"secret with trailing space", verify.CauseSecretWhitespace, func(t *testing.T) *capture.Request {
			return wire(t, mustSign(t, v1Req("POST", signer.HmacSHA256), signer.Credentials{SecretID: testID, SecretKey: testKey + " "}))
		}},
	})
}

// A correct request reports no cause; a wrong key reports only "unknown".
func TestNoFalseCauses(t *testing.T) {
	for _, r := range []*signer.Request{tc3Req(), v1Req("GET", signer.HmacSHA1), v1Req("POST", signer.HmacSHA256)} {
		w := wire(t, mustSign(t, r, creds))
		wantValid(t, verify.Check(w, opts()))
		rep := verify.Check(w, verify.Options{SecretKey: "AnotherSecretKey0000000000000000", Now: opts().Now})
		wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseUnknown)
		got := ids(rep.Causes)
		assert.Len(t, got, 1, "%s: causes %v, want only unknown", r.SignatureMethod, got)
	}
}
