"""Running a user's SPARQL file safely: read-only, local, typed parameters, clear errors.

- Only queries (SELECT, ASK, CONSTRUCT, DESCRIBE) run; an update is refused.
- SERVICE (a call to another endpoint) and FROM / FROM NAMED (graphs loaded by URL, or
  local files by file: URL) are refused unless the caller allows them; rdflib's own loading
  of FROM graphs is switched off whatever the flag says.
- Parameters are bound with initBindings, never pasted into the text. A query file may
  declare them, one per line, `# @param NAME TYPE` with TYPE string, int, decimal, year,
  date or iri; a value that is not of its type, or a name the query does not declare (or,
  with no declarations, does not use), is refused.
"""
from __future__ import annotations

import datetime as _dt
import io
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

import rdflib.plugins.sparql as _rdflib_sparql
from rdflib import Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.plugins.sparql import prepareQuery, prepareUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kg import model
from kg.errors import QueryError

_rdflib_sparql.SPARQL_LOAD_GRAPHS = False  # FROM <url> must never fetch anything

_DECLARE = re.compile(r"^#\s*@param\s+\??(\w+)\s+(\w+)", re.M)


def _int(v: str) -> Literal:
    return Literal(int(v), datatype=XSD.integer)


def _decimal(v: str) -> Literal:
    return Literal(Decimal(v), datatype=XSD.decimal)


def _year(v: str) -> Literal:
    if not re.fullmatch(r"\d{4}", v):
        raise ValueError(v)
    return Literal(v, datatype=XSD.gYear)


def _date(v: str) -> Literal:
    return Literal(_dt.date.fromisoformat(v).isoformat(), datatype=XSD.date)


def _iri(v: str) -> URIRef:
    if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", v):
        raise ValueError(v)
    return URIRef(v)


TYPES = {"string": Literal, "int": _int, "decimal": _decimal, "year": _year, "date": _date, "iri": _iri}


def read_query(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise QueryError(f"{path}: not UTF-8 text; save the query file as UTF-8") from exc
    except OSError as exc:
        raise QueryError(f"{path}: cannot read: {exc.strerror}") from exc


def declared(text: str) -> dict[str, str]:
    """NAME -> TYPE from the file's `# @param` lines."""
    out = {}
    for name, kind in _DECLARE.findall(text):
        if kind not in TYPES:
            raise QueryError(f"@param {name}: unknown type {kind!r}; use one of {', '.join(TYPES)}")
        out[name] = kind
    return out


def query(graph: Graph, text: str, params: dict[str, str] | None = None, name: str = "query",
          allow_remote: bool = False):
    """Run a read-only SPARQL query with its parameters bound, never pasted in."""
    _checked(text, name, allow_remote)  # parsed and checked here; run as text, so that a
    bindings = bind(text, params or {}, name)  # store with its own engine (Oxigraph) runs it
    if bindings and not _in_rdflib(graph):
        text, bindings = inline_values(text, bindings), {}
    try:
        return graph.query(text, initNs=model.QUERY_PREFIXES, initBindings=bindings)
    except Exception as exc:  # evaluation errors: a bad function call, a type clash
        raise QueryError(f"{name}: the query failed while running: {exc}") from exc


@lru_cache(maxsize=256)
def _checked(text: str, name: str, allow_remote: bool) -> None:
    """prepare() once per query text: rdflib's parser takes tens of milliseconds, more than
    Oxigraph needs to answer a parameterised query (a refused query raises, never cached)."""
    prepare(text, name, allow_remote)


def prepare(text: str, name: str = "query", allow_remote: bool = False):
    try:
        q = prepareQuery(text, initNs=model.PREFIXES)
    except Exception as exc:  # pyparsing errors carry line and column
        if _is_update(text):
            raise QueryError(f"{name}: an update (INSERT, DELETE, LOAD …); kg query only reads, "
                             "so rewrite it as a SELECT, ASK, CONSTRUCT or DESCRIBE") from exc
        raise QueryError(f"{name}: {_parse_message(exc)}; fix the SPARQL there") from exc
    if not allow_remote:
        if q.algebra.get("datasetClause"):
            raise QueryError(f"{name}: FROM / FROM NAMED loads graphs from elsewhere; remove it "
                             "(the graph is given with --graph) or pass --allow-remote")
        if _has_service(q.algebra):
            raise QueryError(f"{name}: SERVICE calls another endpoint over the network; remove it "
                             "or pass --allow-remote")
    return q


def bind(text: str, params: dict[str, str], name: str = "query") -> dict:
    types = declared(text)
    out = {}
    for key, value in params.items():
        if types:
            if key not in types:
                raise QueryError(f"{name}: unknown parameter {key!r}; it takes "
                                 + ", ".join(f"{k} ({t})" for k, t in types.items()))
        elif not re.search(rf"[?$]{re.escape(key)}\b", text):
            raise QueryError(f"{name}: unknown parameter {key!r}: the query has no ?{key}")
        kind = types.get(key, "string")
        try:
            out[Variable(key)] = TYPES[kind](value)
        except (ValueError, InvalidOperation) as exc:
            raise QueryError(f"{name}: --param {key}={value!r} is not a {kind}; "
                             f"give {_EXAMPLE[kind]}") from exc
    return out


_EXAMPLE = {"string": "any text", "int": "a whole number such as 12", "decimal": "a number such as 3.5",
            "year": "four digits such as 2019", "date": "an ISO date such as 2019-05-08",
            "iri": "a full http(s) IRI"}


def _in_rdflib(graph: Graph) -> bool:
    """Only rdflib's own engine applies initBindings before evaluating; Oxigraph (through
    oxrdflib) and endpoints join them after, where a FILTER no longer sees them."""
    from oxrdflib import OxigraphStore

    return not (_is_remote(graph) or isinstance(graph.store, OxigraphStore))


def _is_remote(graph: Graph) -> bool:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    return isinstance(graph.store, SPARQLStore)


def inline_values(text: str, bindings: dict) -> str:
    """rdflib sends initBindings to an endpoint as a VALUES block after the query, where a
    FILTER on the variable no longer sees it; put it first inside WHERE instead, so that
    it binds the variable as it does in memory. Values are written by rdflib (.n3()),
    escaped, never pasted from the user's text."""
    where = re.search(r"\bWHERE\s*\{", text, re.I) or re.search(r"\{", text)
    names = " ".join(f"?{v}" for v in bindings)
    values = " ".join(term.n3() for term in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    return text[:where.end()] + block + text[where.end():]


def _is_update(text: str) -> bool:
    try:
        prepareUpdate(text, initNs=model.PREFIXES)
        return True
    except Exception:
        return False


def _has_service(node) -> bool:
    if isinstance(node, CompValue):
        return node.name == "ServiceGraphPattern" or any(_has_service(v) for v in node.values())
    if isinstance(node, (list, tuple)):
        return any(_has_service(v) for v in node)
    if isinstance(node, dict):
        return any(_has_service(v) for v in node.values())
    return False


def _parse_message(exc: Exception) -> str:
    line, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
    msg = getattr(exc, "msg", None) or str(exc).splitlines()[0]
    return f"line {line}, column {col}: {msg}" if line else msg


def format_result(result, fmt: str) -> str:
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="turtle")
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    if fmt == "csv":
        return result.serialize(format="csv").decode("utf-8")
    if result.type == "ASK":
        return "true\n" if result.askAnswer else "false\n"
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
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
