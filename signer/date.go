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
