package relay

import (
	"context"
	"errors"
	"net/netip"
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

// Every kind of address the relay never dials has a Chinese name, and the
// refusal reads back with it: no English kind inside a Chinese sentence.
func TestNeverDialledKindsReadBackInChinese(t *testing.T) {
	addrs := []netip.Addr{{}, netip.IPv4Unspecified(), netip.MustParseAddr("127.0.0.1"), netip.MustParseAddr("10.0.0.1"),
		netip.MustParseAddr("169.254.0.23"), netip.MustParseAddr("224.0.0.1"), netip.MustParseAddr("::ffff:192.168.1.1")}
	for _, p := range specialPrefixes {
		addrs = append(addrs, p.prefix.Addr())
	}
	var d dialer
	for _, a := range addrs {
		reason := forbiddenReason(a)
		require.NotEmpty(t, reason, "%v", a)
		term, isTerm := message.Term(reason).(message.Msg)
		require.True(t, isTerm, "%q (for %v) is not a term with a Chinese name", reason, a)
		if !a.IsValid() {
			continue // no address to dial
		}
		err := d.control(context.Background(), "tcp", netip.AddrPortFrom(a, upstreamPort).String(), nil)
		var ke *message.KindError
		require.True(t, errors.As(err, &ke), "%v: %v", a, err)
		m, ok := message.Match("relay.", ke.Text)
		require.True(t, ok, "%q reads back as no relay code", ke.Text)
		assert.Equal(t, ke.Text, m.Render(message.EN))
		assert.Contains(t, m.Render(message.ZH), term.Render(message.ZH), "the kind's Chinese name inside the Chinese refusal")
	}
}
