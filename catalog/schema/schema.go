// Package schema is the shape of the committed catalog data: the JSON the
// generator (tools/catalog) writes, the catalog package reads and the page
// fetches. It has no logic, so any reader can import it without the data.
package schema

// Format is the data's format number; it changes when a reader written for
// the old shape would misread the new one.
const Format = 1

// Types of a field. The SDK packages do not tell integers from floats, so
// every number is "number"; Bigint marks the ones the package types as
// number | bigint (64-bit values a JavaScript number cannot hold exactly).
const (
	TypeString  = "string"
	TypeNumber  = "number"
	TypeBoolean = "boolean"
	TypeObject  = "object"
)

// Sources of a service or version, in Versions[].Sources.
const (
	SourceCN   = "cn"   // tencentcloud-sdk-nodejs: Chinese docs and required marks
	SourceIntl = "intl" // tencentcloud-sdk-nodejs-intl-en: English docs, no required marks
)

// Package is one SDK package the data was generated from.
type Package struct {
	_       noCompare
	Name    string `json:"name"`
	Version string `json:"version"`
	License string `json:"license"`
}

// noCompare, a struct's first field, makes the struct not comparable with
// ==, which nothing needs: the compiler then writes no equality function
// for it, and the playground's module is smaller. First, because a
// zero-size last field would pad the struct.
type noCompare [0]func()

// Index is catalog/data/index.json: every service, version and action
// name, without documentation, small enough to fetch before any choice.
// Packages (the source packages' versions and licence) is recorded here
// only: a service's file leaves it out, so a refresh of the packages
// rewrites only the files of the services that changed, not every one.
type Index struct {
	Format   int            `json:"format"`
	Packages []Package      `json:"packages"`
	Services []IndexService `json:"services"` // sorted by name
}

// IndexService is one service in the index.
type IndexService struct {
	Name     string         `json:"name"`
	Host     string         `json:"host,omitempty"`     // the mainland host, e.g. cvm.tencentcloudapi.com
	IntlHost string         `json:"intlHost,omitempty"` // e.g. cvm.intl.tencentcloudapi.com
	Versions []IndexVersion `json:"versions"`           // newest first; the first is the default
}

// IndexVersion is one API version's action names, sorted.
type IndexVersion struct {
	Version string   `json:"version"` // YYYY-MM-DD
	Actions []string `json:"actions"`
}

// Service is catalog/data/services/<name>.json: everything about one
// service, with documentation in both languages where the packages have it.
// Its provenance is the index's Packages.
type Service struct {
	Format   int       `json:"format"`
	Name     string    `json:"name"`
	Host     string    `json:"host,omitempty"`
	IntlHost string    `json:"intlHost,omitempty"`
	Versions []Version `json:"versions"` // newest first
}

// Version is one API version of a service.
type Version struct {
	Version string `json:"version"`
	// Sources says which packages know this version. Without SourceCN the
	// required marks are unknown (the international package has none), so
	// every field reads as optional.
	Sources    []string             `json:"sources"`
	Actions    map[string]Action    `json:"actions"`
	Structures map[string]Structure `json:"structures"` // requests, responses and shared structures, by name
}

// Action is one API action.
type Action struct {
	Doc
	Request  string `json:"request"`  // structure name, e.g. DescribeInstancesRequest
	Response string `json:"response"` // structure name, e.g. DescribeInstancesResponse
}

// Doc is documentation as plain text (HTML stripped, links kept as
// "text (URL)"), in English and Chinese where known.
type Doc struct {
	_  noCompare
	En string `json:"en,omitempty"`
	Zh string `json:"zh,omitempty"`
}

// Structure is a named object type: a request, a response or a shared
// structure such as Filter. Fields keep the package's order.
type Structure struct {
	Doc
	Fields []Field `json:"fields"`
}

// Field is one member of a structure.
type Field struct {
	Name     string `json:"name"`
	Type     string `json:"type"`            // TypeString, TypeNumber, TypeBoolean or TypeObject
	Ref      string `json:"ref,omitempty"`   // for TypeObject: the structure's name
	Array    bool   `json:"array,omitempty"` // a JSON array of Type
	Bigint   bool   `json:"bigint,omitempty"`
	Required bool   `json:"required,omitempty"`
	Doc
}
