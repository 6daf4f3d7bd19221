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


@dataclass(frozen=True)
class Signing:
    """Organisations signed an agreement (title without 《》) on a date (ISO, or None)."""
    agreement: str
    signatories: tuple[OrgRef, ...]
    date: str | None
    evidence: Evidence


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


Fact = Post | Signing | Observation
