package testlog

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestTailKeepsTheLastLines(t *testing.T) {
	var lines []string
	for i := range 5 {
		lines = append(lines, fmt.Sprintf("line %d", i))
	}
	s := strings.Join(lines, "\n") + "\n"
	require.Equal(t, s, tail(s, 5))
	require.Equal(t, "… 3 earlier lines left out …\nline 3\nline 4", tail(s, 2))
}

// A passing test prints nothing of its buffer: the cleanup only reads it.
func TestBufferCollects(t *testing.T) {
	logger, b := Slog(t, "log")
	logger.Info("hello", "n", 1)
	ErrorLog(t, "errors").Print("http: TLS handshake error")
	require.Contains(t, b.String(), `"msg":"hello"`)
}
