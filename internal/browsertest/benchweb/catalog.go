package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/tcsig/tcsig/catalog/data"
	"github.com/tcsig/tcsig/internal/browsertest"
	"github.com/tcsig/tcsig/server"
)

var catalogOnly = flag.Bool("catalog", false, "measure only the API catalog (go run ./internal/browsertest/benchweb -catalog)")

// catalogOnlyRun is make bench-web's catalog section alone.
func catalogOnlyRun(exe, assets, tmp string) error {
	browser, stop, err := browsertest.Launch(exe, filepath.Join(tmp, "profile"))
	if err != nil {
		return err
	}
	defer stop()
	fmt.Printf("Chromium: %s; %s; medians of %d runs.\n", version(exe), time.Now().UTC().Format(time.DateOnly), *runs)
	return catalogTimes(browser, assets)
}

// catalogJS loads the catalog through the page (as the first use of a
// picker does), then times tcsig.catalog.search for each keystroke of a
// query, RUNS times, beside a baseline: a plain JavaScript scan of every
// action name with includes().
const catalogJS = `(async () => {
	await tcsig.ready;
	await TC.catalogPage.loadIndex();
	const entry = (p) => performance.getEntriesByType("resource").find((e) => e.name.endsWith(p));
	const idx = entry("catalog/index.json");
	await TC.catalogPage.loadService("cvm");
	const cvm = entry("catalog/services/cvm.json");
	const index = await (await fetch("catalog/index.json")).json();
	const names = [];
	for (const s of index.services) for (const v of s.versions) for (const a of v.actions) names.push(a.toLowerCase());
	const query = "describe inst";
	const search = [], scan = [];
	for (let run = 0; run < RUNS; run++) {
		for (let i = 1; i <= query.length; i++) {
			const q = query.slice(0, i);
			let t = performance.now();
			tcsig.catalog.search(q, 30, "en");
			search.push(performance.now() - t);
			t = performance.now();
			const words = q.split(" ").filter(Boolean);
			names.filter((n) => words.every((w) => n.includes(w))).slice(0, 30);
			scan.push(performance.now() - t);
		}
	}
	const median = (xs) => { const s = xs.slice().sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
	return {IndexEncoded: idx.encodedBodySize, IndexDecoded: idx.decodedBodySize, CvmEncoded: cvm.encodedBodySize,
		Actions: names.length, Keystrokes: search.length, Search: median(search), SearchMax: Math.max(...search), Scan: median(scan)};
})()`

// catalogTimes measures the catalog in the page: what it transfers and
// how long a search takes per keystroke (make bench-web only, never a test).
func catalogTimes(browser context.Context, assets string) error {
	srv, err := server.New(nil, server.Config{Files: browsertest.ServerFiles(assets)})
	if err != nil {
		return err
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()

	idx, err := fs.Stat(data.FS, "index.json.br")
	if err != nil {
		return err
	}
	files, err := fs.Glob(data.FS, "services/*.json.br")
	if err != nil {
		return err
	}
	var largest string
	var largestSize int64
	for _, f := range files {
		st, err := fs.Stat(data.FS, f)
		if err != nil {
			return err
		}
		if st.Size() > largestSize {
			largest, largestSize = f, st.Size()
		}
	}

	tab, cancel := chromedp.NewContext(browser)
	defer cancel()
	tctx, tcancel := context.WithTimeout(tab, 5*time.Minute)
	defer tcancel()
	if err := chromedp.Do(tctx, chromedp.Navigate(ts.URL+"/index.html?lang=en")); err != nil {
		return err
	}
	type res struct {
		IndexEncoded, IndexDecoded, CvmEncoded, Actions, Keystrokes int
		Search, SearchMax, Scan                                     float64
	}
	r, err := eval[res](tctx, strings.Replace(catalogJS, "RUNS", strconv.Itoa(*runs), 1))
	if err != nil {
		return err
	}
	fmt.Println()
	fmt.Println("### API catalog")
	fmt.Println()
	fmt.Println("| measured | value | baseline | target |")
	fmt.Println("|---|---:|---|---|")
	fmt.Printf("| index, brotli as committed and sent with Content-Encoding: br | %s | %s of JSON (%s as this Chromium fetched it over loopback HTTP) | ≤ 100 KB %s |\n",
		kb(idx.Size()), kb(int64(r.IndexDecoded)), kb(int64(r.IndexEncoded)), verdict(idx.Size() <= 100*1024))
	fmt.Printf("| largest service file (%s), brotli | %s | cvm as fetched: %s | ≤ 200 KB %s |\n",
		strings.TrimSuffix(strings.TrimPrefix(largest, "services/"), ".json.br"), kb(largestSize), kb(int64(r.CvmEncoded)), verdict(largestSize <= 200*1024))
	fmt.Printf("| tcsig.catalog.search per keystroke over %d actions (median of %d keystrokes; slowest %.2f ms) | %.2f ms | JavaScript includes() scan of every name: %.2f ms | ≤ 16 ms %s |\n",
		r.Actions, r.Keystrokes, r.SearchMax, r.Search, r.Scan, verdict(r.Search <= 16))
	return nil
}

func kb(n int64) string { return strconv.FormatFloat(float64(n)/1024, 'f', 1, 64) + " KB" }
