package verify_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

// setV1Param replaces the value of a v1 request's parameter as written.
func setV1Param(r *capture.Request, key, value string) {
	text := &r.RawQuery
	body := string(r.Body)
	if r.Method == "POST" {
		text = &body
	}
	parts := strings.Split(*text, "&")
	for i, p := range parts {
		if strings.HasPrefix(p, key+"=") {
			parts[i] = key + "=" + value
		}
	}
	*text = strings.Join(parts, "&")
	if r.Method == "POST" {
		r.Body = []byte(body)
	}
}

// A timestamp edited by hand after signing, still inside the 5-minute
// window: the search finds the second the client signed, names it and the
// API's answer, and does not blame the key.
func TestTimestampEditedIsNamed(t *testing.T) {
	for name, edit := range map[string]struct {
		make  func(t *testing.T) *capture.Request
		field string
	}{
		"TC3 POST": {func(t *testing.T) *capture.Request {
			w := wire(t, mustSign(t, tc3Req(), creds))
			setHeader(w, "X-TC-Timestamp", strconv.Itoa(testTS+5))
			return w
		}, "X-TC-Timestamp"},
		"TC3 with X-TC-Timestamp signed": {func(t *testing.T) *capture.Request {
			r := tc3Req()
			r.SignedHeaders = []string{"X-TC-Timestamp", "X-TC-Action"}
			w := wire(t, mustSign(t, r, creds))
			setHeader(w, "X-TC-Timestamp", strconv.Itoa(testTS+5))
			return w
		}, "X-TC-Timestamp"},
		"v1 GET HmacSHA256": {func(t *testing.T) *capture.Request {
			w := wire(t, mustSign(t, v1Req("GET", signer.HmacSHA256), creds))
			setV1Param(w, "Timestamp", strconv.Itoa(testTS+5))
			return w
		}, "Timestamp"},
		"v1 POST HmacSHA1": {func(t *testing.T) *capture.Request {
			w := wire(t, mustSign(t, v1Req("POST", signer.HmacSHA1), creds))
			setV1Param(w, "Timestamp", strconv.Itoa(testTS+5))
			return w
		}, "Timestamp"},
	} {
		t.Run(name, func(t *testing.T) {
			rep := verify.Check(edit.make(t), opts())
			wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseTimestampEdited)
			assert.Equal(t, []string{verify.CauseTimestampEdited}, ids(rep.Causes))
			msg := causeText(rep, verify.CauseTimestampEdited)
			assert.Contains(t, msg, "the request was signed at "+strconv.Itoa(testTS)+" (2023-11-14 22:13:20 UTC), but "+
				edit.field+" says "+strconv.Itoa(testTS+5)+", 5 s later: the timestamp was changed after signing")
			assert.Contains(t, msg, "the API answers AuthFailure.SignatureFailure")
			assert.NotContains(t, msg, "SecretKey")

			rep.Localize(message.ZH)
			assert.Contains(t, causeText(rep, verify.CauseTimestampEdited), "请求是在 "+strconv.Itoa(testTS)+"（UTC 2023-11-14 22:13:20）签名的")
			assert.Contains(t, causeText(rep, verify.CauseTimestampEdited), "晚了 5 秒")
		})
	}
}

// An edited timestamp that also fails the clock: the cause names the code
// the API answers first, SignatureExpire.
func TestTimestampEditedOutsideTheWindow(t *testing.T) {
	w := wire(t, mustSign(t, tc3Req(), creds))
	setHeader(w, "X-TC-Timestamp", strconv.Itoa(testTS-3600))
	rep := verify.Check(w, opts())
	wantInvalid(t, rep, verify.CodeSignatureExpire, verify.CauseTimestampEdited)
	assert.Contains(t, causeText(rep, verify.CauseTimestampEdited), "3600 s earlier")
	assert.Contains(t, causeText(rep, verify.CauseTimestampEdited), "the API answers AuthFailure.SignatureExpire")
}

// A wrong key still says so: with a limit wide enough, the whole credential
// date is searched, nothing reproduces the signature, and the message says
// what is left.
func TestWrongKeyAfterTimestampSearch(t *testing.T) {
	o := opts()
	o.SecretKey = "AnotherKey0000000000000000000000"
	o.TimestampWork = 1 << 20
	for name, r := range map[string]*signer.Request{"TC3 POST": tc3Req(), "v1 GET": v1Req("GET", signer.HmacSHA256)} {
		rep, hmacs, _ := verify.CheckTimestampWork(wire(t, mustSign(t, r, creds)), o)
		wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseUnknown)
		assert.Equal(t, []string{verify.CauseUnknown}, ids(rep.Causes), name)
		msg := causeText(rep, verify.CauseUnknown)
		if name == "TC3 POST" {
			assert.Equal(t, 86400, hmacs, "%s: every second of the credential date", name)
			assert.Contains(t, msg, "nor does any other timestamp of 2023-11-14, the credential date; three explanations remain", name)
			assert.Contains(t, msg, "or the SecretKey is not the one the client signed with", name)
		} else {
			assert.Equal(t, 2*86400+1, hmacs, "%s: a day either side", name)
			assert.Contains(t, msg, "nor does any other Timestamp within 86400 seconds of the one sent: the SecretKey may be wrong", name)
		}
	}
}

