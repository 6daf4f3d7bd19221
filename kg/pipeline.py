"""The stages wired in order: files -> documents -> sentences -> facts -> entities -> graph."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rdflib import Graph

from kg import ingest, model, resolve, segment
from kg.errors import InputError
from kg.extract import EXTRACTORS
from kg.facts import Observation, Post, Signing


@dataclass
class BuildResult:
    graph: Graph
    documents: list[ingest.Document]
    facts: list
    resolution: resolve.Resolution
    failures: list[str] = field(default_factory=list)  # "file: reason" for files not read

    def summary(self) -> dict:
        kinds = Counter(e.kind for e in self.resolution.entities.values())
        return {
            "documents": len(self.documents),
            "failed": len(self.failures),
            "posts": len(self.resolution.posts),
            "signings": len(self.resolution.signings),
            "observations": len(self.resolution.observations),
            "events": len(self.resolution.events),
            "people": kinds["person"],
            "organisations": kinds["org"],
            "agreements": kinds["agreement"],
            "triples": len(self.graph),
        }


def extract_document(doc: ingest.Document) -> list:
    """All facts of one document: a pure function of its text."""
    sents = segment.sentences(doc)
    return [fact for extractor in EXTRACTORS for fact in extractor(doc, sents)]


def build(paths, max_bytes: int = ingest.MAX_BYTES) -> BuildResult:
    docs, failures = [], []
    for path in ingest.collect(paths):
        try:
            docs.append(ingest.read_document(path, max_bytes=max_bytes))
        except InputError as exc:
            failures.append(str(exc))
    docs.sort(key=lambda d: d.id)
    facts = [f for d in docs for f in extract_document(d)]
    res = resolve.resolve(facts)
    return BuildResult(model.to_graph(docs, res), docs, facts, res, failures)


def count(facts, kind) -> int:
    return sum(isinstance(f, kind) for f in facts)


__all__ = ["BuildResult", "build", "extract_document", "Post", "Signing", "Observation"]
