package signer

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// UTCDateTime and DayStart agree with package time, which the module does
// not link, across leap years, centuries and the epoch.
func TestUTCDateTimeAndDayStartAgreeWithTime(t *testing.T) {
	for _, ts := range []int64{0, 1, 86399, 86400, 951782400 - 1, 951782400, 1551113065, 1709164800, 4102444799, 253402300799, -1, -86401} {
		u := time.Unix(ts, 0).UTC()
		assert.Equal(t, u.Format("2006-01-02 15:04:05"), UTCDateTime(ts), "%d", ts)
		if ts < 0 {
			continue
		}
		start, ok := DayStart(u.Format("2006-01-02"))
		assert.True(t, ok, "%d", ts)
		assert.Equal(t, time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.UTC).Unix(), start, "%d", ts)
	}
	for _, bad := range []string{"", "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "20240101", "2024-01-0x", "0000-01-01", "2024/01/01"} {
		_, ok := DayStart(bad)
		_, err := time.Parse("2006-01-02", bad)
		assert.False(t, ok, "%q", bad)
		if bad != "0000-01-01" {
			assert.Error(t, err, "%q is not a date for time either", bad)
		}
	}
	start, ok := DayStart("2024-02-29")
	assert.True(t, ok)
	assert.Equal(t, int64(1709164800), start)
}