// The search is bounded by work, counted, never timed: with X-TC-Timestamp
// signed and a 64 KiB signed header after it, each second re-hashes the
// canonical request's tail, and the search stops at its limit (or at a
// lower one, as the emulator sets), nearest seconds first.
func TestTimestampSearchBoundedByWork(t *testing.T) {
	r := tc3Req()
	r.Header = []signer.Header{{Name: "X-TC-Zzz", Value: strings.Repeat("z", 64<<10)}}
	r.SignedHeaders = []string{"X-TC-Timestamp", "X-TC-Zzz"}
	res := mustSign(t, r, signer.Credentials{SecretID: testID, SecretKey: "WrongKey"})
	perSecond := int64(64<<10/64 + 3)

	for name, tc := range map[string]struct {
		budget, want int64
	}{
		"default":  {0, verify.DefaultTimestampWork},
		"lower":    {20000, 20000},
		"endpoint": {verify.EndpointTimestampWork, verify.EndpointTimestampWork},
	} {
		o := opts()
		o.TimestampWork = tc.budget
		rep, hmacs, blocks := verify.CheckTimestampWork(wire(t, res), o)
		wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseUnknown)
		assert.LessOrEqual(t, blocks, tc.want, name)
		assert.Greater(t, blocks, tc.want-2*perSecond, "%s: the budget is used", name)
		assert.GreaterOrEqual(t, hmacs, 1, name)
		assert.Less(t, hmacs, 86400, name)
		reach := (hmacs - 1) / 2
		assert.Contains(t, causeText(rep, verify.CauseUnknown), "within "+strconv.Itoa(reach)+" seconds of the one sent (the search stopped there", name)
	}

	// Off: nothing is tried, and the message claims nothing about it.
	o := opts()
	o.TimestampWork = -1
	rep, hmacs, blocks := verify.CheckTimestampWork(wire(t, res), o)
	assert.Zero(t, hmacs)
	assert.Zero(t, blocks)
	assert.NotContains(t, causeText(rep, verify.CauseUnknown), "nor does")
}

// An ordinary request's search costs three hash blocks a second: the
// default limit covers about an hour and a half either side of the
// timestamp sent, and a wider one the whole day.
func TestTimestampSearchCostPerSecond(t *testing.T) {
	res := mustSign(t, tc3Req(), signer.Credentials{SecretID: testID, SecretKey: "WrongKey"})
	rep, hmacs, blocks := verify.CheckTimestampWork(wire(t, res), opts())
	assert.Equal(t, int64(3*hmacs), blocks)
	assert.Equal(t, int(verify.DefaultTimestampWork/3), hmacs, "the default limit, spent three blocks a second")
	reach := (hmacs - 1) / 2
	assert.GreaterOrEqual(t, reach, 5400, "an hour and a half either side")
	assert.Contains(t, causeText(rep, verify.CauseUnknown), "within "+strconv.Itoa(reach)+" seconds of the one sent")

	o := opts()
	o.TimestampWork = 1 << 20
	_, hmacs, blocks = verify.CheckTimestampWork(wire(t, res), o)
	require.Equal(t, 86400, hmacs)
	assert.Equal(t, int64(3*86400), blocks)
}

// With the client's canonical request given, an edited timestamp does not
// make that text look like another request's: it signs at the second found.
func TestTimestampEditedWithClientCanonicalRequest(t *testing.T) {
	res := mustSign(t, tc3Req(), creds)
	w := wire(t, res)
	setHeader(w, "X-TC-Timestamp", strconv.Itoa(testTS+5))
	o := opts()
	o.CanonicalRequest = res.CanonicalRequest
	rep := verify.Check(w, o)
	wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseTimestampEdited)
	assert.False(t, has(rep.Warnings, "client-text-unrelated"), "warnings %v", rep.Warnings)

	// From another request, it still says so.
	o.CanonicalRequest = strings.Replace(res.CanonicalRequest, "cvm.tencentcloudapi.com", "cbs.tencentcloudapi.com", 1)
	rep = verify.Check(w, o)
	wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseTimestampEdited)
	assert.True(t, has(rep.Warnings, "client-text-unrelated"), "warnings %v", rep.Warnings)
}

// The local endpoint's limit covers about ten minutes either side of the
// timestamp sent for an ordinary request, nearest seconds first.
func TestEndpointTimestampWork(t *testing.T) {
	o := opts()
	o.TimestampWork = verify.EndpointTimestampWork
	wrong := mustSign(t, tc3Req(), signer.Credentials{SecretID: testID, SecretKey: "WrongKey"})
	rep, hmacs, blocks := verify.CheckTimestampWork(wire(t, wrong), o)
	assert.Equal(t, verify.EndpointTimestampWork/3, hmacs)
	assert.Equal(t, int64(3*hmacs), blocks)
	assert.Contains(t, causeText(rep, verify.CauseUnknown), "within 682 seconds of the one sent")

	res := mustSign(t, tc3Req(), creds)
	for _, edit := range []int{600, -600} {
		w := wire(t, res)
		setHeader(w, "X-TC-Timestamp", strconv.Itoa(testTS+edit))
		rep, hmacs, _ = verify.CheckTimestampWork(w, o)
		assert.Equal(t, []string{verify.CauseTimestampEdited}, ids(rep.Causes), "edited by %d", edit)
		assert.LessOrEqual(t, hmacs, 2*600+1, "edited by %d: nearest seconds first", edit)
	}
}
