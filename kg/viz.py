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
SENTENCE_CHARS = 90  # of a source sentence in a tooltip; `kg query sources --param entity=…` has all

# Each fact query keeps the IRI of one sentence (?s), to find its article. The sentence is
# matched by `?s nif:isString ?said`: `?s a kgo:Sentence` is joined first by rdflib, which
# made EVENTS 90× slower on 300 articles.
POSTS = """
SELECT ?person ?name ?org ?role ?former (MIN(STR(?s)) AS ?sentence) WHERE {
  ?post org:heldBy ?person ; org:postIn ?org ; org:role/rdfs:label ?role ; kgo:former ?former ;
        prov:wasDerivedFrom ?s . ?s nif:isString ?said . ?person foaf:name ?name }
GROUP BY ?person ?name ?org ?role ?former"""
SIGNINGS = """
SELECT ?org ?agreement ?title ?date (MIN(STR(?s)) AS ?sentence) WHERE {
  ?x kgo:agreement ?agreement ; kgo:signatory ?org ; prov:wasDerivedFrom ?s . ?s nif:isString ?said .
  ?agreement rdfs:label ?title . OPTIONAL { ?x dcterms:date ?date } }
GROUP BY ?org ?agreement ?title ?date"""
EVENTS = """
SELECT ?org ?event ?name ?how ?date (MIN(STR(?s)) AS ?sentence) WHERE {
  VALUES ?how { kgo:organiser kgo:host kgo:coOrganiser kgo:initiator kgo:supervisor
                kgo:supporter kgo:participant }
  ?event a kgo:Event ; rdfs:label ?name ; ?how ?org ; prov:wasDerivedFrom ?s . ?s nif:isString ?said .
  OPTIONAL { ?event dcterms:date ?date } }
GROUP BY ?org ?event ?name ?how ?date"""
LONE_EVENTS = """
SELECT ?event ?name ?date (MIN(STR(?s)) AS ?sentence) WHERE {
  ?event a kgo:Event ; rdfs:label ?name ; prov:wasDerivedFrom ?s . ?s nif:isString ?said .
  OPTIONAL { ?event dcterms:date ?date } }
GROUP BY ?event ?name ?date"""
# Two plain queries, joined in Python: one with OPTIONALs over every sentence is 4× slower.
SENTENCES = """SELECT ?s ?text ?doc WHERE { ?s nif:isString ?text ; dcterms:isPartOf ?doc }"""
DOCUMENTS = """
SELECT ?doc ?source ?title WHERE {
  ?doc a foaf:Document . OPTIONAL { ?doc dcterms:source ?source } OPTIONAL { ?doc dcterms:title ?title } }"""
SUB_UNITS = """SELECT ?child ?parent WHERE { ?child org:subOrganizationOf ?parent }"""
FIGURES = """
SELECT ?region ?place ?indicator ?ind ?value ?unit ?q ?year ?kind (MIN(STR(?s)) AS ?sentence) WHERE {
  ?o a qb:Observation ; sdmx-dimension:refArea ?region ; kgo:indicator ?indicator ;
     sdmx-measure:obsValue ?value ; sdmx-attribute:unitMeasure/rdfs:label ?unit ;
     kgo:qualifier ?q ; kgo:kind ?kind ; prov:wasDerivedFrom ?s . ?s nif:isString ?said .
  ?region rdfs:label ?place . ?indicator rdfs:label ?ind .
  OPTIONAL { ?o sdmx-dimension:refPeriod ?year } }
GROUP BY ?region ?place ?indicator ?ind ?value ?unit ?q ?year ?kind"""
HOW = {"organiser": "主办", "host": "承办", "coOrganiser": "协办", "initiator": "发起",
       "supervisor": "指导", "supporter": "支持", "participant": "参加"}


@dataclass(frozen=True)
class Fact:
    """One line of a node's facts, with where it was read: the side panel shows all four."""
    text: str
    sentence: str | None = None  # the whole sentence, as the article has it
    file: str | None = None  # the article's file name
    title: str | None = None  # the article's title


