// common.js: what the playground (app.js) and the embed (embed.js) share —
// making invisible characters visible, rendering the signing steps,
// raw HTTP for display, and share-link encoding (curl and the copied raw
// HTTP come from package export, through tcsig.export). No framework.
"use strict";

const TC = (globalThis.TC = globalThis.TC || {});

// The CVM example of "Signature v3" (签名方法 v3): placeholder keys that
// appear in Tencent's own docs, so they may be shown and embedded.
TC.example = {
  service: "cvm", action: "DescribeInstances", version: "2017-03-12", region: "ap-guangzhou",
  method: "POST", contentType: "application/json; charset=utf-8", signatureMethod: "TC3-HMAC-SHA256",
  timestamp: "1551113065",
  data: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
};

// ---- Languages ---------------------------------------------------------

// The language: ?lang=en|zh, else the browser's.
TC.lang = /^(en|zh)$/.test(new URLSearchParams(location.search).get("lang") || "")
  ? new URLSearchParams(location.search).get("lang")
  : (navigator.language || "en").toLowerCase().startsWith("zh") ? "zh" : "en";
TC.t = (key, ...args) => {
  const d = TC.i18n[TC.lang] || TC.i18n.en;
  let s = d[key] !== undefined ? d[key] : TC.i18n.en[key];
  if (s === undefined) return key;
  args.forEach((a, i) => { s = s.split("{" + i + "}").join(String(a)); });
  return s;
};
// loadScripts runs the scripts srcs, in the order given and after those
// already on the page, and resolves when all have run.
TC.loadScripts = (srcs) => Promise.all(srcs.map((src) => new Promise((res, rej) => {
  const s = document.createElement("script");
  s.src = src;
  s.async = false; // keeps the order of srcs
  s.onload = res;
  s.onerror = () => rej(new Error("cannot load " + src));
  document.body.appendChild(s);
})));

// applyI18n fills every element marked data-i18n (text), data-i18n-title,
// data-i18n-placeholder and data-i18n-aria. A text that is already right
// stays untouched: at start-up most are, and rewriting them would make the
// page lay them out again.
TC.applyI18n = (root = document) => {
  document.documentElement.lang = TC.lang === "zh" ? "zh-CN" : "en";
  root.querySelectorAll("[data-i18n]").forEach((el) => {
    const text = TC.t(el.dataset.i18n);
    if (el.textContent !== text) el.textContent = text;
  });
  root.querySelectorAll("[data-i18n-html]").forEach((el) => { el.innerHTML = TC.t(el.dataset.i18nHtml); });
  root.querySelectorAll("[data-i18n-title]").forEach((el) => { el.title = TC.t(el.dataset.i18nTitle); });
  root.querySelectorAll("[data-i18n-placeholder]").forEach((el) => { el.placeholder = TC.t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll("[data-i18n-aria]").forEach((el) => { el.setAttribute("aria-label", TC.t(el.dataset.i18nAria)); });
};

// ---- Text ---------------------------------------------------------------

const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
TC.esc = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);

// Characters that change a signature without showing get an ASCII badge
// (LF, CR, TAB, SP at a line end, ESC, NBSP, BOM, ZWSP…): the module's
// tcsig.mark cuts the text with the same table the CLI prints from; this
// only draws it. The copied text is always the raw string.
const BADGE_CLASS = { space: "ws", layout: "inv", suspect: "bad" };
TC.badge = (name, kind, title) =>
  '<span class="badge ' + (BADGE_CLASS[kind] || "bad") + '" title="' + TC.esc(title) + '">' + TC.esc(name) + "</span>";
function marked(s) {
  // Before the module is there, an embed draws the marks its trace brought.
  if (!globalThis.tcsig || typeof tcsig.mark !== "function" || !tcsig._go) return TC.premark ? TC.premark(s) : TC.esc(s);
  const a = tcsig.mark(s);
  let h = TC.esc(a[0]);
  for (let i = 1; i < a.length; i += 4) {
    // A line feed's badge ends its line, as the CLI prints it.
    h += TC.badge(a[i], a[i + 1], a[i + 2]) + (a[i] === "LF" ? "\n" : "") + TC.esc(a[i + 3]);
  }
  return h;
}
// vis returns HTML for s with invisible characters marked. Long text is cut
// to max characters with "… N more bytes" (never 10 MB into the DOM).
TC.vis = (s, max = 4096, totalBytes) => {
  s = String(s);
  let tail = "";
  if (s.length > max) {
    // totalBytes, when the caller knows it, spares counting megabytes.
    const rest = totalBytes !== undefined ? totalBytes - TC.utf8Len(s.slice(0, max)) : TC.utf8Len(s.slice(max));
    s = s.slice(0, max);
    tail = '<span class="more">' + TC.esc(TC.t("moreBytes", TC.num(rest))) + "</span>";
  }
  return marked(s) + tail;
};

// utf8Len counts UTF-8 bytes without allocating them.
TC.utf8Len = (s) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { n += 4; i++; }
    else n += 3;
  }
  return n;
};
// num spells a count as en-US and zh-CN both do: digits in groups of three
// with commas ("1,048,576"). Integers are grouped here rather than by
// toLocaleString, whose first call loads the locale's number data on the
// main thread, and the first signed example counts the body's characters.
TC.num = (n) => {
  n = Number(n);
  if (!Number.isSafeInteger(n)) return n.toLocaleString(TC.lang === "zh" ? "zh-CN" : "en-US");
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
};

