"""`kg serve` against `oxigraph serve-read-only` on the same graph, query and load, in one run.

    .venv/bin/python benchmarks/serve.py [--graph FILE ... | --store DIR] [--requests 200]
                                         [--clients 20] [--timeout 5] [--rounds 3] [--json FILE]

Both servers get the same query text (queries/roles.rq with kg's prefixes declared, since
Oxigraph knows none), POSTed as application/sparql-query by `--clients` threads that share
`--requests` requests, one connection per request. Every answer is checked against the
query run directly by pyoxigraph on the store. Per round and server: right answers per
second (a wrong, cut-off or refused answer counts as none), p50, p99 over all requests;
then a slow query (a triple cross join) with a fast one sent 0.5 s after it: the fast one's
latency, and when and how the slow one ended. Rounds alternate the two servers; the median
round counts, and kg's numbers are given as ratios to Oxigraph's.
See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent
KG = BIN / "kg"
OXIGRAPH = shutil.which("oxigraph", path=str(BIN)) or shutil.which("oxigraph")
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# the fast query sent while the slow one runs: a lookup, not a sort of every post
FAST = "SELECT ?role ?org WHERE { ?post a org:Post ; org:role/rdfs:label ?role ; org:postIn/rdfs:label ?org } LIMIT 20"
HEADERS = {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}


def declared(text: str) -> str:
    """The query with kg's prefixes declared in it, so that any SPARQL server reads it."""
    from kg.serve_pool import prefixes

    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(prefixes().items())) + text


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(url: tuple[int, str], text: str, timeout: float = 120) -> tuple[int, bytes]:
    """POST one query to (port, path) on loopback, on a connection of its own."""
    conn = http.client.HTTPConnection("127.0.0.1", url[0], timeout=timeout)
    try:
        conn.request("POST", url[1], text.encode("utf-8"), HEADERS)
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


def start(cmd: list[str], port: int) -> subprocess.Popen:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):  # up to a minute: kg serve loads graph files first
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(f"{cmd[0]} ended at start: {' '.join(cmd)}")
            time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"{' '.join(cmd)} did not come up")


def pss_mb(proc: subprocess.Popen) -> float:
    """Memory of the server and all its processes, pages shared between them counted once
    (proportional set size: a plain RSS sum would count kg's forked workers' shared pages
    once per worker)."""
    p = psutil.Process(proc.pid)
    return sum(q.memory_full_info().pss for q in [p, *p.children(recursive=True)]) / 2**20


def load(url: tuple[int, str], text: str, expected: list, requests: int, clients: int) -> dict:
    """`requests` requests shared by `clients` threads; every answer must equal `expected`."""
    tickets, lock, times, bad = [requests], threading.Lock(), [], []

    def client() -> None:
        while True:
            with lock:
                if tickets[0] == 0:
                    return
                tickets[0] -= 1
            t = time.perf_counter()
            status, body = post(url, text)
            elapsed = time.perf_counter() - t
            ok = status == 200 and _json(body) and json.loads(body)["results"]["bindings"] == expected
            with lock:
                times.append(elapsed)
                if not ok:
                    bad.append(status)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t
    times.sort()
    return {"requests": len(times), "wrong": len(bad), "rps": (len(times) - len(bad)) / wall,
            "p50_ms": 1000 * statistics.median(times),
            "p99_ms": 1000 * times[min(len(times) - 1, int(0.99 * len(times)))]}


def slow_and_fast(url: tuple[int, str], fast: str) -> dict:
    """A slow query, then 0.5 s later a fast one: the fast one's latency, the slow one's end."""
    slow = {}

    def run_slow() -> None:
        t = time.perf_counter()
        status, body = post(url, declared(SLOW), timeout=300)
        slow.update(status=status, seconds=time.perf_counter() - t, complete=_json(body))

    th = threading.Thread(target=run_slow)
    th.start()
    time.sleep(0.5)
    t = time.perf_counter()
    status, body = post(url, fast)
    fast_ms = 1000 * (time.perf_counter() - t)
    status = status if _json(body) and len(json.loads(body)["results"]["bindings"]) == 20 else -status
    th.join()
    return {"fast_ms": fast_ms, "fast_status": status, "slow_status": slow["status"],
            "slow_s": slow["seconds"], "slow_answer_is_json": slow["complete"]}


def _json(body: bytes) -> bool:
    try:
        json.loads(body)
        return True
    except ValueError:
        return False


def expected_rows(folder: str, text: str) -> list:
    store = ox.Store.read_only(folder)
    return json.loads(store.query(text).serialize(format=ox.QueryResultsFormat.JSON))["results"]["bindings"]


def prepare(args, work: Path) -> tuple[str, list[str]]:
    """The Oxigraph folder both servers read, and how kg serve is told where the graph is."""
    if args.store:
        return str(args.store), ["--store", str(args.store)]
    from kg import store

    folder = str(work / "oxigraph")
    store.write(store.open_graph(graph_paths=args.graph), folder)
    return folder, [a for g in args.graph for a in ("--graph", str(g))]


def median_round(rounds: list[dict]) -> dict:
    return {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}


