// Package layout holds no code, only a test of the import rules that
// CONTRIBUTING.md's architecture section describes: packages read from the
// commands down to the protocol core, and each may import only packages on
// its own floor or below.
package layout
