package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMarkSplitsForTheBadges(t *testing.T) {
	got := Mark("GET\r\n\ufeff{} ")
	want := []any{
		"GET", "CR", "layout", "carriage return U+000D",
		"", "LF", "space", "line feed U+000A",
		"", "BOM", "suspect", "byte order mark U+FEFF",
		"{}", "SP", "space", "space at the end of a line U+0020",
		"",
	}
	assert.Equal(t, want, got)
	assert.Equal(t, []any{"plain text"}, Mark("plain text"))
	assert.Equal(t, []any{""}, Mark(""))
}

func TestNotationTable(t *testing.T) {
	rows := Notation()
	require.NotEmpty(t, rows)
	names := map[any]bool{}
	for _, r := range plain(rows).([]any) {
		names[r.(map[string]any)["name"]] = true
	}
	for _, n := range []string{"LF", "CR", "TAB", "SP", "ESC", "BEL", "DEL", "NBSP", "BOM", "ZWSP", "RLO", "PDI"} {
		assert.True(t, names[n], "the page's legend lacks %s", n)
	}
}
