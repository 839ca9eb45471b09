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
	assert.Contains(t, rep.Causes[0].Message, "签名也不匹配，时间戳同样能解释这一点：X-TC-Timestamp 参与签名")

	assert.Equal(t, "签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。",
		verify.APIMessageIn(verify.CodeSignatureExpire, message.ZH))
	assert.Equal(t, "请求失败：Foo.Bar。", verify.APIMessageIn("Foo.Bar", message.ZH))
}

// The JSON layout a client signed is named in the cause's language.
func TestReserialisedBodyCauseInChinese(t *testing.T) {
	r := tc3Req()
	body := r.Payload
	r.Payload = []byte(`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`)
	w := wire(t, mustSign(t, r, creds))
	w.Body = body
	rep := verify.Check(w, opts())
	var en string
	for _, c := range rep.Causes {
		if c.ID == verify.CauseBodyReserialised {
			en = c.Message
		}
	}
	require.Contains(t, en, `Python json.dumps default separators ", " and ": ", non-ASCII as \u escapes (Python ensure_ascii), keys in the order sent`)
	rep.Localize(message.ZH)
	var zh string
	for _, c := range rep.Causes {
		if c.ID == verify.CauseBodyReserialised {
			zh = c.Message
		}
	}
	assert.Contains(t, zh, `Python json.dumps 的默认分隔符 ", " 和 ": "，非 ASCII 字符写成 \u 转义（Python ensure_ascii），键保持发送时的顺序`)
	assert.NotContains(t, zh, "keys in the order sent")
}
