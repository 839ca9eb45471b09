package verify_test

import (
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

// nestedNumbers is the body of the reported bomb: depth '[' then "1,1,…"
// then the closing brackets, size bytes in all. Indenting it repeats the
// depth's indentation before every number.
func nestedNumbers(depth, size int) []byte { return nestedNumbersFrom(depth, size, "1") }

// nestedNumbersFrom is nestedNumbers with first as the first number.
func nestedNumbersFrom(depth, size int, first string) []byte {
	var b strings.Builder
	b.Grow(size)
	b.WriteString(strings.Repeat("[", depth))
	b.WriteString(first)
	for b.Len()+2+depth <= size {
		b.WriteString(",1")
	}
	b.WriteString(strings.Repeat(" ", size-b.Len()-depth))
	b.WriteString(strings.Repeat("]", depth))
	return []byte(b.String())
}

// wrongTC3 is a TC3 POST of body signed with another key, as it arrives.
func wrongTC3(tb testing.TB, body []byte) *capture.Request {
	tb.Helper()
	r := tc3Req()
	r.Payload = body
	res, err := signer.Sign(r, signer.Credentials{SecretID: testID, SecretKey: "WrongKey"})
	require.NoError(tb, err)
	return wire(&testing.T{}, res)
}

// The "body re-serialised" search is bounded by work: 190 nested '[' and
// "1,1,…" to the largest body it takes would indent to hundreds of MB per
// style. It writes each form into a hash, gives a form up past a small
// multiple of the body, and skips styles that cannot differ (no strings, no
// objects here): a few forms, a bounded number of bytes, and little memory.
func TestReserialisationBoundedByWork(t *testing.T) {
	body := nestedNumbers(190, verify.MaxBodyForReserialisation)
	require.Len(t, body, verify.MaxBodyForReserialisation)
	req := wrongTC3(t, body)

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	rep, forms, written := verify.CheckCounting(req, opts())
	runtime.ReadMemStats(&after)

	require.NotNil(t, rep.Error)
	assert.Equal(t, verify.CodeSignatureFailure, rep.Error.Code)
	assert.Equal(t, []string{verify.CauseUnknown}, ids(rep.Causes))
	// One per layout (compact, Python, two indents); no escape or key-order
	// variant can differ for a body of numbers only.
	assert.LessOrEqual(t, forms, 4, "re-serialisations started")
	// Each form stops at 4× the body (plus 4 KiB): at most 16 MiB and change.
	assert.LessOrEqual(t, written, int64(4*(4*len(body)+4<<10)), "bytes written into forms")
	// The forms are rewritten token by token into a hash: nothing is
	// decoded into values or copied per form.
	allocated := after.TotalAlloc - before.TotalAlloc
	t.Logf("forms %d, written %d, allocated %d", forms, written, allocated)
	assert.LessOrEqual(t, allocated, uint64(4<<20), "bytes allocated (%d KiB)", allocated>>10)
}

// A real re-serialisation mistake is still found with the bounded search.
func TestReserialisationStillFound(t *testing.T) {
	sent := []byte(`{"Limit":1,"Filters":[{"Values":["未命名"],"Name":"instance-name"}]}`)
	signed := []byte("{\n  \"Limit\": 1,\n  \"Filters\": [\n    {\n      \"Values\": [\n        \"\\u672a\\u547d\\u540d\"\n      ],\n      \"Name\": \"instance-name\"\n    }\n  ]\n}")
	r := tc3Req()
	r.Payload = signed
	res, err := signer.Sign(r, creds)
	require.NoError(t, err)
	w := wire(t, res)
	w.Body = sent
	rep, forms, _ := verify.CheckCounting(w, opts())
	wantInvalid(t, rep, verify.CodeSignatureFailure, verify.CauseBodyReserialised)
	assert.Greater(t, forms, 4)
}
