"""The query workers behind `kg serve`: a fixed pool of processes that each open the same
Oxigraph store read-only and answer one query at a time.

Why processes: Oxigraph evaluates a query in native code that nothing in Python can
interrupt, so the only sure way to stop a query at the timeout is to kill the process
running it. Why a pool started in advance: forking a process per query costs far more
than the query (kg serve used to), while a started worker answers a small query in about
a millisecond. The workers share the store through the operating system's page cache
(one read-only folder on disk), so memory does not grow with the number of requests.

Each worker checks the query as `kg query` does (rdflib parses it: updates, SERVICE and
FROM are refused), remembers the verdict for texts it has seen, runs it on Oxigraph and
writes the answer in the format asked for, cut at `max_rows` rows. Workers are started
from multiprocessing's fork server, so a replacement is a clean fork even though the HTTP
server runs threads, and each worker also caps its own CPU time per query, so that a
query cannot outlive the timeout even if the server that should kill it is gone.
"""
from __future__ import annotations

import math
import multiprocessing
import queue
import resource
import signal
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache

from kg.errors import KgError, QueryError

RESULT_FORMATS = {  # Accept type -> (pyoxigraph QueryResultsFormat name, Content-Type)
    "application/sparql-results+json": ("JSON", "application/sparql-results+json"),
    "application/json": ("JSON", "application/sparql-results+json"),
    "text/csv": ("CSV", "text/csv; charset=utf-8"),
    "text/tab-separated-values": ("TSV", "text/tab-separated-values; charset=utf-8"),
    "application/sparql-results+xml": ("XML", "application/sparql-results+xml"),
}
GRAPH_FORMATS = {"text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES"}
READY_SECONDS = 120  # a worker that has not opened the store by then is reported broken


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0  # seconds a query may run
    max_rows: int = 10_000
    wait: float = 30.0  # seconds a request may wait for a free worker before it is told to retry


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    truncated: bool = False


def text_answer(status: int, message: str) -> Answer:
    return Answer(status, message.encode("utf-8"))


# --- in a worker --------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def prefixes() -> dict[str, str]:
    """The prefixes a query may use undeclared: the same ones rdflib knows in `kg query`."""
    from kg import model

    return {p: str(ns) for p, ns in model.new_graph().namespaces() if p}


@lru_cache(maxsize=512)
def check(text: str) -> Answer | None:
    """None when the query may run; else the refusal. Parsing with rdflib takes some tens of
    milliseconds, so a worker remembers the verdict on the texts it has seen."""
    from kg import sparql

    try:
        sparql.prepare(text, "query")
    except QueryError as exc:
        refused = any(w in str(exc) for w in ("SERVICE", "FROM", "update"))
        return text_answer(403 if refused else 400, str(exc))
    return None


class _Full(Exception):
    """Raised into Oxigraph's serializer once enough rows are written: it stops the query."""


class _Lines:
    """A file that keeps the first `limit` lines written to it and refuses more."""

    def __init__(self, limit: int):
        self.limit, self.parts, self.lines, self.full = limit, [], 0, False

    def write(self, data) -> int:
        if self.full:  # the serializer flushes once more after it was refused
            return len(data)
        data = bytes(data)
        self.parts.append(data)
        self.lines += data.count(b"\n")
        if self.lines > self.limit:
            self.full = True
            raise _Full()
        return len(data)

    def flush(self) -> None:
        pass

    def head(self) -> bytes:
        data = b"".join(self.parts)
        end = -1
        for _ in range(self.limit):
            end = data.find(b"\n", end + 1)
            if end < 0:
                return data
        return data[:end + 1]


def answer(store, text: str, accept: str, max_rows: int) -> Answer:
    """One query on a pyoxigraph store, checked, cut at max_rows; never raises."""
    refusal = check(text)
    if refusal is not None:
        return refusal
    import pyoxigraph as ox

    try:
        result = store.query(text, prefixes=prefixes())
        if isinstance(result, ox.QueryTriples):
            return _graph(ox, result, accept, max_rows)
        name, ctype = next((v for t, v in RESULT_FORMATS.items() if t in accept),
                           RESULT_FORMATS["application/sparql-results+json"])
        fmt = getattr(ox.QueryResultsFormat, name)
        if isinstance(result, ox.QueryBoolean):
            return Answer(200, result.serialize(format=fmt), ctype)
        return _solutions(ox, result, fmt, ctype, max_rows)
    except Exception as exc:  # Oxigraph's parser or evaluation: told to the client
        return text_answer(400, f"the query failed: {exc}")


def _solutions(ox, result, fmt, ctype: str, max_rows: int) -> Answer:
    """TSV has one line per row, so the cut is a count of lines, and Oxigraph itself turns
    the kept rows into the format asked for; evaluation stops at the first row too many."""
    out = _Lines(max_rows + 1)  # the header line, then the rows
    try:
        result.serialize(out, format=ox.QueryResultsFormat.TSV)
    except _Full:
        pass
    body = out.head()
    if fmt != ox.QueryResultsFormat.TSV:
        body = ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV).serialize(format=fmt)
    return Answer(200, body, ctype, out.full)


