package relay

import (
	"io"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestLoad runs 200 concurrent callers, each making a fixed number of calls against the local
// upstream, then checks that every call succeeded and that no goroutine outlives the calls. The
// work is counted, not timed, so a busy machine only makes it slower, never red.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	_, addr := newUpstream(t, http.HandlerFunc(okJSON))
	tr := newTestRelay(t, Config{MaxConcurrent: 512, OriginRate: Rate{PerSecond: -1}, seams: loopbackSeams(addr)})
	url := tr.url("cvm.tencentcloudapi.com", "")
	before := runtime.NumGoroutine()

	const callers, callsEach = 200, 5
	var ok, failed atomic.Int64
	statuses := sync.Map{}
	var wg sync.WaitGroup
	for range callers {
		wg.Go(func() {
			for range callsEach {
				req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(`{"Limit":1}`))
				if err != nil {
					failed.Add(1)
					return
				}
				setTC3(req.Header)
				resp, err := tr.client.Do(req)
				if err != nil {
					failed.Add(1)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					ok.Add(1)
				} else {
					failed.Add(1)
					statuses.Store(resp.StatusCode, true)
				}
			}
		})
	}
	wg.Wait()
	require.Zero(t, failed.Load(), "failed calls (statuses seen: %v)", syncMapKeys(&statuses))
	require.Equal(t, int64(callers*callsEach), ok.Load())

	// Idle keep-alive connections hold goroutines by design; close them, then everything the
	// calls started must be gone.
	tr.client.CloseIdleConnections()
	tr.transport.CloseIdleConnections()
	deadline := time.Now().Add(30 * time.Second) // a ceiling, not a goal: the loop ends as soon as they are gone
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<20)
		require.FailNow(t, "goroutines leaked", "%d before, %d after\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}

func syncMapKeys(m *sync.Map) []any {
	var keys []any
	m.Range(func(k, _ any) bool {
		keys = append(keys, k)
		return true
	})
	return keys
}
