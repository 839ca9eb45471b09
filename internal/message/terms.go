package message

import "strings"

// Terms are fixed phrases that fill a placeholder of another message (how
// a client got something wrong, which text is meant): each has a code
// ("term." and its English in lower case), so the test walks it, and Term
// finds it by its English text.
func termCode(en string) Code { return Code("term." + slug(en)) }

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "_"):
			b.WriteByte('_')
		}
	}
	return strings.TrimSuffix(b.String(), "_")
}

// Term returns the phrase en as a message when it is a known term, else en
// itself (English in every language).
func Term(en string) any {
	index()
	if c, ok := terms[en]; ok {
		return New(c)
	}
	return en
}

// verifyTerms are the phrases of verify's messages (Term).
var verifyTerms = [][2]string{
	{"query string", "查询串"},
	{"form body", "表单请求体"},
	{"canonical request", "规范请求串"},
	{"string to sign", "待签名字符串"},
	{"behind", "落后"},
	{"ahead of", "超前"},
	{"with a trailing newline", "末尾多了换行"},
	{"with a trailing CRLF", "末尾多了 CRLF"},
	{"with a trailing space", "末尾多了空格"},
	{"with a leading space", "开头多了空格"},
	{"with a trailing tab", "末尾多了制表符"},
	{"trimmed (the key given to tcsig has whitespace the client did not use)", "去掉了首尾空白（提供给 tcsig 的密钥含有客户端没有用的空白）"},
	{"without lower-casing them", "没有转为小写"},
	{"verbatim, neither trimmed nor lower-cased", "原样使用，既没有去掉首尾空白，也没有转为小写"},
	{"without the blank line after the canonical headers (each header line ends in \\n, and then the block is followed by \\n)",
		"规范头部之后缺少空行（每个头部行以 \\n 结尾，整个头部块之后还要再跟一个 \\n）"},
	{"with an extra newline after the canonical headers", "规范头部之后多了一个换行"},
	{"URL-encoded (form style)", "做了 URL 编码（表单风格）"},
	{"URL-encoded (RFC 3986, %20 for space)", "做了 URL 编码（RFC 3986，空格编码为 %20）"},
	{"URL-encoded twice", "做了两次 URL 编码"},
	{"as written on the wire", "使用了发送时的编码形式"},
	{"decoded twice (the request was sent double-encoded)", "解码了两次（请求发送时做了两次编码）"},
	{"in the order they were sent", "按发送时的顺序排列"},
	{"in natural order (InstanceIds.2 before InstanceIds.10)", "按自然顺序排列（InstanceIds.2 在 InstanceIds.10 之前）"},
	{"with a trailing newline the request does not have", "末尾多了请求中没有的换行"},
	{"with a trailing CRLF the request does not have", "末尾多了请求中没有的 CRLF"},
	{"without the trailing newline the request has", "缺少请求末尾的换行"},
	{"without the trailing CRLF the request has", "缺少请求末尾的 CRLF"},
	{"without the trailing whitespace the request has", "缺少请求末尾的空白"},
	{"SignatureMethod is absent, which means HmacSHA1", "没有 SignatureMethod，即 HmacSHA1"},
}
