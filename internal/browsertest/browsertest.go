// Package browsertest runs the playground in a real headless Chromium for
// tests and tools: it builds the WebAssembly module once per test binary,
// serves it with web.FS() on 127.0.0.1, and drives tabs with chromedp.
//
// A test package using it calls Main from TestMain:
//
//	func TestMain(m *testing.M) { browsertest.Main(m) }
//
// then each test opens a tab with Open (or Tab plus its own server). When
// no Chromium is installed the tests skip, except when the CI environment
// variable is set: then they fail, so a CI run cannot pass by skipping.
package browsertest

import (
	"context"
	"errors"
	"fmt"

	"io/fs"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/tcsig/tcsig/internal/testlog"
	"github.com/tcsig/tcsig/web"
)

// Chromium returns the browser to run: $CHROMIUM, else the first of
// chromium, chromium-browser, google-chrome found on PATH.
func Chromium() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return exec.LookPath(p)
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Chromium found (looked for $CHROMIUM, chromium, chromium-browser, google-chrome); on Debian: apt-get install chromium")
}

// Flags are the Chromium flags every run uses: headless, running as root
// in a container, and no network traffic of the browser's own.
func Flags(userDataDir string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true), // /dev/shm is small in containers
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.UserDataDir(userDataDir),
	}
}

// WasmGCFlags is make wasm's -gcflags: no inlining in tcsig's own packages.
// Inlined copies of small helpers in verify and capture make the module
// larger than the page's size target (docs/performance.md has the sizes).
// The runtime and crypto keep inlining.
const WasmGCFlags = "-gcflags=github.com/tcsig/tcsig/...=-l"

// BuildAssets compiles ./wasm (GOOS=js GOARCH=wasm, with make wasm's
// flags) to dir/main.wasm and copies Go's wasm_exec.js beside it.
func BuildAssets(ctx context.Context, dir string) error {
	goBin, err := exec.LookPath("go")
	if err != nil {
		return fmt.Errorf("building main.wasm needs the go command: %w", err)
	}
	root, err := moduleRoot(ctx, goBin)
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, goBin, "build", "-trimpath", "-ldflags=-s -w", WasmGCFlags, "-o", filepath.Join(dir, "main.wasm"), "./wasm")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./wasm: %v\n%s", err, msg)
	}
	out, err := exec.CommandContext(ctx, goBin, "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("go env GOROOT: %w", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "wasm_exec.js"), src, 0o644)
}

func moduleRoot(ctx context.Context, goBin string) (string, error) {
	out, err := exec.CommandContext(ctx, goBin, "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("not inside the tcsig module")
	}
	return filepath.Dir(mod), nil
}

// Static serves the page: web.FS() with main.wasm and wasm_exec.js taken
// from assets (a directory built by BuildAssets) when given. .wasm goes out
// as application/wasm, which WebAssembly.instantiateStreaming requires.
func Static(assets string) http.Handler {
	_ = mime.AddExtensionType(".wasm", "application/wasm")
	files := web.FS()
	if assets != "" {
		files = overlay{dir: os.DirFS(assets), names: map[string]bool{"main.wasm": true, "wasm_exec.js": true}, base: files}
	}
	return http.FileServerFS(files)
}

// overlay serves names from dir and everything else from base.
type overlay struct {
	dir   fs.FS
	names map[string]bool
	base  fs.FS
}

func (o overlay) Open(name string) (fs.File, error) {
	if o.names[path.Clean(name)] {
		return o.dir.Open(name)
	}
	return o.base.Open(name)
}

// Patience is how long a tab opened by OpenURL may take for everything a
// test does in it: a ceiling that a machine busy with other work still
// meets, never a goal (the page's timing goals are in make bench-web).
const Patience = 2 * time.Minute

// Serve starts h on 127.0.0.1 for the test and returns its base URL
// (ending in "/"). What the server logs goes to the test's log, and only
// if the test fails.
func Serve(tb testing.TB, h http.Handler) string {
	tb.Helper()
	srv := httptest.NewUnstartedServer(h)
	srv.Config.ErrorLog = testlog.ErrorLog(tb, "page server errors")
	srv.Start()
	tb.Cleanup(srv.Close)
	return srv.URL + "/"
}

// shared is the per-binary state set up by Main.
var shared struct {
	once     sync.Once
	err      error
	assets   string
	browser  context.Context
	cancel   context.CancelFunc
	noChrome error
	tmp      string
}

// Main runs the package's tests with one shared browser and one wasm
// build, and removes both afterwards.
func Main(m *testing.M) {
	code := m.Run()
	if shared.cancel != nil {
		shared.cancel()
	}
	if shared.tmp != "" {
		os.RemoveAll(shared.tmp)
	}
	os.Exit(code)
}

func setup() {
	shared.tmp, shared.err = os.MkdirTemp("", "tcsig-browsertest-")
	if shared.err != nil {
		return
	}
	exe, err := Chromium()
	if err != nil {
		shared.noChrome = err
		return
	}
	shared.assets = filepath.Join(shared.tmp, "assets")
	if shared.err = os.Mkdir(shared.assets, 0o755); shared.err != nil {
		return
	}
	// A ceiling for a cold build on a busy machine, not a goal.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if shared.err = BuildAssets(ctx, shared.assets); shared.err != nil {
		return
	}
	shared.browser, shared.cancel, shared.err = Launch(exe, filepath.Join(shared.tmp, "profile"))
}

