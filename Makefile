# tcsig — see README.md. Everything here needs only the Go toolchain, node
# (for the WebAssembly tests) and, for the browser tests, Debian's chromium.
GO      ?= go
GOROOT  := $(shell $(GO) env GOROOT)
ADDR    ?= 127.0.0.1:8080
STATIC  := web/static
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
# Packages that must also build and pass as GOOS=js GOARCH=wasm.
WASM_PKGS := ./signer/... ./endpoints/... ./capture/... ./internal/spec/... ./verify/... \
             ./internal/bridge/... ./internal/verifybridge/... ./internal/jsonlite/...

.PHONY: all build wasm run dist test test-go test-wasm lint bench bench-web screenshot catalog clean

all: build

build: wasm
	$(GO) build -trimpath -o bin/tcsig ./cmd/tcsig

# The playground's WebAssembly module (signing and verification) and Go's
# JS loader (same toolchain). No inlining in tcsig's own packages (see
# browsertest.WasmGCFlags): 1.08 instead of 1.16 MB gzip. The .br sibling is
# what tcsig serve sends, so it uses brotli 11 (0.80 MB, ~8 s) — at 9 (0.5 s)
# it is 0.91 MB, over the 0.85 MB target.
wasm:
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w -X main.version=$(VERSION)" \
		-gcflags='github.com/tcsig/tcsig/...=-l' -o $(STATIC)/main.wasm ./wasm
	rm -f $(STATIC)/verify.wasm $(STATIC)/verify.wasm.br $(STATIC)/verify.wasm.gz
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
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/... ./internal/jsglue/... $(WASM_PKGS)

test-go:
	$(GO) test -race -count=1 ./...

# The pure packages again, compiled to WebAssembly and run under node.
test-wasm:
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(GOROOT)/lib/wasm/go_js_wasm_exec" $(WASM_PKGS)

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./signer/ ./relay/

# docs/screenshot.png for the README: the page in headless Chromium with the
# documented CVM example (the only target that writes into the tree).
screenshot:
	$(GO) run ./internal/browsertest/screenshot -o docs/screenshot.png

# The playground's size, start-up and signing times in headless Chromium,
# each beside a baseline from the same run (Markdown on stdout).
bench-web:
	$(GO) run ./internal/browsertest/benchweb

# The offline API catalog (catalog/data, committed) from the official Node.js
# SDK packages, pinned here. The only target that needs the network: npm pack
# fetches both tarballs into a temporary directory; the generator reads them
# without unpacking. Two runs give byte-identical files. See docs/catalog.md.
CATALOG_CN   := tencentcloud-sdk-nodejs@4.1.313
CATALOG_INTL := tencentcloud-sdk-nodejs-intl-en@3.0.1335
catalog:
	@tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
	(cd "$$tmp" && npm pack --silent $(CATALOG_CN) $(CATALOG_INTL) >/dev/null) && \
	$(GO) run ./tools/catalog -cn "$$tmp"/tencentcloud-sdk-nodejs-[0-9]*.tgz \
		-intl "$$tmp"/tencentcloud-sdk-nodejs-intl-en-[0-9]*.tgz -out catalog/data

clean:
	rm -rf bin dist $(STATIC)/main.wasm* $(STATIC)/verify.wasm* $(STATIC)/wasm_exec.js*
