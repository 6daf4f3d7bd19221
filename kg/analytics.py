"""Who is central: the network of organisations the graph ties together, and its centrality.

The network is read from the RDF graph with SPARQL, never from the extractors' output, so
it is the same whether the graph was just built or loaded from a file. Ties, each with
a weight that counts what the two organisations share:

    signed    signed the same agreement          (agreements)
    person    one person holds posts in both     (people)
    event     took part in the same event        (events, organisers and participants)
    sub_unit  one is a sub-unit of the other     (1)

Measures are computed on the whole network (every organisation, whatever its type) and
ranked among industry associations. Weighted measures read a tie of weight w as a path
of length 1/w: two associations that share three agreements are closer than two that
share one.
"""
from __future__ import annotations

import csv
import io
from itertools import combinations
from dataclasses import dataclass, field
from decimal import Decimal

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.model import KGO, ORG_CLASS, QUERY_PREFIXES, new_graph

# Each query lists what ties organisations (?via: an agreement, a person, an event, a
# parent) with one organisation it ties (?org); pairs are formed in Python, since a
# self-join in SPARQL grows with the square of each event's participants.
TIES = {
    "signed": """
        SELECT DISTINCT ?via ?org ?name WHERE {
          ?s kgo:agreement ?via ; kgo:signatory ?org . OPTIONAL { ?via rdfs:label ?name } }""",
    "person": """
        SELECT DISTINCT ?via ?org ?name WHERE {
          ?post org:heldBy ?via ; org:postIn ?org . OPTIONAL { ?via foaf:name ?name } }""",
    "event": """
        SELECT DISTINCT ?via ?org ?name WHERE {
          VALUES ?how { kgo:organiser kgo:host kgo:coOrganiser kgo:initiator kgo:supervisor
                        kgo:supporter kgo:participant }
          ?via a kgo:Event ; ?how ?org . OPTIONAL { ?via rdfs:label ?name } }""",
    "sub_unit": """
        SELECT ?via ?org ?name WHERE {
          ?child org:subOrganizationOf ?via . VALUES ?side { 0 1 }
          BIND(IF(?side = 0, ?child, ?via) AS ?org) OPTIONAL { ?via rdfs:label ?name } }""",
}
NODES = """
    SELECT ?o ?label ?type WHERE {
      ?o a org:Organization ; rdfs:label ?label . OPTIONAL { ?o a ?type . FILTER(?type != org:Organization) } }"""
KIND_OF_CLASS = {cls: kind for kind, cls in ORG_CLASS.items()}
MEASURES = ("degree", "weighted_degree", "betweenness", "eigenvector", "pagerank", "closeness")


def organisations(g: Graph) -> dict[URIRef, tuple[str, str]]:
    """IRI -> (label, kind) of every organisation; kind as in ORG_CLASS, else "other"."""
    out: dict[URIRef, tuple[str, str]] = {}
    for row in g.query(NODES, initNs=QUERY_PREFIXES):
        kind = KIND_OF_CLASS.get(row.type, "other") if row.type is not None else "other"
        if out.get(row.o, ("", "other"))[1] == "other":
            out[row.o] = (str(row.label), kind)
    return out


def network(g: Graph) -> nx.Graph:
    """Organisations as nodes (label, kind); one edge per tied pair, with its ties by kind:
    {"signed": {agreement IRI: title}, "person": {person IRI: name}, "event": {…}, …};
    a tie's weight counts IRIs, so two events that share a name are two."""
    net = nx.Graph()
    for iri, (label, kind) in sorted(organisations(g).items()):
        net.add_node(iri, label=label, kind=kind)
    for tie, sparql in TIES.items():
        members: dict = {}
        names: dict = {}
        rows = sorted(g.query(sparql, initNs=QUERY_PREFIXES), key=lambda r: (str(r.via), str(r.org)))
        for row in rows:  # in a fixed order, whatever the engine
            if row.org in net:
                members.setdefault(row.via, set()).add(row.org)
                names[row.via] = str(row.name or row.via)
        for via, orgs in members.items():
            for a, b in combinations(sorted(orgs), 2):
                if not net.has_edge(a, b):
                    net.add_edge(a, b, ties={})
                net.edges[a, b]["ties"].setdefault(tie, {})[via] = names[via]
    for _, _, data in net.edges(data=True):
        data["weight"] = sum(len(v) for v in data["ties"].values())
        data["distance"] = 1 / data["weight"]
    return net


