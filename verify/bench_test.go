package verify_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

// Benchmarks are read as ratios against BenchmarkBaselineSign, run in the
// same process: verifying a good request should cost about one signing;
// the cause search, which re-signs under every known mistake, costs more.

func BenchmarkBaselineSign(b *testing.B) {
	r := tc3Req()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := signer.Sign(r, creds); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckValid(b *testing.B) {
	res, err := signer.Sign(tc3Req(), creds)
	require.NoError(b, err)
	w := wire(&testing.T{}, res)
	o := opts()
	b.ReportAllocs()
	for b.Loop() {
		if !verify.Check(w, o).Valid {
			b.Fatal("invalid")
		}
	}
}

func BenchmarkCheckCauseSearch(b *testing.B) { benchCauseSearch(b, tc3Req()) }

func BenchmarkCheckV1CauseSearch(b *testing.B) { benchCauseSearch(b, v1Req("GET", signer.HmacSHA256)) }

// benchCauseSearch checks r signed with a wrong key: every cause is
// searched for and none is found.
func benchCauseSearch(b *testing.B, r *signer.Request) {
	res, err := signer.Sign(r, signer.Credentials{SecretID: testID, SecretKey: "WrongKey"})
	require.NoError(b, err)
	w := wire(&testing.T{}, res)
	o := opts()
	b.ReportAllocs()
	for b.Loop() {
		if verify.Check(w, o).Valid {
			b.Fatal("valid")
		}
	}
}
