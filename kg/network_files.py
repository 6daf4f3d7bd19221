"""The network of organisations as files that Gephi, Cytoscape, igraph and UCINET open.

The network is the one `kg.analytics` measures (`network` and `centrality`), written with
networkx's own GraphML and GEXF writers. Those formats hold plain values only, so each node
and edge is flattened here: a node keeps its label, type, IRI and measures; an edge its
weight, the kinds of tie it stands for, how many of each, and what ties the two.
"""
from __future__ import annotations

import io

import networkx as nx
from rdflib import Graph

from kg import analytics
from kg.viz import TYPES

FORMATS = ("graphml", "gexf")
TIE_NAMES = {"signed": "同签协议", "person": "同一人任职", "event": "同场活动", "sub_unit": "下属单位"}


def flat(net: nx.Graph, scores: dict) -> nx.Graph:
    """Nodes and edges with only strings and numbers on them, ids the organisations' IRIs."""
    out = nx.Graph()
    for n, data in net.nodes(data=True):
        s = scores[n]
        attrs = {"label": data["label"], "type": data["kind"], "type_label": TYPES[data["kind"]][0],
                 "iri": str(n)}
        for m in analytics.MEASURES:
            if getattr(s, m) is not None:  # eigenvector where the iteration did not converge
                attrs[m] = getattr(s, m)
        out.add_node(str(n), **attrs)
    for a, b, data in sorted(net.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):  # stable files
        kinds = [t for t in analytics.TIES if t in data["ties"]]
        attrs = {"weight": data["weight"], "ties": ",".join(kinds),
                 "ties_label": "、".join(TIE_NAMES[t] for t in kinds),
                 "via": "；".join(sorted(name for t in kinds for name in data["ties"][t].values()))}
        attrs.update({t: len(data["ties"].get(t, {})) for t in analytics.TIES})
        out.add_edge(str(a), str(b), **attrs)
    return out


def _coloured(net: nx.Graph) -> nx.Graph:
    """GEXF carries colours: Gephi then shows types as the page does."""
    out = net.copy()
    for _, data in out.nodes(data=True):
        h = TYPES[data["type"]][1].lstrip("#")
        data["viz"] = {"color": {"r": int(h[:2], 16), "g": int(h[2:4], 16), "b": int(h[4:], 16), "a": 1.0}}
    return out


def serialize(g: Graph, fmt: str) -> bytes:
    """The graph's network of organisations as GraphML or GEXF (UTF-8 XML)."""
    net = analytics.network(g)
    data = flat(net, analytics.centrality(net))
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(data, buf, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(_coloured(data), buf, encoding="utf-8")
    else:
        raise ValueError(f"unknown network format {fmt!r}; use one of {', '.join(FORMATS)}")
    return buf.getvalue()
