package signer

import "strconv"

// appendUTCDate appends the UTC calendar date of a Unix timestamp as
// YYYY-MM-DD, the TC3 credential-scope date. It does what
// time.Unix(ts, 0).UTC().AppendFormat(b, "2006-01-02") does without linking
// time's formatting into the WebAssembly module.
func appendUTCDate(b []byte, ts int64) []byte {
	days := ts / 86400
	if ts%86400 < 0 {
		days--
	}
	// Howard Hinnant's civil_from_days.
	z := days + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	if y < 0 || y > 9999 {
		// Out of the four-digit range (a millisecond timestamp read as
		// seconds, say): print the whole year, as package time does.
		if y < 0 {
			b = append(b, '-')
			y = -y
		}
		for p := int64(1000); p > 1 && y < p; p /= 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, y, 10)
	} else {
		b = append(b, byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	}
	b = append(b, '-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
	return b
}

// UTCDateTime returns a Unix timestamp's UTC date and time as
// YYYY-MM-DD hh:mm:ss, as time's "2006-01-02 15:04:05" layout writes it,
// without linking time's formatting (see appendUTCDate).
func UTCDateTime(ts int64) string {
	s := ts % 86400
	if s < 0 {
		s += 86400
	}
	b := appendUTCDate(make([]byte, 0, 19), ts)
	h, m, sec := s/3600, s/60%60, s%60
	return string(append(b, ' ', byte('0'+h/10), byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10), ':', byte('0'+sec/10), byte('0'+sec%10)))
}

// DayStart returns the first second (UTC) of a YYYY-MM-DD date between
// 0001-01-01 and 9999-12-31, and false for any other text: the inverse of
// UTCDate, without linking time's parsing.
func DayStart(date string) (int64, bool) {
	if len(date) != 10 || date[4] != '-' || date[7] != '-' {
		return 0, false
	}
	var n [3]int64
	for i, part := range [3]string{date[:4], date[5:7], date[8:]} {
		for _, c := range []byte(part) {
			if c < '0' || c > '9' {
				return 0, false
			}
			n[i] = n[i]*10 + int64(c-'0')
		}
	}
	y, m, d := n[0], n[1], n[2]
	if y < 1 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	// Howard Hinnant's days_from_civil.
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	ts := (era*146097 + doe - 719468) * 86400
	// A day past the month's end (02-30) comes back as another date.
	if UTCDate(ts) != date {
		return 0, false
	}
	return ts, true
}
