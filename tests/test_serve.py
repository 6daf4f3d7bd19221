"""`kg serve` under many clients at once, over real HTTP on loopback.

Every loop here is bounded (a fixed list of requests), every wait has a deadline, and the
expected answers come from rdflib evaluating the same query on the same file — another
engine than the Oxigraph workers the server runs.
"""
from __future__ import annotations

import http.client
import json
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest

from kg import graph as graphs
from kg import sparql

ROOT = Path(__file__).resolve().parent.parent
GRAPH = ROOT / "export" / "graph.ttl"
WORKERS = 3
TIMEOUT = 3
MAX_ROWS = 20_000
ROLES = (ROOT / "queries" / "roles.rq").read_text(encoding="utf-8")
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
MANY = "SELECT ?a ?b WHERE { ?a ?p ?o . ?b ?q ?r }"  # 3 903² rows: far past --max-rows
NAMES = "SELECT DISTINCT ?n WHERE { ?p a foaf:Person ; foaf:name ?n } ORDER BY ?n"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    log = tmp_path_factory.mktemp("serve") / "stderr.txt"
    port = _port()
    with open(log, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(GRAPH),
                                 "--port", str(port), "--timeout", str(TIMEOUT), "--max-rows",
                                 str(MAX_ROWS), "--workers", str(WORKERS)], stderr=err)
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert proc.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "kg serve did not come up in 60 s"
            time.sleep(0.1)
    yield {"port": port, "proc": proc, "log": log}
    proc.terminate()
    proc.wait(30)


@pytest.fixture(scope="module")
def oracle() -> dict:
    """What rdflib answers on the same file."""
    g = graphs.load(GRAPH)
    return {"roles": [tuple(str(v) for v in row) for row in sparql.query(g, ROLES)],
            "names": [str(row[0]) for row in sparql.query(g, NAMES)],
            "triples": len(g)}


def ask(port: int, query: str, accept: str = "application/sparql-results+json", method: str = "POST",
        extra: dict | None = None, timeout: float = 30) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        if method == "GET":
            conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query, **(extra or {})}),
                         headers={"Accept": accept})
        else:
            conn.request("POST", "/sparql", query.encode("utf-8"),
                         {"Content-Type": "application/sparql-query", "Accept": accept})
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read()
    finally:
        conn.close()


def rows(body: bytes) -> list[tuple]:
    data = json.loads(body)
    return [tuple(b[v]["value"] for v in data["head"]["vars"]) for b in data["results"]["bindings"]]


def workers(proc: subprocess.Popen) -> set[int]:
    """The query workers: the children of multiprocessing's fork server under kg serve."""
    forkservers = [p for p in psutil.Process(proc.pid).children() if "forkserver" in " ".join(p.cmdline())]
    return {c.pid for f in forkservers for c in f.children() if c.status() != psutil.STATUS_ZOMBIE}


def until(check, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return False


def test_concurrent_clients_get_complete_correct_answers(server, oracle):
    port = server["port"]
    assert len(oracle["roles"]) > 20 and len(oracle["names"]) > 10  # a real answer to compare

    def one(i: int):
        if i % 3 == 0:
            status, _, body = ask(port, NAMES, "text/csv", method="GET")
            return status, body.decode("utf-8").splitlines()[1:] == oracle["names"]
        status, headers, body = ask(port, ROLES)
        return status, rows(body) == oracle["roles"] and "X-KG-Truncated" not in headers

    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(one, range(96)))
    assert results == [(200, True)] * 96


