package endpoints

// Groups for the page's <optgroup>, in the order the table lists them.
const (
	groupMainland   = "Chinese mainland"
	groupMainlandZH = "中国大陆"
	groupAsia       = "Asia Pacific"
	groupAsiaZH     = "亚太地区"
	groupNA         = "North America"
	groupNAZH       = "北美地区"
	groupEurope     = "Europe"
	groupEuropeZH   = "欧洲地区"
	groupSA         = "South America"
	groupSAZH       = "南美地区"
	groupME         = "Middle East"
	groupMEZH       = "中东地区"
	groupFinance    = "Financial zones"
	groupFinanceZH  = "金融专区"
)

// Notes shown beside regions whose status the reference could not settle.
const (
	noteRetired    = "Retired: dropped from the latest request-structure pages; it may no longer accept requests."
	noteSaudi      = "Unconfirmed as an API host: listed by CVM DescribeRegions, but not in the request-structure pages or the Go SDK."
	noteOpen       = "Purpose unconfirmed: only a Go SDK constant, not in the request-structure pages."
	noteBeijingFSI = "Unconfirmed as an API host: its domain is only seen in a TLS certificate's name list, not in the request-structure pages or the Go SDK."
)

// table is the region list of "Request Structure", grouped for display:
// each group's rows are contiguous so the page can emit one <optgroup> per
// run. It is never written to — Regions copies it and Lookup returns
// values — so it is effectively constant (Go has no constant arrays of structs).
//
// IDs and English names follow that list and Tencent's region pages. It has no
// Chinese names; NameZH is the RegionName that Tencent's zh region/zone
// pages and DescribeRegions answers use for the same ID.
//
// ap-beijing-fsi is included, marked unconfirmed, because leaving it out would
// make a request for it look like an ordinary unknown region and lose the
// financial-zone isolation check; the page can still hide it by its Note.
var table = [...]Region{
	{ID: "ap-guangzhou", Name: "South China (Guangzhou)", NameZH: "华南地区(广州)", Group: groupMainland, GroupZH: groupMainlandZH},
	{ID: "ap-shanghai", Name: "East China (Shanghai)", NameZH: "华东地区(上海)", Group: groupMainland, GroupZH: groupMainlandZH},
	{ID: "ap-nanjing", Name: "East China (Nanjing)", NameZH: "华东地区(南京)", Group: groupMainland, GroupZH: groupMainlandZH},
	{ID: "ap-beijing", Name: "North China (Beijing)", NameZH: "华北地区(北京)", Group: groupMainland, GroupZH: groupMainlandZH},
	{ID: "ap-chengdu", Name: "Southwest China (Chengdu)", NameZH: "西南地区(成都)", Group: groupMainland, GroupZH: groupMainlandZH},
	{ID: "ap-chongqing", Name: "Southwest China (Chongqing)", NameZH: "西南地区(重庆)", Group: groupMainland, GroupZH: groupMainlandZH},
	{ID: "ap-guangzhou-open", Name: "South China (Guangzhou OPEN)", NameZH: "华南地区(广州OPEN)", Group: groupMainland, GroupZH: groupMainlandZH, Note: noteOpen},

	{ID: "ap-hongkong", Name: "Hong Kong, China", NameZH: "港澳台地区(中国香港)", Group: groupAsia, GroupZH: groupAsiaZH},
	{ID: "ap-singapore", Name: "Southeast Asia (Singapore)", NameZH: "亚太东南(新加坡)", Group: groupAsia, GroupZH: groupAsiaZH},
	{ID: "ap-jakarta", Name: "Southeast Asia (Jakarta)", NameZH: "亚太东南(雅加达)", Group: groupAsia, GroupZH: groupAsiaZH},
	{ID: "ap-bangkok", Name: "Southeast Asia (Bangkok)", NameZH: "亚太东南(曼谷)", Group: groupAsia, GroupZH: groupAsiaZH},
	{ID: "ap-seoul", Name: "Northeast Asia (Seoul)", NameZH: "亚太东北(首尔)", Group: groupAsia, GroupZH: groupAsiaZH},
	{ID: "ap-tokyo", Name: "Northeast Asia (Tokyo)", NameZH: "亚太东北(东京)", Group: groupAsia, GroupZH: groupAsiaZH},
	{ID: "ap-mumbai", Name: "South Asia (Mumbai)", NameZH: "亚太南部(孟买)", Group: groupAsia, GroupZH: groupAsiaZH, Retired: true, Note: noteRetired},

	{ID: "na-ashburn", Name: "US East (Virginia)", NameZH: "美国东部(弗吉尼亚)", Group: groupNA, GroupZH: groupNAZH},
	{ID: "na-siliconvalley", Name: "US West (Silicon Valley)", NameZH: "美国西部(硅谷)", Group: groupNA, GroupZH: groupNAZH},
	{ID: "na-toronto", Name: "North America (Toronto)", NameZH: "北美地区(多伦多)", Group: groupNA, GroupZH: groupNAZH, Retired: true, Note: noteRetired},

	{ID: "eu-frankfurt", Name: "Europe (Frankfurt)", NameZH: "欧洲地区(法兰克福)", Group: groupEurope, GroupZH: groupEuropeZH},
	{ID: "eu-moscow", Name: "Europe (Moscow)", NameZH: "欧洲地区(莫斯科)", Group: groupEurope, GroupZH: groupEuropeZH, Retired: true, Note: noteRetired},

	{ID: "sa-saopaulo", Name: "South America (São Paulo)", NameZH: "南美地区(圣保罗)", Group: groupSA, GroupZH: groupSAZH},

	{ID: "me-saudi-arabia", Name: "Middle East (Riyadh)", NameZH: "中东地区(利雅得)", Group: groupME, GroupZH: groupMEZH, Note: noteSaudi},

	{ID: "ap-shanghai-fsi", Name: "East China (Shanghai Finance)", NameZH: "华东地区(上海金融)", Group: groupFinance, GroupZH: groupFinanceZH, Financial: true},
	{ID: "ap-shenzhen-fsi", Name: "South China (Shenzhen Finance)", NameZH: "华南地区(深圳金融)", Group: groupFinance, GroupZH: groupFinanceZH, Financial: true},
	{ID: "ap-beijing-fsi", Name: "North China (Beijing Finance)", NameZH: "华北地区(北京金融)", Group: groupFinance, GroupZH: groupFinanceZH, Financial: true, Note: noteBeijingFSI},
}
