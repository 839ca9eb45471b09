//go:build !js

package message

// Codes of the command line's own refusals: flags and their values, the
// files and standard input they name, credentials profiles, the emulator's
// keys, tcsig send's response. Like text.go, the file is left out of the
// WebAssembly module, which never shows them.
const (
	CLIFlagBadValue      Code = "cli.flag.bad_value"
	CLIWantBool          Code = "cli.flag.want_bool"
	CLIWantInt           Code = "cli.flag.want_int"
	CLIWantNumber        Code = "cli.flag.want_number"
	CLIWantDuration      Code = "cli.flag.want_duration"
	CLIWantKeyValue      Code = "cli.flag.want_key_value"
	CLITrustedProxy      Code = "cli.flag.trusted_proxy"
	CLIOutputOneOf       Code = "cli.flag.output_one_of"
	CLIOutputTextJSON    Code = "cli.flag.output_text_json"
	CLITimeoutPositive   Code = "cli.flag.timeout_positive"
	CLIToURL             Code = "cli.flag.to_url"
	CLINowValue          Code = "cli.flag.now_value"
	CLIVerifyExtraArg    Code = "cli.verify.extra_argument"
	CLICatalogExtraArg   Code = "cli.catalog.extra_argument"
	CLICatalogSearchArgs Code = "cli.catalog.search_args"
	CLICatalogCounts     Code = "cli.catalog.counts"
	CLIEndpointList      Code = "cli.endpoint.list_alone"
	CLIEndpointService   Code = "cli.endpoint.service_required"
	CLIServeCaps         Code = "cli.serve.caps"
	CLIStdinReadTwice    Code = "cli.input.stdin_twice"
	CLINoStdin           Code = "cli.input.no_stdin"
	CLIFileAfterAt       Code = "cli.input.file_after_at"
	CLIFormSyntax        Code = "cli.form.syntax"
	CLIFormStdin         Code = "cli.form.stdin"
	CLICodeOutputData    Code = "cli.output.code_needs_data"
	CLIFileError         Code = "cli.input.file_error"
	CLIFileNotExist      Code = "cli.input.file_not_exist"
	CLIFilePermission    Code = "cli.input.file_permission"
	CLIProfileMissing    Code = "cli.credentials.profile_missing"
	CLIProfileIncomplete Code = "cli.credentials.profile_incomplete"
	CLIProfilePath       Code = "cli.credentials.profile_path"
	CLITCCLINotJSON      Code = "cli.credentials.tccli_not_json"
	CLITCCLIIncomplete   Code = "cli.credentials.tccli_incomplete"
	CLITCCLIProfileNone  Code = "cli.credentials.tccli_profile_none"
	CLICredFileTooLarge  Code = "cli.credentials.file_too_large"
	CLIEmulateKeySyntax  Code = "cli.emulate.key_syntax"
	CLIEmulateKeySpace   Code = "cli.emulate.key_space"
	CLIEmulateKeyTwice   Code = "cli.emulate.key_twice"
	CLIEmulateNoKeys     Code = "cli.emulate.no_keys"
	CLIEmulateKeyFlag    Code = "cli.emulate.key_flag"
	CLILargestRule       Code = "cli.input.largest_rule"
	CLIInputTooLarge     Code = "cli.input.too_large"
	CLISplitRequest      Code = "cli.input.split_request"
	CLIResponseTooLarge  Code = "cli.send.response_too_large"
	CLIReadingResponse   Code = "cli.send.reading_response"
	CLISendMisdirected   Code = "cli.send.misdirected"
	CLISendLocalSecretID Code = "cli.send.local_secret_id"
	CatIntlOnly          Code = "cli.endpoint.intl_only"
	CLIHelpEnglish       Code = "cli.help.english"
	CLIUnknownShortFlag  Code = "cli.flag.unknown_short"
	CTOtherLang          Code = "cli.catalog.other_lang"
	CLIDidYouMeanOutput  Code = "cli.flag.output_did_you_mean"
	CLIHelpFlags         Code = "cli.help.flags"
	CLIHelpExamples      Code = "cli.help.examples"
)

