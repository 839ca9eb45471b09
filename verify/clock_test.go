package verify_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/tcsig/tcsig/verify"
)

// The server clock is spelled the same way on the command line and in the
// page: empty is now, off (or 0) skips the check, else Unix seconds.
func TestParseNow(t *testing.T) {
	now := time.Unix(1551113065, 0)
	for _, c := range []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"", now, true},
		{"  ", now, true},
		{"off", time.Time{}, true},
		{"OFF", time.Time{}, true},
		{" off ", time.Time{}, true},
		{"0", time.Time{}, true},
		{"1551113000", time.Unix(1551113000, 0), true},
		{"-5", time.Time{}, false},
		{"1.5", time.Time{}, false},
		{"yesterday", time.Time{}, false},
		{"offf", time.Time{}, false},
	} {
		got, ok := verify.ParseNow(c.in, now)
		assert.Equal(t, c.ok, ok, "ParseNow(%q) ok", c.in)
		assert.True(t, c.want.Equal(got), "ParseNow(%q) = %v, want %v", c.in, got, c.want)
	}
}
