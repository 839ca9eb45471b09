package cli

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLangRendersGoMessages checks --lang and its default from the locale:
// a signer error, a region warning and a host explanation in Chinese, and
// English when the locale says so or --lang en overrides it.
func TestLangRendersGoMessages(t *testing.T) {
	keys := map[string]string{EnvSecretID: docSecretID, EnvSecretKey: docSecretKey}
	with := func(extra map[string]string) map[string]string {
		m := map[string]string{}
		for k, v := range keys {
			m[k] = v
		}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	big := `{"X":"` + strings.Repeat("a", 40000) + `"}`
	sign := []string{"sign", "--service", "cvm", "--action", "DescribeInstances", "--version", "2017-03-12",
		"--timestamp", "1551113065", "--method", "GET", "--no-catalog", "--data", big}

	r := runCLI(t, "", keys, append(sign, "--lang", "zh")...)
	assert.Equal(t, ExitUsage, r.code)
	assert.Contains(t, r.stderr, "tcsig sign: 请求过大：GET 查询串为 ")
	assert.Contains(t, r.stderr, "请改用 POST 发送")

	r = runCLI(t, "", with(map[string]string{"LANG": "zh_CN.UTF-8"}), sign...)
	assert.Contains(t, r.stderr, "请求过大", "LANG=zh_CN picks Chinese")
	r = runCLI(t, "", with(map[string]string{"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}), sign...)
	assert.Contains(t, r.stderr, "request too large", "LC_ALL wins over LANG")
	r = runCLI(t, "", with(map[string]string{"LANG": "zh_CN.UTF-8"}), append(sign, "--lang", "en")...)
	assert.Contains(t, r.stderr, "request too large", "--lang wins over the locale")

	r = runCLI(t, "", keys, "sign", "--service", "cvm", "--action", "DescribeInstances", "--version", "2017-03-12",
		"--timestamp", "1551113065", "--no-catalog", "--region", "ap-guangzhuo", "--lang", "zh", "--output", "json")
	require.Equal(t, ExitOK, r.code, r.stderr)
	assert.Contains(t, r.stderr, "tcsig sign: 警告：ap-guangzhuo 不在 tcsig 的地域表中")
	assert.Contains(t, r.stderr, "；是否想用 --region ap-guangzhou？")

	r = runCLI(t, "", nil, "endpoint", "--service", "cvm", "--region", "na-toronto", "--lang", "zh")
	require.Equal(t, ExitOK, r.code, r.stderr)
	assert.Equal(t, "cvm.tencentcloudapi.com\ncvm.tencentcloudapi.com：就近接入域名；请求被路由到最近的地域，X-TC-Region 仍然选择 na-toronto 的数据\n", r.stdout)
	assert.Contains(t, r.stderr, "na-toronto：已下线")

	r = runCLI(t, "", nil, "endpoint", "--service", "CVM", "--lang", "zh")
	assert.Equal(t, "tcsig endpoint: service \"CVM\"：必须是小写：cvm\n", r.stderr)

	r = runCLI(t, "", map[string]string{EnvSecretID: docSecretID, "HOME": t.TempDir()}, "sign", "--service", "cvm",
		"--action", "A", "--version", "2017-03-12", "--lang", "zh")
	assert.Equal(t, "tcsig sign: 缺少 SecretKey：请设置 TENCENTCLOUD_SECRET_KEY\n", r.stderr)

	r = runCLI(t, "", nil, "endpoint", "--service", "cvm", "--lang", "fr")
	assert.Equal(t, "tcsig endpoint: --lang: want en or zh, got \"fr\"\n", r.stderr)
}
