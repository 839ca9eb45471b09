package relay

import (
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/internal/testlog"
)

// benchSetup is one local upstream, a relay in front of it, a client for each path.
type benchSetup struct {
	relay  *testRelay
	url    string // through the relay
	direct *http.Client
	dURL   string // straight to the upstream
}

func newBenchSetup(b *testing.B, upstream http.Handler) *benchSetup {
	b.Helper()
	_, addr := newUpstream(b, upstream)
	// Production logging: one JSON line per call at info level (written nowhere, to time the
	// relay rather than the disk).
	logger := slog.New(slog.NewJSONHandler(io.Discard, nil))
	tr := newTestRelayLogging(b, Config{MaxConcurrent: 4096, OriginRate: Rate{PerSecond: -1}, seams: loopbackSeams(addr)}, &testlog.Buffer{}, logger)
	direct := upstreamClient(addr)
	b.Cleanup(direct.CloseIdleConnections)
	return &benchSetup{relay: tr, url: tr.url("cvm.tencentcloudapi.com", ""), direct: direct, dURL: "https://cvm.tencentcloudapi.com/"}
}

func benchCall(c *http.Client, url string, body io.Reader, n int64) error {
	req, err := http.NewRequest(http.MethodPost, url, body)
	if err != nil {
		return err
	}
	req.ContentLength = n
	setTC3(req.Header)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err == nil && resp.StatusCode != http.StatusOK {
		err = &statusErr{resp.StatusCode}
	}
	return err
}

type statusErr struct{ code int }

func (e *statusErr) Error() string { return http.StatusText(e.code) }

const benchBody = `{"Limit":1,"Filters":[{"Name":"instance-name","Values":["web"]}]}`

// parallel runs one small TC3 call per iteration from 32 goroutines per CPU (64 on 2 cores).
func parallel(b *testing.B, c *http.Client, url string) {
	b.SetParallelism(32)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := benchCall(c, url, strings.NewReader(benchBody), int64(len(benchBody))); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkDirect is the baseline: the same calls straight to the local HTTPS upstream.
func BenchmarkDirect(b *testing.B) {
	s := newBenchSetup(b, http.HandlerFunc(okJSON))
	parallel(b, s.direct, s.dURL)
}

// BenchmarkRelay: the same calls through the relay (page → relay over HTTP/1.1 → upstream over TLS).
func BenchmarkRelay(b *testing.B) {
	s := newBenchSetup(b, http.HandlerFunc(okJSON))
	s.relay.client.Transport.(*http.Transport).MaxIdleConnsPerHost = 64
	parallel(b, s.relay.client, s.url)
}

// BenchmarkAddedLatency alternates single calls direct and through the relay and reports the
// medians and what the relay adds.
func BenchmarkAddedLatency(b *testing.B) {
	s := newBenchSetup(b, http.HandlerFunc(okJSON))
	for _, c := range []struct {
		c   *http.Client
		url string
	}{{s.direct, s.dURL}, {s.relay.client, s.url}} { // warm both connections
		require.NoError(b, benchCall(c.c, c.url, strings.NewReader(benchBody), int64(len(benchBody))))
	}
	direct := make([]time.Duration, 0, b.N)
	relayed := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		t0 := time.Now()
		if err := benchCall(s.direct, s.dURL, strings.NewReader(benchBody), int64(len(benchBody))); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if err := benchCall(s.relay.client, s.url, strings.NewReader(benchBody), int64(len(benchBody))); err != nil {
			b.Fatal(err)
		}
		direct, relayed = append(direct, t1.Sub(t0)), append(relayed, time.Since(t1))
	}
	b.StopTimer()
	p50 := func(d []time.Duration) float64 {
		slices.Sort(d)
		return float64(d[len(d)/2].Microseconds())
	}
	pd, pr := p50(direct), p50(relayed)
	b.ReportMetric(pd, "p50-direct-µs")
	b.ReportMetric(pr, "p50-relay-µs")
	b.ReportMetric(pr-pd, "p50-added-µs")
}

// BenchmarkConcurrent10MB sends 100 concurrent 10 MB TC3 bodies through the relay per
// iteration and reports the peak Go heap while they stream.
func BenchmarkConcurrent10MB(b *testing.B) {
	s := newBenchSetup(b, http.HandlerFunc(drain))
	s.relay.client.Transport.(*http.Transport).MaxIdleConnsPerHost = 128
	const callers, size = 100, MaxBodyTC3Bytes

	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	heap := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	runtime.GC()
	base := heap()
	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if h := heap(); h > peak.Load() {
					peak.Store(h)
				}
			}
		}
	}()
	b.SetBytes(callers * size)
	b.ResetTimer()
	for range b.N {
		var wg sync.WaitGroup
		for range callers {
			wg.Go(func() {
				if err := benchCall(s.relay.client, s.url, io.LimitReader(zeros{}, size), size); err != nil {
					b.Error(err)
				}
			})
		}
		wg.Wait()
	}
	b.StopTimer()
	close(stop)
	<-sampled
	b.ReportMetric(float64(peak.Load()-min(base, peak.Load()))/(1<<20), "peak-heap-MB")
}

// BenchmarkThroughputRatio alternates short rounds of 64 concurrent callers direct and through
// the relay, so both see the same machine load, and reports relay/direct throughput.
func BenchmarkThroughputRatio(b *testing.B) {
	s := newBenchSetup(b, http.HandlerFunc(okJSON))
	s.relay.client.Transport.(*http.Transport).MaxIdleConnsPerHost = 64
	const callers, round = 64, 250 * time.Millisecond
	run := func(c *http.Client, url string) int64 {
		var n atomic.Int64
		deadline := time.Now().Add(round)
		var wg sync.WaitGroup
		for range callers {
			wg.Go(func() {
				for time.Now().Before(deadline) {
					if err := benchCall(c, url, strings.NewReader(benchBody), int64(len(benchBody))); err != nil {
						b.Error(err)
						return
					}
					n.Add(1)
				}
			})
		}
		wg.Wait()
		return n.Load()
	}
	run(s.direct, s.dURL) // warm up both paths
	run(s.relay.client, s.url)
	var direct, relayed int64
	b.ResetTimer()
	for range b.N {
		direct += run(s.direct, s.dURL)
		relayed += run(s.relay.client, s.url)
	}
	b.StopTimer()
	secs := float64(b.N) * round.Seconds()
	b.ReportMetric(float64(direct)/secs, "direct-calls/s")
	b.ReportMetric(float64(relayed)/secs, "relay-calls/s")
	b.ReportMetric(float64(relayed)/float64(direct), "relay/direct")
}
