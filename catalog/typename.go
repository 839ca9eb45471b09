package catalog

import "github.com/tcsig/tcsig/catalog/schema"

// TypeName is a field's type in the findings' words, as a message or a
// plain string: "a number", "a Filter object", "an array of strings". The
// page's documentation table shows the same words in its language.
func TypeName(f *schema.Field) any { return typeName(f) }
