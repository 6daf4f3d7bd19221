"use strict";
const NODES = {{ nodes | tojson }};
const EDGES = {{ edges | tojson }};
const OPTIONS = {{ options | tojson }};
const TYPES = {{ types | tojson }};

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
