package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/message"
)

const endpointSynopsis = `Usage: tcsig endpoint --service S [--region R] [--endpoint nearest|regional|intl]
       tcsig endpoint --list

Prints the host a request for the service and region goes to, and why
(a financial zone always gets its own domain), or the region table.

Flags:
`

// runEndpoint implements tcsig endpoint.
func runEndpoint(ctx context.Context, args []string, env Env) int {
	fs := flag.NewFlagSet("endpoint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	service := fs.String("service", "", "product `name`, the host's first label (e.g. cvm)")
	region := fs.String("region", "", "region `ID` (e.g. ap-guangzhou)")
	mode := fs.String("endpoint", "", "host family: nearest (default), regional or intl")
	list := fs.Bool("list", false, "print the region table instead")
	output := fs.String("output", outputText, "text or json")
	addLangFlag(fs, env, &env.Lang)
	if err := parseFlags(fs, args); err != nil {
		return parseFailed(env, fs, endpointSynopsis, err)
	}
	if err := checkLang(env.Lang); err != nil {
		return fail(env, "endpoint", err)
	}
	if *output != outputText && *output != outputJSON {
		return fail(env, "endpoint", outputError(*output, outputText, outputJSON))
	}

	var out bytes.Buffer
	if *list {
		if *service != "" || *region != "" || *mode != "" {
			return fail(env, "endpoint", message.Errorf(message.CLIEndpointList))
		}
		if err := writeRegions(&out, endpoints.Regions(), *output, env.Lang); err != nil {
			return fail(env, "endpoint", err)
		}
	} else {
		if *service == "" {
			return fail(env, "endpoint", message.Errorf(message.CLIEndpointService))
		}
		m, err := endpoints.ParseMode(*mode)
		if err != nil {
			return fail(env, "endpoint", message.Errorf(message.CLIFlagBadValue, strconv.Quote(*mode), "endpoint", message.New(message.ModeInvalid)))
		}
		res, err := endpoints.Resolve(*service, *region, m)
		if err != nil {
			return fail(env, "endpoint", err)
		}
		res = catalogHost(env, newCatalog(), *service, *mode == "", res)
		res = res.Localize(env.Lang)
		if res.Warning != "" {
			res.Warning = withRegionSuggestion([]string{res.Warning}, *region, env.Lang)[0]
			warn(env, "endpoint", res.Warning)
		}
		if *output == outputJSON {
			if err := writeIndentedJSON(&out, res); err != nil {
				return fail(env, "endpoint", err)
			}
		} else {
			fmt.Fprintf(&out, "%s\n%s\n", res.Host, res.Why)
		}
	}
	if _, err := env.Stdout.Write(out.Bytes()); err != nil {
		return fail(env, "endpoint", err)
	}
	return ExitOK
}

// writeRegions writes the region table: aligned columns, the Chinese name
// last (its wide characters would break the alignment of anything after
// it), then the notes on doubtful rows.
func writeRegions(b *bytes.Buffer, regions []endpoints.Region, output string, lang message.Lang) error {
	if output == outputJSON {
		return writeIndentedJSON(b, regions)
	}
	tw := tabwriter.NewWriter(b, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tMARKS\tNAME (ZH)")
	var notes []string
	for _, r := range regions {
		var marks []string
		if r.Financial {
			marks = append(marks, "financial")
		}
		if r.Retired {
			marks = append(marks, "retired")
		} else if r.Note != "" {
			marks = append(marks, "unconfirmed")
		}
		if r.Note != "" {
			notes = append(notes, endpoints.NoteLine(r, lang))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Name, strings.Join(marks, ","), r.NameZH)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	b.WriteString("\n" + message.New(message.CLIFinancialLegend).Render(lang) + "\n")
	for _, n := range notes {
		b.WriteString(n + "\n")
	}
	return nil
}

func writeIndentedJSON(b *bytes.Buffer, v any) error {
	raw, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	b.Write(raw)
	b.WriteByte('\n')
	return nil
}

// catalogHost is what the offline catalog adds to the table's answer, as
// tcsig sign does: a warning with a suggestion for a service it does not
// know (a warning only, since the catalog can lag behind the API), and the
// international host for a service only the international SDK has, when
// no host family was asked for and no financial zone decides.
func catalogHost(env Env, c *catalog.Catalog, service string, anyFamily bool, res endpoints.Resolution) endpoints.Resolution {
	if w := unknownService(c, service, env.Lang); w != "" {
		warn(env, "endpoint", w)
		return res
	}
	s, err := c.IndexService(service)
	if err != nil || s.Host != "" || s.IntlHost == "" || !anyFamily || res.Mode != endpoints.ModeNearest {
		return res
	}
	intl, err := endpoints.Resolve(service, res.Region, endpoints.ModeIntl)
	if err != nil {
		return res
	}
	if intl.Host != s.IntlHost {
		intl.Host = s.IntlHost
	}
	intl.WhyMsg = message.New(message.CatIntlOnly, intl.Host, service)
	return intl
}
