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

// DecodeIndex decodes index.json (uncompressed).
func DecodeIndex(b []byte) (*schema.Index, error) {
	o, err := topObject(b)
	if err != nil {
		return nil, err
	}
	d := decoder{}
	idx := &schema.Index{}
	for _, m := range o {
		switch m.Key {
		case "format":
			idx.Format = d.int(m.Value, "format")
		case "packages":
			idx.Packages = d.packages(m.Value)
		case "services":
			for _, s := range d.array(m.Value, "services") {
				idx.Services = append(idx.Services, d.indexService(s))
			}
		}
	}
	return idx, d.err
}

// DecodeService decodes services/<name>.json (uncompressed).
func DecodeService(b []byte) (*schema.Service, error) {
	o, err := topObject(b)
	if err != nil {
		return nil, err
	}
	d := decoder{}
	s := &schema.Service{}
	for _, m := range o {
		switch m.Key {
		case "format":
			s.Format = d.int(m.Value, "format")
		case "packages":
			s.Packages = d.packages(m.Value)
		case "name":
			s.Name = d.str(m.Value, "name")
		case "host":
			s.Host = d.str(m.Value, "host")
		case "intlHost":
			s.IntlHost = d.str(m.Value, "intlHost")
		case "versions":
			for _, v := range d.array(m.Value, "versions") {
				s.Versions = append(s.Versions, d.version(v))
			}
		}
	}
	return s, d.err
}

func topObject(b []byte) (jsonlite.Object, error) {
	v, err := jsonlite.Decode(b)
	if err != nil {
		return nil, err
	}
	o, ok := v.(jsonlite.Object)
	if !ok {
		return nil, errors.New("want a JSON object")
	}
	return o, nil
}

// decoder keeps the first type error, so the walk reads like the schema.
type decoder struct{ err error }

func (d *decoder) fail(what, want string) {
	if d.err == nil {
		d.err = errors.New(what + ": want " + want)
	}
}

func (d *decoder) object(v any, what string) jsonlite.Object {
	o, ok := v.(jsonlite.Object)
	if !ok && v != nil {
		d.fail(what, "an object")
	}
	return o
}

func (d *decoder) array(v any, what string) []any {
	a, ok := v.([]any)
	if !ok && v != nil {
		d.fail(what, "an array")
	}
	return a
}

func (d *decoder) str(v any, what string) string {
	s, ok := v.(string)
	if !ok && v != nil {
		d.fail(what, "a string")
	}
	return s
}

func (d *decoder) bool(v any, what string) bool {
	b, ok := v.(bool)
	if !ok && v != nil {
		d.fail(what, "a boolean")
	}
	return b
}

func (d *decoder) int(v any, what string) int {
	n, ok := v.(jsonlite.Number)
	if !ok {
		if v != nil {
			d.fail(what, "a number")
		}
		return 0
	}
	i, err := strconv.Atoi(string(n))
	if err != nil {
		d.fail(what, "an integer")
	}
	return i
}

func (d *decoder) strings(v any, what string) []string {
	var out []string
	for _, x := range d.array(v, what) {
		out = append(out, d.str(x, what))
	}
	return out
}

func (d *decoder) packages(v any) []schema.Package {
	var out []schema.Package
	for _, x := range d.array(v, "packages") {
		var p schema.Package
		for _, m := range d.object(x, "packages[]") {
			switch m.Key {
			case "name":
				p.Name = d.str(m.Value, "package name")
			case "version":
				p.Version = d.str(m.Value, "package version")
			case "license":
				p.License = d.str(m.Value, "package license")
			}
		}
		out = append(out, p)
	}
	return out
}

func (d *decoder) indexService(v any) schema.IndexService {
	var s schema.IndexService
	for _, m := range d.object(v, "services[]") {
		switch m.Key {
		case "name":
			s.Name = d.str(m.Value, "service name")
		case "host":
			s.Host = d.str(m.Value, "host")
		case "intlHost":
			s.IntlHost = d.str(m.Value, "intlHost")
		case "versions":
			for _, x := range d.array(m.Value, "versions") {
				var iv schema.IndexVersion
				for _, vm := range d.object(x, "versions[]") {
					switch vm.Key {
					case "version":
						iv.Version = d.str(vm.Value, "version")
					case "actions":
						iv.Actions = d.strings(vm.Value, "actions")
					}
				}
				s.Versions = append(s.Versions, iv)
			}
		}
	}
	return s
}

func (d *decoder) version(v any) schema.Version {
	var out schema.Version
	for _, m := range d.object(v, "versions[]") {
		switch m.Key {
		case "version":
			out.Version = d.str(m.Value, "version")
		case "sources":
			out.Sources = d.strings(m.Value, "sources")
		case "actions":
			o := d.object(m.Value, "actions")
			out.Actions = make(map[string]schema.Action, len(o))
			for _, a := range o {
				out.Actions[a.Key] = d.action(a.Value)
			}
		case "structures":
			o := d.object(m.Value, "structures")
			out.Structures = make(map[string]schema.Structure, len(o))
			for _, s := range o {
				out.Structures[s.Key] = d.structure(s.Value)
			}
		}
	}
	return out
}

// doc reads the en and zh members every documented thing has.
func (d *decoder) doc(doc *schema.Doc, m jsonlite.Member) bool {
	switch m.Key {
	case "en":
		doc.En = d.str(m.Value, "en")
	case "zh":
		doc.Zh = d.str(m.Value, "zh")
	default:
		return false
	}
	return true
}

func (d *decoder) action(v any) schema.Action {
	var a schema.Action
	for _, m := range d.object(v, "action") {
		switch {
		case d.doc(&a.Doc, m):
		case m.Key == "request":
			a.Request = d.str(m.Value, "request")
		case m.Key == "response":
			a.Response = d.str(m.Value, "response")
		}
	}
	return a
}

func (d *decoder) structure(v any) schema.Structure {
	var s schema.Structure
	for _, m := range d.object(v, "structure") {
		switch {
		case d.doc(&s.Doc, m):
		case m.Key == "fields":
			fs := d.array(m.Value, "fields")
			s.Fields = make([]schema.Field, 0, len(fs))
			for _, f := range fs {
				s.Fields = append(s.Fields, d.field(f))
			}
		}
	}
	return s
}

func (d *decoder) field(v any) schema.Field {
	var f schema.Field
	for _, m := range d.object(v, "field") {
		switch {
		case d.doc(&f.Doc, m):
		case m.Key == "name":
			f.Name = d.str(m.Value, "field name")
		case m.Key == "type":
			f.Type = d.str(m.Value, "field type")
		case m.Key == "ref":
			f.Ref = d.str(m.Value, "ref")
		case m.Key == "array":
			f.Array = d.bool(m.Value, "array")
		case m.Key == "bigint":
			f.Bigint = d.bool(m.Value, "bigint")
		case m.Key == "required":
			f.Required = d.bool(m.Value, "required")
		}
	}
	return f
}
