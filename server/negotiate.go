package server

import (
	"strconv"
	"strings"
)

// acceptEncoding is a parsed Accept-Encoding field (RFC 9110 §12.5.3).
type acceptEncoding struct {
	present bool               // false: no Accept-Encoding field at all
	q       map[string]float64 // explicit codings, lower-case
	star    float64
	hasStar bool
}

func parseAcceptEncoding(values []string) acceptEncoding {
	a := acceptEncoding{present: len(values) > 0, q: map[string]float64{}}
	for _, v := range values {
		for _, item := range strings.Split(v, ",") {
			coding, params, _ := strings.Cut(item, ";")
			coding = strings.ToLower(strings.TrimSpace(coding))
			if coding == "" {
				continue
			}
			if coding == "x-gzip" {
				coding = "gzip" // RFC 9110 §8.4.1.3: an alias
			}
			q, ok := qvalue(params)
			if !ok {
				continue // a malformed weight says nothing we can trust
			}
			if coding == "*" {
				a.star, a.hasStar = q, true
				continue
			}
			a.q[coding] = q
		}
	}
	return a
}

// qvalue reads the q parameter; missing means 1.
func qvalue(params string) (float64, bool) {
	for _, p := range strings.Split(params, ";") {
		k, v, found := strings.Cut(strings.TrimSpace(p), "=")
		if !found || !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || q < 0 || q > 1 {
			return 0, false
		}
		return q, true
	}
	return 1, true
}

// quality is how acceptable coding is; ok is false when the field says
// nothing about it.
func (a acceptEncoding) quality(coding string) (q float64, ok bool) {
	if q, ok := a.q[coding]; ok {
		return q, true
	}
	if a.hasStar {
		return a.star, true
	}
	return 0, false
}

// choose picks among the offered codings (in server preference order) the
// one with the highest weight; ties go to the offered coding, which is
// smaller. Identity is acceptable unless excluded (RFC 9110 §12.5.3) but,
// when not listed, loses to any listed coding. With no field at all, or
// when the client excludes everything we have, identity is sent: a page
// that loads beats a 406.
func (a acceptEncoding) choose(offered []string) string {
	if !a.present {
		return "identity"
	}
	best, bestQ := "identity", -1.0 // unlisted identity: acceptable, last
	if q, ok := a.quality("identity"); ok {
		bestQ = q
	}
	for _, c := range offered {
		q, _ := a.quality(c)
		if q == 0 {
			continue
		}
		if q > bestQ || (q == bestQ && best == "identity") {
			best, bestQ = c, q
		}
	}
	return best
}
