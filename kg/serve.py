"""`kg serve`: the graph over the SPARQL 1.1 Protocol at /sparql, and a query page at /.

Read-only (updates get 403), loopback by default, and bounded: queries run in a pool of
worker processes over one Oxigraph store (`kg.serve_pool`); a query still running after
`timeout` seconds is stopped by killing its worker, which is replaced, and a result is cut
at `max_rows` rows (the response then carries `X-KG-Truncated: true`). SERVICE and FROM
(and the protocol's `default-graph-uri`/`named-graph-uri`) are refused as in `kg query`.
HTTP is served by threads, which only move bytes: many clients wait on the workers at once,
and a client that goes away takes nothing with it but its own answer.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from threading import BoundedSemaphore
from urllib.parse import parse_qs, urlparse

from kg import store as kg_store
from kg.errors import KgError
from kg.serve_pool import Answer, Limits, Pool, text_answer
from kg.viz import script_hash

__all__ = ["Answer", "Limits", "make_server", "serving", "default_workers", "page"]

MAX_BODY = 1_000_000
REMOTE_PARAMS = ("default-graph-uri", "named-graph-uri")  # the protocol's FROM / FROM NAMED


def default_workers() -> int:
    """One worker per core keeps the cores busy; two more keep answering while slow
    queries hold workers until their timeout."""
    return (os.cpu_count() or 1) + 2


@contextmanager
def store_folder(graph_paths=(), store: str | None = None) -> Iterator[str]:
    """The Oxigraph folder to serve: the one given, or graph files loaded (and checked as
    everywhere in kg) into a temporary one that is removed afterwards."""
    if store is not None:
        if kg_store.is_remote(store):
            raise KgError(f"{store}: kg serve serves graph files or an Oxigraph folder; an "
                          "endpoint already answers SPARQL itself, so query it directly")
        kg_store.open_graph(store=store)  # fail now, with kg's message, not in a worker
        yield store
        return
    graph = kg_store.open_graph(graph_paths)
    tmp = tempfile.mkdtemp(prefix="kg-serve-")
    try:
        folder = str(Path(tmp) / "store")
        kg_store.write(graph, folder)
        del graph
        yield folder
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class _Handler(BaseHTTPRequestHandler):
    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"  # keep-alive: a dashboard's requests reuse one connection
    timeout = 60  # an idle kept-alive connection is closed after a minute
    pool: Pool
    slots: BoundedSemaphore

    def do_GET(self) -> None:
        url = urlparse(self.path)
        if url.path == "/":
            return self._send(Answer(200, page().encode("utf-8"), "text/html; charset=utf-8"))
        if url.path != "/sparql":
            return self._send(text_answer(404, "not found: the endpoint is /sparql, the page is /"))
        params = parse_qs(url.query)
        if "update" in params:
            return self._read_only()
        if "query" not in params:
            return self._send(text_answer(400, "give the query as ?query=..."))
        self._query(params["query"][0], params)

    def do_POST(self) -> None:
        if urlparse(self.path).path != "/sparql":
            return self._send(text_answer(404, "not found: the endpoint is /sparql"), close=True)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send(text_answer(413, "a query of more than 1 MB is refused"), close=True)
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        params = parse_qs(urlparse(self.path).query)
        if ctype == "application/sparql-update":
            return self._read_only()
        if ctype == "application/sparql-query":
            return self._query(body, params)
        params.update(parse_qs(body))
        if "update" in params:
            return self._read_only()
        if "query" not in params:
            return self._send(text_answer(400, "POST the query as query=... or as application/sparql-query"))
        self._query(params["query"][0], params)

    def _read_only(self) -> None:
        self._send(text_answer(403, "this endpoint is read-only: updates are refused"))

    def _query(self, text: str, params: dict) -> None:
        if any(p in params for p in REMOTE_PARAMS):
            return self._send(text_answer(403, "default-graph-uri and named-graph-uri name graphs "
                                               "from elsewhere (as FROM does); this endpoint serves "
                                               "its own graph only, so leave them out"))
        if not self.slots.acquire(blocking=False):
            return self._send(text_answer(503, "too many requests at once; try again shortly"))
        try:
            result = self.pool.ask(text, self.headers.get("Accept") or "")
        finally:
            self.slots.release()
        self._send(result)

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (BrokenPipeError, ConnectionResetError):  # the client left; its answer goes nowhere
            self.close_connection = True

    def _send(self, a: Answer, close: bool = False) -> None:
        self.send_response(a.status)
        self.send_header("Content-Type", a.content_type)
        self.send_header("Content-Length", str(len(a.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if a.content_type.startswith("text/html"):
            self.send_header("Content-Security-Policy", _csp())
        if a.truncated:
            self.send_header("X-KG-Truncated", "true")
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(a.body)

    def log_message(self, fmt, *args) -> None:  # one line per request, on stderr
        super().log_message(fmt, *args)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address, handler, pool: Pool):
        super().__init__(address, handler)
        self.pool = pool

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def make_server(folder: str, host: str = "127.0.0.1", port: int = 7878, limits: Limits | None = None,
                workers: int | None = None) -> Server:
    """An HTTP server over the Oxigraph folder; its workers are started (and the folder
    opened) before it returns."""
    limits = limits or Limits()
    workers = workers or default_workers()
    pool = Pool(folder, workers, limits)
    # requests beyond this wait for no worker: they are told to come back (bounded memory)
    handler = type("Handler", (_Handler,), {"pool": pool, "slots": BoundedSemaphore(16 * workers)})
    try:
        return Server((host, port), handler, pool)
    except BaseException:
        pool.close()
        raise


@contextmanager
def serving(graph_paths=(), store: str | None = None, host: str = "127.0.0.1", port: int = 7878,
            limits: Limits | None = None, workers: int | None = None) -> Iterator[Server]:
    """A server ready to `serve_forever()`; its workers and any temporary store are gone
    when the block ends."""
    with store_folder(graph_paths, store) as folder:
        server = make_server(folder, host, port, limits, workers)
        try:
            yield server
        finally:
            server.server_close()


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
