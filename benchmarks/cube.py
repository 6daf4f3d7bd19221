"""Benchmark the Data Cube checks of `kg validate` on synthetic articles, as ratios.

    .venv/bin/python benchmarks/cube.py [--sizes 100,300] [--seed 1]

For each size, builds the graph of a synthetic corpus (benchmarks/corpus.py) in one
process, then times, on that graph, in the same run:
- baseline: IC-12 as one generic ASK that compares every pair of observations of a data set
  (the Recommendation's definition read literally);
- kg: all six checks as `kg validate` runs them (`kg.cube.broken`: IC-1, 2, 3, 11, 14 and
  IC-12 as one ASK per data set with its dimensions written out);
- the conflict query (`kg.cube.conflicts`).
Every time is CPU seconds of this process, best of 3; the ratio is baseline / kg, so it
understates what IC-12 alone gained.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from kg import cube, pipeline  # noqa: E402
from kg.model import QUERY_PREFIXES  # noqa: E402

GENERIC_IC12 = """ASK {
    ?a qb:dataSet ?ds . ?b qb:dataSet ?ds . FILTER(?a != ?b)
    FILTER NOT EXISTS {
        ?ds qb:structure/qb:component/qb:componentProperty ?dim . ?dim a qb:DimensionProperty .
        ?a ?dim ?va . FILTER NOT EXISTS { ?b ?dim ?va } } }"""


def best(f, runs: int = 3) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t = time.process_time()
        out = f()
        times.append(time.process_time() - t)
    return min(times), out


def measure(g) -> dict:
    base, base_answer = best(lambda: bool(g.query(GENERIC_IC12, initNs=QUERY_PREFIXES).askAnswer))
    every, broken = best(lambda: cube.broken(g))
    conflicts, found = best(lambda: cube.conflicts(g))
    assert base_answer == ("IC-12" in broken), "the two IC-12 queries disagree"
    return {"generic_ic12_s": base, "all_checks_s": every, "ratio": base / every if every else float("inf"),
            "broken": broken, "conflicts_s": conflicts, "conflicts": len(found)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100,300")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    print("| articles | observations | generic IC-12 s | kg, all six checks s | ratio | conflict query s | conflicts |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="kg-cube-") as tmp:
        for n in sorted({int(s) for s in args.sizes.split(",")}):
            folder = Path(tmp) / f"corpus_{n}"
            corpus.generate(folder, n, args.seed)
            result = pipeline.build([folder])
            r = measure(result.graph)
            print(f"| {n} | {len(result.resolution.observations)} | {r['generic_ic12_s']:.2f} | "
                  f"{r['all_checks_s']:.2f} | {r['ratio']:.1f}× | {r['conflicts_s']:.2f} | {r['conflicts']} |",
                  flush=True)
            if r["broken"]:
                print(f"  broken: {r['broken']}", file=sys.stderr)


if __name__ == "__main__":
    main()
