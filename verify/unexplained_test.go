package verify_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

// causeText is the message of the cause id in rep, "" when absent.
func causeText(rep *verify.Report, id string) string {
	for _, f := range rep.Causes {
		if f.ID == id {
			return f.Message
		}
	}
	return ""
}

// A body changed after signing: with the client's canonical request the
// report names the changed body by both hashes; without it, it says the
// explanations left (body, an edited timestamp or scope, or the key) and
// how to tell them apart.
func TestChangedBodyIsNamed(t *testing.T) {
	res := mustSign(t, tc3Req(), creds)
	r := wire(t, res)
	r.Body[3] = 'X' // one byte
	bodyHash := signer.SHA256Hex(r.Body)

	rep := verify.Check(r, opts())
	wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseUnknown)
	msg := causeText(rep, verify.CauseUnknown)
	assert.Contains(t, msg, "three explanations remain: the body changed after it was signed, the timestamp or the credential scope (date, service) was edited, or the SecretKey")
	assert.Contains(t, msg, "nor does any other X-TC-Timestamp within 5460 seconds of the one sent (the search stopped there")
	assert.Contains(t, msg, "a different timestamp or credential scope line means that was edited")
	assert.Contains(t, msg, "this body's SHA-256, "+bodyHash)
	assert.Contains(t, msg, "if they differ, the body changed")
	assert.NotContains(t, msg, "--canonical-request", "a CLI flag in a message the page shows too")

	for name, key := range map[string]string{"right key": testKey, "wrong key": "AnotherKey0000000000000000000000"} {
		o := opts()
		o.SecretKey, o.CanonicalRequest = key, res.CanonicalRequest
		rep = verify.Check(r, o)
		wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseBodyChanged)
		msg = causeText(rep, verify.CauseBodyChanged)
		assert.Contains(t, msg, "the client signed a body whose SHA-256 is "+res.HashedPayload, name)
		assert.Contains(t, msg, "the body received hashes to "+bodyHash, name)
		assert.False(t, has(rep.Causes, verify.CauseUnknown), "%s: %v", name, rep.Causes)
	}

	// The client's canonical request of the same body: nothing to name.
	o := opts()
	o.CanonicalRequest = res.CanonicalRequest
	rep = verify.Check(wire(t, res), o)
	wantValid(t, rep)
}

// A timestamp edited after signing fails the clock or the date check; the
// search finds the second signed, so the key is not blamed. Without the
// search, the timestamp is still named as the explanation.
func TestEditedTimestampDoesNotBlameTheKey(t *testing.T) {
	res := mustSign(t, tc3Req(), creds)
	for name, tc := range map[string]struct {
		ts    int64
		now   time.Time
		check string
	}{
		"outside the window": {testTS - 4000, time.Unix(testTS+30, 0), "clock-skew"},
		"another UTC day":    {testTS + 86400, time.Time{}, "scope-date-not-utc"},
	} {
		r := wire(t, res)
		setHeader(r, "X-TC-Timestamp", strconv.FormatInt(tc.ts, 10))
		o := opts()
		o.Now = tc.now
		rep := verify.Check(r, o)
		require.NotNil(t, rep.Error, name)
		assert.Equal(t, tc.check, rep.Error.Check, name)
		assert.Equal(t, []string{verify.CauseTimestampEdited}, ids(rep.Causes), name)
		assert.Contains(t, causeText(rep, verify.CauseTimestampEdited), "the request was signed at "+strconv.Itoa(testTS), name)

		o.TimestampWork = -1
		rep = verify.Check(r, o)
		msg := causeText(rep, verify.CauseUnknown)
		assert.Contains(t, msg, "a timestamp changed after signing", name)
		assert.NotContains(t, msg, "SecretKey", name)
	}
}

// A GET has no body to blame: the general words, without CLI flags.
func TestUnexplainedGETNamesNoFlags(t *testing.T) {
	req := tc3Req()
	req.Method, req.Payload = "GET", nil
	res := mustSign(t, req, creds)
	o := opts()
	o.SecretKey = "AnotherKey0000000000000000000000"
	rep := verify.Check(wire(t, res), o)
	wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseUnknown)
	msg := causeText(rep, verify.CauseUnknown)
	assert.Contains(t, msg, "the SecretKey may be wrong")
	assert.NotContains(t, msg, "--")
}
