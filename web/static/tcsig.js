// tcsig.js loads the tcsig WebAssembly module and defines globalThis.tcsig.
// tcsig.ready exists before the module runs, so a page or an embed can
// await it at once; it resolves to the tcsig object when the module is up.
// Include wasm_exec.js first or later in the same document (tcsig.js can
// come first, in <head>, to start the download early). Works from any
// static host.
(function () {
  "use strict";
  if (globalThis.tcsig && globalThis.tcsig.ready) return;
  let loaded, failed, versionRead;
  const unwrap = (r) => {
    if (r instanceof Error) throw r;
    return r;
  };
  const api = {
    ready: new Promise((res, rej) => { loaded = res; failed = rej; }),
    /** sign(request) → every signing step and the request to send; throws Error on bad input. */
    sign: (request) => unwrap(api._go.sign(request)),
    /** endpoints() → the region table, in display order. */
    endpoints: () => unwrap(api._go.endpoints()),
    /**
     * fields() → the request schema sign takes, in the page's order:
     * [{name, flag, kind, default, secret}] (kind: string, timestamp, nonce, bool, params, form, data).
     */
    fields: () => unwrap(api._go.fields()),
    /** resolve(service, region, mode) → {host, mode, region, known, why, warning}; throws on bad input. */
    resolve: (service, region, mode) => unwrap(api._go.resolve(service, region, mode)),
    /**
     * verify(text, {secretKey, token, now, canonicalRequest, stringToSign}) → the verify report
     * (tcsig verify --output json), its catalog findings those of the loaded catalog files.
     */
    verify: (text, options) => unwrap(api._go.verify(text, options)),
    /**
     * mark(text) → text cut for display with tcsig's notation of invisible characters (the
     * CLI's <LF>, <ESC>, …): [text, name, kind, title, text, name, kind, title, text, …].
     * tcsig.notation lists the named marks: [{char, name, title, kind}].
     */
    mark: (text) => unwrap(api._go.mark(text)),
    /**
     * setLanguage("en" | "zh") → the language every later Go-side message comes back in: errors,
     * host explanations (resolve), warnings and the verify report. English until called.
     */
    setLanguage: (lang) => unwrap(api._go.setLanguage(lang)),
    /** localize(text) → text in that language when it is one of the relay's messages, else text. */
    localize: (text) => unwrap(api._go.localize(text)),
    /** sizeText(n) → n bytes spelled as the CLI does ("323 bytes", "32 KB", "1 MB"), in the language set. */
    sizeText: (n) => unwrap(api._go.sizeText(n)),
    /**
     * contentRules(method, signatureMethod, contentType, contentTypeMoved) → {signatureMethod,
     * contentType, allowed}: the content-type ↔ signature-method rules for a form, from Go's rule book.
     */
    contentRules: (method, sig, ct, moved) => unwrap(api._go.contentRules(method, sig, ct, moved)),
    /** nonce() → a random HmacSHA1/256 Nonce (decimal), as tcsig.sign draws when none is given. */
    /* tcsig.exampleKeys ({secretId, secretKey}): the documentation's public example keys, set by the module. */
    nonce: () => unwrap(api._go.nonce()),
    /**
     * checkJSON(text) → null when text is valid JSON, else {line, column, offset, message, text,
     * signedNote}: text is the sentence to show ("JSON error at line 2, column 12: …"), signedNote what
     * a TC3 POST that signed it anyway adds; both in the language set, as the CLI words them.
     */
    checkJSON: (text) => unwrap(api._go.checkJSON(text)),
    /**
     * export(lang, request) → text: "curl" and "http" give the signed request (pin timestamp
     * and nonce to get the one shown); tccli, go, python, node, java, php give a program
     * that sends it with the official SDK.
     */
    export: (lang, request) => unwrap(api._go.export(lang, request)),
    /**
     * The offline API catalog. The module holds no data: give it the JSON text of
     * catalog/index.json and of catalog/services/<name>.json (catalog.js fetches them).
     */
    catalog: {
      /** loadIndex(jsonText): search and check need it. */
      loadIndex: (json) => unwrap(api._go.catLoadIndex(json)),
      /** loadService(name, jsonText). */
      loadService: (name, json) => unwrap(api._go.catLoadService(name, json)),
      /**
       * search(query, limit, lang, service) → [{service, version, action, summary?}], best
       * first; the chosen service's hits (when given) before any other's.
       */
      search: (query, limit, lang, service) => JSON.parse(unwrap(api._go.catSearch(query, limit, lang, service))),
      /** check(request) → [{cause, path, code, message}]: warnings, never errors. */
      check: (request) => JSON.parse(unwrap(api._go.catCheck(request))),
      /**
       * example(service, version, action) → {text, required}: every parameter as a typed
       * placeholder, the required ones first and listed in required.
       */
      example: (service, version, action) => {
        const ex = JSON.parse(unwrap(api._go.catExample(service, version, action)));
        return { text: JSON.stringify(JSON.parse(ex.text), null, 2), required: ex.required };
      },
      /** docs(service, version, action, lang) → {summary, summaryLang, params, response, …}. */
      docs: (service, version, action, lang) => JSON.parse(unwrap(api._go.catDocs(service, version, action, lang))),
    },
    /**
     * embedTrace(request) → JSON of the request's signing trace with the documentation's example
     * keys (whatever keys request holds) and the invisible characters it shows, for an embed
     * snippet: embed.html lays it out without loading the module.
     */
    embedTrace: (request) => unwrap(api._go.embedTrace(request)),
    /**
     * version: this build's version ("v1.2.3", "3d1912f"), the string `tcsig version` and
     * tcsig serve's /version print; "" until loadVersion() has read it. The module does not
     * carry it (a new commit would change the module's bytes), and tcsig.js fetches nothing
     * for it unless asked.
     */
    version: "",
    /**
     * loadVersion() → Promise of tcsig.version, read once from version.json beside tcsig.js
     * (tcsig serve answers it, make dist writes it) after tcsig.ready, so that it never delays
     * the module. Rejects with an Error when the host has no such file (e.g. web/static served
     * as it is); a later call tries again.
     */
    loadVersion: () => {
      versionRead = versionRead || api.ready.then(() => readVersion()).then(
        (v) => (api.version = v),
        (e) => { versionRead = null; throw e; });
      return versionRead;
    },
    /** Go-wasm SHA-256 (hex) of a string or Uint8Array: _lazyText's check, and make bench-web's baseline. */
    _sha256: (data) => unwrap(api._go.sha256(data)),
  };
  // _lazyText defines obj[name] as the UTF-8 text of the caller's data,
  // decoded on first read (then kept): enumerable, so JSON.stringify and
  // Object.keys see an ordinary string property. A caller reusing its array
  // must not change the result. With sha256, the hex SHA-256 the request
  // was signed with, the array itself is kept — copying a large body (a
  // fresh allocation) costs many times what signing it with payloadHash
  // does — and checked against sha256 when read: a changed array throws
  // changed, the module's message, never another body. Without sha256
  // (UNSIGNED-PAYLOAD) the bytes are copied.
  api._lazyText = (obj, name, data, sha256, changed) => {
    const bytes = sha256 ? data : data.slice();
    const length = bytes.length;
    Object.defineProperty(obj, name, {
      enumerable: true, configurable: true,
      get() {
        if (sha256 && (bytes.length !== length || api._sha256(bytes) !== sha256)) throw new Error(changed);
        const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
        Object.defineProperty(obj, name, { value: text, enumerable: true, configurable: true, writable: true });
        return text;
      },
    });
  };
  api._loaded = () => {
    delete api._loaded;
    api._readyAt = performance.now(); // ms after navigation start, for make bench-web
    loaded(api);
  };
  globalThis.tcsig = api;

  const script = document.currentScript;
  const base = script ? new URL(".", script.src) : new URL(".", location.href);
  // compile fetches and compiles one module. It needs no Go yet, so a page
  // that loads this script first (in <head>, before its style sheet) has the
  // download and the streaming compilation under way while it parses and
  // lays out the rest. compileStreaming needs the application/wasm type; some
  // static hosts do not send it, so fall back to a buffer.
  const compile = (name) => {
    const url = new URL(name, base);
    return fetch(url).then((resp) => {
      if (!resp.ok) throw new Error("tcsig: cannot load " + url + ": HTTP " + resp.status);
      const ct = resp.headers.get("Content-Type") || "";
      if (WebAssembly.compileStreaming && ct.startsWith("application/wasm")) return WebAssembly.compileStreaming(resp);
      return resp.arrayBuffer().then((b) => WebAssembly.compile(b));
    });
  };
  // goDefined resolves once wasm_exec.js has defined Go: at once when it has
  // run by now, else when the document has been parsed (a page may include
  // it after this script). It is asked when the module is compiled, not
  // before: by then a page's wasm_exec.js has usually run, and the end of
  // parsing can come much later.
  const goDefined = () => new Promise((res, rej) => {
    const check = () => (typeof Go === "function" ? res() : rej(new Error("tcsig: include wasm_exec.js (from your Go version's lib/wasm) in the page; tcsig.js needs its Go class")));
    if (typeof Go === "function" || document.readyState !== "loading") check();
    else document.addEventListener("DOMContentLoaded", check, { once: true });
  });
  // run instantiates a compiled module and starts its Go program.
  const run = (name, module) => {
    const go = new Go();
    return WebAssembly.instantiate(module, go.importObject).then((instance) => {
      performance.mark("tcsig:compiled " + name);
      go.run(instance);
    });
  };
  // readVersion fetches version.json's {"version": "…"}.
  const readVersion = () => {
    const url = new URL("version.json", base);
    return fetch(url).then((resp) => {
      if (!resp.ok) throw new Error("tcsig: cannot read the version from " + url + ": HTTP " + resp.status + " (tcsig serve answers it; make dist writes it)");
      return resp.json();
    }).then((j) => {
      if (!j || typeof j.version !== "string") throw new Error("tcsig: " + url + " has no version string");
      return j.version;
    });
  };
  const load = (name) => compile(name).then((module) => goDefined().then(() => run(name, module)));
  load("main.wasm").catch((e) => failed(e));
})();
