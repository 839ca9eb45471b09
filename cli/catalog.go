package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/catalog/data"
	"github.com/tcsig/tcsig/catalog/schema"
	"github.com/tcsig/tcsig/internal/message"
)

const catalogSynopsis = `Usage: tcsig catalog [flags] [SERVICE [ACTION]]

The offline catalog of Tencent Cloud APIs, from the official Node.js SDK
packages (see --version):
  tcsig catalog                          every service
  tcsig catalog cvm                      its versions and actions
  tcsig catalog cvm DescribeInstances    the action's parameters and response
  tcsig catalog --search "desc inst"     actions of every service by name

--version V picks an API version (default: the newest), as in tcsig sign;
--version alone (or --about) prints the data's package versions and licence.

Flags:
`

// newCatalog opens the embedded catalog; each command decodes only what
// it asks for.
var newCatalog = func() *catalog.Catalog { return catalog.New(data.FS) }

// catalogFlags is tcsig catalog's command line.
type catalogFlags struct {
	version, search, lang, output string
	limit, depth                  int
	about                         bool
	msgLang                       message.Lang // --lang: messages and documentation
}

func newCatalogFlagSet(f *catalogFlags, env Env) *flag.FlagSet {
	fs := flag.NewFlagSet("catalog", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.version, "version", "", "API `version` of the service (default: the newest);\nalone, without a version: the data's package versions and licence (as --about)")
	fs.StringVar(&f.search, "search", "", "find actions whose names match every `word` (start of the name or of a word in it)")
	addLangFlag(fs, env, &f.msgLang) // documentation in the other language where one is missing
	fs.StringVar(&f.output, "output", outputText, "text or json")
	fs.IntVar(&f.limit, "limit", 50, "most search results to print (0: all)")
	fs.IntVar(&f.depth, "depth", catalog.MaxDepth, "levels of nested structures to expand in --output json")
	fs.BoolVar(&f.about, "about", false, "print the data's source packages, versions and licence")
	return fs
}

// runCatalog implements tcsig catalog.
func runCatalog(_ context.Context, args []string, env Env) int {
	var f catalogFlags
	fs := newCatalogFlagSet(&f, env)
	pos, err := parseInterleaved(fs, versionAlone(args))
	env.Lang, f.lang = f.msgLang, string(f.msgLang)
	if err != nil {
		return parseFailed(env, fs, catalogSynopsis, err)
	}
	if err := f.validate(pos); err != nil {
		return fail(env, "catalog", err)
	}
	c := newCatalog()
	switch {
	case f.about:
		err = catalogAbout(env.Stdout, c, f)
	case f.search != "":
		err = catalogSearch(env.Stdout, c, f)
	case len(pos) == 0:
		err = catalogServices(env.Stdout, c, f)
	case len(pos) == 1:
		err = catalogService(env.Stdout, c, pos[0], f)
	default:
		err = catalogAction(env.Stdout, c, pos[0], pos[1], f)
	}
	if err != nil {
		return fail(env, "catalog", err)
	}
	return ExitOK
}

func (f *catalogFlags) validate(pos []string) error {
	switch {
	case len(pos) > 2:
		return message.Errorf(message.CLICatalogExtraArg, strconv.Quote(pos[2]))
	case checkLang(f.msgLang) != nil:
		return checkLang(f.msgLang)
	case f.output != outputText && f.output != outputJSON:
		return outputError(f.output, outputText, outputJSON)
	case f.search != "" && len(pos) > 0:
		return message.Errorf(message.CLICatalogSearchArgs)
	case f.depth < 0 || f.limit < 0:
		return message.Errorf(message.CLICatalogCounts)
	}
	return nil
}

