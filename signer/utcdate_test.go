package signer

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestAppendUTCDateMatchesTime(t *testing.T) {
	check := func(ts int64) {
		t.Helper()
		require.Equal(t, time.Unix(ts, 0).UTC().Format("2006-01-02"), UTCDate(ts), "timestamp %d", ts)
	}
	for _, ts := range []int64{
		0, -1, 86399, 86400, -86400, -86401, 951782400, 951868800, 4102444800,
		1551113065, 1700006399, 1700006400, // the documented examples and the UTC-midnight vectors
		253402300799, 253402300800, -62135596800, -62135596801,
		1551113065000, -99999999999999, // a millisecond timestamp; a year below -9999
	} {
		check(ts)
	}
	for range 200000 {
		check(rand.Int64N(253402300800+62135596800) - 62135596800)
	}
	for range 20000 {
		check(rand.Int64N(1e14) - 5e13) // years far outside 0001–9999
	}
}
