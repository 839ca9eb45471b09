package message

// Codes of endpoints: why a host was chosen, region warnings, host rules.
const (
	HostFinancial      Code = "host.financial"
	HostRegional       Code = "host.regional"
	HostIntl           Code = "host.intl"
	HostNearest        Code = "host.nearest"
	HostRegionData     Code = "host.region_data"
	RegionUnknown      Code = "region.unknown"
	RegionNote         Code = "region.note"
	NoteRetired        Code = "region.note.retired"
	NoteSaudi          Code = "region.note.saudi"
	NoteOpen           Code = "region.note.open"
	NoteBeijingFSI     Code = "region.note.beijing_fsi"
	HostFinancialOther Code = "host.financial_other"
	HostServiceLabel   Code = "host.service_label"
	HostEmpty          Code = "host.empty"
	HostSchemePath     Code = "host.scheme_path"
	HostTrailingDot    Code = "host.trailing_dot"
	HostUpper          Code = "host.upper"
	HostPort           Code = "host.port"
	HostNotTencent     Code = "host.not_tencent"
	HostBadLabel       Code = "host.bad_label"
	HostMiddleLabel    Code = "host.middle_label"
	HostTooManyLabels  Code = "host.too_many_labels"
	ModeInvalid        Code = "mode.invalid"
	ModeNeedsRegion    Code = "mode.regional_needs_region"
	ServiceEmpty       Code = "service.empty"
	ServiceLower       Code = "service.lower"
	ServiceLabel       Code = "service.label"
	RegionLower        Code = "region.lower"
	RegionID           Code = "region.id"
	EndpointField      Code = "endpoints.field"
	EndpointFieldGot   Code = "endpoints.field_got"
)

