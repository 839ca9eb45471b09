// Command screenshot renders the playground in headless Chromium, filled in
// with the documentation's CVM example, and writes a PNG for the README.
// make screenshot runs it; it writes only the file named by -o.
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/tcsig/tcsig/internal/browsertest"
)

func main() {
	out := flag.String("o", "docs/screenshot.png", "PNG file to write")
	width := flag.Int64("width", 1440, "viewport width in CSS pixels")
	height := flag.Int64("height", 1100, "viewport height in CSS pixels")
	flag.Parse()
	if err := run(*out, *width, *height); err != nil {
		fmt.Fprintln(os.Stderr, "screenshot:", err)
		os.Exit(1)
	}
}

func run(out string, width, height int64) error {
	exe, err := browsertest.Chromium()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "tcsig-screenshot-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := browsertest.BuildAssets(ctx, tmp); err != nil {
		return err
	}
	srv := httptest.NewServer(browsertest.Static(tmp))
	defer srv.Close()
	browser, stop, err := browsertest.Launch(exe, filepath.Join(tmp, "profile"))
	if err != nil {
		return err
	}
	defer stop()
	tab, closeTab := chromedp.NewContext(browser)
	defer closeTab()
	tab, cancelTab := context.WithTimeout(tab, time.Minute)
	defer cancelTab()

	// The documented example with its placeholder keys, fixed timestamp.
	const fill = `(async () => {
		await tcsig.ready;
		while (!document.body.dataset.ready) await new Promise(r => setTimeout(r, 20));
		const set = (id, v) => { document.getElementById(id).value = v; };
		set("secretId", tcsig.exampleKeys.secretId); set("secretKey", tcsig.exampleKeys.secretKey);
		set("data", TC.example.data);
		document.getElementById("ts-fixed").checked = true; set("timestamp", TC.example.timestamp);
		await tcsigPage.recompute();
		return document.querySelector("#step-signature pre").textContent;
	})()`
	if err := chromedp.Do(tab, chromedp.EmulateViewport(width, height), chromedp.Navigate(srv.URL+"/index.html?lang=en")); err != nil {
		return err
	}
	sig, err := chromedp.Run(tab, chromedp.Evaluate[string](fill, chromedp.EvalAwaitPromise))
	if err != nil {
		return err
	}
	if sig != "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168" {
		return fmt.Errorf("the page shows signature %q for the documented example", sig)
	}
	img, err := chromedp.Run(tab, chromedp.CaptureScreenshot())
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, img, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes, %dx%d)\n", out, len(img), width, height)
	return nil
}
