package main

import (
	"regexp"
	"strings"
)

// block is a /** … */ comment and the first code line after it.
type block struct {
	doc  string // the comment's text, prefixes removed, tags kept
	next string // the next non-blank line, trimmed
}

// reCommentPrefix is the " * " that starts a comment line. A "* " at the
// start of a line is a Markdown bullet in the text, not a prefix.
var reCommentPrefix = regexp.MustCompile(`^\s+\*( |$)`)

// blocks returns every doc comment of a JavaScript or TypeScript file with
// the line of code it documents.
func blocks(src string) []block {
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	var out []block
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "/**" {
			continue
		}
		var text []string
		j := i + 1
		for ; j < len(lines) && strings.TrimSpace(lines[j]) != "*/"; j++ {
			text = append(text, reCommentPrefix.ReplaceAllString(lines[j], ""))
		}
		k := j + 1
		for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
			k++
		}
		b := block{doc: strings.Join(text, "\n")}
		if k < len(lines) {
			b.next = strings.TrimSpace(lines[k])
		}
		out = append(out, b)
		i = j
	}
	return out
}

// jsdocTags splits a JSDoc comment into its text and its @tags' values by
// tag name (the last value wins; @param is kept as a list).
func jsdocTags(doc string) (text string, tags map[string][]string) {
	tags = map[string][]string{}
	var body []string
	for _, l := range strings.Split(doc, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "@") {
			name, val, _ := strings.Cut(t[1:], " ")
			tags[name] = append(tags[name], strings.TrimSpace(val))
			continue
		}
		body = append(body, l)
	}
	return strings.Join(body, "\n"), tags
}
