"""What `kg build` leaves in the export folder, and the formats a graph can be written in.

    graph.ttl / graph.nt / graph.jsonld   the extracted facts (one graph, three syntaxes)
    centrality.csv / centrality.ttl       computed from the facts, kept apart from them
    graph.html                            the interactive page
"""
from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph

from kg import analytics, viz
from kg.graph import write_bytes
from kg.model import PREFIXES

FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


def serialize(g: Graph, fmt: str) -> bytes:
    """Bytes of the graph in ttl, nt or jsonld; the same graph always gives the same bytes."""
    if fmt == "nt":
        return sorted_ntriples(_ntriples(g))
    if fmt == "ttl":
        return turtle(serialize(g, "nt"))
    if fmt == "jsonld":
        context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
        data = json.loads(g.serialize(format="json-ld", context=context, encoding="utf-8"))
        return (json.dumps(_sorted(data), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return g.serialize(format=FORMATS[fmt], encoding="utf-8")


def _ntriples(g: Graph) -> bytes:
    """Straight from Oxigraph when the graph lives there; else through rdflib."""
    from oxrdflib import OxigraphStore

    if isinstance(g.store, OxigraphStore):
        import pyoxigraph as ox

        return g.store._inner.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return g.serialize(format="nt", encoding="utf-8")


def turtle(ntriples: bytes) -> bytes:
    """Turtle written by Oxigraph from sorted N-Triples: triples grouped by subject in a fixed
    order, our prefixes (sorted), and some ten times faster than rdflib's pretty printer."""
    import pyoxigraph as ox

    body = ox.serialize(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE,
                        prefixes={k: str(v) for k, v in PREFIXES.items()})
    lines = body.split(b"\n")
    n = next(i for i, ln in enumerate(lines + [b""]) if not ln.startswith(b"@prefix"))
    return b"\n".join(sorted(lines[:n]) + lines[n:])


def sorted_ntriples(data: bytes) -> bytes:
    """One triple per line, sorted: stable and diff-friendly. Split on "\n" only: a literal
    may hold U+2028 or U+0085, which N-Triples leaves as they are."""
    lines = data.decode("utf-8").split("\n")
    return ("\n".join(sorted(ln for ln in lines if ln.strip())) + "\n").encode("utf-8")


def _sorted(data):
    """JSON-LD nodes and values in a fixed order (the serializer follows the store's)."""
    if isinstance(data, dict):
        return {k: _sorted(v) for k, v in sorted(data.items())}
    if isinstance(data, list):
        items = [_sorted(v) for v in data]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return data


def render_all(g: Graph, max_nodes: int = 300, formats=tuple(FORMATS)) -> dict[str, bytes]:
    """File name -> content of everything a build leaves in the export folder."""
    files = {f"graph.{suffix}": serialize(g, suffix) for suffix in formats}
    scores = analytics.centrality(analytics.network(g))
    ranked = analytics.ranking(scores)
    files["centrality.csv"] = analytics.to_csv(ranked).encode("utf-8")
    files["centrality.ttl"] = serialize(analytics.to_rdf(scores, ranked), "ttl")
    files["graph.html"] = viz.page(g, max_nodes).html.encode("utf-8")
    return files


def write_all(g: Graph, out_dir: Path, max_nodes: int = 300, formats=tuple(FORMATS)) -> list[Path]:
    """Everything is computed before the first file is touched, and each file is replaced
    atomically: a build stopped at any point leaves every file whole, old or new."""
    files = render_all(g, max_nodes, formats)
    out_dir = Path(out_dir)
    for name in files:  # temporaries a killed build left behind
        for stale in out_dir.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)
    return [write_bytes(out_dir / name, data) for name, data in files.items()]
