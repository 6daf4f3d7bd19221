"""What `kg build` leaves in the export folder, and the formats a graph can be written in.

    graph.ttl / graph.nt / graph.jsonld   the extracted facts (one graph, three syntaxes)
    centrality.csv / centrality.ttl       computed from the facts, kept apart from them
    graph.html                            the interactive page
"""
from __future__ import annotations

import io
from pathlib import Path

from rdflib import Graph

from kg import analytics, viz
from kg.graph import write_all as write_many
from kg.model import PREFIXES

FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


def serialize(g: Graph, fmt: str) -> bytes:
    """Bytes of the graph in ttl, nt or jsonld; the same graph always gives the same bytes."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return from_ntriples(sorted_dump(g), fmt)


def from_ntriples(nt: bytes, fmt: str) -> bytes:
    """Sorted N-Triples written as fmt, by Oxigraph (the order of the lines fixes the output)."""
    buf = io.BytesIO()
    write_ntriples_as(nt, fmt, buf)
    return buf.getvalue()


def write_ntriples_as(nt: bytes, fmt: str, fh) -> None:
    """Sorted N-Triples written to fh as fmt: N-Triples as they are, Turtle and JSON-LD
    by Oxigraph (JSON-LD streamed)."""
    import pyoxigraph as ox

    if fmt == "nt":
        fh.write(nt)
        return
    if fmt == "ttl":
        fh.write(turtle(nt))  # in memory: its prefix lines are sorted after
    else:
        ox.serialize(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES), fh, format=ox.RdfFormat.JSON_LD)
        fh.write(b"\n")


def ntriples(g: Graph) -> bytes:
    """Straight from Oxigraph when the graph lives there; else through rdflib."""
    from oxrdflib import OxigraphStore

    if isinstance(g.store, OxigraphStore):
        import pyoxigraph as ox

        return g.store._inner.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    import pyoxigraph as ox

    # rewritten by Oxigraph, whose escapes differ from rdflib's: the same bytes in every mode
    return ox.serialize(ox.parse(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES),
                        format=ox.RdfFormat.N_TRIPLES)


def turtle(ntriples: bytes) -> bytes:
    """Turtle written by Oxigraph from sorted N-Triples: triples grouped by subject in a fixed
    order, our prefixes (sorted), and some ten times faster than rdflib's pretty printer."""
    import pyoxigraph as ox

    body = ox.serialize(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE,
                        prefixes={k: str(v) for k, v in PREFIXES.items()})
    lines = body.split(b"\n")
    n = next(i for i, ln in enumerate(lines + [b""]) if not ln.startswith(b"@prefix"))
    return b"\n".join(sorted(lines[:n]) + lines[n:])


def jsonld(ntriples: bytes) -> bytes:
    """Expanded JSON-LD (full IRIs, no @context) written by Oxigraph from sorted N-Triples:
    a node per subject in the order of the lines. rdflib's compacting writer took some
    fifty times as long."""
    import pyoxigraph as ox

    return ox.serialize(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.JSON_LD) + b"\n"


def sorted_dump(g: Graph) -> bytes:
    """The graph's N-Triples, sorted, with no more than the lines and their join in memory
    at once (the dump is let go as soon as it is split)."""
    lines = ntriples(g).split(b"\n")
    lines = [ln for ln in lines if ln.strip()]
    lines.sort()
    out = b"\n".join(lines) + b"\n"
    del lines
    return out


def sorted_ntriples(data: bytes) -> bytes:
    """One triple per line, sorted: stable and diff-friendly. Split on "\n" only: a literal
    may hold U+2028 or U+0085, which N-Triples leaves as they are. Bytes sort as their
    text does (UTF-8 keeps code point order)."""
    lines = [ln for ln in data.split(b"\n") if ln.strip()]
    lines.sort()
    return b"\n".join(lines) + b"\n"


def producers(g: Graph, max_nodes: int = 300, formats=tuple(FORMATS)) -> dict:
    """File name -> function writing it: everything a build leaves in the export folder.
    The graph is dumped once; the other syntaxes are written from that dump."""
    nt = sorted_dump(g) if formats else b""
    # each syntax is written from the dump as its file is written: one at a time in memory
    out = {f"graph.{suffix}": (lambda fh, s=suffix: write_ntriples_as(nt, s, fh)) for suffix in formats}
    scores = analytics.centrality(analytics.network(g))
    ranked = analytics.ranking(scores)
    out["centrality.csv"] = _writer(analytics.to_csv(ranked).encode("utf-8"))
    out["centrality.ttl"] = _writer(serialize(analytics.to_rdf(scores, ranked), "ttl"))
    out["graph.html"] = _writer(viz.page(g, max_nodes).html.encode("utf-8"))
    return out


def _writer(data: bytes):
    return lambda fh: fh.write(data)


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
