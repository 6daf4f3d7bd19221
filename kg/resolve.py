"""Mentions -> entities: one node per real organisation, person, place, agreement.

- Organisations: a name's key folds what writers vary (《》, full width, 社工 for
  社会工作, 北京 for 北京市); names with one key are one organisation. Two keys that
  differ by one character (社会工作者协会 / 社会工作协会) are one organisation only when
  the same person holds the same role in both.
- People: one name within a document is one person; across documents a name is one
  person where they hold a post in the same organisation. A name that differs by one
  character from another (a typo) is the same person only when both hold the same role
  in the same organisation. Two people are never merged on the name alone.
- Places act as signatories by their administrative code.
- Figures: one per area, measure (kg/lexicon/measures.txt), year, kind and value, whatever
  words each article used; see `_observations`.
- Events: one per name (folded), and per article where the name is generic (座谈会);
  what each sentence says of it is pooled.
- Sub-units: an organisation whose name is another organisation's name followed by a
  unit (北京市民政局 + 社会工作处) is that organisation's sub-unit; a parent the text
  never names alone is added as an organisation of its own.
Every other spelling stays as an alternative label.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from kg import lexicon, measures, places
from kg.facts import Event, Evidence, Observation, OrgRef, Post, Signing
from kg.merges import Merges


@dataclass
class Entity:
    key: str
    kind: str  # person | org | agreement
    names: Counter = field(default_factory=Counter)
    org_kind: str | None = None
    place_code: str | None = None

    @property
    def label(self) -> str:
        return sorted(self.names.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]

    @property
    def alt_labels(self) -> list[str]:
        return sorted(n for n in self.names if n != self.label)


@dataclass(frozen=True)
class ResolvedPost:
    person: str  # entity keys
    role: str
    org: str
    former: bool
    evidence: tuple[Evidence, ...]
    since: str | None = None  # the earliest date a text gave the post as current or new


@dataclass(frozen=True)
class ResolvedSigning:
    agreement: str
    signatories: tuple[str, ...]
    date: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ResolvedObservation:
    """One figure, however many articles state it and in whatever words."""
    obs: Observation  # the figure, with the unit and qualifier most of its statements give
    evidence: tuple[Evidence, ...]
    measure: str | None = None  # id in kg/lexicon/measures.txt; None: the phrase is its own
    phrases: tuple[str, ...] = ()  # every wording the articles used for it
    reading: int | None = None  # 1, 2 …: one of several values stated for one key
    several: bool = False  # dated, and other values are stated for its area, measure, year, kind


@dataclass(frozen=True)
class ResolvedEvent:
    key: str
    name: str
    kind: str
    date: str | None
    place: str | None  # administrative code
    organisers: tuple[tuple[str, str], ...]  # (主办 / 承办 …, org key)
    participants: tuple[str, ...]  # org keys, organisers excluded
    evidence: tuple[Evidence, ...]


@dataclass
class Resolution:
    entities: dict[str, Entity]
    posts: list[ResolvedPost]
    signings: list[ResolvedSigning]
    observations: list[ResolvedObservation]
    events: list[ResolvedEvent] = field(default_factory=list)
    parents: dict[str, str] = field(default_factory=dict)  # sub-unit org key -> parent key


_MARKS = str.maketrans("", "", "《》“”")  # title marks and quotes writers add or leave out


def org_key(ref: OrgRef) -> str:
    if ref.place_code is not None:
        return "place:" + ref.place_code
    name = unicodedata.normalize("NFKC", ref.name).translate(_MARKS)
    name = name.replace("社工", "社会工作")
    for p in places.find_places(name)[:1]:
        if p.start == 0 and len(p.candidates) == 1 and p.candidates[0].level <= 2:
            name = p.candidates[0].name + name[p.end:]
    return name


def title_key(title: str) -> str:
    return unicodedata.normalize("NFKC", title).replace(" ", "")


def resolve(facts, merges: Merges | None = None) -> Resolution:
    merges = merges or Merges()
    posts = [f for f in facts if isinstance(f, Post)]
    signings = [f for f in facts if isinstance(f, Signing)]
    observations = [f for f in facts if isinstance(f, Observation)]
    entities: dict[str, Entity] = {}

    def register(ref: OrgRef) -> str:
        """Register one mention of an organisation (call it once per mention: its count
        chooses the label) and return its key."""
        key = "org:" + org_key(ref)
        ent = entities.setdefault(key, Entity(key, "org", org_kind=ref.kind,
                                              place_code=ref.place_code))
        ent.names[ref.name] += 1
        return key

    post_orgs = [(p, register(p.org)) for p in posts]
    org_alias = _reviewed(_org_merges(post_orgs, entities, merges), merges)
    person_of = _people(post_orgs, org_alias, merges)

    rposts: dict[tuple, list] = defaultdict(list)
    former: dict[tuple, list] = defaultdict(list)
    since: dict[tuple, list] = defaultdict(list)
    for (p, okey), pkey in zip(post_orgs, person_of):
        k = (pkey, p.role, org_alias.get(okey, okey))
        rposts[k].append(p.evidence)
        former[k].append(p.former)
        if p.since:
            since[k].append(p.since)
        ent = entities.setdefault(pkey, Entity(pkey, "person"))
        ent.names[p.person] += 1
    out_posts = [ResolvedPost(k[0], k[1], k[2], all(former[k]), tuple(ev), min(since[k], default=None))
                 for k, ev in sorted(rposts.items())]

    out_signings = _signings(signings, register, org_alias, entities)
    out_obs = _observations(observations)
    out_events = _events([f for f in facts if isinstance(f, Event)], register, org_alias)
    for old, new in org_alias.items():
        if old in entities and old != new:
            gone = entities.pop(old)
            entities.setdefault(new, Entity(new, "org", org_kind=gone.org_kind)).names.update(gone.names)
    parents = _sub_units(entities)
    return Resolution(entities, out_posts, out_signings, out_obs, out_events, parents)


def _aliased(key: str, alias: dict[str, str]) -> str:
    return alias.get(key, key)


def _reviewed(alias: dict[str, str], merges: Merges) -> dict[str, str]:
    """The user's `A = B` lines on top of the merges found: every name's key to the first's."""
    for group in merges.same:
        keys = ["org:" + org_key(OrgRef(n, "other")) for n in group]
        for k in keys[1:]:
            if k != keys[0]:
                alias[k] = keys[0]
    for k in list(alias):  # follow chains: a -> b -> c is a -> c
        seen = {k}
        while alias[k] in alias and alias[k] not in seen:
            seen.add(alias[k])
            alias[k] = alias[alias[k]]
    return alias


def _org_merges(post_orgs, entities, merges: Merges) -> dict[str, str]:
    """Keys one character apart whose organisations share a (person, role): one org."""
    holders = defaultdict(set)
    for p, key in post_orgs:
        holders[key].add((p.person, p.role))
    keys = sorted(holders)
    alias: dict[str, str] = {}
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if _one_apart(a, b) and holders[a] & holders[b] and not merges.never_merge(
                    entities[a].label, entities[b].label):
                keep, drop = sorted((a, b), key=lambda k: (-sum(entities[k].names.values()), k))
                alias[drop] = alias.get(keep, keep)
    return alias


def _one_apart(a: str, b: str) -> bool:
    """Equal but for one inserted, deleted or changed character."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _people(post_orgs, org_alias, merges: Merges) -> list[str]:
    """An entity key per post: union of same-name mentions that share a document or org."""
    parent: dict[tuple, tuple] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    mentions = []
    by_name_doc, by_name_org, by_post = {}, {}, defaultdict(list)
    for p, okey in post_orgs:
        okey = org_alias.get(okey, okey)
        m = (p.person, p.evidence.doc_id)
        mentions.append(m)
        find(m)
        union(m, by_name_org.setdefault((p.person, okey), m))
        by_post[(p.role, okey)].append(m)
    for group in by_post.values():  # a one-character typo of a name holding the same post
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a[0] != b[0] and len(a[0]) == len(b[0]) and _one_apart(a[0], b[0]) \
                        and not merges.never_merge(a[0], b[0]):
                    union(a, b)
    for names in merges.same:  # the user's word: these names are one person
        group = [m for m in mentions if m[0] in names]
        for m in group[1:]:
            union(group[0], m)
    roots = sorted({find(m) for m in mentions})
    names = Counter(r[0] for r in roots)
    seen = Counter()
    key_of = {}
    for r in roots:  # deterministic keys: 王伟, and 王伟-2 for another person of that name
        seen[r[0]] += 1
        key_of[r] = "person:" + r[0] + (f"-{seen[r[0]]}" if seen[r[0]] > 1 else "")
    return [key_of[find(m)] for m in mentions]


def _signings(signings, register, org_alias, entities) -> list[ResolvedSigning]:
    groups: dict[tuple, list[Signing]] = defaultdict(list)
    for s in signings:
        akey = "agreement:" + title_key(s.agreement) + ("" if s.titled else "@" + s.evidence.doc_id)
        ent = entities.setdefault(akey, Entity(akey, "agreement"))
        ent.names[s.agreement] += 1
        signers = tuple(sorted({_aliased(register(r), org_alias) for r in s.signatories}))
        groups[(akey, signers)].append(s)
    out = []
    for (akey, signers), group in sorted(groups.items()):
        for date, members in _by_date(group):
            out.append(ResolvedSigning(akey, signers, date, tuple(m.evidence for m in members)))
    return out


def _by_date(group: list[Signing]):
    """Mentions of one signing: an undated one joins the dated one it agrees with."""
    dates = sorted({s.date for s in group if s.date}, key=len, reverse=True)
    kept: list[str] = []
    for d in dates:
        if not any(k.startswith(d) for k in kept):
            kept.append(d)
    if not kept:
        return [(None, group)]
    out = []
    for k in sorted(kept):
        members = [s for s in group if s.date is None or k.startswith(s.date)]
        out.append((k, members))
    return out


def _observations(observations) -> list[ResolvedObservation]:
    """One observation per figure: the same area, measure, year, kind and value, whatever
    the wording (and, for a phrase no measure fits, the same phrase and unit). Several
    values for one area, measure, year and kind are numbered readings of it (from two
    articles, a conflict `kg validate` reports); an undated figure is always a reading."""
    figures: dict[tuple, list[tuple[Observation, str | None]]] = defaultdict(list)
    for o in observations:
        found = measures.match(o.indicator, o.unit)
        mid = found.measure.id if found else None
        what = ("measure", mid) if mid else ("phrase", measures.fold(o.indicator))
        figures[(o.region.code, what, o.year, o.kind, o.value, None if mid else o.unit)].append((o, mid))
    by_key: dict[tuple, list[tuple]] = defaultdict(list)
    for fkey in figures:
        by_key[fkey[:4]].append(fkey)
    out = []
    for key, fkeys in sorted(by_key.items(), key=lambda kv: repr(kv[0])):
        several = len(fkeys) > 1 or key[2] is None  # an undated figure is always a reading
        for n, fkey in enumerate(sorted(fkeys, key=lambda k: (k[4], k[5] or "")), 1):
            out.append(_figure(figures[fkey], n if several else None, several and key[2] is not None))
    return out


_QUALIFIER_ORDER = ">~<="  # on a tie, keep the hedge an article gave over a plain number


def _figure(stated: list[tuple[Observation, str | None]], reading: int | None,
            several: bool) -> ResolvedObservation:
    obs = [o for o, _ in stated]
    units = Counter(o.unit for o in obs)
    quals = Counter(o.qualifier for o in obs)
    unit = min(units, key=lambda u: (-units[u], u))
    qualifier = min(quals, key=lambda q: (-quals[q], _QUALIFIER_ORDER.find(q), q))
    phrases = tuple(dict.fromkeys(o.indicator for o in obs))
    return ResolvedObservation(replace(obs[0], unit=unit, qualifier=qualifier),
                               tuple(o.evidence for o in obs), stated[0][1], phrases, reading, several)


def event_key(e: Event, name: str | None = None) -> str:
    name = unicodedata.normalize("NFKC", name or e.name).replace(" ", "")
    return "event:" + (f"{e.scope}/{name}/{e.date or ''}" if e.scope else name)


_YEAR_PREFIX = re.compile(r"^(?:19|20)\d{2}年?度?")


def _event_names(events: list[Event]) -> dict[tuple[str, str], str]:
    """Within one article, 全省…联席会议 (the headline) is the 2022年全省…联席会议 of the body:
    names equal but for a leading year are one event, under the fullest name."""
    fullest: dict[tuple[str, str], str] = {}
    for e in events:
        core = (e.evidence.doc_id, _YEAR_PREFIX.sub("", e.name))
        if len(e.name) > len(fullest.get(core, "")):
            fullest[core] = e.name
    return {(e.evidence.doc_id, e.name): fullest[(e.evidence.doc_id, _YEAR_PREFIX.sub("", e.name))]
            for e in events}


def _events(events: list[Event], register, org_alias) -> list[ResolvedEvent]:
    groups: dict[str, list[Event]] = defaultdict(list)
    names = _event_names(events)
    for e in events:
        groups[event_key(e, names[(e.evidence.doc_id, e.name)])].append(e)
    out = []
    for key, group in sorted(groups.items()):
        dates = Counter(e.date for e in group if e.date)
        codes = Counter(e.place.code for e in group if e.place)
        organisers = {(word, _aliased(register(r), org_alias)) for e in group for word, r in e.organisers}
        running = {k for _, k in organisers}
        participants = {_aliased(register(r), org_alias) for e in group for r in e.participants}
        out.append(ResolvedEvent(
            key, max((names[(e.evidence.doc_id, e.name)] for e in group), key=len), group[0].kind,
            max(dates, key=lambda d: (dates[d], len(d), d)) if dates else None,
            max(codes, key=lambda c: (codes[c], len(c), c)) if codes else None,
            tuple(sorted(organisers)), tuple(sorted(participants - running)),
            tuple(e.evidence for e in group)))
    return out


def _sub_units(entities: dict[str, Entity]) -> dict[str, str]:
    """北京市民政局社会工作处 -> 北京市民政局; the parent is added if the text never names it."""
    from kg.mentions import suffix_ending_at  # resolve sits below mentions only here

    parents: dict[str, str] = {}
    todo = sorted(k for k, e in entities.items() if e.kind == "org" and e.place_code is None)
    while todo:
        key = todo.pop()
        name = key.removeprefix("org:")
        for cut in range(len(name) - 2, 2, -1):
            head = suffix_ending_at(name, cut)
            if head and suffix_ending_at(name, len(name)) and len(name) - cut >= 2:
                parent = "org:" + org_key(OrgRef(name[:cut], head[1]))
                if parent not in entities:
                    entities[parent] = Entity(parent, "org", org_kind=head[1])
                    entities[parent].names[name[:cut]] += 1
                    todo.append(parent)
                parents[key] = parent
                break
    return parents


_BARE = re.compile(r"^(?:省|市|区|县|州|自治区)(?=委|[\u4e00-\u9fff]{2,})")


def bare_tier(name: str) -> str | None:
    """The tier word a name written without its place begins with (省民政厅 -> 省), if any."""
    bare = _BARE.match(name)
    return bare.group() if bare else None


def _place_ends(head: str) -> bool:
    """绵阳市 (of 绵阳市委…): a place ends right where the body begins; not X部加挂市 (two
    bodies joined) nor X市委市 (市委市政府)."""
    return places.place_ends_at(head, len(head))


def _spelled(ref: OrgRef, named: list[str], seen: list, publisher: tuple = ()) -> OrgRef:
    bare = _BARE.match(ref.name) if places.place_at(ref.name, 0) is None else None  # (市南区委: a place's 市)
    if ref.place_code is not None:
        return ref
    if not bare:
        return _spelled_short(ref, named)
    tier, body = bare.group(), ref.name[bare.end():]
    hits = {n for n in named if n.endswith(tier + body) and len(n) > len(ref.name)
            and _place_ends(n[: len(n) - len(body)])}
    hits = hits or _abbreviating(tier, body, named)
    if len({n.removeprefix("中共") for n in hits}) == 1:  # 中共X市委… and X市委…: one committee
        hits = {min(hits, key=len)}
    place = places.main_place(tier, seen, publisher)
    if _inside_main_city(hits, tier, place):
        hits = set()
    main = {n for n in hits if place is not None and n.removeprefix("中共") == place.name + body}
    if len(hits) > 1 and main:
        hits = {min(main, key=len)}  # 市民政局 beside X市民政局 and Y市民政局: the article's main city's
    if len(hits) == 1:
        return replace(ref, name=hits.pop())
    return replace(ref, name=place.name + body) if place and not hits else ref


def _inside_main_city(hits: set[str], tier: str, main: places.Place | None) -> bool:
    """市民政局 in an article about a city that also names the 民政局 of a county-level city
    under it (X市民政局): the bare 市 is the city the article names most, not X."""
    if len(hits) != 1 or tier != "市" or main is None or main.level != 2:
        return False
    found = places.find_places(next(iter(hits)))
    gz = places.gazetteer()
    return bool(found) and found[0].start == 0 and any(
        c.level == 3 and main in gz.ancestors(c) for c in found[0].candidates)


def _abbreviating(tier: str, body: str, named: list[str]) -> set[str]:
    """省协会 after 山东省社会工作协会: the names that open with a place of that tier and end
    with the body, the words between them (社会工作) being no place nor organisation of their own."""
    from kg import mentions  # as in _parent_head
    out = set()
    for n in (n for n in named if len(body) > 1 and n.endswith(body)):
        found = places.find_places(n)
        if not found or found[0].start != 0 or not n.endswith(tier, 0, found[0].end):
            continue
        middle = n[found[0].end: len(n) - len(body)]
        if middle and not places.find_places(middle) and mentions.suffix_ending_at(middle, len(middle)) is None:
            out.add(n)
    return out


def _spelled_short(ref: OrgRef, named: list[str]) -> OrgRef:
    """河西区民政局 after 天津市河西区民政局, 社会学院 after X大学社会学院: a name the article
    also writes whole, after its higher places or its parent organisation, is that one if only
    one; a head that is neither (X部加挂…, 中共) spells nothing."""
    hits = {n for n in named if n.endswith(ref.name) and len(n) > len(ref.name)
            and _parent_head(n[: len(n) - len(ref.name)], ref.name)}
    if not hits and (parent := _bare_parent(ref.name, named)):
        hits = {parent}
    return replace(ref, name=hits.pop()) if len(hits) == 1 else ref


def _bare_parent(name: str, named: list[str]) -> str | None:
    """学院社会工作系 after X大学Y学院: a unit written after a bare head (学院, 局) is the unit of
    the one organisation of that head the article names in full (the longest of its spellings)."""
    for head, what in lexicon.table("org_bare_heads.txt").items():
        rest = name[len(head):]
        if what != "org" or head.startswith(("该", "本")) or not name.startswith(head) or len(rest) < 2 \
                or not rest.endswith((*lexicon.words("sub_units.txt"), "系")):
            continue
        whole = {n for n in named if n.endswith(head) and len(n) > len(head) + 1}
        whole = {n for n in whole if not any(m != n and m.endswith(n) for m in whole)}
        return whole.pop() + rest if len(whole) == 1 else None
    return None


def _parent_head(head: str, name: str) -> bool:
    """天津市 before 河西区民政局 (only places, the name itself starting with one), or X大学
    before 社会学院 (an organisation's suffix ends the head, the name starts with no place)."""
    from kg import mentions  # resolve is imported by mentions' users; keep the import late
    found, starts = places.find_places(head), places.find_places(name)
    if starts and starts[0].start == 0:
        covered = sum(p.end - p.start for p in found)
        return covered == len(head) and found[-1].end == len(head)
    return mentions.suffix_ending_at(head, len(head)) is not None


def spell_out(facts: list, named: list[str], seen: list | None = None, publisher: tuple = ()) -> list:
    """Within one article, 省民政厅 is the 黑龙江省民政厅 the article names in full: a bare
    name (tier word + body) becomes the one full name there that ends with it, if only one;
    else the name under the place of that tier the article names most (`seen`: every place
    mentioned), if one place is named most. 区政府 is that district's 人民政府."""
    def full(ref: OrgRef) -> OrgRef:
        ref = _spelled(ref, named, seen or [], publisher)
        if ref.name.endswith("政府") and not ref.name.endswith("人民政府"):
            ref = replace(ref, name=ref.name[:-2] + "人民政府")
        return ref

    out = []
    for f in facts:
        if isinstance(f, Post):
            f = replace(f, org=full(f.org))
        elif isinstance(f, Signing):
            f = replace(f, signatories=tuple(map(full, f.signatories)))
        elif isinstance(f, Event):
            f = replace(f, organisers=tuple((w, full(o)) for w, o in f.organisers),
                        participants=tuple(map(full, f.participants)))
        out.append(f)
    return out