def _graph(ox, triples, accept: str, max_rows: int) -> Answer:
    ctype = next((t for t in GRAPH_FORMATS if t in accept), "text/turtle")
    kept, truncated = [], False
    for triple in triples:
        if len(kept) == max_rows:
            truncated = True
            break
        kept.append(triple)
    body = ox.serialize(kept, format=getattr(ox.RdfFormat, GRAPH_FORMATS[ctype]), prefixes=prefixes())
    return Answer(200, body, ctype + "; charset=utf-8", truncated)


def _cap_cpu(seconds: float) -> None:
    """The kernel ends this process (SIGXCPU) if the next query uses more CPU than allowed."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = math.ceil(usage.ru_utime + usage.ru_stime + seconds) + 1
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def work(conn, location: str, limits: Limits) -> None:
    """A worker's life: open the store, say so, then answer (text, accept) until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which stops us
    try:
        import pyoxigraph as ox

        store = ox.Store.read_only(location)
        prefixes(), check("ASK {}")  # warm: the first real query should not pay for this
    except Exception as exc:  # reported to the server, which says what to do
        conn.send(("error", f"{location}: cannot open the Oxigraph store ({exc})"))
        return
    conn.send(("ready", None))
    while True:
        try:
            text, accept = conn.recv()
        except (EOFError, OSError):
            return
        _cap_cpu(limits.timeout)
        conn.send(answer(store, text, accept, limits.max_rows))


# --- in the server ------------------------------------------------------------------------------

class _Worker:
    def __init__(self, ctx, location: str, limits: Limits):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=work, args=(child, location, limits), daemon=True,
                                   name="kg-serve-worker")
        self.process.start()
        child.close()

    def ready(self) -> None:
        if not self.conn.poll(READY_SECONDS):
            self.stop()
            raise KgError(f"a query worker did not start within {READY_SECONDS} s")
        try:
            kind, message = self.conn.recv()
        except EOFError:
            kind, message = "error", f"a query worker ended at start (exit code {self.process.exitcode})"
        if kind != "ready":
            self.stop()
            raise KgError(f"{message}; check the folder, or rebuild it with `kg build … --store`")

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class Pool:
    """`size` workers over the Oxigraph folder at `location`; `ask` runs one query on an idle
    one, waiting at most `limits.wait` for it, and kills and replaces a worker whose
    query runs past the timeout."""

    def __init__(self, location: str, size: int, limits: Limits):
        self.location, self.size, self.limits = location, size, limits
        self._ctx = multiprocessing.get_context("forkserver")
        # a forked worker re-runs the main module (multiprocessing does so); for `kg` that is
        # kg.cli, so the fork server imports it once and every worker, first or replacement,
        # starts with it loaded, in seconds less
        self._ctx.set_forkserver_preload(["kg.serve_pool", "kg.sparql", "pyoxigraph", "kg.cli"])
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [self._start() for _ in range(size)]
        try:
            for w in started:
                w.ready()
                self._idle.put(w)
        except BaseException:
            self.close()
            raise

    def _start(self) -> _Worker:
        w = _Worker(self._ctx, self.location, self.limits)
        with self._lock:
            self._all.add(w)
        return w

    def ask(self, text: str, accept: str) -> Answer:
        try:
            w = self._idle.get(timeout=self.limits.wait)
        except queue.Empty:
            return text_answer(503, f"all {self.size} query workers stayed busy for "
                                    f"{self.limits.wait:g} s; try again later")
        try:
            w.conn.send((text, accept))
            if w.conn.poll(self.limits.timeout):
                result = w.conn.recv()
                self._idle.put(w)
                return result
            reply = text_answer(503, f"the query ran longer than {self.limits.timeout:g} s and "
                                     "was stopped; narrow it or add a LIMIT")
        except (EOFError, OSError):  # the worker died: its CPU cap (a timeout) or a crash
            w.process.join(1)
            if w.process.exitcode == -signal.SIGXCPU:
                reply = text_answer(503, f"the query used more than {self.limits.timeout:g} s "
                                         "of CPU and was stopped; narrow it or add a LIMIT")
            else:
                reply = text_answer(500, "the query process ended without an answer")
        self._replace(w)
        return reply

    def _replace(self, w: _Worker) -> None:
        w.stop()
        with self._lock:
            self._all.discard(w)
        threading.Thread(target=self._refill, daemon=True).start()  # the client is not kept waiting

    def _refill(self) -> None:
        if self._closed:
            return
        try:
            w = self._start()
            w.ready()
        except Exception as exc:  # the pool runs one short; say why on the server's console
            print(f"kg serve: could not replace a query worker: {exc}", file=sys.stderr)
            return
        if self._closed:
            w.stop()
        else:
            self._idle.put(w)

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(w.process.pid for w in self._all)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers, self._all = list(self._all), set()
        for w in workers:
            w.stop()
