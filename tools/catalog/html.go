package main

import (
	"html"
	"regexp"
	"strings"
)

var (
	// <a href="URL">text</a> becomes "text (URL)": the link survives as text.
	reAnchor = regexp.MustCompile(`(?is)<a\s[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a\s*>`)
	// Tags that start a new line, and closing tags whose next opening tag
	// already does (so "</p><p>" is one line break, not a blank line).
	reBreak = regexp.MustCompile(`(?i)<br\s*/?>|<p(\s[^>]*)?>|<div(\s[^>]*)?>|</?ul>|</?ol>|</?tr>|</?table>|</?dx-alert[^>]*>`)
	reClose = regexp.MustCompile(`(?i)</(p|div|li)\s*>`)
	reItem  = regexp.MustCompile(`(?i)<li(\s[^>]*)?>`)
	// Any other tag: a letter or / right after <, so "a < b" stays.
	reTag    = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>`)
	reSpaces = regexp.MustCompile(`[ \t]+`)
	reBlank  = regexp.MustCompile(`\n{3,}`)
)

// plainText turns a doc comment's HTML into text: links kept as
// "text (URL)", list items on their own lines, entities decoded, runs of
// spaces and blank lines collapsed.
func plainText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = reAnchor.ReplaceAllStringFunc(s, func(m string) string {
		sub := reAnchor.FindStringSubmatch(m)
		text := strings.TrimSpace(reTag.ReplaceAllString(sub[2], ""))
		url := strings.TrimSpace(sub[1])
		if text == "" || text == url {
			return url
		}
		return text + " (" + url + ")"
	})
	s = reItem.ReplaceAllString(s, "\n• ")
	s = reBreak.ReplaceAllString(s, "\n")
	s = reClose.ReplaceAllString(s, "")
	s = reTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(reSpaces.ReplaceAllString(l, " "))
	}
	s = strings.Join(lines, "\n")
	s = reBlank.ReplaceAllString(s, "\n\n")
	// "</li>\n<li>" leaves a blank line between items; a list reads tighter.
	s = strings.ReplaceAll(s, "\n\n• ", "\n• ")
	return strings.TrimSpace(s)
}
