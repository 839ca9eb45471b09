package message

import (
	"errors"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var placeholder = regexp.MustCompile(`\{([A-Za-z][A-Za-z0-9]*)\}`)

// TestEveryCode walks every code: both templates exist, and each uses
// exactly the code's arguments, each once or more, and no other name.
func TestEveryCode(t *testing.T) {
	index()
	require.Empty(t, dups, "codes defined twice")
	require.NotEmpty(t, defs)
	codes := make([]string, 0, len(defs))
	for c := range defs {
		codes = append(codes, string(c))
	}
	sort.Strings(codes)
	for _, c := range codes {
		d := defs[Code(c)]
		t.Run(c, func(t *testing.T) {
			for _, l := range Langs {
				tmpl := d.en
				if l == ZH {
					tmpl = d.zh
				}
				require.NotEmpty(t, tmpl, "no %s template", l)
				var used []string
				for _, m := range placeholder.FindAllStringSubmatch(tmpl, -1) {
					if !slices.Contains(used, m[1]) {
						used = append(used, m[1])
					}
				}
				want := slices.Clone(d.args)
				sort.Strings(want)
				sort.Strings(used)
				if want == nil {
					want = []string{}
				}
				if used == nil {
					used = []string{}
				}
				assert.Equal(t, want, used, "%s template's placeholders differ from the arguments %v: %q", l, d.args, tmpl)
			}
			for _, a := range d.args {
				assert.Equal(t, 1, countOf(d.args, a), "argument %q named twice", a)
			}
		})
	}
}

func countOf(s []string, x string) int {
	n := 0
	for _, v := range s {
		if v == x {
			n++
		}
	}
	return n
}

func TestRender(t *testing.T) {
	m := New(LimitOver, New(LimitWhatBody), 11, 10, Size(10), New(LimitRulePOST, "HmacSHA1"))
	assert.Equal(t, "request too large: POST body is 11 bytes, over the limit of 10 bytes (10 bytes) for POST with HmacSHA1", m.Render(EN))
	assert.Equal(t, "请求过大：POST 请求体为 11 字节，超出上限 10 字节（10 字节；规则：使用 HmacSHA1 的 POST 请求）", m.Render(ZH))
	assert.Equal(t, m.Render(EN), m.Render("fr"), "another language falls back to English")
	assert.Equal(t, "no.such.code a 1", New("no.such.code", "a", 1).Render(ZH))
	assert.Equal(t, "", Msg{}.Render(ZH))
}

func TestRenderError(t *testing.T) {
	err := Errorf(MissingCreds)
	assert.EqualError(t, err, "missing credentials: SecretId and SecretKey are required")
	assert.Equal(t, "缺少凭证：必须提供 SecretId 和 SecretKey", RenderError(err, ZH))
	wrapped := wrap{"sign: ", err}
	assert.Equal(t, "sign: 缺少凭证：必须提供 SecretId 和 SecretKey", RenderError(wrapped, ZH))
	assert.Equal(t, "sign: missing credentials: SecretId and SecretKey are required", RenderError(wrapped, EN))
	plain := errors.New("plain")
	assert.Equal(t, "plain", RenderError(plain, ZH))
	assert.Equal(t, "", RenderError(nil, ZH))
}

type wrap struct {
	prefix string
	err    error
}

func (w wrap) Error() string { return w.prefix + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }

func TestParseAndEnv(t *testing.T) {
	for in, want := range map[string]Lang{"en": EN, "zh": ZH, "ZH": ZH, "zh-CN": ZH, "zh_TW": ZH, "en-US": EN} {
		got, ok := Parse(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	_, ok := Parse("fr")
	assert.False(t, ok)

	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	assert.Equal(t, ZH, FromEnv(env(map[string]string{"LANG": "zh_CN.UTF-8"})))
	assert.Equal(t, EN, FromEnv(env(map[string]string{"LANG": "zh_CN.UTF-8", "LC_ALL": "C"})), "LC_ALL wins")
	assert.Equal(t, ZH, FromEnv(env(map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN"})), "LC_MESSAGES before LANG")
	assert.Equal(t, EN, FromEnv(env(nil)))
}

func TestJSONSyntax(t *testing.T) {
	for en, zh := range map[string]string{
		"unexpected end of JSON input":                            "JSON 输入意外结束",
		"invalid character '}' looking for beginning of value":    "查找值的开头时遇到无效字符 '}'",
		"invalid character ' ' in numeric literal":                "数字字面量中遇到无效字符 ' '",
		`invalid character '\'' after object key`:                 `对象键之后遇到无效字符 '\''`,
		"invalid character 'x' in literal true (expecting 'r')":   "在字面量 true 中（应为 'r'）遇到无效字符 'x'",
		"invalid character ',' after object key:value pair":       "对象的键值对之后遇到无效字符 ','",
		"invalid character 'a' after top-level value":             "顶层值之后遇到无效字符 'a'",
		"invalid character '\\n' in string literal":               "字符串字面量中遇到无效字符 '\\n'",
		"something else entirely":                                 "something else entirely",
		"invalid character 'q' somewhere the table does not know": "invalid character 'q' somewhere the table does not know",
	} {
		got := JSONSyntax(en)
		assert.Equal(t, en, got.Render(EN), "English is encoding/json's text")
		assert.Equal(t, zh, got.Render(ZH), en)
	}
}

func TestMatch(t *testing.T) {
	m := New(CapSpaceBeforeColon, 7, `"X-TC-Action "`)
	got, ok := Match("capture.", m.Render(EN))
	require.True(t, ok)
	assert.Equal(t, m.Render(ZH), got.Render(ZH))
	assert.Equal(t, m.Render(EN), got.Render(EN))

	got, ok = Match("capture.", New(CapMoreNotes).Render(EN))
	require.True(t, ok)
	assert.Equal(t, "其余提示已省略", got.Render(ZH))

	_, ok = Match("capture.", "Line 7 has whitespace")
	assert.False(t, ok, "a prefix of a template is not a match")
	_, ok = Match("verify.", New(CapNoHost).Render(EN))
	assert.False(t, ok, "only codes with the prefix")
}

// Every relay message reads back as itself: Match finds
// its code and arguments from the English text, so the page can show it in
// Chinese.
func TestRelayMatch(t *testing.T) {
	for _, e := range slices.Concat(relayDefs, relayRuleDefs, relayDialDefs) {
		prefix, _, _ := strings.Cut(string(e.code), ".")
		prefix += "."
		args := make([]any, len(e.def.args))
		for i, a := range e.def.args {
			args[i] = "<" + a + ">"
		}
		m := New(e.code, args...)
		got, ok := Match(prefix, m.Render(EN))
		if assert.True(t, ok, e.code) {
			assert.Equal(t, m.Render(ZH), got.Render(ZH), e.code)
		}
	}
}

func TestMatchNested(t *testing.T) {
	en := New(CapHARNoHeaders, New(CapHAREntryN, 3).Render(EN)).Render(EN)
	got, ok := Match("capture.", en)
	require.True(t, ok)
	assert.Equal(t, "HAR 第 3 个条目没有列出请求头部（开发者工具可能只有临时头部）；无法检查参与签名的头部", got.Render(ZH))
}

// Size is the one spelling of a size, in both languages.
func TestSize(t *testing.T) {
	for n, want := range map[int][2]string{
		32 << 10: {"32 KB", "32 KB"}, 1 << 20: {"1 MB", "1 MB"}, 10 << 20: {"10 MB", "10 MB"}, 3 << 20: {"3 MB", "3 MB"},
		1500: {"1500 bytes", "1500 字节"}, 0: {"0 bytes", "0 字节"}, 1<<20 + 1: {"1048577 bytes", "1048577 字节"},
	} {
		assert.Equal(t, want[0], Size(n).Render(EN), "%d", n)
		assert.Equal(t, want[1], Size(n).Render(ZH), "%d", n)
	}
}
