"""The interactive page: the graph's entities and facts drawn with pyvis (vis-network).

pyvis assembles the nodes, edges and options and ships vis-network; the page itself is our
template (`viz_page.html`), because pyvis's own links Bootstrap from a CDN and renders every
tooltip as HTML as soon as one contains "href". Here every script and style is inline, data
goes in as JSON escaped for <script> (Jinja's `tojson`), and the page builds tooltips,
legend and search with `textContent`, so text from an article is never parsed as markup.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import jinja2
import networkx as nx
import pyvis
from pyvis.network import Network
from rdflib import Graph

from kg import analytics
from kg.errors import KgError
from kg.model import QUERY_PREFIXES

# type -> (legend label, colour); organisation kinds first, as analytics names them
TYPES = {
    "association": ("行业协会", "#d62728"), "government": ("政府机构", "#1f77b4"),
    "agency": ("社工机构", "#2ca02c"), "university": ("高校", "#9467bd"),
    "media": ("媒体", "#8c564b"), "party": ("党群组织", "#e377c2"), "other": ("其他组织", "#7f7f7f"),
    "person": ("人物", "#ff7f0e"), "agreement": ("协议", "#17becf"), "event": ("活动", "#bcbd22"),
    "region": ("地区", "#aec7e8"), "indicator": ("统计指标", "#98df8a"),
}
MAX_FACTS_IN_TIP = 8
SENTENCE_CHARS = 90  # of a source sentence in a tooltip; `kg query queries/sources.rq` has all

POSTS = """
SELECT ?person ?name ?org ?role ?former (MIN(?s) AS ?sentence) WHERE {
  ?post org:heldBy ?person ; org:postIn ?org ; org:role/rdfs:label ?role ; kgo:former ?former ;
        prov:wasDerivedFrom/nif:isString ?s . ?person foaf:name ?name }
GROUP BY ?person ?name ?org ?role ?former"""
SIGNINGS = """
SELECT ?org ?agreement ?title ?date (MIN(?s) AS ?sentence) WHERE {
  ?x kgo:agreement ?agreement ; kgo:signatory ?org ; prov:wasDerivedFrom/nif:isString ?s .
  ?agreement rdfs:label ?title . OPTIONAL { ?x dcterms:date ?date } }
GROUP BY ?org ?agreement ?title ?date"""
EVENTS = """
SELECT ?org ?event ?name ?how ?date (MIN(?s) AS ?sentence) WHERE {
  VALUES ?how { kgo:organiser kgo:host kgo:coOrganiser kgo:initiator kgo:supervisor
                kgo:supporter kgo:participant }
  ?event a kgo:Event ; rdfs:label ?name ; ?how ?org ; prov:wasDerivedFrom/nif:isString ?s .
  OPTIONAL { ?event dcterms:date ?date } }
GROUP BY ?org ?event ?name ?how ?date"""
LONE_EVENTS = """
SELECT ?event ?name ?date (MIN(?s) AS ?sentence) WHERE {
  ?event a kgo:Event ; rdfs:label ?name ; prov:wasDerivedFrom/nif:isString ?s .
  OPTIONAL { ?event dcterms:date ?date } }
GROUP BY ?event ?name ?date"""
SUB_UNITS = """SELECT ?child ?parent WHERE { ?child org:subOrganizationOf ?parent }"""
FIGURES = """
SELECT ?region ?place ?indicator ?ind ?value ?unit ?q ?year ?kind (MIN(?s) AS ?sentence) WHERE {
  ?o a qb:Observation ; sdmx-dimension:refArea ?region ; kgo:indicator ?indicator ;
     sdmx-measure:obsValue ?value ; sdmx-attribute:unitMeasure/rdfs:label ?unit ;
     kgo:qualifier ?q ; kgo:kind ?kind ; prov:wasDerivedFrom/nif:isString ?s .
  ?region rdfs:label ?place . ?indicator rdfs:label ?ind .
  OPTIONAL { ?o sdmx-dimension:refPeriod ?year } }
