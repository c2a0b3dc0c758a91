// The editors' page: send the article to /v1/summarize, show the teaser, and mark where it came from.
"use strict";

// Error codes of the API (see docs/server.md) in the editors' language.
const ERRORS = {
  empty_input: "Bitte fügen Sie zuerst einen Artikeltext ein.",
  invalid_input: "Dieser Text kann nicht verarbeitet werden (sind es vielleicht Binärdaten?).",
  input_too_large: "Der Text ist zu lang.",
  body_too_large: "Der Text ist zu lang für den Server.",
  unknown_method: "Diese Methode kennt der Server nicht.",
  invalid_option: "Die Längenangabe ist ungültig.",
  validation_error: "Die Anfrage war ungültig.",
  invalid_json: "Die Anfrage war ungültig.",
  timeout: "Die Berechnung hat zu lange gedauert. Bitte mit einem kürzeren Text erneut versuchen.",
  invalid_model: "Das Modell auf dem Server ist fehlerhaft. Bitte die Technik informieren.",
  internal_error: "Auf dem Server ist ein Fehler aufgetreten. Bitte später erneut versuchen.",
  unauthorized: "Der Server verlangt einen gültigen Zugangsschlüssel.",
  rate_limited: "Zu viele KI-Anfragen in kurzer Zeit. Bitte etwas später erneut versuchen.",
  llm_unavailable: "Für diesen Server ist keine KI-Formulierung eingerichtet.",
  no_fit: "Keine getreue Fassung passt in die gewünschte Länge. Die kürzeste wird unten gezeigt und ist zu lang.",
};

// What the fact guard found wrong with a KI teaser, in the editors' language (see kurz.facts).
const REASONS = {
  form: "Form",
  number: "Zahl",
  date: "Datum",
  name: "Name",
  quote: "Zitat",
  negation: "Verneinung",
  reported_speech: "indirekte Rede als Tatsache",
  hedge: "Erwartung oder Plan als Tatsache",
  direction: "Richtung umgekehrt",
  binding: "Wert falsch zugeordnet",
  role: "Rollen vertauscht",
  points_back: "verweist auf Fehlendes",
  unattributed: "Zitat oder Behauptung ohne Sprecher",
  unintroduced: "Person oder Sache nicht eingeführt",
  furniture: "Seitenelement",
};

// An empty_input error that is not about an empty field: the text holds only boilerplate.
const ONLY_BOILERPLATE = /no news sentence, only boilerplate/;

// The methods an editor may choose, in their language; "random" is an evaluation baseline and is not offered.
const METHODS = {
  ranker: { label: "Empfohlen", help: "Gelernte Auswahl der wichtigsten Sätze, behutsam gekürzt" },
  lead: { label: "Artikelanfang", help: "Die ersten Sätze des Artikels, nur gekürzt, wo die Länge es verlangt" },
  textrank: { label: "Zentrale Sätze", help: "Die Sätze, die am meisten mit dem übrigen Text gemeinsam haben (TextRank)" },
  // Not in the list (the server names it under `llm`, not `methods`): a switch of its own, shown only when enabled.
  llm: { label: "KI-Formulierung", help: "Ein Sprachmodell formuliert den Teaser neu; die Faktenprüfung entscheidet" },
};

// kurz's warnings are English; the ones editors meet most are translated, others are shown as they are.
const WARNINGS = [
  [/^the input looked like HTML/, "Der Text sah nach HTML aus; die Tags wurden entfernt."],
  [/^the text does not look like German/, "Der Text scheint nicht auf Deutsch zu sein; das Ergebnis kann schlecht sein."],
  [/^the input is very long/, "Der Text ist sehr lang; nur sein Anfang wurde ausgewertet."],
  [/^the article has [\d,.]+ sentences/, "Der Artikel hat sehr viele Sätze; nur die ersten wurden berücksichtigt."],
  [/^the article has only one sentence/, "Der Artikel hat nur einen Satz."],
  [/^no sentence fits the length budget/, "Kein Satz passt in die gewünschte Länge; der beste Satz wird trotzdem gezeigt und ist länger als gewünscht."],
  [/^the input contains replacement characters/, "Der Text enthält Ersatzzeichen (�); er wurde vermutlich falsch kodiert."],
];

const $ = (id) => document.getElementById(id);
let latest = 0;

// The named lengths (push, meta, teaser, summary) are the server's presets: the page only names one.
function requestBody() {
  const checked = document.querySelector('input[name="preset"]:checked');
  const body = { text: $("text").value, preset: checked ? checked.value : "teaser" };
  const title = $("title").value.trim();
  if (title) body.title = title;
  if ($("method").value) body.method = $("method").value;
  if (!$("llm-row").hidden && $("llm").checked) body.method = "llm";
  return body;
}