// launchAttempts is how often Launch tries to start Chromium. On a machine
// busy with other work its zygote can fail to fork a helper process; a
// second start, with a fresh profile, succeeds. A browser that never starts
// still fails the setup, naming every attempt's error.
const launchAttempts = 3

// Launch starts headless Chromium (exe, from Chromium) with Flags and a
// fresh profile in userDataDir. New tabs are chromedp.NewContext(browser);
// cancel stops the browser.
func Launch(exe, userDataDir string) (browser context.Context, cancel context.CancelFunc, err error) {
	var errs []error
	for attempt := 1; attempt <= launchAttempts; attempt++ {
		dir := userDataDir
		if attempt > 1 {
			dir = fmt.Sprintf("%s-%d", userDataDir, attempt)
		}
		opts := append([]chromedp.ExecAllocatorOption{chromedp.ExecPath(exe)}, Flags(dir)...)
		actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
		bctx, bcancel := chromedp.NewContext(actx)
		err := chromedp.Do(bctx) // starts the browser
		if err == nil {
			return bctx, func() { bcancel(); acancel() }, nil
		}
		bcancel()
		acancel()
		errs = append(errs, fmt.Errorf("attempt %d: %w", attempt, err))
	}
	return nil, nil, fmt.Errorf("starting %s: %w", exe, errors.Join(errs...))
}

// Assets returns the directory holding this binary's main.wasm and
// wasm_exec.js, building them on first use.
func Assets(tb testing.TB) string {
	tb.Helper()
	ready(tb)
	return shared.assets
}

func ready(tb testing.TB) {
	tb.Helper()
	shared.once.Do(setup)
	if shared.noChrome != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("browser tests need Chromium and CI is set: %v", shared.noChrome)
		}
		tb.Skipf("skipping browser test: %v", shared.noChrome)
	}
	if shared.err != nil {
		tb.Fatalf("browser test setup: %v", shared.err)
	}
	if shared.browser == nil {
		tb.Fatal("browsertest: call browsertest.Main(m) from TestMain")
	}
}

// Tab opens a new tab in the shared browser. It is closed when the test
// ends; every action on it fails after timeout. An uncaught JavaScript
// exception or a console.error in the tab fails the test.
func Tab(tb testing.TB, timeout time.Duration) context.Context {
	tb.Helper()
	ready(tb)
	var mu sync.Mutex
	var jsErrors []string
	listen := func(ev any) {
		var msg string
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			msg = "uncaught: " + e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
		case *runtime.EventConsoleAPICalled:
			if e.Type != runtime.ConsoleAPICalledTypeError {
				return
			}
			msg = "console.error:"
			for _, a := range e.Args {
				msg += " " + string(a.Value) + a.Description
			}
		default:
			return
		}
		mu.Lock()
		jsErrors = append(jsErrors, msg)
		mu.Unlock()
	}
	ctx, cancel := chromedp.NewContext(shared.browser, chromedp.WithListener(listen))
	tb.Cleanup(func() {
		cancel()
		mu.Lock()
		defer mu.Unlock()
		for _, m := range jsErrors {
			tb.Errorf("JavaScript error in the page: %s", m)
		}
	})
	if err := chromedp.Do(ctx); err != nil {
		tb.Fatalf("new tab: %v", err)
	}
	tctx, tcancel := context.WithTimeout(ctx, timeout)
	tb.Cleanup(tcancel)
	return tctx
}

// Open serves the page (web.FS() and the fresh build) and opens pagePath
// (e.g. "index.html#…") in a new tab, then waits for tcsig.ready. It
// returns the tab and the server's base URL.
func Open(tb testing.TB, pagePath string) (context.Context, string) {
	tb.Helper()
	base := Serve(tb, Static(Assets(tb)))
	return OpenURL(tb, base+pagePath), base
}

// OpenURL opens url in a new tab and waits for tcsig.ready.
func OpenURL(tb testing.TB, url string) context.Context {
	tb.Helper()
	ctx := Tab(tb, Patience)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		tb.Fatalf("open %s: %v", url, err)
	}
	WaitReady(tb, ctx)
	return ctx
}

// WaitReady waits for tcsig.ready in the tab, failing with the loader's
// error if the module did not start.
func WaitReady(tb testing.TB, ctx context.Context) {
	tb.Helper()
	Eval[bool](tb, ctx, `tcsig.ready.then(() => true)`)
}

// Eval evaluates js in the tab (awaiting a returned promise) and decodes
// its JSON value into T; any exception fails the test.
func Eval[T any](tb testing.TB, ctx context.Context, js string) T {
	tb.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.Fatalf("evaluate %s: %v", short(js), err)
	}
	return v
}

// EvalErr is Eval returning the error (e.g. an expected exception).
func EvalErr[T any](ctx context.Context, js string) (T, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
}

func short(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}
