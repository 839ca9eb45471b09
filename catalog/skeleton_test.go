package catalog

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tcsig/tcsig/catalog/schema"
	"github.com/tcsig/tcsig/internal/jsonlite"
)

// A recursive structure (a Filter holding Filters) shows both ends of the
// depth cap; the required field comes first at every level, and the
// response's RequestId is left to the caller.
func TestPlaceholders(t *testing.T) {
	filter := schema.Structure{Fields: []schema.Field{
		{Name: "Sub", Type: schema.TypeObject, Ref: "Filter", Array: true},
		{Name: "Name", Type: schema.TypeString, Required: true},
	}}
	a := &Action{
		RequiredKnown: true,
		Request: schema.Structure{Fields: []schema.Field{
			{Name: "Limit", Type: schema.TypeNumber},
			{Name: "Filter", Type: schema.TypeObject, Ref: "Filter"},
			{Name: "DryRun", Type: schema.TypeBoolean, Required: true},
		}},
		Response: schema.Structure{Fields: []schema.Field{
			{Name: "Total", Type: schema.TypeNumber},
			{Name: "RequestId", Type: schema.TypeString},
		}},
		Structures: map[string]schema.Structure{"Filter": filter},
	}

	var w jsonlite.Writer
	a.Example(&w, 1)
	assert.Equal(t, `{"DryRun":false,"Limit":0,"Filter":{"Name":"","Sub":[{}]}}`, string(w.B))

	w = jsonlite.Writer{}
	a.Example(&w, 0)
	assert.Equal(t, `{"DryRun":false,"Limit":0,"Filter":{}}`, string(w.B))

	a.RequiredKnown = false
	w = jsonlite.Writer{}
	a.Example(&w, 0)
	assert.Equal(t, `{"Limit":0,"Filter":{},"DryRun":false}`, string(w.B), "no required marks: the package's order")

	w = jsonlite.Writer{}
	w.OpenObject()
	a.Skeleton(&w)
	w.CloseObject()
	assert.Equal(t, `{"Total":0}`, string(w.B))
}
