"""SHACL validation of a built graph against `shapes.ttl`.

The check runs in pyshacl-turbo, a compiled SHACL engine that reads an Oxigraph store
directly; pySHACL, the reference implementation, walks the graph through rdflib's Python
store and took most of a build's time (a test keeps the two reporting the same violations).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from rdflib import Graph
from rdflib.namespace import RDF, SH


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: int
    text: str  # the engine's report, for people
    report: Graph = field(default_factory=Graph, compare=False, repr=False)  # the SHACL report graph

    def summary(self, limit: int = 5) -> str:
        """The first violations, one line each: focus node, path, message."""
        lines = [ln.strip() for ln in self.text.splitlines()
                 if ln.strip().startswith(("Focus Node:", "Result Path:", "Message:"))]
        groups = [" ".join(lines[i:i + 3]) for i in range(0, len(lines), 3)]
        return "\n".join(groups[:limit])


@cache
def shapes() -> Graph:
    g = Graph()
    g.parse(data=resources.files("kg").joinpath("shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    return g


@cache
def _compiled():
    import pyshacl_turbo  # loaded only when validating

    return pyshacl_turbo.compile_shapes(shapes())


def validate(g: Graph) -> Report:
    """The graph checked against the shapes: an Oxigraph-backed graph is handed over as
    its store (the engine loads it natively), any other as an rdflib graph."""
    from oxrdflib import OxigraphStore

    data = g.store._inner if isinstance(g.store, OxigraphStore) else g
    conforms, report, text = _compiled().validate(data, allow_warnings=True)
    return Report(bool(conforms), len(set(report.subjects(RDF.type, SH.ValidationResult))), text, report)


def reference(g: Graph) -> tuple[bool, Graph, str]:
    """pySHACL's verdict, report graph and text: the reference the tests hold validate() to."""
    from pyshacl import validate as shacl

    return shacl(g, shacl_graph=shapes(), inference="none", advanced=False, allow_warnings=True)