// ---- Steps --------------------------------------------------------------

// labelledLines renders a multi-line value with a label per line; joined
// says the lines are one string, so its line breaks are marked.
function labelledLines(lines, labels, joined = true) {
  return lines.map((line, i) => {
    const nl = joined && i < lines.length - 1 ? lineFeedBadge() : "";
    return '<div class="ln"><span class="lbl">' + TC.esc(labels[i] || "") + '</span><span class="lv">' + TC.vis(line) + nl + "</span></div>";
  }).join("");
}

// lineFeedBadge is the LF badge alone, for lines already laid out apart.
function lineFeedBadge() {
  const lf = (globalThis.tcsig && tcsig.notation || TC.prenotation || []).find((m) => m.name === "LF");
  return lf ? TC.badge(lf.name, lf.kind, lf.title) : "";
}

function canonicalRequestHTML(r) {
  const lines = r.canonicalRequest.split("\n");
  const nHeaders = r.canonicalHeaders.split("\n").length - 1;
  const labels = [TC.t("lblMethod"), TC.t("lblURI"), TC.t("lblQuery")];
  for (let i = 0; i < nHeaders; i++) labels.push(i === 0 ? TC.t("lblHeaders") : "");
  labels.push(TC.t("lblHeadersEnd"), TC.t("lblSignedHeaders"), TC.t("lblPayloadHash"));
  return labelledLines(lines, labels);
}

function stringToSignHTML(r) {
  if (r.signatureMethod !== "TC3-HMAC-SHA256") return TC.vis(r.stringToSign);
  return labelledLines(r.stringToSign.split("\n"), [TC.t("lblAlgorithm"), TC.t("lblTimestamp"), TC.t("lblScope"), TC.t("lblHashedCR")]);
}

// finalURL splits the signed URL into the request line's target.
function target(url) {
  const u = new URL(url);
  return u.pathname + u.search;
}

// rawHead is the request line and headers with the blank line after them;
// it does not read r.body (which may be 10 MB, decoded on first read).
TC.rawHead = (r) => {
  let s = r.method + " " + target(r.url) + " HTTP/1.1\r\n";
  for (const [k, v] of Object.entries(r.headers)) s += k + ": " + v + "\r\n";
  return s + "\r\n";
};
TC.rawHTTP = (r) => TC.rawHead(r) + (r.method === "GET" ? "" : r.body);

// steps lists the displayed steps of result r: {id, title, explain, html,
// raw (what Copy copies), secret (derived from the key)}.
TC.steps = (r, keyed, bodyText) => {
  const s = [];
  const push = (id, html, raw, needsKey) => s.push({ id, title: TC.t("step_" + id), explain: TC.t("explain_" + id), html, raw, needsKey });
  if (r.signatureMethod === "TC3-HMAC-SHA256") {
    push("canonicalRequest", canonicalRequestHTML(r), r.canonicalRequest);
    push("hashedCanonicalRequest", TC.vis(r.hashedCanonicalRequest), r.hashedCanonicalRequest);
    push("stringToSign", stringToSignHTML(r), r.stringToSign);
    const k = r.derivedKeys || {};
    push("derivedKeys", labelledLines([k.secretDate, k.secretService, k.secretSigning], ["SecretDate", "SecretService", "SecretSigning"], false),
      "SecretDate = " + k.secretDate + "\nSecretService = " + k.secretService + "\nSecretSigning = " + k.secretSigning, true);
    push("signature", TC.vis(r.signature), r.signature, true);
    push("authorization", TC.vis(r.authorization), r.authorization, true);
  } else {
    const rows = (r.sortedParams || []).map((p) => '<div class="ln"><span class="lbl">' + TC.vis(p.key) + '</span><span class="lv">' + TC.vis(p.value) + "</span></div>").join("");
    push("sortedParams", rows, (r.sortedParams || []).map((p) => p.key + "=" + p.value).join("\n"));
    push("stringToSignV1", TC.vis(r.stringToSign), r.stringToSign);
    const enc = encodeURIComponent(r.signature);
    push("signatureV1", labelledLines([r.signature, enc], [TC.t("lblBase64"), TC.t("lblEncoded")], false), r.signature, true);
  }
  // The body may be 10 MB: show the head of it and copy the whole lazily.
  const head = TC.rawHead(r);
  const total = r.method === "GET" ? undefined : TC.utf8Len(head) + r.size.used;
  // bodyText: the caller's own copy of the body, so a large one is not read
  // out of the result (see tcsig._lazyText).
  const body = bodyText !== undefined ? bodyText : r.body;
  push("request", TC.vis(r.method === "GET" ? head : head + body.slice(0, 6000), 6000, total), () => TC.rawHTTP(r), true);
  if (!keyed) s.forEach((x) => { if (x.needsKey) { x.html = '<span class="nokey">' + TC.esc(TC.t("needsKey")) + "</span>"; x.raw = ""; } });
  return s;
};

