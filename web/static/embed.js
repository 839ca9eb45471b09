// embed.js: a compact, read-only walkthrough of one request for
// documentation pages. embed.html#r=… shows the shared request; with no
// fragment, the documentation's CVM example. It signs with the
// documentation's placeholder keys: share links never carry real keys.
"use strict";
(async function () {
  const $ = (id) => document.getElementById(id);
  const q = new URLSearchParams(location.search);
  if (q.get("lang") === "zh" || q.get("lang") === "en") TC.lang = q.get("lang");
  TC.applyI18n();
  let req;
  try {
    req = TC.decodeShare(location.hash) || Object.assign({}, TC.example);
  } catch (e) {
    $("error").hidden = false;
    $("error").textContent = e.message;
    return;
  }
  $("open").href = "index.html" + (location.hash || "#" + TC.encodeShare(req));
  try {
    await tcsig.ready;
  } catch (e) {
    $("steps").textContent = TC.t("loadFailed", e.message || e);
    return;
  }
  tcsig.setLanguage(TC.lang);
  const signed = Object.assign({}, req, TC.exampleKeys);
  if (signed.form) signed.contentType = "multipart/form-data";
  let r;
  try {
    r = tcsig.sign(signed);
  } catch (e) {
    $("error").hidden = false;
    $("error").textContent = e.message;
    $("steps").textContent = "";
    return;
  }
  $("embed-title").textContent = (req.action || "") + " · " + r.signatureMethod;
  $("summary").innerHTML = TC.esc(r.method + " " + r.url) + "<br>" + TC.esc("X-TC-Timestamp: " + req.timestamp + " (" + new Date(req.timestamp * 1000).toISOString().replace(".000Z", "Z") + ")");
  TC.renderSteps($("steps"), r, true, {});
  document.body.dataset.ready = "1";
})();
