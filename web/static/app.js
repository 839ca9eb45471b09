// app.js: the playground page. It reads the form, calls tcsig.sign on every
// input event and renders the steps. All signing logic is in the wasm.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const TC3 = "TC3-HMAC-SHA256";
  const BIG = 256 * 1024; // larger bodies are held in memory, previewed, not edited in place
  const HASH_IN_JS = 1024 * 1024; // larger TC3 bodies are hashed with WebCrypto
  const PLACEHOLDER_KEY = "tcsig-no-secret-key-entered";

  const state = {
    seq: 0,
    bigData: null, // the body when larger than BIG
    file: null, // {name, bytes} for a multipart file part
    enc: { data: null, bytes: null, hash: null },
    last: null, // {req, result, keyed}
    lastMs: 0,
  };

  const randomNonce = () => tcsig.nonce();

  // ---- Form ↔ request ---------------------------------------------------

  const isTC3 = () => $("signatureMethod").value === TC3;
  const now = () => Math.floor(Date.now() / 1000);
  const timestamp = () => ($("ts-live").checked ? String(now()) : $("timestamp").value);
  const dataValue = () => (state.bigData !== null ? state.bigData : $("data").value);
  const multipart = () => $("method").value === "POST" && $("contentType").value.startsWith("multipart/");

  function formFields() {
    const out = [];
    for (const line of $("form-fields").value.split("\n")) {
      if (!line.trim()) continue;
      const i = line.indexOf("=");
      out.push(i < 0 ? { name: line, value: "" } : { name: line.slice(0, i), value: line.slice(i + 1) });
    }
    if (state.file) out.push({ name: $("form-file-name").value, filename: state.file.name, content: state.file.bytes });
    return out;
  }

  // formControls are the string fields of the request schema (tcsig.fields)
  // that the form has a control of the same name for.
  let formControls = null;
  const controls = () =>
    (formControls ||= tcsig.fields().filter((f) => f.kind === "string" && $(f.name) && "value" in $(f.name)).map((f) => f.name));

  // request is the tcsig.sign argument the form describes: each string field
  // from its control, the others as the form holds them.
  function request() {
    const req = {};
    for (const name of controls()) req[name] = $(name).value;
    req.timestamp = timestamp();
    if (!isTC3()) req.nonce = $("nonce").value;
    const extra = $("extraHeaders").value.trim();
    if (extra) req.signedHeaders = "content-type;host;" + extra;
    if (multipart()) {
      req.form = formFields();
      req.contentType = "multipart/form-data";
    } else req.data = dataValue();
    return req;
  }

  // The content-type ↔ signature-method rules come from the module (Go's rule
  // book): after `changed` moved, make the choice consistent and disable
  // what cannot go with it.
  function applyRules(changed) {
    const m = $("method"), ct = $("contentType"), sm = $("signatureMethod");
    const mediaType = (v) => v.split(";")[0].trim().toLowerCase();
    const r = tcsig.contentRules(m.value, sm.value, ct.value, changed === ct);
    sm.value = r.signatureMethod;
    if (mediaType(ct.value) !== r.contentType) {
      const o = [...ct.options].find((o) => mediaType(o.value) === r.contentType);
      if (o) ct.value = o.value;
    }
    for (const o of ct.options) o.disabled = !r.allowed.includes(mediaType(o.value));
    $("nonce-row").hidden = isTC3();
    $("form-block").hidden = !multipart();
    $("data-block").hidden = multipart();
    $("data-label").textContent = TC.t(isTC3() && m.value === "POST" ? "dataJSON" : "dataParams");
    $("data-label").dataset.i18n = isTC3() && m.value === "POST" ? "dataJSON" : "dataParams";
  }

  function buildRegions() {
    const sel = $("region");
    const keep = sel.value || "ap-guangzhou";
    sel.textContent = "";
    const none = new Option(TC.t("regionNone"), "");
    sel.add(none);
    const groups = new Map();
    for (const r of tcsig.endpoints()) {
      const label = TC.lang === "zh" ? r.groupZh : r.group;
      if (!groups.has(label)) {
        const g = document.createElement("optgroup");
        g.label = label;
        groups.set(label, g);
        sel.appendChild(g);
      }
      let text = r.id + " — " + (TC.lang === "zh" ? r.nameZh : r.name);
      if (r.financial) text += " · " + TC.t("financial");
      if (r.retired) text += " · " + TC.t("retired");
      const o = new Option(text, r.id);
      if (r.note) o.title = r.note;
      if (r.financial) o.className = "fsi";
      groups.get(label).appendChild(o);
    }
    setRegion(keep);
  }

  function setRegion(id) {
    const sel = $("region");
    if (id && ![...sel.options].some((o) => o.value === id)) sel.add(new Option(id, id)); // a region not in the table
    sel.value = id;
  }

  // ---- Body helpers -----------------------------------------------------

  // encoded returns the UTF-8 bytes of data, cached across keystrokes
  // elsewhere in the form so a 10 MB body is encoded and hashed once.
  function encoded(data) {
    if (state.enc.data !== data) state.enc = { data, bytes: new TextEncoder().encode(data), hash: null };
    return state.enc;
  }

  async function sha256hex(bytes) {
    const d = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    let s = "";
    for (const b of d) s += b.toString(16).padStart(2, "0");
    return s;
  }

  // jsonCheck returns null for valid JSON, "large" for a body too long to
  // parse here, else tcsig.checkJSON's {line, column, offset, message}.
  function jsonCheck(data) {
    if (data === "" || data.length > HASH_IN_JS) return data === "" ? null : "large";
    return tcsig.checkJSON(data);
  }

  // jsonStatus shows the body's JSON state under the editor, and whether
  // the request was signed anyway: TC3 POST signs the bytes as typed (the
  // API then answers with an error), GET and v1 POST cannot flatten it.
  function jsonStatus(data, bytes, e, signed) {
    const st = $("data-status");
    st.className = "hint";
    st.textContent = "";
    $("data-count").textContent = TC.t("chars", TC.num(data.length), TC.num(bytes));
    if (e === "large") { st.textContent = TC.t(signed ? "jsonLarge" : "jsonLargeNotSigned"); return; }
    if (data === "") return;
    if (e === null) {
      st.textContent = TC.t("jsonOK");
      st.classList.add("ok");
      return;
    }
    st.classList.add("bad", "jsonerr");
    const msg = document.createElement("span");
    msg.id = "json-error";
    msg.textContent = e.text;
    st.appendChild(msg);
    // A preview of a large body is not the body: there is nothing to point at.
    if (state.bigData === null) {
      const b = document.createElement("button");
      b.type = "button";
      b.id = "json-goto";
      b.textContent = TC.t("jsonGoto");
      b.onclick = () => pointAt(e);
      st.appendChild(b);
    }
    const note = document.createElement("span");
    note.id = "json-signed";
    note.className = "signednote";
    // A TC3 POST signs any bytes: when it is not signed, something else is wrong.
    const tc3post = isTC3() && $("method").value === "POST";
    note.textContent = signed ? e.signedNote : TC.t(tc3post ? "jsonNotSignedOther" : "jsonNotSigned");
    st.appendChild(note);
  }

  // pointAt selects the character a JSON error names in the body editor
  // and scrolls it into view. e.offset counts UTF-8 bytes; the textarea
  // counts UTF-16 code units.
  function pointAt(e) {
    const ta = $("data");
    const text = ta.value;
    let i = 0;
    for (let bytes = 0; i < text.length && bytes < e.offset; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { bytes += 4; i++; } else bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    ta.focus();
    ta.setSelectionRange(i, Math.min(text.length, i + 1));
    const lh = parseFloat(getComputedStyle(ta).lineHeight) || 18;
    ta.scrollTop = Math.max(0, (e.line - 1) * lh - ta.clientHeight / 2);
    ta.scrollIntoView({ block: "nearest" });
  }

  // setBigData holds a large body in memory (read-only, previewed) and
  // encodes it once now, so recomputes only hash it; bytes, when the body
  // came from a file, are its UTF-8 already.
  function setBigData(text, bytes) {
    state.bigData = text.length > BIG ? text : null;
    const ta = $("data");
    if (state.bigData !== null) {
      state.enc = { data: text, bytes: bytes || new TextEncoder().encode(text), hash: null };
      ta.value = text.slice(0, 4096) + "\n" + TC.t("moreBytes", TC.num(state.enc.bytes.length - TC.utf8Len(text.slice(0, 4096))));
      ta.readOnly = true;
    } else {
      ta.value = text;
      ta.readOnly = false;
    }
  }

  // ---- Rendering --------------------------------------------------------

  // showError shows why the request cannot be signed, and makes every
  // panel say so: the size line counts this request, the exports, the
  // share link and the embed snippet are off with the reason, the previous
  // steps are marked as the previous ones and cannot be copied. (Send and
  // the code panel follow the "tcsig:state" event.)
  function showError(e, req) {
    const msg = errorText(e);
    $("error").hidden = false;
    $("error-msg").textContent = msg;
    $("steps").classList.add("stale");
    $("steps-stale").hidden = !$("steps").firstChild;
    for (const b of $("steps").querySelectorAll("button.copy")) {
      b.disabled = true;
      b.title = TC.t("stepsStale");
    }
    $("warnings").hidden = true;
    // The meter still shows the body against its limit when signing failed.
    const post = req.method !== "GET";
    const lim = post ? (req.signatureMethod === TC3 ? tcsig.limits.postTC3 : tcsig.limits.postV1) : tcsig.limits.get;
    const used = post && typeof req.data === "string" ? TC.utf8Len(req.data) : post && req.data ? req.data.length : 0;
    meter(used, lim, !!e.overLimit);
    // Sizes are spelled by the module (Go's one spelling, in the page's language).
    $("size-text").textContent = post ? TC.t("sizeTextNotSigned", tcsig.sizeText(used), tcsig.sizeText(lim)) : TC.t("sizeUnknownNotSigned", tcsig.sizeText(lim));
    exportsOff("exportNotSigned");
    shareOff();
  }

  // errorText is a signing error as the page shows it: a field's error
  // names the field by the form's label, in the page's language (the
  // module gives the field and the problem apart); others as they come.
  // labels, when given, maps the properties of another form (Verify's).
  function errorText(e, labels) {
    const label = e && typeof e.problem === "string" ? fieldLabel(e.field, labels || FIELD_LABELS) : "";
    return label ? TC.t("fieldProblem", label, e.problem) : e.message;
  }

  // The labels of the request's properties whose name is not their key in
  // TC.i18n, and of tcsig.verify's options; "" when the page has no label.
  const FIELD_LABELS = { signedHeaders: "extraHeaders", language: "languageHeader", form: "formFields", params: "secBody" };
  const VERIFY_LABELS = { now: "verifyNow", canonicalRequest: "verifyCR", stringToSign: "verifySTS", secretKey: "secretKey" };
  function fieldLabel(field, labels) {
    const name = String(field || "").split(/[.[]/)[0];
    if (labels === FIELD_LABELS && name === "data") return TC.t(isTC3() && $("method").value === "POST" ? "embedData" : "secBody");
    const key = labels[name] || (labels === FIELD_LABELS ? name : "");
    return key && TC.i18n.en[key] !== undefined ? TC.t(key) : "";
  }

  // exportsOff disables Copy as curl / Copy raw HTTP and says why, on the
  // buttons (title) and under them (text: it names every control the
  // reason turns off); key null enables them.
  function exportsOff(key) {
    const why = $("export-why");
    for (const id of ["copy-curl", "copy-raw"]) {
      $(id).disabled = !!key;
      if (key) $(id).title = TC.t(key);
      else $(id).removeAttribute("title");
    }
    why.hidden = !key;
    why.textContent = key ? TC.t(key) : "";
    if (key) why.dataset.i18n = key;
    else delete why.dataset.i18n;
  }

  function meter(used, limit, over) {
    const m = $("size-meter");
    const pct = Math.min(100, (used / limit) * 100);
    m.querySelector(".bar").style.width = pct.toFixed(2) + "%";
    m.setAttribute("aria-valuenow", String(used));
    m.setAttribute("aria-valuemax", String(limit));
    m.classList.toggle("over", !!over || used > limit);
    m.classList.toggle("near", !over && used > limit * 0.8);
  }

  function render(r, keyed, req) {
    $("error").hidden = true;
    $("steps").classList.remove("stale");
    $("steps-stale").hidden = true;
    // A POST body signed as typed is shown from the page's own text.
    const own = typeof req.data === "string" && r.method === "POST" && r.signatureMethod === TC3 && !req.form ? req.data : undefined;
    TC.renderSteps($("steps"), r, keyed, { bodyText: own });
    const w = $("warnings");
    w.hidden = !(r.warnings && r.warnings.length);
    w.innerHTML = (r.warnings || []).map((x) => "<li>" + TC.esc(x) + "</li>").join("");
    const s = r.size;
    meter(s.used, s.limit, false);
    $("size-text").textContent = TC.t("sizeText", tcsig.sizeText(s.used), tcsig.sizeText(s.limit), s.rule, TC.num(s.used)) + " · " + TC.t("headerBytes", TC.num(s.headerBytes));
    exportsOff(keyed ? null : "exportNeedsKeys");
    updateShare(req);
  }

  // updateShare puts the link and the embed snippet of the request just
  // signed in place; a request too long for a link turns both off.
  function updateShare(req) {
    let frag;
    try {
      // The timestamp in req is the one just signed, live or fixed: the link pins it.
      frag = TC.encodeShare(req);
    } catch (e) {
      shareOff(e.message);
      return;
    }
    const base = location.href.replace(/[#?].*$/, "").replace(/[^/]*$/, "");
    state.share = base + "index.html#" + frag;
    setShare(state.share, "");
    TC.fillEmbedSnippet($("embed-snippet"), base, frag);
  }

  // shareOff empties the share link and the embed snippet, which would
  // otherwise hold an earlier request, and says why in both and on Copy
  // share link: why, or that the request cannot be signed.
  function shareOff(why) {
    state.share = null;
    setShare("", why || TC.t("shareNotSigned"));
    TC.clearEmbedSnippet($("embed-snippet"), why || TC.t("embedNotSigned"));
  }

  function setShare(link, why) {
    const b = $("copy-share"), url = $("share-url");
    url.value = link;
    url.placeholder = why;
    b.disabled = !!why;
    if (why) b.title = why;
    else b.removeAttribute("title");
  }

  // announce tells the panels that follow the signing (Send, the code
  // export) that the page's state changed: see tcsigPage.status.
  function announce() {
    document.dispatchEvent(new Event("tcsig:state"));
  }

  function hostLine(req) {
    try {
      const res = tcsig.resolve(req.service, req.region, req.endpoint);
      $("host").textContent = res.host;
      // Why names the host ("cvm…com: the nearest domain", "… its own
      // domain cvm…com"): the line already shows it.
      let why = res.why;
      if (why.startsWith(res.host + ": ")) why = why.slice(res.host.length + 2);
      else if (why.startsWith(res.host + "：")) why = why.slice(res.host.length + 1);
      else if (why.endsWith(" " + res.host)) why = why.slice(0, -res.host.length - 1);
      $("host-why").textContent = why + (res.warning ? " — " + res.warning : "");
    } catch (e) {
      $("host").textContent = "—";
      $("host-why").textContent = e.message;
    }
  }

  // recompute signs what the form holds and renders it; it returns the
  // time taken in ms (the benchmark reads it).
  async function recompute() {
    const seq = ++state.seq;
    const t0 = performance.now();
    const ph = { encode: 0, digest: 0, sign: 0, render: 0 }; // ms per phase, for make bench-web
    const asked = request();
    let req = asked;
    const ts = Number(req.timestamp);
    $("utc-date").textContent = Number.isFinite(ts) && ts > 0 ? TC.t("utcDate", new Date(ts * 1000).toISOString().replace("T", " ").replace(".000Z", "")) : "";
    hostLine(req);
    let body = null; // the body's JSON state, shown once signing has said yes or no
    if (typeof req.data === "string") {
      const big = req.data.length > HASH_IN_JS;
      let t = performance.now();
      const enc = big ? encoded(req.data) : null;
      ph.encode = performance.now() - t;
      body = { data: req.data, bytes: enc ? enc.bytes.length : TC.utf8Len(req.data), check: jsonCheck(req.data) };
      if (big && req.method === "POST" && req.signatureMethod === TC3 && crypto.subtle) {
        // Hash with WebCrypto and hand Go the bytes already encoded.
        t = performance.now();
        if (enc.hash === null) enc.hash = await sha256hex(enc.bytes);
        ph.digest = performance.now() - t;
        if (seq !== state.seq) return null;
        req = Object.assign({}, req, { data: enc.bytes, payloadHash: enc.hash });
      }
    }
    const keyed = !!(req.secretId && req.secretKey);
    const signed = keyed ? req : Object.assign({}, req, { secretId: req.secretId || "AKID", secretKey: PLACEHOLDER_KEY });
    let r;
    let t = performance.now();
    try {
      r = tcsig.sign(signed);
    } catch (e) {
      state.last = null;
      if (body) jsonStatus(body.data, body.bytes, body.check, false);
      showError(e, req);
      announce();
      return (state.lastMs = performance.now() - t0);
    }
    if (body) jsonStatus(body.data, body.bytes, body.check, true);
    ph.sign = performance.now() - t;
    t = performance.now();
    state.last = { req, result: r, keyed };
    render(r, keyed, asked);
    announce();
    ph.render = performance.now() - t;
    state.phases = ph;
    return (state.lastMs = performance.now() - t0);
  }

  // ---- Share links and stored keys --------------------------------------

  function loadShare() {
    let s;
    try {
      s = TC.decodeShare(location.hash);
    } catch (e) {
      return;
    }
    if (!s) return;
    for (const k of ["service", "action", "version", "method", "signatureMethod", "endpoint"]) if (s[k] !== undefined) $(k).value = s[k];
    if (s.contentType !== undefined) {
      const ct = $("contentType");
      if (![...ct.options].some((o) => o.value === s.contentType)) ct.add(new Option(s.contentType));
      ct.value = s.contentType;
    }
    setRegion(s.region || "");
    $("language").value = s.language || "";
    $("ts-fixed").checked = true;
    $("timestamp").value = s.timestamp || "";
    if (s.nonce) $("nonce").value = s.nonce;
    $("extraHeaders").value = (s.signedHeaders || "").split(";").filter((h) => h && h !== "content-type" && h !== "host").join(";");
    setBigData(s.data || "");
    if (s.form) $("form-fields").value = s.form.map((f) => f.name + "=" + (f.value || "")).join("\n");
    applyRules(null);
  }

  const STORE = "tcsig.credentials";
  function storeKeys() {
    if ($("remember").checked) {
      sessionStorage.setItem(STORE, JSON.stringify({ secretId: $("secretId").value, secretKey: $("secretKey").value, token: $("token").value }));
    } else sessionStorage.removeItem(STORE);
  }
  function loadKeys() {
    try {
      const k = JSON.parse(sessionStorage.getItem(STORE) || "null");
      if (!k) return;
      $("secretId").value = k.secretId || "";
      $("secretKey").value = k.secretKey || "";
      $("token").value = k.token || "";
      $("remember").checked = true;
    } catch (e) { /* a damaged entry is ignored */ }
  }

  // ---- Wiring -----------------------------------------------------------

  function setLang(lang) {
    TC.lang = lang;
    $("lang").value = lang;
    // Go-side messages (errors, host explanations, warnings) come back in
    // the page's language once the module is up.
    if (tcsig._go) tcsig.setLanguage(lang);
    TC.applyI18n();
    applyRules(null);
    buildRegions();
    recompute();
    if (tcsig._go) verifyAgain();
  }

  async function start() {
    $("lang").value = TC.lang;
    TC.applyI18n();
    try {
      await tcsig.ready;
    } catch (e) {
      $("status").textContent = TC.t("loadFailed", e.message || e);
      $("status").classList.add("bad");
      return;
    }
    $("status").hidden = true;
    tcsig.setLanguage(TC.lang);
    // The version is read after start-up, off its critical path; without
    // version.json (a bare static copy of web/static) the footer says "tcsig".
    $("build-version").textContent = "tcsig";
    tcsig.loadVersion().then((v) => { $("build-version").textContent = "tcsig " + v; }, () => {});
    $("nonce").value = randomNonce();
    $("timestamp").value = String(now());
    $("data").value = TC.example.data;
    buildRegions();
    loadKeys();
    loadShare();
    applyRules(null);

    const form = $("builder");
    form.addEventListener("input", (e) => {
      if (e.target === $("data") && !$("data").readOnly && $("data").value.length > BIG) setBigData($("data").value);
      if (["secretId", "secretKey", "token"].includes(e.target.id)) storeKeys();
      if (e.target === $("timestamp")) $("ts-fixed").checked = true;
      recompute();
    });
    form.addEventListener("change", (e) => {
      if (["method", "contentType", "signatureMethod"].includes(e.target.id)) applyRules(e.target);
      if (e.target.id === "remember") storeKeys();
      if (e.target.id === "ts-fixed" && !$("timestamp").value) $("timestamp").value = String(now());
      recompute();
    });
    $("lang").addEventListener("change", () => setLang($("lang").value));
    $("new-nonce").onclick = () => { $("nonce").value = randomNonce(); recompute(); };
    $("show-key").onclick = () => {
      const k = $("secretKey");
      k.type = k.type === "password" ? "text" : "password";
      $("show-key").setAttribute("aria-pressed", String(k.type === "text"));
    };
    $("data-file").onchange = async (e) => {
      const f = e.target.files[0];
      if (!f) return;
      const bytes = new Uint8Array(await f.arrayBuffer());
      let text, exact = bytes;
      try {
        text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch (err) {
        // Not UTF-8: decoded with U+FFFD, and what is shown is what is signed.
        text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
        exact = undefined;
      }
      setBigData(text, exact);
      recompute();
    };
    $("data-clear").onclick = () => { setBigData(""); recompute(); };
    $("form-file").onchange = async (e) => {
      const f = e.target.files[0];
      state.file = f ? { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) } : null;
      recompute();
    };
    // The request just signed, its timestamp and nonce pinned, written by
    // package export in the module (export.Curl, export.HTTP).
    $("copy-curl").onclick = (e) => state.last && TC.copy(tcsig.export("curl", state.last.req), e.target);
    $("copy-raw").onclick = (e) => state.last && TC.copy(tcsig.export("http", state.last.req), e.target);
    $("copy-share").onclick = (e) => state.share && TC.copy(state.share, e.target);
    window.addEventListener("hashchange", () => { loadShare(); recompute(); });
    setInterval(() => { if ($("ts-live").checked) recompute(); }, 1000);
    setupVerify();
    await recompute();
    performance.mark("tcsig:first example"); // for make bench-web
    await loadLater();
    document.body.dataset.ready = "1";
  }

  // loadLater runs the scripts index.html lists in <body data-later>: the
  // Send and catalog panels, which the first signed example does not need.
  // Run before the module is up, they and the DOM they build competed with
  // main.wasm's compilation for the main thread (docs/performance.md).
  async function loadLater() {
    try {
      await TC.loadScripts((document.body.dataset.later || "").split(/\s+/).filter(Boolean));
    } catch (e) {
      $("status").textContent = e.message;
      $("status").classList.add("bad");
      $("status").hidden = false;
    }
  }

  // ---- Verify tab (shown when the module has tcsig.verify) --------------

  function setupVerify() {
    if (typeof tcsig.verify !== "function") return;
    const tabs = { sign: [$("tab-sign"), $("sign-panel")], verify: [$("tab-verify"), $("verify-panel")] };
    $("tab-verify").hidden = false;
    for (const [name, [tab]] of Object.entries(tabs)) {
      tab.onclick = () => {
        for (const [n, [t, p]] of Object.entries(tabs)) {
          t.setAttribute("aria-selected", String(n === name));
          p.hidden = n !== name;
        }
      };
    }
    // The report on screen is rendered again in a new language (setLang)
    // from the same input, its clock fixed at the first run, so only the
    // words change.
    let shown = null;
    const run = (input) => {
      shown = input;
      const out = $("verify-out");
      let rep;
      try {
        rep = tcsig.verify(input.text, input.opts);
      } catch (e) {
        out.innerHTML = '<div class="error">' + TC.esc(errorText(e, VERIFY_LABELS)) + "</div>";
        return;
      }
      renderVerify(out, rep);
      // The catalog's findings (as tcsig verify lists them) need the
      // request's service file: fetched once, then the report again.
      const svc = rep.received && rep.received.service;
      const cp = TC.catalogPage;
      if (svc && cp && !cp.has(svc)) cp.follow(svc, true).then((ok) => { if (ok && shown === input) run(input); }, () => {});
    };
    $("verify-run").onclick = async () => {
      // The clock field is spelled as `tcsig verify --now` takes it (the
      // module reads it: Unix seconds, or off); empty is this browser's
      // clock, fixed now so a new language shows the same report.
      const opts = { secretKey: $("verify-key").value, now: $("verify-now").value.trim() || String(now()) };
      if ($("verify-cr").value) opts.canonicalRequest = $("verify-cr").value;
      if ($("verify-sts").value) opts.stringToSign = $("verify-sts").value;
      run({ text: $("verify-text").value, opts });
    };
    verifyAgain = () => { if (shown) run(shown); };
  }

  // verifyAgain renders the Verify tab's report again (setupVerify sets it).
  let verifyAgain = () => {};

  // renderVerify shows the verdict, the causes, the line diff and the
  // signing steps recomputed from the received bytes. Messages quote the
  // capture, so they get the same badges as the values.
  function renderVerify(out, rep) {
    const list = (title, items) => (items && items.length ? "<h3>" + TC.esc(title) + "</h3><ul>" + items.map((x) => "<li>" + TC.vis(x) + "</li>").join("") + "</ul>" : "");
    let h = '<div id="verdict" class="verdict ' + (rep.valid ? "good" : "badv") + '">';
    if (rep.valid) h += "<strong>" + TC.esc(TC.t("verifyValid")) + "</strong>";
    else if (rep.incomplete) h += "<strong>" + TC.esc(TC.t("verifyIncomplete")) + "</strong> " + TC.vis(rep.incomplete);
    else if (rep.error) h += "<strong>" + TC.esc(rep.error.code) + "</strong> " + TC.vis(rep.error.message);
    h += "</div>";
    h += list(TC.t("verifyCauses"), rep.causes);
    // verify words its causes for every medium; here the client's own texts
    // go into this tab's fields.
    if ((rep.causes || []).some((x) => x.startsWith("unknown:"))) {
      h += '<p class="hint" id="verify-give-texts">' + TC.esc(TC.t("verifyGiveTexts", TC.t("verifyCR"), TC.t("verifySTS"))) + "</p>";
    }
    h += list(TC.t("warnings"), rep.warnings);
    h += catalogFindings(rep.catalog);
    if (rep.diff && rep.diff.length) {
      h += "<h3>" + TC.esc(TC.t("verifyDiff")) + '</h3><pre class="out diff">' + rep.diff.map((d) =>
        TC.esc(d.what + " " + TC.t("verifyLine", d.line, d.column)) + "\n  − " + TC.vis(d.expected) + "\n  + " + TC.vis(d.received) + "\n    " + TC.esc(d.marker)).join("\n\n") + "</pre>";
    }
    h += received(rep.received || {});
    out.innerHTML = h + '<div id="verify-steps"></div>';
    if (rep.expected) TC.renderSteps($("verify-steps"), rep.expected, true);
  }

  // catalogFindings lists what the API would reject beyond the signature
  // (unknown action, version or parameters, wrong types), with the cause
  // ids and API codes tcsig verify prints.
  function catalogFindings(fs) {
    if (!fs || !fs.length) return "";
    return '<h3 id="verify-catalog-h">' + TC.esc(TC.t("verifyCatalog")) + '</h3><ul id="verify-catalog">' + fs.map((f) =>
      '<li data-cause="' + TC.esc(f.cause) + '">' + TC.vis(TC.t("verifyCatalogFinding", f.cause, f.message, f.code)) + "</li>").join("") + "</ul>";
  }

  // The labels of the report's "received" members, in the page's words.
  const receivedLabels = {
    signatureMethod: "signatureMethod", secretId: "secretId", service: "service", action: "action", version: "version",
    region: "region", timestamp: "timestamp", host: "host", credentialScope: "recvScope", signedHeaders: "recvSignedHeaders",
    signature: "step_signature", skew: "recvSkew",
  };

  // received shows what the request says as labelled rows.
  function received(r) {
    const rows = Object.keys(r).map((k) => '<tr><th scope="row">' + TC.esc(receivedLabels[k] ? TC.t(receivedLabels[k]) : k) +
      '</th><td class="mono">' + TC.vis(k === "skew" ? TC.t("recvSeconds", r[k]) : String(r[k])) + "</td></tr>");
    return "<h3>" + TC.esc(TC.t("verifyReceived")) + '</h3><table class="recv" id="verify-received">' + rows.join("") + "</table>";
  }

  // For tests and make bench-web: drive the page without the DOM events.
  window.tcsigPage = {
    recompute,
    setData: (text, bytes) => setBigData(text, bytes),
    last: () => state.last,
    // status: whether the form's request is signed, and with the user's
    // keys; the panels that follow it listen for "tcsig:state".
    status: () => ({ signed: !!state.last, keyed: !!(state.last && state.last.keyed) }),
    lastMs: () => state.lastMs,
    phases: () => state.phases,
    setLang,
  };

  start();
})();
