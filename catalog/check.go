package catalog

import (
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/catalog/schema"
	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/message"
)

// Cause ids of findings: stable, for scripts and the page.
const (
	CauseUnknownAction    = "unknown-action"
	CauseUnknownVersion   = "unknown-version"
	CauseUnknownParameter = "unknown-parameter"
	CauseMissingParameter = "missing-parameter"
	CauseParameterType    = "parameter-type"
)

// API error codes each cause would get from the API.
const (
	CodeInvalidAction    = "InvalidAction"
	CodeNoSuchVersion    = "NoSuchVersion"
	CodeUnknownParameter = "UnknownParameter"
	CodeMissingParameter = "MissingParameter"
	CodeInvalidParameter = "InvalidParameter"
)

// Finding is one thing the catalog says the API would reject. The catalog
// can lag behind the API, so callers show findings as warnings.
type Finding struct {
	Cause   string `json:"cause"`
	Path    string `json:"path,omitempty"` // JSON path (Filters[0].Name) or form name (Filters.0.Name)
	Code    string `json:"code"`
	Message string `json:"message"` // in English
	// Text is Message as a message code, for other languages (Render).
	Text message.Msg `json:"-"`
}

// Render returns String() in lang.
func (f Finding) Render(lang message.Lang) string {
	var m any = f.Message
	if !f.Text.IsZero() {
		m = f.Text
	}
	return message.New(message.CatFinding, m, f.Cause, f.Code).Render(lang)
}

// Localize returns f with Message in lang.
func (f Finding) Localize(lang message.Lang) Finding {
	if !f.Text.IsZero() {
		f.Message = f.Text.Render(lang)
	}
	return f
}

// add appends a Finding with its message as a code. The kinds of
// finding (unknown, missing, wrongType) append through it rather than
// return a Finding for each caller to append: fewer copies of the struct,
// less code in the module.
func add(out *[]Finding, cause, path, code string, m message.Msg) {
	*out = append(*out, Finding{cause, path, code, m.Render(message.EN), m})
}

func (f Finding) String() string {
	return f.Message + " (" + f.Cause + ", the API answers " + f.Code + ")"
}

// Body kinds of a Request.
const (
	BodyNone = iota // not checked (e.g. multipart): only the action and version
	BodyJSON        // a TC3 JSON body: names, required-ness and types
	BodyForm        // GET or v1 parameters, flattened (Filters.0.Name): names and required-ness
)

// Request is what Check looks at.
type Request struct {
	Service, Version, Action string
	Kind                     int
	JSON                     []byte   // BodyJSON; empty means {}
	Form                     []string // BodyForm: the parameter names, common parameters included
}

// Check compares a request with the catalog. An unknown service gives no
// findings (the catalog cannot tell), nor does a body that is not valid
// JSON (the signer reports that).
func (c *Catalog) Check(r Request) []Finding {
	a, found := c.checkAction(r.Service, r.Version, r.Action)
	if a == nil {
		return found
	}
	switch r.Kind {
	case BodyJSON:
		return a.checkJSON(r.JSON)
	case BodyForm:
		return a.checkForm(r.Form)
	}
	return nil
}

// CheckJSON is Check of a request with a JSON body (Kind BodyJSON). The
// playground's module calls it rather than Check, so that it does not link
// the form checks it never needs.
func (c *Catalog) CheckJSON(service, version, action string, body []byte) []Finding {
	a, found := c.checkAction(service, version, action)
	if a == nil {
		return found
	}
	return a.checkJSON(body)
}

// checkAction looks the action up: nil and the finding when the version
// or the action is unknown, nil and none when the catalog cannot tell.
func (c *Catalog) checkAction(service, version, action string) (*Action, []Finding) {
	if _, err := c.IndexService(service); err != nil {
		return nil, nil
	}
	// Action looks the version up first: its error is the version's. With
	// no version asked for, a service without versions is not a finding.
	// The lookups return their errors unwrapped, so a type assertion tells
	// the kind (errors.Is would be more code in the module), and both kinds
	// carry their message as a code.
	a, err := c.Action(service, version, action)
	le, _ := err.(*message.KindError)
	cause, code := CauseUnknownAction, CodeInvalidAction
	switch {
	case err == nil:
		return a, nil
	case le == nil:
		return nil, nil
	case version != "" && le.Kind == ErrUnknownVersion:
		cause, code = CauseUnknownVersion, CodeNoSuchVersion
	case le.Kind != ErrUnknownAction:
		return nil, nil
	}
	var out []Finding
	add(&out, cause, "", code, le.Msg)
	return nil, out
}

// checkJSON checks a TC3 JSON body.
func (a *Action) checkJSON(body []byte) []Finding {
	if len(strings.TrimSpace(string(body))) == 0 {
		body = []byte("{}")
	}
	v, err := jsonlite.Decode(body)
	if err != nil {
		return nil
	}
	var out []Finding
	if obj, ok := v.(jsonlite.Object); ok {
		a.checkObject(&out, "", a.Request, obj)
	} else {
		wrongType(&out, "", message.Term("a JSON object"), v)
	}
	return out
}

// checkObject checks an object's members against a structure: unknown
// names, then missing required fields.
func (a *Action) checkObject(out *[]Finding, path string, s schema.Structure, obj jsonlite.Object) {
	names := fieldNames(s)
	for _, m := range obj {
		p := joinPath(path, m.Key)
		f := fieldByName(s, m.Key)
		if f == nil {
			unknown(out, p, m.Key, names)
			continue
		}
		a.checkValue(out, p, f, m.Value, false)
	}
	if !a.RequiredKnown {
		return
	}
	for i := range s.Fields {
		f := &s.Fields[i]
		if _, ok := obj.Get(f.Name); f.Required && !ok {
			missing(out, joinPath(path, f.Name), f)
		}
	}
}