GROUP BY ?region ?place ?indicator ?ind ?value ?unit ?q ?year ?kind"""
HOW = {"organiser": "主办", "host": "承办", "coOrganiser": "协办", "initiator": "发起",
       "supervisor": "指导", "supporter": "支持", "participant": "参加"}


@dataclass
class Page:
    html: str
    shown: int  # nodes drawn
    total: int  # nodes the graph has


def display_graph(g: Graph) -> nx.Graph:
    """Entities as nodes, facts as labelled edges; each keeps the lines its tooltip shows."""
    net = nx.Graph()
    for iri, (label, kind) in sorted(analytics.organisations(g).items()):
        _node(net, iri, label, kind)
    for r in _rows(g, POSTS):
        _node(net, r.person, str(r.name), "person")
        role = str(r.role) + ("（原）" if r.former.toPython() else "")
        _fact(net, r.person, r.org, role, f"{r.name} 任 {_label(net, r.org)} {role}", r.sentence)
    for r in _rows(g, SIGNINGS):
        _node(net, r.agreement, f"《{r.title}》", "agreement")
        when = f"（{r.date}）" if r.date else ""
        _fact(net, r.org, r.agreement, "签署", f"{_label(net, r.org)} 签署《{r.title}》{when}", r.sentence)
    for r in _rows(g, LONE_EVENTS):
        _node(net, r.event, str(r.name), "event")
        net.nodes[r.event]["facts"].append(_line(f"{r.name}（{r.date or '日期不详'}）", r.sentence))
    for r in _rows(g, EVENTS):
        how = HOW[str(r.how).rsplit("#", 1)[-1]]
        _fact(net, r.org, r.event, how, f"{_label(net, r.org)} {how} {r.name}", r.sentence)
    for r in _rows(g, SUB_UNITS):
        _fact(net, r.child, r.parent, "下属", f"{_label(net, r.child)} 是 {_label(net, r.parent)} 的下属单位", None)
    for r in _rows(g, FIGURES):
        _node(net, r.region, str(r.place), "region")
        _node(net, r.indicator, str(r.ind), "indicator")
        year = f"{r.year}年 " if r.year else ""
        target = "（目标）" if str(r.kind).endswith("Target") else ""
        _fact(net, r.region, r.indicator, "统计",
              f"{year}{r.place} {r.ind} {r.q} {_num(r.value)} {r.unit}{target}", r.sentence)
    return net


def _rows(g: Graph, sparql: str) -> list:
    """The query's rows in a fixed order: tooltips list facts in it, whatever the engine."""
    return sorted(g.query(sparql, initNs=QUERY_PREFIXES),
                  key=lambda row: tuple("" if v is None else str(v) for v in row))


def _node(net: nx.Graph, iri, label: str, kind: str) -> None:
    if iri not in net:
        net.add_node(iri, label=label, kind=kind, facts=[])


def _label(net: nx.Graph, iri) -> str:
    return net.nodes[iri]["label"] if iri in net else str(iri).rsplit("/", 1)[-1]


def _line(fact: str, sentence) -> str:
    if not sentence:
        return fact
    text = str(sentence)
    return fact + f"\n  “{text if len(text) <= SENTENCE_CHARS else text[:SENTENCE_CHARS] + '…'}”"


def _fact(net: nx.Graph, a, b, relation: str, fact: str, sentence) -> None:
    if a not in net or b not in net:
        return
    line = _line(fact, sentence)
    if not net.has_edge(a, b):
        net.add_edge(a, b, relations=[], facts=[])
    edge = net.edges[a, b]
    if relation not in edge["relations"]:
        edge["relations"].append(relation)
    edge["facts"].append(line)
    for n in (a, b):
        net.nodes[n]["facts"].append(line)


def _num(value) -> str:
    v = value.toPython()
    return str(int(v)) if float(v).is_integer() else str(v)


