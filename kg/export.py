"""What `kg build` leaves in the export folder, and the formats a graph can be written in.

    graph.ttl / graph.nt / graph.jsonld   the extracted facts (one graph, three syntaxes)
    centrality.csv / centrality.ttl       computed from the facts, kept apart from them
    graph.html                            the interactive page
"""
from __future__ import annotations

import io
import json
from pathlib import Path

from rdflib import Graph

from kg import analytics, viz
from kg.graph import write_all as write_many
from kg.model import PREFIXES

FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


def serialize(g: Graph, fmt: str) -> bytes:
    """Bytes of the graph in ttl, nt or jsonld; the same graph always gives the same bytes."""
    if fmt == "nt":
        return sorted_ntriples(ntriples(g))
    if fmt == "ttl":
        return turtle(serialize(g, "nt"))
    if fmt == "jsonld":
        context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
        data = json.loads(g.serialize(format="json-ld", context=context, encoding="utf-8"))
        return (json.dumps(_sorted(data), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return g.serialize(format=FORMATS[fmt], encoding="utf-8")


def ntriples(g: Graph) -> bytes:
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


def producers(g: Graph, max_nodes: int = 300, formats=tuple(FORMATS)) -> dict:
    """File name -> function writing it: everything a build leaves in the export folder.
    A graph held by Oxigraph is streamed to its file (a large graph never sits in memory
    twice); its order is Oxigraph's, which is fixed for a given graph."""
    out = {f"graph.{suffix}": _graph_writer(g, suffix) for suffix in formats}
    scores = analytics.centrality(analytics.network(g))
    ranked = analytics.ranking(scores)
    csv_bytes = analytics.to_csv(ranked).encode("utf-8")
    scores_ttl = serialize(analytics.to_rdf(scores, ranked), "ttl")
    page = viz.page(g, max_nodes).html.encode("utf-8")
    out["centrality.csv"] = lambda fh: fh.write(csv_bytes)
    out["centrality.ttl"] = lambda fh: fh.write(scores_ttl)
    out["graph.html"] = lambda fh: fh.write(page)
    return out


def _graph_writer(g: Graph, suffix: str):
    from oxrdflib import OxigraphStore

    if isinstance(g.store, OxigraphStore) and suffix in ("nt", "ttl"):
        import pyoxigraph as ox

        fmt = ox.RdfFormat.N_TRIPLES if suffix == "nt" else ox.RdfFormat.TURTLE
        prefixes = {} if suffix == "nt" else {k: str(v) for k, v in PREFIXES.items()}
        return lambda fh: g.store._inner.dump(fh, format=fmt, from_graph=ox.DefaultGraph(),
                                              **({"prefixes": prefixes} if prefixes else {}))
    return lambda fh: fh.write(serialize(g, suffix))


def render_all(g: Graph, max_nodes: int = 300, formats=tuple(FORMATS)) -> dict[str, bytes]:
    """File name -> content of everything a build leaves in the export folder."""
    out = {}
    for name, produce in producers(g, max_nodes, formats).items():
        buf = io.BytesIO()
        produce(buf)
        out[name] = buf.getvalue()
    return out


def write_all(g: Graph, out_dir: Path, max_nodes: int = 300, formats=tuple(FORMATS)) -> list[Path]:
    """Everything is computed and written to temporaries before the first file is replaced,
    and each is moved into place whole: a build stopped at any point leaves every file
    whole, old or new."""
    out_dir = Path(out_dir)
    files = producers(g, max_nodes, formats)
    for name in files:  # temporaries a killed build left behind
        for stale in out_dir.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)
    return write_many({out_dir / name: produce for name, produce in files.items()})
