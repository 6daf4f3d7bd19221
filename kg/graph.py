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
    """Write atomically: a temporary file in the same folder, then moved into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = graph.serialize(format=fmt, encoding="utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load(path: Path) -> Graph:
    path = Path(path)
    if not path.exists():
        raise KgError(f"{path}: no such graph file; build one with `kg build`")
    g = model.new_graph()
    g.parse(path, format="turtle" if path.suffix in (".ttl", ".turtle") else None)
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
    rows = [[("" if v is None else str(v)) for v in row] for row in result]
    head = [str(v) for v in result.vars]
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(head)]
    out = io.StringIO()
    for line in [head, ["-" * w for w in widths]] + rows:
        out.write("  ".join(c + " " * (w - _width(c)) for c, w in zip(line, widths)).rstrip() + "\n")
    return out.getvalue()


def _width(s: str) -> int:
    """Terminal columns: Chinese characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
