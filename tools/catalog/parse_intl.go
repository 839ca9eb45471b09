package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/tcsig/tcsig/catalog/schema"
)

// Paths in tencentcloud-sdk-nodejs-intl-en: tencentcloud/<svc>/v<date>/{models.js,<svc>_client.js}.
var reIntlPath = regexp.MustCompile(`^tencentcloud/([a-z0-9]+)/(v\d{8})/(models\.js|[a-z0-9]+_client\.js)$`)

func keepIntl(name string) bool { return reIntlPath.MatchString(name) }

var (
	reJSClass    = regexp.MustCompile(`^class (\w+) extends\s+AbstractModel \{$`)
	reJSField    = regexp.MustCompile(`^this\.(\w+) = null;$`)
	reJSMethod   = regexp.MustCompile(`^(\w+)\(req, cb\) \{$`)
	reJSDocType  = regexp.MustCompile(`^\{(.+?)(?: \|\| null)?\}$`)
	reJSDocArray = regexp.MustCompile(`^Array\.<(.+)>$`)
	reParamType  = regexp.MustCompile(`^\{(?:function\(string, )?(\w+)(?:\):void)?\}`)
)

// parseIntl reads the international package: hosts, English docs and
// types. It has no required marks.
func parseIntl(fs files) (pkgData, error) {
	return parseFiles(fs, reIntlPath, func(src string, m []string, v *pkgVersion) error {
		if m[3] == "models.js" {
			return parseIntlModels(src, v)
		}
		if err := parseClientJS(src, v); err != nil {
			return err
		}
		parseIntlClient(src, v)
		return nil
	})
}

// parseIntlClient reads each action's JSDoc: the text, and the request and
// response types from @param {XRequest} req and {function(string, XResponse):void} cb.
func parseIntlClient(src string, v *pkgVersion) {
	eachMethod(src, reJSMethod, v, func(a *schema.Action, doc string, _ []string) {
		text, tags := jsdocTags(doc)
		a.En = plainText(text)
		for _, p := range tags["param"] {
			t := reParamType.FindStringSubmatch(p)
			switch {
			case t == nil:
			case strings.HasSuffix(p, " cb"):
				a.Response = t[1]
			default:
				a.Request = t[1]
			}
		}
	})
}

// parseIntlModels reads models.js: a class per structure, a JSDoc with
// @type before each this.Field = null in its constructor.
func parseIntlModels(src string, v *pkgVersion) error {
	sb := structures{v: v}
	for _, b := range blocks(src) {
		text, tags := jsdocTags(b.doc)
		if m := reJSClass.FindStringSubmatch(b.next); m != nil {
			sb.start(m[1], schema.Doc{En: plainText(text)})
			continue
		}
		m := reJSField.FindStringSubmatch(b.next)
		if m == nil || sb.name == "" || len(tags["type"]) == 0 {
			continue
		}
		f, err := jsdocType(tags["type"][0])
		if err != nil {
			return fmt.Errorf("%s.%s: %w", sb.name, m[1], err)
		}
		f.Name, f.En = m[1], plainText(text)
		sb.add(f)
	}
	sb.done()
	return nil
}

// jsdocType maps "{Array.<Filter> || null}" and the like to the catalog's type.
func jsdocType(t string) (schema.Field, error) {
	m := reJSDocType.FindStringSubmatch(t)
	if m == nil {
		return schema.Field{}, fmt.Errorf("unknown JSDoc type %q", t)
	}
	inner, array := m[1], false
	if a := reJSDocArray.FindStringSubmatch(inner); a != nil {
		inner, array = a[1], true
	}
	f, err := tsType(inner)
	f.Array = array
	return f, err
}
