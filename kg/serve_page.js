"use strict";
// Results are written with textContent only: values from the graph are never parsed as HTML.
const EXAMPLE = /*EXAMPLE*/;
const box = document.getElementById("query");
const status = document.getElementById("status");
const table = document.getElementById("results");
box.value = EXAMPLE;

function cell(tag, text) {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

function show(data, truncated) {
  table.replaceChildren();
  if (typeof data.boolean === "boolean") {
    status.textContent = "ASK: " + data.boolean;
    return;
  }
  const vars = data.head.vars;
  const head = document.createElement("tr");
  for (const v of vars) head.append(cell("th", v));
  table.append(head);
  for (const b of data.results.bindings) {
    const tr = document.createElement("tr");
    for (const v of vars) tr.append(cell("td", b[v] ? b[v].value : ""));
    table.append(tr);
  }
  status.textContent = data.results.bindings.length + " 行 rows" +
    (truncated ? "（结果已截断 truncated）" : "");
}

document.getElementById("form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  status.className = "";
  status.textContent = "…";
  const resp = await fetch("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json" },
    body: box.value,
  });
  if (!resp.ok) {
    status.className = "error";
    status.textContent = resp.status + ": " + await resp.text();
    table.replaceChildren();
    return;
  }
  const type = resp.headers.get("Content-Type") || "";
  if (!type.includes("json")) {
    status.textContent = "";
    table.replaceChildren();
    const pre = cell("pre", await resp.text());
    table.append(pre);
    return;
  }
  show(await resp.json(), resp.headers.get("X-KG-Truncated") === "true");
});
window.kgServeReady = true;
