package catalog

import (
	"strings"
)

// suggest returns the candidate nearest to name by edit distance, ignoring
// case, or "" when none is near enough to be a likely typo.
func suggest(name string, candidates []string) string {
	lower := strings.ToLower(name)
	best, bestD := "", -1
	for _, c := range candidates {
		d := distance(lower, strings.ToLower(c))
		if d <= maxTypo(name) && (bestD < 0 || d < bestD || d == bestD && c < best) {
			best, bestD = c, d
		}
	}
	return best
}

// maxTypo is how many edits still read as a typo: a third of the name,
// at least one and at most three.
func maxTypo(name string) int {
	return min(max(len(name)/3, 1), 3)
}

// didYouMean is "; did you mean X?" or "".
func didYouMean(name string, candidates []string) string {
	if s := suggest(name, candidates); s != "" {
		return "; did you mean " + s + "?"
	}
	return ""
}

// distance is the Levenshtein distance between a and b, in bytes (names
// here are ASCII).
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
