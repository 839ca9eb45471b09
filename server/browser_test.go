package server_test

import (
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	bt "github.com/tcsig/tcsig/internal/browsertest"
	"github.com/tcsig/tcsig/server"
)

// One shared Chromium and wasm build for this test binary; without
// Chromium these tests skip (fail when CI is set).
func TestMain(m *testing.M) { bt.Main(m) }

// securityLog collects the browser's security messages (CSP violations)
// for a tab.
type securityLog struct {
	mu      sync.Mutex
	entries []string
}

func (l *securityLog) listen(ev any) {
	if e, ok := ev.(*cdplog.EventEntryAdded); ok && (e.Entry.Source == cdplog.EntrySourceSecurity || strings.Contains(e.Entry.Text, "Content Security Policy")) {
		l.mu.Lock()
		l.entries = append(l.entries, e.Entry.URL+": "+e.Entry.Text)
		l.mu.Unlock()
	}
}

func (l *securityLog) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.entries...)
}

var built struct {
	once sync.Once
	srv  *server.Server
	err  error
}

// pageServer serves the page through server.New and records the paths
// requested.
func pageServer(t *testing.T) (string, *requests) {
	t.Helper()
	// One server for the binary: preparing it compresses the fresh wasm,
	// which takes seconds under -race.
	dir := bt.Assets(t) // skips here without Chromium, not inside the Once
	built.once.Do(func() {
		files := bt.ServerFiles(dir)
		built.srv, built.err = server.New(nil, server.Config{Files: files})
	})
	require.NoError(t, built.err)
	srv := built.srv
	require.Empty(t, srv.Missing(), "the fresh build is missing files")
	reqs := &requests{}
	return bt.Serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reqs.add(r.URL.Path)
		srv.ServeHTTP(w, r)
	})), reqs
}

type requests struct {
	mu    sync.Mutex
	paths map[string]bool
}

func (q *requests) add(p string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.paths == nil {
		q.paths = map[string]bool{}
	}
	q.paths[p] = true
}

func (q *requests) saw(p string) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.paths[p]
}

// The page must start (wasm compiled under 'wasm-unsafe-eval', scripts from
// 'self') with the server's real headers, and sign.
func TestPageRunsUnderServerHeaders(t *testing.T) {
	base, _ := pageServer(t)
	for _, page := range []string{"index.html", "embed.html"} {
		t.Run(page, func(t *testing.T) {
			ctx := bt.Tab(t, bt.Patience)
			var sec securityLog
			require.NoError(t, chromedp.Listen(ctx, sec.listen))
			require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+page)))
			bt.WaitReady(t, ctx)
			sig := bt.Eval[string](t, ctx, `tcsig.sign({service: "cvm", action: "DescribeInstances", version: "2017-03-12",
				region: "ap-guangzhou", timestamp: 1551113065, secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
				secretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
				data: '{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}'}).signature`)
			assert.Len(t, sig, 64, "tcsig.sign under the CSP returned signature %q", sig)
			// Verification is in the same module, under the same policy.
			ok := bt.Eval[bool](t, ctx, `tcsig.ready.then(t => typeof t.verify === "function")`)
			assert.True(t, ok, "tcsig.verify is not available under the CSP")
			for _, e := range sec.all() {
				if strings.Contains(e, "inline event handler") {
					// Known: index.html's onsubmit="return false" is blocked,
					// harmlessly (every button is type=button). The page
					// should move it to app.js.
					t.Logf("tolerated: %s", e)
					continue
				}
				assert.Fail(t, "CSP violation", "CSP violation on %s: %s", page, e)
			}
		})
	}
}

// Another site may frame embed.html but not index.html.
func TestFrameAncestors(t *testing.T) {
	base, reqs := pageServer(t)
	frame := func(t *testing.T, page string) *securityLog {
		// A page on a different origin (another port) framing page.
		host := bt.Serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(`<!doctype html><iframe src="` + base + page + `"></iframe>`))
		}))
		ctx := bt.Tab(t, bt.Patience)
		sec := &securityLog{}
		require.NoError(t, chromedp.Listen(ctx, sec.listen))
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(host)))
		return sec
	}
	waitFor := func(t *testing.T, what string, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(bt.Patience / 2); !cond(); time.Sleep(20 * time.Millisecond) {
			require.False(t, time.Now().After(deadline), "timed out waiting for %s", what)
		}
	}
	refused := func(sec *securityLog) bool {
		for _, e := range sec.all() {
			if strings.Contains(e, "frame-ancestors") {
				return true
			}
		}
		return false
	}

	t.Run("embed.html is framed", func(t *testing.T) {
		sec := frame(t, "embed.html")
		// The framed page ran its loader: it fetched the wasm.
		waitFor(t, "the framed embed.html to fetch main.wasm", func() bool { return reqs.saw("/main.wasm") })
		assert.False(t, refused(sec), "embed.html was refused in a frame: %v", sec.all())
	})
	t.Run("index.html is refused", func(t *testing.T) {
		sec := frame(t, "index.html")
		waitFor(t, "a frame-ancestors refusal", func() bool { return refused(sec) })
		assert.False(t, reqs.saw("/app.js"), "the refused index.html still loaded app.js")
	})
}
