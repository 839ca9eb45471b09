package message

// Codes of the module's JavaScript API when a call's arguments have the
// wrong type. {call} is the call's signature, as the page's code writes
// it (resolve(service, region, mode)).
const (
	JSArgsStrings      Code = "js.args.strings"
	JSArgsFirstStrings Code = "js.args.first_strings"
	JSArgString        Code = "js.args.string"
	JSArgLang          Code = "js.args.lang"
	JSArgExportLang    Code = "js.args.export_lang"
	JSArgCapture       Code = "js.args.capture"
	JSArgInternal      Code = "js.args.internal"
	JSArgSize          Code = "js.args.size"
)

var jsArgDefs = []entry{
	{JSArgsStrings, def{[]string{"call"}, "{call}: arguments must be strings", "{call}：参数必须是字符串"}},
	{JSArgsFirstStrings, def{[]string{"call", "n"}, "{call}: the first {n} arguments must be strings", "{call}：前 {n} 个参数必须是字符串"}},
	{JSArgString, def{[]string{"call", "name"}, "{call}: {name} must be a string", "{call}：{name} 必须是字符串"}},
	{JSArgLang, def{[]string{"call"}, "{call}: lang must be \"en\" or \"zh\"", "{call}：lang 必须是 \"en\" 或 \"zh\""}},
	{JSArgExportLang, def{[]string{"call", "choices"}, "{call}: lang must be a string: {choices}", "{call}：lang 必须是字符串：{choices}"}},
	{JSArgCapture, def{[]string{"call"}, "{call}: text must be the captured request as a string", "{call}：text 必须是字符串形式的抓取请求"}},
	{JSArgSize, def{[]string{"call"}, "{call}: n must be a whole number of bytes, 0 or more", "{call}：n 必须是大于或等于 0 的整数字节数"}},
	{JSArgInternal, def{nil, "internal error in tcsig (please report it)", "tcsig 内部错误（请报告此问题）"}},
}