// versionAlone reads --version without a version after it as --about, so
// that "tcsig catalog --version" prints the data's package versions as a
// tool's --version does, while "--version 2017-03-12" still picks an API
// version. An API version is a date: a following argument that starts with
// a digit is one.
func versionAlone(args []string) []string {
	out := make([]string, 0, len(args))
	for i, a := range args {
		if a == "--" {
			return append(out, args[i:]...)
		}
		if a == "--version" || a == "-version" {
			if i+1 >= len(args) || !startsWithDigit(args[i+1]) {
				out = append(out, "--about")
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// parseInterleaved parses flags before, between and after the positional
// arguments (tcsig catalog cvm DescribeInstances --lang zh).
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, flagParseError(fs, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func catalogAbout(w io.Writer, c *catalog.Catalog, f catalogFlags) error {
	idx, err := c.Index()
	if err != nil {
		return err
	}
	if f.output == outputJSON {
		return writeCatalogJSON(w, map[string]any{"format": idx.Format, "packages": idx.Packages})
	}
	fmt.Fprintln(w, say(f, message.CTAbout))
	tw := newColumns(w)
	for _, p := range idx.Packages {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", p.Name, p.Version, p.License)
	}
	return tw.Flush()
}

func catalogServices(w io.Writer, c *catalog.Catalog, f catalogFlags) error {
	idx, err := c.Index()
	if err != nil {
		return err
	}
	if f.output == outputJSON {
		return writeCatalogJSON(w, idx.Services)
	}
	tw := newColumns(w)
	fmt.Fprintln(tw, say(f, message.CTService)+"\t"+say(f, message.CTVersion)+"\t"+say(f, message.CTActions)+"\t"+say(f, message.CTHost))
	for _, s := range idx.Services {
		host := s.Host
		if host == "" {
			host = say(f, message.CTIntlOnly, s.IntlHost)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", s.Name, s.Versions[0].Version, len(s.Versions[0].Actions), host)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s\n", say(f, message.CTServices, len(idx.Services)))
	return nil
}

func catalogService(w io.Writer, c *catalog.Catalog, name string, f catalogFlags) error {
	s, v, err := c.Version(name, f.version)
	if err != nil {
		return err
	}
	names := actionNames(v)
	if f.output == outputJSON {
		type action struct {
			Name    string `json:"name"`
			Summary string `json:"summary,omitempty"`
		}
		out := struct {
			Service  string   `json:"service"`
			Host     string   `json:"host,omitempty"`
			IntlHost string   `json:"intlHost,omitempty"`
			Versions []string `json:"versions"`
			Version  string   `json:"version"`
			Actions  []action `json:"actions"`
		}{Service: s.Name, Host: s.Host, IntlHost: s.IntlHost, Version: v.Version, Actions: []action{}}
		for _, sv := range s.Versions {
			out.Versions = append(out.Versions, sv.Version)
		}
		for _, n := range names {
			out.Actions = append(out.Actions, action{n, summary(catalog.Text(v.Actions[n].Doc, f.lang))})
		}
		return writeCatalogJSON(w, out)
	}
	fmt.Fprintf(w, "%s\n", s.Name)
	writeHosts(w, s.Host, s.IntlHost, f.msgLang)
	fmt.Fprint(w, say(f, message.CTVersions))
	for i, sv := range s.Versions {
		fmt.Fprintf(w, " %s", sv.Version)
		if i == 0 {
			fmt.Fprint(w, say(f, message.CTDefault))
		}
	}
	fmt.Fprintf(w, "\n\n%s\n", say(f, message.CTActionsOf, v.Version, len(names)))
	tw := newColumns(w)
	other := ""
	for _, n := range names {
		text, tl := catalog.TextLang(v.Actions[n].Doc, f.lang)
		other = otherLang(other, tl, f.lang)
		fmt.Fprintf(tw, "  %s\t%s\n", n, summary(text))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	writeOtherLang(w, "  ", other, f.lang)
	return nil
}

// otherLang keeps the language a text fell back to (tl, when it is not
// want), so a table can say once that some of its descriptions are in the
// other language, as the page marks them.
func otherLang(seen, tl, want string) string {
	if tl != "" && tl != want {
		return tl
	}
	return seen
}

// writeOtherLang prints the page's fallback mark, "(English: no text in
// this language)", when other is set.
func writeOtherLang(w io.Writer, indent, other, lang string) {
	if other == "" {
		return
	}
	fmt.Fprintln(w, indent+otherLangMark(other, lang))
}

func otherLangMark(other, lang string) string {
	name := "English"
	if other == "zh" {
		name = "中文"
	}
	return message.New(message.CTOtherLang, name).Render(message.Lang(lang))
}

func writeHosts(w io.Writer, host, intl string, lang message.Lang) {
	if host != "" {
		fmt.Fprintln(w, message.New(message.CTHostLine, host).Render(lang))
	}
	if intl != "" {
		fmt.Fprintln(w, message.New(message.CTIntlHost, intl).Render(lang))
	}
}

// say renders the message code with args in the language of --lang.
func say(f catalogFlags, code message.Code, args ...any) string {
	return message.New(code, args...).Render(f.msgLang)
}

func catalogSearch(w io.Writer, c *catalog.Catalog, f catalogFlags) error {
	hits, err := c.Search(f.search, f.limit, "")
	if err != nil {
		return err
	}
	if f.output == outputJSON {
		if hits == nil {
			hits = []catalog.Hit{}
		}
		return writeCatalogJSON(w, hits)
	}
	if len(hits) == 0 {
		fmt.Fprintln(w, say(f, message.CTNoMatch, strconv.Quote(f.search)))
		return nil
	}
	tw := newColumns(w)
	for _, h := range hits {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", h.Service, h.Action, h.Version)
	}
	return tw.Flush()
}

// actionJSON is one action in --output json.
type actionJSON struct {
	Service    string          `json:"service"`
	Version    string          `json:"version"`
	Host       string          `json:"host"`
	IntlHost   string          `json:"intlHost,omitempty"`
	Action     string          `json:"action"`
	Doc        string          `json:"doc,omitempty"`
	Parameters []catalog.Param `json:"parameters"`
	Response   []catalog.Param `json:"response"`
	// RequiredKnown is false when the source package has no required marks.
	RequiredKnown bool `json:"requiredKnown"`
}

func catalogAction(w io.Writer, c *catalog.Catalog, service, name string, f catalogFlags) error {
	a, err := c.Action(service, f.version, name)
	if err != nil {
		return err
	}
	if f.output == outputJSON {
		return writeCatalogJSON(w, actionJSON{
			Service: a.Service, Version: a.Version, Host: a.DefaultHost(), IntlHost: a.IntlHost, Action: a.Name,
			Doc: catalog.Text(a.Doc, f.lang), Parameters: a.Params(f.lang, f.depth),
			Response: a.ResponseParams(f.lang, f.depth), RequiredKnown: a.RequiredKnown,
		})
	}
	fmt.Fprintln(w, say(f, message.CTActionTitle, a.Service, a.Name, a.Version))
	writeHosts(w, a.Host, a.IntlHost, f.msgLang)
	if doc, tl := catalog.TextLang(a.Doc, f.lang); doc != "" {
		if tl != f.lang {
			doc += " " + otherLangMark(tl, f.lang)
		}
		fmt.Fprintf(w, "\n%s\n", doc)
	}
	fmt.Fprintln(w, "\n"+say(f, message.CTRequest))
	refs := writeFields(w, a.Request, a.RequiredKnown, f.lang, nil)
	if !a.RequiredKnown {
		fmt.Fprintln(w, "  "+say(f, message.CTNoRequired))
	}
	fmt.Fprintln(w, "\n"+say(f, message.CTResponse))
	refs = writeFields(w, a.Response, false, f.lang, refs)
	writeStructures(w, a, f.lang, refs)
	return nil
}

// writeFields prints a structure's fields as a table and returns refs with
// the structures it names appended (each once).
func writeFields(w io.Writer, s schema.Structure, required bool, lang string, refs []string) []string {
	tw := newColumns(w)
	if len(s.Fields) == 0 {
		fmt.Fprintln(tw, "  "+message.New(message.CTNone).Render(message.Lang(lang)))
	}
	other := ""
	for _, fl := range s.Fields {
		req := ""
		if required && fl.Required {
			req = message.New(message.CTRequired).Render(message.Lang(lang))
		}
		text, tl := catalog.TextLang(fl.Doc, lang)
		other = otherLang(other, tl, lang)
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", fl.Name, fieldType(fl), req, summary(text))
		if fl.Ref != "" && !slices.Contains(refs, fl.Ref) {
			refs = append(refs, fl.Ref)
		}
	}
	tw.Flush()
	writeOtherLang(w, "  ", other, lang)
	return refs
}

// writeStructures prints every structure the action reaches, breadth
// first, each once: recursive structures end by themselves.
func writeStructures(w io.Writer, a *catalog.Action, lang string, refs []string) {
	for i := 0; i < len(refs); i++ {
		s, ok := a.Structures[refs[i]]
		if !ok {
			continue
		}
		fmt.Fprintf(w, "\n%s: %s\n", refs[i], summary(catalog.Text(s.Doc, lang)))
		refs = writeFields(w, s, a.RequiredKnown, lang, refs)
	}
}

// fieldType is a field's type as the table shows it: string, number
// (int64), Filter, []string.
func fieldType(f schema.Field) string {
	t := f.Type
	if f.Ref != "" {
		t = f.Ref
	}
	if f.Bigint {
		t += " (int64)"
	}
	if f.Array {
		t = "[]" + t
	}
	return t
}

// summary is a doc's first line, cut to fit a terminal row.
func summary(doc string) string {
	line, _, _ := strings.Cut(doc, "\n")
	const max = 100
	if r := []rune(line); len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return line
}

func actionNames(v *schema.Version) []string {
	names := make([]string, 0, len(v.Actions))
	for n := range v.Actions {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

func writeCatalogJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
