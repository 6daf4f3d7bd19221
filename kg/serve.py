"""`kg serve`: the graph over the SPARQL 1.1 Protocol at /sparql, and a query page at /.

Read-only (updates get 403), loopback by default, and bounded: each query runs in a forked
child that is killed after `timeout` seconds, and a result is cut at `max_rows` rows (the
response then carries `X-KG-Truncated: true`). SERVICE and FROM are refused as in
`kg query`. Requests are served one at a time, so that forking is safe; a slow query
delays the next one by at most `timeout`.
"""
from __future__ import annotations

import json
import multiprocessing
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from http.server import BaseHTTPRequestHandler, HTTPServer
from importlib import resources
from urllib.parse import parse_qs, urlparse

from rdflib import Graph
from rdflib.query import Result

from kg import sparql
from kg.viz import script_hash
from kg.errors import QueryError

FORMATS = {  # Accept type -> (rdflib results format, Content-Type)
    "application/sparql-results+json": ("json", "application/sparql-results+json"),
    "application/json": ("json", "application/sparql-results+json"),
    "text/csv": ("csv", "text/csv; charset=utf-8"),
    "text/tab-separated-values": ("tsv", "text/tab-separated-values; charset=utf-8"),
    "application/sparql-results+xml": ("xml", "application/sparql-results+xml"),
}
GRAPH_FORMATS = {"text/turtle": "turtle", "application/n-triples": "nt"}


@dataclass
class Limits:
    timeout: float = 10.0
    max_rows: int = 10_000


@dataclass
class Answer:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    truncated: bool = False


def answer(graph: Callable[[], Graph], text: str, accept: str, limits: Limits) -> Answer:
    """Run one query with the limits; never raises."""
    try:
        sparql.prepare(text, "query")
    except QueryError as exc:
        status = 403 if ("SERVICE" in str(exc) or "FROM" in str(exc) or "update" in str(exc)) else 400
        return Answer(status, str(exc).encode("utf-8"))
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_run_child, args=(graph, text, accept, limits.max_rows, send), daemon=True)
    child.start()
    send.close()
    if not receive.poll(limits.timeout):
        child.kill()
        child.join()
        return Answer(503, f"the query ran longer than {limits.timeout:g} s and was stopped; "
                           "narrow it or add a LIMIT".encode("utf-8"))
    try:
        result = receive.recv()
    except EOFError:
        result = Answer(500, b"the query process ended without an answer")
    child.join()
    return result


def _run_child(graph, text, accept, max_rows, send) -> None:
    try:
        send.send(_evaluate(graph(), text, accept, max_rows))
    except Exception as exc:  # reported to the client, not raised in the server
        send.send(Answer(400, f"the query failed: {exc}".encode("utf-8")))
        traceback.print_exc()


def _evaluate(g: Graph, text: str, accept: str, max_rows: int) -> Answer:
    result = sparql.query(g, text)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        fmt = next((f for t, f in GRAPH_FORMATS.items() if t in accept), "turtle")
        ctype = next((t for t, f in GRAPH_FORMATS.items() if f == fmt))
        return Answer(200, result.graph.serialize(format=fmt, encoding="utf-8"), ctype + "; charset=utf-8")
    fmt, ctype = next((v for t, v in FORMATS.items() if t in accept), FORMATS["application/sparql-results+json"])
    truncated = False
    if result.type == "SELECT":
        rows = []
        for row in result:
            if len(rows) == max_rows:
                truncated = True
                break
            rows.append(row)
        cut = Result("SELECT")
        cut.vars = result.vars
        cut.bindings = [{v: r[v] for v in result.vars if r[v] is not None} for r in rows]
        result = cut
    return Answer(200, result.serialize(format=fmt), ctype, truncated)


class _Handler(BaseHTTPRequestHandler):
    server_version = "kg-sparql"
    graph: Callable[[], Graph]
    limits: Limits

    def do_GET(self) -> None:
        url = urlparse(self.path)
        if url.path == "/":
            return self._send(Answer(200, page().encode("utf-8"), "text/html; charset=utf-8"))
        if url.path != "/sparql":
            return self._send(Answer(404, b"not found: the endpoint is /sparql, the page is /"))
        params = parse_qs(url.query)
        if "update" in params:
            return self._read_only()
        if "query" not in params:
            return self._send(Answer(400, b"give the query as ?query=..."))
        self._query(params["query"][0])

    def do_POST(self) -> None:
        if urlparse(self.path).path != "/sparql":
            return self._send(Answer(404, b"not found: the endpoint is /sparql"))
        length = int(self.headers.get("Content-Length") or 0)
        if length > 1_000_000:
            return self._send(Answer(413, b"a query of more than 1 MB is refused"))
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if ctype == "application/sparql-update":
            return self._read_only()
        if ctype == "application/sparql-query":
            return self._query(body)
        params = parse_qs(body)
        if "update" in params:
            return self._read_only()
        if "query" not in params:
            return self._send(Answer(400, b"POST the query as query=... or as application/sparql-query"))
        self._query(params["query"][0])

    def _read_only(self) -> None:
        self._send(Answer(403, b"this endpoint is read-only: updates are refused"))

    def _query(self, text: str) -> None:
        self._send(answer(self.graph, text, self.headers.get("Accept") or "", self.limits))

    def _send(self, a: Answer) -> None:
        self.send_response(a.status)
        self.send_header("Content-Type", a.content_type)
        self.send_header("Content-Length", str(len(a.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if a.content_type.startswith("text/html"):
            self.send_header("Content-Security-Policy", _csp())
        if a.truncated:
            self.send_header("X-KG-Truncated", "true")
        self.end_headers()
        self.wfile.write(a.body)

    def log_message(self, fmt, *args) -> None:  # one line per request, on stderr
        super().log_message(fmt, *args)


def make_server(graph: Callable[[], Graph], host: str = "127.0.0.1", port: int = 7878,
                limits: Limits | None = None) -> HTTPServer:
    handler = type("Handler", (_Handler,), {"graph": staticmethod(graph), "limits": limits or Limits()})
    return HTTPServer((host, port), handler)


@cache
def _script() -> str:
    return resources.files("kg").joinpath("serve_page.js").read_text(encoding="utf-8")


@cache
def page() -> str:
    html = resources.files("kg").joinpath("serve_page.html").read_text(encoding="utf-8")
    return html.replace("/*SCRIPT*/", _script()).replace(
        "/*EXAMPLE*/", json.dumps(EXAMPLE, ensure_ascii=False).replace("<", "\\u003c"))


@cache
def _csp() -> str:
    script = page().split("<script>", 1)[1].split("</script>", 1)[0]
    return (f"default-src 'none'; script-src {script_hash(script)}; style-src 'unsafe-inline'; "
            "connect-src 'self'")


EXAMPLE = """SELECT ?person ?role ?org WHERE {
  ?post org:heldBy/foaf:name ?person ; org:role/rdfs:label ?role ; org:postIn/rdfs:label ?org .
}
ORDER BY ?org ?person
LIMIT 100"""
