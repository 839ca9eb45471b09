// Package export writes a request as something a developer can run: the
// signed request as curl or raw HTTP, and the unsigned request as a tccli
// command or a program using Tencent Cloud's official SDK for Go, Python,
// Node.js, Java or PHP.
//
// The programs fill the request from the JSON the API takes, with the
// SDK's own FromJsonString / from_json_string / fromJsonString (as API
// Explorer's generated code does), so no integer-or-float guess is needed.
// For an action the catalog knows they use the service's typed client;
// otherwise the SDK's common client, which takes any service and action.
// Credentials come from the SDKs' standard environment variables
// (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY), never inlined.
//
// The package uses neither fmt nor encoding/json: the page's WebAssembly
// module exports code through it.
package export

import (
	"errors"
	"strings"

	"github.com/tcsig/tcsig/internal/jsonlite"
)

// Languages that Code writes, in the order the page and the CLI list them.
const (
	TCCLI  = "tccli"
	Go     = "go"
	Python = "python"
	Node   = "node"
	Java   = "java"
	PHP    = "php"
)

// Languages lists every language Code accepts.
var Languages = []string{TCCLI, Go, Python, Node, Java, PHP}

// templates are the programs' templates, in the order of Languages.
var templates = []string{tccliTemplate, goTemplate, pythonTemplate, nodeTemplate, javaTemplate, phpTemplate}

// Request is the request a program sends: the action, where to, and its
// parameters as the JSON object the API takes.
type Request struct {
	Service, Version, Action string
	Region                   string
	// Host is the endpoint; empty means <service>.tencentcloudapi.com.
	Host string
	// Scheme is "https" (or empty); "http" only for a local endpoint such
	// as tcsig emulate.
	Scheme string
	// Method is POST (the default) or GET.
	Method string
	// SignatureMethod is TC3-HMAC-SHA256 (the default), HmacSHA256 or
	// HmacSHA1.
	SignatureMethod string
	// Language is the API's message language (zh-CN, en-US) or empty.
	Language string
	// Params is the JSON object of the action's parameters; empty is {}.
	Params []byte
	// Typed selects the service's typed client: set it when the catalog
	// knows the action, so the SDK has a request type for it.
	Typed bool
}

// ErrParams is returned when Params is not one JSON object.
var ErrParams = errors.New("the parameters must be one JSON object, as the API takes them (e.g. {\"Limit\": 1}); fix the body's JSON first")

// Code writes r as a program (or tccli command) in lang.
func Code(lang string, r Request) (string, error) {
	params, obj, err := normalize(r.Params)
	if err != nil {
		return "", err
	}
	if r.Service == "" || r.Action == "" || r.Version == "" {
		return "", errors.New("export needs the service, version and action")
	}
	in := &input{Request: r, params: params, obj: obj}
	for i, l := range Languages {
		if l == lang {
			return render(templates[i], in), nil
		}
	}
	return "", errors.New("unknown language " + quoteDouble(lang) + "; want one of " + strings.Join(Languages, ", "))
}

// input is a Request with its parameters checked and compacted.
type input struct {
	Request
	params string          // compact JSON text of the object
	obj    jsonlite.Object // the same, decoded (members in order)
}

// normalize checks that params is one JSON object and returns its compact
// text (numbers as written, members in order).
func normalize(params []byte) (string, jsonlite.Object, error) {
	if strings.TrimSpace(string(params)) == "" {
		return "{}", nil, nil
	}
	v, err := jsonlite.Decode(params)
	if err != nil {
		return "", nil, ErrParams
	}
	obj, ok := v.(jsonlite.Object)
	if !ok {
		return "", nil, ErrParams
	}
	return compact(obj), obj, nil
}

// compact is v, as jsonlite.Decode returns it, as compact JSON.
func compact(v any) string { return string(jsonlite.AppendValue(nil, v)) }
