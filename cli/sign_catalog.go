package cli

import (
	"errors"
	"flag"
	"net/url"

	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/signer"
)

// addCatalogFlag registers --no-catalog on a command's flag set and
// returns where its value lands.
func addCatalogFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("no-catalog", false, "do not consult the offline API catalog (tcsig catalog): no defaults, no warnings")
}

// catalogFill fills what the catalog knows and the command line left out:
// the version (the newest that has the action) and, for a service only the
// international package knows, its host. Each is announced on stderr under
// the running command's name (sign or send). The signature is then exactly
// what it would be with those flags given. A service the catalog does not
// know is a warning with a suggestion, said first: the catalog can lag
// behind the API, and a misspelt service explains the errors that follow.
func catalogFill(env Env, cmd string, c *catalog.Catalog, r *request.Input) {
	if c == nil || r.Service == "" {
		return
	}
	if w := unknownService(c, r.Service, env.Lang); w != "" {
		warn(env, cmd, w)
		return
	}
	if r.Version == "" {
		if a, err := c.Action(r.Service, "", r.Action); err == nil {
			r.Version = a.Version
			note(env, cmd, message.New(message.CatVersionNewest, a.Version, r.Service, r.Action).Render(env.Lang))
		} else if _, v, err := c.Version(r.Service, ""); err == nil {
			r.Version = v.Version
			note(env, cmd, message.New(message.CatVersionLacks, v.Version, r.Service, r.Action).Render(env.Lang))
		}
	}
	if r.Host != "" || r.Endpoint != "" {
		return
	}
	if s, err := c.IndexService(r.Service); err == nil && s.Host == "" && s.IntlHost != "" {
		r.Host = s.IntlHost
		note(env, cmd, message.New(message.CatIntlHost, s.IntlHost, r.Service).Render(env.Lang))
	}
}

// unknownService is the warning for a service the catalog does not know,
// with the closest name it does ("" when it knows it, or has no index).
func unknownService(c *catalog.Catalog, service string, lang message.Lang) string {
	if _, err := c.IndexService(service); errors.Is(err, catalog.ErrUnknownService) {
		return message.RenderError(err, lang)
	}
	return ""
}

// catalogWarnings are the catalog's findings about the signed request, as
// one line each: a warning, never an error, since the catalog can lag
// behind the API.
func catalogWarnings(c *catalog.Catalog, r *request.Input, res *signer.Result, lang message.Lang) []string {
	if c == nil {
		return nil
	}
	var query string
	if u, err := url.Parse(res.URL); err == nil {
		query = u.RawQuery
	}
	var out []string
	for _, f := range c.Check(catalog.Classify(r.Service, r.Version, r.Action, res.Method, res.Headers.Get("Content-Type"), query, res.Body)) {
		out = append(out, message.New(message.CatFindingLine, f.Render(lang)).Render(lang))
	}
	return out
}

// note prints one informational line on stderr.
func note(env Env, cmd, msg string) {
	env.Stderr.Write([]byte("tcsig " + cmd + ": " + msg + "\n"))
}