def test_refusals_and_the_row_limit_hold_under_concurrency(server, oracle):
    port = server["port"]
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    cases = [  # (request, what must come back)
        (lambda: ask(port, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"), 403),
        (lambda: ask(port, "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }"), 403),
        (lambda: ask(port, "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }"), 403),
        (lambda: ask(port, NAMES, method="GET", extra={"default-graph-uri": "http://example.org/g"}), 403),
        (lambda: ask(port, update), 403),
        (lambda: _post_form(port, {"update": update}), 403),
        (lambda: ask(port, "SELECT ?x WHERE {"), 400),
        (lambda: ask(port, MANY), "cut"),
        (lambda: ask(port, ROLES), "roles"),
    ]

    def one(i: int):
        request, expected = cases[i % len(cases)]
        status, headers, body = request()
        if expected == "cut":
            return status == 200 and headers.get("X-KG-Truncated") == "true" and len(rows(body)) == MAX_ROWS
        if expected == "roles":
            return status == 200 and rows(body) == oracle["roles"]
        return status == expected

    with ThreadPoolExecutor(12) as pool:
        results = list(pool.map(one, range(len(cases) * 4)))
    assert all(results), [cases[i % len(cases)][1] for i, ok in enumerate(results) if not ok]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"  # nothing was written by the update
    assert rows(ask(port, count)[2]) == [(str(oracle["triples"]),)]


def _post_form(port: int, fields: dict) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("POST", "/sparql", urllib.parse.urlencode(fields).encode(),
                     {"Content-Type": "application/x-www-form-urlencoded"})
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read()
    finally:
        conn.close()


def test_a_fast_query_is_answered_while_a_slow_one_runs_and_the_slow_one_is_stopped(server, oracle):
    port, slow = server["port"], {}

    def run_slow():
        t = time.monotonic()
        slow["status"] = ask(port, SLOW)[0]
        slow["seconds"] = time.monotonic() - t

    th = threading.Thread(target=run_slow)
    th.start()
    time.sleep(0.5)
    t = time.monotonic()
    status, _, body = ask(port, ROLES)
    fast = time.monotonic() - t
    th.join(TIMEOUT + 20)
    assert status == 200 and rows(body) == oracle["roles"]
    assert fast < TIMEOUT and "seconds" in slow  # not queued behind the slow one
    assert slow["status"] == 503 and TIMEOUT - 0.5 < slow["seconds"] < TIMEOUT + 5


def test_slow_queries_on_every_worker_are_killed_and_the_workers_replaced(server, oracle):
    port, proc = server["port"], server["proc"]
    assert until(lambda: len(workers(proc)) == WORKERS)
    before = workers(proc)
    with ThreadPoolExecutor(WORKERS) as pool:  # one slow query per worker, all at once
        statuses = list(pool.map(lambda _: ask(port, SLOW)[0], range(WORKERS)))
    assert statuses == [503] * WORKERS
    assert until(lambda: len(workers(proc)) == WORKERS and not workers(proc) & before), \
        f"workers before {before}, now {workers(proc)}"
    assert not any(psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE
                   for p in before)  # no stopped query lingers
    with ThreadPoolExecutor(WORKERS * 2) as pool:
        answers = list(pool.map(lambda _: ask(port, ROLES), range(WORKERS * 2)))
    assert [(s, rows(b) == oracle["roles"]) for s, _, b in answers] == [(200, True)] * (WORKERS * 2)


def _leave(port: int, query: str, read: int) -> None:
    """Send a query, read `read` bytes of the answer (0: none), then reset the connection."""
    s = socket.create_connection(("127.0.0.1", port), timeout=30)
    body = query.encode("utf-8")
    s.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
              b"Accept: application/sparql-results+json\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
    if read:
        s.recv(read)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST, not FIN
    s.close()


def test_clients_that_leave_mid_answer_harm_no_one_else(server, oracle):
    port = server["port"]
    leavers = [lambda: _leave(port, MANY, 200) for _ in range(WORKERS * 2)]  # a 20 000-row answer
    leavers += [lambda: _leave(port, SLOW, 0)]  # gone before its answer exists

    def stayer():
        status, _, body = ask(port, ROLES)
        return status == 200 and rows(body) == oracle["roles"]

    with ThreadPoolExecutor(12) as pool:
        left = [pool.submit(f) for f in leavers]
        stayed = [pool.submit(stayer) for _ in range(24)]
        assert all(f.result(timeout=120) for f in stayed)
        for f in left:
            f.result(timeout=120)
    with ThreadPoolExecutor(WORKERS * 2) as pool:  # afterwards, every worker answers again
        assert all(pool.map(lambda _: stayer(), range(WORKERS * 2)))
    log = server["log"].read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log, log[-3000:]


def test_a_store_folder_is_served_as_the_graph_file(tmp_path, oracle):
    from kg import store as kg_store

    folder = str(tmp_path / "store")
    kg_store.write(graphs.load(GRAPH), folder)
    port = _port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", folder, "--port", str(port),
                             "--workers", "2"], stderr=subprocess.DEVNULL)
    try:
        assert until(lambda: proc.poll() is None and _listening(port), 60)
        status, _, body = ask(port, ROLES)
        assert status == 200 and rows(body) == oracle["roles"]
    finally:
        proc.terminate()
        proc.wait(30)


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def test_an_endpoint_is_not_proxied():
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["serve", "--store", "sparql+http://127.0.0.1:9/kg"])
    assert result.exit_code != 0 and "query it directly" in result.output


def test_stopping_the_server_mid_query_stops_its_workers(tmp_path):
    port = _port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(GRAPH), "--port", str(port),
                             "--workers", "2", "--timeout", "60"], stderr=subprocess.DEVNULL)
    try:
        assert until(lambda: proc.poll() is None and _listening(port), 60)
        assert until(lambda: len(workers(proc)) == 2)
        running = workers(proc)
        threading.Thread(target=lambda: _leave(port, SLOW, 0), daemon=True).start()
        time.sleep(1)  # the cross join is running in a worker now
    finally:
        proc.terminate()
        proc.wait(30)
    assert until(lambda: not any(psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE
                                 for p in running), 10), "a worker outlived the server"
