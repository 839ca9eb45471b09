package message

// Codes of package request: its field errors and warnings.
const (
	BodyBOM         Code = "body.bom"
	BodyLineBreak   Code = "body.line_break"
	BodyBigInt      Code = "body.big_int"
	KeyWhitespace   Code = "credentials.whitespace"
	FormDataAndForm Code = "form.data_and_form"
	FormBoundary    Code = "form.boundary"
	FormNoName      Code = "form.no_name"
	FormBadName     Code = "form.bad_name"
	FormNoFilename  Code = "form.no_filename"
)

var requestDefs = []entry{
	{BodyBOM, def{nil, "body starts with a UTF-8 byte-order mark; it is signed, so it must be sent too",
		"请求体以 UTF-8 字节序标记（BOM）开头；它参与了签名，所以也必须发送"}},
	{BodyLineBreak, def{nil, "body ends with a line break; it is signed, so the client must send exactly these bytes (editors and heredocs often add one)",
		"请求体以换行结尾；它参与了签名，客户端必须原样发送这些字节（编辑器和 heredoc 常会自动加一个换行）"}},
	{BodyBigInt, def{[]string{"n"}, "body has the integer {n}, above 2^53: JavaScript and some JSON libraries change its digits if they re-serialise the body; sign and send these bytes as they are",
		"请求体中的整数 {n} 超过 2^53：JavaScript 和部分 JSON 库重新序列化请求体时会改变它的数字；请原样签名并发送这些字节"}},
	{KeyWhitespace, def{[]string{"name"}, "{name} has leading or trailing whitespace; keys never do (check how it was copied)",
		"{name} 首尾有空白字符；密钥不会含有空白（请检查复制方式）"}},
	{FormDataAndForm, def{nil, "give either data or form fields, not both", "请求体和表单字段只能二选一"}},
	{FormBoundary, def{nil, "must be 1 to 70 characters without quotes or line breaks",
		"必须是 1 到 70 个字符，不含引号或换行"}},
	{FormNoName, def{nil, "a form field has no name", "有表单字段没有名称"}},
	{FormBadName, def{[]string{"name"}, "form field name or filename contains a quote or line break: {name}",
		"表单字段名或文件名包含引号或换行：{name}"}},
	{FormNoFilename, def{[]string{"name"}, "form field {name} has binary content but no filename: a file part needs one",
		"表单字段 {name} 是二进制内容但没有文件名：文件字段必须有文件名"}},
}
