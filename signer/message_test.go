package signer

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/protocol"
)

// TestErrorsRenderInChinese checks that the signer's errors keep their
// English Error() and render in Chinese from their code.
func TestErrorsRenderInChinese(t *testing.T) {
	base := Request{Method: "POST", Service: "cvm", Host: "cvm.tencentcloudapi.com", Action: "DescribeInstances",
		Version: "2017-03-12", Timestamp: 1551113065, SignatureMethod: HmacSHA256, Nonce: "1",
		ContentType: protocol.ContentTypeForm}
	cred := Credentials{SecretID: "id", SecretKey: "key"}

	over := base
	over.Params = []Param{{Key: "Data", Value: strings.Repeat("a", protocol.LimitPOSTV1)}}
	_, err := Sign(&over, cred)
	var le *LimitError
	require.True(t, errors.As(err, &le), "%v", err)
	assert.Contains(t, err.Error(), "request too large: POST body is ")
	zh := message.RenderError(err, message.ZH)
	assert.Contains(t, zh, "请求过大：POST 请求体为 ")
	assert.Contains(t, zh, "超出上限 1048576 字节（1 MB；规则：使用 HmacSHA256 的 POST 请求）")
	assert.Contains(t, zh, "请改用 TC3-HMAC-SHA256 和 application/json")

	ct := base
	ct.ContentType = protocol.ContentTypeJSON
	_, err = Sign(&ct, cred)
	assert.EqualError(t, err, "ContentType: application/json needs TC3-HMAC-SHA256; HmacSHA256 POST requests must be application/x-www-form-urlencoded")
	assert.Equal(t, "ContentType: application/json 需使用 TC3-HMAC-SHA256；HmacSHA256 的 POST 请求必须是 application/x-www-form-urlencoded",
		message.RenderError(err, message.ZH))

	_, err = Sign(&base, Credentials{})
	assert.Equal(t, "缺少凭证：必须提供 SecretId 和 SecretKey", message.RenderError(err, message.ZH))

	bad := base
	bad.Params = []Param{{Key: "A", Value: "\xff"}}
	_, err = Sign(&bad, cred)
	assert.Equal(t, "parameter A 不是有效的 UTF-8：偏移 0 处有无效字节（腾讯云 API 只接受 UTF-8）", message.RenderError(err, message.ZH))
}
