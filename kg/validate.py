"""SHACL validation of a built graph against `shapes.ttl` (pySHACL)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from rdflib import Graph


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: int
    text: str  # pySHACL's report, for people

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


def validate(g: Graph) -> Report:
    from pyshacl import validate as shacl  # loaded only when validating

    conforms, _, text = shacl(g, shacl_graph=shapes(), inference="none", advanced=False,
                              allow_warnings=True)
    violations = text.count("Constraint Violation")
    return Report(bool(conforms), violations, text)
