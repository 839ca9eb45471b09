//go:build js

package message

// textTables is empty in the WebAssembly module: the command line's text
// output (text.go) is not part of the page.
var textTables [][]entry
