package verify_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/verify"
)

// TestLocalize checks that a report's error, warnings and causes render in
// Chinese from their codes, English staying as Check wrote it.
func TestLocalize(t *testing.T) {
	_, rep := checkExpiredWrongSignature(t)
	en := rep.Error.Message
	require.Contains(t, en, "signature expired: X-TC-Timestamp")

	rep.Localize(message.EN)
	assert.Equal(t, en, rep.Error.Message, "English is unchanged")

	rep.Localize(message.ZH)
	assert.Contains(t, rep.Error.Message, "签名已过期：X-TC-Timestamp")
	assert.Contains(t, rep.Error.Message, "（落后）")
	require.NotEmpty(t, rep.Warnings)
	assert.Contains(t, rep.Warnings[0].Message, "也会以 AuthFailure.SignatureFailure 拒绝：签名错误。")
	require.NotEmpty(t, rep.Causes)
	assert.Contains(t, rep.Causes[0].String(), "unknown: ")
	assert.Contains(t, rep.Causes[0].Message, "签名也不匹配，时间戳同样能解释这一点")

	assert.Equal(t, "签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。",
		verify.APIMessageIn(verify.CodeSignatureExpire, message.ZH))
	assert.Equal(t, "请求失败：Foo.Bar。", verify.APIMessageIn("Foo.Bar", message.ZH))
}
