package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/tcsig/tcsig/catalog/schema"
)

// Paths in tencentcloud-sdk-nodejs: tencentcloud/services/<svc>/v<date>/<svc>_{models.d.ts,client.d.ts,client.js}.
var reCNPath = regexp.MustCompile(`^tencentcloud/services/([a-z0-9]+)/(v\d{8})/([a-z0-9]+)_(models\.d\.ts|client\.d\.ts|client\.js)$`)

func keepCN(name string) bool { return reCNPath.MatchString(name) }

var (
	reSuper      = regexp.MustCompile(`super\(\s*"([^"]+)"\s*,\s*"(\d{4}-\d{2}-\d{2})"`)
	reInterface  = regexp.MustCompile(`^export interface (\w+) \{$`)
	reNullType   = regexp.MustCompile(`^export (?:declare )?type (\w+) = null;$`)
	reTSField    = regexp.MustCompile(`^(\w+)(\??): (.+);$`)
	reTSMethod   = regexp.MustCompile(`^(\w+)\(req\??: (\w+), cb\?: .*Promise<(\w+)>;$`)
	reTSArray    = regexp.MustCompile(`^Array<(.+)>$`)
	reIdentifier = regexp.MustCompile(`^[A-Z]\w*$`)
)

// parseCN reads the Chinese package: every service version's host, actions
// with their docs, and structures with types and required marks.
func parseCN(fs files) (pkgData, error) {
	return parseFiles(fs, reCNPath, func(src string, m []string, v *pkgVersion) error {
		switch m[4] {
		case "client.js":
			return parseClientJS(src, v)
		case "client.d.ts":
			parseCNClient(src, v)
		case "models.d.ts":
			return parseCNModels(src, v)
		}
		return nil
	})
}

// parseClientJS takes the host and version from the client's constructor:
// super("cvm.tencentcloudapi.com", "2017-03-12", …).
func parseClientJS(src string, v *pkgVersion) error {
	m := reSuper.FindStringSubmatch(src)
	if m == nil {
		return fmt.Errorf("no super(host, version) call in the client")
	}
	v.host, v.version = m[1], m[2]
	return nil
}

// parseCNClient reads each action's doc comment and its request and
// response type names.
func parseCNClient(src string, v *pkgVersion) {
	eachMethod(src, reTSMethod, v, func(a *schema.Action, doc string, m []string) {
		a.Zh, a.Request, a.Response = plainText(doc), m[2], m[3]
	})
}

// parseCNModels reads the interfaces of <svc>_models.d.ts: a field without
// "?" is required.
func parseCNModels(src string, v *pkgVersion) error {
	sb := structures{v: v}
	for _, b := range blocks(src) {
		if m := reInterface.FindStringSubmatch(b.next); m != nil {
			sb.start(m[1], schema.Doc{Zh: plainText(b.doc)})
			continue
		}
		if m := reNullType.FindStringSubmatch(b.next); m != nil {
			sb.start(m[1], schema.Doc{Zh: plainText(b.doc)}) // an empty request
			sb.done()
			continue
		}
		m := reTSField.FindStringSubmatch(b.next)
		if m == nil || sb.name == "" {
			continue
		}
		f, err := tsType(m[3])
		if err != nil {
			return fmt.Errorf("%s.%s: %w", sb.name, m[1], err)
		}
		f.Name, f.Required, f.Zh = m[1], m[2] == "", plainText(b.doc)
		sb.add(f)
	}
	sb.done()
	return nil
}

// structures collects the structures of a models file: start opens one
// (storing the one before), add appends a field to it, done stores it.
type structures struct {
	v    *pkgVersion
	name string
	s    schema.Structure
}

func (sb *structures) start(name string, doc schema.Doc) {
	sb.done()
	sb.name, sb.s = name, schema.Structure{Doc: doc, Fields: []schema.Field{}}
}

func (sb *structures) add(f schema.Field) { sb.s.Fields = append(sb.s.Fields, f) }

func (sb *structures) done() {
	if sb.name != "" {
		sb.v.structures[sb.name] = sb.s
	}
	sb.name = ""
}

// tsType maps a TypeScript field type to the catalog's.
func tsType(t string) (schema.Field, error) {
	var f schema.Field
	if m := reTSArray.FindStringSubmatch(t); m != nil {
		f.Array = true
		t = m[1]
	}
	switch t {
	case "string":
		f.Type = schema.TypeString
	case "number":
		f.Type = schema.TypeNumber
	case "number | bigint":
		f.Type, f.Bigint = schema.TypeNumber, true
	case "boolean":
		f.Type = schema.TypeBoolean
	default:
		if !reIdentifier.MatchString(t) {
			return f, fmt.Errorf("unknown type %q", t)
		}
		f.Type, f.Ref = schema.TypeObject, t
	}
	return f, nil
}

// dirVersion turns a version directory, v20170312, into 2017-03-12.
func dirVersion(dir string) string {
	d := strings.TrimPrefix(dir, "v")
	if len(d) != 8 {
		return d
	}
	return d[:4] + "-" + d[4:6] + "-" + d[6:]
}