@dataclass(frozen=True)
class Scores:
    iri: URIRef
    label: str
    kind: str
    degree: int
    weighted_degree: int
    betweenness: float
    eigenvector: float | None  # None where the power iteration did not converge
    pagerank: float
    closeness: float
    ties: dict = field(default_factory=dict, compare=False)  # tie kind -> number of partners


def centrality(net: nx.Graph) -> dict[URIRef, Scores]:
    """Every measure for every node; a graph with no nodes has no scores."""
    if net.number_of_nodes() == 0:
        return {}
    between = nx.betweenness_centrality(net, weight="distance", normalized=True)
    close = nx.closeness_centrality(net, distance="distance")
    try:
        eigen = nx.eigenvector_centrality(net, weight="weight", max_iter=1000)
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException):
        eigen = {}
    rank = nx.pagerank(net, weight="weight")
    out = {}
    for n, data in net.nodes(data=True):
        ties: dict[str, int] = {}
        for _, _, e in net.edges(n, data=True):
            for tie in e["ties"]:
                ties[tie] = ties.get(tie, 0) + 1
        out[n] = Scores(n, data["label"], data["kind"], net.degree(n),
                        int(net.degree(n, weight="weight")), _r(between[n]),
                        _r(eigen[n]) if n in eigen else None, _r(rank[n]), _r(close[n]), ties)
    return out


def _r(x: float) -> float:
    return round(float(x), 6)


def ranking(scores: dict[URIRef, Scores], kinds=("association",), by: str | None = None) -> list[Scores]:
    """Best first. By default by the mean of an organisation's ranks over all measures, so
    that no single measure decides; `by` names one measure to sort by instead."""
    rows = [s for s in scores.values() if s.kind in kinds]
    if by:
        return sorted(rows, key=lambda s: (-(getattr(s, by) or 0), s.label))
    mean_rank = {s.iri: 0.0 for s in rows}
    for m in MEASURES:
        values = sorted({getattr(s, m) or 0 for s in rows}, reverse=True)
        place = {v: i for i, v in enumerate(values)}  # equal values share a place
        for s in rows:
            mean_rank[s.iri] += place[getattr(s, m) or 0] / len(MEASURES)
    return sorted(rows, key=lambda s: (mean_rank[s.iri], -s.weighted_degree, s.label))


def rank_graph(g: Graph, kinds=("association",), by: str | None = None) -> list[Scores]:
    return ranking(centrality(network(g)), kinds, by)


COLUMNS = ("rank", "organisation", "iri") + MEASURES + tuple(TIES)


def rows(ranked: list[Scores]) -> list[dict]:
    out = []
    for i, s in enumerate(ranked, 1):
        row = {"rank": i, "organisation": s.label, "iri": str(s.iri)}
        row.update({m: "" if getattr(s, m) is None else getattr(s, m) for m in MEASURES})
        row.update({t: s.ties.get(t, 0) for t in TIES})
        out.append(row)
    return out


def to_csv(ranked: list[Scores]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows(ranked))
    return buf.getvalue()


def to_rdf(scores: dict[URIRef, Scores], ranked: list[Scores]) -> Graph:
    """The measures as triples on the organisations, in a graph of their own."""
    g = new_graph()
    for s in sorted(scores.values(), key=lambda s: str(s.iri)):
        g.add((s.iri, KGO.degree, Literal(s.degree)))
        g.add((s.iri, KGO.weightedDegree, Literal(s.weighted_degree)))
        for prop, value in ((KGO.betweenness, s.betweenness), (KGO.eigenvector, s.eigenvector),
                            (KGO.pageRank, s.pagerank), (KGO.closeness, s.closeness)):
            if value is not None:
                g.add((s.iri, prop, Literal(Decimal(str(value)), datatype=XSD.decimal)))
    for i, s in enumerate(ranked, 1):
        g.add((s.iri, KGO.associationRank, Literal(i)))
    return g
