"""One analysed article: its sentences, each sentence's mentions, and what the article names
as a whole. Built once per document and read by every extractor and by `resolve.spell_out`,
so the organisations and places of a document are collected in one place."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property

from kg import mentions, numerals, places, segment
from kg.ingest import Document
from kg.mentions import SentenceMentions
from kg.places import Place, PlaceMention
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
    def publisher(self) -> tuple[Place, ...]:
        """The places of the body a byline gives as the source (来源:中共X市委社会工作部): the
        publisher's own place, what its 全市 and 市委 mean whatever other cities it names."""
        out = []
        for s, f in self:
            if (m := _SOURCE.search(s.text)) is not None:
                out += [p.candidates[0] for p in f.places if m.start(1) <= p.start < m.end(1)]
        return tuple(dict.fromkeys(out))

    @cached_property
    def org_names(self) -> tuple[str, ...]:
        """Every organisation name the article writes, in order."""
        return tuple(o.name for f in self.found for o in f.orgs)


_SOURCE = re.compile(r"(?:来源|信息来源|稿件来源)\s*:\s*(\S+)")


def analyse(doc: Document, sentences: list[Sentence] | None = None) -> Article:
    sents = tuple(segment.sentences(doc) if sentences is None else sentences)
    found = tuple(mentions.analyse(s.text) for s in sents)
    known = {place.name: place for s, f in zip(sents, found) for _, _, place in places.communities(s.text, f.places)}
    named = [p.candidates[0] for f in found for p in f.places]  # every place mention's first reading
    holder = _local_place(found, named, segment.fold_width(doc.title or ""), sents)
    known.update({c.name: c for s in sents if (c := places.opening_community(s.text, holder)) and c.name not in known})
    known.update({c.name: c for s in sents for c in places.community_list(s.text, holder) if c.name not in known})
    found = tuple(_with_listed_towns(s.text, f, named) for s, f in zip(sents, found))  # 西乡、福永两个街道
    for s in sents:  # 在云秀社区、学府社区…: the communities listed with one known are its siblings
        known.update(places.listed_communities(s.text, known))
    if known:  # 莲华街道云秀社区 …, 云秀社区是…: the community wherever the article names it
        found = tuple(_with_communities(s.text, f, known) for s, f in zip(sents, found))
    return Article(doc, sents, found)


# 西乡、福永、沙井三个街道: towns listed by their own names, their kind written once after a count
_LISTED_TOWNS = re.compile(r"(?P<names>(?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3}[、和][\u4e00-\u9fff]{2,3})"
                           r"(?P<n>[两二三四五六七八九十]|\d+)个?(?P<kind>街道|镇|乡)")


def _with_listed_towns(text: str, found: SentenceMentions, context: list[Place]) -> SentenceMentions:
    """Each town of a list sharing its kind (西乡、福永、沙井三个街道), where the kind makes
    every name a town the article's places hold and the count agrees: one place mention a name."""
    mentioned = list(found.places)
    for m in _LISTED_TOWNS.finditer(text):
        towns = [_listed_town(m, x, mentioned, context) for x in re.finditer(r"[^、和]+", m.group("names"))]
        if all(towns) and numerals.count(m.group("n")) == len(towns):
            mentioned += towns
    if len(mentioned) == len(found.places):
        return found
    return replace(found, places=tuple(sorted(mentioned, key=lambda p: p.start)))


def _listed_town(m: re.Match, name: re.Match, mentioned: list, context: list[Place]) -> PlaceMention | None:
    """The town `name` (of the list `m`) with the list's kind, where the text has no place there yet."""
    start, end = m.start("names") + name.start(), m.start("names") + name.end()
    whole = name.group() + m.group("kind")
    cands = [c for p in places.find_places(whole) if p.text == whole for c in p.candidates]
    if not cands or any(p.start < end and start < p.end for p in mentioned):
        return None
    return PlaceMention(start, end, name.group(), (places.choose(cands, context),))


def _local_place(found, named: list[Place], title: str, sents) -> Place | None:
    """The town the title names, else the county or town the article names most, if one
    does: what a community is of (a town's report names its county as often as itself)."""
    chosen = [[places.choose(list(p.candidates), named) for p in f.places] for f in found]  # 西江镇 of 雷山县
    titled = [c for s, cs in zip(sents, chosen) if title and s.text == title for c in cs if c.level == places.TOWN]
    if len(set(titled)) == 1:
        return titled[0]
    return places.leading(Counter(c for cs in chosen for c in cs if c.level in (3, places.TOWN)))


def _with_communities(text: str, found: SentenceMentions, known: dict[str, Place]) -> SentenceMentions:
    """The sentence's places with the article's communities: one joined with the town written
    before it (莲华街道云秀社区), else one standing alone."""
    mentioned = list(found.places)
    for name, place in known.items():
        for at in (m.start() for m in re.finditer(re.escape(name), text)):
            town = next((p for p in mentioned if p.end == at and place.parent in {c.code for c in p.candidates}), None)
            if town is not None:
                mentioned[mentioned.index(town)] = PlaceMention(town.start, at + len(name), text[town.start: at + len(name)], (place,))
            elif not any(p.start < at + len(name) and at < p.end for p in mentioned):
                mentioned.append(PlaceMention(at, at + len(name), name, (place,)))
    return replace(found, places=tuple(sorted(mentioned, key=lambda p: p.start)))