@dataclass
class Page:
    html: str
    shown: int  # nodes drawn
    total: int  # nodes the graph has


def display_graph(g: Graph) -> nx.Graph:
    """Entities as nodes, facts as labelled edges; nodes and edges keep their Facts, which
    the tooltips show cut short and the side panel in full."""
    net = nx.Graph()
    where = _sentences(g)

    def fact(text: str, sentence) -> Fact:
        return Fact(text, *where.get(str(sentence), (None, None, None))) if sentence else Fact(text)

    for iri, (label, kind) in sorted(analytics.organisations(g).items()):
        _node(net, iri, label, kind)
    for r in _rows(g, POSTS):
        _node(net, r.person, str(r.name), "person")
        role = str(r.role) + ("（原）" if r.former.toPython() else "")
        _fact(net, r.person, r.org, role, fact(f"{r.name} 任 {_label(net, r.org)} {role}", r.sentence))
    for r in _rows(g, SIGNINGS):
        _node(net, r.agreement, f"《{r.title}》", "agreement")
        when = f"（{r.date}）" if r.date else ""
        _fact(net, r.org, r.agreement, "签署", fact(f"{_label(net, r.org)} 签署《{r.title}》{when}", r.sentence))
    for r in _rows(g, LONE_EVENTS):
        _node(net, r.event, str(r.name), "event")
        net.nodes[r.event]["facts"].append(fact(f"{r.name}（{r.date or '日期不详'}）", r.sentence))
    for r in _rows(g, EVENTS):
        how = HOW[str(r.how).rsplit("#", 1)[-1]]
        _fact(net, r.org, r.event, how, fact(f"{_label(net, r.org)} {how} {r.name}", r.sentence))
    for r in _rows(g, SUB_UNITS):
        _fact(net, r.child, r.parent, "下属", Fact(f"{_label(net, r.child)} 是 {_label(net, r.parent)} 的下属单位"))
    for r in _rows(g, FIGURES):
        _node(net, r.region, str(r.place), "region")
        _node(net, r.indicator, str(r.ind), "indicator")
        year = f"{r.year}年 " if r.year else ""
        target = "（目标）" if str(r.kind).endswith("Target") else ""
        _fact(net, r.region, r.indicator, "统计",
              fact(f"{year}{r.place} {r.ind} {r.q} {_num(r.value)} {r.unit}{target}", r.sentence))
    return net


def _sentences(g: Graph) -> dict[str, tuple[str, str | None, str | None]]:
    """Sentence IRI -> (its text, its article's file name, the article's title)."""
    docs = {r.doc: (_str(r.source), _str(r.title)) for r in g.query(DOCUMENTS, initNs=QUERY_PREFIXES)}
    return {str(r.s): (str(r.text), *docs.get(r.doc, (None, None)))
            for r in g.query(SENTENCES, initNs=QUERY_PREFIXES)}


def _str(term) -> str | None:
    return None if term is None else str(term)


def _rows(g: Graph, sparql: str) -> list:
    """The query's rows in a fixed order: tooltips list facts in it, whatever the engine."""
    return sorted(g.query(sparql, initNs=QUERY_PREFIXES),
                  key=lambda row: tuple("" if v is None else str(v) for v in row))


def _node(net: nx.Graph, iri, label: str, kind: str) -> None:
    if iri not in net:
        net.add_node(iri, label=label, kind=kind, facts=[])


def _label(net: nx.Graph, iri) -> str:
    return net.nodes[iri]["label"] if iri in net else str(iri).rsplit("/", 1)[-1]


def _line(fact: Fact) -> str:
    """A fact as a tooltip shows it: its text, then its sentence cut short."""
    if not fact.sentence:
        return fact.text
    text = fact.sentence
    return fact.text + f"\n  “{text if len(text) <= SENTENCE_CHARS else text[:SENTENCE_CHARS] + '…'}”"