def run(args) -> dict:
    work = Path(tempfile.mkdtemp(prefix="kg-bench-serve-"))
    servers = {}
    try:
        folder, kg_source = prepare(args, work)
        text = declared((ROOT / "queries" / "roles.rq").read_text(encoding="utf-8"))
        expected = expected_rows(folder, text)
        ox_port, kg_port = _port(), _port()
        servers["oxigraph"] = (start([OXIGRAPH, "serve-read-only", "--location", folder, "--bind",
                                      f"127.0.0.1:{ox_port}", "--timeout-s", f"{args.timeout:g}"], ox_port),
                               (ox_port, "/query"))
        servers["kg"] = (start([str(KG), "serve", *kg_source, "--port", str(kg_port),
                                "--timeout", f"{args.timeout:g}", "--max-rows", "1000000"], kg_port),
                         (kg_port, "/sparql"))
        out = {"rows": len(expected), "load": {n: [] for n in servers}, "slow": {n: [] for n in servers},
               "pss_mb": {n: {} for n in servers}}
        for name, (proc, url) in servers.items():
            for _ in range(5):  # warm-up: each kg worker parses the query once
                post(url, text)
            out["pss_mb"][name]["before"] = pss_mb(proc)
        for i in range(args.rounds):
            for name, (proc, url) in servers.items():
                print(f"round {i + 1}: {name} …", file=sys.stderr)
                out["load"][name].append(load(url, text, expected, args.requests, args.clients))
                out["slow"][name].append(slow_and_fast(url, declared(FAST)))
                print(f"  {out['load'][name][-1]}\n  {out['slow'][name][-1]}", file=sys.stderr)
        for name, (proc, _) in servers.items():
            out["pss_mb"][name]["after"] = pss_mb(proc)
        return out
    finally:
        for proc, _ in servers.values():
            proc.terminate()
            proc.wait(30)
        shutil.rmtree(work, ignore_errors=True)


def report(r: dict, args) -> str:
    load_m = {n: median_round(v) for n, v in r["load"].items()}
    slow_m = {n: median_round(v) for n, v in r["slow"].items()}
    kg, oxi = load_m["kg"], load_m["oxigraph"]
    lines = [f"roles.rq, {r['rows']} rows; {args.requests} requests from {args.clients} clients; "
             f"--timeout {args.timeout:g}; median of {args.rounds} rounds",
             "",
             "| server | right answers/s | p50 ms | p99 ms | wrong answers | fast query while a slow one runs, ms | slow one ended after s (status, body) | memory MB (PSS) before → after |",
             "|---|---|---|---|---|---|---|---|"]
    for n, label in (("kg", "kg serve"), ("oxigraph", "oxigraph serve-read-only")):
        m, s, mem = load_m[n], slow_m[n], r["pss_mb"][n]
        statuses = "/".join(sorted({f"{x['slow_status']}, " + _body(x) for x in r["slow"][n]}))
        lines.append(f"| {label} | {m['rps']:.0f} | {m['p50_ms']:.0f} | {m['p99_ms']:.0f} | "
                     f"{sum(x['wrong'] for x in r['load'][n])} | {s['fast_ms']:.0f} | "
                     f"{s['slow_s']:.1f} ({statuses}) | {mem['before']:.0f} → {mem['after']:.0f} |")
    lines += ["",
              f"kg / Oxigraph: throughput {_ratio(kg['rps'], oxi['rps'])}, p50 {_ratio(kg['p50_ms'], oxi['p50_ms'])}, "
              f"p99 {_ratio(kg['p99_ms'], oxi['p99_ms'])}, fast-while-slow "
              f"{_ratio(slow_m['kg']['fast_ms'], slow_m['oxigraph']['fast_ms'])}",
              "rounds (requests/s): " + "; ".join(
                  f"{n} " + ", ".join(f"{x['rps']:.0f}" for x in v) for n, v in r["load"].items())]
    return "\n".join(lines)


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "∞ (Oxigraph: none)"


def _body(slow: dict) -> str:
    if slow["slow_status"] != 200:
        return "an error message"
    return "whole JSON" if slow["slow_answer_is_json"] else "JSON cut off"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graph", action="append", type=Path, help="graph file(s) (default export/graph.ttl)")
    ap.add_argument("--store", type=Path, help="an Oxigraph folder instead of graph files")
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--timeout", type=float, default=5.0)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", type=Path, help="also write every number here")
    args = ap.parse_args()
    if args.store and args.graph:
        ap.error("give --graph or --store, not both")
    if not args.store and not args.graph:
        args.graph = [ROOT / "export" / "graph.ttl"]
    if OXIGRAPH is None:
        raise SystemExit("the oxigraph server is missing: pip install oxigraph (a test dependency)")
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f}", file=sys.stderr)
    r = run(args)
    r["load_average_after"] = os.getloadavg()[0]
    if args.json:
        args.json.write_text(json.dumps(r, indent=1), encoding="utf-8")
    print(report(r, args))
    print(f"load average after: {r['load_average_after']:.1f}", file=sys.stderr)


if __name__ == "__main__":
    main()
