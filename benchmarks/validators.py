"""SHACL engines on one built graph: pySHACL (the reference), pyshacl-turbo (what kg uses)
on an rdflib graph and on an Oxigraph store, pyrudof, and the same constraints as SPARQL
queries on the Oxigraph store. Each is timed (fastest of --rounds) and says how many
violations it finds, on the graph as built and with every post's person removed.

    .venv/bin/python benchmarks/validators.py GRAPH.nt [--rounds 3] [--skip pyshacl,pyrudof]

pyrudof is an optional extra here (pip install pyrudof); kg does not depend on it.
The SPARQL variant is generated from kg/shapes.ttl for the constraint kinds it uses
(min/max count, class, datatype, sh:or of datatypes, sh:in, pattern, minInclusive,
sh:node), for comparison only.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import validate  # noqa: E402

HELD_BY = "http://www.w3.org/ns/org#heldBy"


def best(fn, rounds: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(rounds):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


# --- the shapes as SPARQL -------------------------------------------------------------------------

def _path(shapes: Graph, path) -> str:
    if isinstance(path, BNode):
        return "/".join(f"<{p}>" for p in Collection(shapes, path))
    return f"<{path}>"


def _targets(shapes: Graph, shape, var: str = "?f") -> str:
    classes = list(shapes.objects(shape, SH.targetClass))
    if classes:
        return " UNION ".join(f"{{ {var} a <{c}> }}" for c in classes)
    # a shape used through sh:node: its focus nodes are the values of the property that points to it
    refs = []
    for prop in shapes.subjects(SH.node, shape):
        owner = next(shapes.subjects(SH.property, prop))
        refs.append(f"{{ {{ {_targets(shapes, owner, '?g')} }} ?g {_path(shapes, shapes.value(prop, SH.path))} {var} }}")
    return " UNION ".join(refs)


def sparql_checks(shapes: Graph) -> list[str]:
    """One SELECT ?f per constraint, each row a violation (focus node)."""
    out = []
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        target = _targets(shapes, shape)
        for prop in shapes.objects(shape, SH.property):
            path = _path(shapes, shapes.value(prop, SH.path))
            for kind, value in shapes.predicate_objects(prop):
                if kind == SH.minCount:
                    out.append(f"SELECT ?f WHERE {{ {target} OPTIONAL {{ ?f {path} ?v }} }} "
                               f"GROUP BY ?f HAVING (COUNT(DISTINCT ?v) < {value})")
                elif kind == SH.maxCount:
                    out.append(f"SELECT ?f WHERE {{ {target} ?f {path} ?v }} "
                               f"GROUP BY ?f HAVING (COUNT(DISTINCT ?v) > {value})")
                elif kind == SH["class"]:
                    out.append(f"SELECT ?f ?v WHERE {{ {target} ?f {path} ?v FILTER NOT EXISTS {{ ?v a <{value}> }} }}")
                elif kind == SH.datatype:
                    out.append(f"SELECT ?f ?v WHERE {{ {target} ?f {path} ?v "
                               f"FILTER(!isLiteral(?v) || datatype(?v) != <{value}>) }}")
                elif kind == SH["or"]:
                    types = ", ".join(f"<{shapes.value(x, SH.datatype)}>" for x in Collection(shapes, value))
                    out.append(f"SELECT ?f ?v WHERE {{ {target} ?f {path} ?v "
                               f"FILTER(!isLiteral(?v) || datatype(?v) NOT IN ({types})) }}")
                elif kind == SH["in"]:
                    allowed = ", ".join(f"<{x}>" for x in Collection(shapes, value))
                    out.append(f"SELECT ?f ?v WHERE {{ {target} ?f {path} ?v FILTER(?v NOT IN ({allowed})) }}")
                elif kind == SH.pattern:
                    out.append(f"SELECT ?f ?v WHERE {{ {target} ?f {path} ?v "
                               f"FILTER(!REGEX(STR(?v), \"{value}\")) }}")
                elif kind == SH.minInclusive:
                    out.append(f"SELECT ?f ?v WHERE {{ {target} ?f {path} ?v FILTER(!(?v >= {value})) }}")
                elif kind == SH.node:
                    pass  # the node shape's own checks run with their focus nodes (see _targets)
    return out


def run_sparql(store: ox.Store, checks: list[str]) -> int:
    return sum(len(list(store.query(q))) for q in checks)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph", type=Path, help="an N-Triples file (graph.nt of a build)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--skip", default="", help="engines to leave out: pyshacl, pyrudof")
    args = ap.parse_args()
    skip = set(args.skip.split(","))
    nt = args.graph.read_bytes()
    broken = b"\n".join(ln for ln in nt.split(b"\n") if f"<{HELD_BY}>".encode() not in ln) + b"\n"
    shapes = validate.shapes()
    checks = sparql_checks(shapes)
    rows = []
    for label, data in (("as built", nt), ("no org:heldBy", broken)):
        g = Graph().parse(data=data, format="nt")
        store = ox.Store()
        store.bulk_load(data, ox.RdfFormat.N_TRIPLES)
        engines = {
            "pyshacl-turbo on the Oxigraph store": lambda: validate._compiled().validate(store, allow_warnings=True),
            "pyshacl-turbo on an rdflib graph": lambda: validate._compiled().validate(g, allow_warnings=True),
            "SPARQL on the Oxigraph store": lambda: run_sparql(store, checks),
        }
        if "pyshacl" not in skip:
            engines["pySHACL (reference)"] = lambda: validate.reference(g)
        if "pyrudof" not in skip:
            engines["pyrudof"] = lambda: _rudof(data)
        for name, fn in engines.items():
            seconds, out = best(fn, args.rounds if "pySHACL" not in name else 1)
            rows.append((label, name, seconds, _violations(out)))
    print(f"{args.graph}: {len(Graph().parse(data=nt, format='nt'))} triples; {len(checks)} SPARQL checks")
    print(f"{'graph':<15} {'engine':<40} {'seconds':>8} {'violations':>10}")
    for label, name, seconds, violations in rows:
        print(f"{label:<15} {name:<40} {seconds:>8.3f} {violations:>10}")


def _rudof(data: bytes):
    import pyrudof

    rd = pyrudof.Rudof(pyrudof.RudofConfig())
    rd.read_data(data.decode("utf-8"), pyrudof.RDFFormat.NTriples)
    rd.read_shacl((ROOT / "kg" / "shapes.ttl").read_text(encoding="utf-8"), pyrudof.ShaclFormat.Turtle)
    return rd.validate_shacl()


def _violations(out) -> int:
    if isinstance(out, int):
        return out
    if isinstance(out, tuple):  # (conforms, report graph, text)
        return len(set(out[1].subjects(RDF.type, SH.ValidationResult)))
    return len(out.violations)  # pyrudof


if __name__ == "__main__":
    main()
