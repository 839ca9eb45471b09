package catalog

import (
	"sort"
	"strings"
	"unicode"
)

// Hit is one action found by Search.
type Hit struct {
	Service string `json:"service"`
	Version string `json:"version"` // the newest version that has the action
	Action  string `json:"action"`
}

// Match strengths of one query word against an action, strongest first.
const (
	matchNone      = 0
	matchSubstring = 1 // inside the name: "stance" in DescribeInstances
	matchWord      = 2 // the start of a word of the name: "inst" in DescribeInstances
	matchPrefix    = 3 // the start of the name: "describeinst"
	matchService   = 4 // the service's name: "cvm" (its actions before others that say CVM)
)

// Search finds actions of every service whose name matches every word of
// query: the start of the name, the start of one of its words
// (Describe·Instances), the service's name, or, weakest, any part of the
// name. Case is ignored. Results are best first, at most limit (0: all).
func (c *Catalog) Search(query string, limit int) ([]Hit, error) {
	idx, err := c.Index()
	if err != nil {
		return nil, err
	}
	terms := strings.Fields(strings.ToLower(query))
	if len(terms) == 0 {
		return nil, nil
	}
	type scored struct {
		Hit
		score int
		exact bool
	}
	var found []scored
	for _, s := range idx.Services {
		seen := map[string]bool{}
		for _, v := range s.Versions { // newest first: the first version with the action wins
			for _, a := range v.Actions {
				if seen[a] {
					continue
				}
				seen[a] = true
				score := matchAll(terms, s.Name, a)
				if score > 0 {
					found = append(found, scored{Hit{s.Name, v.Version, a}, score, strings.EqualFold(a, query)})
				}
			}
		}
	}
	sort.Slice(found, func(i, j int) bool {
		a, b := found[i], found[j]
		switch {
		case a.exact != b.exact:
			return a.exact
		case a.score != b.score:
			return a.score > b.score
		case len(a.Action) != len(b.Action):
			return len(a.Action) < len(b.Action)
		case a.Action != b.Action:
			return a.Action < b.Action
		}
		return a.Service < b.Service
	})
	if limit > 0 && len(found) > limit {
		found = found[:limit]
	}
	out := make([]Hit, len(found))
	for i, f := range found {
		out[i] = f.Hit
	}
	return out, nil
}

// matchAll is the sum of every term's match strength, or 0 when one term
// does not match.
func matchAll(terms []string, service, action string) int {
	lower := strings.ToLower(action)
	var words []string
	total := 0
	for _, t := range terms {
		m := matchNone
		switch {
		case t == service:
			m = matchService
		case strings.HasPrefix(lower, t):
			m = matchPrefix
		default:
			if words == nil {
				words = Words(action)
			}
			for _, w := range words {
				if strings.HasPrefix(w, t) {
					m = matchWord
					break
				}
			}
			if m == matchNone && strings.Contains(lower, t) {
				m = matchSubstring
			}
		}
		if m == matchNone {
			return 0
		}
		total += m
	}
	return total
}

// Words splits a CamelCase name into lower-case words:
// DescribeCDHInstances → describe, cdh, instances.
func Words(name string) []string {
	var out []string
	r := []rune(name)
	start := 0
	for i := 1; i < len(r); i++ {
		lowerToUpper := unicode.IsUpper(r[i]) && !unicode.IsUpper(r[i-1])
		acronymEnd := unicode.IsUpper(r[i]) && unicode.IsUpper(r[i-1]) && i+1 < len(r) && unicode.IsLower(r[i+1])
		if lowerToUpper || acronymEnd {
			out = append(out, strings.ToLower(string(r[start:i])))
			start = i
		}
	}
	return append(out, strings.ToLower(string(r[start:])))
}
