package main

import (
	"archive/tar"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/catalog/schema"
)

var fixturePkgs = []schema.Package{
	{Name: "tencentcloud-sdk-nodejs", Version: "4.1.313", License: "Apache-2.0"},
	{Name: "tencentcloud-sdk-nodejs-intl-en", Version: "3.0.1335", License: "Apache-2.0"},
}

// loadDir reads a fixture package tree the way readTarball would.
func loadDir(t *testing.T, root string, keep func(string) bool) files {
	t.Helper()
	out := files{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == packageJSON || keep(rel) {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			out[rel] = string(b)
		}
		return nil
	})
	require.NoError(t, err)
	require.NotEmpty(t, out)
	return out
}

func fixture(t *testing.T) ([]schema.Service, schema.Index) {
	t.Helper()
	svcs, idx, err := generate(loadDir(t, "testdata/cn", keepCN), loadDir(t, "testdata/intl", keepIntl))
	require.NoError(t, err)
	return svcs, idx
}

func service(t *testing.T, svcs []schema.Service, name string) schema.Service {
	t.Helper()
	for _, s := range svcs {
		if s.Name == name {
			return s
		}
	}
	require.Failf(t, "service missing", "no service %q", name)
	return schema.Service{}
}

func field(t *testing.T, s schema.Structure, name string) schema.Field {
	t.Helper()
	for _, f := range s.Fields {
		if f.Name == name {
			return f
		}
	}
	require.Failf(t, "field missing", "no field %q", name)
	return schema.Field{}
}

func TestGenerateServicesAndHosts(t *testing.T) {
	svcs, idx := fixture(t)
	require.Len(t, svcs, 3)
	assert.Equal(t, []string{"billing", "cvm", "gpm"}, []string{svcs[0].Name, svcs[1].Name, svcs[2].Name})

	cvm := service(t, svcs, "cvm")
	assert.Equal(t, "cvm.tencentcloudapi.com", cvm.Host)
	assert.Equal(t, "cvm.intl.tencentcloudapi.com", cvm.IntlHost)
	require.Len(t, cvm.Versions, 1)
	assert.Equal(t, "2017-03-12", cvm.Versions[0].Version)
	assert.Equal(t, []string{schema.SourceCN, schema.SourceIntl}, cvm.Versions[0].Sources)

	// gpm is only in the international package: no mainland host, no required marks.
	gpm := service(t, svcs, "gpm")
	assert.Empty(t, gpm.Host)
	assert.Equal(t, "gpm.intl.tencentcloudapi.com", gpm.IntlHost)
	assert.Equal(t, []string{schema.SourceIntl}, gpm.Versions[0].Sources)
	assert.Equal(t, "CancelMatchingRequest", gpm.Versions[0].Actions["CancelMatching"].Request)
	for _, f := range gpm.Versions[0].Structures["CancelMatchingRequest"].Fields {
		assert.False(t, f.Required, f.Name)
	}

	assert.Equal(t, fixturePkgs, idx.Packages)
	require.Len(t, idx.Services, 3)
	assert.Equal(t, schema.IndexService{Name: "cvm", Host: "cvm.tencentcloudapi.com", IntlHost: "cvm.intl.tencentcloudapi.com",
		Versions: []schema.IndexVersion{{Version: "2017-03-12", Actions: []string{"DeleteLaunchTemplateVersions", "DescribeInstances", "DescribeZones"}}}}, idx.Services[1])
}

func TestGenerateTypesAndRequired(t *testing.T) {
	svcs, _ := fixture(t)
	v := service(t, svcs, "cvm").Versions[0]
	a := v.Actions["DescribeInstances"]
	assert.Equal(t, "DescribeInstancesRequest", a.Request)
	assert.Equal(t, "DescribeInstancesResponse", a.Response)
	assert.Contains(t, a.Zh, "用于查询一个或多个实例的详细信息")
	assert.Contains(t, a.En, "This API is used to query the details of instances.")

	req := v.Structures["DescribeInstancesRequest"]
	assert.Equal(t, []string{"InstanceIds", "Filters", "Offset", "Limit"}, names(req))
	ids := field(t, req, "InstanceIds")
	assert.Equal(t, schema.Field{Name: "InstanceIds", Type: schema.TypeString, Array: true, Doc: ids.Doc}, ids)
	assert.NotEmpty(t, ids.En)
	assert.NotEmpty(t, ids.Zh)
	filters := field(t, req, "Filters")
	assert.Equal(t, schema.TypeObject, filters.Type)
	assert.Equal(t, "Filter", filters.Ref)
	assert.True(t, filters.Array)
	assert.Equal(t, schema.TypeNumber, field(t, req, "Limit").Type)
	assert.False(t, field(t, req, "Limit").Required)

	// Required marks (no "?") and the bigint hint.
	del := v.Structures["DeleteLaunchTemplateVersionsRequest"]
	assert.True(t, field(t, del, "LaunchTemplateId").Required)
	vers := field(t, del, "LaunchTemplateVersions")
	assert.True(t, vers.Required)
	assert.True(t, vers.Array)
	assert.True(t, vers.Bigint)
	assert.Equal(t, schema.TypeNumber, vers.Type)

	// A request type declared as null has no fields, but exists.
	zones, ok := v.Structures["DescribeZonesRequest"]
	require.True(t, ok)
	assert.Empty(t, zones.Fields)

	// A shared structure, documented in both languages.
	f := v.Structures["Filter"]
	assert.True(t, field(t, f, "Name").Required)
	assert.NotEmpty(t, f.En)
	assert.NotEmpty(t, f.Zh)
}

