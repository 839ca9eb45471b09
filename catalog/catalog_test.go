package catalog

import (
	"errors"
	"io/fs"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/catalog/data"
	"github.com/tcsig/tcsig/catalog/schema"
)

// real is the committed catalog, shared by the tests (decoding is lazy and
// cached, and Catalog is safe for concurrent use).
var real = New(data.FS)

// Invariants over the whole committed data: every version parses and is
// listed newest first, every action has existing request and response
// structures, every referenced structure exists, and the index matches the
// service files.
func TestRealDataInvariants(t *testing.T) {
	idx, err := real.Index()
	require.NoError(t, err)
	assert.Equal(t, schema.Format, idx.Format)
	require.Len(t, idx.Packages, 2)
	for _, p := range idx.Packages {
		assert.Equal(t, "Apache-2.0", p.License, p.Name)
		assert.NotEmpty(t, p.Version, p.Name)
	}
	assert.Greater(t, len(idx.Services), 250)
	actions := 0
	for _, is := range idx.Services {
		s, err := real.Service(is.Name)
		require.NoError(t, err)
		assert.Equal(t, is.Name, s.Name)
		assert.True(t, s.Host != "" || s.IntlHost != "", "%s has no host", s.Name)
		require.Len(t, s.Versions, len(is.Versions), s.Name)
		for i, v := range s.Versions {
			_, err := time.Parse("2006-01-02", v.Version)
			assert.NoError(t, err, "%s version %q", s.Name, v.Version)
			if i > 0 {
				assert.Greater(t, s.Versions[i-1].Version, v.Version, "%s: versions newest first", s.Name)
			}
			assert.Equal(t, is.Versions[i].Version, v.Version)
			assert.Len(t, is.Versions[i].Actions, len(v.Actions), "%s %s", s.Name, v.Version)
			for _, name := range is.Versions[i].Actions {
				a, ok := v.Actions[name]
				require.True(t, ok, "%s %s: index lists %s", s.Name, v.Version, name)
				_, ok = v.Structures[a.Request]
				assert.True(t, ok, "%s %s %s: request type %q missing", s.Name, v.Version, name, a.Request)
				_, ok = v.Structures[a.Response]
				assert.True(t, ok, "%s %s %s: response type %q missing", s.Name, v.Version, name, a.Response)
				actions++
			}
			for sn, st := range v.Structures {
				for _, f := range st.Fields {
					if f.Type == schema.TypeObject {
						_, ok := v.Structures[f.Ref]
						assert.True(t, ok, "%s %s %s.%s: structure %q missing", s.Name, v.Version, sn, f.Name, f.Ref)
					}
				}
			}
		}
	}
	assert.Greater(t, actions, 15000)
}

func TestDescribeInstances(t *testing.T) {
	a, err := real.Action("cvm", "", "DescribeInstances")
	require.NoError(t, err)
	assert.Equal(t, "2017-03-12", a.Version)
	assert.Equal(t, "cvm.tencentcloudapi.com", a.Host)
	assert.Equal(t, "cvm.intl.tencentcloudapi.com", a.IntlHost)
	assert.True(t, a.RequiredKnown)
	assert.NotEmpty(t, a.Doc.En)
	assert.NotEmpty(t, a.Doc.Zh)
	byName := map[string]Param{}
	for _, p := range a.Params("en", 1) {
		byName[p.Name] = p
	}
	assert.Equal(t, Param{Type: TypeArray, Items: &Param{Type: "string"}}, strip(byName["InstanceIds"]))
	filters := byName["Filters"]
	require.Equal(t, TypeArray, filters.Type)
	require.NotNil(t, filters.Items)
	assert.Equal(t, "object", filters.Items.Type)
	assert.Equal(t, "Filter", filters.Items.Structure)
	require.Len(t, filters.Items.Fields, 2)
	assert.Equal(t, "Name", filters.Items.Fields[0].Name)
	assert.True(t, filters.Items.Fields[0].Required)
	assert.Equal(t, "number", byName["Offset"].Type)
	assert.Equal(t, "number", byName["Limit"].Type)
	assert.False(t, byName["Limit"].Required)
}

