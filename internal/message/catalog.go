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

func init() {
	add(map[Code]def{
		CatUnknownParam:   {[]string{"path", "hint"}, "unknown parameter {path}{hint}", "未知参数 {path}{hint}"},
		CatMissingParam:   {[]string{"path", "type"}, "missing required parameter {path} ({type})", "缺少必填参数 {path}（{type}）"},
		CatWrongType:      {[]string{"where", "want", "got"}, "{where} should be {want}, not {got}", "{where} 应为{want}，而不是{got}"},
		CatRefObject:      {[]string{"ref"}, "a {ref} object", " {ref} 对象"},
		CatRefObjects:     {[]string{"ref"}, "{ref} objects", " {ref} 对象"},
		CatDidYouMean:     {[]string{"name"}, "; did you mean {name}?", "；是否想用 {name}？"},
		CatUnknownService: {[]string{"name", "hint"}, "unknown service {name}{hint}", "未知服务 {name}{hint}"},
		CatNoVersions: {[]string{"service"}, "unknown version: service {service} has no versions in the catalog",
			"未知版本：目录中没有服务 {service} 的任何版本"},
		CatUnknownVersion: {[]string{"version", "service", "known"}, "unknown version {version} of {service}: known versions are {known}",
			"{service} 没有版本 {version}：已知版本为 {known}"},
		CatUnknownAction: {[]string{"action", "service", "version", "hint", "other"},
			"unknown action {action} in {service} {version}{hint}{other}",
			"{service} {version} 中没有接口 {action}{hint}{other}"},
		CatOtherVersions: {[]string{"versions"}, "; version {versions} has it", "；版本 {versions} 有此接口"},
		CatArrayOf:       {[]string{"type"}, "an array of {type}", "由{type}组成的数组"},
		CatFinding: {[]string{"message", "cause", "code"}, "{message} ({cause}, the API answers {code})",
			"{message}（{cause}，API 会返回 {code}）"},
	})
	for _, t := range [][2]string{
		{"a string", "字符串"}, {"a number", "数字"}, {"a boolean", "布尔值"}, {"an array", "数组"},
		{"an object", "对象"}, {"the body", "请求体"}, {"a JSON object", " JSON 对象"},
		{"strings", "字符串"}, {"numbers", "数字"}, {"booleans", "布尔值"}, {"objects", "对象"},
	} {
		term(t[0], t[1])
	}
}
