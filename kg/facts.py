"""The facts extractors produce: small immutable records that know their evidence."""
from __future__ import annotations

from dataclasses import dataclass

from kg.segment import Sentence


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    sentence: int  # index of the sentence in its document
    start: int  # document offsets of the sentence
    end: int
    span_start: int  # document offsets of the words that state the fact
    span_end: int
    rule: str  # which rule produced the fact

    @classmethod
    def of(cls, s: Sentence, a: int, b: int, rule: str) -> "Evidence":
        return cls(s.doc_id, s.index, s.start, s.end, s.doc_offset(a), s.doc_offset(b - 1) + 1, rule)


@dataclass(frozen=True)
class OrgRef:
    """An organisation as the text names it; `resolve` decides which entity it is."""
    name: str
    kind: str  # association, government, agency, university, media, party, other
    place_code: str | None = None  # set when the "organisation" is a place acting (津南区)


@dataclass(frozen=True)
class PlaceRef:
    code: str  # administrative code; "" for the whole country
    label: str


@dataclass(frozen=True)
class Post:
    """A person holds a role in an organisation."""
    person: str
    role: str
    org: OrgRef
    former: bool
    evidence: Evidence
    since: str | None = None  # the article's date where it says the post is new or current


@dataclass(frozen=True)
class Signing:
    """Organisations signed an agreement (title without 《》) on a date (ISO, or None)."""
    agreement: str
    signatories: tuple[OrgRef, ...]
    date: str | None
    evidence: Evidence
    titled: bool = True  # written in 《》; an untitled one (战略合作协议) is its document's own


@dataclass(frozen=True)
class Observation:
    """A region reports a figure: 浙江省 持证社工 > 5000 人 (2019, actual)."""
    region: PlaceRef
    indicator: str
    value: float
    unit: str
    qualifier: str  # = > < ~
    year: int | None
    kind: str  # actual | target
    evidence: Evidence


@dataclass(frozen=True)
class Event:
    """What one sentence says of an event: a meeting, forum, training or ceremony.

    `organisers` pairs the organisation with how the text says it took part (主办, 承办,
    协办, 发起, 指导); `participants` are organisations whose people attended. Sentences
    about the same event are merged in `resolve`; `scope` is the document for names too
    generic (第一次理事会, 座谈会) to identify an event across articles.
    """
    name: str
    kind: str  # 会议, 论坛, 研讨会, 培训, 仪式 … (lexicon/events.txt)
    date: str | None
    place: PlaceRef | None
    organisers: tuple[tuple[str, OrgRef], ...]
    participants: tuple[OrgRef, ...]
    scope: str | None
    evidence: Evidence


Fact = Post | Signing | Observation | Event
