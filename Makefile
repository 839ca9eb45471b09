# tcsig — see README.md. Everything here needs only the Go toolchain, node
# (for the WebAssembly tests) and, for the browser tests, Debian's chromium.
GO      ?= go
GOROOT  := $(shell $(GO) env GOROOT)
ADDR    ?= 127.0.0.1:8080
STATIC  := web/static
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
# One version string for the binary, /version and the page's footer (see
# internal/version; without it, go build falls back to the VCS revision).
# Only the binary carries it: the page reads it from version.json, which
# tcsig serve answers and make dist writes, so the WebAssembly module does
# not change with every commit (see the wasm rules below).
LDVERSION := -X github.com/tcsig/tcsig/internal/version.stamp=$(VERSION)
# Tests and vet build with the tag tcsigtest: it adds relay.Config.SetTestSeams,
# which the browser tests need to put a loopback API behind the relay. make
# build never passes it, so the tcsig binary has no test seam
# (internal/layout checks that).
TESTTAGS := -tags tcsigtest
# Packages that must also build and pass as GOOS=js GOARCH=wasm.
WASM_PKGS := ./signer/... ./internal/message/... ./endpoints/... ./capture/... ./request/... ./verify/... \
             ./wasm/... ./protocol/... ./internal/jsonlite/... ./internal/notation/... \
             ./internal/suggest/... ./catalog ./catalog/schema ./export/...

.PHONY: FORCE all build wasm run dist test test-go test-wasm test-busy lint fuzz bench bench-web screenshot catalog clean

all: build

build: wasm
	$(BINARY)

BINARY = $(GO) build -trimpath -ldflags="$(LDVERSION)" -o bin/tcsig ./cmd/tcsig

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
#
# The module's bytes depend only on the code it links, so a commit that
# does not change that code (docs, the CLI, the server) neither links nor
# compresses it again: it carries no version (no -X; the page reads
# version.json) and no VCS stamp (-buildvcs=false: the go command would
# record the commit and whether the tree is modified, and link again).
# internal/layout's TestWasmModuleIsTheSameForEveryVersion builds it twice
# through WASMBIN to check.
WASM    := $(STATIC)/main.wasm
WASMJS  := $(STATIC)/wasm_exec.js
WASMBIN ?= bin/main.wasm

wasm: $(WASM).br $(WASMJS).br

$(WASMBIN): FORCE
	GOOS=js GOARCH=wasm $(GO) build -trimpath -buildvcs=false -ldflags="-s -w" \
		-gcflags='github.com/tcsig/tcsig/...=-l' -o $@ ./wasm

$(WASM): $(WASMBIN)
	@cmp -s $< $@ || { cp $< $@.tmp && mv $@.tmp $@; }

$(WASMJS): $(GOROOT)/lib/wasm/wasm_exec.js
	cp "$<" $@

# One run writes both siblings; the .br stands for the pair.
$(WASM).br $(WASMJS).br: %.br: %
	$(GO) run ./tools/precompress -brotli 11 $<

FORCE:

# Build the page and the binary, then serve both (Ctrl-C stops). The loop
# of a developer who changed the module's code: its brotli 11 siblings
# (make build's, the slowest step) are dropped rather than redone, and
# tcsig serve compresses the module at start at a fast level, as it does
# for any file without a sibling. make build and make dist make them again.
run: $(WASM) $(WASMJS).br
	@if [ $(WASM).br -ot $(WASM) ]; then \
		echo "make run: main.wasm changed; tcsig serve compresses it at start (make build redoes brotli 11)"; \
		rm -f $(WASM).br $(WASM).gz; fi
	$(BINARY)
	./bin/tcsig serve --addr $(ADDR)

# The page alone for any static host, with .br/.gz siblings at the best
# brotli level. Browsers cannot load wasm from file://: serve it, e.g.
# python3 -m http.server -d dist. The catalog is copied as committed
# (catalog/index.json.br, catalog/services/<name>.json.br) only: the host
# must answer catalog/index.json with those bytes and Content-Encoding: br
# (docs/catalog.md, "Serving"). version.json is the page's footer and
# tcsig.version: the version make build stamps into bin/tcsig, in the form
# tcsig serve answers it.
dist: wasm
	rm -rf dist
	mkdir -p dist
	cp -R $(STATIC)/. dist/
	rm -f dist/.placeholder dist/*.br dist/*.gz dist/version.json
	printf '{"version":"%s"}\n' '$(VERSION)' >dist/version.json
	$(GO) run ./tools/precompress dist
	mkdir -p dist/catalog/services
	cp catalog/data/index.json.br dist/catalog/
	cp catalog/data/services/*.json.br dist/catalog/services/

test: lint test-go test-wasm

lint:
	@unformatted="$$(gofmt -l $$(git ls-files '*.go'))"; \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet $(TESTTAGS) ./...
	GOOS=js GOARCH=wasm $(GO) vet $(TESTTAGS) $(WASM_PKGS)

# The timeout is a ceiling for a machine busy with other work (go test's
# default is 10 minutes per package); no test measures how fast it runs.
test-go:
	$(GO) test $(TESTTAGS) -race -count=1 -timeout=30m ./...

# The pure packages again, compiled to WebAssembly and run under node.
test-wasm:
	GOOS=js GOARCH=wasm $(GO) test $(TESTTAGS) -count=1 -timeout=30m -exec="$(GOROOT)/lib/wasm/go_js_wasm_exec" $(WASM_PKGS)

# make test RUNS times (default 3) on a clean clone of HEAD while a CPU hog
# keeps every core busy; one line per run. Not part of make test.
RUNS ?= 3
test-busy:
	sh scripts/test-busy.sh $(RUNS)

# Every fuzz target in the tree, one after another, FUZZTIME each (docs/security.md lists
# them). Only packages whose tests define a Fuzz function are listed by `go test -list`, so
# no other test binary (nor its TestMain) runs. A failing input is saved under the package's
# testdata/fuzz/ and stops the run.
FUZZTIME ?= 30s
fuzz:
	@set -e; for pkg in $$($(GO) list -f '{{.ImportPath}}:{{.Dir}}' ./...); do \
		dir=$${pkg#*:}; pkg=$${pkg%%:*}; \
		grep -qs '^func Fuzz' $$dir/*_test.go || continue; \
		for target in $$($(GO) test $(TESTTAGS) -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			echo "fuzz: $$pkg $$target for $(FUZZTIME)"; \
			$(GO) test $(TESTTAGS) -run='^$$' -fuzz="^$$target\$$" -fuzztime=$(FUZZTIME) $$pkg; \
		done; \
	done

bench:
	$(GO) test $(TESTTAGS) -run='^$$' -bench=. -benchmem ./signer/ ./relay/ ./verify/

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
	rm -rf bin dist $(STATIC)/main.wasm* $(STATIC)/wasm_exec.js*
