"""The sector's measures (kg/lexicon/measures.txt), and which one a figure's phrase names.

Articles name one measure in many words (持证社工, 持证社会工作者, 取得…资格证书); the
scheme lists the wordings of each measure, so figures of different articles line up.
A phrase names a measure when it contains one of its wordings and the figure's unit is
of the measure's unit kind (people, organisations, money …); among the wordings found,
the longest wins, so 助理社会工作师登记证书 is an assistant social worker, not the
社会工作师登记证书 inside it. A phrase no measure fits stays a measure of its own.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from kg import lexicon
from kg.errors import LexiconError


@dataclass(frozen=True)
class Measure:
    id: str
    label: str
    unit_kind: str  # people, person-times, organisations, items, money, percent, area
    broader: str | None  # id of the measure this one is part of
    wordings: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    measure: Measure
    wording: str  # the wording found in the phrase
    exact: bool  # the phrase is the wording itself (else it says more: 累计培养…)


def fold(text: str) -> str:
    """What writers vary and a reader ignores: width, quotes, spaces, 社工 for 社会工作.

    >>> fold("“持证社工” ")
    '持证社会工作'
    """
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\s\"'“”‘’「」『』《》]", "", text)
    return text.replace("社会工作", "社工").replace("社工", "社会工作")


@cache
def scheme() -> dict[str, Measure]:
    """Every measure by id, in the file's order; broader ids must exist."""
    out: dict[str, Measure] = {}
    for mid, label, kind, broader, words in lexicon.rows("measures.txt", 5):
        out[mid] = Measure(mid, label, kind, None if broader == "-" else broader, tuple(words.split()))
    for m in out.values():
        if m.broader is not None and m.broader not in out:
            raise LexiconError(f"kg/lexicon/measures.txt: {m.id}: broader measure {m.broader!r} "
                               "is not in the file; add it or write -")
        if m.unit_kind not in unit_kinds():
            raise LexiconError(f"kg/lexicon/measures.txt: {m.id}: unit kind {m.unit_kind!r} is not "
                               "in measure_units.txt")
    return out


@cache
def unit_kinds() -> dict[str, frozenset[str]]:
    """Unit kind -> the units it allows (measure_units.txt)."""
    return {kind: frozenset(units.split()) for kind, units in lexicon.rows("measure_units.txt", 2)}


@cache
def _wordings() -> tuple[tuple[str, Measure], ...]:
    """(folded wording, measure), longest first: the order a phrase is tried in."""
    pairs = {(fold(w), m.id) for m in scheme().values() for w in (m.label, *m.wordings)}
    ordered = sorted(pairs, key=lambda p: (-len(p[0]), p[0], p[1]))
    return tuple((w, scheme()[mid]) for w, mid in ordered)


_CHANGE_RATE = re.compile(r"(?:增长|下降)率$")  # the names statistics gives a rate of change


def fits(measure: Measure, unit: str) -> bool:
    return unit in unit_kinds()[measure.unit_kind]


def candidates(phrase: str) -> list[Match]:
    """Every measure a wording of which the phrase contains, longest wording first."""
    folded = fold(phrase)
    return [Match(m, w, w == folded) for w, m in _wordings() if w and w in folded]


@lru_cache(maxsize=1 << 16)  # a large archive repeats its phrases many times
def match(phrase: str, unit: str) -> Match | None:
    """The measure the phrase names, if one of its wordings is in it and the unit fits.

    >>> match("累计培养社工专业学生", "名").measure.id
    'students'
    >>> match("持证社工机构", "家").measure.id  # 持证社工 counts people, not 家
    'agencies'
    >>> match("乡镇", "个") is None
    True
    >>> match("考试通过率增长率", "%") is None  # how fast a measure changed is no measure
    True
    """
    if _CHANGE_RATE.search(phrase):
        return None
    return next((c for c in candidates(phrase) if fits(c.measure, unit)), None)


def names(measure_id: str, phrase: str) -> bool:
    """The phrase is the measure's label or one of its wordings, nothing more.

    >>> names("certified", "持证社工"), names("certified", "累计持证社工")
    (True, False)
    """
    m = scheme()[measure_id]
    return fold(phrase) in {fold(w) for w in (m.label, *m.wordings)}


def spellings(m: Measure) -> list[str]:
    """The label and wordings as written, with 社工 spelt out and 社会工作 shortened, so a
    query for 乡镇社工站 finds the measure that lists 乡镇社会工作站.

    >>> spellings(scheme()["stations"])[:3]
    ['社会工作服务站', '社工服务站', '社会工作站']
    """
    out: list[str] = []
    for w in (m.label, *m.wordings):
        long_ = fold(w)
        short = long_.replace("社会工作者", "\0").replace("社会工作", "社工").replace("\0", "社会工作者")
        out.extend(x for x in (w, long_, short) if x not in out)
    return out


def narrower(measure_id: str) -> list[str]:
    return [m.id for m in scheme().values() if m.broader == measure_id]