var cliInputDefs = []entry{
	{CLIFlagBadValue, def{[]string{"value", "name", "detail"}, "invalid value {value} for --{name}: {detail}", "--{name} 的值 {value} 无效：{detail}"}},
	{CLIWantBool, def{nil, "want true or false", "应为 true 或 false"}},
	{CLIWantInt, def{nil, "want a whole number, e.g. 10", "应为整数，例如 10"}},
	{CLIWantNumber, def{nil, "want a number, e.g. 2.5", "应为数字，例如 2.5"}},
	{CLIWantDuration, def{nil, "want a duration with its unit, e.g. 30s or 2m", "应为带单位的时长，例如 30s 或 2m"}},
	{CLIWantKeyValue, def{[]string{"value"}, "want KEY=VALUE, got {value}", "应为 KEY=VALUE，收到的是 {value}"}},
	{CLITrustedProxy, def{[]string{"value"}, "{value} is not a CIDR prefix or an address; write e.g. 10.0.0.0/8 or 192.0.2.7",
		"{value} 不是 CIDR 前缀或地址；应写成 10.0.0.0/8 或 192.0.2.7 这样的形式"}},
	{CLIOutputOneOf, def{[]string{"choices", "value", "suggestion"}, "--output: want one of {choices}, got {value}{suggestion}", "--output：应为 {choices} 之一，收到的是 {value}{suggestion}"}},
	{CLIOutputTextJSON, def{[]string{"value", "suggestion"}, "--output: want text or json, got {value}{suggestion}", "--output：应为 text 或 json，收到的是 {value}{suggestion}"}},
	{CLIDidYouMeanOutput, def{[]string{"value"}, "; did you mean --output {value}?", "；是否想用 --output {value}？"}},
	{CLITimeoutPositive, def{nil, "--timeout must be positive, e.g. 30s", "--timeout 必须大于 0，例如 30s"}},
	{CLIToURL, def{[]string{"value"}, "--to: want http://host:port or https://host[:port][/path], got {value}",
		"--to：应为 http://host:port 或 https://host[:port][/path]，收到的是 {value}"}},
	{CLINowValue, def{[]string{"value"}, "--now: want Unix time in seconds or off, got {value}", "--now：应为以秒为单位的 Unix 时间或 off，收到的是 {value}"}},
	{CLIVerifyExtraArg, def{[]string{"arg"}, "unexpected argument {arg}: give one capture file, or none to read stdin",
		"多余的参数 {arg}：请只给出一个抓包文件，或不给文件以读取标准输入"}},
	{CLICatalogExtraArg, def{[]string{"arg"}, "unexpected argument {arg}: want at most SERVICE and ACTION",
		"多余的参数 {arg}：最多给出 SERVICE 和 ACTION"}},
	{CLICatalogSearchArgs, def{nil, "--search looks through every service: give no SERVICE or ACTION with it",
		"--search 会查找所有服务：不要同时给出 SERVICE 或 ACTION"}},
	{CLICatalogCounts, def{nil, "--depth and --limit take a number >= 0", "--depth 和 --limit 应为大于或等于 0 的数"}},
	{CLIEndpointList, def{nil, "--list prints the whole table; it takes no --service, --region or --endpoint",
		"--list 打印整张表；不能同时给出 --service、--region 或 --endpoint"}},
	{CLIEndpointService, def{nil, "--service is required (e.g. --service cvm), or give --list",
		"必须给出 --service（例如 --service cvm），或者给出 --list"}},
	{CLIServeCaps, def{nil, "--max-relays, --origin-burst and --max-websockets must be 0 (default) or more",
		"--max-relays、--origin-burst 和 --max-websockets 必须为 0（默认）或更大"}},
	{CLIStdinReadTwice, def{[]string{"flag"}, "{flag} @-: stdin was already read by another flag", "{flag} @-：标准输入已被另一个选项读取"}},
	{CLINoStdin, def{[]string{"flag"}, "{flag} @-: no standard input", "{flag} @-：没有标准输入"}},
	{CLIFileAfterAt, def{[]string{"flag"}, "{flag} @: a file name must follow @ (or @- for stdin)", "{flag} @：@ 之后必须跟文件名（或用 @- 表示标准输入）"}},
	{CLIFormSyntax, def{[]string{"value"}, "--form: want name=value or name=@file, got {value}", "--form：应为 name=value 或 name=@file，收到的是 {value}"}},
	{CLIFormStdin, def{[]string{"name"}, "--form {name}=@-: form files cannot come from stdin; give a file path",
		"--form {name}=@-：表单文件不能来自标准输入；请给出文件路径"}},
	{CLICodeOutputData, def{[]string{"output"}, "--output {output} takes the action's parameters as a JSON object in --data; --param and --form cannot be written as SDK code",
		"--output {output} 要求在 --data 中以 JSON 对象给出接口参数；--param 和 --form 无法写成 SDK 代码"}},
	{CLIFileError, def{[]string{"what", "problem"}, "{what}: {problem}", "{what}：{problem}"}},
	{CLIFileNotExist, def{[]string{"path"}, "open {path}: no such file or directory", "无法打开 {path}：文件或目录不存在"}},
	{CLIFilePermission, def{[]string{"path"}, "open {path}: permission denied", "无法打开 {path}：没有权限"}},
	{CLIProfileMissing, def{[]string{"profile"}, "--profile {profile}: no [{profile}] section in the credentials file and no ~/.tccli/{profile}.credential",
		"--profile {profile}：凭证文件中没有 [{profile}] 节，也没有 ~/.tccli/{profile}.credential"}},
	{CLIProfileIncomplete, def{[]string{"path", "profile"}, "{path}: section [{profile}] needs both secret_id and secret_key",
		"{path}：[{profile}] 节必须同时含有 secret_id 和 secret_key"}},
	{CLIProfilePath, def{[]string{"profile"}, "profile {profile}: a profile is a name, not a path", "配置 {profile}：配置是一个名称，不是路径"}},
	{CLITCCLINotJSON, def{[]string{"path", "error"}, "{path}: not the JSON tccli writes: {error}", "{path}：不是 tccli 写入的 JSON：{error}"}},
	{CLITCCLIIncomplete, def{[]string{"path", "profile"}, "{path} needs both secretId and secretKey (tccli configure --profile {profile} writes them)",
		"{path} 必须同时含有 secretId 和 secretKey（tccli configure --profile {profile} 会写入它们）"}},
	{CLITCCLIProfileNone, def{[]string{"var", "profile", "id", "key"},
		"missing credentials: ${var} is {profile}, but there is no ~/.tccli/{profile}.credential (tccli configure --profile {profile} writes it); or set {id} and {key}, or fill the [default] section of ~/.tencentcloud/credentials",
		"缺少凭证：${var} 为 {profile}，但没有 ~/.tccli/{profile}.credential（tccli configure --profile {profile} 会写入它）；也可以设置 {id} 和 {key}，或填写 ~/.tencentcloud/credentials 的 [default] 节"}},
	{CLICredFileTooLarge, def{[]string{"path", "n"}, "{path}: over {n} bytes, not a credentials file", "{path}：超过 {n} 字节，不是凭证文件"}},
	{CLIEmulateKeySyntax, def{[]string{"from", "n"}, "{from}: want SECRETID:SECRETKEY, got an entry without both ({n} characters)",
		"{from}：应为 SECRETID:SECRETKEY，收到的条目缺少其中之一（{n} 个字符）"}},
	{CLIEmulateKeySpace, def{[]string{"from", "id"}, "{from}: SecretId {id}… or its key has surrounding whitespace", "{from}：SecretId {id}… 或其密钥首尾有空白"}},
	{CLIEmulateKeyTwice, def{[]string{"from", "id"}, "{from}: SecretId {id}… is given twice", "{from}：SecretId {id}… 给出了两次"}},
	{CLIEmulateNoKeys, def{[]string{"var", "id", "key"},
		"no keys: give --key SECRETID:SECRETKEY or set {var}=\"id:key,...\" ({id} and {key} are not used: the emulator never takes your real credentials implicitly)",
		"没有密钥：请给出 --key SECRETID:SECRETKEY 或设置 {var}=\"id:key,...\"（不会使用 {id} 和 {key}：模拟器从不隐式使用你的真实凭证）"}},
	{CLIEmulateKeyFlag, def{[]string{"var"}, "--key shows the key in ps and shell history; prefer ${var}", "--key 会让密钥出现在 ps 和 shell 历史中；建议改用 ${var}"}},
	{CLILargestRule, def{[]string{"rule"}, "{rule}, the largest request Tencent Cloud API accepts", "{rule}，即腾讯云 API 接受的最大请求"}},
	{CLIInputTooLarge, def{[]string{"what", "limit", "size", "rule"}, "request too large: {what} is over the limit of {limit} bytes ({size}) for {rule}",
		"请求过大：{what} 超出上限 {limit} 字节（{size}；规则：{rule}）"}},
	{CLISplitRequest, def{nil, "split the request", "请拆分请求"}},
	{CLIResponseTooLarge, def{[]string{"size"}, "the response is over {size}; tcsig send stops reading there", "响应超过 {size}；tcsig send 读到这里就停止"}},
	{CLIReadingResponse, def{[]string{"error"}, "reading the response: {error}", "读取响应时出错：{error}"}},
	{CLISendMisdirected, def{[]string{"addr", "host"},
		"{addr} does not answer to Host {host} (HTTP 421 Misdirected Request, a guard against DNS rebinding): tcsig emulate and the /emulate/ path of tcsig serve answer to *.tencentcloudapi.com hosts; for tcsig serve, add /emulate/ to --to (e.g. --to http://{addr}/emulate/)",
		"{addr} 不接受 Host {host}（HTTP 421 Misdirected Request，防 DNS 重绑定）：tcsig emulate 和 tcsig serve 的 /emulate/ 路径接受 *.tencentcloudapi.com 主机名；发往 tcsig serve 时请在 --to 后加上 /emulate/（如 --to http://{addr}/emulate/）"}},
	{CLIHelpEnglish, def{nil, "(The help's usage, flag descriptions and examples are in English; messages, warnings and the catalog's documentation follow --lang.)",
		"（帮助中的用法、选项说明和示例为英文；消息、警告和目录文档按 --lang 或 LANG 显示中文。）"}},
	{CTOtherLang, def{[]string{"lang"}, "({lang}: no text in this language)", "（{lang}：本语言无文档）"}},
	{CLIUnknownShortFlag, def{[]string{"name", "suggestion"}, "unknown flag -{name} (tcsig has no one-letter flags){suggestion}", "未知选项 -{name}（tcsig 没有单字母选项）{suggestion}"}},
	{CLIHelpFlags, def{nil, "Flags:", "选项（Flags）："}},
	{CLIHelpExamples, def{nil, "Examples:", "示例（Examples）："}},
	{CatIntlOnly, def{[]string{"host", "service"}, "{host}: the international nearest domain; the catalog knows {service} only from the international SDK, so its requests go there (--endpoint regional for a region's own domain)",
		"{host}：国际站就近接入域名；目录只在国际站 SDK 中见到 {service}，所以其请求发往这里（--endpoint regional 使用地域自己的域名）"}},
	{CLISendLocalSecretID, def{[]string{"addr", "var"},
		"the endpoint at {addr} does not list this SecretId: tcsig emulate accepts only the keys given with --key or ${var}, tcsig serve's /emulate/ also the documentation's example key (AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE); sign with one of them, or start the emulator with your key",
		"{addr} 上的端点没有登记这个 SecretId：tcsig emulate 只接受 --key 或 ${var} 给出的密钥，tcsig serve 的 /emulate/ 还接受文档中的示例密钥（AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE）；请用其中之一签名，或用你的密钥启动模拟器"}},
}
