"""The stages wired in order: files -> documents -> sentences -> facts -> entities -> graph."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rdflib import Graph

from kg import article, cache, evaluate, ingest, model, parallel, resolve, segment
from kg.errors import InputError
from kg.extract import EXTRACTORS
from kg.facts import Observation, Post, Signing
from kg.merges import Merges
from kg.merges import load as load_merges


@dataclass
class BuildResult:
    graph: Graph
    documents: list[ingest.Document]
    facts: list
    resolution: resolve.Resolution
    failures: list[str] = field(default_factory=list)  # "file: reason" for files not read
    facts_by_doc: dict[str, list] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # "file: what was replaced" for damaged files read

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
            "triples": model.size(self.graph),
        }


def extract_document(doc: ingest.Document) -> list:
    """All facts of one document: a pure function of its text."""
    art = article.analyse(doc)
    facts = [fact for extractor in EXTRACTORS for fact in extractor(art)]
    return resolve.spell_out(facts, list(art.org_names), list(art.places), art.publisher)


def read_documents(paths, max_bytes: int = ingest.MAX_BYTES, strict: bool = False,
                   warnings: list[str] | None = None) -> tuple[list[ingest.Document], list[str]]:
    """Every article file under paths, read; a file that cannot be read is a failure, by name;
    a damaged file read all the same adds its warning to `warnings`."""
    docs, failures = [], []
    for path in ingest.collect(paths):
        try:
            reading = ingest.read_file(path, max_bytes=max_bytes, strict=strict)
        except InputError as exc:
            failures.append(str(exc))
            continue
        docs.append(reading.document)
        if reading.warning and warnings is not None:
            warnings.append(reading.warning)
    ids = Counter(d.id for d in docs)
    for doc_id, n in sorted(ids.items()):
        if n > 1:  # the id names the document's IRI: two files with one name would merge
            failures.append(f"{doc_id}: {n} files share this name; rename all but one")
    docs = [d for d in docs if ids[d.id] == 1]
    return sorted(docs, key=lambda d: d.id), failures


def extract_all(docs: list[ingest.Document], workers: int = 1, scheduler: str | None = None,
                progress: bool | None = False) -> dict[str, list]:
    results = parallel.run(extract_document, docs, workers, scheduler, progress, warm=segment.tokenizer)
    return {d.id: facts for d, facts in zip(docs, results)}


def assemble(docs: list[ingest.Document], facts: dict[str, list], failures=(),
             confidence: dict[str, float] | None = None, store: str = "oxigraph",
             merges: Merges | None = None, warnings=()) -> BuildResult:
    """Facts of all documents -> entities -> graph (facts rated by their rules' precision;
    entities merged as the reviewed merges file says)."""
    docs = sorted(docs, key=lambda d: d.id)
    flat = [f for d in docs for f in facts[d.id]]
    res = resolve.resolve(flat, merges if merges is not None else load_merges())
    rated = evaluate.confidences() if confidence is None else confidence
    return BuildResult(model.to_graph(docs, res, rated, store), docs, flat, res, list(failures), facts,
                       list(warnings))


def build(paths, max_bytes: int = ingest.MAX_BYTES, workers: int = 1, scheduler: str | None = None,
          progress: bool | None = False, confidence: dict[str, float] | None = None,
          store: str = "oxigraph", merges: Merges | None = None, strict: bool = False) -> BuildResult:
    warnings: list[str] = []
    docs, failures = read_documents(paths, max_bytes, strict, warnings)
    return assemble(docs, extract_all(docs, workers, scheduler, progress), failures, confidence,
                    store, merges, warnings)


def add(paths, docs: list[ingest.Document], facts: dict[str, list], max_bytes: int = ingest.MAX_BYTES,
        workers: int = 1, scheduler: str | None = None, progress: bool | None = False,
        confidence: dict[str, float] | None = None, store: str = "oxigraph", merges: Merges | None = None,
        strict: bool = False):
    """New articles added to those read before: an article already read with the same text
    is skipped, one with new text replaces its old facts; only new text is extracted.
    Returns (result, added ids, skipped ids)."""
    warnings: list[str] = []
    new, failures = read_documents(paths, max_bytes, strict, warnings)
    known = {d.id: cache.text_hash(d) for d in docs}
    fresh = [d for d in new if known.get(d.id) != cache.text_hash(d)]
    skipped = [d.id for d in new if known.get(d.id) == cache.text_hash(d)]
    facts = dict(facts) | extract_all(fresh, workers, scheduler, progress)
    by_id = {d.id: d for d in docs} | {d.id: d for d in fresh}
    result = assemble(list(by_id.values()), facts, failures, confidence, store, merges, warnings)
    return result, [d.id for d in fresh], skipped


def count(facts, kind) -> int:
    return sum(isinstance(f, kind) for f in facts)


__all__ = ["BuildResult", "build", "extract_document", "Post", "Signing", "Observation"]
