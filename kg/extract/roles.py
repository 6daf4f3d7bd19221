"""Posts: a person holds a role in an organisation.

Rules, in the order they are tried for every role word followed by a name:

- chain   ORG ROLE(兼ROLE)*(、ORG? ROLE)* NAME   中国X联合会副会长兼秘书长、Y社社长刘某
          a segment without an organisation inherits the one before it (also across a
          comma: X会会长甲，副会长乙); 原 marks former, 现任/新任 current; a tier head (市长,
          区长) of a place holds the post in that place's government; a government role
          listed after a party role (X厅党组副书记、副厅长) is held in X厅, not its 党组.
- assign  ORG? ROLE (经…)?(由|为|是)(原)? CHAIN NAME (担任)?   秘书长由原X局调研员陈某担任
- elect   (选举|推选|任命|聘任|聘请) CHAIN NAME (为|担任) ORG? ROLE
- elect   (选举|推选|增补…) NAME(、NAME)* 为 ORG? ROLE(、ROLE)*   选举甲、乙为副会长
- take    (CHAIN)? NAME (当选为|当选|担任|出任|兼任) ORG ROLE
- respectively  NAME(、NAME)* 分别(当选|担任|为) ROLE(、ROLE)*   paired in order, counts equal
- apposition  NAME，ORG ROLE(；|。) / NAME（ORG ROLE）   他们是：甲，X会副会长；乙（Y局局长）

A term written between 为 and the role (第三届理事会会长, 新一届会长) qualifies the post,
not the organisation; 同志 after a name (甲同志当选) leaves the post the name's.

An organisation written as an anaphor (协会, 该会) is the last one of that kind the
document named; a role with no organisation at all is the topic organisation's (the
last organisation that began a sentence) in the assign and elect rules only; elect, elect-list
and take (当选会长) first take the organisation whose congress or council the article reports
(X会召开会员代表大会; lexicon election_meetings.txt).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from kg import lexicon, mentions, places
from kg.facts import Evidence, OrgRef, Post
from kg.article import Article
from kg.mentions import Org, Role
from kg.segment import Sentence

RULES = (  # every rule's name, as facts, kg eval and lexicon/confidence.tsv know it
    ("chain", "ORG ROLE(兼ROLE)*(、ORG? ROLE)* NAME, the organisation written"),
    ("name-list", "ROLE NAME、NAME…: the people after the first share the posts"),
    ("name-before-title", "ORG? NAME ROLE: the name written before the title"),
    ("tier", "a tier head (副市长) with no place written: the article's place of that tier"),
    ("named-before", "a bare title: the association whose meeting is reported, else the last organisation named, whose last character its head word names"),
    ("known-post", "a bare title after a name the article gave that title before: the post read then"),
    ("subject-org", "a generic title (负责人, 党委书记) with no organisation: the one its sentence opens with"),
    ("subject", "甲曾任/成为/被任命为/以 CHAIN (身份|等职|,|。): the posts are the sentence's subject's"),
    ("apposition", "NAME，ORG ROLE； / NAME（ORG ROLE）: a name set before its posts, the organisation written"),
    ("assign", "ROLE由…NAME担任 / ROLE为…NAME"),
    ("elect", "选举…NAME为ORG? ROLE"),
    ("elect-list", "选举NAME、NAME为ROLE(、ROLE)* / 补选N名ROLE，分别是：NAME、NAME"),
    ("take", "NAME当选/担任/出任/兼任 ORG ROLE"),
    ("respectively", "NAME、NAME分别当选/担任/为 ROLE、ROLE: paired in order, the counts equal"),
    ("resign", "NAME(同志)辞去 ORG? ROLE(、ROLE)* 职务: posts held until now, given up (former)"),
)
RULE_NAMES = frozenset(name for name, _ in RULES)


_ELECT = re.compile(r"(选举|推选|选|任命|聘任|聘请|增补|推举)$")
_ASSIGN = re.compile(r"(?:一职)?(?:已|将)?(?:经[\u4e00-\u9fff]{1,3})?(由|为|是)(?:原|前)?$")  # 部长一职已由甲担任
_ELECT_NAMES = re.compile(r"(?:选举|推选|增补|推举|任命|聘任|聘请|补选)(?:产生)?(?:了)?")
_ELECTED_NAME = re.compile(_ELECT_NAMES.pattern + "$")  # 选举甲…: a name right after the verb
_PARTY_BODY = ("党组", "党委", "党总支", "党支部")
_REN = r"(?<![主现历曾兼担出继连留信责委原前])任"  # 甲任秘书长; not 主任, 现任, 原任 (a past post)…
_TAKE = re.compile(r"(当选为|当选|担任|出任|兼任|被选举为|被选为|被增补为|增补为|被任命为|受聘为|被聘为|被聘任为|获聘为|被聘请为"
                   rf"|是|{_REN})$")  # 甲是X站站长 / 甲任X会秘书长: the organisation written
# a role with no organisation written, taken at the congress reported (当选副会长, 任秘书长, 被聘为名誉会长)
_TAKE_BARE = re.compile(rf"(?:当选为?|担任|{_REN}|被聘为|被聘任为|受聘为|被推选为|被选为|被增补为|被任命为)$")
_SOME_OF = re.compile(r"等[\d一二三四五六七八九十]+名[^,;。]{0,8}$")  # 甲等17名个人(单位)被增补为


class _Context:
    """What the document has named so far: for anaphors and the topic organisation."""

    def __init__(self, date: str | None = None):
        self.orgs: list[Org] = []
        self.topic: Org | None = None
        self.date = date  # the article's: a post said to be current or new holds since then
        self.elected: OrgRef | None = None  # the organisation people were last elected into
        self.places: list = []  # every place the article names (first reading), for its tiers
        self.publisher: tuple = ()  # the places of the body the byline gives as the source
        self.person_ends: dict[int, OrgRef] = {}  # in this sentence: a name's end -> its post's org
        self.last_post_in: dict[int, OrgRef] = {}  # in this sentence: a name's end -> its chain's last org
        self.chained: dict[int, tuple] = {}  # in this sentence: a name's end -> (the name, its chain's start)
        self.parents: dict[str, OrgRef] = {}  # a unit read as part of an organisation -> that one
        self.known: dict[tuple[str, str], OrgRef] = {}  # (person, role) read -> the organisation
        self.last_named: tuple[str, bool] | None = None  # the last name read, and if it is clearly one
        self.towns: dict[str, str] = {}  # a place head (街道, 镇) -> the last town of it written
        self.headed: dict[str, OrgRef] = {}  # a body written after a bare head (街道党工委) -> whose it is

    def main_place(self, tier: str):
        return places.main_place(tier, self.places, self.publisher)

    def resolve(self, org: Org) -> Org | None:
        if not org.anaphor:
            return self._unit_of_anaphor(org) or org
        table = lexicon.table("org_anaphora.txt")  # 该局 has a row of its own; 该协会 is 协会's
        want = table.get(org.name) or table.get(org.name.lstrip("该本"), "*")
        elected = self.elected
        if elected is not None and elected.kind == "association" and org.kind == "association" \
                and (want == "*" or elected.name.endswith(want)):
            # 被聘为协会名誉会长 in the report of X协会's congress: X协会, not a guest's 协会 named since
            return Org(org.start, org.end, elected.name, elected.kind)
        for prev in reversed(self.orgs):
            if (prev.name.endswith(want) if want != "*" else prev.kind == "association"):
                spelt = self.headed.get(prev.name)  # 街道党工委书记甲，党工委副书记乙: the street's
                return Org(org.start, org.end, spelt.name, spelt.kind) if spelt else prev
        return None


    def _unit_of_anaphor(self, org: Org) -> Org | None:
        """协会秘书处, 该会专家委员会: a unit written after a word referring back to a body
        (an association's: 协会, 该会) is that body's unit."""
        for word in lexicon.longest_first_keys("org_anaphora.txt"):
            rest = org.name[len(word):]
            if org.name.startswith(word) and word.endswith("会") and len(rest) >= 2 \
                    and rest.endswith((*lexicon.words("sub_units.txt"), "委员会", "支部")):
                body = self.resolve(Org(org.start, org.start + len(word), word, "association", True))
                return replace(org, name=body.name + rest) if body is not None else None
        return None


def extract(art: Article) -> Iterator[Post]:
    posts = list(_posts(art))
    yield from (p for p in posts if not _fuller_one(p, posts))


def _fuller_one(post: Post, posts: list[Post]) -> bool:
    """X大学教授甲 … X大学Y学院教授甲: one post, named in full once; the shorter goes."""
    return any(q.person == post.person and q.role == post.role and len(q.org.name) > len(post.org.name)
               and (q.org.name.startswith(post.org.name) or q.org.name.endswith(post.org.name))
               for q in posts)


def _posts(art: Article) -> Iterator[Post]:
    ctx = _Context(art.doc.date)
    ctx.places, ctx.publisher = list(art.places), art.publisher
    for s, found in art:
        ctx.person_ends, ctx.chained, ctx.last_post_in = {}, {}, {}
        ctx.orgs.extend(found.orgs)  # 协会召开…，联合会会长甲: an anaphor may point within its sentence
        ctx.towns.update(_towns_in(s.text, found))
        ctx.elected = _meeting_org(s.text, found, ctx) or ctx.elected
        for post in (*_sentence_posts(s, found, ctx), *_elect_list_rule(s, found, ctx),
                     *_subject_rule(s, found, ctx), *_respectively_rule(s, found, ctx),
                     *_apposition_rule(s, found, ctx), *_resign_rule(s, found, ctx),
                     *_elected_count_rule(s, found, ctx)):
            ctx.known.setdefault((post.person, post.role), post.org)
            yield post
        ctx.last_named = _last_named(s.text, len(s.text)) or ctx.last_named
        first = _first_org(s.text, found, ctx)
        if first is not None:
            ctx.topic = first


def _meeting_org(text: str, found, ctx: _Context) -> OrgRef | None:
    """(9月6日,)X会召开第四次会员代表大会 / X会第二次会员代表大会在某地召开: an organisation
    opening a clause holds a meeting that elects its officers; a role elected there (or in the
    sentences after) without an organisation is in it."""
    meetings = lexicon.words("election_meetings.txt")
    for o in found.orgs:
        clause = re.split(r"[,，;；:：]", text[o.end:], maxsplit=1)[0]
        at = min((clause.find(w) for w in meetings if w in clause), default=-1)
        if at < 0 or o.anaphor or not (o.start == 0 or text[o.start - 1] in mentions.PUNCT):
            continue
        if any(o.end <= r.start < o.end + at and _name_after(text, r.end) for r in found.roles):
            continue  # X局副局长甲代表第一届理事会作报告: the body of someone's post holds no meeting
        return OrgRef(o.name, o.kind)
    return None


def _first_org(text: str, found, ctx: _Context) -> Org | None:
    """The organisation a sentence opens with (its subject), resolved."""
    for r in found.roles:
        org = mentions.org_ending_at(text, r.start, found.tokens, list(found.roles))
        if org and org.start <= 1:
            return ctx.resolve(org)
    for o in found.orgs:
        return o if o.start <= 1 else None
    return None


def _sentence_posts(s: Sentence, found, ctx: _Context) -> Iterator[Post]:
    text, roles = s.text, list(found.roles)
    for r in roles:
        person = _name_after(text, r.end)
        if person is None:
            yield from _name_before_title(s, found, ctx, r)
            yield from _take_rule(s, found, ctx, r)
            yield from _assigned_to(s, found, ctx, r)
            yield from _role_is_name(s, found, ctx, r)
            continue
        chain = _chain(text, r, found, ctx, person.name)
        if chain is None:
            continue
        start, segments, rule = chain
        if rule == "chain" and (earlier := _chain_over_comma(text, start, found, ctx)) is not None:
            start, segments = earlier[0], earlier[1] + segments  # 州委常委、副州长，X指挥部指挥长甲
        before_all = start >= 1 and text[start - 1] in "原前"  # 原成都市民政局局长: former
        for who in [person, *_listed_after(text, person, found)]:
            ctx.person_ends[who.end] = segments[0][0]
            ctx.last_post_in[who.end] = segments[-1][0]
            ctx.chained.setdefault(who.end, (who, start))
            for org, seg_roles, seg_former in segments:
                for role in seg_roles:
                    post = _post(who.name, role, _holder(org, role), s, start, who.end,
                                 rule if who is person else "name-list",
                                 ctx.date if role.current else None)
                    yield replace(post, former=True) if before_all or seg_former else post
        if rule != "chain":
            continue
        yield from _assign_rule(s, found, ctx, start, person)
        yield from _elect_rule(s, found, ctx, start, person)


def _chain_over_comma(text: str, start: int, found, ctx: _Context):
    """X州党委常委、副州长，Y指挥部指挥长甲 / …讲话，X部副部长，Y局局长乙主持: a chain of posts
    that is a whole clause (opening the sentence, or after ，：；) with no name of its own is
    the next name's too."""
    if start < 2 or text[start - 1] not in ",，":
        return None
    last = next((x for x in found.roles if x.end == start - 1), None)
    chain = _chain(text, last, found, ctx) if last is not None else None
    if chain is None or chain[2] != "chain" or not (chain[0] == 0 or text[chain[0] - 1] in ",，:：;；。"):
        return None
    return chain[0], chain[1]


def _name_before_title(s: Sentence, found, ctx: _Context, r: Role) -> Iterator[Post]:
    """X局甲副局长表示 / 甲会长、乙副会长: the name written before the title (a polite order);
    the organisation is the one written before the name, else found as for a bare title."""
    text = s.text
    if not mentions.bounded(text, r.end):
        return
    person = next(mentions.persons_ending_at(text, r.start), None)
    if person is None:
        return
    written = mentions.org_ending_at(text, person.start, found.tokens, list(found.roles))
    if written is not None:
        org, rule, start = ctx.resolve(written), "name-before-title", written.start
        org = OrgRef(org.name, org.kind) if org else None
    elif person.end in ctx.last_post_in and mentions.after_role(text, person.start):
        org, rule, start = ctx.last_post_in[person.end], "name-before-title", person.start  # X学院院长甲教授
    elif mentions.name_edge(text, person.start):
        org, rule = _known(person.name, r, ctx) or (_listed_before(text, person.start, found, ctx),
                                                    "name-before-title")
        if org is None:
            org, rule = _unwritten_org(r, ctx)
        start = person.start
    else:
        return
    if org is not None:
        ctx.person_ends[r.end] = org
        yield _post(person.name, r, _holder(org, r), s, start, r.end, rule)
        yield from _chain_before(s, found, ctx, start, person, r.end)


def _chain_before(s: Sentence, found, ctx: _Context, start: int, person, end: int) -> Iterator[Post]:
    """X会监事长、Y大学甲教授: the posts listed before the name's own are the person's too."""
    text = s.text
    before = next((x for x in found.roles if x.end == start - 1), None)
    if before is None or text[start - 1] != "、" or _named_title(text, before) \
            or mentions.person_at(text, before.end) is not None:
        return  # 甲局长、Y委乙副书记: 局长 is 甲's
    chain = _chain(text, before, found, ctx)
    if chain is None:
        return
    first, segments, rule = chain
    for org, seg_roles, _ in segments:
        for role in seg_roles:
            yield _post(person.name, role, _holder(org, role), s, first, end, "name-before-title")


_ASIDE = re.compile(r"[(（](?:主持工作|挂职|兼)[)）]")  # 副处长(主持工作)甲: the aside is no name


def _past_aside(text: str, join: int) -> int:
    """Where the post before a chain's 、 at `join` ends: before an aside (主持工作, 兼) closing at it."""
    if join < 1 or text[join] != "、":
        return join
    aside = next((m for m in _ASIDE.finditer(text, max(0, join - 7), join) if m.end() == join), None)
    return aside.start() if aside is not None else join


def _name_after(text: str, i: int):
    while i < len(text) and text[i] in " \u3000" and i < len(text):
        i += 1
    if aside := _ASIDE.match(text, i) or _POSTS_ASIDE.match(text, i):
        i = aside.end()
    elif text[i: i + 1] in "）)" and _POSTS_ASIDE.match(text, _aside_open(text, i)):
        i += 1  # the aside's own last post is the name's too
    return mentions.person_at(text, i)


# X系主任（Y会会长）甲: the name's other posts in brackets between its title and the name
_POSTS_ASIDE = re.compile(r"[（(][^（()）,，。；;]{3,30}?(?:%s)[）)]" % "|".join(
    sorted(map(re.escape, lexicon.roles()), key=len, reverse=True)))


def _aside_open(text: str, close: int) -> int:
    """Where the brackets closing at `close` open right after a role word, else len(text)
    (where no aside can match)."""
    opened = max(text.rfind("（", 0, close), text.rfind("(", 0, close))
    return opened if opened > 0 and mentions.after_role(text, opened) else len(text)


def _chain(text: str, last: Role, found, ctx: _Context, who: str | None = None):
    """Parse leftwards from the role before a name: [(org, [roles])], start of the chain."""
    roles = list(found.roles)
    by_end = {r.end: r for r in roles}
    segments = []
    cur = last
    while True:
        seg_roles = [cur]
        while cur.start >= 1 and text[cur.start - 1] == "兼" and cur.start - 1 in by_end:
            cur = by_end[cur.start - 1]
            seg_roles.insert(0, cur)
        cur = seg_roles[0] = _party_split(text, cur, found, ctx)
        org = _org_before(text, cur, found, ctx) or _unit_in_chain(text, cur, by_end)
        if org is None and _dangling(text, cur, found, ctx):
            return None  # 中心主任甲 with no centre named before: whose 中心 is not known
        seg_start = org[1] if org else cur.start
        # 会长、原市民政局副局长甲: 原 before this segment's organisation makes its posts former
        seg_former = org is not None and seg_start >= 2 and text[seg_start - 1] == "原" \
            and text[seg_start - 2] in "、,"
        segments.insert(0, (org[0] if org else None, seg_roles, seg_former))
        join = seg_start - 1 if not seg_former else seg_start - 2  # 、原市民政局…: past the 原
        # 、 or 兼 (X局副局长兼Y局局长) before this segment's organisation: a post of the same person
        # (副部长(兼)、市信访局局长甲: past the aside of the post before)
        before = _past_aside(text, join)
        if join >= 0 and text[join] in "、兼" and before in by_end and not _named_title(text, by_end[before]):
            cur = by_end[before]
            continue
        break
    # a segment without an organisation holds its posts in the one before it;
    # the first one, in the organisation of the person listed just before (X局局长甲、副局长乙)
    bare = _bare_unit_before(text, seg_start) if segments[0][0] is None else None
    bare = bare if bare and len(bare) > 1 else None
    if bare and (parent := _listed_before(text, seg_start - len(bare), found, ctx)):
        seg_start -= len(bare)  # 会长甲、办公室主任乙: 办公室 alone is the unit of 甲's organisation
        parent = ctx.parents.get(parent.name, parent)
        segments[0] = (OrgRef(parent.name + bare, "government"), *segments[0][1:])
        ctx.parents[segments[0][0].name] = parent
    resolved, prev, rule = [], _listed_before(text, seg_start, found, ctx, segments[0][1][0]), "chain"
    if segments[0][0] is None and prev is not None and segments[0][1][0].gov_tier:
        prev = _tier_government(prev, segments[0][1][0])
    if segments[0][0] is None and prev is None and _council_term(text, seg_start) and ctx.elected:
        prev = ctx.elected  # 第一届理事会会长甲: a post of the association whose congress is reported
    if segments[0][0] is None and prev is None:
        prev, rule = _known(who, segments[0][1][0], ctx) or _unwritten_org(_searched_role(segments), ctx)
        if prev is None:
            prev, rule = _sentence_subject(text, seg_start, found, segments[0][1][0], ctx)
    own = None  # the organisation of this chain's segment before: a committee's units are its own
    if segments[0][0] is not None and prev is not None and rule == "chain":
        unit = _sub_unit(ctx.parents.get(prev.name, prev), segments[0][0])
        if unit is not segments[0][0]:  # 办公室主任甲、联络部主任乙: siblings in one parent
            ctx.parents[unit.name] = ctx.parents.get(prev.name, prev)
        segments[0] = (unit, *segments[0][1:])
    for org, seg_roles, seg_former in segments:
        if org is not None and org.name in _SHORT_UNITS and not (own and own.name.endswith("委")):
            continue  # 组织部长 with no committee before it: whose 组织部 is not written
        org = _unit_of(own, org) if org is not None and own is not None else org
        if org is not None and org.name in lexicon.words("community_bodies.txt"):
            continue  # 居委会主任 with no community before it: whose is not written
        if org is None and prev is not None and seg_roles[0].gov_tier:
            org = _tier_government(prev, seg_roles[0])  # X区委副书记、区长: the district's government
        org = org or prev
        if org is None:
            return None
        resolved.append((org, seg_roles, seg_former))
        prev = own = org
    return (seg_start, resolved, rule) if resolved else None


def _bare_unit_before(text: str, at: int) -> str | None:
    """The longest word of lexicon/sub_units.txt ending at `at` (办公室 before 室)."""
    return _word_before(text, at, "sub_units.txt")


def _word_before(text: str, at: int, lexicon_file: str) -> str | None:
    """The longest word of the lexicon file ending at `at`."""
    return next((w for w in lexicon.longest_first(lexicon_file) if text.endswith(w, 0, at)), None)


def _unit_in_chain(text: str, role: Role, by_end: dict) -> tuple[OrgRef, int] | None:
    """X局副局长、办公室主任甲 (or 副院长兼社会工作系主任乙): a bare unit (办公室, 科, 系) after a
    post of the same person is a unit of the organisation before it, joined when the chain is resolved; so is a bare body
    of a community (X社区党委书记、居委会主任)."""
    unit = _bare_unit_before(text, role.start) or _community_body_before(text, role.start)
    start = role.start - len(unit) if unit else 0
    if unit and start >= 1 and text[start - 1] in "、兼" and start - 1 in by_end:
        return OrgRef(unit, "government"), start
    return None


def _searched_role(segments) -> Role:
    """党组成员、副局长甲: a party body's post names no body of its own; the title after it
    (副局长: the …局 named last) says whose party group it is."""
    first = segments[0][1][0]
    if first.name.startswith(_PARTY_BODY) and len(segments) > 1 and segments[1][0] is None:
        return segments[1][1][0]
    return first


def _tier_government(listed: OrgRef, role: Role) -> OrgRef | None:
    """区委书记甲、区长乙: a tier head listed after a person of that place's committee leads
    its government; after any other organisation (X局局长甲、区长乙) it is not that one's."""
    if listed.name.endswith("人民政府"):
        return listed
    body = next((b for b in ("党委", "委") if listed.name.endswith(role.gov_tier + b)), None)  # X镇党委
    place = listed.name.removesuffix(body or "委")
    if body and place == role.gov_tier:  # 州委常委、副州长: spelled out with the article's place, as 州委 is
        return OrgRef(place + "人民政府", "government")
    gov = mentions.gov_of_place(place, role.gov_tier) if body else None
    return OrgRef(gov, "government") if gov and len(place) > 1 else None


def _dangling(text: str, role: Role, found, ctx: _Context) -> bool:
    """An anaphor (协会, 中心) right before the title that points at nothing named before."""
    org = mentions.org_ending_at(text, role.start, found.tokens, list(found.roles))
    return org is not None and (org.anaphor and ctx.resolve(org) is None
                                or _headed(text, org, found, ctx) is _NAMES_NOTHING)


def _sub_unit(parent: OrgRef, org: OrgRef) -> OrgRef:
    """X会秘书长甲、办公室主任乙: a unit named without its parent (no place, a unit's suffix)
    after a person listed with X会 is X会's (X会办公室)."""
    if len(org.name) <= 8 and not parent.name.endswith(org.name) and (unit := _school_unit(parent, org)):
        return unit  # X学院院长甲、社会工作系主任乙: the school's 系
    suffix = max((w for w in lexicon.table("org_suffixes.txt") if org.name.endswith(w)), key=len, default="")
    units = lexicon.words("sub_units.txt")
    bare = org.name == suffix and any(suffix.endswith(w) for w in units)  # 评估中心 alone is a unit
    if (suffix not in units and not bare) or len(org.name) > 8 \
            or places.find_places(org.name) or org.name.startswith(mentions.NATIONAL_PREFIXES) \
            or parent.name.endswith(org.name) or parent.place_code is not None \
            or org.name[0] in "省市区县州":  # 县委宣传部: a short form, spelled out elsewhere
        return org
    return OrgRef(parent.name + org.name, org.kind)


_HEADS = lexicon.table("role_org_heads.txt")
_SHORT_UNITS = frozenset(lexicon.table("role_short_units.txt").values())
_OFFICE_UNITS = ("处", "科", "室", "股")  # the units of a bureau, never bodies of their own
_SCHOOL_UNITS = ("系", "教研室")  # the units of a school, never bodies of their own
_TIER_COMMITTEE = re.compile(r"^(?:省委|市委|区委|县委|州委)")


def _unit_of(before: OrgRef, org: OrgRef) -> OrgRef:
    """In one person's chain after X区委: 统战部 and 区委统战部 are X区委统战部 (市委常委、统战部
    部长); another tier's body (市政府, 县委) is not a unit of the committee. A bare unit
    (民政部新闻发言人、办公厅副主任) is one of the organisation before it in the chain, and so
    is a school's department (系) after the school."""
    if _town_unit(before, org) and (town := _town_opening(before.name)):
        return OrgRef(town + org.name, "government")  # X街道党工委副书记、办事处主任: the street's office
    if org.name in lexicon.words("community_bodies.txt") and (community := _community_opening(before.name)):
        return OrgRef(community + org.name, org.kind)  # X社区党委书记、居委会主任: the community's committee
    if org.name in lexicon.words("sub_units.txt"):
        return OrgRef(before.name + org.name, before.kind)
    if before.kind == "government" and org.name.endswith(_OFFICE_UNITS) and not before.name.endswith(_OFFICE_UNITS):
        return _sub_unit(before, org)  # 市民政局二级调研员、社会工作科科长: the bureau's 社会工作科
    if (unit := _school_unit(before, org)) is not None:
        return unit  # X学院副院长兼社会工作系主任: the school's 系
    if (short := _tier_short_form(before, org)) is not None:
        return short
    if (committee := _COMMITTEE_UNIT.match(before.name)) and org.name.endswith("部"):
        before = OrgRef(committee.group(1), "party")  # X区委常委、组织部部长、社会工作部部长: X区委's too
    if not before.name.endswith("委"):
        return org
    tier = _TIER_COMMITTEE.match(org.name)
    if tier:
        same = before.name.endswith(tier.group()) and len(org.name) > len(tier.group())
        return OrgRef(before.name + org.name[tier.end():], org.kind) if same else org
    if len(org.name) <= 5 and not places.find_places(org.name) and org.name[0] not in "省市区县州":
        return OrgRef(before.name + org.name, org.kind)
    return org


def _community_body_before(text: str, at: int) -> str | None:
    """居委会 (of lexicon/community_bodies.txt) ending at `at`."""
    return _word_before(text, at, "community_bodies.txt")


@cache
def _community_body() -> re.Pattern:
    bodies = sorted(lexicon.words("community_bodies.txt") | set(_PARTY_BODY), key=len, reverse=True)
    return re.compile(r"(.*[^\W\d_](?:社区|村))(?:%s)" % "|".join(bodies))


def _community_opening(name: str) -> str | None:
    """金湖社区 of 南湖街道金湖社区党委 (or …居委会): the community or village a body's name is of."""
    m = _community_body().fullmatch(name)
    return m.group(1) if m else None


def _school_unit(school: OrgRef, org: OrgRef) -> OrgRef | None:
    """A school's department (系) written after the school, no place in its name: the school's."""
    if school.kind == "university" and org.name.endswith(_SCHOOL_UNITS) and not places.find_places(org.name) \
            and not school.name.endswith(_SCHOOL_UNITS):
        return OrgRef(school.name + org.name, org.kind)
    return None


_COMMITTEE_UNIT = re.compile(r"(.+委)[\u4e00-\u9fff]{1,5}部$")  # 道里区委组织部: a unit of 道里区委


def _tier_short_form(before: OrgRef, org: OrgRef) -> OrgRef | None:
    """X区委社会工作部部长、区民政局局长: 区民政局 after a body of X区 in one chain is X区's
    (市新兴领域党委 after X市委's unit, X市's); 区委 is the committee's rule's."""
    tier = org.name[:1]
    if tier not in "市区县" or org.name.startswith(tier + "委") or places.find_places(org.name):
        return None
    opening = places.place_at(before.name, 0)
    if opening is None or not opening.text.endswith(tier) or opening.candidates[0].level < 2:
        return None
    return OrgRef(opening.text + org.name[1:], org.kind)


def _town_unit(before: OrgRef, org: OrgRef) -> bool:
    """办事处, or a bare unit (社会工作办公室, 社工站) after a street's or town's party body:
    the street's or town's own, not a unit of its party committee."""
    if org.name == "办事处":
        return True
    return before.name.endswith(("党工委", "党委")) and not org.name.endswith("委") \
        and not places.find_places(org.name) and org.name not in lexicon.words("community_bodies.txt")


def _town_opening(name: str) -> str | None:
    """桂城街道 of 桂城街道党工委: the town or street a body's name opens with."""
    opening = places.place_at(name, 0)
    return name[: opening.end] if opening and opening.candidates[0].level == places.TOWN else None


def _party_split(text: str, role: Role, found, ctx: _Context) -> Role:
    """X大学党委副书记 is X大学's 党委副书记; where no organisation ends before 党委 (白沙镇党委,
    社会工作党委) the body is the organisation and the post its 副书记 (a member, 党委委员,
    keeps its whole name: 委员 alone says whose member it is not). 厅党组书记 after X厅 is
    X厅's 党组书记, as if X厅 were written."""
    body = next((b for b in _PARTY_BODY if role.name.startswith(b) and role.name != b), None)
    if body is None or mentions.org_ending_at(text, role.start, found.tokens, list(found.roles)):
        return role
    bare = _bare_before(text, role.start, found, ctx)
    if bare is not None and bare[2] == "org":
        return role
    cut = role.start + len(body)
    if mentions.org_ending_at(text, cut, found.tokens, []) is None:
        return role
    name = role.name[len(body):]
    if name in lexicon.words("party_members.txt"):
        return replace(role, start=cut)
    return replace(role, start=cut, name=name, base=name.removeprefix("副"))


_BEFORE_BARE = "由经"  # 由社区党委书记甲牵头: words that end no name, before a bare head


def _bare_before(text: str, at: int, found, ctx: _Context):
    """(OrgRef, start, kind) of a bare head (厅, 镇, 该院) ending at `at` that stands at a
    clause's start and names what the article named before; None if it names nothing."""
    for head, what in sorted(lexicon.table("org_bare_heads.txt").items(), key=lambda kv: -len(kv[0])):
        start = at - len(head)
        if start < 0 or not text.startswith(head, start):
            continue
        if start > 0 and text[start - 1] not in mentions.PUNCT and text[start - 1] not in _BEFORE_BARE \
                and not (text[start - 1] == "在" and (start == 1 or text[start - 2] in mentions.PUNCT)):
            return None  # 民政厅党组: the head ends a written name (在 opening a clause ends none)
        ref = _antecedent(head, what, start, found, ctx)
        return (ref, start, what) if ref is not None else None
    return None


def _antecedent(head: str, what: str, at: int, found, ctx: _Context) -> OrgRef | None:
    """The last organisation named before `at` that ends with the head's character (厅 ->
    X省民政厅), or for a place head (镇) the town the last such organisation is of."""
    here = {id(o) for o in found.orgs}
    for o in reversed(ctx.orgs):
        if o.anaphor or (id(o) in here and o.end > at):
            continue
        if what == "org" and o.name.endswith(head[-1]) and len(o.name) > 2:
            return OrgRef(o.name, o.kind)
        if what == "place":
            town = _town_of(o.name, head)
            if town:
                return OrgRef(town, "government")
    town = ctx.towns.get(head) if what == "place" else None  # X街道举办… with no organisation of it
    return OrgRef(town, "government") if town else None


def _towns_in(text: str, found) -> dict[str, str]:
    """南京市鼓楼区湖南路街道举办… -> {街道: 南京市鼓楼区湖南路街道}: the towns a sentence writes,
    and the communities or villages the article knows (在七星园社区,社区党委书记…: 七星园社区's)."""
    heads = [h for h, what in lexicon.table("org_bare_heads.txt").items() if what == "place"]
    towns = {h: town for p in places.find_places(text) for h in heads if (town := _town_of(text[p.start:], h))}
    towns.update({h: p.text for p in found.places if p.candidates[0].level == places.COMMUNITY
                  for h in heads if p.text.endswith(h)})
    return towns


def _town_of(name: str, head: str) -> str | None:
    """东莞市X镇社会工作服务站 -> 东莞市X镇: a town of the gazetteer, or a place, two to four
    characters, then the head (a town too small for the gazetteer)."""
    for p in places.find_places(name):
        if p.candidates[0].level == places.TOWN and p.text.endswith(head):
            return name[:p.end]
        k = name.find(head, p.end)
        if 2 <= k - p.end <= 4 and all(mentions.is_han(c) for c in name[p.end:k]) \
                and not places.find_places(name[p.end:k + len(head)]) and not places.place_at(name, k):
            return name[:k + len(head)]  # (not 镇 opening 镇原县: a county's name, no town's kind)
    return None


def _headed(text: str, org: Org, found, ctx: _Context) -> OrgRef | None:
    """厅党组, 厅社会工作处, 镇党委, 该院社会工作系 at a clause's start: the head's antecedent
    and the body or unit after it (X省民政厅社会工作处)."""
    if places.place_at(org.name, 0):
        return None  # 镇原县委: the name opens with a place (镇原县), not the bare head 镇
    for head in sorted(lexicon.table("org_bare_heads.txt"), key=len, reverse=True):
        rest = org.name[len(head):]
        if org.name.startswith(head) and rest and (rest.startswith(_PARTY_BODY) or rest.endswith(
                tuple(lexicon.words("sub_units.txt")) + ("系",))):
            found_head = _bare_before(text, org.start + len(head), found, ctx)
            return OrgRef(found_head[0].name + rest, org.kind) if found_head else _NAMES_NOTHING
        if org.name.startswith(head) and _town_body(head, rest):  # 街道社工站: the street's station
            found_head = _bare_before(text, org.start + len(head), found, ctx)
            return OrgRef(found_head[0].name + rest, org.kind) if found_head else None
    return None


def _town_body(head: str, rest: str) -> bool:
    """社工站, 办事处 after 街道 (or 镇): an organisation of the town, not a unit of another."""
    return lexicon.table("org_bare_heads.txt")[head] == "place" and len(rest) > 1 \
        and mentions.suffix_ending_at(rest, len(rest)) is not None


_NAMES_NOTHING = OrgRef("", "other")  # a bare head (厅党组) with nothing named before it


def _named_title(text: str, role: Role) -> bool:
    """甲部长、副部长乙: 部长 is 甲's (a name right before it), not part of 乙's chain."""
    return any(mentions.name_edge(text, p.start) or mentions.suffix_ending_at(text, p.start)
               for p in mentions.persons_ending_at(text, role.start, (2, 3)))


def _known(who: str | None, role: Role, ctx: _Context) -> tuple[OrgRef, str] | None:
    """甲副局长 after X局副局长甲: the post the article gave that person under that title."""
    org = ctx.known.get((who, role.name)) if who else None
    return (org, "known-post") if org else None


def _sentence_subject(text: str, at: int, found, role: Role, ctx: _Context):
    """X中心成立至今…,负责人甲告诉记者: a generic title with no organisation of its own, in a
    sentence that opens with an organisation, is held there."""
    subject = _first_org(text, found, ctx)
    if subject is None or subject.anaphor or role.base in lexicon.words("roles_need_org.txt") \
            or _HEADS.get(role.base) or not _proper(subject) or subject.end > at \
            or any(subject.end <= o.start < at for o in found.orgs) \
            or ctx.person_ends \
            or _not_sole(text, subject, at):  # X局与Y大学…,主任甲 / X局局长甲与主任乙: whose?
        return None, "chain"
    return OrgRef(subject.name, subject.kind), "subject-org"


def _not_sole(text: str, subject: Org, at: int) -> bool:
    """在X局的指导下 / X局联合多家机构 / …,项目负责人: the opening organisation is a guide or
    one partner, or the title is a project's (a word stuck before it), not the organisation's;
    X站项目负责人, the word right after the organisation, is its project's."""
    between = text[subject.end:at]
    own_project = 0 < len(between) <= 4 and all(mentions.is_han(c) for c in between)
    return (subject.start > 0 and mentions.is_han(text[subject.start - 1])) \
        or any(text.startswith(w, subject.end) for w in lexicon.words("partner_words.txt")) \
        or (at > 0 and mentions.is_han(text[at - 1]) and not own_project)


def _unwritten_org(role: Role, ctx: _Context) -> tuple[OrgRef | None, str]:
    """副市长甲 with no organisation written: the ranked search for the one the article
    means, each step its own rule — the government of the article's place of that tier,
    the last organisation named whose kind the title's head word says (局长 in a …局)."""
    if role.gov_tier:
        place = ctx.main_place(role.gov_tier)
        gov = mentions.gov_of_place(place.name, role.gov_tier) if place else None
        return (OrgRef(gov, "government", place.code), "tier") if gov else (None, "tier")
    if role.base in lexicon.words("roles_need_org.txt"):
        return None, "chain"
    head = lexicon.table("role_org_heads.txt").get(role.base)
    if head:  # 副局长甲: the …局 named last
        elected = ctx.elected if ctx.elected and ctx.elected.kind == "association" else None
        if elected is not None and elected.name.endswith(head):
            return elected, "named-before"  # 原副会长甲 in the report of X协会's meeting: X协会's, not a guest's
        named = next((o for o in reversed(ctx.orgs) if o.name.endswith(head) and _proper(o)), None)
        return (OrgRef(named.name, named.kind), "named-before") if named else (None, "chain")
    # a generic title (秘书长, 主任) with neither: no guess. Measured on the dev set, the
    # post read before was right 3 times in 8 and the topic organisation 0 in 3.
    return None, "chain"


# 首阳镇社工站: a town's own body, the town too small for the gazetteer (not 乡镇社工站, 重点乡镇…)
_TOWN_BODY = re.compile(r"[^\W\d_乡镇街各]{2,4}?(?:镇|乡|街道)(?![镇村街乡])")


def _proper(org: Org) -> bool:
    """A name that says whose it is (its place, its town or a national prefix), not 地方社工协会."""
    return not org.anaphor and "各" not in org.name and (
        bool(places.find_places(org.name)) or bool(_TOWN_BODY.match(org.name))
        or org.name.startswith(mentions.NATIONAL_PREFIXES))


def _listed_after(text: str, person, found) -> list:
    """副会长甲、乙、丙: the people listed after the first share the role (a name that a
    role word runs into, 甲、常务理事乙, is the next post's)."""
    out, i = [], person.end
    role_starts = {r.start for r in found.roles}
    while i < len(text) and text[i] == "、":
        nxt = mentions.person_at(text, i + 1)
        if nxt is None or any(nxt.start <= k < nxt.end + 1 for k in role_starts) \
                or not mentions.bounded(text, nxt.end) \
                or any(o.start <= nxt.start < o.end for o in (*found.orgs, *found.places)):
            break  # 甲、蒙自市民政局局长乙: a place or organisation begins the next post
        out.append(nxt)
        i = nxt.end
    return out


def _holder(org: OrgRef, role: Role) -> OrgRef:
    """X厅党组 holds party posts (副书记); X厅's own posts (副厅长) are held in X厅."""
    for body in _PARTY_BODY:
        parent = org.name.removesuffix(body)
        if parent != org.name and role.name not in lexicon.words("party_roles.txt") and \
                mentions.suffix_ending_at(parent, len(parent)):
            return OrgRef(parent, mentions.suffix_ending_at(parent, len(parent))[1])
    return org


def _listed_before(text: str, start: int, found, ctx: _Context, role: Role | None = None) -> OrgRef | None:
    """X局局长甲、副局长乙 (or ，副局长乙): 乙's post is in the organisation 甲's is in."""
    sep = next((w for w in ("以及", "、", ",", "及", "和", "与") if text.endswith(w, 0, start)), None)
    if start < 3 or sep is None:
        return None
    title = next((w for w in lexicon.longest_first("name_titles.txt") if text.endswith(w, 0, start - len(sep))), "")
    if title and start - len(sep) - len(title) in ctx.person_ends:  # 院长甲教授、书记乙: past 甲's title
        start -= len(title)
    if start - len(sep) in ctx.person_ends:  # 甲's post was read already, whatever its chain
        org = ctx.person_ends[start - len(sep)]
        head = _HEADS.get(role.base) if role else None
        if head and not org.name.endswith(head) and (sep == "与" or head not in _OFFICE_UNITS):
            return None  # 中心总干事甲，站长乙: a 站长 is no centre's (a 处长 may be a bureau's)
        if sep == "与" and (role is None or len(ctx.person_ends) < 2):
            return None  # 甲、乙与丙 closes a list; 局长甲与副校长乙 (签署…) are two sides
        return org
    if sep not in "、,":
        return None
    by_end = {r.end: r for r in found.roles}
    for r in found.roles:
        person = _name_after(text, r.end)
        if person and person.end == start - 1:
            while r.start - 1 in by_end and text[r.start - 1] == "兼":  # 副会长兼秘书长甲
                r = by_end[r.start - 1]
            org = _org_before(text, r, found, ctx)
            # 甲会会长乙、常务副会长丙、副会长丁: back along the list to its organisation
            return org[0] if org else _listed_before(text, r.start, found, ctx)
    return None


def _org_before(text: str, role: Role, found, ctx: _Context):
    """(OrgRef, start) of the organisation written right before a role word, if any (or
    before the council's term qualifying it: 协会第二届理事会副会长)."""
    org = mentions.org_ending_at(text, role.start, found.tokens, list(found.roles))
    if org is None and _council_term(text, role.start):
        org = mentions.org_ending_at(text, _term_start(text, role.start), found.tokens, list(found.roles))
    if org is not None:
        if (headed := _headed(text, org, found, ctx)) is not None:
            if headed is _NAMES_NOTHING:
                return None
            ctx.headed[org.name] = headed
            return headed, org.start
        real = ctx.resolve(org)
        if real is None:
            return None
        return OrgRef(real.name, real.kind), org.start
    bare = _bare_before(text, role.start, found, ctx)
    if bare is not None and bare[2] == "org":  # 厅党组书记 after X厅: X厅's, as if written
        return bare[0], bare[1]
    for head, unit in lexicon.table("role_short_units.txt").items():
        if text.endswith(head, 0, role.start) and unit[-1] == _HEADS.get(role.base):
            return OrgRef(unit, "party"), role.start - len(head)  # 组织部长: 组织部's 部长
    if role.gov_tier:
        for p in found.places:
            if p.end == role.start:
                gov = mentions.gov_of_place(p.text, role.gov_tier)
                if gov:
                    return OrgRef(gov, "government", p.candidates[0].code), p.start
    return None


def _assign_rule(s: Sentence, found, ctx: _Context, chain_start: int, person) -> Iterator[Post]:
    """秘书长由X局调研员陈某担任 / 执行会长为X局局长陈某: the first role is theirs too."""
    text = s.text
    m = _ASSIGN.search(text, 0, chain_start)
    if not m:
        return
    for r in found.roles:
        if r.end == m.start():
            org = _org_before(text, r, found, ctx)
            ref = org[0] if org else _topic(ctx)
            if ref is not None:
                yield _post(person.name, r, ref, s, org[1] if org else r.start, person.end, "assign")


_ASSIGNED_TO = re.compile(r"(?:一职)?(?:已|将|改)?由")


def _assigned_to(s: Sentence, found, ctx: _Context, r: Role) -> Iterator[Post]:
    """X会秘书长一职已由甲担任 / 常务副会长由乙兼任: the post is in the organisation written
    before the title, else (the title opening its clause) the one elected into."""
    text = s.text
    m = _ASSIGNED_TO.match(text, r.end)
    person = mentions.person_at(text, m.end()) if m else None
    if person is None or not text.startswith(tuple(lexicon.words("assign_verbs.txt")), person.end):
        return
    start, org = _role_head(text, r, found, ctx)
    org, rule = (org or _elected_into(text, start, ctx)), "assign"
    if org is None:  # X站于2021年成立,站长由甲担任: the …站 named last
        org, rule = _unwritten_org(r, ctx)
    if org is not None:
        yield _post(person.name, r, org, s, start, person.end + 2, rule)


def _role_is_name(s: Sentence, found, ctx: _Context, r: Role) -> Iterator[Post]:
    """秘书长为甲 / 副会长为乙、丙: a title opening its clause, 为 and names that close it; the
    post is in the organisation written before the title, else the one elected into."""
    text = s.text
    person = mentions.person_at(text, r.end + 1) if text.startswith("为", r.end) else None
    if person is None:
        return
    people = [person, *_listed_after(text, person, found)]
    start, org = _role_head(text, r, found, ctx)
    org = org or _elected_into(text, start, ctx)
    if org is None or not _closes_clause(text, people[-1].end) \
            or (start > 0 and text[start - 1] not in mentions.PUNCT):
        return  # 秘书长为甲颁发证书: 为 is "for"; 会议确定会长为甲: not the clause's own title
    for p in people:
        yield _post(p.name, r, org, s, start, p.end, "assign")


def _closes_clause(text: str, end: int) -> bool:
    return end >= len(text) or text[end] in ",，;；。"


def _elected_into(text: str, start: int, ctx: _Context) -> OrgRef | None:
    """A title with no organisation, opening its clause: the one whose meeting elected it."""
    return ctx.elected if start == 0 or text[start - 1] in mentions.PUNCT else None


_TERM = re.compile(r"(?:(?:第[一二三四五六七八九十\d]+|新一|首|本|下一)届)?(?:%s)?$"
                   % lexicon.alternation("term_bodies.txt"))


def _council_term(text: str, at: int) -> bool:
    """第一届理事会, 新一届理事会 right before `at`: a term of an association's council."""
    term = _TERM.search(text, 0, at).group()
    return "届" in term and len(term) > 3


def _term_start(text: str, at: int) -> int:
    """Where a term qualifying the role at `at` begins (第三届理事会会长, 新一届会长); `at` if none."""
    return _TERM.search(text, 0, at).start()


def _role_head(text: str, r: Role, found, ctx: _Context) -> tuple[int, OrgRef | None]:
    """ORG? TERM? ROLE: where the phrase begins, and the organisation written (None if none);
    协会第三届理事会会长 is 协会's 会长. An organisation the term's words end is taken whole."""
    org = _org_before(text, r, found, ctx) or _org_before(
        text, replace(r, start=_term_start(text, r.start)), found, ctx)
    return (org[1], org[0]) if org else (_term_start(text, r.start), None)


def _written_before(text: str, r: Role, found) -> mentions.Org | None:
    """The organisation written before a role, or before the term that qualifies it."""
    return mentions.org_ending_at(text, r.start, found.tokens, list(found.roles)) or \
        mentions.org_ending_at(text, _term_start(text, r.start), found.tokens, list(found.roles))


_ELECT_LINKS = ("为", "担任")  # 选举甲为会长 / 聘请甲担任顾问


def _elect_rule(s: Sentence, found, ctx: _Context, chain_start: int, person) -> Iterator[Post]:
    """选举X部副部长王某为会长: the roles after 为 are the person's, in the organisation written
    before them, else the one elected into, else the topic organisation."""
    text = s.text
    listed = [person]  # 增补X处处长甲，Y部副部长乙为副会长: each name with its chain, then 为
    while not _elected_after(text, chain_start) and text[chain_start - 1: chain_start] in ",，" \
            and chain_start - 1 in ctx.chained:
        earlier, chain_start = ctx.chained[chain_start - 1]
        listed.insert(0, earlier)
    if not _elected_after(text, chain_start):
        return
    after = _past_adverbs(text, person.end)
    link = next((w for w in _ELECT_LINKS if text.startswith(w, after)), None)
    for org, r, end in _roles_from(text, after + len(link), found, ctx) if link else ():
        org = org or ctx.elected or _topic(ctx)
        for who in listed if org is not None else ():
            yield _post(who.name, r, org, s, chain_start, end, "elect")


def _elected_after(text: str, chain_start: int) -> bool:
    """Does an election verb stand right before the chain (聘请原X副主席甲为…: past a 原 before it)?"""
    return bool(_ELECT.search(text, 0, chain_start - (text[chain_start - 1: chain_start] in ("原", "前"))))


def _take_rule(s: Sentence, found, ctx: _Context, r: Role) -> Iterator[Post]:
    """王某当选为X协会会长 / 李某担任Y中心主任: an explicit organisation is required."""
    text = s.text
    by_end, head = {x.end: x for x in found.roles}, r
    while head.start >= 1 and text[head.start - 1] == "兼" and head.start - 1 in by_end:
        head = by_end[head.start - 1]  # 当选X会副会长兼秘书长: 秘书长 is taken with 副会长
    written = _written_before(text, head, found)
    org = ctx.resolve(written) if written is not None else None  # 当选为协会会长: the one named before
    if org is None:  # 乙当选为(新一届)常务副会长, 丙任秘书长: in the organisation just elected into
        m = _TAKE_BARE.search(text[: _term_start(text, head.start)])
        if m and ctx.elected is not None:
            yield from _taker(s, found, ctx, r, ctx.elected, m)
        return
    m = _TAKE.search(text, 0, written.start)
    if not m:
        return
    ctx.elected = OrgRef(org.name, org.kind)
    yield from _taker(s, found, ctx, r, ctx.elected, m)


def _taker(s: Sentence, found, ctx: _Context, r: Role, org: OrgRef, m: re.Match) -> Iterator[Post]:
    """The person right before 当选/担任/兼任 (alone, or closing a chain) takes the post."""
    text = s.text
    role_ends = {x.end for x in found.roles}
    since = ctx.date if m.group().startswith("当选") else None
    at = _aside_start(text, _before_adverbs(text, m.start()))
    some = _SOME_OF.search(text, 0, at)
    if some:  # 甲等17名个人被增补为…理事: 甲 is named, the others are not
        at = some.start()
    titled = next((x for x in found.roles if x.end == at and any(mentions.persons_ending_at(text, x.start))), None)
    if titled is not None:  # 由甲副会长兼任…: the name written before its title
        at = titled.start
    for p in mentions.persons_ending_at(text, at):
        item = ctx.chained.get(p.end, (p, p.start))[1]  # X中心主任甲、Y局副局长乙当选: each with its chain
        listed = _names_before(text, item, ctx.chained) if item and text[item - 1] in "、和" else None
        if listed:  # 甲、乙、丙当选副会长: each name of the list takes it
            for q in [*listed, p]:
                yield _post(q.name, r, org, s, q.start, r.end, "take", since)
            return
        # the name stands alone, or closes a chain (X会会长胡某兼任…)
        if p.start == 0 or not mentions.is_han(text[p.start - 1]) or p.start in role_ends \
                or text[p.start - 1] == "由" and titled is not None:
            yield _post(p.name, r, org, s, p.start, r.end, "take", since)
            return
    if at and text[at - 1] == "," and text.count(",", 0, at) == 1 and (subject := _opening_name(text, at)):
        # 甲不再担任会长,被聘为名誉会长: the clause has no name; the sentence opened with it
        yield _post(subject.name, r, org, s, subject.start, r.end, "take", since)


def _opening_name(text: str, at: int):
    """The name a sentence opens with (甲不再担任会长,…), its subject, if its family name is
    no word as well (not 高, 和: lexicon/weak_surnames.txt)."""
    p = mentions.person_at(text, 0)
    weak = lexicon.words("weak_surnames.txt")
    return p if p is not None and p.end < at and p.name[0] not in weak else None


def _before_adverbs(text: str, at: int) -> int:
    """甲同志受邀担任: where the words between a name and its verb begin."""
    while w := next((w for w in lexicon.words("take_adverbs.txt") if text.endswith(w, 0, at)), None):
        at -= len(w)
    return at


def _past_adverbs(text: str, at: int) -> int:
    """选举甲同志为会长: where the words after a name, before 为, end."""
    while w := next((w for w in lexicon.words("take_adverbs.txt") if text.startswith(w, at)), None):
        at += len(w)
    return at


def _aside_end(text: str, start: int) -> int:
    """甲(X局局长)、乙: where a name's aside in brackets, opening at `start`, closes (else `start`)."""
    if text.startswith("(", start):
        closed = text.find(")", start)
        if 0 < closed - start <= 40 and "(" not in text[start + 1: closed]:
            return closed + 1
    return start


def _aside_start(text: str, end: int) -> int:
    """甲(X局局长)当选: where a name's aside in brackets, ending at `end`, opens (else `end`)."""
    if end and text[end - 1] == ")":
        opened = text.rfind("(", 0, end - 1)
        if opened > 0 and ")" not in text[opened: end - 1] and end - opened <= 40:
            return opened
    return end


def _names_before(text: str, end: int, chained: dict[int, tuple] | None = None) -> list | None:
    """The names joined by 、/和 that end right before `end` (at its joiner), back to one
    standing alone: 甲、乙、 before 丙; None where the run does not start clean. A name that
    closed a chain read before (`chained`: its end -> (the name, the chain's start)) is
    listed with its chain."""
    out, chained = [], chained or {}
    while end > 0 and text[end - 1] in "、和":
        name_end = _aside_start(text, end - 1)
        if name_end in chained:
            name, end = chained[name_end]
        else:
            name = next(iter(mentions.persons_ending_at(text, name_end)), None)
            if name is None:
                return None
            end = name.start
        out.insert(0, name)
    return out if end == 0 or not mentions.is_han(text[end - 1]) else None


# 担任/兼任 here only after 他/她 or opening a clause (她担任X,兼任Y): after a name it is the take rule's
_SUBJECT_VERB = re.compile(r"被任命为|成为|历任|曾任|先后任|现任|以(?=[^,，。;；]{2,40}身份)"
                           r"|(?<=[他她,，;；])(?:担任|兼任|出任)")
_SUBJECT_END = re.compile(r"身份|等职|职务|一职|[,，。;；]|$")
_CLAUSE = re.compile(r"(?:^|(?<=[,，;；]))(?:其后|此后|后|随后)?[,，]?")


def _subject_rule(s: Sentence, found, ctx: _Context) -> Iterator[Post]:
    """甲曾任X局副局长,Y党校副校长 / 他于某年成为X区委常委、宣传部部长:
    the posts after the verb, with no name after them, are the sentence's subject's."""
    text = s.text
    for verb in _SUBJECT_VERB.finditer(text):
        who = _subject(text, verb.start(), ctx)
        if who is None:
            continue
        former = verb.group() in ("历任", "曾任", "先后任")
        since = ctx.date if verb.group() == "现任" else None  # held now, as 现任 before a title says
        at = verb.end()
        while (chain := _chain_at(text, at, found, ctx, who)) is not None:
            end, segments = chain
            for org, seg_roles, _ in segments:
                for role in seg_roles:
                    post = _post(who, role, _holder(org, role), s, verb.start(), end, "subject", since)
                    yield replace(post, former=True) if former else post
            if not (former and text.startswith((",", "，"), end)):
                break
            at = end + 1  # 历任A,B、C等职务: each piece a chain of its own


def _subject(text: str, verb: int, ctx: _Context) -> str | None:
    """The person the clauses before `verb` open with: a name, or 他/她 for the last person read;
    or the name right before it after a title (会长甲现任X局调研员)."""
    titled = next((p for p in mentions.persons_ending_at(text, verb) if mentions.after_role(text, p.start)), None)
    if titled is not None:
        return titled.name
    for c in sorted((m.end() for m in _CLAUSE.finditer(text, 0, verb)), reverse=True):
        if text.startswith(("他", "她"), c):
            named = _last_named(text, c) or ctx.last_named
            return named[0] if named and named[1] else None
        p = mentions.person_at(text, c)
        if p is not None and not any(text.startswith(r, p.end) for r in lexicon.roles()):
            return p.name
    return None


def _last_named(text: str, upto: int) -> tuple[str, bool] | None:
    """The last name written before `upto`, with or without a post (获奖社工甲发言，她…), and
    whether it is clearly one: after a title or a kind of person (社工) if its end is clear;
    after punctuation unless it reads as a word; inside words, one that reads as a word
    (被任命为) is no name at all."""
    last, i = None, 0
    while i < upto - 1:
        p = mentions.person_at(text, i)
        if p is None or p.end > upto:
            i += 1
            continue
        titled = mentions.after_role(text, i) or any(
            text.endswith(w, 0, i) for w in lexicon.words("person_nouns.txt"))
        ends = mentions.bounded(text, p.end) or mentions.role_at(text, p.end)
        word = mentions.reads_as_word(p.name)
        if titled:  # 志愿者刘佳交谈: a name of unsure length is no clear one
            last = p.name, ends
        elif ends and (mentions.name_edge(text, i) or not word):
            last = p.name, mentions.name_edge(text, i) and not word
        else:
            i += 1
            continue
        i = p.end
    return last


def _chain_at(text: str, at: int, found, ctx: _Context, who: str):
    """The chain with a written organisation that starts at `at` and ends the clause (or 身份)."""
    for r in found.roles:
        if r.start <= at or not _SUBJECT_END.match(text, r.end) or _name_after(text, r.end):
            continue
        chain = _chain(text, r, found, ctx, who)
        if chain is not None and text[at:chain[0]] in ("", "中共") and chain[1][0][1][0].start > chain[0]:
            return r.end, chain[1]
        if chain is not None and chain[0] < at:
            return None
    return None


# what opens the posts -> what may close them (a space: a roster's line, 甲　X中心主任)
_APPOSED = {"，": "；;。", ",": "；;。", "（": "）)", "(": "）)", " ": "。"}
_BEFORE_APPOSED = "：:；;、，,"  # 他们是：甲，…；乙，… / 专家有：甲（…）、乙（…）


def _apposition_rule(s: Sentence, found, ctx: _Context) -> Iterator[Post]:
    """他们分别是：甲，X协会副会长；乙，Y局局长 / 专家有甲（X协会副秘书长）、乙（Y大学教授）:
    a name standing at a clause's start, then (after ，or in brackets) its posts, the first
    organisation written, up to the clause's end: the posts are that name's."""
    text = s.text
    for r in found.roles:
        chain = _chain(text, r, found, ctx) if not _name_after(text, r.end) else None
        if chain is None or chain[0] < 3 or not any(o.start == chain[0] for o in (*found.orgs, *found.places)):
            continue
        former = text[chain[0] - 1] == "原"  # 甲(原X厅副厅长): a post held before
        opened = _past_note(text, chain[0] - 1 - former)
        if not _closed(text, opened, r.end) or former and text[opened] != "(":
            continue
        who = _apposed_name(text, opened)
        for org, seg_roles, seg_former in chain[1] if who else ():
            for role in seg_roles:
                post = _post(who.name, role, _holder(org, role), s, who.start, r.end, "apposition")
                yield replace(post, former=True) if seg_former or former else post


# 甲(女,X局股长), 乙(回族,Y局局长): who the person is, before their posts in the brackets
_NOTE = re.compile(r"[(（](?:女|男|[\u4e00-\u9fff]{1,4}族)$")


def _past_note(text: str, at: int) -> int:
    """Where the brackets open when a note of sex or nationality and a comma at `at` stand
    before the posts (else `at`)."""
    note = _NOTE.search(text, max(0, at - 6), at) if text[at: at + 1] in ",，" else None
    return note.start() if note else at


def _closed(text: str, opened: int, end: int) -> bool:
    """Do the posts opened at `opened` (，or （) close right at `end` (；。 or the text's end, ）)?"""
    closers = _APPOSED.get(text[opened], "")
    return bool(closers) and (text[end: end + 1] in tuple(closers) or end == len(text) and "。" in closers)


def _apposed_name(text: str, end: int):
    """The name that ends at `end` (at the ，or （ before its posts) and begins a clause."""
    if text[end] == " " and 2 <= end <= 6 and all(mentions.is_han(c) or c == "·" for c in text[:end]):
        return mentions.Person(0, end, text[:end])  # 乌云其其格　X中心主任: a roster's line opens on the whole name
    for p in mentions.persons_ending_at(text, end):
        if p.start == 0 or text[p.start - 1] in _BEFORE_APPOSED:
            return p
        if text[end] == "(" and (mentions.after_role(text, p.start) or _ELECTED_NAME.search(text, 0, p.start)):
            return p  # X部副部长甲(原Y厅副厅长), 选举甲(X学院副院长): the name's other posts in brackets
    return None


_ELECTED_COUNT = re.compile(r"(?:选举产生|补选|增补|增选|选举|推选)了?[\d一二两三四五六七八九十]+名$")
_NAMED_BELOW = re.compile(r"[,，]?(?:分别是|分别为|他们是|名单如下|即)?[:：]")


def _elected_count_rule(s: Sentence, found, ctx: _Context) -> Iterator[Post]:
    """补选了4名理事，分别是：甲（X局副局长）、乙…: each name listed after the count takes the
    role, in the organisation written before it, else the one whose meeting is reported."""
    text = s.text
    for r in found.roles:
        if not _ELECTED_COUNT.search(text, 0, _term_start(text, r.start)):
            continue
        colon = _NAMED_BELOW.match(text, r.end)
        written = _written_before(text, r, found)
        org = ctx.resolve(written) if written is not None else None
        org_ref = OrgRef(org.name, org.kind) if org is not None else ctx.elected
        if colon is None or org_ref is None:
            continue
        i = colon.end()
        while (p := mentions.person_at(text, i)) is not None:
            yield _post(p.name, r, org_ref, s, p.start, p.end, "elect-list", ctx.date)
            i = _aside_end(text, p.end)
            if not text.startswith(("、", "，", ","), i):
                break
            i += 1


def _elect_list_rule(s: Sentence, found, ctx: _Context) -> Iterator[Post]:
    """大会选举甲为X协会会长，选举乙、丙为副会长 / 选举甲为会长，乙为秘书长: names right after
    the verb (or after the comma that closes the group before), then 为 and the roles; without
    an organisation, the one elected into just before, else the topic."""
    text, last_org = s.text, None
    for verb in _ELECT_NAMES.finditer(text):
        for group, titled in _elected_groups(text, verb.end(), found, ctx):
            people, roles = group
            for org_ref, role, end in roles:
                org_ref = org_ref or last_org or ctx.elected or _topic(ctx)
                if org_ref is None:
                    continue
                last_org = ctx.elected = org_ref
                for p in people if not titled or len(people) > 1 or _bare_title_before(text, people[0], found, ctx) else ():
                    # (one name titled with an organisation is the elect rule's)
                    yield _post(p.name, role, org_ref, s, verb.start(), end, "elect-list", ctx.date)


_RESIGN = re.compile(r"辞去|辞任|卸任")


def _resign_rule(s: Sentence, found, ctx: _Context) -> Iterator[Post]:
    """甲同志辞去协会副会长、理事职务: the posts the person gives up, held until now (former),
    in the organisation written, else the one whose meeting is reported."""
    text = s.text
    for m in _RESIGN.finditer(text):
        at = _before_adverbs(text, m.start())
        at -= text.endswith("同志", 0, at) * 2
        person = next(mentions.persons_ending_at(text, at), None)
        if person is None or not (person.start == 0 or text[person.start - 1] in mentions.PUNCT):
            continue
        for org, r, end in _roles_from(text, m.end(), found, ctx):
            if (org := org or ctx.elected) is not None:
                yield replace(_post(person.name, r, org, s, person.start, end, "resign"), former=True)


def _bare_title_before(text: str, p, found, ctx: _Context) -> bool:
    """聘任原副秘书长甲为秘书长: the title before the name has no organisation, so no chain reads it."""
    r = next((r for r in found.roles if r.end == p.start), None)
    return r is not None and _chain(text, r, found, ctx, p.name) is None


def _elected_groups(text: str, i: int, found, ctx: _Context):
    """The groups (people, roles) elected from i on, each with whether it is the first group
    written with its posts before the name (选举X学院教授甲为会长，乙为…: the list goes on past it)."""
    group = _elected(text, i, found, ctx)
    titled = group is None and (group := _elected(text, i, found, ctx, later=True)) is not None
    while group is not None:
        yield group, titled
        i = group[1][-1][2] + 1
        if not text.startswith(("，", ",", "；", ";", "、"), i - 1):
            return  # 甲为会长、乙为监事长: a name after 、 opens the next group
        group, titled = _elected(text, i, found, ctx, later=True), False


def _past_chain(text: str, i: int, found) -> int:
    """Where the name begins when posts are written before it from i (X局原副局长乙为…):
    the end of the first role of the unbroken chain from i that a name follows, else i."""
    end = i
    for r in sorted((r for r in found.roles if r.start >= i), key=lambda r: r.start):
        if re.search(r"[,;:。为]", text[end: r.start]):
            break
        if mentions.person_at(text, r.end):
            return r.end
        end = r.end  # 党委副书记、副局长乙: the chain goes on past a 、
    return i


def _elected(text: str, i: int, found, ctx: _Context, later: bool = False):
    """NAME(、NAME)* (为|担任) ROLES at i: (people, roles), or None. A later group of the list
    may write its name's posts first (选举甲为会长，X局原副局长乙为常务副会长); the first is
    the elect rule's."""
    people = []
    i = _past_chain(text, i, found) if later else i
    while (p := mentions.person_at(text, i) or _pronoun_at(text, i, ctx)) is not None:
        people.append(p)
        i = _past_adverbs(text, _aside_end(text, p.end))  # 选举甲(X学院副院长)、乙为副会长
        if not (text.startswith(("、", "和"), i)):
            break
        i = _past_chain(text, i + 1, found) if later else i + 1  # 增补X会会长甲、Y会副会长乙为…
    link = next((w for w in _ELECT_LINKS if text.startswith(w, i)), None)
    if not people or link is None:
        return None
    roles = _roles_from(text, i + len(link), found, ctx)
    return (people, roles) if roles else None


def _pronoun_at(text: str, i: int, ctx: _Context):
    """大会推举他为名誉会长: 他/她 is the last name read clearly (in this sentence or before)."""
    if text[i: i + 1] not in ("他", "她") or text[i + 1: i + 2] == "们":
        return None
    opening = _opening_name(text, i)
    named = (opening.name, True) if opening else _last_named(text, i) or ctx.last_named
    return mentions.Person(i, i + 1, named[0]) if named and named[1] else None


def _roles_from(text: str, i: int, found, ctx: _Context):
    """ORG? TERM? ROLE((、|兼|和)ORG? TERM? ROLE)* starting at i: [(OrgRef or None, Role, end)];
    a role without its organisation is in the one before it."""
    out, org_ref = [], None
    for r in sorted(found.roles, key=lambda r: r.start):
        if r.start < i:
            continue
        start, org = _role_head(text, r, found, ctx)
        if start != i:
            break
        org_ref = org or org_ref
        out.append((org_ref, r, r.end))
        if not text.startswith(("、", "兼", "和"), r.end):
            break
        i = r.end + 1
    return out


_RESPECTIVELY = re.compile("分别(%s)" % lexicon.alternation("respectively_verbs.txt"))


def _respectively_rule(s: Sentence, found, ctx: _Context) -> Iterator[Post]:
    """甲、乙、丙分别当选会长、副会长兼秘书长、监事长: the n-th name holds the n-th post (兼 joins
    two into one), only where there are as many names as posts; a post without its
    organisation is in the one before it, else the one elected into."""
    text = s.text
    for verb in _RESPECTIVELY.finditer(text):
        people = _paired_names(text, verb.start(), found)
        posts = _posts_paired(_roles_from(text, verb.end(), found, ctx), text)
        if not people or len(people) != len(posts) or not _closes_clause(text, posts[-1][-1][2]):
            continue  # 甲、乙分别当选会长、副会长、秘书长: which is whose is not said
        since = ctx.date if verb.group(1).startswith("当选") else None
        for p, post in zip(people, posts):
            for org, role, end in post:
                if org or ctx.elected:
                    yield _post(p.name, role, org or ctx.elected, s, p.start, end, "respectively", since)


def _paired_names(text: str, end: int, found) -> list:
    """甲、X局局长乙、丙 ending at `end`: the names joined by 、 (a bare name by 和 too), each
    right after its joiner or after a title ending there; [] where a piece is no name."""
    role_ends = {r.end for r in found.roles}
    clause = max(text.rfind(c, 0, end) for c in ",，;；:：") + 1
    out = []
    while (p := next(mentions.persons_ending_at(text, end), None)) is not None:
        out.insert(0, p)
        if p.start > clause and text[p.start - 1] in "、和":
            end = p.start - 1
        elif p.start in role_ends and (join := text.rfind("、", clause, p.start)) >= 0:
            end = join  # X局局长乙: back past its title to the joiner before it
        else:
            return out if p.start in role_ends or p.start == clause or len(out) > 1 else []
    return []


def _posts_paired(roles: list, text: str) -> list[list]:
    """会长、副会长兼秘书长: the roles one person holds each (兼 joins them)."""
    out = []
    for item in roles:
        if out and text[item[1].start - 1] == "兼":
            out[-1].append(item)
        else:
            out.append([item])
    return out


def _topic(ctx: _Context) -> OrgRef | None:
    return OrgRef(ctx.topic.name, ctx.topic.kind) if ctx.topic else None


def _post(person: str, role: Role, org: OrgRef, s: Sentence, a: int, b: int, rule: str,
          since: str | None = None) -> Post:
    assert rule in RULE_NAMES, rule  # a rule not in the table would fall back to confidence 0.5
    return Post(person, role.name, org, role.former, Evidence.of(s, a, b, "roles." + rule), since)
