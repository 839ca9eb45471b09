package catalog

import (
	"github.com/tcsig/tcsig/catalog/schema"
	"github.com/tcsig/tcsig/internal/jsonlite"
)

// skeletonDepth caps how deep Skeleton expands nested objects, so
// recursive structures end; deeper objects are {}.
const skeletonDepth = 4

// Skeleton writes the action's response fields into an open JSON object,
// each a typed placeholder (strings "", numbers 0, booleans false, arrays
// of one element), in the package's order and without RequestId, which
// the caller adds. An SDK decodes the result into the action's response
// type.
func (a *Action) Skeleton(w *jsonlite.Writer) {
	placeholders{a: a}.members(w, a.Response, skeletonDepth, "RequestId")
}

// Example writes the action's request as a JSON object, each field a typed
// placeholder as in Skeleton, the required ones first at every level
// (where the package marks them), nested objects expanded depth levels
// deep and {} below: an example body to fill in.
func (a *Action) Example(w *jsonlite.Writer, depth int) {
	w.OpenObject()
	placeholders{a: a, requiredFirst: true}.members(w, a.Request, depth, "")
	w.CloseObject()
}

// placeholders writes typed placeholder values for an action's fields.
type placeholders struct {
	a             *Action
	requiredFirst bool // the required fields before the others, at every level
}

// members writes s's fields but skip as keys of an open object, objects
// expanded depth more levels.
func (p placeholders) members(w *jsonlite.Writer, s schema.Structure, depth int, skip string) {
	passes := 1
	if p.requiredFirst {
		passes = 2 // the required fields, then the others
	}
	for pass := 0; pass < passes; pass++ {
		for _, f := range s.Fields {
			required := f.Required && p.a.RequiredKnown
			if f.Name == skip || p.requiredFirst && required != (pass == 0) {
				continue
			}
			w.Key(f.Name)
			p.value(w, f, depth)
		}
	}
}

func (p placeholders) value(w *jsonlite.Writer, f schema.Field, depth int) {
	if f.Array {
		w.OpenArray()
	}
	switch f.Type {
	case schema.TypeNumber:
		w.Int(0)
	case schema.TypeBoolean:
		w.Bool(false)
	case schema.TypeObject:
		w.OpenObject()
		if depth > 0 {
			p.members(w, p.a.Structures[f.Ref], depth-1, "")
		}
		w.CloseObject()
	default:
		w.String("")
	}
	if f.Array {
		w.CloseArray()
	}
}