func TestGenerateRecursiveStructure(t *testing.T) {
	svcs, _ := fixture(t)
	v := service(t, svcs, "billing").Versions[0]
	tree := v.Structures["AllocationTree"]
	children := field(t, tree, "Children")
	assert.Equal(t, schema.TypeObject, children.Type)
	assert.Equal(t, "AllocationTree", children.Ref) // by reference, not expanded
	assert.True(t, children.Array)
	assert.Equal(t, "子树", children.Zh)
	assert.NotEmpty(t, children.En)
}

func TestPlainText(t *testing.T) {
	for in, want := range map[string]string{
		`<p>详情列表</p>`: "详情列表",
		`see <a href="https://cloud.tencent.com/document/product/213/6091">可用区列表</a>.`: "see 可用区列表 (https://cloud.tencent.com/document/product/213/6091).",
		`[DescribeProjects](https://cloud.tencent.com/document/api/651/78725)`:         "[DescribeProjects](https://cloud.tencent.com/document/api/651/78725)",
		"<li><strong>zone</strong></li><p>类型：String</p><p>必选：否</p>":                    "• zone\n类型：String\n必选：否",
		"a &lt; b &amp;&amp; c<br/>d":   "a < b && c\nd",
		"keep a < b and x>y":            "keep a < b and x>y",
		"line one\n\n\n\nline   two\t ": "line one\n\nline two",
		"<li>a</li>\n<li>b</li>":        "• a\n• b",
	} {
		assert.Equal(t, want, plainText(in), in)
	}
}

func TestGenerateStripsHTML(t *testing.T) {
	svcs, _ := fixture(t)
	doc := field(t, service(t, svcs, "cvm").Versions[0].Structures["DescribeInstancesRequest"], "Filters").Zh
	assert.NotContains(t, doc, "<")
	assert.Contains(t, doc, "可用区列表 (https://cloud.tencent.com/document/product/213/6091)")
}

// The tarball reader sees the same files as the fixture tree, under npm
// pack's "package/" prefix.
func TestReadTar(t *testing.T) {
	want := loadDir(t, "testdata/cn", keepCN)
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for name, body := range want {
		require.NoError(t, tw.WriteHeader(&tar.Header{Name: "package/" + name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}))
		_, err := tw.Write([]byte(body))
		require.NoError(t, err)
	}
	require.NoError(t, tw.WriteHeader(&tar.Header{Name: "package/README.md", Mode: 0o644, Size: 1, Typeflag: tar.TypeReg}))
	_, err := tw.Write([]byte("x"))
	require.NoError(t, err)
	require.NoError(t, tw.Close())
	got, err := readTar(&buf, keepCN)
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

// writeFiles generates from the two packages and returns what write wrote,
// by file name.
func writeFiles(t *testing.T, cn, intl files) map[string][]byte {
	t.Helper()
	svcs, idx, err := generate(cn, intl)
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, write(dir, svcs, idx))
	out := map[string][]byte{}
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		out[filepath.Base(p)] = b
		return err
	}))
	return out
}

// Two runs write the same bytes.
func TestWriteDeterministic(t *testing.T) {
	read := func() map[string][]byte {
		return writeFiles(t, loadDir(t, "testdata/cn", keepCN), loadDir(t, "testdata/intl", keepIntl))
	}
	a, b := read(), read()
	assert.Len(t, a, 4) // index + 3 services
	assert.Equal(t, a, b)
}

// A refresh to new package versions whose services did not change rewrites
// the index only: the versions are recorded there and in no service's
// file, so an unchanged service's file stays byte-identical and adds
// nothing to the repository's history.
func TestRefreshRewritesOnlyTheIndex(t *testing.T) {
	intl := loadDir(t, "testdata/intl", keepIntl)
	old := loadDir(t, "testdata/cn", keepCN)
	cn := loadDir(t, "testdata/cn", keepCN)
	require.Contains(t, cn[packageJSON], `"4.1.313"`)
	old[packageJSON] = strings.Replace(cn[packageJSON], `"4.1.313"`, `"4.1.300"`, 1)

	before, after := writeFiles(t, old, intl), writeFiles(t, cn, intl)
	require.Len(t, after, 4)
	for name, b := range after {
		if name == "index.json.br" {
			assert.NotEqual(t, before[name], b, "the index records the versions")
			continue
		}
		assert.Equal(t, before[name], b, name)
	}
}

// The packages are told apart by their package.json, never by order or
// file name.
func TestPackageInfo(t *testing.T) {
	cn := loadDir(t, "testdata/cn", keepCN)
	intl := loadDir(t, "testdata/intl", keepIntl)
	_, _, err := generate(intl, cn)
	assert.ErrorContains(t, err, `want tencentcloud-sdk-nodejs with a version and a licence`)
	delete(cn, packageJSON)
	_, _, err = generate(cn, intl)
	assert.ErrorContains(t, err, "package.json")
}

func names(s schema.Structure) []string {
	var out []string
	for _, f := range s.Fields {
		out = append(out, f.Name)
	}
	return out
}
