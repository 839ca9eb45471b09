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
	a.members(w, a.Response, skeletonDepth, true)
}

func (a *Action) members(w *jsonlite.Writer, s schema.Structure, depth int, top bool) {
	for _, f := range s.Fields {
		if top && f.Name == "RequestId" {
			continue
		}
		w.Key(f.Name)
		if f.Array {
			w.OpenArray()
		}
		a.placeholder(w, f, depth)
		if f.Array {
			w.CloseArray()
		}
	}
}

func (a *Action) placeholder(w *jsonlite.Writer, f schema.Field, depth int) {
	switch f.Type {
	case schema.TypeNumber:
		w.Int(0)
	case schema.TypeBoolean:
		w.Bool(false)
	case schema.TypeObject:
		w.OpenObject()
		if depth > 0 {
			a.members(w, a.Structures[f.Ref], depth-1, false)
		}
		w.CloseObject()
	default:
		w.String("")
	}
}
