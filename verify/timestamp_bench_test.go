package verify_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

// The timestamp search's worst cases: a wrong key, so every candidate is
// tried and none matches. Read against BenchmarkCheckValid and
// BenchmarkCheckCauseSearch in the same run (docs/performance.md).

// TC3: every second of the credential date, three hash blocks each.
func BenchmarkTimestampSearchTC3(b *testing.B) { benchTimestamp(b, tc3Req(), 0) }

// v1: a day either side of the Timestamp sent.
func BenchmarkTimestampSearchV1(b *testing.B) { benchTimestamp(b, v1Req("GET", signer.HmacSHA256), 0) }

// TC3 with X-TC-Timestamp signed before a 64 KiB signed header: each
// second re-hashes the canonical request's tail, so the work limit, not
// the day, ends the search.
func BenchmarkTimestampSearchSignedHeader(b *testing.B) {
	r := tc3Req()
	r.Header = []signer.Header{{Name: "X-TC-Zzz", Value: strings.Repeat("z", 64<<10)}}
	r.SignedHeaders = []string{"X-TC-Timestamp", "X-TC-Zzz"}
	benchTimestamp(b, r, 0)
}

// The same request without the timestamp search: what the other causes cost.
func BenchmarkTimestampSearchOffSignedHeader(b *testing.B) {
	r := tc3Req()
	r.Header = []signer.Header{{Name: "X-TC-Zzz", Value: strings.Repeat("z", 64<<10)}}
	r.SignedHeaders = []string{"X-TC-Timestamp", "X-TC-Zzz"}
	benchTimestamp(b, r, -1)
}

// TC3 without the search: the cause search as it was before it.
func BenchmarkTimestampSearchOffTC3(b *testing.B) { benchTimestamp(b, tc3Req(), -1) }

func benchTimestamp(b *testing.B, r *signer.Request, work int64) {
	res, err := signer.Sign(r, signer.Credentials{SecretID: testID, SecretKey: "WrongKey"})
	require.NoError(b, err)
	w := wire(&testing.T{}, res)
	o := opts()
	o.TimestampWork = work
	_, hmacs, blocks := verify.CheckTimestampWork(w, o)
	b.ReportAllocs()
	for b.Loop() {
		if verify.Check(w, o).Valid {
			b.Fatal("valid")
		}
	}
	b.ReportMetric(float64(hmacs), "hmacs/op")
	b.ReportMetric(float64(blocks), "blocks/op")
}
