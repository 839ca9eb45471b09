package signer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tcsig/tcsig/internal/message"
)

// The cached rule names are exactly what rendering the rule gives, for
// every method and signature method, including ones no request should use.
func TestRuleTextIsTheRenderedRule(t *testing.T) {
	for _, method := range []string{"GET", "POST", "PUT"} {
		for _, sig := range []string{"", HmacSHA1, HmacSHA256, AlgorithmTC3, "HmacMD5"} {
			_, rule := LimitRule(method, sig)
			assert.Equal(t, rule.Render(message.EN), ruleText(method, sig), "%s %q", method, sig)
		}
	}
}
