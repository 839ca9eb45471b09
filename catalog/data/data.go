// Package data is the committed catalog data, embedded: index.json.br and
// services/<name>.json.br, brotli-compressed JSON in the shape of
// catalog/schema. It is a package of its own so that only programs that
// want the data (the command line, the emulator) link it; the playground's
// WebAssembly module fetches the same files instead. make catalog
// regenerates them; docs/catalog.md describes them.
package data

import "embed"

// FS holds index.json.br and services/*.json.br.
//
//go:embed index.json.br services/*.json.br
var FS embed.FS
