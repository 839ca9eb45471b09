// send.js: the Send button, through the tcsig server's relay (/relay/ and
// /ws, see relay/doc.go). It sends only the request app.js already signed
// (never the SecretKey), then shows the API's answer, the call's timeline,
// the API server's clock, a receipt of the forwarded bytes, and a latency
// probe of the service's regional domains. On a static host (no relay) the
// button stays disabled.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const TC3 = "TC3-HMAC-SHA256";
  const SKEW_WARN_S = 60; // warn well before the API's 300 s window
  const BODY_SHOWN = 256 * 1024; // a longer response is shown cut, with a note
  const PHASES = ["dns", "connect", "tls", "ttfb", "total"];
  // The relay's codes for a call that did not reach the API, and the
  // failure kind each implies when the relay's X-Tcsig-Failure header and
  // total event are both missing.
  const NET_CODES = { "Relay.DNSFailure": "dns", "Relay.ConnectFailed": "connect", "Relay.TLSFailure": "tls", "Relay.UpstreamTimeout": "timeout", "Relay.UpstreamFailed": "other" };
  const NET_KINDS = new Set(["dns", "dns-not-found", "timeout", "refused", "connect", "not-tls", "certificate", "tls", "other"]);
  // Headers a page may not set (the browser sends its own).
  const FORBIDDEN = new Set(["host", "content-length", "connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "expect", "date", "origin", "referer", "cookie"]);

  const S = {
    relay: false, // /relay/ answers
    ws: null, clientId: "", probeAvailable: false, connecting: null,
    wsWorks: false, // a hello came once: a dropped /ws is reopened on demand
    call: null, // the last Send: see send()
    sending: false, // a Send is in flight
    probe: null, // the last probe: {id, rows, done, service, error}
    seq: 0,
  };

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const i18nEl = (tag, cls, key) => {
    const e = el(tag, cls, TC.t(key));
    e.dataset.i18n = key;
    return e;
  };
  const randomId = (prefix) => {
    const b = new Uint32Array(2);
    crypto.getRandomValues(b);
    return prefix + b[0].toString(36) + b[1].toString(36);
  };
  const ms = (x) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x)) + " ms";

  async function sha256hex(bytes) {
    if (!crypto.subtle) return "";
    const d = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    let s = "";
    for (const b of d) s += b.toString(16).padStart(2, "0");
    return s;
  }

  function fromBase64(s) {
    const bin = atob(s);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  // ---- Panel skeleton ----------------------------------------------------

  function build() {
    const root = $("relay-panel");
    root.textContent = "";
    const resp = el("section", "sendout");
    resp.id = "send-out";
    resp.hidden = true;
    resp.setAttribute("aria-live", "polite");
    resp.appendChild(i18nEl("h2", "", "secResponse"));
    for (const id of ["send-resp", "send-explain", "send-timeline", "send-clock", "send-receipt"]) {
      const d = el("div", "sendpart");
      d.id = id;
      resp.appendChild(d);
    }
    root.appendChild(resp);

    const probe = el("section", "probe");
    probe.id = "probe-out";
    probe.appendChild(i18nEl("h2", "", "secProbe"));
    probe.appendChild(i18nEl("p", "hint", "probeNote"));
    const row = el("div", "inline wrap");
    const tip = el("span", "tip");
    tip.id = "probe-tip";
    const b = i18nEl("button", "", "probeButton");
    b.type = "button";
    b.id = "probe";
    b.disabled = true;
    b.addEventListener("click", startProbe);
    tip.appendChild(b);
    row.appendChild(tip);
    const st = el("span", "hint");
    st.id = "probe-status";
    row.appendChild(st);
    probe.appendChild(row);
    const tbl = el("div", "");
    tbl.id = "probe-table";
    probe.appendChild(tbl);
    const rec = el("div", "");
    rec.id = "probe-recommend";
    probe.appendChild(rec);
    root.appendChild(probe);
  }

  // setTip sets the tooltip of a disabled control's wrapper (a disabled
  // button gets no hover events of its own).
  function setTip(wrapper, key) {
    if (!wrapper) return;
    if (key) {
      wrapper.dataset.i18nTitle = key;
      wrapper.title = TC.t(key);
    } else {
      delete wrapper.dataset.i18nTitle;
      wrapper.removeAttribute("title");
    }
  }

  // sendOff is why Send is off, or "": no relay, or nothing the user could
  // send (the request cannot be signed, or is signed with a placeholder
  // key). The page shows the same reason under the export buttons.
  function sendOff() {
    if (!S.relay) return "sendDisabled";
    const page = window.tcsigPage && window.tcsigPage.status();
    if (!page || !page.signed) return "sendNoRequest";
    return page.keyed ? "" : "sendNeedsKeys";
  }

  function setAvailability() {
    const send = $("send");
    const why = sendOff();
    send.disabled = !!why || S.sending;
    setTip(send.parentElement, why || "sendReady");
    const p = $("probe");
    const probing = S.wsWorks && S.probeAvailable;
    p.disabled = !probing || !!(S.probe && !S.probe.done);
    setTip($("probe-tip"), probing ? null : S.relay ? "probeNeedsWs" : "sendDisabled");
    document.body.dataset.relay = S.relay ? (S.clientId ? "ws" : "http") : "off";
  }

  // ---- Relay detection and the websocket ---------------------------------

  // detect asks the server once: /healthz exists only under `tcsig serve`,
  // and the websocket's hello proves the relay is on.
  async function detect() {
    let ok = false;
    try {
      ok = (await fetch("/healthz", { cache: "no-store" })).ok;
    } catch (e) { /* a static host or no server: Send stays off */ }
    if (ok && await connect()) S.relay = true;
    else if (ok) {
      // No websocket (a proxy may refuse upgrades): Send works without the
      // timeline when /relay/ answers in its own shape.
      try {
        const r = await fetch("/relay/", { cache: "no-store" });
        S.relay = r.headers.has("X-Tcsig-Call-Id");
      } catch (e) { S.relay = false; }
    }
    setAvailability();
    document.body.dataset.relayChecked = "1";
  }

  // connect opens /ws and resolves true on its hello, false on failure.
  function connect() {
    if (S.clientId && S.ws && S.ws.readyState === WebSocket.OPEN) return Promise.resolve(true);
    if (S.connecting) return S.connecting;
    S.connecting = new Promise((resolve) => {
      let ws;
      try {
        ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
      } catch (e) { resolve(false); return; }
      const timer = setTimeout(() => { resolve(false); ws.close(); }, 5000);
      ws.addEventListener("message", (ev) => {
        let m;
        try { m = JSON.parse(ev.data); } catch (e) { return; }
        if (m.type === "hello") {
          S.ws = ws;
          S.clientId = m.clientId || "";
          S.probeAvailable = !!m.probe;
          S.wsWorks = true;
          clearTimeout(timer);
          setAvailability();
          resolve(true);
          return;
        }
        onEvent(m);
      });
      const gone = () => {
        clearTimeout(timer);
        if (S.ws === ws) { S.ws = null; S.clientId = ""; }
        if (S.probe && !S.probe.done && S.probe.ws === ws) finishProbe(TC.t("probeLost"));
        setAvailability();
        resolve(false);
      };
      ws.addEventListener("close", gone);
      ws.addEventListener("error", gone);
    }).finally(() => { S.connecting = null; });
    return S.connecting;
  }

  function onEvent(m) {
    if (m.type === "probe-result" || m.type === "probe-done" || (m.type === "error" && m.probeId)) { onProbe(m); return; }
    if (m.type === "error") { if (S.probe && !S.probe.done) onProbe(m); return; }
    const c = S.call;
    if (!c || m.callId !== c.id) return; // an earlier call's late events
    if (m.type === "timing") c.timing[m.phase] = m;
    else if (m.type === "receipt") c.receipt = m;
    else if (m.type === "clock") { c.clock = m; c.clockAt = Date.now(); }
    renderEvents();
  }

  // ---- Send --------------------------------------------------------------

  async function send() {
    const page = window.tcsigPage;
    if (!page || !S.relay) return;
    // A live clock signs again now, so the timestamp is fresh.
    if ($("ts-live").checked) await page.recompute();
    const last = page.last();
    const out = $("send-out");
    out.hidden = false;
    if (!last) { showLocal("sendNoRequest"); return; }
    if (!last.keyed) { showLocal("sendNeedsKeys"); return; }
    if (!S.clientId) await connect();
    const r = last.result;
    const url = new URL(r.url);
    const headers = new Headers();
    for (const [k, v] of Object.entries(r.headers)) if (!FORBIDDEN.has(k.toLowerCase())) headers.set(k, v);
    const id = randomId("page-");
    headers.set("X-Tcsig-Call-Id", id);
    headers.set("X-Tcsig-Client-Time", String(Date.now()));
    if (S.clientId) headers.set("X-Tcsig-Trace", S.clientId);
    let body;
    if (r.method !== "GET") body = r.bodyBase64 ? fromBase64(r.bodyBase64) : new TextEncoder().encode(r.body);
    const c = S.call = {
      id, seq: ++S.seq, result: r, traced: !!S.clientId, started: performance.now(),
      timing: {}, receipt: null, clock: null, clockAt: 0, response: null, error: null,
      sentHash: "", bodyBytes: body ? body.length : 0,
    };
    S.sending = true;
    setAvailability();
    renderWaiting();
    renderEvents();
    sha256hex(body || new Uint8Array(0)).then((h) => { c.sentHash = h; if (S.call === c) renderEvents(); });
    try {
      const resp = await fetch("/relay/" + url.host + "/" + url.search, { method: r.method, headers, body, cache: "no-store", credentials: "omit" });
      const text = await resp.text();
      c.response = { status: resp.status, statusText: resp.statusText, headers: [...resp.headers], text, ms: performance.now() - c.started };
    } catch (e) {
      c.error = e.message || String(e);
    } finally {
      S.sending = false;
      setAvailability();
    }
    if (S.call !== c) return;
    renderResponse();
    renderEvents();
    // The total event follows the response at once; if the event connection
    // dropped it never comes, so stop waiting for it.
    if (c.traced) setTimeout(() => { if (S.call === c && !c.timing.total) { c.timingLost = true; renderEvents(); } }, 3000);
  }

  function showLocal(key) {
    S.call = null;
    $("send-resp").innerHTML = '<div class="error">' + TC.esc(TC.t(key)) + "</div>";
    for (const id of ["send-explain", "send-timeline", "send-clock", "send-receipt"]) $(id).textContent = "";
  }

  // ---- Response ------------------------------------------------------------

  function parsed(c) {
    if (!c.response) return null;
    try {
      const j = JSON.parse(c.response.text);
      return j && typeof j === "object" ? j : null;
    } catch (e) { return null; }
  }

  function renderWaiting() {
    $("send-resp").innerHTML = '<p class="hint">' + TC.esc(TC.t("sendWaiting")) + "</p>";
    $("send-explain").textContent = "";
  }

  function renderResponse() {
    const c = S.call;
    if (!c) return;
    const box = $("send-resp");
    if (c.error) {
      box.innerHTML = '<div class="error" id="resp-error">' + TC.esc(TC.t("sendFailed", c.error)) + "</div>";
      $("send-explain").textContent = "";
      return;
    }
    const res = c.response;
    const j = parsed(c);
    const R = j && j.Response && typeof j.Response === "object" ? j.Response : null;
    const err = R && R.Error && typeof R.Error === "object" ? R.Error : null;
    const ok = res.status >= 200 && res.status < 300 && !err;
    let h = '<p class="respline"><span id="resp-status" class="httpstatus ' + (ok ? "good" : "badv") + '">HTTP ' + TC.esc(res.status) + (res.statusText ? " " + TC.esc(res.statusText) : "") + "</span>";
    if (err) h += ' <code id="resp-code" class="respcode">' + TC.esc(err.Code || "") + "</code>";
    h += ' <span class="hint">' + TC.esc(TC.t("sendTook", ms(res.ms))) + "</span></p>";
    // A call that did not reach the API is explained in plain words below;
    // Go's error stays behind a disclosure.
    const net = err && netKind(c, String(err.Code || ""));
    // The relay answers in English, as the API does; its own messages come
    // back in the page's language.
    if (err && err.Message && !net) h += '<p class="respmsg" id="resp-message">' + TC.esc(relayText(String(err.Code || ""), String(err.Message))) + "</p>";
    if (R && R.RequestId) h += '<p class="hint">RequestId: <code id="resp-requestid">' + TC.esc(R.RequestId) + "</code></p>";
    h += "<details><summary>" + TC.esc(TC.t("respHeaders", res.headers.length)) + '</summary><pre class="out" id="resp-headers">' +
      res.headers.map(([k, v]) => TC.esc(k) + ": " + TC.esc(v)).join("\n") + "</pre></details>";
    let shown = j ? JSON.stringify(j, null, 2) : res.text;
    let more = "";
    if (shown.length > BODY_SHOWN) { more = TC.t("moreBytes", TC.num(shown.length - BODY_SHOWN)); shown = shown.slice(0, BODY_SHOWN); }
    const pre = '<pre class="out respbody" id="resp-body" tabindex="0">' + TC.esc(shown) + (more ? '\n<span class="more">' + TC.esc(more) + "</span>" : "") + "</pre>";
    // The relay's own answer repeats Go's error: behind a disclosure too.
    h += net ? "<details><summary>" + TC.esc(TC.t("netBody")) + "</summary>" + pre + "</details>" : pre;
    box.innerHTML = h;
    renderExplain(err ? String(err.Code || "") : "", c.result, net ? { kind: net, raw: String(err.Message || "") } : null);
  }

  // relayText is a relay error's message in the page's language.
  function relayText(code, msg) {
    if (!code.startsWith("Relay.") || !tcsig._go) return msg;
    try { return tcsig.localize(msg); } catch (e) { return msg; }
  }

  // netKind is why the relay did not reach the API (dns, timeout, …), or ""
  // when the call reached it: the relay's X-Tcsig-Failure header, else the
  // total event's kind, else what the Relay.* code implies.
  function netKind(c, code) {
    if (!NET_CODES[code]) return "";
    const h = c.response && c.response.headers.find(([k]) => k.toLowerCase() === "x-tcsig-failure");
    const kind = (h && h[1]) || (c.timing.total && c.timing.total.kind) || NET_CODES[code];
    return NET_KINDS.has(kind) ? kind : "other";
  }

  // What each AuthFailure means, and where in the page its cause is.
  function explanation(code, r) {
    const tc3 = r.signatureMethod === TC3;
    const sigSteps = tc3 ? [["step-canonicalRequest", "step_canonicalRequest"], ["step-stringToSign", "step_stringToSign"]]
      : [["step-sortedParams", "step_sortedParams"], ["step-stringToSignV1", "step_stringToSignV1"]];
    switch (code) {
      case "AuthFailure.SignatureFailure": return { key: "authSignatureFailure", links: sigSteps, verify: true };
      case "AuthFailure.SignatureExpire": return { key: "authSignatureExpire", links: [["timestamp", "timestamp"], ["send-clock", "linkClock"]] };
      case "AuthFailure.TokenFailure": return { key: "authTokenFailure", links: [["token", "token"]] };
      case "AuthFailure.SecretIdNotFound":
      case "AuthFailure.InvalidSecretId": return { key: "authSecretIdNotFound", links: [["secretId", "secretId"]] };
      case "AuthFailure.InvalidAuthorization": return { key: "authInvalidAuthorization", links: [[tc3 ? "step-authorization" : "step-signatureV1", tc3 ? "step_authorization" : "step_signatureV1"]] };
    }
    if (code.startsWith("AuthFailure.")) return { key: "authOther", links: [] };
    if (code.startsWith("Relay.")) return { key: "relayError", links: [] };
    return null;
  }

  function renderExplain(code, r, net) {
    const box = $("send-explain");
    box.textContent = "";
    const x = code && explanation(code, r);
    if (!x) return;
    const d = el("div", "explainbox");
    d.id = "resp-explain";
    if (net) {
      // What happened and what to do, in the page's language; then Go's
      // own error for whoever needs it.
      d.classList.add("netfail");
      d.dataset.kind = net.kind;
      d.appendChild(el("p", "strong", TC.t("netLead")));
      d.appendChild(el("p", "", TC.t("net_" + net.kind, new URL(r.url).host)));
      const det = el("details");
      det.id = "resp-raw";
      det.appendChild(el("summary", "", TC.t("netDetails")));
      det.appendChild(el("pre", "out", code + ": " + net.raw));
      d.appendChild(det);
      box.appendChild(d);
      return;
    }
    d.appendChild(el("p", "", TC.t(x.key)));
    if (x.links.length) {
      const p = el("p", "links");
      p.appendChild(el("span", "", TC.t("seeSteps") + " "));
      x.links.forEach(([target, label], i) => {
        if (i) p.appendChild(document.createTextNode(" · "));
        const a = el("a", "steplink", TC.t(label));
        a.href = "#" + target;
        a.dataset.target = target;
        a.addEventListener("click", (e) => { e.preventDefault(); reveal(target); });
        p.appendChild(a);
      });
      d.appendChild(p);
    }
    if (x.verify && !$("tab-verify").hidden) {
      const b = el("button", "", TC.t("openVerify"));
      b.type = "button";
      b.id = "open-verify";
      b.addEventListener("click", () => {
        // The captured request is what was sent: no key in it.
        $("verify-text").value = TC.rawHTTP(r);
        // Check the timestamp against the API's clock, when it is known.
        if (S.call && S.call.clock) $("verify-now").value = String(S.call.clock.serverTime);
        $("tab-verify").click();
        $("verify-key").focus();
      });
      d.appendChild(b);
    }
    box.appendChild(d);
  }

  // reveal scrolls to a step or a field (on the Sign tab) and marks it.
  function reveal(id) {
    const t = $(id);
    if (!t) return;
    if ($("sign-panel").hidden) $("tab-sign").click();
    t.scrollIntoView({ block: "center" });
    if (/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName)) t.focus();
    t.classList.remove("flash");
    void t.offsetWidth; // restart the animation
    t.classList.add("flash");
    setTimeout(() => t.classList.remove("flash"), 1600);
  }

  // ---- Timeline, clock and receipt ---------------------------------------------

  function renderEvents() {
    const c = S.call;
    if (!c) return;
    renderTimeline(c);
    renderClock(c);
    renderReceipt(c);
  }

  function renderTimeline(c) {
    const box = $("send-timeline");
    box.textContent = "";
    box.appendChild(i18nEl("h3", "", "secTimeline"));
    if (!c.traced) { box.appendChild(i18nEl("p", "hint", "timelineNoWs")); return; }
    const total = c.timing.total;
    const end = Math.max(total ? total.atMs : 0, ...Object.values(c.timing).map((e) => e.atMs || 0)) || 1;
    const list = el("div", "timeline");
    list.id = "timeline";
    for (const p of PHASES) {
      const e = c.timing[p];
      if (!e) continue;
      const row = el("div", "tlrow");
      row.dataset.phase = p;
      row.appendChild(el("span", "tlname", TC.t("phase_" + p)));
      const track = el("span", "tltrack");
      // A failed phase, and the total of a failed call, are red; their
      // error text is in the row's tooltip and the panel above says it in words.
      const failed = !!e.error || (p === "total" && (!!e.code || e.status >= 400 || !!c.error));
      if (failed) row.classList.add("failed");
      const bar = el("span", "tlbar" + (failed ? " err" : ""));
      const start = Math.max(0, (e.atMs - e.ms) / end);
      bar.style.left = (start * 100).toFixed(2) + "%";
      bar.style.width = Math.max(0.5, (e.ms / end) * 100).toFixed(2) + "%";
      track.appendChild(bar);
      row.appendChild(track);
      let note = ms(e.ms);
      if (p === "dns" && e.addrs) note += " · " + e.addrs.join(", ");
      if (p === "connect" && e.addr) note += " · " + e.addr;
      if (p === "tls" && e.tlsVersion) note += " · " + e.tlsVersion + (e.alpn ? " " + e.alpn : "");
      if (p === "ttfb" && e.reused) note += " · " + TC.t("reused");
      if (p === "total") note += " · " + TC.t("bytesSentRecv", TC.num(e.bytesSent), TC.num(e.bytesReceived));
      if (failed) note += " · " + TC.t("phaseFailed") + (p === "total" && e.code ? " (" + e.code + ")" : "");
      const msEl = el("span", "tlms", note);
      if (e.error) msEl.title = e.error;
      row.appendChild(msEl);
      list.appendChild(row);
    }
    box.appendChild(list);
    if (!total) box.appendChild(i18nEl("p", "hint", c.timingLost ? "timelineLost" : "timelineWaiting"));
  }

  function renderClock(c) {
    const box = $("send-clock");
    box.textContent = "";
    const k = c.clock;
    if (!k) return;
    const skewS = typeof k.requestSkewS === "number" ? k.requestSkewS : null;
    const clientS = typeof k.clientSkewMs === "number" ? Math.round(k.clientSkewMs / 1000) : null;
    const large = k.outsideWindow || (skewS !== null && Math.abs(skewS) >= SKEW_WARN_S) || (clientS !== null && Math.abs(clientS) >= SKEW_WARN_S);
    const d = el("div", "clock " + (large ? "warnbox" : "okbox"));
    d.id = "clock";
    d.dataset.large = String(large);
    d.appendChild(i18nEl("h3", "", "secClock"));
    d.appendChild(el("p", "", TC.t("clockServer", k.serverDate, k.serverTime)));
    if (skewS !== null) d.appendChild(el("p", "", TC.t("clockRequest", signed(skewS), k.windowS)));
    if (clientS !== null) d.appendChild(el("p", "", TC.t("clockBrowser", signed(clientS))));
    if (large) {
      d.appendChild(el("p", "strong", TC.t(k.outsideWindow ? "clockOutside" : "clockLarge", k.windowS)));
      const b = el("button", "", TC.t("resign"));
      b.type = "button";
      b.id = "resign";
      b.addEventListener("click", () => resign(k, c.clockAt));
      d.appendChild(b);
    }
    box.appendChild(d);
  }

  const signed = (n) => (n > 0 ? "+" : "") + n;

  // resign pins the timestamp to the API server's clock (advanced by the
  // time since its Date header arrived) and signs again.
  async function resign(k, at) {
    const ts = k.serverTime + Math.round((Date.now() - at) / 1000);
    $("ts-fixed").checked = true;
    $("timestamp").value = String(ts);
    await window.tcsigPage.recompute();
    const n = el("p", "hint ok", TC.t("resigned", ts));
    n.id = "resigned";
    $("clock").appendChild(n);
  }

  function renderReceipt(c) {
    const box = $("send-receipt");
    box.textContent = "";
    const rc = c.receipt;
    if (!rc) return;
    const r = c.result;
    // TC3 signs the body's hash: compare with it. v1 signs no hash, and an
    // unsigned payload has none: compare with what this page sent.
    const signedHash = r.signatureMethod === TC3 && /^[0-9a-f]{64}$/.test(r.hashedPayload || "") ? r.hashedPayload : "";
    const want = signedHash || c.sentHash;
    const d = el("div", "receipt");
    d.id = "receipt";
    d.appendChild(i18nEl("h3", "", "secReceipt"));
    const pre = el("pre", "out");
    pre.textContent = TC.t("receiptForwarded", rc.method, rc.url, rc.proto || "") + "\n" +
      TC.t("receiptBody", TC.num(rc.bodyBytes)) + "\n" +
      "SHA-256 " + TC.t("receiptRelay") + " " + rc.bodySha256 + "\n" +
      "SHA-256 " + TC.t(signedHash ? "receiptSigned" : "receiptSent") + " " + (want || "…");
    d.appendChild(pre);
    let verdict;
    if (!rc.bodyComplete) verdict = ["bad", "receiptIncomplete"];
    else if (!want) verdict = ["", "receiptNoHash"];
    else if (want === rc.bodySha256) verdict = ["good", "receiptSame"];
    else verdict = ["bad", "receiptDiffers"];
    const v = el("p", "receiptverdict " + verdict[0], TC.t(verdict[1]));
    v.id = "receipt-verdict";
    v.dataset.match = String(verdict[0] === "good");
    d.appendChild(v);
    const det = el("details");
    det.appendChild(el("summary", "", TC.t("receiptHeaders", rc.headers.length)));
    det.appendChild(el("pre", "out", rc.headers.map((x) => x.name + ": " + x.value).join("\n")));
    d.appendChild(det);
    box.appendChild(d);
  }

  // ---- Latency probe -----------------------------------------------------------

  async function startProbe() {
    if (!(await connect()) || !S.probeAvailable) {
      setAvailability();
      $("probe-status").textContent = TC.t("probeNeedsWs");
      return;
    }
    const id = randomId("probe-");
    S.probe = { id, rows: [], done: false, service: $("service").value.trim(), ws: S.ws, error: "", ms: 0 };
    S.ws.send(JSON.stringify({ type: "probe", service: S.probe.service, id }));
    // The relay bounds a probe (10 s by default); this only frees the button
    // if the answer never comes.
    const p = S.probe;
    setTimeout(() => { if (S.probe === p && !p.done) finishProbe(TC.t("probeTimeout")); }, 30000);
    setAvailability();
    renderProbe();
  }

  function onProbe(m) {
    const p = S.probe;
    if (!p || (m.probeId && m.probeId !== p.id)) return;
    if (m.type === "probe-result") p.rows.push(m);
    else if (m.type === "probe-done") { p.ms = m.ms; finishProbe(""); return; }
    else if (m.type === "error") { finishProbe(m.code + ": " + relayText(String(m.code || ""), String(m.message || ""))); return; }
    renderProbe();
  }

  function finishProbe(error) {
    const p = S.probe;
    p.done = true;
    p.error = error;
    setAvailability();
    renderProbe();
  }

  const regionOf = (host) => {
    const l = host.split(".");
    return l.length === 4 ? l[1] : "";
  };

  function renderProbe() {
    const p = S.probe;
    if (!p) return;
    // Answers first, fastest first; failures after them, by host.
    const rows = p.rows.slice().sort((a, b) => (!!a.error - !!b.error) || (a.error ? a.host.localeCompare(b.host) : a.ms - b.ms));
    const st = $("probe-status");
    st.textContent = p.done ? (p.error ? p.error : TC.t("probeDone", rows.length, rows.filter((r) => !r.error).length, ms(p.ms))) : TC.t("probeRunning", rows.length);
    st.className = "hint" + (p.error ? " bad" : "");
    $("probe-out").dataset.done = String(p.done);
    const tbl = $("probe-table");
    tbl.textContent = "";
    if (rows.length) {
      const t = el("table", "probe");
      const head = el("tr");
      for (const k of ["probeHost", "probeMs", "probeDNS", "probeConnect", "probeTLS", "probeResult"]) head.appendChild(el("th", "", TC.t(k)));
      t.appendChild(el("thead")).appendChild(head);
      const tb = el("tbody");
      for (const r of rows) {
        const tr = el("tr", r.error ? "failed" : "");
        tr.dataset.host = r.host;
        tr.appendChild(el("td", "mono", r.host));
        for (const v of [r.ms, r.dnsMs, r.connectMs, r.tlsMs]) tr.appendChild(el("td", "num", r.error && !v ? "—" : ms(v)));
        tr.appendChild(el("td", "", r.error ? (r.code ? r.code + ": " : "") + r.error : r.addr || TC.t("probeOK")));
        tb.appendChild(tr);
      }
      t.appendChild(tb);
      tbl.appendChild(t);
    }
    const rec = $("probe-recommend");
    rec.textContent = "";
    const best = rows.find((r) => !r.error && regionOf(r.host));
    if (!best) return;
    const region = regionOf(best.host);
    const d = el("p", "recommend");
    d.appendChild(el("span", "", TC.t(p.done ? "probeBest" : "probeBestSoFar", best.host, ms(best.ms)) + " "));
    const b = el("button", "", TC.t("probeUse", region));
    b.type = "button";
    b.id = "probe-use";
    b.dataset.region = region;
    b.addEventListener("click", () => useRegion(region));
    d.appendChild(b);
    rec.appendChild(d);
  }

  // useRegion switches the form to the regional endpoint of region, as a
  // person choosing both selects would (app.js signs again on change).
  function useRegion(region) {
    const sel = $("region");
    if (![...sel.options].some((o) => o.value === region)) sel.add(new Option(region, region));
    sel.value = region;
    $("endpoint").value = "regional";
    $("endpoint").dispatchEvent(new Event("change", { bubbles: true }));
  }

  // ---- Wiring ------------------------------------------------------------

  function rerender() {
    if (S.call && S.call.response) renderResponse();
    renderEvents();
    renderProbe();
    setAvailability();
  }

  build();
  setAvailability();
  // Send follows the form: app.js says when its request was signed again.
  document.addEventListener("tcsig:state", setAvailability);
  $("send").addEventListener("click", () => { send().catch((e) => showThrown(e)); });
  // After app.js's own listener (added later, once the module is up) has
  // switched TC.lang.
  $("lang").addEventListener("change", () => setTimeout(rerender, 0));
  function showThrown(e) {
    $("send-resp").innerHTML = '<div class="error">' + TC.esc(TC.t("sendFailed", e.message || e)) + "</div>";
    S.sending = false;
    setAvailability();
  }
  detect();
})();