def select(net: nx.Graph, max_nodes: int, focus: str | None = None) -> nx.Graph:
    """The part of the graph to draw: around `focus` if given, then the most central nodes."""
    if focus is not None:
        hits = [n for n, d in net.nodes(data=True) if d["label"] == focus] or \
               [n for n, d in net.nodes(data=True) if focus in d["label"]]
        if not hits:
            raise KgError(f"--focus {focus!r}: no node has that label; "
                          "see `kg query queries/sources.rq` for entity names")
        keep = set()
        for h in hits:
            keep |= set(nx.ego_graph(net, h, radius=2))
        net = net.subgraph(keep).copy()
    if net.number_of_nodes() <= max_nodes:
        return net
    score = nx.degree_centrality(net)
    ranked = sorted(net.nodes, key=lambda n: (-score[n], net.nodes[n]["label"], str(n)))
    return net.subgraph(ranked[:max_nodes]).copy()


def page(g: Graph, max_nodes: int = 300, focus: str | None = None, title: str = "社会工作知识图谱") -> Page:
    full = display_graph(g)
    shown = select(full, max_nodes, focus)
    vis = _pyvis(shown)
    nodes, edges, _, _, _, options = vis.get_network_data()
    app_js = _template("viz_app.js").render(
        nodes=nodes, edges=edges, options=options,
        types=[{"kind": k, "label": v[0], "color": v[1]} for k, v in TYPES.items()
               if any(d["kind"] == k for _, d in shown.nodes(data=True))])
    vis_js = _asset("vis-network.min.js")
    # Only these two scripts may run: markup that slipped into the page could not.
    hashes = " ".join(script_hash(js) for js in (vis_js, app_js))
    html = _template("viz_page.html").render(
        title=title, shown=shown.number_of_nodes(), total=full.number_of_nodes(), focus=focus,
        vis_js=vis_js, app_js=app_js, vis_css=_asset("vis-network.css"), script_hashes=hashes)
    return Page(html, shown.number_of_nodes(), full.number_of_nodes())


def _pyvis(net: nx.Graph) -> Network:
    vis = Network(height="100%", width="100%", directed=False, cdn_resources="in_line")
    score = nx.degree_centrality(net) if net.number_of_nodes() > 1 else {n: 1.0 for n in net}
    top = max(score.values(), default=1.0) or 1.0
    ids = {n: i for i, n in enumerate(sorted(net.nodes, key=str))}
    for n in sorted(net.nodes, key=str):
        d = net.nodes[n]
        facts = d["facts"][:MAX_FACTS_IN_TIP]
        more = len(d["facts"]) - len(facts)
        tip = "\n".join([f"{d['label']}（{TYPES[d['kind']][0]}）"] + facts +
                        ([f"……另有 {more} 条"] if more > 0 else []))
        vis.add_node(ids[n], label=d["label"], title=tip, kind=d["kind"], color=TYPES[d["kind"]][1],
                     value=round(score[n] / top, 4), iri=str(n))
    for a, b in sorted(net.edges, key=lambda e: (str(e[0]), str(e[1]))):
        e = net.edges[a, b]
        vis.add_edge(ids[a], ids[b], label="、".join(e["relations"]),
                     title="\n".join(e["facts"][:MAX_FACTS_IN_TIP]))
    vis.set_options("""{
      "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300},
                  "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120}},
      "nodes": {"shape": "dot", "font": {"size": 14, "face": "Noto Sans CJK SC, sans-serif"},
                "scaling": {"min": 10, "max": 42, "label": {"enabled": true, "min": 12, "max": 26}}},
      "edges": {"font": {"size": 11, "align": "middle", "face": "Noto Sans CJK SC, sans-serif"},
                "color": {"inherit": false, "color": "#b0b0b0"}, "smooth": false},
      "interaction": {"hover": true, "tooltipDelay": 150, "navigationButtons": false}
    }""")
    return vis


@cache
def _template(name: str) -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(resources.files("kg").joinpath(name).read_text(encoding="utf-8"))


def script_hash(script: str) -> str:
    """The CSP source that lets exactly this inline script run: 'sha256-…'."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


@cache
def _asset(name: str) -> str:
    path = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / name
    return path.read_text(encoding="utf-8")
