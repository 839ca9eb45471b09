package suggest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"region", "region", 0}, {"regoin", "region", 1}, {"regio", "region", 1},
		{"ap-guangzhuo", "ap-guangzhou", 1}, {"", "abc", 3}, {"kitten", "sitting", 3}, {"", "", 0},
	} {
		assert.Equal(t, tc.want, Distance(tc.a, tc.b), tc.a+"→"+tc.b)
	}
}

func TestClosest(t *testing.T) {
	params := []string{"InstanceIds", "Filters", "Offset", "Limit"}
	for _, tc := range []struct {
		name       string
		candidates []string
		want       string
	}{
		{"regoin", []string{"service", "region", "host"}, "region"},
		{"x", []string{"service", "region"}, ""},
		{strings.Repeat("z", 6), []string{"region"}, ""},
		{"Limt", params, "Limit"},
		{"limit", params, "Limit"}, // letter case is no typo
		{"Filter", params, "Filters"},
		{"Zone", params, ""},
		{"sgin", []string{"verify", "sign", "send"}, "sign"},
		{"ab", []string{"ac", "aa"}, "aa"}, // a tie goes to the first in sort order
	} {
		assert.Equal(t, tc.want, Closest(tc.name, tc.candidates), tc.name)
	}
}
