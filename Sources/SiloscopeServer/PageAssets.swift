import SiloscopeModel

/// The page, its script and its style, served by the binary itself (nothing from the
/// network). Every text that comes from the model or a user is put in with `textContent`
/// or as an attribute, never as HTML; diagrams are parsed as SVG and stripped of scripts
/// and event handlers; the Content-Security-Policy allows scripts from this server only.
enum PageAssets {
    static func html(language: Language) -> String {
        page.replacingOccurrences(of: "LANG", with: language.rawValue)
    }

    static let page = #"""
<!DOCTYPE html>
<html lang="LANG" data-lang="LANG">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Siloscope workshop</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/style.css">
<script src="/app.js" defer></script>
</head>
<body>
<header>
  <h1><span data-t="title">Siloscope workshop</span>: <span id="organization"></span></h1>
  <div id="status-bar">
    <span id="status" class="pill"></span>
    <progress id="progress" max="10" value="0"></progress>
    <span id="progress-text"></span>
    <button id="lang-en" type="button">EN</button><button id="lang-tr" type="button">TR</button>
  </div>
</header>
<div id="error" role="alert" hidden></div>
<main>
<section id="controls">
  <h2 data-t="changes">Changes</h2>
  <p class="hint" data-t="pointHint">Click a unit in the org chart, then its new parent.</p>
  <fieldset>
    <legend data-t="move">Move a unit</legend>
    <select id="move-unit"></select> <span data-t="under">under</span> <select id="move-parent"></select>
    <button id="move-button" type="button" data-t="moveButton">Move</button>
  </fieldset>
  <fieldset>
    <legend data-t="merge">Merge two units</legend>
    <select id="merge-a"></select> + <select id="merge-b"></select>
    <input id="merge-name" type="text" maxlength="80" placeholder="name">
    <button id="merge-button" type="button" data-t="mergeButton">Merge</button>
  </fieldset>
  <fieldset>
    <legend data-t="handoff">Handoff</legend>
    <select id="handoff-from"></select> → <select id="handoff-to"></select>
    <button id="handoff-add" type="button" data-t="add">Add</button>
    <button id="handoff-remove" type="button" data-t="remove">Remove</button>
  </fieldset>
  <fieldset>
    <legend data-t="sync">Sync mode of a copy</legend>
    <select id="sync-system"></select>
    <select id="sync-mode"><option>realtime</option><option>daily</option><option>weekly</option><option>manual</option><option>none</option></select>
    <button id="sync-button" type="button" data-t="set">Set</button>
  </fieldset>
  <fieldset>
    <legend data-t="screens">Screens of a touchpoint</legend>
    <select id="screens-touchpoint"></select>
    <select id="screens-systems" multiple size="3"></select>
    <button id="screens-button" type="button" data-t="set">Set</button>
  </fieldset>
  <fieldset>
    <legend data-t="parameter">Parameter</legend>
    <select id="param-name"></select>
    <input id="param-slider" type="range" min="0" max="120" step="1">
    <output id="param-value"></output>
  </fieldset>
  <fieldset id="scenario-box">
    <legend data-t="scenarios">Scenarios</legend>
    <div id="scenario-list"></div>
  </fieldset>
  <fieldset>
    <legend data-t="raw">Any change (scenario vocabulary, JSON)</legend>
    <textarea id="raw-change" rows="2" maxlength="4000">{"move_crm": {"to": ""}}</textarea>
    <button id="raw-button" type="button" data-t="apply">Apply</button>
  </fieldset>
  <h3 data-t="current">Current changes</h3>
  <ol id="change-list"></ol>
  <p>
    <button id="undo-button" type="button" data-t="undo">Undo</button>
    <button id="reset-button" type="button" data-t="reset">Reset to today</button>
  </p>
  <fieldset>
    <legend data-t="save">Save as scenario</legend>
    <input id="save-file" type="text" value="workshop-scenario.yaml" maxlength="100">
    <input id="save-name" type="text" value="Workshop" maxlength="200">
    <button id="save-button" type="button" data-t="saveButton">Save</button>
    <div id="save-result" class="hint"></div>
    <a id="download-scenario" href="/api/scenario.yaml" data-t="downloadScenario">Download scenario.yaml</a> ·
    <a id="download-report" href="/api/report.html" data-t="downloadReport">Download report</a>
  </fieldset>
</section>
<section id="results">
  <div id="headline" class="cards"></div>
  <table id="figures">
    <thead><tr><th data-t="figure">Figure</th><th data-t="today">Today</th><th data-t="now">With the changes</th><th data-t="delta">Change [95 % interval]</th></tr></thead>
    <tbody></tbody>
  </table>
  <p id="problem" class="unstable" hidden></p>
  <ul id="summaries" class="hint"></ul>
  <nav id="tabs">
    <button type="button" data-view="org" data-t="orgChart">Org chart</button>
    <button type="button" data-view="heatmap" data-t="heatmap">Friction heatmap</button>
    <button type="button" data-view="before" data-t="before">Before</button>
    <button type="button" data-view="after" data-t="after">After</button>
    <button type="button" data-view="diff" data-t="diff">What changed</button>
  </nav>
  <div id="diagram"></div>
  <h2 data-t="recommendation">Recommendation: where the CRM team should sit</h2>
  <p id="rec-headline"></p>
  <ol id="rec-ranking"></ol>
  <!-- Reserved for the business case in money (issue 15): filled from state.business_case when present. -->
  <section id="business-case" hidden></section>
</section>
</main>
</body>
</html>
"""#

    static let style = #"""
body { font-family: "DejaVu Sans", system-ui, sans-serif; margin: 0; color: #222; background: #fafafa; }
header { display: flex; justify-content: space-between; align-items: center; padding: .5rem 1rem; background: #1f3b57; color: #fff; }
header h1 { font-size: 1.2rem; margin: 0; }
#status-bar { display: flex; gap: .5rem; align-items: center; }
.pill { padding: .1rem .5rem; border-radius: 1rem; background: #ddd; color: #222; font-size: .85rem; }
.pill.complete { background: #c8e6c9; } .pill.computing { background: #fff3c4; } .pill.unstable { background: #f8bbd0; }
main { display: grid; grid-template-columns: 26rem 1fr; gap: 1rem; padding: 1rem; }
fieldset { margin: 0 0 .6rem; border: 1px solid #ccc; }
select { max-width: 11rem; }
textarea { width: 100%; font-family: monospace; }
.hint { color: #666; font-size: .85rem; }
#error { background: #b00020; color: #fff; padding: .5rem 1rem; white-space: pre-wrap; }
.cards { display: flex; flex-wrap: wrap; gap: .5rem; margin-bottom: .8rem; }
.card { background: #fff; border: 1px solid #ccc; border-radius: .4rem; padding: .5rem .8rem; min-width: 10rem; }
.card .value { font-size: 1.4rem; font-weight: bold; }
.card .delta { font-size: .9rem; }
.better { color: #1b7a2f; } .worse { color: #b3261e; } .same { color: #666; }
table { border-collapse: collapse; background: #fff; }
td, th { border-bottom: 1px solid #ddd; padding: .2rem .5rem; text-align: right; }
td:first-child, th:first-child { text-align: left; }
.unstable { color: #b3261e; font-weight: bold; }
#tabs button.active { font-weight: bold; border-bottom: 3px solid #1f3b57; }
#diagram { background: #fff; border: 1px solid #ccc; overflow: auto; max-height: 75vh; margin-top: .3rem; }
#diagram svg { max-width: 100%; height: auto; }
#diagram g.node { cursor: pointer; }
#diagram g.node.picked polygon, #diagram g.node.picked ellipse, #diagram g.node.picked path { stroke: #d81b60; stroke-width: 4; }
#change-list li button { margin-left: .4rem; }
"""#

    static let script = #"""
"use strict";
const T = {
  en: { title: "Siloscope workshop", changes: "Changes", pointHint: "Click a unit in the org chart, then its new parent.",
    move: "Move a unit", under: "under", moveButton: "Move", merge: "Merge two units", mergeButton: "Merge",
    handoff: "Handoff", add: "Add", remove: "Remove", sync: "Sync mode of a copy", set: "Set", parameter: "Parameter",
    screens: "Screens of a touchpoint",
    scenarios: "Scenarios", raw: "Any change (scenario vocabulary, JSON)", apply: "Apply", current: "Current changes",
    undo: "Undo", reset: "Reset to today", save: "Save as scenario", saveButton: "Save",
    downloadScenario: "Download scenario.yaml", downloadReport: "Download report", figure: "Figure", today: "Today",
    now: "With the changes", delta: "Change [95 % interval]", orgChart: "Org chart", heatmap: "Friction heatmap",
    before: "Before", after: "After", diff: "What changed", recommendation: "Recommendation: where the CRM team should sit",
    complete: "complete", computing: "computing", unstable: "unstable", replications: "replications",
    noChanges: "No changes: this is today.", unstableText: "The changed organization cannot be simulated: ",
    saved: "Saved ", picked: "Picked: ", better: "better", worse: "worse", same: "no real difference",
    todayMark: "(today)", crm: "CRM team", none: "—",
    money: "The business case in money", siloCost: "Today's annual cost of silos, P50 (P10 – P90)",
    saving: "What the current changes save a year, P50 (P10 – P90)", noSaving: "Make a change to see what it saves.",
    generic: "Generic figures (--economics defaults), not this company's.", draws: "draws of the economic figures",
    probSaving: "probability of saving money" },
  tr: { title: "Siloscope atölyesi", changes: "Değişiklikler", pointHint: "Org şemasında bir birime, sonra yeni üstüne tıklayın.",
    move: "Birimi taşı", under: "altına", moveButton: "Taşı", merge: "İki birimi birleştir", mergeButton: "Birleştir",
    handoff: "Devir", add: "Ekle", remove: "Kaldır", sync: "Kopyanın eşitleme şekli", set: "Ayarla", parameter: "Parametre",
    screens: "Temas noktasının ekranları",
    scenarios: "Senaryolar", raw: "Herhangi bir değişiklik (senaryo sözlüğü, JSON)", apply: "Uygula", current: "Şimdiki değişiklikler",
    undo: "Geri al", reset: "Bugüne dön", save: "Senaryo olarak kaydet", saveButton: "Kaydet",
    downloadScenario: "scenario.yaml indir", downloadReport: "Raporu indir", figure: "Gösterge", today: "Bugün",
    now: "Değişikliklerle", delta: "Fark [%95 aralık]", orgChart: "Org şeması", heatmap: "Sürtünme ısı haritası",
    before: "Önce", after: "Sonra", diff: "Ne değişti", recommendation: "Öneri: CRM ekibi nereye bağlanmalı",
    complete: "tamam", computing: "hesaplanıyor", unstable: "kararsız", replications: "tekrar",
    noChanges: "Değişiklik yok: bu bugünkü durum.", unstableText: "Değişen organizasyon simüle edilemiyor: ",
    saved: "Kaydedildi: ", picked: "Seçilen: ", better: "daha iyi", worse: "daha kötü", same: "gerçek fark yok",
    todayMark: "(bugün)", crm: "CRM ekibi", none: "—" ,
    money: "Para cinsinden iş gerekçesi", siloCost: "Silo'ların bugünkü yıllık maliyeti, P50 (P10 – P90)",
    saving: "Şimdiki değişikliklerin yıllık tasarrufu, P50 (P10 – P90)", noSaving: "Tasarrufu görmek için bir değişiklik yapın.",
    generic: "Genel rakamlar (--economics defaults), bu şirketin değil.", draws: "ekonomik rakam çekilişi",
    probSaving: "tasarruf olasılığı" }
};
const HEADLINE = ["sfi_combined", "resolution_minutes", "handoffs", "bounces", "campaign_irrelevant_rate"];
const token = new URLSearchParams(location.search).get("token");
let lang = document.documentElement.dataset.lang === "tr" ? "tr" : "en";
let state = null;
let view = "org";
let picked = null;
const shownDiagrams = {};

const $ = (id) => document.getElementById(id);
const t = (key) => (T[lang][key] ?? T.en[key] ?? key);
function withToken(path) {
  if (!token) return path;
  return path + (path.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(token);
}
async function api(path, body) {
  const headers = { "Content-Type": "application/json" };
  if (token) headers["X-Siloscope-Token"] = token;
  const response = await fetch(path, body === undefined ? { method: "POST", headers, body: "{}" } : { method: "POST", headers, body: JSON.stringify(body) });
  const answer = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(answer.error || response.statusText);
  return answer;
}
function showError(message) {
  const box = $("error");
  box.textContent = message || "";
  box.hidden = !message;
}
async function send(path, body) {
  try {
    showError("");
    const answer = await api(path, body);
    if (answer && answer.version !== undefined) render(answer);
    return answer;
  } catch (error) {
    showError(error.message);
    return null;
  }
}
function appendChange(change) { return send("/api/changes", [change]); }
function replaceChanges(changes) { return send("/api/changes", { changes }); }

function fmt(metric, value, signed) {
  if (value === null || value === undefined || Number.isNaN(value)) return t("none");
  const sign = signed && value > 0 ? "+" : "";
  const locale = lang === "tr" ? "tr-TR" : "en-GB";
  if (metric.is_share) return sign + (value * 100).toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) + (signed ? " pp" : " %");
  const digits = Math.abs(value) >= 10 ? 1 : 2;
  return sign + value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
function deltaText(metric) {
  const now = metric.now;
  if (!now || !now.delta) return t("none");
  const d = now.delta;
  let text = fmt(metric, d.mean, true);
  if (d.low !== null && d.low !== undefined) text += " [" + fmt(metric, d.low, true) + " … " + fmt(metric, d.high, true) + "]";
  return text;
}
function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}
function fillSelect(select, options, keep) {
  const previous = keep ? select.value : null;
  select.replaceChildren(...options.map(([value, label]) => { const o = el("option", label); o.value = value; return o; }));
  if (previous && options.some(([v]) => v === previous)) select.value = previous;
}

function render(next) {
  if (state && next.update < state.update) return;
  state = next;
  applyLanguage();
  $("organization").textContent = state.organization;
  const status = $("status");
  status.textContent = t(state.status);
  status.className = "pill " + state.status;
  status.dataset.status = state.status;
  $("progress").max = state.progress.runs_total;
  $("progress").value = state.progress.runs_done;
  $("progress-text").textContent = state.progress.runs_done + " / " + state.progress.runs_total + " " + t("replications");
  const problem = $("problem");
  problem.hidden = state.status !== "unstable";
  problem.textContent = state.status === "unstable" ? t("unstableText") + state.problem : "";
  renderFigures();
  renderPickers();
  renderChanges();
  renderRecommendation();
  renderDiagram();
  renderMoney();
}

function renderMoney() {
  const business = $("business-case");
  const money = state.business_case;
  business.replaceChildren();
  if (money === null || money === undefined) {
    business.hidden = state.money_hint === null || state.money_hint === undefined;
    if (!business.hidden) business.append(el("p", state.money_hint, "hint"));
    return;
  }
  business.hidden = false;
  business.append(el("h2", t("money")));
  const cost = el("div", undefined, "card");
  cost.id = "silo-cost";
  cost.append(el("div", t("siloCost")), el("div", money.silo_cost.text[lang] || money.silo_cost.text.en, "value"));
  const saving = el("div", undefined, "card");
  saving.id = "saving";
  if (money.saving === null) {
    saving.append(el("div", t("saving")), el("div", t("noSaving"), "delta same"));
  } else {
    const good = money.saving.p50 >= 0 ? "better" : "worse";
    saving.append(el("div", t("saving")), el("div", money.saving.text[lang] || money.saving.text.en, "value"),
      el("div", (lang === "tr" ? "%" + Math.round(money.probability_saving * 100) : Math.round(money.probability_saving * 100) + "%") + " " + t("probSaving"), "delta " + good));
  }
  const cards = el("div", undefined, "cards");
  cards.append(cost, saving);
  business.append(cards, el("p", money.draws + " " + t("draws") + (money.generic ? " · " + t("generic") : ""), "hint"));
}

function renderFigures() {
  const cards = $("headline");
  const rows = $("figures").tBodies[0];
  cards.replaceChildren();
  rows.replaceChildren();
  for (const metric of state.metrics) {
    const title = metric.title[lang] || metric.title.en;
    const now = metric.now;
    const direction = now && now.direction ? now.direction : "same";
    if (HEADLINE.includes(metric.metric)) {
      const card = el("div", undefined, "card");
      card.dataset.metric = metric.metric;
      card.append(el("div", title), el("div", fmt(metric, now ? now.value : metric.today), "value"),
        el("div", deltaText(metric) + (now && now.delta && state.changes.length ? " · " + t(direction) : ""), "delta " + direction));
      cards.append(card);
    }
    const row = document.createElement("tr");
    row.dataset.metric = metric.metric;
    row.append(el("td", title), el("td", fmt(metric, metric.today)), el("td", fmt(metric, now ? now.value : null)),
      el("td", deltaText(metric), direction));
    rows.append(row);
  }
}

function renderPickers() {
  const org = state.organization_after;
  const units = org.units.map((u) => [u.id, u.name + (u.id === org.crm_unit ? " ★" : "")]);
  for (const id of ["move-parent", "merge-a", "merge-b", "handoff-from", "handoff-to"]) fillSelect($(id), units, true);
  const moveUnit = $("move-unit");
  const hadValue = moveUnit.value;
  fillSelect(moveUnit, units, true);
  if (!hadValue && org.crm_unit) moveUnit.value = org.crm_unit;
  fillSelect($("sync-system"), org.systems.filter((s) => s.role !== "source_of_truth").map((s) => [s.id, s.name + " (" + s.sync + ")"]), true);
  const screens = $("screens-touchpoint");
  fillSelect(screens, org.touchpoints.map((tp) => [tp.id, tp.name]), true);
  fillSelect($("screens-systems"), org.systems.map((s) => [s.id, s.name]), false);
  syncScreens();
  const params = org.parameters.filter((p) => p.name.includes("minutes"))
    .sort((a, b) => Number(b.name.includes("transfer")) - Number(a.name.includes("transfer")));
  fillSelect($("param-name"), params.map((p) => [p.name, p.name]), true);
  syncSlider();
  const list = $("scenario-list");
  list.replaceChildren();
  for (const scenario of state.scenarios) {
    const label = el("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = scenario.enabled;
    box.dataset.scenario = scenario.id;
    box.addEventListener("change", () => send("/api/scenarios/" + encodeURIComponent(scenario.id) + "/toggle"));
    label.append(box, " " + scenario.name);
    if (scenario.description) label.title = scenario.description;
    list.append(label, document.createElement("br"));
  }
  $("scenario-box").hidden = state.scenarios.length === 0;
}

function syncScreens() {
  const tp = state.organization_after.touchpoints.find((t) => t.id === $("screens-touchpoint").value);
  for (const option of $("screens-systems").options) option.selected = !!tp && tp.reads.includes(option.value);
}

function syncSlider() {
  const param = state.organization_after.parameters.find((p) => p.name === $("param-name").value);
  if (!param) return;
  const slider = $("param-slider");
  slider.min = param.min;
  slider.max = Math.min(param.max, Math.max(120, param.value * 2));
  if (document.activeElement !== slider) slider.value = param.value;
  $("param-value").textContent = slider.value;
}

function renderChanges() {
  const list = $("change-list");
  list.replaceChildren();
  state.changes.forEach((change, index) => {
    const item = el("li", JSON.stringify(change));
    const remove = el("button", "✕");
    remove.type = "button";
    remove.addEventListener("click", () => replaceChanges(state.changes.filter((_, i) => i !== index)));
    item.append(remove);
    list.append(item);
  });
  if (state.changes.length === 0) list.append(el("li", t("noChanges"), "hint"));
  const summaries = $("summaries");
  summaries.replaceChildren(...state.change_summaries.concat(state.change_warnings).map((line) => el("li", line)));
  $("undo-button").disabled = !state.can_undo;
}

function renderRecommendation() {
  const rec = state.recommendation;
  $("rec-headline").textContent = rec ? (rec.headline[lang] || rec.headline.en) : "…";
  $("rec-ranking").replaceChildren(...(rec ? rec.ranking : []).map((c) =>
    el("li", c.name + (c.is_today ? " " + t("todayMark") : "") + " — P(best) " + Math.round(c.probability_best * 100) + " %, Δ " +
      c.delta_resolution_minutes.mean.toFixed(1) + " min")));
}

async function renderDiagram() {
  for (const button of document.querySelectorAll("#tabs button")) {
    button.classList.toggle("active", button.dataset.view === view);
    button.hidden = !state.diagrams[button.dataset.view];
  }
  if (!state.diagrams[view]) view = state.diagrams.org ? "org" : view;
  const url = state.diagrams[view];
  const box = $("diagram");
  if (!url) { box.replaceChildren(); return; }
  if (shownDiagrams.current === url) return;
  shownDiagrams.current = url;
  const response = await fetch(withToken(url));
  if (!response.ok || shownDiagrams.current !== url) return;
  const text = await response.text();
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = doc.documentElement;
  if (svg.nodeName !== "svg") return;
  for (const bad of svg.querySelectorAll("script, foreignObject")) bad.remove();
  for (const node of svg.querySelectorAll("*")) {
    for (const attr of Array.from(node.attributes)) {
      if (attr.name.startsWith("on") || (/href$/.test(attr.name) && /^\s*javascript:/i.test(attr.value))) node.removeAttribute(attr.name);
    }
  }
  box.replaceChildren(document.importNode(svg, true));
  box.querySelectorAll("g.node").forEach((node) => {
    const title = node.querySelector("title");
    if (title) node.dataset.unit = title.textContent.trim();
  });
}

function unitIds() { return new Set(state.organization_after.units.map((u) => u.id)); }
function onDiagramClick(event) {
  const node = event.target.closest("g.node");
  if (!node || !node.dataset.unit || !unitIds().has(node.dataset.unit)) return;
  const unit = node.dataset.unit;
  if (!picked) {
    picked = unit;
    node.classList.add("picked");
    $("move-unit").value = unit;
    $("save-result").textContent = t("picked") + unit;
  } else {
    const moving = picked;
    picked = null;
    document.querySelectorAll("#diagram g.node.picked").forEach((n) => n.classList.remove("picked"));
    $("save-result").textContent = "";
    if (moving !== unit) {
      appendChange(moving === state.organization_after.crm_unit ? { move_crm: { to: unit } } : { move: { unit: moving, to: unit } });
    }
  }
}

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  $("download-report").href = withToken("/api/report.html?lang=" + lang);
  $("download-scenario").href = withToken("/api/scenario.yaml");
}

function setup() {
  $("move-button").addEventListener("click", () => {
    const unit = $("move-unit").value, to = $("move-parent").value;
    appendChange(unit === state.organization_after.crm_unit ? { move_crm: { to } } : { move: { unit, to } });
  });
  $("merge-button").addEventListener("click", () => {
    const a = $("merge-a").value, b = $("merge-b").value;
    const name = $("merge-name").value.trim();
    const into = { id: a };
    if (name) into.name = name;
    appendChange({ merge: { units: [a, b], into } });
  });
  $("handoff-add").addEventListener("click", () => appendChange({ add_handoff: { from: $("handoff-from").value, to: $("handoff-to").value } }));
  $("handoff-remove").addEventListener("click", () => appendChange({ remove_handoff: { from: $("handoff-from").value, to: $("handoff-to").value } }));
  $("sync-button").addEventListener("click", () => appendChange({ sync: { system: $("sync-system").value, mode: $("sync-mode").value } }));
  $("param-name").addEventListener("change", syncSlider);
  $("screens-touchpoint").addEventListener("change", syncScreens);
  $("screens-button").addEventListener("click", () => appendChange({ screens: {
    touchpoint: $("screens-touchpoint").value,
    reads: Array.from($("screens-systems").selectedOptions).map((o) => o.value) } }));
  $("param-slider").addEventListener("input", () => { $("param-value").textContent = $("param-slider").value; });
  $("param-slider").addEventListener("change", () => {
    const name = $("param-name").value;
    const value = Number($("param-slider").value);
    const others = state.changes.filter((c) => !(c.set_simulation && c.set_simulation.parameters &&
      Object.keys(c.set_simulation).length === 1 && Object.keys(c.set_simulation.parameters).length === 1 && name in c.set_simulation.parameters));
    replaceChanges(others.concat([{ set_simulation: { parameters: { [name]: value } } }]));
  });
  $("raw-button").addEventListener("click", () => {
    let change;
    try { change = JSON.parse($("raw-change").value); } catch (error) { showError(error.message); return; }
    send("/api/changes", Array.isArray(change) ? change : [change]);
  });
  $("undo-button").addEventListener("click", () => send("/api/undo"));
  $("reset-button").addEventListener("click", () => send("/api/reset"));
  $("save-button").addEventListener("click", async () => {
    const answer = await send("/api/save", { file: $("save-file").value.trim(), name: $("save-name").value });
    if (answer && answer.file) $("save-result").textContent = t("saved") + answer.path;
  });
  for (const button of document.querySelectorAll("#tabs button")) {
    button.addEventListener("click", () => { view = button.dataset.view; renderDiagram(); });
  }
  $("diagram").addEventListener("click", onDiagramClick);
  $("lang-en").addEventListener("click", () => { lang = "en"; if (state) render(state); });
  $("lang-tr").addEventListener("click", () => { lang = "tr"; if (state) render(state); });
  const events = new EventSource(withToken("/api/events"));
  events.addEventListener("state", (event) => render(JSON.parse(event.data)));
  events.onerror = () => { $("status").textContent = "…"; };
}
document.addEventListener("DOMContentLoaded", setup);
"""#
}
