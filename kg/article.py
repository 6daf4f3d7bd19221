"""One analysed article: its sentences, each sentence's mentions, and what the article names
as a whole. Built once per document and read by every extractor and by `resolve.spell_out`,
so the organisations and places of a document are collected in one place."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from kg import mentions, segment
from kg.ingest import Document
from kg.mentions import SentenceMentions
from kg.places import Place
from kg.segment import Sentence


@dataclass(frozen=True)
class Article:
    doc: Document
    sentences: tuple[Sentence, ...]
    found: tuple[SentenceMentions, ...]  # the mentions of each sentence, in order

    def __iter__(self) -> Iterator[tuple[Sentence, SentenceMentions]]:
        return iter(zip(self.sentences, self.found))

    @cached_property
    def places(self) -> tuple[Place, ...]:
        """Every place mention's first reading, in order: what a short form (市委, 全市,
        副区长) written without its place belongs to."""
        return tuple(p.candidates[0] for f in self.found for p in f.places)

    @cached_property
    def org_names(self) -> tuple[str, ...]:
        """Every organisation name the article writes, in order."""
        return tuple(o.name for f in self.found for o in f.orgs)


def analyse(doc: Document, sentences: list[Sentence] | None = None) -> Article:
    sents = tuple(segment.sentences(doc) if sentences is None else sentences)
    return Article(doc, sents, tuple(mentions.analyse(s.text) for s in sents))
