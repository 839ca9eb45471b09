package message

// Codes of the command line.
const (
	CLIMissingCreds      Code = "cli.credentials.missing"
	CLILocalHost         Code = "cli.host.local"
	CLIWarning           Code = "cli.warning"
	CLIDidYouMeanRegion  Code = "cli.region.did_you_mean"
	CLIJSONBody          Code = "cli.json_body"
	CLINoCredentials     Code = "cli.credentials.none"
	CLIMissingKey        Code = "cli.credentials.missing_key"
	CLIMissingID         Code = "cli.credentials.missing_id"
	CLIVerifyClientTexts Code = "cli.verify.client_texts"
	CLIVerifyNeedsKey    Code = "cli.verify.needs_key"
	CLIFinancialLegend   Code = "cli.endpoint.financial_legend"
	CLIFlagError         Code = "cli.flag.error"
	CLIUnknownFlag       Code = "cli.flag.unknown"
	CLIDidYouMeanFlag    Code = "cli.flag.did_you_mean"
	CLIFlagNeedsArg      Code = "cli.flag.needs_argument"
	CLIUnexpectedArg     Code = "cli.flag.unexpected_argument"
	CLILangValue         Code = "cli.flag.lang_value"
)

var cliDefs = []entry{
	{CLIMissingCreds, def{[]string{"id", "key"}, "missing credentials: set {id} and {key}",
		"缺少凭证：请设置 {id} 和 {key}"}},
	{CLILocalHost, def{[]string{"host"},
		"; to reach a local endpoint such as tcsig emulate, sign for the real host and use tcsig send --to http://{host}",
		"；要访问本地端点（如 tcsig emulate），请为真实域名签名，再用 tcsig send --to http://{host} 发送"}},
	{CLIWarning, def{nil, "warning", "警告"}},
	{CLIFinancialLegend, def{nil, "financial: isolated zone; its requests must go to its own domain <service>.<id>.tencentcloudapi.com",
		"financial：金融区为隔离区域；其请求必须发往它自己的域名 <service>.<id>.tencentcloudapi.com"}},
	{CLINoCredentials, def{[]string{"id", "key", "file"},
		"missing credentials: set {id} and {key}, or put secret_id and secret_key in the [default] section of ~/.tencentcloud/credentials (or {file}), or run tccli configure",
		"缺少凭证：请设置 {id} 和 {key}，或在 ~/.tencentcloud/credentials（或 {file}）的 [default] 节中填写 secret_id 和 secret_key，或运行 tccli configure"}},
	{CLIMissingKey, def{[]string{"key"}, "missing SecretKey: set {key}", "缺少 SecretKey：请设置 {key}"}},
	{CLIMissingID, def{[]string{"id"}, "missing SecretId: set {id}", "缺少 SecretId：请设置 {id}"}},
	{CLIVerifyClientTexts, def{nil, "(give the client's canonical request and string to sign with --canonical-request FILE and --string-to-sign FILE)",
		"（用 --canonical-request FILE 和 --string-to-sign FILE 提供客户端的规范请求串和待签名字符串）"}},
	{CLIVerifyNeedsKey, def{[]string{"key"}, "missing SecretKey: set {key} to the key the request should be signed with",
		"缺少 SecretKey：请把 {key} 设为该请求应使用的签名密钥"}},
	{CLIJSONBody, def{[]string{"error", "note"}, "{error}. {note}", "{error}。{note}"}},
	{CLIDidYouMeanRegion, def{[]string{"region"}, "; did you mean --region {region}?", "；是否想用 --region {region}？"}},
	{CLIFlagError, def{[]string{"error", "cmd"}, "{error} (run 'tcsig {cmd} --help' for the flags)", "{error}（运行 'tcsig {cmd} --help' 查看可用的选项）"}},
	{CLIUnknownFlag, def{[]string{"name", "suggestion"}, "unknown flag --{name}{suggestion}", "未知选项 --{name}{suggestion}"}},
	{CLIDidYouMeanFlag, def{[]string{"flag"}, "; did you mean --{flag}?", "；是否想用 --{flag}？"}},
	{CLIFlagNeedsArg, def{[]string{"name"}, "flag needs an argument: --{name}", "选项缺少参数：--{name}"}},
	{CLIUnexpectedArg, def{[]string{"arg", "cmd"}, "unexpected argument {arg}: every input is a flag (run 'tcsig {cmd} --help')",
		"多余的参数 {arg}：所有输入都通过选项给出（运行 'tcsig {cmd} --help'）"}},
	{CLILangValue, def{[]string{"value"}, "--lang: want en or zh, got {value}", "--lang：应为 en 或 zh，收到的是 {value}"}},
}