// strip drops what TestDescribeInstances does not compare.
func strip(p Param) Param {
	p.Name, p.Doc = "", ""
	return p
}

// A recursive structure is expanded only to the depth asked for.
func TestParamsDepthCap(t *testing.T) {
	a, err := real.Action("billing", "", "DescribeAllocationTree")
	require.NoError(t, err)
	depth := func(ps []Param) int {
		n := 0
		for ps != nil {
			n++
			var next []Param
			for _, p := range ps {
				if p.Items != nil && p.Items.Structure == "AllocationTree" {
					next = p.Items.Fields
				}
			}
			ps = next
		}
		return n
	}
	var tree []Param
	for _, p := range a.ResponseParams("zh", 3) {
		if p.Items != nil && p.Items.Structure == "AllocationTree" {
			tree = p.Items.Fields
		}
		if p.Structure == "AllocationTree" {
			tree = p.Fields
		}
	}
	require.NotEmpty(t, tree, "DescribeAllocationTree's response holds an AllocationTree")
	assert.Equal(t, 3, depth(tree))
}

// Without a version, an action resolves to the newest version that has
// it; a version that lacks it says which one has it.
func TestActionVersion(t *testing.T) {
	a, err := real.Action("antiddos", "", "CreateBoundIP")
	require.NoError(t, err)
	assert.Equal(t, "2020-03-09", a.Version)
	_, v, err := real.Version("antiddos", "")
	require.NoError(t, err)
	assert.Equal(t, "2025-09-03", v.Version, "the service's default is still its newest")
	_, err = real.Action("antiddos", "2025-09-03", "CreateBoundIP")
	assert.ErrorIs(t, err, ErrUnknownAction)
	assert.ErrorContains(t, err, "; version 2020-03-09 has it")
}

func TestLookupErrors(t *testing.T) {
	_, err := real.Action("cvmm", "", "DescribeInstances")
	assert.ErrorIs(t, err, ErrUnknownService)
	assert.ErrorContains(t, err, "did you mean cvm?")
	for _, bad := range []string{"../data", "CVM", "", "nosuchservice"} {
		_, err = real.Service(bad)
		assert.ErrorIs(t, err, ErrUnknownService, bad)
	}
	_, err = real.Action("cvm", "2017-03-11", "DescribeInstances")
	assert.ErrorIs(t, err, ErrUnknownVersion)
	assert.ErrorContains(t, err, "known versions are 2017-03-12")
	_, err = real.Action("cvm", "", "DescribeInstance")
	assert.ErrorIs(t, err, ErrUnknownAction)
	assert.ErrorContains(t, err, "did you mean DescribeInstances?")
}

func TestLazyDecoding(t *testing.T) {
	c := New(data.FS)
	_, err := c.Index()
	require.NoError(t, err)
	assert.Empty(t, c.services, "the index alone decodes no service")
	_, err = c.Action("cvm", "", "DescribeZones")
	require.NoError(t, err)
	assert.Len(t, c.services, 1)
}

func TestMissingData(t *testing.T) {
	c := New(emptyFS{})
	_, err := c.Index()
	require.Error(t, err)
	assert.ErrorContains(t, err, "make catalog")
	assert.Nil(t, c.Check(Request{Service: "cvm", Action: "DescribeInstances"}))
}

type emptyFS struct{}

func (emptyFS) Open(string) (fs.File, error) { return nil, errors.New("no such file") }

// Concurrent first uses decode each file once: every caller gets the same
// service.
func TestConcurrentLookups(t *testing.T) {
	c := New(data.FS)
	const n = 8
	got := make([]*schema.Service, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := c.Service("cvm")
			assert.NoError(t, err)
			got[i] = s
			_, err = c.Search("describe", 5, "")
			assert.NoError(t, err)
		}()
	}
	wg.Wait()
	for _, s := range got {
		assert.Same(t, got[0], s)
	}
}