// renderSteps fills container with the steps; copy buttons copy the raw text.
TC.renderSteps = (container, r, keyed, opts = {}) => {
  const steps = TC.steps(r, keyed, opts.bodyText);
  container.innerHTML = steps.map((st, i) =>
    '<section class="step" id="step-' + st.id + '" aria-labelledby="h-' + st.id + '">' +
    '<header><h3 id="h-' + st.id + '"><span class="n">' + (i + 1) + "</span>" + TC.esc(st.title) + "</h3>" +
    (st.raw && !opts.noCopy ? '<button type="button" class="copy" data-step="' + i + '">' + TC.esc(TC.t("copy")) + "</button>" : "") +
    "</header>" + (opts.noExplain ? "" : '<p class="explain">' + TC.esc(st.explain) + "</p>") +
    '<pre class="out" tabindex="0">' + st.html + "</pre></section>").join("");
  container.querySelectorAll("button.copy").forEach((b) => {
    b.onclick = () => {
      const raw = steps[+b.dataset.step].raw;
      TC.copy(typeof raw === "function" ? raw() : raw, b);
    };
  });
};

TC.copy = (text, button) => {
  const done = () => {
    if (!button) return;
    const old = button.textContent;
    button.textContent = TC.t("copied");
    setTimeout(() => { button.textContent = old; }, 1200);
  };
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, () => {});
  else {
    const ta = document.createElement("textarea");
    ta.value = text;
    document.body.appendChild(ta);
    ta.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing to do */ }
    ta.remove();
    done();
  }
};

// ---- Share links --------------------------------------------------------

// Fields a share link may carry: the request, never SecretId, SecretKey,
// Token, a signature or derived keys.
TC.shareFields = ["service", "action", "version", "region", "endpoint", "host", "method", "contentType", "signatureMethod",
  "signedHeaders", "timestamp", "nonce", "language", "data", "form"];
TC.shareLimit = 32768;

const b64url = (bytes) => {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};
const unb64url = (s) => {
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  const b = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) b[i] = bin.charCodeAt(i);
  return b;
};

// encodeShare returns "r=<base64url JSON>" or throws when too long.
TC.encodeShare = (req) => {
  // base64 makes 3 bytes 4 characters: a longer body cannot fit, so say so
  // before encoding megabytes.
  const dataLen = typeof req.data === "string" ? req.data.length : 0;
  if (dataLen * 4 / 3 > TC.shareLimit) throw new Error(TC.t("shareTooLong", TC.num(Math.ceil(dataLen * 4 / 3)), TC.num(TC.shareLimit)));
  const out = {};
  for (const k of TC.shareFields) {
    if (req[k] !== undefined && req[k] !== "") out[k] = req[k];
  }
  if (out.form) out.form = out.form.filter((f) => !f.filename).map((f) => ({ name: f.name, value: f.value }));
  const frag = "r=" + b64url(new TextEncoder().encode(JSON.stringify(out)));
  if (frag.length > TC.shareLimit) throw new Error(TC.t("shareTooLong", TC.num(frag.length), TC.num(TC.shareLimit)));
  return frag;
};

