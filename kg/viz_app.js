"use strict";
const NODES = {{ nodes | tojson }};
const EDGES = {{ edges | tojson }};
const OPTIONS = {{ options | tojson }};
const TYPES = {{ types | tojson }};
const FACTS = {{ facts | tojson }};  // {text, sentence: index in SENTENCES, doc: index in DOCS}
const SENTENCES = {{ sentences | tojson }};
const DOCS = {{ docs | tojson }};

// Tooltips as elements whose text is set with textContent: never parsed as HTML.
function tip(text) {
  const div = document.createElement("div");
  div.textContent = text;
  return div;
}
for (const n of NODES) { n.title = tip(n.title || ""); }
for (const e of EDGES) { e.title = tip(e.title || ""); }

const nodes = new vis.DataSet(NODES);
const edges = new vis.DataSet(EDGES);
const network = new vis.Network(document.getElementById("network"), { nodes, edges },
                                typeof OPTIONS === "string" ? JSON.parse(OPTIONS) : OPTIONS);
window.kgNetwork = network;
window.kgReady = false;
network.once("stabilizationIterationsDone", () => {
  network.setOptions({ physics: false });  // settled: stop moving
  network.fit();
  window.kgReady = true;
});
if (NODES.length === 0) { window.kgReady = true; }

// Legend doubles as a filter by type.
const hidden = new Set();
const legend = document.getElementById("legend");
for (const t of TYPES) {
  const label = document.createElement("label");
  const box = document.createElement("input");
  box.type = "checkbox"; box.checked = true; box.dataset.kind = t.kind;
  const swatch = document.createElement("span");
  swatch.className = "swatch"; swatch.style.background = t.color;
  const name = document.createElement("span");
  name.textContent = t.label + "（" + NODES.filter(n => n.kind === t.kind).length + "）";
  box.addEventListener("change", () => {
    if (box.checked) { hidden.delete(t.kind); } else { hidden.add(t.kind); }
    nodes.update(NODES.map(n => ({ id: n.id, hidden: hidden.has(n.kind) })));
  });
  label.append(box, swatch, name);
  legend.append(label);
}

// Search: pick a label, the node is selected and centred.
const list = document.getElementById("labels");
for (const n of NODES) {
  const opt = document.createElement("option");
  opt.value = n.label;
  list.append(opt);
}
document.getElementById("search").addEventListener("change", (ev) => {
  const hit = NODES.find(n => n.label === ev.target.value) ||
              NODES.find(n => n.label.includes(ev.target.value));
  if (hit) {
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.4, animation: true });
  }
});

// Side panel: a clicked node's facts in full, each with its sentence and article, and its
// neighbours as links. Built with createElement/textContent only: never parsed as HTML.
const panel = document.getElementById("panel");
const byId = new Map(NODES.map(n => [n.id, n]));
const kindLabel = new Map(TYPES.map(t => [t.kind, t.label]));

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) { e.className = className; }
  if (text !== undefined && text !== null) { e.textContent = text; }
  return e;
}

function factItem(f) {
  const li = el("li", "fact");
  li.append(el("div", "fact-text", f.text));
  if (f.sentence !== null) { li.append(el("blockquote", "quote", "“" + SENTENCES[f.sentence] + "”")); }
  if (f.doc !== null) {
    const d = DOCS[f.doc];
    const src = el("div", "source");
    src.append(el("span", "file", d.file), el("span", "doc-title", d.title ? "《" + d.title + "》" : ""));
    li.append(src);
  }
  return li;
}

function neighbourItem(id, other) {
  const li = el("li");
  const a = el("a", "neighbour", other.label);
  a.href = "#";
  a.dataset.id = String(other.id);
  a.addEventListener("click", (ev) => {
    ev.preventDefault();
    ev.stopPropagation();  // the panel is rebuilt: this link leaves it before the click bubbles
    show(other.id, true);
  });
  const relation = edges.get(network.getConnectedEdges(id))
    .filter(e => e.from === other.id || e.to === other.id).map(e => e.label).join("、");
  li.append(a, el("span", "relation", relation ? "（" + relation + "）" : ""));
  return li;
}

function show(id, move) {
  const n = byId.get(id);
  if (!n) { return; }
  document.getElementById("panel-title").textContent = n.label;
  document.getElementById("panel-kind").textContent = kindLabel.get(n.kind) || n.kind;
  const facts = document.getElementById("panel-facts");
  facts.replaceChildren(...(n.facts || []).map(i => factItem(FACTS[i])));
  document.getElementById("panel-facts-count").textContent = String(facts.children.length);
  const others = network.getConnectedNodes(id).map(o => byId.get(o))
    .sort((a, b) => a.label.localeCompare(b.label, "zh"));
  const list = document.getElementById("panel-neighbours");
  list.replaceChildren(...others.map(o => neighbourItem(id, o)));
  document.getElementById("panel-neighbours-count").textContent = String(others.length);
  panel.hidden = false;
  panel.dataset.id = String(id);
  panel.scrollTop = 0;
  network.selectNodes([id]);
  if (move) { network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: true }); }
}

function hide() {
  if (panel.hidden) { return; }
  panel.hidden = true;
  delete panel.dataset.id;
  network.unselectAll();
}

network.on("click", (params) => {
  if (params.nodes.length) { show(params.nodes[0], false); } else { hide(); }
});
document.getElementById("panel-close").addEventListener("click", hide);
// A tooltip left over from the canvas would cover the panel being read.
panel.addEventListener("mouseenter", () => document.body.classList.add("over-panel"));
panel.addEventListener("mouseleave", () => document.body.classList.remove("over-panel"));
document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") { hide(); } });
document.addEventListener("click", (ev) => {  // a click elsewhere; the canvas reports its own
  if (!panel.contains(ev.target) && !document.getElementById("network").contains(ev.target)) { hide(); }
});