def _fact(net: nx.Graph, a, b, relation: str, fact: Fact) -> None:
    if a not in net or b not in net:
        return
    if not net.has_edge(a, b):
        net.add_edge(a, b, relations=[], facts=[])
    edge = net.edges[a, b]
    if relation not in edge["relations"]:
        edge["relations"].append(relation)
    edge["facts"].append(fact)
    for n in (a, b):
        net.nodes[n]["facts"].append(fact)


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
                          "see `kg entities` for entity names")
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
    facts = sorted({f for _, d in shown.nodes(data=True) for f in d["facts"]},
                   key=lambda f: (f.text, f.sentence or "", f.file or ""))
    vis = _pyvis(shown, {f: i for i, f in enumerate(facts)})
    nodes, edges, _, _, _, options = vis.get_network_data()
    app_js = _template("viz_app.js").render(
        nodes=nodes, edges=edges, options=options, **_panel_data(facts),
        types=[{"kind": k, "label": v[0], "color": v[1]} for k, v in TYPES.items()
               if any(d["kind"] == k for _, d in shown.nodes(data=True))])
    vis_js = _asset("vis-network.min.js")
    # Only these two scripts may run: markup that slipped into the page could not.
    hashes = " ".join(script_hash(js) for js in (vis_js, app_js))
    html = _template("viz_page.html").render(
        title=title, shown=shown.number_of_nodes(), total=full.number_of_nodes(), focus=focus,
        vis_js=vis_js, app_js=app_js, vis_css=_asset("vis-network.css"), script_hashes=hashes)
    return Page(html, shown.number_of_nodes(), full.number_of_nodes())


def _panel_data(facts: list[Fact]) -> dict:
    """The facts the side panel shows, each sentence and article written once: a sentence is
    often the source of several facts, and an article of many."""
    sentences = sorted({f.sentence for f in facts if f.sentence})
    docs = sorted({(f.file or "", f.title or "") for f in facts if f.file or f.title})
    s_ix = {x: i for i, x in enumerate(sentences)}
    d_ix = {x: i for i, x in enumerate(docs)}
    return {"facts": [{"text": f.text, "sentence": s_ix.get(f.sentence),
                       "doc": d_ix.get((f.file or "", f.title or ""))} for f in facts],
            "sentences": sentences, "docs": [{"file": a, "title": b} for a, b in docs]}


def _pyvis(net: nx.Graph, fact_ids: dict[Fact, int]) -> Network:
    """Nodes carry their tooltip and, for the side panel, the numbers of all their facts."""
    vis = Network(height="100%", width="100%", directed=False, cdn_resources="in_line")
    score = nx.degree_centrality(net) if net.number_of_nodes() > 1 else {n: 1.0 for n in net}
    top = max(score.values(), default=1.0) or 1.0
    ids = {n: i for i, n in enumerate(sorted(net.nodes, key=str))}
    for n in sorted(net.nodes, key=str):
        d = net.nodes[n]
        facts = [_line(f) for f in d["facts"][:MAX_FACTS_IN_TIP]]
        more = len(d["facts"]) - len(facts)
        tip = "\n".join([f"{d['label']}（{TYPES[d['kind']][0]}）"] + facts +
                        ([f"……另有 {more} 条，点击节点查看"] if more > 0 else []))
        vis.add_node(ids[n], label=d["label"], title=tip, kind=d["kind"], color=TYPES[d["kind"]][1],
                     value=round(score[n] / top, 4), iri=str(n),
                     facts=list(dict.fromkeys(fact_ids[f] for f in d["facts"])))
    for a, b in sorted(net.edges, key=lambda e: (str(e[0]), str(e[1]))):
        e = net.edges[a, b]
        vis.add_edge(ids[a], ids[b], label="、".join(e["relations"]),
                     title="\n".join(_line(f) for f in e["facts"][:MAX_FACTS_IN_TIP]))
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
    # Chinese as itself, not as \uXXXX: half the bytes. `tojson` still escapes < > & ' for
    # <script>, and ingest turns U+2028/U+2029 into spaces.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    return env.from_string(resources.files("kg").joinpath(name).read_text(encoding="utf-8"))


def script_hash(script: str) -> str:
    """The CSP source that lets exactly this inline script run: 'sha256-…'."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


@cache
def _asset(name: str) -> str:
    path = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / name
    return path.read_text(encoding="utf-8")
