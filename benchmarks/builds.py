"""Whole `kg build` processes, as a user runs them, against bare `jieba.lcut` over the same
text in the same run; then the parameterised queries on the `--store DIR` of the largest size.

    .venv/bin/python benchmarks/builds.py [--sizes 200] [--rounds 3] [--modes default,store,oxigraph]
                                          [--queries] [--out DIR] [--json FILE]

Every build keeps validation on and writes all default outputs. Each round runs the baseline
and every mode once, alternating; the fastest round of each counts (load from other
processes only ever slows a round). *ratio* = baseline seconds / build seconds: 1.0 would be a
build as fast as segmenting the text once with jieba. See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from run import WRAPPER, table  # noqa: E402

KG = ROOT / ".venv" / "bin" / "kg"
# bare jieba: its own default dictionary, lcut over every article (what "segmenting the
# text once" costs, dictionary load and interpreter start included)
BASELINE = """
import sys, pathlib, jieba
jieba.setLogLevel(60)
n = 0
for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")):
    n += len(jieba.lcut(p.read_text(encoding="utf-8")))
print(n)
"""
MODES = {  # name -> extra `kg build` options (each run gets its own --out and store folder)
    "default": [],
    "store": ["--store", "{work}/store_{n}"],
    "oxigraph": ["--working-store", "oxigraph"],
    "memory": ["--working-store", "memory"],
}
QUERY_RUNS = 20
# queries/NAME.rq -> (parameter, SPARQL picking the value with the most rows: a worst case)
QUERIES = {
    "person_posts": ("name", "SELECT ?v WHERE { ?p org:heldBy/rdfs:label ?l BIND(STR(?l) AS ?v) } "
                             "GROUP BY ?v ORDER BY DESC(COUNT(?p)) ?v LIMIT 1"),
    "org_members": ("org", "SELECT ?v WHERE { ?p org:postIn/rdfs:label ?l BIND(STR(?l) AS ?v) } "
                           "GROUP BY ?v ORDER BY DESC(COUNT(?p)) ?v LIMIT 1"),
    "region_figures": ("region", "SELECT ?v WHERE { ?o sdmx-dimension:refArea/rdfs:label ?l "
                                 "BIND(STR(?l) AS ?v) } GROUP BY ?v ORDER BY DESC(COUNT(?o)) ?v LIMIT 1"),
    "why": ("entity", "SELECT ?v WHERE { ?f kgo:signatory|org:postIn ?e . ?e rdfs:label ?l "
                      "BIND(STR(?l) AS ?v) } GROUP BY ?v ORDER BY DESC(COUNT(?f)) ?v LIMIT 1"),
}


def timed(cmd: list[str]) -> dict:
    """cmd in a fresh wrapper: wall seconds and the peak RSS of its largest process."""
    out = subprocess.run([sys.executable, "-c", WRAPPER, *cmd], capture_output=True, text=True, check=True)
    res = json.loads(out.stdout)
    if res["rc"] != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({res['rc']}):\n{res['stderr']}")
    return {"seconds": res["seconds"], "peak_rss_mb": res["maxrss_kb"] / 1024, "stdout": res["stdout"]}


def build_cmd(mode: str, corpus_dir: Path, work: Path, n: int, workers: int | None) -> list[str]:
    extra = [a.format(work=work, n=n) for a in MODES[mode]]
    cmd = [str(KG), "build", str(corpus_dir), "--out", str(work / f"out_{mode}_{n}"), *extra]
    return cmd + (["--workers", str(workers)] if workers else [])


def measure(sizes: list[int], modes: list[str], rounds: int, work: Path, workers: int | None) -> list[dict]:
    results = []
    for n in sizes:
        corpus_dir = work / f"corpus_{n}"
        chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus.generate(corpus_dir, n, seed=1))
        runs: dict[str, list[dict]] = {m: [] for m in ["jieba"] + modes}
        for r in range(rounds):
            print(f"{n} articles, round {r + 1}/{rounds} …", file=sys.stderr)
            runs["jieba"].append(timed([sys.executable, "-c", BASELINE, str(corpus_dir)]))
            for m in modes:
                runs[m].append(timed(build_cmd(m, corpus_dir, work, n, workers)))
        best = {m: min(v, key=lambda x: x["seconds"]) for m, v in runs.items()}
        base = best["jieba"]["seconds"]
        summary = next((ln for ln in best[modes[0]]["stdout"].splitlines() if ln.startswith("documents ")), "")
        results.append({
            "articles": n, "characters": chars, "summary": summary,
            "jieba_s": base, "jieba_s_rounds": [x["seconds"] for x in runs["jieba"]],
            "modes": {m: {"seconds": best[m]["seconds"], "peak_rss_mb": best[m]["peak_rss_mb"],
                          "ratio": base / best[m]["seconds"],
                          "seconds_rounds": [x["seconds"] for x in runs[m]]} for m in modes}})
    return results


def queries(work: Path, n: int, runs: int = QUERY_RUNS) -> dict:
    """Each parameterised query on the store, the way `kg query --store` runs it: the value
    with the most rows, one warm-up, then the median of `runs`. The store is the one
    `kg build --store` wrote, else one written from the default build's graph.nt (what
    `kg build --store` writes is that graph)."""
    from kg import sparql, store

    store_dir = work / f"store_{n}"
    if not store_dir.exists():
        store.write(store.open_graph(graph_paths=[work / f"out_default_{n}" / "graph.nt"]), str(store_dir))
    g = store.open_graph(store=str(store_dir))
    out = {}
    for name, (param, pick) in QUERIES.items():
        value = str(next(iter(sparql.query(g, pick, name=f"pick {name}")))[0])
        text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        rows = len(list(sparql.query(g, text, {param: value}, name=name)))
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            list(sparql.query(g, text, {param: value}, name=name))
            times.append(time.perf_counter() - t)
        out[name] = {"param": f"{param}={value}", "rows": rows, "median_ms": 1000 * statistics.median(times),
                     "max_ms": 1000 * max(times)}
    return out


def growth(results: list[dict], mode: str) -> list[dict]:
    out = []
    for a, b in zip(results, results[1:]):
        size = b["articles"] / a["articles"]
        ta, tb = a["modes"][mode]["seconds"], b["modes"][mode]["seconds"]
        out.append({"from": a["articles"], "to": b["articles"], "time_linearity": (tb / ta) / size,
                    "marginal_s_per_1000": 1000 * (tb - ta) / (b["articles"] - a["articles"])})
    return out


def report(r: dict) -> str:
    parts = [f"machine: {r['machine']['cpus']} cores, Python {r['machine']['python']}, load average "
             f"{r['machine']['load_before']:.2f} before, {r['machine']['load_after']:.2f} after; "
             f"fastest of {r['rounds']} rounds"]
    rows = []
    for b in r["builds"]:
        rows.append([b["articles"], f"{b['characters']:,}", "bare jieba.lcut", f"{b['jieba_s']:.2f}", "", "1"])
        for m, v in b["modes"].items():
            rows.append(["", "", "kg build " + " ".join(MODES[m]).replace("{work}/", "").replace("_{n}", ""),
                         f"{v['seconds']:.2f}", f"{v['peak_rss_mb']:.0f}", f"{v['ratio']:.2f}"])
    parts += ["", table(["articles", "characters", "process", "seconds", "peak RSS MB", "ratio"], rows)]
    for b in r["builds"]:
        parts.append(f"{b['articles']}: {b['summary']}")
    for m, g in r.get("growth", {}).items():
        if g:
            parts += ["", f"growth ({m}): " + "; ".join(
                f"{x['from']} -> {x['to']}: time ratio / size ratio {x['time_linearity']:.2f}, "
                f"marginal {x['marginal_s_per_1000']:.1f} s/1000" for x in g)]
    if r.get("queries"):
        parts += ["", f"queries on --store DIR ({r['queries_articles']} articles), median of {QUERY_RUNS}",
                  table(["query", "parameter", "rows", "median ms", "max ms"],
                        [[k, v["param"], v["rows"], f"{v['median_ms']:.1f}", f"{v['max_ms']:.1f}"]
                         for k, v in r["queries"].items()])]
    return "\n".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="200", help="corpus sizes, comma-separated")
    ap.add_argument("--modes", default="default,store,oxigraph", help=f"of {', '.join(MODES)}")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=None, help="kg build --workers (default: its own)")
    ap.add_argument("--queries", action="store_true", help="time the parameterised queries on the "
                    "largest size's --store DIR")
    ap.add_argument("--out", type=Path, default=None, help="work folder (default: a temporary one)")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    modes = [m for m in args.modes.split(",") if m]
    unknown = set(modes) - set(MODES)
    if unknown:
        raise SystemExit(f"--modes: unknown {', '.join(sorted(unknown))}; use {', '.join(MODES)}")

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="kg-builds-") as tmp:
        work = args.out or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        r = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "load_before": load_before},
             "rounds": args.rounds, "builds": measure(sizes, modes, args.rounds, work, args.workers)}
        r["growth"] = {m: growth(r["builds"], m) for m in modes}
        if args.queries:
            r["queries_articles"] = sizes[-1]
            r["queries"] = queries(work, sizes[-1])
        r["machine"]["load_after"] = os.getloadavg()[0]
    print(report(r))
    if args.json:
        args.json.write_text(json.dumps(r, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
