package relay

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/message"
)

// The relay answers in English; the page finds the message code again
// (message.Match) to show it in Chinese. Each refusal of the name and path
// rules must read back as a relay code with a Chinese rendering.
func TestRefusalsReadBackInChinese(t *testing.T) {
	var errs []error
	for _, p := range []string{"/nope", PathPrefix + "cvm%2etencentcloudapi.com/", PathPrefix + "cvm.tencentcloudapi.com/x"} {
		_, err := parseTarget(p)
		errs = append(errs, err)
	}
	for _, h := range []string{"", "cvm.tencentcloudapi.com:8443", "1.2.3.4", "a@cvm.tencentcloudapi.com", "cvm.tencentcloudapi.com.",
		"CVM.tencentcloudapi.com", "example.com", "cvm.internal.tencentcloudapi.com", "xn--abc.tencentcloudapi.com"} {
		errs = append(errs, checkHost(h))
	}
	for _, err := range errs {
		require.Error(t, err)
		var ke *message.KindError
		require.True(t, errors.As(err, &ke), err)
		m, ok := message.Match("relay.", ke.Text)
		if assert.True(t, ok, "%q reads back as no relay code", ke.Text) {
			assert.Equal(t, ke.Text, m.Render(message.EN))
			assert.NotEqual(t, ke.Text, m.Render(message.ZH), "%q has no Chinese", ke.Text)
		}
	}
}
