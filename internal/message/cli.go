package message

// Codes of the command line.
const (
	CLIMissingCreds     Code = "cli.credentials.missing"
	CLILocalHost        Code = "cli.host.local"
	CLIWarning          Code = "cli.warning"
	CLIDidYouMeanRegion Code = "cli.region.did_you_mean"
)

func init() {
	add(map[Code]def{
		CLIMissingCreds: {[]string{"id", "key"}, "missing credentials: set {id} and {key}",
			"缺少凭证：请设置 {id} 和 {key}"},
		CLILocalHost: {[]string{"host"},
			"; to reach a local endpoint such as tcsig emulate, sign for the real host and use tcsig send --to http://{host}",
			"；要访问本地端点（如 tcsig emulate），请为真实域名签名，再用 tcsig send --to http://{host} 发送"},
		CLIWarning:          {nil, "warning", "警告"},
		CLIDidYouMeanRegion: {[]string{"region"}, "; did you mean --region {region}?", "；是否想用 --region {region}？"},
	})
}
