package catalog

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCheck(t *testing.T) {
	di := func(kind int, body string, form ...string) Request {
		return Request{Service: "cvm", Version: "2017-03-12", Action: "DescribeInstances", Kind: kind, JSON: []byte(body), Form: form}
	}
	for name, tc := range map[string]struct {
		req  Request
		want []Finding
	}{
		"valid JSON":                       {di(BodyJSON, `{"InstanceIds":["ins-1"],"Filters":[{"Name":"zone","Values":["ap-guangzhou-3"]}],"Offset":0,"Limit":1}`), nil},
		"empty body":                       {di(BodyJSON, ``), nil},
		"null values pass":                 {di(BodyJSON, `{"Limit":null,"InstanceIds":[null]}`), nil},
		"not JSON is the signer's concern": {di(BodyJSON, `{`), nil},
		"unknown service":                  {Request{Service: "nosuch", Action: "X", Kind: BodyJSON}, nil},
		"unknown version": {Request{Service: "cvm", Version: "2017-03-11", Action: "DescribeInstances"}, []Finding{
			{CauseUnknownVersion, "", CodeNoSuchVersion, "unknown version 2017-03-11 of cvm: known versions are 2017-03-12"}}},
		"unknown action": {Request{Service: "cvm", Action: "DescribeInstance"}, []Finding{
			{CauseUnknownAction, "", CodeInvalidAction, "unknown action DescribeInstance in cvm 2017-03-12; did you mean DescribeInstances?"}}},
		"unknown parameter": {di(BodyJSON, `{"Limt":1,"Zzzzzzzz":2}`), []Finding{
			{CauseUnknownParameter, "Limt", CodeUnknownParameter, "unknown parameter Limt; did you mean Limit?"},
			{CauseUnknownParameter, "Zzzzzzzz", CodeUnknownParameter, "unknown parameter Zzzzzzzz"}}},
		"case is a typo": {di(BodyJSON, `{"instanceIds":["ins-1"]}`), []Finding{
			{CauseUnknownParameter, "instanceIds", CodeUnknownParameter, "unknown parameter instanceIds; did you mean InstanceIds?"}}},
		"types": {di(BodyJSON, `{"Limit":"1","InstanceIds":"ins-1","Filters":[{"Name":"zone","Values":[1]}]}`), []Finding{
			{CauseParameterType, "Limit", CodeInvalidParameter, "Limit should be a number, not a string"},
			{CauseParameterType, "InstanceIds", CodeInvalidParameter, "InstanceIds should be an array of strings, not a string"},
			{CauseParameterType, "Filters[0].Values[0]", CodeInvalidParameter, "Filters[0].Values[0] should be a string, not a number"}}},
		"nested unknown and missing": {di(BodyJSON, `{"Filters":[{"Nme":"zone"}]}`), []Finding{
			{CauseUnknownParameter, "Filters[0].Nme", CodeUnknownParameter, "unknown parameter Filters[0].Nme; did you mean Name?"},
			{CauseMissingParameter, "Filters[0].Name", CodeMissingParameter, "missing required parameter Filters[0].Name (a string)"},
			{CauseMissingParameter, "Filters[0].Values", CodeMissingParameter, "missing required parameter Filters[0].Values (an array of strings)"}}},
		"body not an object": {di(BodyJSON, `[1]`), []Finding{
			{CauseParameterType, "", CodeInvalidParameter, "the body should be a JSON object, not an array"}}},
		"missing top-level": {Request{Service: "cvm", Action: "DeleteLaunchTemplateVersions", Kind: BodyJSON, JSON: []byte(`{"LaunchTemplateVersions":[1]}`)}, []Finding{
			{CauseMissingParameter, "LaunchTemplateId", CodeMissingParameter, "missing required parameter LaunchTemplateId (a string)"}}},
		"form: names only": {di(BodyForm, "", "Action", "Version", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "InstanceIds.0", "Filters.0.Name", "Filters.0.Values.0", "Limit"), nil},
		"form: unknown names": {di(BodyForm, "", "Limt", "Filters.0.Nme"), []Finding{
			{CauseUnknownParameter, "Limt", CodeUnknownParameter, "unknown parameter Limt; did you mean Limit?"},
			{CauseUnknownParameter, "Filters.0.Nme", CodeUnknownParameter, "unknown parameter Filters.0.Nme; did you mean Name?"}}},
		"form: missing": {Request{Service: "cvm", Action: "DeleteLaunchTemplateVersions", Kind: BodyForm, Form: []string{"Action", "LaunchTemplateVersions.0"}}, []Finding{
			{CauseMissingParameter, "LaunchTemplateId", CodeMissingParameter, "missing required parameter LaunchTemplateId (a string)"}}},
		"not checked body": {Request{Service: "cvm", Action: "DescribeInstances", Kind: BodyNone}, nil},
	} {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, tc.want, real.Check(tc.req))
		})
	}
}

// A service only the international package knows has no required marks:
// nothing is reported missing.
func TestCheckIntlOnlyHasNoRequired(t *testing.T) {
	a, err := real.Action("gpm", "", "CancelMatching")
	if err != nil {
		t.Skip("gpm not in the catalog:", err)
	}
	assert.False(t, a.RequiredKnown)
	assert.Empty(t, a.Host)
	assert.Equal(t, "gpm.intl.tencentcloudapi.com", a.DefaultHost())
	assert.Nil(t, real.Check(Request{Service: "gpm", Action: "CancelMatching", Kind: BodyJSON, JSON: []byte(`{}`)}))
}

func TestFindingString(t *testing.T) {
	f := Finding{CauseUnknownParameter, "Limt", CodeUnknownParameter, "unknown parameter Limt; did you mean Limit?"}
	assert.Equal(t, "unknown parameter Limt; did you mean Limit? (unknown-parameter, the API answers UnknownParameter)", f.String())
}

func TestSuggest(t *testing.T) {
	c := []string{"InstanceIds", "Filters", "Offset", "Limit"}
	assert.Equal(t, "; did you mean Limit?", didYouMean("Limt", c))
	assert.Equal(t, "", didYouMean("Zone", c))
}