// decodeShare reads a fragment made by encodeShare; unknown or secret
// fields are dropped, so a crafted link cannot plant a key.
TC.decodeShare = (hash) => {
  const m = /(?:^#?|&)r=([A-Za-z0-9_-]+)/.exec(hash || "");
  if (!m) return null;
  const obj = JSON.parse(new TextDecoder().decode(unb64url(m[1])));
  const out = {};
  for (const k of TC.shareFields) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
};

// ---- Embed snippets -------------------------------------------------------

// An embed snippet's fragment holds the request (r=, exactly as a share
// link) and t=: the trace tcsig.embedTrace made of it with the
// documentation's example keys, deflated, after a checksum of r= that ties
// the two together. The embed lays the steps out from t= at first paint and
// loads the module only when the reader edits the request.
TC.checksum = (s) => {
  let h = 0x811c9dc5; // FNV-1a: a mismatch detector, not a security check
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
};
const shareOf = (hash) => (/(?:^#?|&)r=([A-Za-z0-9_-]+)/.exec(hash || "") || [])[1] || "";
const pipe = async (bytes, stream) => new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());

// packTrace returns "t=…" for the share fragment frag ("r=…") and the JSON
// tcsig.embedTrace returned, or "" where the browser cannot compress.
TC.packTrace = async (frag, json) => {
  if (typeof CompressionStream !== "function") return "";
  const z = await pipe(new TextEncoder().encode(json), new CompressionStream("deflate-raw"));
  return "t=" + TC.checksum(shareOf(frag)) + "." + b64url(z);
};

// unpackTrace reads t= of hash: {trace, marks}, or null when there is none,
// it belongs to another request, or the browser cannot inflate it.
TC.unpackTrace = async (hash) => {
  const m = /(?:^#?|&)t=([0-9a-z]+)\.([A-Za-z0-9_-]+)/.exec(hash || "");
  if (!m || m[1] !== TC.checksum(shareOf(hash)) || typeof DecompressionStream !== "function") return null;
  try {
    const t = JSON.parse(new TextDecoder().decode(await pipe(unb64url(m[2]), new DecompressionStream("deflate-raw"))));
    return t && t.v === 1 && t.trace ? t : null;
  } catch (e) {
    return null; // a damaged trace: the embed signs with the module instead
  }
};

// embedSnippet is the iframe for embed.html#id=…&r=…&t=… and the few lines
// that size it to the height the embed posts (docs/embed.md).
TC.embedSnippet = (base, frag, trace) => {
  const id = "tcsig-" + TC.checksum(frag);
  const src = base + "embed.html#id=" + id + "&" + frag + (trace ? "&" + trace : "");
  const origin = new URL(base).origin;
  return '<iframe id="' + id + '" src="' + TC.esc(src) + '" width="600" height="480" loading="lazy" ' +
    'title="Tencent Cloud API signing, step by step (tcsig)" style="border:1px solid #d0d7de;border-radius:8px;max-width:100%"></iframe>\n' +
    '<script>addEventListener("message",function(e){var d=e.data;if(e.origin!=="' + origin + '"||!d||d.type!=="tcsig:height")return;' +
    '[].forEach.call(document.getElementsByTagName("iframe"),function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})})</script>';
};

// embedRequest is what an embed signs for the shared request req (files
// never travel in a link, so a form is multipart without them).
TC.embedRequest = (req) => {
  const r = Object.assign({}, req);
  if (r.form) r.contentType = "multipart/form-data";
  return r;
};

// fillEmbedSnippet puts the snippet for frag into el at once, then again
// with the trace when it is compressed; the latest call wins. The trace is
// a second signing (with the documentation's keys): it is made in a task of
// its own, so the signed example the caller is rendering does not wait for
// it, and not at all when a newer call came first (a keystroke each).
let snippetSeq = 0;
TC.fillEmbedSnippet = (el, base, frag) => {
  const seq = ++snippetSeq;
  el.placeholder = "";
  el.value = TC.embedSnippet(base, frag, "");
  setTimeout(() => {
    if (seq !== snippetSeq) return;
    let json;
    try {
      // Signed from what the link carries, as the embed will read it.
      json = tcsig.embedTrace(TC.embedRequest(TC.decodeShare("#" + frag)));
    } catch (e) {
      return; // the embed will show this error itself, from the module
    }
    TC.packTrace(frag, json).then((t) => {
      if (t && seq === snippetSeq) el.value = TC.embedSnippet(base, frag, t);
    }, () => {});
  }, 0);
};

// clearEmbedSnippet empties el, saying why in its placeholder; a trace
// still being compressed for an earlier request no longer lands there.
TC.clearEmbedSnippet = (el, why) => {
  ++snippetSeq;
  el.value = "";
  el.placeholder = why;
};