// checkValue checks one member's value: an array of the field's type
// (unless elem: then v is one of its elements), or one value of it.
func (a *Action) checkValue(out *[]Finding, path string, f *schema.Field, v any, elem bool) {
	if v == nil {
		return // null: the SDKs send it for unset fields in some languages
	}
	if f.Array && !elem {
		arr, ok := v.([]any)
		if !ok {
			wrongType(out, path, typeName(f), v)
		}
		for i, e := range arr {
			a.checkValue(out, path+"["+strconv.Itoa(i)+"]", f, e, true)
		}
		return
	}
	ok := true
	switch f.Type {
	case schema.TypeString:
		_, ok = v.(string)
	case schema.TypeNumber:
		_, ok = v.(jsonlite.Number)
	case schema.TypeBoolean:
		_, ok = v.(bool)
	case schema.TypeObject:
		obj, isObj := v.(jsonlite.Object)
		if !isObj {
			ok = false
			break
		}
		if s, known := a.Structures[f.Ref]; known {
			a.checkObject(out, path, s, obj)
		}
	}
	if !ok {
		wrongType(out, path, typeWords(f, false), v)
	}
}

// checkForm checks GET or v1 parameter names: values are strings on the
// wire, so only names and required-ness can be checked.
func (a *Action) checkForm(names []string) []Finding {
	var out []Finding
	present := map[string]bool{}
	for _, n := range names {
		if commonParams[n] {
			continue
		}
		parts := strings.Split(n, ".")
		present[parts[0]] = true
		a.checkFormName(&out, parts, a.Request)
	}
	if !a.RequiredKnown {
		return out
	}
	for i := range a.Request.Fields {
		if f := &a.Request.Fields[i]; f.Required && !present[f.Name] {
			missing(&out, f.Name, f)
		}
	}
	return out
}

// checkFormName follows a flattened name (Filters.0.Values.1) through the
// structures and adds a finding for the first part that is not a field.
func (a *Action) checkFormName(out *[]Finding, parts []string, s schema.Structure) {
	for i := 0; i < len(parts); i++ {
		f := fieldByName(s, parts[i])
		if f == nil {
			unknown(out, strings.Join(parts[:i+1], "."), parts[i], fieldNames(s))
			return
		}
		if f.Array && i+1 < len(parts) {
			if _, err := strconv.Atoi(parts[i+1]); err == nil {
				i++ // the element's index
			}
		}
		if f.Type != schema.TypeObject {
			return // a scalar: anything after it is the API's concern
		}
		var ok bool
		if s, ok = a.Structures[f.Ref]; !ok {
			return
		}
	}
}

// commonParams are the API's common parameters, which GET and v1 requests
// carry among the action's own.
var commonParams = map[string]bool{
	"Action": true, "Version": true, "Region": true, "Timestamp": true, "Nonce": true,
	"SecretId": true, "Signature": true, "SignatureMethod": true, "Token": true,
	"Language": true, "RequestClient": true,
}

func unknown(out *[]Finding, path, name string, known []string) {
	add(out, CauseUnknownParameter, path, CodeUnknownParameter,
		message.New(message.CatUnknownParam, path, didYouMean(name, known)))
}

func missing(out *[]Finding, path string, f *schema.Field) {
	add(out, CauseMissingParameter, path, CodeMissingParameter,
		message.New(message.CatMissingParam, path, typeName(f)))
}

func wrongType(out *[]Finding, path string, want, v any) {
	var where any = path
	if path == "" {
		where = message.Term("the body")
	}
	add(out, CauseParameterType, path, CodeInvalidParameter,
		message.New(message.CatWrongType, where, want, message.Term(jsonKind(v))))
}

// typeName is a field's type in words: "a number", "a Filter object",
// "an array of strings".
func typeName(f *schema.Field) any {
	if f.Array {
		return message.New(message.CatArrayOf, typeWords(f, true))
	}
	return typeWords(f, false)
}

// typeWords is the type of one value of f ("a number", "a Filter object"),
// or with many of an array's elements ("strings", "Filter objects").
func typeWords(f *schema.Field, many bool) any {
	// One return of each kind: every call and conversion written is more
	// code in the module.
	if f.Type == schema.TypeObject && f.Ref != "" {
		code := message.CatRefObject
		if many {
			code = message.CatRefObjects
		}
		return message.New(code, f.Ref)
	}
	one, several := "a string", "strings"
	switch f.Type {
	case schema.TypeNumber:
		one, several = "a number", "numbers"
	case schema.TypeBoolean:
		one, several = "a boolean", "booleans"
	case schema.TypeObject:
		one, several = "an object", "objects"
	}
	if many {
		one = several
	}
	return message.Term(one)
}

func jsonKind(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case jsonlite.Number:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case jsonlite.Object:
		return "an object"
	}
	return "null"
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// fieldByName is the field of s named name, or nil.
func fieldByName(s schema.Structure, name string) *schema.Field {
	for i := range s.Fields {
		if s.Fields[i].Name == name {
			return &s.Fields[i]
		}
	}
	return nil
}

func fieldNames(s schema.Structure) []string {
	out := make([]string, len(s.Fields))
	for i, f := range s.Fields {
		out[i] = f.Name
	}
	return out
}
