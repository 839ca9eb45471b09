// Package suggest finds the "did you mean" for a name that is one or two
// typos away from a known one: a flag, a command, a region, an action or a
// parameter. The CLI and the catalog use it, so every suggestion follows
// the same rule.
package suggest

import "strings"

// Closest returns the candidate nearest to name by edit distance, ignoring
// letter case, or "" when none is near enough to be a likely typo. Ties go
// to the candidate that sorts first, so the answer never depends on the
// candidates' order.
func Closest(name string, candidates []string) string {
	lower := strings.ToLower(name)
	best, bestD := "", -1
	for _, c := range candidates {
		d := Distance(lower, strings.ToLower(c))
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

// Distance is the optimal-string-alignment distance between a and b:
// insertions, deletions, substitutions and swaps of neighbouring bytes
// (the typo "regoin" is one edit from "region"). Names here are ASCII.
func Distance(a, b string) int {
	prev2 := make([]int, len(b)+1)
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
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
