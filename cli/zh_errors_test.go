package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every refusal of a flag or an input is in Chinese under --lang zh: our
// own message (the flag, the value, what it accepts) and none of the
// English words the old text had, package flag's detail included.
func TestZhFlagAndInputErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.json")
	emulateEnv := map[string]string{}
	cases := []struct {
		name    string
		env     map[string]string
		args    []string
		wantZh  string   // a phrase of the Chinese message
		oldText []string // words of the English text it replaced
	}{
		{"bool flag", docCreds(), []string{"sign", "--lang", "zh", "--no-catalog=2"}, "应为 true 或 false", []string{"invalid", "boolean", "parse error"}},
		{"key=value flag", docCreds(), []string{"sign", "--lang", "zh", "--param", "foo"}, "应为 KEY=VALUE", []string{"invalid value", "want", "got"}},
		{"duration flag", docCreds(), []string{"send", "--lang", "zh", "--timeout", "5"}, "带单位的时长", []string{"invalid value", "missing unit", "duration"}},
		{"int flag", nil, []string{"catalog", "--lang", "zh", "--limit", "x"}, "应为整数", []string{"invalid value", "parse error", "provided"}},
		{"catalog unknown flag", nil, []string{"catalog", "--lang", "zh", "--xyz"}, "未知选项 --xyz", []string{"provided but not defined", "for the flags"}},
		{"sign output", docCreds(), []string{"sign", "--lang", "zh", "--output", "x1"}, "--output：应为", []string{"want one of", "got"}},
		{"send output", docCreds(), []string{"send", "--lang", "zh", "--output", "xml"}, "应为 text 或 json", []string{"want text or json", "got"}},
		{"send timeout", docCreds(), []string{"send", "--lang", "zh", "--timeout", "-1s"}, "必须大于 0", []string{"must be positive"}},
		{"send to", docCreds(), []string{"send", "--lang", "zh", "--to", "ftp://x"}, "--to：应为", []string{"want", "got"}},
		{"endpoint no service", nil, []string{"endpoint", "--lang", "zh"}, "必须给出 --service", []string{"is required", "or give"}},
		{"endpoint mode", nil, []string{"endpoint", "--lang", "zh", "--service", "cvm", "--endpoint", "fastest"}, "--endpoint 的值 \"fastest\" 无效", []string{"invalid value", "mode", "want"}},
		{"endpoint list", nil, []string{"endpoint", "--lang", "zh", "--list", "--service", "cvm"}, "打印整张表", []string{"prints the whole table"}},
		{"verify now", keyEnv(), []string{"verify", "--lang", "zh", "--now", "x"}, "--now：应为", []string{"want Unix time", "got"}},
		{"verify extra", keyEnv(), []string{"verify", "--lang", "zh", "a", "b"}, "多余的参数", []string{"unexpected argument", "give one capture"}},
		{"verify missing file", keyEnv(), []string{"verify", "--lang", "zh", missing}, "文件或目录不存在", []string{"no such file"}},
		{"data missing file", docCreds(), []string{"sign", "--lang", "zh", "--data", "@" + missing}, "文件或目录不存在", []string{"no such file"}},
		{"data @", docCreds(), []string{"sign", "--lang", "zh", "--data", "@"}, "@ 之后必须跟文件名", []string{"a file name must follow"}},
		{"form syntax", docCreds(), []string{"sign", "--lang", "zh", "--form", "x"}, "--form：应为", []string{"want name=value", "got"}},
		{"form stdin", docCreds(), []string{"sign", "--lang", "zh", "--form", "a=@-"}, "不能来自标准输入", []string{"cannot come from stdin"}},
		{"catalog search args", nil, []string{"catalog", "--lang", "zh", "--search", "x", "cvm"}, "会查找所有服务", []string{"looks through every service"}},
		{"catalog counts", nil, []string{"catalog", "--lang", "zh", "--limit", "-1"}, "大于或等于 0", []string{"take a number"}},
		{"catalog extra", nil, []string{"catalog", "--lang", "zh", "a", "b", "c"}, "最多给出 SERVICE 和 ACTION", []string{"want at most"}},
		{"emulate no keys", emulateEnv, []string{"emulate", "--addr", "127.0.0.1:0"}, "没有密钥", []string{"no keys", "never takes your real"}},
		{"emulate key syntax", emulateEnv, []string{"emulate", "--key", "nocolon"}, "应为 SECRETID:SECRETKEY", []string{"got an entry without both"}},
		{"serve trusted proxy", nil, []string{"serve", "--trusted-proxy", "x"}, "不是 CIDR 前缀或地址", []string{"is not a CIDR prefix", "write e.g."}},
		{"serve int flag", nil, []string{"serve", "--max-relays", "x"}, "应为整数", []string{"invalid value", "parse error"}},
		{"serve float flag", nil, []string{"serve", "--origin-rate", "x"}, "应为数字", []string{"invalid value", "parse error"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			env := map[string]string{"LANG": "zh_CN.UTF-8"} // emulate and serve follow the locale
			for k, v := range c.env {
				env[k] = v
			}
			r := runCLI(t, "", env, c.args...)
			require.NotEqual(t, ExitOK, r.code, r.stdout)
			assert.Contains(t, r.stderr, c.wantZh)
			for _, old := range c.oldText {
				assert.NotContains(t, r.stderr, old)
			}
			for _, line := range strings.Split(r.stderr, "\n") {
				assert.Empty(t, englishRun(line), "English words in %q", line)
			}
		})
	}
}

// An input over the largest request reads in Chinese: its rule and its
// hint too, which were English inside the Chinese sentence.
func TestZhInputOverLimit(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.json")
	require.NoError(t, os.WriteFile(big, make([]byte, 10<<20+1), 0o600))
	for name, c := range map[string]struct{ stdin, data string }{"file": {"", "@" + big}, "stdin": {strings.Repeat(" ", 10<<20+1), "@-"}} {
		t.Run(name, func(t *testing.T) {
			r := runCLI(t, c.stdin, docCreds(), append(append([]string{"sign", "--lang", "zh"}, cvm...), "--data", c.data)...)
			assert.Equal(t, ExitUsage, r.code, r.stderr)
			assert.Contains(t, r.stderr, "即腾讯云 API 接受的最大请求")
			for _, old := range []string{"the largest request", "split the request", "POST with", "over the limit"} {
				assert.NotContains(t, r.stderr, old)
			}
			assert.Empty(t, englishRun(r.stderr), r.stderr)
		})
	}
}
