package verify_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

// Ten pitfalls reported again and again in SDK and tool issue trackers
// (docs/verify.md lists them), each caught by the cause search or a shape
// check.
func TestPitfalls(t *testing.T) {
	t.Run("1 scope date in local time", func(t *testing.T) {
		res := mustSign(t, tc3Req(), creds)
		local := signer.UTCDate(testTS + 8*3600)
		w := wire(t, res)
		setAuthSignature(w, tc3Sig(testKey, strconv.Itoa(testTS), signer.UTCDate(testTS), local, "cvm", "cvm", res.CanonicalRequest))
		rep := verify.Check(w, opts())
		wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseScopeDateLocalTime)
		assert.Contains(t, rep.Causes[0].Message, "UTC+8 fails 8 hours every day", "the cause does not say how often it fails")
	})
	t.Run("2 clock skew", func(t *testing.T) {
		o := opts()
		o.Now = time.Unix(testTS+3600, 0)
		rep := verify.Check(wire(t, mustSign(t, tc3Req(), creds)), o)
		wantInvalid(t, rep, verify.CodeSignatureExpire, "")
		assert.Contains(t, rep.Error.Message, "3600 s", "the message does not give the skew")
	})
	t.Run("3 timestamp in milliseconds", func(t *testing.T) {
		r := tc3Req()
		w := wire(t, mustSign(t, r, creds))
		ms := strconv.Itoa(testTS) + "123"
		setHeader(w, "X-TC-Timestamp", ms)
		// Re-sign with the millisecond value as the client would have.
		res := mustSign(t, r, creds)
		setAuthSignature(w, tc3Sig(testKey, ms, signer.UTCDate(testTS), signer.UTCDate(testTS), "cvm", "cvm", res.CanonicalRequest))
		rep := verify.Check(w, verify.Options{SecretKey: testKey}) // no clock: it still verifies
		assert.True(t, rep.Valid, "valid=%v warnings=%v, want valid with timestamp-milliseconds", rep.Valid, rep.Warnings)
		assert.True(t, has(rep.Warnings, "timestamp-milliseconds"), "valid=%v warnings=%v, want valid with timestamp-milliseconds", rep.Valid, rep.Warnings)
		rep = verify.Check(w, opts()) // with a clock it is far in the future
		wantInvalid(t, rep, verify.CodeSignatureExpire, "")
	})
	t.Run("3 fractional timestamp", func(t *testing.T) {
		w := wire(t, mustSign(t, tc3Req(), creds))
		setHeader(w, "X-TC-Timestamp", strconv.Itoa(testTS)+".5")
		rep := verify.Check(w, opts())
		wantInvalid(t, rep, verify.CodeInvalidParameterValue, "")
		assert.Equal(t, "timestamp-fractional", rep.Error.Check)
	})
	t.Run("4 content type with charset", func(t *testing.T) {
		r := tc3Req()
		r.ContentType = "application/json; charset=utf-8"
		w := wire(t, mustSign(t, r, creds))
		setHeader(w, "Content-Type", "application/json")
		wantInvalid(t, verify.Check(w, opts()), verify.CodeSignatureFailure, verify.CauseContentTypeCharset)
	})
	t.Run("5 body re-serialised", func(t *testing.T) {
		r := tc3Req()
		r.Payload = []byte(`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`)
		w := wire(t, mustSign(t, r, creds))
		w.Body = tc3Req().Payload
		wantInvalid(t, verify.Check(w, opts()), verify.CodeSignatureFailure, verify.CauseBodyReserialised)
	})
	t.Run("5 big integer warning", func(t *testing.T) {
		r := tc3Req()
		r.Payload = []byte(`{"Id":9007199254740993}`)
		rep := verify.Check(wire(t, mustSign(t, r, creds)), opts())
		wantValid(t, rep)
		assert.True(t, has(rep.Warnings, "body-big-integer"), "warnings %v, want body-big-integer", rep.Warnings)
	})
	t.Run("6 v1 over 1 MB", func(t *testing.T) {
		r := v1Req("POST", signer.HmacSHA256)
		r.Params = append(r.Params, signer.Param{Key: "Data", Value: strings.Repeat("a", protocol.LimitPOSTV1)})
		w := wire(t, mustSign(t, &signer.Request{Method: "POST", Host: r.Host, Action: r.Action, Version: r.Version,
			Timestamp: r.Timestamp, Nonce: r.Nonce, SignatureMethod: r.SignatureMethod, Params: r.Params[:1]}, creds))
		w.Body = append(w.Body, []byte("&Data="+strings.Repeat("a", protocol.LimitPOSTV1))...)
		rep := verify.Check(w, opts())
		wantInvalid(t, rep, verify.CodeSizeLimit, "")
		assert.Contains(t, rep.Error.Message, "TC3-HMAC-SHA256")
		assert.Contains(t, rep.Error.Message, "1048576")
	})
	t.Run("6 form body with TC3", func(t *testing.T) {
		w := wire(t, mustSign(t, tc3Req(), creds))
		setHeader(w, "Content-Type", "application/x-www-form-urlencoded")
		wantInvalid(t, verify.Check(w, opts()), verify.CodeInvalidParameter, "")
	})
	t.Run("7 v1 values double-encoded", func(t *testing.T) {
		res := mustSign(t, v1Req("GET", signer.HmacSHA256), creds)
		w := wire(t, res)
		w.RawQuery = strings.ReplaceAll(w.RawQuery, "%", "%25") // sent double-encoded
		rep := verify.Check(w, opts())
		wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseV1ValuesURLEncoded)
		assert.True(t, has(rep.Warnings, "query-double-encoded"), "warnings %v, want query-double-encoded", rep.Warnings)
	})
	t.Run("8 host and service disagree", func(t *testing.T) {
		r := tc3Req()
		r.Service = "sts"
		wantInvalid(t, verify.Check(wire(t, mustSign(t, r, creds)), opts()), verify.CodeSignatureFailure, verify.CauseServiceMismatch)
	})
	t.Run("9 key copied with whitespace", func(t *testing.T) {
		w := wire(t, mustSign(t, tc3Req(), signer.Credentials{SecretID: testID, SecretKey: testKey + "\n"}))
		wantInvalid(t, verify.Check(w, opts()), verify.CodeSignatureFailure, verify.CauseSecretWhitespace)
		rep := verify.Check(w, verify.Options{SecretKey: testKey + "#shanghai#0", Now: opts().Now})
		assert.True(t, has(rep.Warnings, "secret-key-charset"), "warnings %v, want secret-key-charset", rep.Warnings)
	})
	t.Run("10 temporary key without X-TC-Token", func(t *testing.T) {
		o := opts()
		o.Token = "vectorSessionToken_abc123=="
		rep := verify.Check(wire(t, mustSign(t, tc3Req(), creds)), o)
		wantInvalid(t, rep, verify.CodeTokenFailure, "")
		withToken := creds
		withToken.Token = o.Token
		wantValid(t, verify.Check(wire(t, mustSign(t, tc3Req(), withToken)), o))
	})
}
