"""Load, save and query the graph."""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from rdflib import Graph, Literal, Variable
from rdflib.plugins.sparql import prepareQuery

from kg import model
from kg.errors import KgError, QueryError


def save(graph: Graph, path: Path, fmt: str = "turtle") -> Path:
    return write_bytes(path, graph.serialize(format=fmt, encoding="utf-8"))


def write_bytes(path: Path, data: bytes) -> Path:
    """Write atomically: a temporary file in the same folder, then moved into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; an export is not
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


FORMAT_OF_SUFFIX = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".jsonld": "json-ld"}


def load(*paths: Path) -> Graph:
    """One graph from one or more files (graph.ttl, and centrality.ttl beside it, say)."""
    g = model.new_graph()
    for path in map(Path, paths):
        if not path.exists():
            raise KgError(f"{path}: no such graph file; build one with `kg build`")
        fmt = FORMAT_OF_SUFFIX.get(path.suffix)
        if fmt is None:
            raise KgError(f"{path}: unknown graph format; use .ttl, .nt or .jsonld")
        g.parse(path, format=fmt)
    return g


def query(graph: Graph, text: str, params: dict[str, str] | None = None, name: str = "query"):
    """Run a SPARQL SELECT/ASK; parameters are bound as plain literals, never pasted in."""
    try:
        q = prepareQuery(text, initNs=model.PREFIXES)
    except Exception as exc:  # pyparsing errors carry line and column
        raise QueryError(f"{name}: {_parse_message(exc)}") from exc
    bindings = {}
    for key, value in (params or {}).items():
        if f"?{key}" not in text and f"${key}" not in text:
            raise QueryError(f"{name}: unknown parameter {key!r}: the query has no ?{key}")
        bindings[Variable(key)] = Literal(value)
    return graph.query(q, initBindings=bindings)


def _parse_message(exc: Exception) -> str:
    line, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
    msg = getattr(exc, "msg", None) or str(exc).splitlines()[0]
    return f"line {line}, column {col}: {msg}" if line else msg


def format_result(result, fmt: str) -> str:
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    if fmt == "csv":
        return result.serialize(format="csv").decode("utf-8")
    rows = [[("" if v is None else " ".join(str(v).split())) for v in row] for row in result]
    return format_table([str(v) for v in result.vars], rows)


def format_table(head: list[str], rows: list[list[str]]) -> str:
    """Columns aligned for a terminal."""
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(head)]
    out = io.StringIO()
    for line in [head, ["-" * w for w in widths]] + rows:
        out.write("  ".join(c + " " * (w - _width(c)) for c, w in zip(line, widths)).rstrip() + "\n")
    return out.getvalue()


def _width(s: str) -> int:
    """Terminal columns: Chinese characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
