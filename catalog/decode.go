package catalog

import (
	"errors"
	"strconv"

	"github.com/tcsig/tcsig/catalog/schema"
	"github.com/tcsig/tcsig/internal/jsonlite"
)

// The catalog's files are decoded with jsonlite, not encoding/json, so
// that the playground's WebAssembly module can link this package (it must
// not link encoding/json's reflection) and decode the JSON the page
// fetched. TestDecodeMatchesEncodingJSON checks every committed file
// against encoding/json. Unknown members are ignored, as encoding/json
// ignores them, so a newer generator's additions do not break a reader.
//
// One walker reads every object (decoder.into): each structure is a table
// of where its members go, and a member's Go type says how to read it
// (decoder.set).

// DecodeIndex decodes index.json (uncompressed).
func DecodeIndex(b []byte) (*schema.Index, error) {
	idx := &schema.Index{}
	return idx, decodeTop(b, slot{"format", &idx.Format}, slot{"packages", &idx.Packages}, slot{"services", &idx.Services})
}

// DecodeService decodes services/<name>.json (uncompressed).
func DecodeService(b []byte) (*schema.Service, error) {
	s := &schema.Service{}
	return s, decodeTop(b, slot{"format", &s.Format}, slot{"name", &s.Name},
		slot{"host", &s.Host}, slot{"intlHost", &s.IntlHost}, slot{"versions", &s.Versions})
}

// decodeTop decodes b, which must be a JSON object, into slots and
// returns the first error.
func decodeTop(b []byte, slots ...slot) error {
	v, err := jsonlite.Decode(b)
	if err != nil {
		return err
	}
	if _, ok := v.(jsonlite.Object); !ok {
		return errors.New("want a JSON object")
	}
	d := &decoder{}
	d.into(v, "", slots)
	return d.err
}

// decoder keeps the first type error, so the walk reads like the schema.
type decoder struct{ err error }

// slot is where the member named key goes: p points to a field of the
// schema, whose type says how to read the member (decoder.set).
type slot struct {
	key string
	p   any
}

func (d *decoder) fail(what, key, want string) {
	if d.err == nil {
		if what != "" {
			key = what + "." + key
		}
		d.err = errors.New(key + ": want " + want)
	}
}

// into stores each member of object v named by a slot; null members keep
// their zero value, unknown ones are ignored.
func (d *decoder) into(v any, what string, slots []slot) {
	o, ok := v.(jsonlite.Object)
	if !ok && v != nil {
		d.fail("", what, "an object")
	}
	for _, m := range o {
		for _, s := range slots {
			if s.key == m.Key {
				if want := d.set(s.p, m.Value); want != "" {
					d.fail(what, m.Key, want)
				}
				break
			}
		}
	}
}

// set stores v through p, which points to one of the schema's field
// types, and returns what v should have been when it is not that.
func (d *decoder) set(p, v any) (want string) {
	if v == nil {
		return "" // null: the zero value, as encoding/json leaves it
	}
	switch p := p.(type) {
	case *string:
		s, ok := v.(string)
		if *p = s; !ok {
			return "a string"
		}
	case *bool:
		b, ok := v.(bool)
		if *p = b; !ok {
			return "a boolean"
		}
	case *int:
		n, ok := v.(jsonlite.Number)
		if !ok {
			return "a number"
		}
		i, err := strconv.Atoi(string(n))
		if *p = i; err != nil {
			return "an integer"
		}
	case *map[string]schema.Action, *map[string]schema.Structure:
		o, ok := v.(jsonlite.Object)
		if d.named(p, o); !ok {
			return "an object"
		}
	default:
		a, ok := v.([]any)
		if !ok {
			return "an array"
		}
		return d.list(p, a)
	}
	return ""
}

// list decodes the array a into *p, a slice of strings or of one of the
// schema's structures (each structure is its table of slots), and returns
// what a should have held when it does not.
func (d *decoder) list(p any, a []any) (want string) {
	switch p := p.(type) {
	case *[]string:
		*p = make([]string, 0, len(a))
		for _, x := range a {
			s, ok := x.(string)
			if !ok && x != nil {
				return "strings"
			}
			*p = append(*p, s)
		}
	case *[]schema.Package:
		es := make([]schema.Package, len(a))
		*p = es
		for i := range es {
			e := &es[i]
			d.into(a[i], "packages[]", []slot{{"name", &e.Name}, {"version", &e.Version}, {"license", &e.License}})
		}
	case *[]schema.IndexService:
		es := make([]schema.IndexService, len(a))
		*p = es
		for i := range es {
			e := &es[i]
			d.into(a[i], "services[]", []slot{{"name", &e.Name}, {"host", &e.Host}, {"intlHost", &e.IntlHost}, {"versions", &e.Versions}})
		}
	case *[]schema.IndexVersion:
		es := make([]schema.IndexVersion, len(a))
		*p = es
		for i := range es {
			e := &es[i]
			d.into(a[i], "versions[]", []slot{{"version", &e.Version}, {"actions", &e.Actions}})
		}
	case *[]schema.Version:
		es := make([]schema.Version, len(a))
		*p = es
		for i := range es {
			e := &es[i]
			d.into(a[i], "versions[]", []slot{{"version", &e.Version}, {"sources", &e.Sources},
				{"actions", &e.Actions}, {"structures", &e.Structures}})
		}
	case *[]schema.Field:
		es := make([]schema.Field, len(a))
		*p = es
		for i := range es {
			e := &es[i]
			d.into(a[i], "field", []slot{{"name", &e.Name}, {"type", &e.Type}, {"ref", &e.Ref}, {"array", &e.Array},
				{"bigint", &e.Bigint}, {"required", &e.Required}, {"en", &e.En}, {"zh", &e.Zh}})
		}
	}
	return ""
}

// named decodes the object o into *p, a map of a version's actions or
// structures by name.
func (d *decoder) named(p any, o jsonlite.Object) {
	switch p := p.(type) {
	case *map[string]schema.Action:
		*p = make(map[string]schema.Action, len(o))
		es := make([]schema.Action, len(o)) // one allocation, not one per entry
		for i, m := range o {
			e := &es[i]
			d.into(m.Value, "action", []slot{{"en", &e.En}, {"zh", &e.Zh}, {"request", &e.Request}, {"response", &e.Response}})
			(*p)[m.Key] = *e
		}
	case *map[string]schema.Structure:
		*p = make(map[string]schema.Structure, len(o))
		es := make([]schema.Structure, len(o))
		for i, m := range o {
			e := &es[i]
			d.into(m.Value, "structure", []slot{{"en", &e.En}, {"zh", &e.Zh}, {"fields", &e.Fields}})
			(*p)[m.Key] = *e
		}
	}
}