var endpointDefs = []entry{
	{HostFinancial, def{[]string{"region", "host"},
		"{region} is a financial zone: its requests must go to its own domain {host}",
		"{region} 是金融区：其请求必须发往它自己的域名 {host}"}},
	{HostRegional, def{[]string{"host", "region"},
		"{host}: the regional domain; requests are served in {region} without a routing hop",
		"{host}：地域域名；请求直接在 {region} 处理，不经路由转发"}},
	{HostIntl, def{[]string{"host", "data"},
		"{host}: the international nearest domain; requests are routed to the closest region{data}",
		"{host}：国际站就近接入域名；请求被路由到最近的地域{data}"}},
	{HostNearest, def{[]string{"host", "data"},
		"{host}: the nearest domain; requests are routed to the closest region{data}",
		"{host}：就近接入域名；请求被路由到最近的地域{data}"}},
	{HostRegionData, def{[]string{"region"},
		", and X-TC-Region still selects {region}'s data",
		"，X-TC-Region 仍然选择 {region} 的数据"}},
	{RegionUnknown, def{[]string{"region"},
		"{region} is not in tcsig's region table: it may be new or mistyped; DescribeRegions lists the regions your account can use",
		"{region} 不在 tcsig 的地域表中：可能是新地域，也可能拼写有误；DescribeRegions 会列出你的账号可用的地域"}},
	{RegionNote, def{[]string{"region", "note"}, "{region}: {note}", "{region}：{note}"}},
	{NoteRetired, def{nil, "Retired: dropped from the latest request-structure pages; it may no longer accept requests.",
		"已下线：最新的“请求结构”文档已不再列出，可能不再接受请求。"}},
	{NoteSaudi, def{nil, "Unconfirmed as an API host: listed by CVM DescribeRegions, but not in the request-structure pages or the Go SDK.",
		"未确认可作为 API 域名：CVM DescribeRegions 列出了它，但“请求结构”文档和 Go SDK 中都没有。"}},
	{NoteOpen, def{nil, "Purpose unconfirmed: only a Go SDK constant, not in the request-structure pages.",
		"用途未确认：只是 Go SDK 中的一个常量，“请求结构”文档中没有。"}},
	{NoteBeijingFSI, def{nil, "Unconfirmed as an API host: its domain is only seen in a TLS certificate's name list, not in the request-structure pages or the Go SDK.",
		"未确认可作为 API 域名：其域名只出现在 TLS 证书的名称列表中，“请求结构”文档和 Go SDK 中都没有。"}},
	{HostFinancialOther, def{[]string{"label", "region", "want", "regional"},
		"this is financial zone {label}'s domain, which only takes {label} requests; send {region} requests to {want} or {regional}",
		"这是金融区 {label} 的域名，只接受 {label} 的请求；{region} 的请求请发往 {want} 或 {regional}"}},
	{HostServiceLabel, def{[]string{"got", "service"},
		"the first label is {got} but the service is {service}; the service signed into the credential scope must be the host's first label",
		"域名的第一段是 {got}，但服务是 {service}；签入凭证范围的服务名必须是域名的第一段"}},
	{HostEmpty, def{nil, "the host is empty", "域名为空"}},
	{HostSchemePath, def{nil, "give the host alone, without scheme or path", "只填域名，不要带协议或路径"}},
	{HostTrailingDot, def{nil, "a trailing dot is not allowed: the host is signed as written",
		"不允许末尾的点：域名按书写的原样签名"}},
	{HostUpper, def{nil, "upper-case letters are not allowed: the host is a signed header, so send it exactly as signed, in lower case",
		"不允许大写字母：域名是参与签名的头部，必须按签名时的小写原样发送"}},
	{HostPort, def{nil, "a port is not allowed: Tencent Cloud API hosts are HTTPS on 443 and the host is signed without one",
		"不允许端口：腾讯云 API 域名使用 443 端口的 HTTPS，签名的域名不带端口"}},
	{HostNotTencent, def{nil, "not a Tencent Cloud API host: want <service>.tencentcloudapi.com or <service>.<region>.tencentcloudapi.com",
		"不是腾讯云 API 域名：应为 <service>.tencentcloudapi.com 或 <service>.<region>.tencentcloudapi.com"}},
	{HostBadLabel, def{[]string{"label"}, "{label} is not a valid DNS label (a-z, 0-9 and inner hyphens)",
		"{label} 不是有效的 DNS 标签（a-z、0-9 和中间的连字符）"}},
	{HostMiddleLabel, def{[]string{"label"}, "{label} is neither a region ID nor intl or internal",
		"{label} 既不是地域 ID，也不是 intl 或 internal"}},
	{HostTooManyLabels, def{nil, "too many labels: want <service>.tencentcloudapi.com or <service>.<region>.tencentcloudapi.com",
		"段数过多：应为 <service>.tencentcloudapi.com 或 <service>.<region>.tencentcloudapi.com"}},
	{ModeInvalid, def{nil, "want nearest, regional or intl", "应为 nearest、regional 或 intl"}},
	{ModeNeedsRegion, def{nil, "the regional mode needs a region", "地域域名模式需要指定地域"}},
	{ServiceEmpty, def{nil, "empty; it is the host's first label, e.g. cvm", "为空；它是域名的第一段，如 cvm"}},
	{ServiceLower, def{[]string{"lower"}, "must be lower case: {lower}", "必须是小写：{lower}"}},
	{ServiceLabel, def{nil, "must be a DNS label: a-z, 0-9 and inner hyphens, at most 63 characters",
		"必须是 DNS 标签：a-z、0-9 和中间的连字符，最多 63 个字符"}},
	{RegionLower, def{[]string{"lower"}, "must be lower case: {lower}", "必须是小写：{lower}"}},
	{RegionID, def{nil, "not a region ID: want area-city, e.g. ap-guangzhou",
		"不是地域 ID：应为“区域-城市”形式，如 ap-guangzhou"}},
	{EndpointField, def{[]string{"field", "value", "reason"}, "{field} {value}: {reason}", "{field} {value}：{reason}"}},
	{EndpointFieldGot, def{[]string{"reason", "value"}, "{reason} (got {value})", "{reason}（实际为 {value}）"}},
}
