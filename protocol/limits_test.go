package protocol

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHumanSize(t *testing.T) {
	for n, want := range map[int]string{LimitGET: "32 KB", LimitPOSTV1: "1 MB", LimitPOSTTC3: "10 MB", 1500: "1500 bytes", 0: "0 bytes", 3 << 20: "3 MB"} {
		assert.Equal(t, want, HumanSize(n))
	}
}
