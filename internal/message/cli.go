package message

// Codes of the command line.
const (
	CLIMissingCreds     Code = "cli.credentials.missing"
	CLILocalHost        Code = "cli.host.local"
	CLIWarning          Code = "cli.warning"
	CLIDidYouMeanRegion Code = "cli.region.did_you_mean"
	CLIJSONBody         Code = "cli.json_body"
	CLIFinancialLegend  Code = "cli.endpoint.financial_legend"
)

func init() {
	add(map[Code]def{
		CLIMissingCreds: {[]string{"id", "key"}, "missing credentials: set {id} and {key}",
			"缺少凭证：请设置 {id} 和 {key}"},
		CLILocalHost: {[]string{"host"},
			"; to reach a local endpoint such as tcsig emulate, sign for the real host and use tcsig send --to http://{host}",
			"；要访问本地端点（如 tcsig emulate），请为真实域名签名，再用 tcsig send --to http://{host} 发送"},
		CLIWarning: {nil, "warning", "警告"},
		CLIFinancialLegend: {nil, "financial: isolated zone; its requests must go to its own domain <service>.<id>.tencentcloudapi.com",
			"financial：金融区为隔离区域；其请求必须发往它自己的域名 <service>.<id>.tencentcloudapi.com"},
		CLIJSONBody: {[]string{"line", "column", "error"},
			"JSON error at line {line}, column {column}: {error}; the request is signed as-is, but the API will answer with an error",
			"JSON 错误：第 {line} 行第 {column} 列：{error}；已按原样签名，但 API 会返回错误"},
		CLIDidYouMeanRegion: {[]string{"region"}, "; did you mean --region {region}?", "；是否想用 --region {region}？"},
	})
}
