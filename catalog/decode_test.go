package catalog

import (
	"encoding/json"
	"io/fs"
	"net/url"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/catalog/data"
	"github.com/tcsig/tcsig/catalog/schema"
)

// The jsonlite decoder (decode.go) must read every committed file exactly
// as encoding/json reads it into the same types.
func TestDecodeMatchesEncodingJSON(t *testing.T) {
	b, err := readFile(data.FS, "index.json.br")
	require.NoError(t, err)
	var want schema.Index
	require.NoError(t, json.Unmarshal(b, &want))
	got, err := DecodeIndex(b)
	require.NoError(t, err)
	require.Equal(t, &want, got)

	files, err := fs.Glob(data.FS, "services/*.json.br")
	require.NoError(t, err)
	require.Greater(t, len(files), 250)
	for _, f := range files {
		b, err := readFile(data.FS, f)
		require.NoError(t, err)
		var want schema.Service
		require.NoError(t, json.Unmarshal(b, &want), f)
		got, err := DecodeService(b)
		require.NoError(t, err, f)
		require.Equal(t, &want, got, f)
		// The packages' versions live in the index only, so that a
		// refresh leaves an unchanged service's file byte-identical.
		var top map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(b, &top), f)
		require.NotContains(t, top, "packages", f)
	}
}

func TestDecodeErrors(t *testing.T) {
	for name, in := range map[string]string{
		"syntax":     `{"format":`,
		"not object": `[]`,
		"wrong type": `{"name": 3}`,
		"field type": `{"versions":[{"structures":{"A":{"fields":[{"required":"yes"}]}}}]}`,
	} {
		_, err := DecodeService([]byte(in))
		assert.Error(t, err, name)
	}
	_, err := DecodeIndex([]byte(`{"services":{}}`))
	assert.ErrorContains(t, err, "services: want an array")
	_, err = DecodeIndex([]byte(`{"packages":[{"license":false}]}`))
	assert.EqualError(t, err, "packages[].license: want a string")
	// Each kind of member names where it is and what it should be.
	for in, want := range map[string]string{
		`{"format": 1.5}`:                "format: want an integer",
		`{"versions":[{"actions":[]}]}`:  "versions[].actions: want an object",
		`{"versions":[{"sources":[1]}]}`: "versions[].sources: want strings",
		`{"versions":[7]}`:               "versions[]: want an object",
		`{"versions":[{"structures":{"A":{"fields":[{"array":"no"}]}}}]}`: "field.array: want a boolean",
	} {
		_, err := DecodeService([]byte(in))
		assert.EqualError(t, err, want, in)
	}
	// null is the zero value, as encoding/json reads it.
	s, err := DecodeService([]byte(`{"name":null,"versions":[{"version":"2017-03-12","actions":null,"sources":null}]}`))
	require.NoError(t, err)
	assert.Equal(t, &schema.Service{Versions: []schema.Version{{Version: "2017-03-12"}}}, s)
}

// A catalog without a file system knows what it is given, and says what
// is missing otherwise.
func TestLoaded(t *testing.T) {
	c := New(nil)
	_, err := c.Search("desc inst", 5, "")
	require.ErrorIs(t, err, ErrNotLoaded)
	idx, err := readFile(data.FS, "index.json.br")
	require.NoError(t, err)
	require.NoError(t, c.LoadIndex(idx))
	hits, err := c.Search("describeinstances", 1, "")
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	_, err = c.Action("cvm", "", "DescribeInstances")
	require.ErrorIs(t, err, ErrNotLoaded)
	cvm, err := readFile(data.FS, "services/cvm.json.br")
	require.NoError(t, err)
	assert.ErrorContains(t, c.LoadService("cbs", cvm), `the file is for service "cvm"`)
	require.NoError(t, c.LoadService("cvm", cvm))
	a, err := c.Action("cvm", "", "DescribeInstances")
	require.NoError(t, err)
	assert.Equal(t, "2017-03-12", a.Version)
	f := c.Check(Request{Service: "cvm", Action: "DescribeInstances", Kind: BodyJSON, JSON: []byte(`{"Limit":"1"}`)})
	require.Len(t, f, 1)
	assert.Equal(t, CauseParameterType, f[0].Cause)
	assert.Equal(t, "Limit should be a number, not a string", f[0].Message)
}

// formNames reads names as url.ParseQuery does (which the module cannot link).
func TestFormNamesMatchesParseQuery(t *testing.T) {
	for _, q := range []string{
		"", "Action=X&Limit=1", "a+b=1&a%20b=2", "Filters.0.Name=zone&Filters.0.Values.0=x",
		"bad%zz=1&ok=2", "x;y=1&z=2", "=1&n", "%41%62=1", "trail%4=1", "A=1&A=2",
	} {
		vals, _ := url.ParseQuery(q)
		var want []string
		for n := range vals {
			want = append(want, n)
		}
		slices.Sort(want)
		assert.Equal(t, want, formNames(q), q)
	}
	assert.Equal(t, "application/json", mediaType(" Application/JSON ; charset=utf-8"))
}
