package catalog

import (
	"slices"
	"strings"

	"github.com/tcsig/tcsig/catalog/schema"
	"github.com/tcsig/tcsig/internal/message"
)

// Action is one action of one service version, with what is needed to
// describe and check a request for it.
type Action struct {
	Service  string
	Version  string
	Host     string // mainland host; empty for services only the international package knows
	IntlHost string
	Name     string
	Doc      schema.Doc
	// RequiredKnown is false when only the international package knows the
	// version: it has no required marks, so none is checked.
	RequiredKnown bool
	Request       schema.Structure
	Response      schema.Structure
	// Structures are the version's named structures, for Ref lookups.
	Structures map[string]schema.Structure
}

// DefaultHost is the host a request goes to when none is chosen: the
// mainland host, or the international one for services only it knows.
func (a *Action) DefaultHost() string {
	if a.Host != "" {
		return a.Host
	}
	return a.IntlHost
}

// Action looks up an action. Version "" means the newest version that has
// the action (a service's newest version may hold only a few new actions,
// as antiddos 2025-09-03 does), or the newest when none has it.
func (c *Catalog) Action(service, version, action string) (*Action, error) {
	s, v, err := c.Version(service, version)
	if err != nil {
		return nil, err
	}
	// One pass over the versions finds the action and, when the version
	// lacks it, the others that have it: the version, not the name, is
	// then wrong.
	var others []string
	for i := range s.Versions {
		w := &s.Versions[i]
		a, ok := w.Actions[action]
		switch {
		case !ok:
		case version == "" || w == v:
			return newAction(s, w, action, a), nil
		default:
			others = append(others, w.Version)
		}
	}
	names := make([]string, 0, len(v.Actions))
	for n := range v.Actions {
		names = append(names, n)
	}
	slices.Sort(names)
	var hint any = ""
	if len(others) > 0 {
		hint = message.New(message.CatOtherVersions, strings.Join(others, ", "))
	}
	return nil, lookupMsg(ErrUnknownAction, message.New(message.CatUnknownAction, action, service, v.Version, didYouMean(action, names), hint))
}

// newAction is the action a of version v of s, named name.
func newAction(s *schema.Service, v *schema.Version, name string, a schema.Action) *Action {
	// Built in place and copied once: field by field into the heap, each
	// pointer store is its own write barrier, and the module larger.
	out := new(Action)
	*out = Action{
		Service: s.Name, Version: v.Version, Host: s.Host, IntlHost: s.IntlHost, Name: name, Doc: a.Doc,
		RequiredKnown: hasCN(v),
		Request:       v.Structures[a.Request], Response: v.Structures[a.Response],
		Structures: v.Structures,
	}
	return out
}

// hasCN is whether the Chinese package knows v (a loop: slices.Contains
// would be one more generic function in the module).
func hasCN(v *schema.Version) bool {
	for _, src := range v.Sources {
		if src == schema.SourceCN {
			return true
		}
	}
	return false
}

// Param is a parameter as the command line's JSON shows it: Type is
// string, number, boolean, object or array; an array has Items (the same
// shape without a name) and an object has Fields, expanded to a depth cap
// so recursive structures end.
type Param struct {
	Name      string  `json:"name,omitempty"`
	Type      string  `json:"type"`
	Required  bool    `json:"required"`
	Bigint    bool    `json:"bigint,omitempty"`
	Structure string  `json:"structure,omitempty"` // the named structure of an object
	Doc       string  `json:"doc,omitempty"`
	Items     *Param  `json:"items,omitempty"`
	Fields    []Param `json:"fields,omitempty"`
}

// TypeArray is Param.Type for a JSON array.
const TypeArray = "array"

// MaxDepth is how many levels of objects Params expands; deeper objects
// keep their structure name and no fields.
const MaxDepth = 4

// Params returns the request parameters in lang ("en" or "zh", falling
// back to the other), objects expanded up to depth levels.
func (a *Action) Params(lang string, depth int) []Param {
	return a.fields(a.Request, lang, depth)
}

// ResponseParams is Params for the response fields.
func (a *Action) ResponseParams(lang string, depth int) []Param {
	return a.fields(a.Response, lang, depth)
}

func (a *Action) fields(s schema.Structure, lang string, depth int) []Param {
	out := make([]Param, 0, len(s.Fields))
	for _, f := range s.Fields {
		p := a.param(f, lang, depth)
		p.Name, p.Required, p.Doc = f.Name, f.Required && a.RequiredKnown, Text(f.Doc, lang)
		out = append(out, p)
	}
	return out
}

// param is the type of one field, without its name.
func (a *Action) param(f schema.Field, lang string, depth int) Param {
	elem := Param{Type: f.Type, Bigint: f.Bigint}
	if f.Type == schema.TypeObject {
		elem.Structure = f.Ref
		if s, ok := a.Structures[f.Ref]; ok && depth > 0 {
			elem.Fields = a.fields(s, lang, depth-1)
		}
	}
	if !f.Array {
		return elem
	}
	return Param{Type: TypeArray, Items: &elem}
}

// Text is a doc in lang ("en" or "zh"), or the other language when lang's
// is missing.
func Text(d schema.Doc, lang string) string {
	s, _ := TextLang(d, lang)
	return s
}

// TextLang is Text and the language it returned ("" when neither exists).
func TextLang(d schema.Doc, lang string) (string, string) {
	first, second := d.En, d.Zh
	fl, sl := "en", "zh"
	if lang == "zh" {
		first, second, fl, sl = d.Zh, d.En, "zh", "en"
	}
	if first != "" {
		return first, fl
	}
	if second != "" {
		return second, sl
	}
	return "", ""
}
