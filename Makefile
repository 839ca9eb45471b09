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

.PHONY: FORCE all build wasm run dist test test-go test-wasm lint bench bench-web screenshot clean

all: build

build: wasm
	$(GO) build -trimpath -o bin/tcsig ./cmd/tcsig

# The playground's WebAssembly module, Go's JS loader (same toolchain) and
# their .br/.gz siblings, which tcsig serve embeds and sends. Each step is a
# file target, so a build where nothing changed does no work: go build
# links bin/main.wasm again only when an input changed (it compares the
# file's build ID), the page's copy is replaced only when its bytes differ,
# and the siblings are redone only when that copy is newer (precompress
# also skips a sibling that still decodes to its file). No inlining in
# tcsig's own packages (see browsertest.WasmGCFlags) and brotli at its best
# level keep the module small enough to send: docs/performance.md has the
# sizes.
WASM    := $(STATIC)/main.wasm
WASMJS  := $(STATIC)/wasm_exec.js

wasm: $(WASM).br $(WASMJS).br

$(WASM): FORCE
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w -X main.version=$(VERSION)" \
		-gcflags='github.com/tcsig/tcsig/...=-l' -o bin/main.wasm ./wasm
	@cmp -s bin/main.wasm $@ || { cp bin/main.wasm $@.tmp && mv $@.tmp $@; }
	@rm -f $(STATIC)/verify.wasm $(STATIC)/verify.wasm.br $(STATIC)/verify.wasm.gz

$(WASMJS): $(GOROOT)/lib/wasm/wasm_exec.js
	cp "$<" $@

# One run writes both siblings; the .br stands for the pair.
$(WASM).br $(WASMJS).br: %.br: %
	$(GO) run ./tools/precompress -brotli 11 $<

FORCE:

# Build the page and the binary, then serve both (Ctrl-C stops).
run: build
	./bin/tcsig serve --addr $(ADDR)

# The page alone for any static host, with .br/.gz siblings at the best
# brotli level. Browsers cannot load wasm from file://: serve it, e.g.
# python3 -m http.server -d dist.
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

clean:
	rm -rf bin dist $(STATIC)/main.wasm* $(STATIC)/verify.wasm* $(STATIC)/wasm_exec.js*
