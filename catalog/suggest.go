package catalog

import (
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/internal/suggest"
)

// didYouMean is "; did you mean X?" or "".
func didYouMean(name string, candidates []string) any {
	if s := suggest.Closest(name, candidates); s != "" {
		return message.New(message.CatDidYouMean, s)
	}
	return ""
}
