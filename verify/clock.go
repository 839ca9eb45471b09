package verify

import (
	"strconv"
	"strings"
	"time"
)

// ClockOff is how a caller turns the 5-minute check off: `tcsig verify
// --now off`, and "off" in the page's server-clock field.
const ClockOff = "off"

// ParseNow reads the server clock for the 5-minute check (Options.Now) as
// the command line's --now and the page's Verify tab take it, so both accept
// the same spellings: empty is the caller's own clock (now), "off" (or 0,
// which tcsig.verify has always taken as a number) skips the check and
// returns the zero time, anything else must be Unix time in whole seconds.
// ok is false for any other text; each caller names its field in its own
// words.
func ParseNow(s string, now time.Time) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return now, true
	case strings.EqualFold(s, ClockOff) || s == "0":
		return time.Time{}, true
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return time.Time{}, false
	}
	return time.Unix(n, 0), true
}
