package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/tcsig/tcsig/internal/browsertest"
	"github.com/tcsig/tcsig/server"
)

// The documentation's CVM example as a share link carries it.
var docShare = func() string {
	b, _ := json.Marshal(map[string]string{"service": "cvm", "action": "DescribeInstances", "version": "2017-03-12", "region": "ap-guangzhou",
		"method": "POST", "contentType": "application/json; charset=utf-8", "signatureMethod": "TC3-HMAC-SHA256", "timestamp": "1551113065",
		"data": `{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`})
	return "r=" + base64.RawURLEncoding.EncodeToString(b)
}()

// firstPaintJS waits for the embed's steps and sums the bytes the tab
// transferred until then (the document and every resource).
const firstPaintJS = `new Promise((resolve) => { const w = () => {
	if (!document.body.dataset.ready) return setTimeout(w, 10);
	const at = performance.now();
	const nav = performance.getEntriesByType("navigation")[0];
	let bytes = nav ? nav.transferSize : 0;
	for (const e of performance.getEntriesByType("resource")) bytes += e.transferSize;
	resolve({ms: at, bytes, source: document.body.dataset.source});
}; w(); })`

// embeds measures an embed's first paint with and without the trace in its
// snippet, served by tcsig serve's handler (compression, ETags) on a cold
// cache, and counts main.wasm for a page holding five embeds.
func embeds(browser context.Context, assets string) error {
	srv, err := server.New(nil, server.Config{Files: browsertest.ServerFiles(assets)})
	if err != nil {
		return err
	}
	count := &browsertest.WasmCounter{}
	ts := httptest.NewServer(count.Wrap(srv))
	defer ts.Close()
	base := ts.URL + "/"

	snip, err := makeSnippet(browser, base, docShare)
	if err != nil {
		return err
	}
	m := regexp.MustCompile(`<iframe [^>]*src="([^"]+)"`).FindStringSubmatch(snip)
	if m == nil {
		return fmt.Errorf("no iframe in the snippet %q", snip)
	}
	withTrace := html.UnescapeString(m[1])
	today := base + "embed.html#" + docShare // a snippet without t=: the module signs

	type paint struct {
		MS     float64
		Bytes  float64
		Source string
	}
	measure := func(url string) (paint, error) {
		var ms, bytes []float64
		var last paint
		for range *runs {
			tab, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
			tctx, tcancel := context.WithTimeout(tab, time.Minute)
			err := chromedp.Do(tctx, chromedp.Navigate(url))
			if err == nil {
				last, err = eval[paint](tctx, firstPaintJS)
			}
			tcancel()
			cancel()
			if err != nil {
				return paint{}, err
			}
			ms, bytes = append(ms, last.MS), append(bytes, last.Bytes)
		}
		return paint{MS: median(ms), Bytes: median(bytes), Source: last.Source}, nil
	}
	count.Reset()
	old, err := measure(today)
	if err != nil {
		return err
	}
	now, err := measure(withTrace)
	if err != nil {
		return err
	}
	_, _ = count.Reset()

	fmt.Println("### Embed: first paint of the steps (cold cache, tcsig serve's handler, localhost)")
	fmt.Println()
	fmt.Println("| embed | signed by | transferred | steps shown after |")
	fmt.Println("|---|---|---:|---:|")
	fmt.Printf("| baseline: snippet without a trace (before this change) | %s | %.1f KB | %.0f ms |\n", old.Source, old.Bytes/1024, old.MS)
	fmt.Printf("| snippet with its trace (t=) | %s | %.1f KB %s | %.0f ms |\n\n", now.Source, now.Bytes/1024, verdict(now.Bytes <= 60*1024), now.MS)

	for _, c := range []struct {
		name, src string
	}{{"five embeds with traces", withTrace}, {"five embeds without traces (each loads the module)", today}} {
		requests, bodies, err := fiveEmbeds(browser, c.src, count)
		if err != nil {
			return err
		}
		fmt.Printf("- %s: main.wasm asked %d times, downloaded %d %s\n", c.name, requests, bodies, verdict(bodies <= 1))
	}
	fmt.Println()
	return nil
}

// makeSnippet opens the playground on share and returns its embed snippet
// once the trace is in it.
func makeSnippet(browser context.Context, base, share string) (string, error) {
	tab, cancel := chromedp.NewContext(browser)
	defer cancel()
	tctx, tcancel := context.WithTimeout(tab, time.Minute)
	defer tcancel()
	if err := chromedp.Do(tctx, chromedp.Navigate(base+"index.html#"+share)); err != nil {
		return "", err
	}
	return eval[string](tctx, `new Promise((resolve) => { const w = () => { const v = document.getElementById("embed-snippet").value;
		if (v.includes("&amp;t=")) resolve(v); else setTimeout(w, 20); }; w(); })`)
}

// fiveEmbeds loads a page of another origin holding five iframes of src
// (cold cache) and counts main.wasm once every embed shows its steps.
func fiveEmbeds(browser context.Context, src string, count *browsertest.WasmCounter) (requests, bodies int, err error) {
	frame := `<iframe src="` + html.EscapeString(src) + `" width="600" height="480"></iframe>`
	page := `<!doctype html><meta charset="utf-8"><title>docs</title><script>window.tallest = {};
addEventListener("message", (e) => { if (!e.data || e.data.type !== "tcsig:height") return;
  const i = [...document.querySelectorAll("iframe")].findIndex((f) => f.contentWindow === e.source);
  tallest[i] = Math.max(tallest[i] || 0, e.data.height); });</script>` + strings.Repeat(frame+"\n", 5)
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(page))
	}))
	defer host.Close()
	count.Reset()
	tab, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	defer cancel()
	tctx, tcancel := context.WithTimeout(tab, time.Minute)
	defer tcancel()
	if err := chromedp.Do(tctx, chromedp.Navigate(host.URL)); err != nil {
		return 0, 0, err
	}
	// Rendered steps make a frame taller than "Loading…" does.
	if _, err := eval[bool](tctx, `new Promise((resolve) => { const w = () =>
		Object.values(tallest).filter((h) => h > 350).length === 5 ? resolve(true) : setTimeout(w, 20); w(); })`); err != nil {
		return 0, 0, err
	}
	requests, bodies = count.Reset()
	return requests, bodies, nil
}