async function summarize() {
  const ticket = ++latest;
  const sent = requestBody();
  setBusy(true);
  try {
    const response = await fetch("/v1/summarize", {
      method: "POST",
      headers: requestHeaders(),
      body: JSON.stringify(sent),
    });
    const data = await response.json().catch(() => null);
    if (ticket !== latest) return;
    if (response.ok && data) showResult(data, sent.text);
    else showError(data && data.error, response.status);
    // No faithful form fits a hard length: the shortest is still shown, under the error, for the editor to judge.
    if (data && data.error && data.error.shortest) showResult(data.error.shortest, sent.text, true);
  } catch (err) {
    if (ticket === latest) showError({ code: "network", message: String(err) }, 0);
  } finally {
    if (ticket === latest) setBusy(false);
  }
}

function requestHeaders() {
  const headers = { "Content-Type": "application/json" };
  const key = $("apikey").value.trim();
  if (key) headers.Authorization = `Bearer ${key}`;
  return headers;
}

function setBusy(busy) {
  $("submit").disabled = busy;
  $("submit").textContent = busy ? "Wird zusammengefasst …" : "Zusammenfassen";
}

// Editors read German only; the server's technical message stays available to support as a tooltip.
function showError(error, status) {
  const code = error ? error.code : "unknown";
  let text = ERRORS[code];
  if (code === "empty_input" && ONLY_BOILERPLATE.test(error.message || "")) {
    text = "Der Text enthält nur Randtexte wie Ortsmarke oder Bildnachweis und keinen Nachrichtensatz.";
  }
  if (code === "network") text = "Der Server ist nicht erreichbar. Läuft „kurz serve“ noch?";
  if (!text) text = `Die Anfrage ist fehlgeschlagen (Fehler ${status}).`;
  const box = $("error");
  box.textContent = text;
  box.title = error && error.message ? `${code}: ${error.message}` : "";
  box.hidden = false;
  $("result").hidden = true;
}

function methodLabel(name) {
  return METHODS[name] ? METHODS[name].label : name;
}

function showResult(data, text, tooLong = false) {
  $("error").hidden = !tooLong;
  $("teaser").textContent = data.summary;
  $("teaser").classList.toggle("too-long", tooLong);
  const time = data.processing_ms === undefined ? "" : ` · ${Math.round(data.processing_ms)} ms`;
  const limit = tooLong ? ` (erlaubt: ${data.budget.max_chars})` : "";
  $("meta").textContent = `${data.words} Wörter · ${data.chars} Zeichen${limit} · Verfahren: ${methodLabel(data.method)}${time}`;
  $("warnings").replaceChildren(...data.warnings.filter((w) => !/^the (fact guard rejected|LLM gave no)/.test(w)).map(warningItem));
  showVerdict(data.llm);
  showSource(text, data.sentences, data.document ? data.document.marks : []);
  $("result").hidden = false;
  $("copy").textContent = "Kopieren";
}

// The fact guard's verdict on the KI teaser, for the editor: which text is shown, and why.
function showVerdict(llm) {
  const box = $("verdict");
  const draftBox = $("draft-box");
  box.className = "verdict";
  if (!llm) {
    box.hidden = true;
    draftBox.hidden = true;
    return;
  }
  if (llm.verdict === "accepted") {
    box.textContent = "KI-Formulierung, von der Faktenprüfung angenommen. Im Artikel markiert: die Sätze, auf denen sie beruht.";
    box.classList.add("accepted");
  } else if (llm.verdict === "rejected") {
    const why = llm.reasons.map((r) => `${REASONS[r.kind] || r.kind}: „${r.text}“`).join("; ");
    box.textContent = `Der KI-Vorschlag wurde von der Faktenprüfung verworfen (${why}). Gezeigt wird der Auszug aus dem Artikel.`;
    box.classList.add("rejected");
  } else {
    box.textContent = "Das KI-Modell hat keinen Vorschlag geliefert (Zeitüberschreitung oder Serverfehler). Gezeigt wird der Auszug aus dem Artikel.";
    box.classList.add("rejected");
  }
  box.title = `Modell: ${llm.model}` + (llm.reasons.length ? ` – ${llm.reasons.map((r) => r.message).join("; ")}` : "");
  box.hidden = false;
  $("draft").textContent = llm.draft || "";
  draftBox.hidden = llm.verdict === "accepted" || !llm.draft;
}

function warningItem(message) {
  const item = document.createElement("li");
  const known = WARNINGS.find(([pattern]) => pattern.test(message));
  item.textContent = known ? known[1] : message;
  return item;
}

// The API counts offsets in Unicode code points; JavaScript strings index UTF-16 units.
function utf16Index(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const at = [];
  let unit = 0;
  for (const ch of text) {
    at.push(unit);
    unit += ch.length;
  }
  at.push(unit);
  return (i) => at[i];
}

