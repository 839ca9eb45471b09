package catalog

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/message"
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
			{Cause: CauseUnknownVersion, Path: "", Code: CodeNoSuchVersion, Message: "unknown version 2017-03-11 of cvm: known versions are 2017-03-12"}}},
		"unknown action": {Request{Service: "cvm", Action: "DescribeInstance"}, []Finding{
			{Cause: CauseUnknownAction, Path: "", Code: CodeInvalidAction, Message: "unknown action DescribeInstance in cvm 2017-03-12; did you mean DescribeInstances?"}}},
		"unknown parameter": {di(BodyJSON, `{"Limt":1,"Zzzzzzzz":2}`), []Finding{
			{Cause: CauseUnknownParameter, Path: "Limt", Code: CodeUnknownParameter, Message: "unknown parameter Limt; did you mean Limit?"},
			{Cause: CauseUnknownParameter, Path: "Zzzzzzzz", Code: CodeUnknownParameter, Message: "unknown parameter Zzzzzzzz"}}},
		"case is a typo": {di(BodyJSON, `{"instanceIds":["ins-1"]}`), []Finding{
			{Cause: CauseUnknownParameter, Path: "instanceIds", Code: CodeUnknownParameter, Message: "unknown parameter instanceIds; did you mean InstanceIds?"}}},
		"types": {di(BodyJSON, `{"Limit":"1","InstanceIds":"ins-1","Filters":[{"Name":"zone","Values":[1]}]}`), []Finding{
			{Cause: CauseParameterType, Path: "Limit", Code: CodeInvalidParameter, Message: "Limit should be a number, not a string"},
			{Cause: CauseParameterType, Path: "InstanceIds", Code: CodeInvalidParameter, Message: "InstanceIds should be an array of strings, not a string"},
			{Cause: CauseParameterType, Path: "Filters[0].Values[0]", Code: CodeInvalidParameter, Message: "Filters[0].Values[0] should be a string, not a number"}}},
		"nested unknown and missing": {di(BodyJSON, `{"Filters":[{"Nme":"zone"}]}`), []Finding{
			{Cause: CauseUnknownParameter, Path: "Filters[0].Nme", Code: CodeUnknownParameter, Message: "unknown parameter Filters[0].Nme; did you mean Name?"},
			{Cause: CauseMissingParameter, Path: "Filters[0].Name", Code: CodeMissingParameter, Message: "missing required parameter Filters[0].Name (a string)"},
			{Cause: CauseMissingParameter, Path: "Filters[0].Values", Code: CodeMissingParameter, Message: "missing required parameter Filters[0].Values (an array of strings)"}}},
		"body not an object": {di(BodyJSON, `[1]`), []Finding{
			{Cause: CauseParameterType, Path: "", Code: CodeInvalidParameter, Message: "the body should be a JSON object, not an array"}}},
		"missing top-level": {Request{Service: "cvm", Action: "DeleteLaunchTemplateVersions", Kind: BodyJSON, JSON: []byte(`{"LaunchTemplateVersions":[1]}`)}, []Finding{
			{Cause: CauseMissingParameter, Path: "LaunchTemplateId", Code: CodeMissingParameter, Message: "missing required parameter LaunchTemplateId (a string)"}}},
		"form: names only": {di(BodyForm, "", "Action", "Version", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "InstanceIds.0", "Filters.0.Name", "Filters.0.Values.0", "Limit"), nil},
		"form: unknown names": {di(BodyForm, "", "Limt", "Filters.0.Nme"), []Finding{
			{Cause: CauseUnknownParameter, Path: "Limt", Code: CodeUnknownParameter, Message: "unknown parameter Limt; did you mean Limit?"},
			{Cause: CauseUnknownParameter, Path: "Filters.0.Nme", Code: CodeUnknownParameter, Message: "unknown parameter Filters.0.Nme; did you mean Name?"}}},
		"form: missing": {Request{Service: "cvm", Action: "DeleteLaunchTemplateVersions", Kind: BodyForm, Form: []string{"Action", "LaunchTemplateVersions.0"}}, []Finding{
			{Cause: CauseMissingParameter, Path: "LaunchTemplateId", Code: CodeMissingParameter, Message: "missing required parameter LaunchTemplateId (a string)"}}},
		"not checked body": {Request{Service: "cvm", Action: "DescribeInstances", Kind: BodyNone}, nil},
	} {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, tc.want, english(real.Check(tc.req)))
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
	f := Finding{Cause: CauseUnknownParameter, Path: "Limt", Code: CodeUnknownParameter, Message: "unknown parameter Limt; did you mean Limit?"}
	assert.Equal(t, "unknown parameter Limt; did you mean Limit? (unknown-parameter, the API answers UnknownParameter)", f.String())
}

func TestSuggest(t *testing.T) {
	c := []string{"InstanceIds", "Filters", "Offset", "Limit"}
	assert.Equal(t, "; did you mean Limit?", didYouMean("Limt", c).(message.Msg).Render(message.EN))
	assert.Equal(t, "", didYouMean("Zone", c))
}

// english drops the findings' message codes, leaving the English the
// tests compare; TestFindingsRenderInChinese checks the codes.
func english(fs []Finding) []Finding {
	for i := range fs {
		fs[i].Text = message.Msg{}
	}
	return fs
}

func TestFindingsRenderInChinese(t *testing.T) {
	fs := real.Check(Request{Service: "cvm", Action: "DescribeInstances", Kind: BodyJSON, JSON: []byte(`{"Limit":"1","Limt":1,"InstanceIds":"i"}`)})
	require.Len(t, fs, 3)
	var zh []string
	for _, f := range fs {
		zh = append(zh, f.Localize(message.ZH).Message)
	}
	assert.ElementsMatch(t, []string{"Limit 应为数字，而不是字符串", "未知参数 Limt；是否想用 Limit？", "InstanceIds 应为由字符串组成的数组，而不是字符串"}, zh)
	assert.Contains(t, fs[0].Render(message.ZH), "，API 会返回 ")

	fs = real.Check(Request{Service: "cvm", Action: "DescribeInstance"})
	require.Len(t, fs, 1)
	assert.Equal(t, "cvm 2017-03-12 中没有接口 DescribeInstance；是否想用 DescribeInstances？", fs[0].Localize(message.ZH).Message)
}
