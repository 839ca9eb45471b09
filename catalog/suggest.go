package catalog

import "github.com/tcsig/tcsig/internal/suggest"

// didYouMean is "; did you mean X?" or "".
func didYouMean(name string, candidates []string) string {
	if s := suggest.Closest(name, candidates); s != "" {
		return "; did you mean " + s + "?"
	}
	return ""
}
