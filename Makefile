# tcsig — see README.md. Everything here needs only the Go toolchain, node
# (for the WebAssembly tests) and, for the browser tests, Debian's chromium.
GO      ?= go
GOROOT  := $(shell $(GO) env GOROOT)
ADDR    ?= 127.0.0.1:8080
STATIC  := web/static
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
# One version string for the binary, /version and the page's footer (see
# internal/version; without it, go build falls back to the VCS revision).
LDVERSION := -X github.com/tcsig/tcsig/internal/version.stamp=$(VERSION)
# Packages that must also build and pass as GOOS=js GOARCH=wasm.
WASM_PKGS := ./signer/... ./endpoints/... ./capture/... ./request/... ./verify/... \
             ./wasm/... ./internal/jsonlite/... ./internal/notation/...

.PHONY: all build wasm run dist test test-go test-wasm lint fuzz bench bench-web screenshot clean

all: build

build: wasm
	$(GO) build -trimpath -ldflags="$(LDVERSION)" -o bin/tcsig ./cmd/tcsig

# The playground's WebAssembly module (signing and verification) and Go's
# JS loader (same toolchain). No inlining in tcsig's own packages (see
# browsertest.WasmGCFlags): 1.08 instead of 1.16 MB gzip. The .br sibling is
# what tcsig serve sends, so it uses brotli 11 (0.80 MB, ~8 s) — at 9 (0.5 s)
# it is 0.91 MB, over the 0.85 MB target.
wasm:
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w $(LDVERSION)" \
		-gcflags='github.com/tcsig/tcsig/...=-l' -o $(STATIC)/main.wasm ./wasm
	cp "$(GOROOT)/lib/wasm/wasm_exec.js" $(STATIC)/wasm_exec.js
	$(GO) run ./tools/precompress -brotli 11 $(STATIC)/main.wasm $(STATIC)/wasm_exec.js

# Build the page and the binary, then serve both (Ctrl-C stops).
run: build
	./bin/tcsig serve --addr $(ADDR)

# The page alone for any static host, with .br/.gz siblings at the best
# (slow, ~6 s for the wasm) brotli level. Browsers cannot load wasm from
# file://: serve it, e.g. python3 -m http.server -d dist.
dist: wasm
	rm -rf dist
	mkdir -p dist
	cp -R $(STATIC)/. dist/
	rm -f dist/.placeholder dist/*.br dist/*.gz
	$(GO) run ./tools/precompress dist

test: lint test-go test-wasm

lint:
	@unformatted="$$(gofmt -l $$(git ls-files '*.go'))"; \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet $(WASM_PKGS)

test-go:
	$(GO) test -race -count=1 ./...

# The pure packages again, compiled to WebAssembly and run under node.
test-wasm:
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(GOROOT)/lib/wasm/go_js_wasm_exec" $(WASM_PKGS)

# Every fuzz target in the tree, one after another, FUZZTIME each (docs/security.md lists
# them). Only packages whose tests define a Fuzz function are listed by `go test -list`, so
# no other test binary (nor its TestMain) runs. A failing input is saved under the package's
# testdata/fuzz/ and stops the run.
FUZZTIME ?= 30s
fuzz:
	@set -e; for pkg in $$($(GO) list -f '{{.ImportPath}}:{{.Dir}}' ./...); do \
		dir=$${pkg#*:}; pkg=$${pkg%%:*}; \
		grep -qs '^func Fuzz' $$dir/*_test.go || continue; \
		for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			echo "fuzz: $$pkg $$target for $(FUZZTIME)"; \
			$(GO) test -run='^$$' -fuzz="^$$target\$$" -fuzztime=$(FUZZTIME) $$pkg; \
		done; \
	done

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./signer/ ./relay/ ./verify/

# docs/screenshot.png for the README: the page in headless Chromium with the
# documented CVM example (the only target that writes into the tree).
screenshot:
	$(GO) run ./internal/browsertest/screenshot -o docs/screenshot.png

# The playground's size, start-up and signing times in headless Chromium,
# each beside a baseline from the same run (Markdown on stdout).
bench-web:
	$(GO) run ./internal/browsertest/benchweb

clean:
	rm -rf bin dist $(STATIC)/main.wasm* $(STATIC)/wasm_exec.js*
