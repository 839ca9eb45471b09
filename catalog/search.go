package catalog

import (
	"sort"
	"strings"

	"github.com/tcsig/tcsig/catalog/schema"
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
// name. Case is ignored. Results are best first, at most limit (0: all);
// the actions of service prefer (the one the user has chosen; "" for none)
// come before every other service's.
func (c *Catalog) Search(query string, limit int, prefer string) ([]Hit, error) {
	idx, err := c.Index()
	if err != nil {
		return nil, err
	}
	terms := strings.Fields(strings.ToLower(query))
	if len(terms) == 0 {
		return nil, nil
	}
	var found []scored
	table := c.searchTable(idx)
	for i := range table {
		score := table[i].match(terms)
		if score == 0 {
			continue
		}
		h := scored{searchEntry: &table[i], score: score, exact: strings.EqualFold(table[i].hit.Action, query), pref: table[i].hit.Service == prefer}
		if limit <= 0 {
			found = append(found, h)
			continue
		}
		// The best limit so far, kept in order: a page's search wants a
		// screenful, and most hits lose to the last one kept at once.
		if len(found) == limit && !better(h, found[limit-1]) {
			continue
		}
		at := len(found) // the first kept hit that h beats
		for at > 0 && better(h, found[at-1]) {
			at--
		}
		if len(found) < limit {
			found = append(found, scored{})
		}
		copy(found[at+1:], found[at:])
		found[at] = h
	}
	if limit <= 0 {
		sort.Slice(found, func(i, j int) bool { return better(found[i], found[j]) })
	}
	out := make([]Hit, len(found))
	for i, f := range found {
		out[i] = f.hit
	}
	return out, nil
}

// scored is a search entry that matched, and how well.
type scored struct {
	_ [0]func() // not comparable: no equality function in the module
	*searchEntry
	score int
	exact bool
	pref  bool // of the preferred service
}

// better is whether a ranks before b: the preferred service, an exact
// name, a higher score, a shorter name, then by name and service.
func better(a, b scored) bool {
	switch {
	case a.pref != b.pref:
		return a.pref
	case a.exact != b.exact:
		return a.exact
	case a.score != b.score:
		return a.score > b.score
	case len(a.hit.Action) != len(b.hit.Action):
		return len(a.hit.Action) < len(b.hit.Action)
	case a.hit.Action != b.hit.Action:
		return a.hit.Action < b.hit.Action
	}
	return a.hit.Service < b.hit.Service
}

// searchEntry is one action as Search reads it: each distinct action of a
// service once, in its newest version, its name lower-cased and split into
// words once per index rather than on every keystroke.
type searchEntry struct {
	hit   Hit
	lower string
	words []string
}

// searchTable builds the entries of idx on first use.
func (c *Catalog) searchTable(idx *schema.Index) []searchEntry {
	c.indexMu.Lock()
	if c.table == nil || c.tableOf != idx {
		c.table, c.tableOf = buildTable(idx), idx
	}
	t := c.table
	c.indexMu.Unlock() // not deferred: that keeps the module smaller
	return t
}

// buildTable is the search entries of idx.
func buildTable(idx *schema.Index) []searchEntry {
	var t []searchEntry
	for _, s := range idx.Services {
		seen := map[string]bool{}
		for _, v := range s.Versions { // newest first: the first version with the action wins
			for _, a := range v.Actions {
				if seen[a] {
					continue
				}
				seen[a] = true
				t = append(t, searchEntry{Hit{s.Name, v.Version, a}, strings.ToLower(a), Words(a)})
			}
		}
	}
	return t
}

// match is the sum of every term's match strength, or 0 when one term
// does not match.
func (e *searchEntry) match(terms []string) int {
	total := 0
	for _, t := range terms {
		m := matchNone
		switch {
		case t == e.hit.Service:
			m = matchService
		case strings.HasPrefix(e.lower, t):
			m = matchPrefix
		default:
			for _, w := range e.words {
				if strings.HasPrefix(w, t) {
					m = matchWord
					break
				}
			}
			if m == matchNone && strings.Contains(e.lower, t) {
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
// DescribeCDHInstances → describe, cdh, instances. Action names are ASCII
// identifiers (the SDKs' method names; TestActionNamesAreASCII), so the
// cases are ASCII ones: the module then links no rune conversions.
func Words(name string) []string {
	var out []string
	start := 0
	for i := 1; i < len(name); i++ {
		upper, prevUpper := isUpper(name[i]), isUpper(name[i-1])
		lowerToUpper := upper && !prevUpper
		acronymEnd := upper && prevUpper && i+1 < len(name) && 'a' <= name[i+1] && name[i+1] <= 'z'
		if lowerToUpper || acronymEnd {
			out = append(out, strings.ToLower(name[start:i]))
			start = i
		}
	}
	return append(out, strings.ToLower(name[start:]))
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }
