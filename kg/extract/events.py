"""Events: meetings, forums, seminars, trainings and ceremonies, and who ran or attended them.

An event is named by a phrase ending in an event word (lexicon/events.txt: 研讨会, 论坛,
座谈会 …), quoted (“…研讨会”) or not, or pointed back to (本次恳谈会, 此次会议, 会上).
Four rules, each yielding its own fact so that each can be measured:

    events.held     NAME (在 PLACE)? (顺利|隆重…)? 召开|举行|举办|开幕    the event, date, place
    events.convene  ORG… (在 PLACE)? 召开|举办|主办 NAME                 ORG organised it
    events.by       由 ORG… 主办|承办|协办|发起|指导 (, ORG… 承办)* 的 NAME,
                    NAME 由 ORG… 发起                                     each ORG with its word
    events.attend   来自 ORG…的代表 参加 REF / 出席 REF 的(还)?有 … / ORG… 参加 REF
                                                                          the participants
A name too generic to identify an event across articles (第一次理事会, 座谈会) is scoped
to its document; sentences about one event are merged in `resolve`.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from kg import lexicon, mentions, places
from kg.facts import Event, Evidence, OrgRef, PlaceRef
from kg.article import Article
from kg.ingest import Document
from kg.segment import Sentence

RULES = (  # every rule's name, as facts, kg eval and lexicon/confidence.tsv know it
    ("held", "NAME (在PLACE)召开/举行"),
    ("convene", "ORG召开NAME"),
    ("by", "由A主办、B承办的NAME"),
    ("attend", "来自A、B的代表参加了NAME / 出席NAME的还有…"),
)
RULE_NAMES = frozenset(name for name, _ in RULES)


_QUOTED = re.compile(r"[“\"]([^“”\"]{2,80})[”\"]")
_NOT_EVENT_AFTER = re.compile(r"室|厅|堂|纪要|精神|材料|资料|中心|主席|代表(?!参)|秘书|制度")
_BOUNDARY = re.compile(r"(?:召开|举办|举行|参加|出席|主办|承办|协办|发起|开展|启动|邀请|参与)了?|的|在|由|于")
_ANAPHOR = re.compile(r"^(?:本次|此次|这次|该|本届|此届|这个|上述|这场|此)$")
_GENERIC = re.compile(r"^(?:第?[一二三四五六七八九十\d]+(?:次|届)|首次|首届|年度|全体|各|一次|一场)?$")
_LEADING_DATE = re.compile(r"^(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}[日号])?(?:上午|下午|晚)?")
_HELD = re.compile(r"\s*(?:在(?P<loc>[^,;:。]{1,40}?))?(?:于[^,;:。]{1,12}?)?"
                   r"(?:隆重|顺利|正式|成功|圆满|胜利)?(?:召开|举行|举办|开幕|闭幕|落幕|开班|揭牌)")
_CONVENE = re.compile(r"(?:在(?P<loc>[^,;:。在]{1,20}?))?(?P<verb>召开|举办|举行|主办|承办|组织)了?(?:一场|一次|首届)?$")
_RAN = "主办|承办|协办|发起|指导"  # the words that say an organisation ran the event
_ROLE_WORD = re.compile(rf"联合主办|共同主办|{_RAN}|支持")
_ATTEND = re.compile(r"(?:参加|出席|参与)了?$")
_SPEECH = re.compile(r"(?:说|表示|指出|强调|认为|介绍)[:,]|:")
_AT_EVENT = re.compile(r"会上|会议上|活动上|会议期间")


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    name: str
    kind: str
    anaphor: bool  # 本次恳谈会, 会议: the event talked about
    generic: bool  # 第一次理事会: an event, but only within this article


@dataclass
class _Known:
    name: str
    kind: str
    date: str | None
    place: PlaceRef | None
    scope: str | None


@cache
def _event_words() -> re.Pattern:
    table = lexicon.table("events.txt")
    return re.compile("|".join(sorted(map(re.escape, table), key=len, reverse=True)))


def _last_event_word(name: str) -> re.Match | None:
    m = None
    for m in _event_words().finditer(name):
        pass
    return m


def _kind(name: str) -> str:
    m = _last_event_word(name)
    return lexicon.table("events.txt")[m.group()] if m else "活动"


@dataclass
class _Context:
    known: dict[str, _Known] = field(default_factory=dict)  # events of the article, by name
    current: _Known | None = None  # the event the article is talking about


def extract(art: Article) -> Iterator[Event]:
    doc = art.doc
    ctx = _Context()
    for s in art.sentences:
        found = _mentions(s.text)
        for m in found:
            yield from _facts(doc, s, m, ctx)
        if not found and ctx.current and _AT_EVENT.search(s.text):
            yield from _attend(doc, s, None, ctx.current)


def _facts(doc: Document, s: Sentence, m: _Mention, ctx: _Context) -> Iterator[Event]:
    text = s.text
    held = _HELD.match(text, m.end)
    organisers = _by_rule(text, m) + _convene_rule(text, m)
    known = ctx.known
    if m.anaphor and ctx.current and _fits(m, ctx.current):
        ev = ctx.current
    elif m.anaphor and not (held or organisers) or m.anaphor and re.match(r"本|此|该|这", m.name):
        ev = None
    elif m.name in known:
        ev = known[m.name]
        ev.date = ev.date or mentions.date_before(text, m.start, doc.year, min_len=7)
    elif held or organisers:
        ev = _Known(m.name, m.kind, mentions.date_before(text, m.start, doc.year, min_len=7),
                    _place(_venue(text, m, held)), doc.id if m.generic or m.anaphor else None)
        known[m.name] = ev
    else:
        ev = None
    if ev is None:
        return
    ctx.current = ev
    if held:
        end = held.end()
        ev.place = ev.place or _place(_venue(text, m, held))
        yield _event(ev, (), (), s, m.start, end, "events.held")
    for rule, start, end, pairs in organisers:
        yield _event(ev, pairs, (), s, min(start, m.start), max(end, m.end), rule)
    yield from _attend(doc, s, m, ev)


def _attend(doc: Document, s: Sentence, m: _Mention | None, ev: _Known) -> Iterator[Event]:
    """Organisations present at the event: the people's organisations, the delegations."""
    text = s.text
    if m is not None and not _ATTEND.search(text, max(0, m.start - 4), m.start):
        after = re.match(r"的(?:还|也)?有", text[m.end:])
        before = re.search(r"(?:参加|出席)(?:了)?(?:本次|此次|这次)?$", text[:m.start])
        if not (after and before):
            return
    if m is None and not re.search(r"参加|出席|与会", text):
        return
    stop = _SPEECH.search(text)
    limit = stop.start() if stop else len(text)
    skip = range(m.start, m.end) if m else range(0)
    owners = _by_spans(text)
    orgs = [o for o in mentions.analyse(text).orgs
            if o.end <= limit and o.start not in skip and not any(a <= o.start < b for a, b in owners)]
    refs = tuple(dict.fromkeys(OrgRef(o.name, o.kind) for o in orgs))
    if refs:
        a = min(o.start for o in orgs + ([m] if m else []))
        b = max(o.end for o in orgs + ([m] if m else []))
        yield _event(ev, (), refs, s, a, b, "events.attend")


def _named(rule: str) -> str:
    assert rule.removeprefix("events.") in RULE_NAMES, rule
    return rule


def _event(ev: _Known, organisers, participants, s: Sentence, a: int, b: int, rule: str) -> Event:
    return Event(ev.name, ev.kind, ev.date, ev.place, tuple(organisers), tuple(participants),
                 ev.scope, Evidence.of(s, a, b, _named(rule)))


def _fits(m: _Mention, ev: _Known) -> bool:
    """本次恳谈会 points at the last 恳谈会; 会议 or 活动 at whatever was last held."""
    return m.kind == ev.kind or m.name.endswith(("会议", "活动", "会")) and len(m.name) <= 4


# --- finding event mentions --------------------------------------------------------------------

def _mentions(text: str) -> list[_Mention]:
    out: list[_Mention] = []
    quoted = []
    for q in _QUOTED.finditer(text):
        inner = q.group(1)
        if _ends_with_event_word(inner):
            out.append(_Mention(q.start(), q.end(), inner.strip(), _kind(inner), False, False))
        quoted.append((q.start(), q.end()))
    for w in _event_words().finditer(text):
        if any(a <= w.start() < b for a, b in quoted) or _NOT_EVENT_AFTER.match(text, w.end()):
            continue
        m = _unquoted(text, w, quoted)
        if m is not None:
            out.append(m)
    # 宣传周 inside 宣传周启动仪式: the longer name is the event
    out = [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end
                                     and o.end - o.start > m.end - m.start for o in out)]
    return sorted(out, key=lambda m: m.start)


def _ends_with_event_word(name: str) -> bool:
    m = _last_event_word(name)
    return m is not None and m.end() == len(name)


def _unquoted(text: str, w: re.Match, quoted) -> _Mention | None:
    start = _left_edge(text, w.start(), quoted)
    prefix = text[start:w.start()]
    lead = _LEADING_DATE.match(prefix)
    if lead:
        start += lead.end()
        prefix = prefix[lead.end():]
    name = text[start:w.end()].replace(" ", "")  # titles are often spaced for layout
    prefix = prefix.replace(" ", "")
    if len(name) > 60:
        return None
    kind = lexicon.table("events.txt")[w.group()]
    if _ANAPHOR.match(prefix) or not prefix:  # 本次论坛; a bare 仪式 is the one just reported
        return _Mention(start, w.end(), name, kind, True, False)
    if _GENERIC.match(prefix):
        return _Mention(start, w.end(), name, kind, False, True)
    if sum(mentions.is_han(c) for c in prefix) < 2:
        return None
    return _Mention(start, w.end(), name, kind, False, False)


def _left_edge(text: str, end: int, quoted) -> int:
    """Start of an unquoted name: after the last punctuation or verb before it."""
    i = end
    while i > 0:
        ch = text[i - 1]
        inside = next((a for a, b in quoted if b == i), None)
        if inside is not None:  # “三社联动” inside a name is part of it
            i = inside
            continue
        if ch in mentions.PUNCT and not (ch == " " and i > 1 and text[i - 2] not in mentions.PUNCT):
            break
        i -= 1
    cut = i
    for b in _BOUNDARY.finditer(text, i, end):
        if not any(a <= b.start() < e for a, e in quoted):
            cut = b.end()
    return cut


# --- organisers ----------------------------------------------------------------------------------

def _by_rule(text: str, m: _Mention):
    """由A主办, B承办的NAME  /  NAME由A发起: each organisation with its word."""
    out = []
    before = text.rfind("由", 0, m.start)
    if before >= 0 and re.search(r"的\s*$", text[before:m.start]) and \
            not re.search(r"[。;]", text[before:m.start]):
        pairs = _pairs(text, before + 1, m.start)
        if pairs:
            out.append(("events.by", before, m.start, pairs))
    after = re.match(rf"(?:还|也|则)?由(?P<span>[^。;]{{1,120}}(?:{_RAN}|支持))", text[m.end:])
    if after:
        a = m.end + after.start("span")
        pairs = _pairs(text, a, m.end + after.end())
        if pairs:
            out.append(("events.by", m.start, m.end + after.end(), pairs))
    return out


def _pairs(text: str, a: int, b: int) -> list[tuple[str, OrgRef]]:
    pairs, pos = [], a
    orgs = mentions.analyse(text).orgs
    for r in _ROLE_WORD.finditer(text, a, b):
        if any(o.start <= r.start() < o.end for o in orgs):
            continue  # 指导 in 服务指导中心
        word = r.group().removeprefix("联合").removeprefix("共同")
        for o in orgs:
            if pos <= o.start and o.end <= r.start():
                pairs.append((word, OrgRef(o.name, o.kind)))
        pos = r.end()
    return pairs


def _by_spans(text: str) -> list[tuple[int, int]]:
    """Where 由…主办 phrases are: their organisations are organisers, not participants."""
    return [(m.start(), m.end()) for m in re.finditer(rf"由[^。;由]{{1,80}}?(?:{_RAN})", text)]


def _convene_rule(text: str, m: _Mention):
    """A协会在B召开NAME: the subject organised it."""
    verb = _CONVENE.search(text, 0, m.start)
    if verb is None or m.anaphor:
        return []
    clause = max(text.rfind(c, 0, verb.start()) for c in ",;:") + 1
    subject = text[clause:verb.start()]
    at = subject.find("在")
    limit = clause + at if at >= 0 else verb.start()
    role = "承办" if verb.group("verb") == "承办" else "主办"
    orgs = [o for o in mentions.analyse(text).orgs if clause <= o.start and o.end <= limit]
    if not orgs:
        return []
    pairs = [(role, OrgRef(o.name, o.kind)) for o in orgs]
    return [("events.convene", orgs[0].start, m.end, pairs)]


# --- date and place ------------------------------------------------------------------------------

def _venue(text: str, m: _Mention, held: re.Match | None) -> str:
    """NAME在X召开 / A在X召开NAME: the X."""
    if held and held.group("loc"):
        return held.group("loc")
    before = _CONVENE.search(text, 0, m.start)
    return before.group("loc") or "" if before else ""


def _place(loc: str) -> PlaceRef | None:
    found = places.find_places(loc)
    if not found:
        return None
    place = found[-1].candidates[0]
    return PlaceRef(place.code, place.label)
