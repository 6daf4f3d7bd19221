"""Benchmark `kg` on synthetic articles; every number is also given as a ratio against a
baseline measured in the same run, so results compare across machines.

    .venv/bin/python benchmarks/run.py [--sizes 100,1000,10000] [--workers N] [--out DIR] [--json FILE]

1. extraction throughput (characters/s) of kg.pipeline.extract_document, one process,
   vs jieba segmentation alone (the project's tokenizer, `lcut`) over the same texts;
2. `kg build DIR --formats nt --workers N` at each size: wall time, peak RSS, seconds per
   1000 articles, and how time grows against size (linearity);
3. the three contract queries on the largest graph: rdflib in memory vs Oxigraph.

See benchmarks/README.md for what each number means.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
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
from kg import mentions, parallel, pipeline, places, segment, sparql, store  # noqa: E402

KG = ROOT / ".venv" / "bin" / "kg"
QUERIES = ("roles", "agreements", "statistics")
THROUGHPUT_DOCS = 200  # articles timed for extraction throughput (from the smallest corpus)
QUERY_RUNS = 5

# Run in a fresh interpreter per size: times the build and reports the peak RSS of its
# children (the kg process and its workers), so one size never inherits another's peak.
WRAPPER = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - t
print(json.dumps({"rc": p.returncode, "seconds": seconds, "stdout": p.stdout, "stderr": p.stderr[-3000:],
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


# --- 1. extraction throughput ------------------------------------------------------------------

def _clear_text_caches() -> None:
    """Forget per-sentence results, so a text seen in the warm-up is not served from cache."""
    mentions.analyse.cache_clear()
    places.find_places.cache_clear()


def throughput(docs: list, rounds: int = 3, min_seconds: float = 0.5) -> dict:
    """Characters per second: extract_document (one pass per round, per-text caches cleared)
    vs jieba lcut (repeated until min_seconds have passed), both warmed up first so no
    dictionary loading is timed. The two alternate for `rounds` rounds and the fastest round
    of each counts: other load on the machine only ever slows a round down."""
    tok = segment.tokenizer()
    texts = [d.text for d in docs]
    chars = sum(map(len, texts))
    for d in docs[:5]:  # loads jieba, its HMM, the gazetteer, the lexicon
        pipeline.extract_document(d)
        tok.lcut(d.text)

    extract_s, jieba_s = [], []
    for _ in range(rounds):
        _clear_text_caches()
        t = time.perf_counter()
        for d in docs:
            pipeline.extract_document(d)
        extract_s.append(time.perf_counter() - t)

        passes, t = 0, time.perf_counter()
        while passes == 0 or time.perf_counter() - t < min_seconds:
            for text in texts:
                tok.lcut(text)
            passes += 1
        jieba_s.append((time.perf_counter() - t) / passes)

    return {"documents": len(docs), "characters": chars, "rounds": rounds,
            "extract_chars_per_s": chars / min(extract_s), "jieba_chars_per_s": chars / min(jieba_s),
            "ratio": min(jieba_s) / min(extract_s),
            "extract_s_rounds": extract_s, "jieba_s_rounds": jieba_s}


# --- 2. build time and memory ----------------------------------------------------------------

def build(corpus_dir: Path, out_dir: Path, workers: int, extra: list[str] = ()) -> dict:
    """`kg build` in a fresh wrapper process: seconds, peak RSS, the summary it prints."""
    cmd = [sys.executable, "-c", WRAPPER, str(KG), "build", str(corpus_dir), "--out", str(out_dir),
           "--formats", "nt", "--workers", str(workers), *extra]
    res = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    if res["rc"] != 0:
        raise SystemExit(f"kg build {corpus_dir} failed ({res['rc']}):\n{res['stderr']}")
    counts = {}  # from the summary line "documents 100, failed 0, posts …, triples N"
    for line in res["stdout"].splitlines():
        if line.startswith("documents "):
            counts = {k: int(v) for k, v in re.findall(r"(\w+) (\d+)(?=,|$)", line.strip())}
    return {"seconds": res["seconds"], "peak_rss_mb": res["maxrss_kb"] / 1024, "summary": counts}


def growth(builds: list[dict]) -> list[dict]:
    """Between consecutive sizes: time ratio / size ratio (1.0 = linear) and the same for memory."""
    out = []
    for a, b in zip(builds, builds[1:]):
        size = b["articles"] / a["articles"]
        out.append({"from": a["articles"], "to": b["articles"],
                    "time_linearity": (b["seconds"] / a["seconds"]) / size,
                    "memory_linearity": (b["peak_rss_mb"] / a["peak_rss_mb"]) / size,
                    "marginal_s_per_1000": 1000 * (b["seconds"] - a["seconds"])
                    / (b["articles"] - a["articles"])})
    return out


# --- 3. queries: rdflib in memory vs Oxigraph ----------------------------------------------------

def _timed_query(g, text: str, name: str) -> tuple[float, int]:
    t = time.perf_counter()
    rows = len(list(sparql.query(g, text, name=name)))  # rows fetched: the query ran in full
    return time.perf_counter() - t, rows


def queries(nt_path: Path, work: Path, runs: int = QUERY_RUNS) -> dict:
    """Median time of each contract query over `runs` runs after one warm-up, on both stores."""
    t = time.perf_counter()
    memory = store.open_graph(graph_paths=[nt_path])
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    store.write(memory, str(work / "oxigraph"))
    write_s = time.perf_counter() - t
    oxigraph = store.open_graph(store=str(work / "oxigraph"))

    out = {"triples": len(memory), "rdflib_load_s": load_s, "oxigraph_write_s": write_s, "queries": {}}
    for name in QUERIES:
        text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        row = {}
        for label, g in (("memory", memory), ("oxigraph", oxigraph)):
            _, rows = _timed_query(g, text, name)  # warm-up
            times = [_timed_query(g, text, name)[0] for _ in range(runs)]
            row[label] = {"median_s": statistics.median(times), "rows": rows}
        row["ratio"] = row["memory"]["median_s"] / row["oxigraph"]["median_s"]
        out["queries"][name] = row
    return out


# --- report ------------------------------------------------------------------------------------

def table(head: list[str], rows: list[list]) -> str:
    cells = [[str(c) for c in r] for r in [head] + rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(head))]
    lines = ["  ".join([r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])])
             for r in cells]
    return "\n".join([lines[0], "  ".join("-" * w for w in widths), *lines[1:]])


def _rows(v: dict) -> str:
    """Rows of a query; both counts when the two stores disagree (they should not)."""
    a, b = v["memory"]["rows"], v["oxigraph"]["rows"]
    return str(a) if a == b else f"{a} (Oxigraph {b})"


def _build_row(b: dict) -> list:
    counts = [b["summary"].get(k, "?") for k in ("triples", "posts", "events")]
    return [b["articles"], f"{b['seconds']:.1f}", f"{b['s_per_1000']:.1f}", f"{b['peak_rss_mb']:.0f}", *counts]


def report(r: dict) -> str:
    tp = r["throughput"]
    parts = [
        f"machine: {r['machine']['cpus']} cores, Python {r['machine']['python']}, workers {r['workers']}, "
        f"load average {r['machine']['load_before']:.2f} before, {r['machine']['load_after']:.2f} after",
        "",
        f"1. extraction throughput ({tp['documents']} articles, {tp['characters']} characters, one process, "
        f"fastest of {tp['rounds']} rounds)",
        table(["step", "chars/s"], [["jieba lcut (baseline)", f"{tp['jieba_chars_per_s']:,.0f}"],
                                    ["extract_document", f"{tp['extract_chars_per_s']:,.0f}"]]),
        f"ratio extract/jieba: {tp['ratio']:.3f} (extraction is {1 / tp['ratio']:.1f}x slower than segmentation)",
        "",
        "2. kg build --formats nt",
        table(["articles", "seconds", "s/1000 articles", "peak RSS MB", "triples", "posts", "events"],
              [_build_row(b) for b in r["builds"]]),
    ]
    if r["growth"]:
        parts += ["", table(["sizes", "time ratio / size ratio", "memory ratio / size ratio",
                             "marginal s/1000"],
                            [[f"{g['from']} -> {g['to']}", f"{g['time_linearity']:.2f}",
                              f"{g['memory_linearity']:.2f}", f"{g['marginal_s_per_1000']:.1f}"]
                             for g in r["growth"]])]
    q = r["queries"]
    parts += ["", f"3. contract queries on the largest graph ({q['triples']} triples; "
                  f"rdflib load {q['rdflib_load_s']:.1f} s, Oxigraph write {q['oxigraph_write_s']:.1f} s), "
                  f"median of {QUERY_RUNS}",
              table(["query", "rows", "rdflib memory ms", "Oxigraph ms", "memory/Oxigraph"],
                    [[name, _rows(v), f"{1000 * v['memory']['median_s']:.1f}",
                      f"{1000 * v['oxigraph']['median_s']:.1f}", f"{v['ratio']:.2f}"]
                     for name, v in q["queries"].items()])]
    return "\n".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100,1000,10000", help="corpus sizes, comma-separated")
    ap.add_argument("--workers", type=int, default=parallel.default_workers(), help="default: all cores")
    ap.add_argument("--out", type=Path, default=None, help="work folder (default: a temporary one)")
    ap.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    ap.add_argument("--json", type=Path, default=None, help="also write the results to this file")
    ap.add_argument("--build-args", default="", help="more `kg build` options, e.g. "
                    "'--working-store oxigraph --no-validate' for the largest sizes")
    args = ap.parse_args()
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})

    load_before = os.getloadavg()[0]  # 1-minute load: other work on the machine skews every time
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = args.out or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(f"work folder {work}", file=sys.stderr)
        for n in sizes:
            corpus.generate(work / f"corpus_{n}", n, args.seed)

        docs, _ = pipeline.read_documents([work / f"corpus_{sizes[0]}"])
        print("timing extraction …", file=sys.stderr)
        results = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                               "platform": platform.platform(), "load_before": load_before},
                   "workers": args.workers, "seed": args.seed,
                   "throughput": throughput(docs[:THROUGHPUT_DOCS]), "builds": []}
        for n in sizes:
            print(f"building {n} articles …", file=sys.stderr)
            b = build(work / f"corpus_{n}", work / f"build_{n}", args.workers, args.build_args.split())
            results["builds"].append({"articles": n, **b, "s_per_1000": 1000 * b["seconds"] / n})
        results["growth"] = growth(results["builds"])
        print("timing queries …", file=sys.stderr)
        results["queries"] = queries(work / f"build_{sizes[-1]}" / "graph.nt", work)
        results["machine"]["load_after"] = os.getloadavg()[0]

    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
