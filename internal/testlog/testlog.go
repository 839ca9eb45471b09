// Package testlog gives tests loggers that stay quiet while the test passes:
// everything goes to a buffer that is printed through t.Log only when the test
// has failed, so a failing test shows its own lines and no one else's.
package testlog

import (
	"bytes"
	"log"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// maxLines is how much of a buffer a failure prints: the end of it, where the
// failure is; a load test's thousand calls would otherwise bury the reason.
const maxLines = 200

// Buffer is a log sink safe for concurrent writes.
type Buffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// New returns a buffer whose last lines are printed, under the heading what,
// if t has failed by the time it cleans up.
func New(t testing.TB, what string) *Buffer {
	t.Helper()
	b := &Buffer{}
	t.Cleanup(func() {
		if t.Failed() {
			if s := b.String(); s != "" {
				t.Logf("%s:\n%s", what, tail(s, maxLines))
			}
		}
	})
	return b
}

// Slog is a debug-level JSON logger into New(t, what), as servers log in
// production; it returns the buffer too, for tests that read the log.
func Slog(t testing.TB, what string) (*slog.Logger, *Buffer) {
	t.Helper()
	b := New(t, what)
	return slog.New(slog.NewJSONHandler(b, &slog.HandlerOptions{Level: slog.LevelDebug})), b
}

// ErrorLog is an http.Server ErrorLog into New(t, what): handshake errors from
// clients a test means to refuse are expected, and shown only on failure.
func ErrorLog(t testing.TB, what string) *log.Logger {
	t.Helper()
	return log.New(New(t, what), "", 0)
}

// tail keeps the last n lines of s, saying how many it left out.
func tail(s string, n int) string {
	lines := strings.SplitAfter(strings.TrimSuffix(s, "\n"), "\n")
	if len(lines) <= n {
		return s
	}
	kept := strings.Join(lines[len(lines)-n:], "")
	return "… " + strconv.Itoa(len(lines)-n) + " earlier lines left out …\n" + kept
}
