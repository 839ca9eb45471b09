package catalog

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSearch(t *testing.T) {
	hits, err := real.Search("DescribeInstances", 5, "")
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Equal(t, "DescribeInstances", hits[0].Action, "an exact name comes first")

	hits, err = real.Search("cvm desc inst", 0, "")
	require.NoError(t, err)
	assert.Contains(t, hits, Hit{"cvm", "2017-03-12", "DescribeInstances"})
	assert.Contains(t, hits, Hit{"cvm", "2017-03-12", "DescribeInstancesStatus"})
	others := false
	for _, h := range hits {
		if h.Service != "cvm" {
			others = true
		}
		assert.False(t, others && h.Service == "cvm", "the service's own actions come first: %v", h)
	}
	assert.True(t, others, "a service name ranks, it does not filter: tke's DescribeEdgeCVMInstances matches too")

	// Word starts rank above substrings: "zones" starts a word of
	// DescribeZones, and is inside nothing shorter.
	hits, err = real.Search("zones", 0, "")
	require.NoError(t, err)
	assert.Contains(t, hits, Hit{"cvm", "2017-03-12", "DescribeZones"})

	hits, err = real.Search("   ", 0, "")
	require.NoError(t, err)
	assert.Empty(t, hits)
	hits, err = real.Search("qqqqqqqqqq", 0, "")
	require.NoError(t, err)
	assert.Empty(t, hits)
}

func TestSearchLimitAndOrder(t *testing.T) {
	all, err := real.Search("describe", 0, "")
	require.NoError(t, err)
	some, err := real.Search("describe", 10, "")
	require.NoError(t, err)
	require.Len(t, some, 10)
	assert.Equal(t, all[:10], some)
	for i := 1; i < len(some); i++ {
		assert.LessOrEqual(t, len(some[i-1].Action), len(some[i].Action), "same strength: shorter names first")
	}
}

// The chosen service's matches come first: with cvm chosen, "DescribeZ"
// finds cvm's DescribeZones before alb's, and "desc inst" cvm's
// DescribeInstances first; a limit keeps the top of the same order.
func TestSearchPrefersTheChosenService(t *testing.T) {
	hits, err := real.Search("DescribeZ", 0, "")
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.NotEqual(t, "cvm", hits[0].Service, "without a preference another service's DescribeZones ranks first")

	hits, err = real.Search("DescribeZ", 30, "cvm")
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Equal(t, Hit{"cvm", "2017-03-12", "DescribeZones"}, hits[0])
	seenOther := false
	for _, h := range hits {
		seenOther = seenOther || h.Service != "cvm"
		assert.False(t, seenOther && h.Service == "cvm", "a cvm hit after another service's: %v", h)
	}
	assert.True(t, seenOther, "a preference ranks, it does not filter")

	hits, err = real.Search("desc inst", 5, "cvm")
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Equal(t, Hit{"cvm", "2017-03-12", "DescribeInstances"}, hits[0])

	all, err := real.Search("zone", 0, "cvm")
	require.NoError(t, err)
	top, err := real.Search("zone", 7, "cvm")
	require.NoError(t, err)
	assert.Equal(t, all[:7], top)
}

func TestWords(t *testing.T) {
	assert.Equal(t, []string{"describe", "instances"}, Words("DescribeInstances"))
	assert.Equal(t, []string{"describe", "cdh", "instances"}, Words("DescribeCDHInstances"))
	assert.Equal(t, []string{"describe", "vpcs"}, Words("DescribeVpcs"))
	assert.Equal(t, []string{"get", "v2", "list"}, Words("GetV2List"))
	assert.Equal(t, []string{"ab"}, Words("AB"))
	assert.Equal(t, []string{"a", "bc"}, Words("aBc"))
}

// Words splits on ASCII cases only: every action name is an ASCII
// identifier.
func TestActionNamesAreASCII(t *testing.T) {
	ident := regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*$`)
	idx, err := real.Index()
	require.NoError(t, err)
	for _, s := range idx.Services {
		for _, v := range s.Versions {
			for _, a := range v.Actions {
				assert.True(t, ident.MatchString(a), "%s %s %q", s.Name, v.Version, a)
			}
		}
	}
}

// A limit keeps the best hits only, in the order a full search ranks them.
func TestSearchLimitIsTheTopOfAll(t *testing.T) {
	for _, q := range []string{"d", "desc inst", "cvm", "list", "zone"} {
		all, err := real.Search(q, 0, "")
		require.NoError(t, err)
		for _, n := range []int{1, 7, 30} {
			top, err := real.Search(q, n, "")
			require.NoError(t, err)
			want := all
			if len(want) > n {
				want = want[:n]
			}
			assert.Equal(t, want, top, "%q limit %d", q, n)
		}
	}
}
