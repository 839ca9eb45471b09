// catalog.js: the offline API catalog in the page — service, version and
// action pickers with type-to-search, the example body, warnings while the
// body is typed, the action's documentation and the code export panel.
// The catalog's logic is in the module (tcsig.catalog.*, tcsig.export);
// this file fetches the data, only once the user edits the request, opens
// a picker or verifies a request, and draws.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const cat = {
    index: null, // the parsed index, once fetched
    loading: null, // the index fetch in flight
    services: new Map(), // name → Promise of the service file being loaded
    loaded: new Set(), // services the module has
    fetches: 0, // catalog files requested (tests count them)
    failed: false, // a fetch of the index for an edit failed
  };
  const LIMIT = 30; // picker rows
  const CODE_MAX = 64 * 1024; // larger bodies are exported by the copy button only

  // ---- Data -------------------------------------------------------------

  async function fetchText(path) {
    cat.fetches++;
    const resp = await fetch(new URL(path, location.href));
    if (!resp.ok) throw new Error(TC.t("catFetchFailed", path, resp.status));
    return resp.text();
  }

  // loadIndex fetches the index the first time the catalog is needed.
  // quiet is a fetch the user did not ask for (an edit of the body): it
  // says nothing, and when it fails, edits stop asking (a page served
  // without the catalog); a picker or the docs button still tries.
  function loadIndex(quiet) {
    if (!cat.loading) {
      if (!quiet) setStatus(TC.t("catLoading"));
      cat.loading = fetchText("catalog/index.json").then((text) => {
        tcsig.catalog.loadIndex(text);
        cat.index = JSON.parse(text);
        setStatus("");
        about();
        return cat.index;
      });
      cat.loading.catch((e) => {
        cat.loading = null;
        if (quiet) cat.failed = true;
        else setStatus(e.message, true);
      });
    }
    return cat.loading;
  }

  // loadService fetches one service's file when it is chosen.
  function loadService(name) {
    if (!indexService(name)) return Promise.resolve(false);
    if (!cat.services.has(name)) {
      const p = fetchText("catalog/services/" + name + ".json").then((text) => {
        tcsig.catalog.loadService(name, text);
        cat.loaded.add(name);
        return true;
      });
      p.catch((e) => { cat.services.delete(name); setStatus(e.message, true); });
      cat.services.set(name, p);
    }
    return cat.services.get(name);
  }

  // follow loads the index and the file of service, if the index has it:
  // what the warnings, the docs panel and the Verify tab need. It resolves
  // to whether the service's file is loaded.
  async function follow(service, quiet) {
    await loadIndex(quiet);
    return loadService(service);
  }

  function indexService(name) {
    return cat.index ? cat.index.services.find((s) => s.name === name) : null;
  }

  function setStatus(msg, bad) {
    const st = $("cat-status");
    st.textContent = msg;
    st.classList.toggle("bad", !!bad);
  }

  function about() {
    const p = (cat.index.packages || []).map((x) => x.name + " " + x.version + " (" + x.license + ")").join(", ");
    $("cat-about").textContent = TC.t("catAbout", p);
  }

  // ---- Pickers ----------------------------------------------------------

  // rows returns the picker's choices for what the input holds: each
  // {label, hint, pick()}.
  function rows(field) {
    const q = $(field).value.trim();
    const svc = indexService($("service").value.trim());
    if (field === "service") {
      const lq = q.toLowerCase();
      const all = cat.index.services.filter((s) => s.name.startsWith(lq));
      const more = cat.index.services.filter((s) => !s.name.startsWith(lq) && s.name.includes(lq));
      return all.concat(more).slice(0, LIMIT).map((s) => ({
        label: s.name, hint: s.host || s.intlHost, pick: () => pickService(s.name),
      }));
    }
    if (field === "version") {
      return svc ? svc.versions.map((v, i) => ({
        label: v.version, hint: i === 0 ? TC.t("catNewest") : "", pick: () => pickVersion(v.version),
      })) : [];
    }
    if (q === "" || indexAction(svc, q)) {
      // The chosen service's actions, in its version.
      const v = svc && (svc.versions.find((x) => x.version === $("version").value.trim()) || svc.versions[0]);
      return v ? v.actions.filter((a) => !q || a.toLowerCase().includes(q.toLowerCase())).slice(0, LIMIT).map((a) =>
        ({ label: a, hint: svc.name + " " + v.version, pick: () => pickAction(svc.name, v.version, a) })) : [];
    }
    // Anything else searches every action of every service, the chosen
    // service's first.
    return tcsig.catalog.search(q, LIMIT, TC.lang, svc ? svc.name : "").map((h) => ({
      label: h.action, hint: h.service + " " + h.version + (h.summary ? " — " + h.summary : ""),
      pick: () => pickAction(h.service, h.version, h.action),
    }));
  }

  function indexAction(svc, name) {
    return svc && svc.versions.some((v) => v.actions.includes(name));
  }

  async function openPicker(field) {
    try {
      await loadIndex();
    } catch (e) {
      return;
    }
    if (document.activeElement !== $(field)) return;
    drawPicker(field);
  }

  function drawPicker(field) {
    const list = $("cat-list-" + field);
    const rs = rows(field);
    list.textContent = "";
    rs.forEach((r, i) => {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      li.id = "cat-opt-" + field + "-" + i;
      li.dataset.value = r.label;
      const b = document.createElement("b");
      b.textContent = r.label;
      li.appendChild(b);
      if (r.hint) {
        const s = document.createElement("span");
        s.textContent = r.hint;
        li.appendChild(s);
      }
      // mousedown, not click: the input keeps focus until the choice is made.
      li.addEventListener("mousedown", (e) => { e.preventDefault(); choose(field, r); });
      list.appendChild(li);
    });
    list.hidden = rs.length === 0;
    $(field).setAttribute("aria-expanded", String(rs.length > 0));
    list.dataset.active = "-1";
  }

  // choose makes a picker's choice. The fields it sets send input events,
  // which must not open the list again under the input that keeps focus.
  let picking = false;
  function choose(field, r) {
    closePicker(field);
    picking = true;
    try {
      r.pick();
    } finally {
      picking = false;
    }
  }

  function closePicker(field) {
    $("cat-list-" + field).hidden = true;
    $(field).setAttribute("aria-expanded", "false");
  }

  function keyPicker(field, e) {
    const list = $("cat-list-" + field);
    if (list.hidden) return;
    const items = list.querySelectorAll("li");
    let i = Number(list.dataset.active);
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      i = Math.max(0, Math.min(items.length - 1, i + (e.key === "ArrowDown" ? 1 : -1)));
      items.forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
      list.dataset.active = String(i);
      $(field).setAttribute("aria-activedescendant", items[i].id);
      items[i].scrollIntoView({ block: "nearest" });
    } else if (e.key === "Enter" && i >= 0) {
      e.preventDefault();
      items[i].dispatchEvent(new MouseEvent("mousedown", { cancelable: true }));
    } else if (e.key === "Escape") closePicker(field);
  }

  // set changes a form field as a user would, so app.js re-signs.
  function set(id, value) {
    const el = $(id);
    if (el.value === value) return;
    el.value = value;
    el.dispatchEvent(new Event(el.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
  }

  function pickService(name) {
    set("service", name);
    const s = indexService(name);
    if (s && !s.versions.some((v) => v.version === $("version").value)) set("version", s.versions[0].version);
    setEndpoint(s);
    loadService(name).then(refresh);
  }

  // setEndpoint chooses the international endpoint for a service only the
  // international site has, and leaves it for one the Chinese site has.
  // The host itself stays with the region rule (regions, financial zones).
  function setEndpoint(s) {
    if (s && !s.host && s.intlHost) set("endpoint", "intl");
    else if ($("endpoint").value === "intl" && s && s.host) set("endpoint", "nearest");
  }

  function pickVersion(v) {
    set("version", v);
    refresh();
  }

  // pickAction sets the service, version, action and the API's defaults:
  // TC3-HMAC-SHA256 POST with a JSON body, and the endpoint (setEndpoint).
  async function pickAction(service, version, action) {
    set("service", service);
    set("version", version);
    set("action", action);
    setEndpoint(indexService(service));
    set("method", "POST");
    set("signatureMethod", "TC3-HMAC-SHA256");
    if (!$("contentType").value.startsWith("application/json")) set("contentType", "application/json; charset=utf-8");
    if (await loadService(service)) refresh();
  }

  // ---- Example, warnings, documentation ---------------------------------

  function current() {
    return { service: $("service").value.trim(), version: $("version").value.trim(), action: $("action").value.trim() };
  }

  function knownAction() {
    const c = current();
    if (!cat.loaded.has(c.service)) return null;
    try {
      return tcsig.catalog.docs(c.service, c.version, c.action, TC.lang);
    } catch (e) {
      return null;
    }
  }

  // refresh redraws what depends on the chosen action.
  function refresh() {
    const d = knownAction();
    const bar = $("cat-example");
    bar.hidden = !d;
    if (d) {
      const ex = tcsig.catalog.example(d.service, d.version, d.action);
      $("cat-required").textContent = ex.required.length ? TC.t("catRequired", ex.required.join(", ")) : TC.t("catNoneRequired");
    }
    drawDocs(d);
    check();
    drawCode();
  }

  function useExample() {
    const c = current();
    const ex = tcsig.catalog.example(c.service, c.version, c.action);
    const ta = $("data");
    if (ta.readOnly) window.tcsigPage.setData("");
    ta.value = ex.text;
    ta.dispatchEvent(new Event("input", { bubbles: true }));
  }

  // check shows the catalog's findings for the body being typed: warnings
  // only, they never block signing or change the signature.
  function check() {
    const ul = $("cat-warnings");
    const c = current();
    let found = [];
    if (cat.index) {
      if (c.service && !indexService(c.service)) found = [{ cause: "unknown-service", path: "", code: "", message: TC.t("catUnknownService", c.service) }];
      else if (cat.loaded.has(c.service) || !c.service) {
        try {
          found = tcsig.catalog.check({
            service: c.service, version: c.version, action: c.action, method: $("method").value,
            signatureMethod: $("signatureMethod").value, contentType: $("contentType").value,
            data: $("data").readOnly ? "" : $("data").value,
          });
        } catch (e) {
          found = [];
        }
      }
    }
    const docs = knownAction();
    ul.textContent = "";
    for (const f of found) {
      const li = document.createElement("li");
      li.className = "catw";
      li.dataset.cause = f.cause;
      li.tabIndex = 0;
      if (f.path) {
        const p = document.createElement("code");
        p.textContent = f.path + lineOf(f.path);
        li.appendChild(p);
        li.appendChild(document.createTextNode(" "));
      }
      li.appendChild(document.createTextNode(f.message + (f.code ? " (" + f.code + ")" : "")));
      const doc = docs && docOf(docs.params, f.path);
      if (doc) {
        li.title = doc.name + " — " + doc.type + (doc.required ? " · " + TC.t("catReq") : "") + "\n" + doc.doc;
        const tip = document.createElement("span");
        tip.className = "catdoc";
        tip.textContent = li.title;
        li.appendChild(tip);
      }
      ul.appendChild(li);
    }
    ul.hidden = found.length === 0;
  }

  // lineOf says where in the body a path's last name is, as " (line N)".
  function lineOf(path) {
    const name = path.replace(/\[\d+\]/g, "").split(".").pop();
    const text = $("data").value;
    const i = text.indexOf('"' + name + '"');
    return i < 0 ? "" : " · " + TC.t("catLine", text.slice(0, i).split("\n").length);
  }

  // docOf finds the documentation row of a JSON path (Filters[0].Name).
  function docOf(params, path) {
    let rowsAt = params, row = null;
    for (const part of path.replace(/\[\d+\]/g, "").split(".")) {
      row = (rowsAt || []).find((p) => p.name === part);
      if (!row) return null;
      rowsAt = row.fields;
    }
    return row;
  }

  function langMark(lang) {
    return lang && lang !== TC.lang ? ' <span class="langmark">' + TC.esc(TC.t("catOtherLang", lang === "zh" ? "中文" : "English")) + "</span>" : "";
  }

  function table(rows, depth) {
    let h = "";
    for (const p of rows) {
      h += '<tr><td class="mono">' + "&nbsp;&nbsp;".repeat(depth) + TC.esc(p.name) + (p.required ? ' <span class="req" title="' + TC.esc(TC.t("catReq")) + '">*</span>' : "") +
        '</td><td class="mono">' + TC.esc(p.type) + "</td><td>" + TC.esc(p.doc) + langMark(p.doc && p.docLang) + "</td></tr>";
      if (p.fields && depth < 1) h += table(p.fields, depth + 1);
    }
    return h;
  }

  function drawDocs(d) {
    const el = $("cat-docs-body");
    $("cat-docs").hidden = !d;
    if (!d) { el.textContent = ""; return; }
    const head = "<tr><th>" + TC.esc(TC.t("catParam")) + "</th><th>" + TC.esc(TC.t("catType")) + "</th><th>" + TC.esc(TC.t("catDesc")) + "</th></tr>";
    el.innerHTML = '<p class="mono">' + TC.esc(d.service + " " + d.version + " " + d.action) + "</p>" +
      '<p id="cat-summary">' + TC.esc(d.summary) + langMark(d.summary && d.summaryLang) + "</p>" +
      (d.requiredKnown ? "" : '<p class="hint">' + TC.esc(TC.t("catNoRequired")) + "</p>") +
      "<h3>" + TC.esc(TC.t("catRequest")) + '</h3><table class="cattable" id="cat-params">' + head + table(d.params, 0) + "</table>" +
      "<h3>" + TC.esc(TC.t("catResponse")) + '</h3><table class="cattable" id="cat-response">' + head + table(d.response, 0) + "</table>";
  }

  // ---- Code export ------------------------------------------------------

  // codeRequest is the request just signed (app.js pins its timestamp
  // and nonce); programs never contain keys, so a placeholder signs it
  // when none is entered, while curl and raw HTTP need the real ones.
  function codeRequest(lang) {
    const last = window.tcsigPage && window.tcsigPage.last();
    if (!last) return null;
    if (lang === "curl" || lang === "http") return last.keyed ? last.req : null;
    return Object.assign({}, last.req, { secretId: last.req.secretId || "AKID", secretKey: last.req.secretKey || "tcsig-no-secret-key-entered" });
  }

  function exportText(lang) {
    const req = codeRequest(lang);
    if (!req) return null;
    return tcsig.export(lang, req);
  }

  // drawCode shows the chosen export of the request just signed. It runs
  // after each signing (and each second for the live clock), so it skips
  // the work when nothing it shows changed, and leaves a large body to the
  // copy button: a program with a megabyte literal helps no one.
  let drawn = "";
  function drawCode() {
    const out = $("code-out");
    const lang = $("code-lang").value;
    const last = window.tcsigPage && window.tcsigPage.last();
    // Nothing to export: the request cannot be signed, or curl and raw
    // HTTP want the keys. The panel says which, and Copy is off.
    const why = !last ? "codeNotSigned" : (lang === "curl" || lang === "http") && !last.keyed ? "catCodeNeedsKeys" : "";
    const copy = $("code-copy");
    copy.disabled = !!why;
    if (why) copy.title = TC.t(why);
    else copy.removeAttribute("title");
    if (why) {
      if (out.textContent !== TC.t(why)) out.textContent = TC.t(why);
      drawn = "";
      return;
    }
    const data = last.req.data;
    const size = typeof data === "string" ? data.length : data ? data.length : 0;
    if (size > CODE_MAX) {
      out.textContent = TC.t("catCodeLarge", TC.num(size));
      drawn = "";
      return;
    }
    // What the text depends on: the request (for a program, without its
    // timestamp and nonce; for curl and raw HTTP, with its signature), never
    // the key itself.
    const wire = lang === "curl" || lang === "http";
    const key = [lang, TC.lang, last.keyed, wire ? last.result.authorization : "",
      JSON.stringify(Object.assign({}, last.req, wire ? {} : { timestamp: "", nonce: "" }), (k, v) => (k === "secretKey" ? "" : v))].join("\n");
    if (key === drawn) return;
    drawn = key;
    let text;
    try {
      text = exportText(lang);
    } catch (e) {
      text = e.message;
    }
    out.textContent = text;
  }

  // ---- Wiring -----------------------------------------------------------

  function wire() {
    for (const field of ["service", "version", "action"]) {
      const el = $(field);
      el.setAttribute("role", "combobox");
      el.setAttribute("aria-autocomplete", "list");
      el.setAttribute("aria-controls", "cat-list-" + field);
      el.setAttribute("aria-expanded", "false");
      el.addEventListener("focus", () => openPicker(field));
      el.addEventListener("input", () => {
        if (!picking) openPicker(field);
        if (field === "service" && cat.index && indexService(el.value.trim())) loadService(el.value.trim()).then(refresh);
      });
      el.addEventListener("keydown", (e) => keyPicker(field, e));
      el.addEventListener("blur", () => closePicker(field));
    }
    // Warnings follow every change of the form; the code panel follows
    // the signing app.js does on the same event. The first edit of the
    // body (or of the action or version) fetches the index and the chosen
    // service's file, so the warnings and the docs panel follow what is
    // typed (also on a share link or the preset, where no picker was used).
    $("builder").addEventListener("input", (e) => {
      if (["service", "version", "action"].includes(e.target.id)) refreshSoon();
      else { check(); setTimeout(drawCode); }
      if (["data", "action", "version"].includes(e.target.id)) followBody();
    });
    $("builder").addEventListener("change", () => refreshSoon());
    $("lang").addEventListener("change", () => refresh());
    $("cat-use-example").onclick = useExample;
    $("cat-docs-open").onclick = async () => {
      await loadIndex();
      const s = current().service;
      if (await loadService(s)) refresh();
    };
    $("code-lang").onchange = () => drawCode();
    // The panel follows each signing, including one that failed.
    document.addEventListener("tcsig:state", () => drawCode());
    $("code-copy").onclick = (e) => {
      const t = exportText($("code-lang").value);
      if (t !== null) TC.copy(t, e.target);
    };
    window.addEventListener("hashchange", () => setTimeout(refresh));
  }

  // followBody loads what the checks of the chosen service need, then
  // draws them; the fetches happen once, later edits find them loaded.
  function followBody() {
    const svc = current().service;
    if (cat.failed || cat.loaded.has(svc) || (cat.index && !indexService(svc))) return;
    follow(svc, true).then(refresh, () => {});
  }

  let soon = 0;
  function refreshSoon() {
    clearTimeout(soon);
    soon = setTimeout(refresh, 0);
  }

  // For app.js's Verify tab (follow, has), tests and make bench-web.
  TC.catalogPage = {
    fetches: () => cat.fetches,
    follow,
    has: (service) => cat.loaded.has(service),
    loadIndex,
    loadService,
    pickAction,
    refresh,
    search: (q, service) => tcsig.catalog.search(q, LIMIT, TC.lang, service || ""),
  };

  tcsig.ready.then(() => {
    wire();
    // The code panel needs only the module; it redraws after each signing.
    setInterval(() => { if (!$("code-export").hidden) drawCode(); }, 1000);
    drawCode();
  }, () => {});
})();
