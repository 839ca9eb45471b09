package endpoints

import (
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"

	"github.com/tcsig/tcsig/protocol"
)

// TestTableIDs pins the table to the region list of "Request Structure"
// (plus ap-beijing-fsi, see table.go): adding, dropping or reordering a region must be deliberate.
func TestTableIDs(t *testing.T) {
	want := []string{
		"ap-guangzhou", "ap-shanghai", "ap-nanjing", "ap-beijing", "ap-chengdu", "ap-chongqing", "ap-guangzhou-open",
		"ap-hongkong", "ap-singapore", "ap-jakarta", "ap-bangkok", "ap-seoul", "ap-tokyo", "ap-mumbai",
		"na-ashburn", "na-siliconvalley", "na-toronto",
		"eu-frankfurt", "eu-moscow",
		"sa-saopaulo",
		"me-saudi-arabia",
		"ap-shanghai-fsi", "ap-shenzhen-fsi", "ap-beijing-fsi",
	}
	var got, retired, financial, noted []string
	for _, r := range Regions() {
		got = append(got, r.ID)
		if r.Retired {
			retired = append(retired, r.ID)
		}
		if r.Financial {
			financial = append(financial, r.ID)
		}
		if r.Note != "" {
			noted = append(noted, r.ID)
		}
	}
	for _, c := range []struct{ name, diff string }{
		{"IDs", cmp.Diff(want, got)},
		{"retired", cmp.Diff([]string{"ap-mumbai", "na-toronto", "eu-moscow"}, retired)},
		{"financial", cmp.Diff([]string{"ap-shanghai-fsi", "ap-shenzhen-fsi", "ap-beijing-fsi"}, financial)},
		// Retired and unconfirmed rows must say why.
		{"noted", cmp.Diff([]string{"ap-guangzhou-open", "ap-mumbai", "na-toronto", "eu-moscow", "me-saudi-arabia", "ap-beijing-fsi"}, noted)},
	} {
		if c.diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, c.diff)
		}
	}
}

func TestTableRows(t *testing.T) {
	seen := map[string]bool{}
	groupDone := map[string]bool{} // groups whose run has ended
	groupZH := map[string]string{}
	prev := ""
	for i, r := range Regions() {
		assert.False(t, seen[r.ID], "row %d: duplicate ID %q", i, r.ID)
		seen[r.ID] = true
		assert.True(t, protocol.IsRegionID(r.ID), "row %d: ID %q is not a lower-case area-city label", i, r.ID)
		assert.NotEmpty(t, r.Name, "%s: missing English name: %+v", r.ID, r)
		assert.NotEmpty(t, r.Group, "%s: missing group: %+v", r.ID, r)
		assert.True(t, hasHan(r.NameZH), "%s: NameZH %q must be Chinese", r.ID, r.NameZH)
		assert.True(t, hasHan(r.GroupZH), "%s: GroupZH %q must be Chinese", r.ID, r.GroupZH)
		if zh, ok := groupZH[r.Group]; ok {
			assert.Equal(t, zh, r.GroupZH, "%s: group %q's Chinese name, against earlier rows", r.ID, r.Group)
		}
		groupZH[r.Group] = r.GroupZH
		// One <optgroup> per group: a group's rows must be contiguous.
		if r.Group != prev {
			assert.False(t, groupDone[r.Group], "%s: group %q appears again after other groups", r.ID, r.Group)
			groupDone[prev] = true
			prev = r.Group
		}
		assert.Equal(t, r.Group == groupFinance, r.Financial, "%s: Financial, for group %q", r.ID, r.Group)
	}
}

func hasHan(s string) bool {
	for _, c := range s {
		if unicode.Is(unicode.Han, c) {
			return true
		}
	}
	return false
}

func TestRegionsReturnsCopy(t *testing.T) {
	before := Regions()
	mutated := Regions()
	mutated[0].ID = "xx-mutated"
	mutated[0].Financial = true
	_ = append(mutated[:1], Region{ID: "xx-appended"})
	if diff := cmp.Diff(before, Regions()); diff != "" {
		t.Errorf("mutating Regions()'s result changed the table (-before +after):\n%s", diff)
	}
	_, ok := Lookup("xx-mutated")
	assert.False(t, ok, "Lookup sees a mutation of Regions()'s result")
}

func TestLookup(t *testing.T) {
	tests := []struct {
		id   string
		want Region
		ok   bool
	}{
		{"ap-guangzhou", Region{ID: "ap-guangzhou", Name: "South China (Guangzhou)", NameZH: "华南地区(广州)", Group: "Chinese mainland", GroupZH: "中国大陆"}, true},
		{"ap-shanghai-fsi", Region{ID: "ap-shanghai-fsi", Name: "East China (Shanghai Finance)", NameZH: "华东地区(上海金融)", Group: "Financial zones", GroupZH: "金融专区", Financial: true}, true},
		{"eu-moscow", Region{ID: "eu-moscow", Name: "Europe (Moscow)", NameZH: "欧洲地区(莫斯科)", Group: "Europe", GroupZH: "欧洲地区", Retired: true, Note: noteRetired}, true},
		{"AP-GUANGZHOU", Region{}, false}, // exact match only
		{"ap-taipei", Region{}, false},
		{"", Region{}, false},
	}
	for _, tt := range tests {
		got, ok := Lookup(tt.id)
		assert.Equal(t, tt.ok, ok, "Lookup(%q) ok", tt.id)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Lookup(%q) (-want +got):\n%s", tt.id, diff)
		}
	}
}
