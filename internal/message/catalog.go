package message

// Codes of the API catalog's findings and lookups.
const (
	CatUnknownParam   Code = "catalog.unknown_parameter"
	CatMissingParam   Code = "catalog.missing_parameter"
	CatWrongType      Code = "catalog.wrong_type"
	CatRefObject      Code = "catalog.ref_object"
	CatRefObjects     Code = "catalog.ref_objects"
	CatDidYouMean     Code = "catalog.did_you_mean"
	CatUnknownService Code = "catalog.unknown_service"
	CatNoVersions     Code = "catalog.no_versions"
	CatUnknownVersion Code = "catalog.unknown_version"
	CatUnknownAction  Code = "catalog.unknown_action"
	CatOtherVersions  Code = "catalog.other_versions"
	CatFinding        Code = "catalog.finding"
	CatArrayOf        Code = "catalog.array_of"
)

var catalogDefs = []entry{
	{CatUnknownParam, def{[]string{"path", "hint"}, "unknown parameter {path}{hint}", "未知参数 {path}{hint}"}},
	{CatMissingParam, def{[]string{"path", "type"}, "missing required parameter {path} ({type})", "缺少必填参数 {path}（{type}）"}},
	{CatWrongType, def{[]string{"where", "want", "got"}, "{where} should be {want}, not {got}", "{where} 应为{want}，而不是{got}"}},
	{CatRefObject, def{[]string{"ref"}, "a {ref} object", " {ref} 对象"}},
	{CatRefObjects, def{[]string{"ref"}, "{ref} objects", " {ref} 对象"}},
	{CatDidYouMean, def{[]string{"name"}, "; did you mean {name}?", "；是否想用 {name}？"}},
	{CatUnknownService, def{[]string{"name", "hint"}, "unknown service {name}{hint}", "未知服务 {name}{hint}"}},
	{CatNoVersions, def{[]string{"service"}, "unknown version: service {service} has no versions in the catalog",
		"未知版本：目录中没有服务 {service} 的任何版本"}},
	{CatUnknownVersion, def{[]string{"version", "service", "known"}, "unknown version {version} of {service}: known versions are {known}",
		"{service} 没有版本 {version}：已知版本为 {known}"}},
	{CatUnknownAction, def{[]string{"action", "service", "version", "hint", "other"},
		"unknown action {action} in {service} {version}{hint}{other}",
		"{service} {version} 中没有接口 {action}{hint}{other}"}},
	{CatOtherVersions, def{[]string{"versions"}, "; version {versions} has it", "；版本 {versions} 有此接口"}},
	{CatArrayOf, def{[]string{"type"}, "an array of {type}", "由{type}组成的数组"}},
	{CatFinding, def{[]string{"message", "cause", "code"}, "{message} ({cause}, the API answers {code})",
		"{message}（{cause}，API 会返回 {code}）"}},
}

// catalogTerms are the type words of findings (Term).
var catalogTerms = [][2]string{
	{"a string", "字符串"}, {"a number", "数字"}, {"a boolean", "布尔值"}, {"an array", "数组"},
	{"an object", "对象"}, {"the body", "请求体"}, {"a JSON object", " JSON 对象"},
	{"strings", "字符串"}, {"numbers", "数字"}, {"booleans", "布尔值"}, {"objects", "对象"},
}
