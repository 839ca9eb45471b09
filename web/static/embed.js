// embed.js: a compact walkthrough of one request for documentation pages.
// embed.html#id=…&r=…&t=… shows the shared request (r=) from the trace
// its snippet carries (t=, see TC.packTrace in common.js) without loading
// the WebAssembly module; the module loads only when there is no trace or
// the reader edits the request. With no fragment it shows the
// documentation's CVM example. It signs with the documentation's example
// keys: share links and snippets never carry real keys.
//
// The embed posts its height to the page holding it,
// {type: "tcsig:height", height, id}, and the snippet's few lines resize
// the iframe (docs/embed.md).
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const q = new URLSearchParams(location.search);
  if (q.get("lang") === "zh" || q.get("lang") === "en") TC.lang = q.get("lang");
  TC.applyI18n();

  // Steps open at first: the canonical request and the result; the others fold.
  const OPEN = new Set(["canonicalRequest", "signature", "sortedParams", "signatureV1"]);
  let shown = 0; // the latest render wins over slower earlier ones
  let current = null; // the request on display

  // ---- Height ------------------------------------------------------------

  const frameID = () => (/(?:^#?|&)id=([A-Za-z0-9_-]{1,64})/.exec(location.hash) || [])[1] || "";
  let lastHeight = 0;
  function postHeight() {
    if (window.parent === window) return;
    const cs = getComputedStyle(document.body);
    // The body's box (padding included): its height follows the content,
    // never the frame's, so a smaller content shrinks the frame again.
    const h = Math.ceil(document.body.getBoundingClientRect().height + parseFloat(cs.marginTop) + parseFloat(cs.marginBottom));
    if (h === lastHeight) return;
    lastHeight = h;
    // The height is no secret: any page may hold the embed.
    window.parent.postMessage({ type: "tcsig:height", height: h, id: frameID() }, "*");
  }
  if (typeof ResizeObserver === "function") new ResizeObserver(postHeight).observe($("embed-root"));
  window.addEventListener("load", postHeight);

  // ---- The module, on demand ---------------------------------------------

  let module = null;
  const script = (src) => new Promise((res, rej) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = res;
    s.onerror = () => rej(new Error("cannot load " + src));
    document.body.appendChild(s);
  });
  // loadModule loads wasm_exec.js, tcsig.js and main.wasm once.
  function loadModule() {
    if (!module) module = script("wasm_exec.js").then(() => script("tcsig.js")).then(() => tcsig.ready);
    return module;
  }

  // ---- Rendering ---------------------------------------------------------

  function fail(msg) {
    $("error").hidden = false;
    $("error").textContent = msg;
    $("steps").textContent = "";
    postHeight();
  }

  // useMarks lets common.js draw the trace's badges before the module is
  // there: each mark is [char, name, kind, title] from the module's table;
  // spaces are marked only before a line end, as the module marks them.
  function useMarks(marks) {
    const by = new Map((marks || []).map((m) => [m[0], m]));
    TC.prenotation = (marks || []).map((m) => ({ char: m[0], name: m[1], kind: m[2], title: m[3] }));
    TC.premark = (s) => {
      let h = "";
      for (let i = 0; i < s.length;) {
        const c = s.codePointAt(i);
        const ch = String.fromCodePoint(c);
        if (ch === " ") {
          let j = i;
          while (s[j] === " ") j++;
          const sp = by.get(" ");
          h += sp && (j === s.length || s[j] === "\n") ? TC.badge(sp[1], sp[2], sp[3]).repeat(j - i) : " ".repeat(j - i);
          i = j;
          continue;
        }
        const m = by.get(ch);
        h += m ? TC.badge(m[1], m[2], m[3]) + (m[1] === "LF" ? "\n" : "") : TC.esc(ch);
        i += ch.length;
      }
      return h;
    };
  }

  // fold turns each rendered step into a <details>: the embed stays short.
  function fold(container) {
    container.querySelectorAll("section.step").forEach((sec) => {
      const d = document.createElement("details");
      d.className = "step";
      d.id = sec.id;
      d.open = OPEN.has(sec.id.replace(/^step-/, ""));
      const sum = document.createElement("summary");
      sum.append(...sec.querySelector("header").childNodes);
      sec.querySelector("header").remove();
      d.append(sum, ...sec.childNodes);
      sec.replaceWith(d);
    });
  }

  function render(req, r, source) {
    $("error").hidden = true;
    $("embed-title").textContent = (req.action || "") + " · " + r.signatureMethod;
    const ts = Number(req.timestamp);
    $("summary").innerHTML = TC.esc(r.method + " " + r.url) + (ts ? "<br>" + TC.esc("X-TC-Timestamp: " + req.timestamp + " (" + new Date(ts * 1000).toISOString().replace(".000Z", "Z") + ")") : "");
    TC.renderSteps($("steps"), r, true, {});
    fold($("steps"));
    document.body.dataset.ready = "1";
    document.body.dataset.source = source; // "trace" or "module", for the tests
    postHeight();
  }

  async function signed(req) {
    try {
      await loadModule();
    } catch (e) {
      module = null; // the next edit tries again
      throw new Error(TC.t("loadFailed", (e && e.message) || e));
    }
    return tcsig.sign(Object.assign(TC.embedRequest(req), tcsig.exampleKeys));
  }

  // show renders the request of the fragment: from its trace when it has
  // one, else through the module.
  async function show() {
    const seq = ++shown;
    let req;
    try {
      req = TC.decodeShare(location.hash) || Object.assign({}, TC.example);
    } catch (e) {
      fail(e.message);
      return;
    }
    current = req;
    openLink(req);
    $("e-timestamp").value = req.timestamp || "";
    $("e-data").value = req.data || "";
    const t = await TC.unpackTrace(location.hash);
    if (seq !== shown) return;
    if (t) {
      useMarks(t.marks);
      render(req, t.trace, "trace");
      return;
    }
    await signAndRender(req, seq);
  }

  async function signAndRender(req, seq) {
    let r;
    try {
      r = await signed(req);
    } catch (e) {
      if (seq === shown) fail(e && e.message ? e.message : String(e));
      return;
    }
    if (seq === shown) render(req, r, "module");
  }

  // openLink points "Open in the playground" at req.
  function openLink(req) {
    try {
      $("open").href = "index.html#" + TC.encodeShare(req);
    } catch (e) {
      $("open").removeAttribute("href"); // too long for a link
    }
  }

  // An edit re-signs the request through the module (loaded on the first).
  function edit() {
    const req = Object.assign({}, current, { timestamp: $("e-timestamp").value.trim(), data: $("e-data").value });
    openLink(req);
    signAndRender(req, ++shown);
  }
  $("e-timestamp").addEventListener("input", edit);
  $("e-data").addEventListener("input", edit);
  $("edit").addEventListener("toggle", postHeight);
  $("steps").addEventListener("toggle", postHeight, true);

  window.addEventListener("hashchange", show);
  show();
})();