function showSource(text, sentences, marks) {
  const at = utf16Index(text);
  const pieces = sentences.flatMap((s) => [...s.pieces, ...(s.support || [])]);
  const matches = pieces.every((p) => text.slice(at(p.start), at(p.end)) === p.text);
  const note = $("source-note");
  const source = $("source");
  if (!matches) {
    note.textContent = "Der Text wurde vor der Auswertung bereinigt (z. B. HTML entfernt); die Fundstellen können hier nicht markiert werden.";
    note.hidden = false;
    source.replaceChildren();
    source.hidden = true;
    return;
  }
  note.hidden = true;
  source.hidden = false;
  source.replaceChildren(...highlighted(text, sentences, marks, at));
  const first = source.querySelector("mark");
  if (first) source.scrollTop = first.offsetTop - source.offsetTop - 16;
}

const MARK_NAMES = {
  dateline: "Ortsmarke",
  agency_note: "Agenturvermerk",
  caption: "Bildnachweis oder Bildtext",
  byline: "Autorenzeile",
  heading: "Überschrift oder Zeile ohne Satzende",
  update_stamp: "Ticker-Zeitstempel",
  label: "Rubrik-Etikett",
  salutation: "Anrede",
  signoff: "Hinweis der Redaktion auf die eigene Berichterstattung",
  related: "Verweis auf andere Artikel",
  contact: "Kontaktblock",
  about: "Über-uns-Block",
  share: "Teilen, Werbung, Newsletter oder Cookies",
  bio: "Autorenbeschreibung",
  copyright: "Copyright",
  embed: "Eingebetteter Social-Media-Beitrag",
  credits: "Angaben zu Buch, Film oder Aufführung",
  stray: "Satzzeichen ohne Text",
};

// Used sentences get a light background, the spans the teaser keeps from them a <mark>, and what kurz
// recognised as boilerplate (never used in a teaser) a muted style with its kind as a tooltip. The offsets of
// all three cut the text into runs; each run is one element with the styles that cover it.
function highlighted(text, sentences, marks, at) {
  const spans = [
    ...sentences.filter((s) => s.start !== undefined).map((s) => ({ start: s.start, end: s.end, kind: "used" })),
    ...sentences.flatMap((s) => s.pieces.map((p) => ({ start: p.start, end: p.end, kind: "kept" }))),
    // A KI teaser copies no words: the article sentences it rests on are marked instead.
    ...sentences.flatMap((s) => (s.support || []).map((p) => ({ start: p.start, end: p.end, kind: "kept", support: true }))),
    ...marks.map((m) => ({ start: m.start, end: m.end, kind: "boilerplate", title: MARK_NAMES[m.kind] || m.kind })),
  ];
  const length = [...text].length;
  const cuts = [...new Set([0, length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((s) => s.start <= start && end <= s.end);
    const piece = text.slice(at(start), at(end));
    if (!covering.length) {
      nodes.push(piece);
      continue;
    }
    const kept = covering.some((s) => s.kind === "kept");
    const node = document.createElement(kept ? "mark" : "span");
    node.textContent = piece;
    if (covering.some((s) => s.support)) node.classList.add("support");
    if (!kept && covering.some((s) => s.kind === "used")) node.classList.add("used");
    const boilerplate = covering.find((s) => s.kind === "boilerplate");
    if (boilerplate) {
      node.classList.add("boilerplate");
      node.title = `${boilerplate.title} – wird nie in einen Teaser übernommen`;
    }
    nodes.push(node);
  }
  return nodes;
}

async function copyTeaser() {
  const button = $("copy");
  const text = $("teaser").textContent;
  try {
    if (navigator.clipboard && window.isSecureContext) await navigator.clipboard.writeText(text);
    else copyWithSelection(text);
    button.textContent = "Kopiert ✓";
  } catch {
    button.textContent = "Bitte markieren und kopieren";
  }
}

// Fallback for pages served over plain HTTP on another host, where the Clipboard API is unavailable.
function copyWithSelection(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("copy refused");
}

async function loadMethods() {
  const select = $("method");
  try {
    const data = await (await fetch("/v1/methods")).json();
    if (data.llm) {
      $("llm-row").hidden = false;
      $("llm").parentElement.title = `Modell: ${data.llm.model}`;
    }
    if (data.auth) $("key-row").hidden = false;
    select.replaceChildren(
      ...data.methods
        .filter((m) => METHODS[m.name])
        .map((m) => {
          const option = new Option(methodLabel(m.name), m.name, m.default, m.default);
          option.title = METHODS[m.name].help;
          return option;
        }),
    );
  } catch {
    select.hidden = true; // the server's default method is used
    select.previousElementSibling.hidden = true;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  loadMethods();
  $("form").addEventListener("submit", (event) => {
    event.preventDefault();
    summarize();
  });
  $("text").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) summarize();
  });
  // With a result on screen, changing length or method updates it at once.
  for (const input of document.querySelectorAll('input[name="preset"], #method, #llm')) {
    input.addEventListener("change", () => {
      if (!$("result").hidden) summarize();
    });
  }
  $("copy").addEventListener("click", copyTeaser);
});
