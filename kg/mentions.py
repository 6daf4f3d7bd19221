"""Mentions inside a sentence: roles, organisations, people, places, dates.

Each finder is a function of the sentence text and returns spans (start, end) with what
they stand for. The extractors combine them; nothing here knows any article.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg import lexicon, places, segment

PUNCT = set(",，、。;；:：!！?？()（）“”\"'‘’「」【】[]<>〈〉—…·/|\n\t \u3000")
_DATE_LIKE = re.compile(r"\d+\s*[年月日号]|\d+|[一二两三四五六七八九十几多近]+年(?:以)?来")  # 五年来协会: no name


@dataclass(frozen=True)
class Role:
    start: int
    end: int
    name: str  # the role as a post: 副会长, 执行会长 (without 原 or 现任)
    former: bool
    gov_tier: str | None  # 市 for 市长: a head of that tier's government
    current: bool = False  # 现任, 新任: the text says the post is held now
    base: str = ""  # the role without its prefixes: 局长 for 副局长


@dataclass(frozen=True)
class Org:
    start: int
    end: int
    name: str
    kind: str  # association, government, agency, university, media, party, other
    anaphor: bool = False  # 协会, 该会: refers to an organisation named before


@dataclass(frozen=True)
class Person:
    start: int
    end: int
    name: str


# --- roles -----------------------------------------------------------------------------------

@cache
def _role_regex() -> re.Pattern:
    roles = sorted(lexicon.roles(), key=len, reverse=True)
    return re.compile(
        r"(?:(?P<former>原|前)|(?P<current>现任|新任|首任))?(?P<role>(?:%s)?(?:%s)(?:助理)?)(?!会|单位|处|室|部|团|组|站|证|队|团队)"
        % (lexicon.alternation("role_prefixes.txt"), "|".join(roles)))


def find_roles(text: str) -> list[Role]:
    out = []
    for m in _role_regex().finditer(text):
        role = m.group("role")
        base = role
        for p in lexicon.longest_first("role_prefixes.txt"):
            if base.startswith(p) and base[len(p):] in lexicon.roles():
                base = base[len(p):]
                break
        out.append(_former_unit_head(text, Role(m.start(), m.end(), role, bool(m.group("former")),
                                                lexicon.roles().get(base), bool(m.group("current")), base)))
    return out


_FORMER_UNIT = re.compile(r"[原前][系室]$")


def _former_unit_head(text: str, role: Role) -> Role:
    """X大学X系前系主任甲: 前 (or 原) before 系主任 marks the former head of the 系 just
    named; the post is 系主任, and it begins at the marker, where the 系's name ends."""
    if role.name != "主任" or not _FORMER_UNIT.search(text, 0, role.start):
        return role
    return Role(role.start - 2, role.end, text[role.start - 1] + role.name, True, None, base=role.base)


# --- organisations ---------------------------------------------------------------------------

_NOT_SUFFIX_WORDS = frozenset(
    "全部 内部 干部 部分 局部 外部 本部 各部 布局 格局 结局 当局 大局 出处 好处 到处 处处 各处 难处 "
    "之处 地处 此处 深处 住处 用处 益处 长处 关系 体系 联系 派系 举办 创办 承办 主办 协办 兴办 开办 筹办 督办 申办 网络 上网 学科 本科 "
    "专科 上司 签署 部署 大厅 客厅 餐厅 展厅 社区 中心 核心 重心 用心 信心 爱心 决心 身心 开心 "
    "热心 耐心 细心 精心 真心 同心 齐心 省委 市委 东部 西部 南部 北部 中部".split())


@cache
def _suffixes() -> dict[str, list[tuple[str, str]]]:
    """Last character -> the suffixes ending with it, longest first: a position is checked
    against a handful of words instead of all of them (this is the extractor's hot path)."""
    table = lexicon.table("org_suffixes.txt")
    out: dict[str, list[tuple[str, str]]] = {}
    for word, kind in sorted(table.items(), key=lambda kv: len(kv[0]), reverse=True):
        out.setdefault(word[-1], []).append((word, kind))
    return out


@cache
def _name_end_chars() -> frozenset[str]:
    """Characters an organisation name or an anaphor (该会) can end with."""
    return frozenset(_suffixes()) | {a[-1] for a in lexicon.table("org_anaphora.txt")} | {"社"}


_SCHOOL_LEVELS = re.compile("大中学|中小学")
_STUDENTS = re.compile("生(?![物命态产活])")  # 大学生, not 大学生物…实验室


def suffix_ending_at(text: str, end: int, toks=None) -> tuple[str, str] | None:
    """The organisation suffix (word, kind) that ends at `end`, if one does there."""
    if end >= 2 and text[end - 2: end] == "》社":  # 《公益时报》社: a paper's publisher
        return "社", "media"
    for word, kind in _suffixes().get(text[end - 1], ()) if end else ():
        if end >= len(word) and text[end - len(word): end] == word:
            if kind == "university" and (_STUDENTS.match(text, end) or _SCHOOL_LEVELS.match(text, end - len(word) - 1)):
                continue  # 大学生, 大中学生, 全市中小学: students, or a kind of school, not a school's name
            if word == "党组" and text.startswith("织", end):
                continue  # 党组织: a party organisation, not a 党组
            if word.endswith("队") and text.startswith("伍", end):
                continue  # 志愿服务队伍85支: teams counted, not a team
            if len(word) == 1 or word in ("中心",):
                if text[end - 2: end] in _NOT_SUFFIX_WORDS and not (word == "中心" and _role_at(text, end)):
                    continue  # 为中心: no name; 咨询中心主任: the 中心 a title is held in
                # a single-character suffix right before a role word (…建设处处长) is one;
                # elsewhere jieba must end a word there (民政部, not 全部 or 体系)
                tok = _token_ending_at(toks or segment.tokens(text), end)
                if (tok is None or tok in _NOT_SUFFIX_WORDS) and not _role_at(text, end):
                    continue
            return word, kind
    return None


def _role_at(text: str, i: int) -> bool:
    m = _role_regex().match(text, i)
    return m is not None and not m.group("former")


role_at = _role_at  # does a (current) role word begin at i


def _token_ending_at(toks, end: int) -> str | None:
    for w, s, e in toks:
        if e == end:
            return w
    return None


def left_edge(text: str, end: int, toks, roles: list[Role], suffix: tuple[str, str]) -> int:
    """Where an organisation name that ends at `end` with `suffix` (word, kind) begins: after
    the nearest boundary."""
    b = 0
    depth = 0
    quoted = False
    for i in range(end - 1, -1, -1):
        ch = text[i]
        if ch == "》":
            depth += 1
            continue
        if ch == "《":
            if depth:
                depth -= 1
                continue
            b = i + 1
            break
        if quoted:
            quoted = ch != "“"
            continue
        if ch == "”" and not depth and _quoted_in_committee(text, i, end):
            quoted = True  # X委“青年”工委: the quoted words are part of the committee's name
            continue
        if ch == "”" and not depth and (brand := _brand_quote(text, i, end, suffix)) is not None:
            if places.place_ends_at(text, brand, max(0, brand - 12)):
                quoted = True  # 嘉兴市“暖心”社会工作服务中心: the place begins the name
                continue
            b = brand  # 组建了“邻里守望”志愿服务队: the quoted name begins it
            break
        if depth:
            continue
        if ch in PUNCT or ch.isdigit():
            b = i + 1
            break
    if 0 < b < end and text[b - 1].isdigit() and text[b] in "年月日号":
        b += 1  # 12月13日文学院: the date's unit is not the name's first character
    stops = lexicon.words("stop_words.txt")
    own = end - len(suffix[0])  # (慈善联合总会: a stop word inside the suffix cuts nothing)
    for w in lexicon.words("edge_verbs.txt"):  # 曾任X局, however jieba cuts 曾任
        at = text.rfind(w, b, end)
        if at >= 0 and at + len(w) < end:
            b = max(b, at + len(w))
    for w, s, e in toks:
        if b <= s and e <= own and (w in stops or w.isdigit()):
            b = max(b, e)
    for r in roles:
        if b <= r.start and r.end <= end:
            b = max(b, r.end)
    if b < end - 1 and text[b] == "兼" and any(r.end == b for r in roles):
        b += 1  # 副局长兼市社会组织管理局局长: 兼 joins two posts, it begins no name
    b = _past_split_stop_word(text, b, end, toks, stops)
    for w, s, e in toks:  # A和B: the conjunction parts two names when A is complete
        if b <= s and e <= end and w in _CONJUNCTIONS and (s == b or _ends_name(text, s, toks)):
            b = max(b, e)  # 分别与X大学: a name never begins with the conjunction
    for m in _DATE_LIKE.finditer(text, b, end):
        b = max(b, m.end())
    return _whole_place(text, b, end)


def _whole_place(text: str, b: int, end: int) -> int:
    """红桥区西于庄街道办事处: a name never begins inside a place (its 于 is no preposition)."""
    start = places.place_around(text, b, end)
    return b if start is None else start


def _brand_quote(text: str, close: int, end: int, suffix: tuple[str, str]) -> int | None:
    """Where the quote opens of a body's own name written in quotes before its kind
    (“邻里守望”志愿服务队, “暖心”社会工作服务中心): a short quote right before a short
    generic rest ending on an agency's or association's suffix; else None."""
    open_ = text.rfind("“", max(0, close - 9), close)
    rest = text[close + 1: end]
    if open_ < 0 or not 2 <= close - open_ - 1 <= 8 or not 2 <= len(rest) <= 10:
        return None
    if any(ch in PUNCT for ch in text[open_ + 1: close] + rest) or places.find_places(rest):
        return None
    # (a committee's quote follows its 委: _quoted_in_committee)
    return open_ if suffix[1] in ("agency", "association") else None


def _quoted_in_committee(text: str, close: int, end: int) -> bool:
    """X委“两新”工委: a short quote between a committee and a bare suffix."""
    open_ = text.rfind("“", max(0, close - 7), close)
    return open_ >= 1 and text[open_ - 1] == "委" and end - close <= 4 \
        and suffix_ending_at(text, end) is not None and "”" not in text[open_:close]


_CONJUNCTIONS = frozenset({"和", "与", "及", "以及", "同", "或"})


def _past_split_stop_word(text: str, b: int, end: int, toks, stops) -> int:
    """会上市民政局: jieba reads 会|上市, so the stop word 会上 is no token, yet it
    stands at the name's left; passed over where a token runs across its end."""
    for w in (w for w in stops if len(w) > 1 and text.startswith(w, b) and b + len(w) < end):
        cut = b + len(w)
        if any(s > b and s < cut < e for _, s, e in toks):
            return cut
    return b


def _ends_name(text: str, end: int, toks) -> bool:
    """Does a complete name (an organisation, a place, a person) end here?"""
    if suffix_ending_at(text, end, toks):
        return True
    if any(name_edge(text, p.start) for p in persons_ending_at(text, end, (2, 3))):
        return True  # 副区长甲与X大学: a person, then the organisation
    if places.community_ends(text, end):
        return True  # 东新巷社区与X大学: a community, then the organisation
    return places.place_ends_at(text, end)


def org_ending_at(text: str, end: int, toks, roles: list[Role]) -> Org | None:
    """The organisation whose name ends right at `end` (before a role word, say)."""
    for a in lexicon.table("org_anaphora.txt"):  # 该会, 本会: not names, but pointers back
        if a.startswith(("该", "本")) and text.endswith(a, 0, end) and \
                (end == len(a) or text[end - len(a) - 1] in PUNCT or not is_han(text[end - len(a) - 1])):
            return Org(end - len(a), end, a, "association", anaphor=True)
    hit = suffix_ending_at(text, end, toks)
    if not hit:
        return None
    word, kind = hit
    start = left_edge(text, end, toks, roles, hit)
    name = text[start:end]
    anaphora = lexicon.table("org_anaphora.txt")
    for a in sorted(anaphora, key=len, reverse=True):  # 该协会 / 协会 standing alone
        if name.endswith(a) and len(name) == len(a) or name in ("该" + a, "本" + a):
            return Org(end - len(name), end, name, kind, anaphor=True)
    start = _trim_to_place(text, start, end, toks)
    if text.startswith("原", start) and (_TIER_OR_PLACE.match(text, start + 1)
                                         or text.startswith(NATIONAL_PREFIXES, start + 1)) \
            and places.place_at(text, start) is None:
        start += 1  # 原市民政局, 原国家X部: 原 says the post is former (原州区民政局: a place's 原)
    if end - start <= len(word) and not (word in _TIER_COMMITTEES and name == word) \
            and not (len(word) >= 4 and _role_at(text, end)):
        # a bare suffix is no name, but 市委 is the party committee of the article's city, and
        # 评估中心 right before a title is the unit it is held in
        return None
    return Org(start, end, text[start:end], kind)


_TIER_COMMITTEES = ("省委", "市委", "区委", "县委", "州委")
_TIER_OR_PLACE = re.compile(r"省|市|区|县|州|自治区|[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|州)")
NATIONAL_PREFIXES = ("中华", "中共", "中国共产党", "共青团", "国家", "国务院", "中央")


def _trim_to_place(text: str, start: int, end: int, toks) -> int:
    """正如成都市民政局 -> 成都市民政局: a name that runs on from other words starts at its place.

    Kept whole where what precedes the place is itself an organisation
    (北京师范大学中国教育…研究院) or a national prefix (中华全国…).
    """
    for p in places.find_places(text[start:end]):
        if p.start == 0:
            return start
        head = text[start: start + p.start]
        if head.startswith(NATIONAL_PREFIXES) or suffix_ending_at(text, start + p.start, toks):
            return start
        return start + p.start
    return start


def find_orgs(text: str, toks=None, roles=None) -> list[Org]:
    """Every organisation name in text, the longest at each start (sub-units included)."""
    toks = toks if toks is not None else segment.tokens(text)
    roles = roles if roles is not None else find_roles(text)
    in_role = {i for r in roles for i in range(r.start, r.end)}
    found: dict[int, Org] = {}
    ends = _name_end_chars()
    for end in range(1, len(text) + 1):
        if end - 1 in in_role or text[end - 1] not in ends:
            continue
        org = org_ending_at(text, end, toks, roles)
        if (org and not org.anaphor and not text.startswith("》", end)
                and not any(i in in_role for i in range(org.start, org.end))):
            found[org.start] = org  # a later end from the same start is the fuller name
    return sorted(found.values(), key=lambda o: o.start)


def gov_of_place(place_text: str, tier: str) -> str | None:
    """成都市 + 市长 -> 成都市人民政府: the government a tier head leads."""
    return place_text + "人民政府" if place_text.endswith(tier) else None


# --- people ----------------------------------------------------------------------------------

@cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    return lexicon.words("surnames.txt"), lexicon.words("weak_surnames.txt")


# 阿依古丽·热合曼: parts joined by ·; the last part ends where the text goes on (为, 出席 …)
_DOTTED = re.compile(r"[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,6}?)+"
                     r"(?=[^\u4e00-\u9fff]|$|[为任出担兼在和与等是于表说指介主致讲参作当被代分率带共也还向对从到以及])")


def person_at(text: str, i: int) -> Person | None:
    """A person's name starting at i: family name + one or two given characters, or a
    transliterated name whose parts are joined by ·."""
    dotted = _DOTTED.match(text, i)
    if dotted:
        return Person(i, dotted.end(), dotted.group())
    surnames, weak = _surnames()
    never = lexicon.chars("name_never.txt")
    spelt = _transliterated(text, i) if _after_role(text, i) or _after_titled_name(text, i) else None
    if spelt and len(spelt.name) > 3:  # longer than any Han name: 阿布都热合曼, not 阿布
        return spelt
    if text[i: i + 1] in surnames and _after_role(text, i) and (long := _long_name(text, i, never)):
        return long
    titled = text[i: i + 1] in weak and (_after_role(text, i) or _after_titled_name(text, i))
    for slen in (2, 1):
        sur = text[i: i + slen]
        if len(sur) == slen and (sur in surnames or slen == 1 and sur in weak and titled):
            break  # a rarer family name that is also a word (时, 公) only right after a title
    else:
        return spelt  # 会长努尔兰: no family name, but a transliterated name
    given = []
    j = i + slen
    while j < len(text) and len(given) < 2 and is_han(text[j]) \
            and (text[j] not in never or _zhi_ends_name(text, i, j, given) or _nian_ends_name(text, j, given)) \
            and not (given and _role_regex().match(text, j)) \
            and not (given and text[j] in "为任" and _role_regex().match(text, j + 1)) \
            and not (given and _kept_post(text, j)):
        # 林海峰副局长 / 选举胡某为会长 / 王刚任秘书长 / 郑海继续担任: the name ends at the title,
        # at the 为 (任) before it, or at the adverb before 担任
        given.append(text[j])
        j += 1
    if not given or _role_regex().match(text, i + slen):
        # 任组长, 王会长: a family name before a role word is an address, not a name; 苏日娜
        # (日 is in no Han given name) may still be a transliterated one
        return spelt
    cands = [text[i: i + slen + n] for n in range(1, len(given) + 1)]
    name = _pick_length(text, i, cands)
    if sur in weak and _place_follows(text, i + 1):
        return None  # 部长和山东省…, 向北京市…: a conjunction or preposition before a place
    if name is None or (sur in weak and reads_as_word(text[i: i + len(name) + 1])
                        and not (titled and (_given_is_name(text, i, name) or _listed_with_post(text, i, name)))):
        return None
    return Person(i, i + len(name), name)


def _listed_with_post(text: str, i: int, name: str) -> bool:
    """甲(X局局长)、江海涛(Y中心理事长)、…: in a list of names each with its post in brackets,
    a name is a name even where its first two characters are a word (江海)."""
    return text[i - 2: i] in (")、", "）、") and text.startswith(("(", "（"), i + len(name))


def _zhi_ends_name(text: str, i: int, j: int, given: list) -> bool:
    """教授赵敏之为会长: 之 may end a given name of two, after a title and before an edge
    (之 is otherwise no name's: 会议之后, 三分之一)."""
    return text[j] == "之" and len(given) == 1 and _after_role(text, i) \
        and (bounded(text, j + 1) or text[j + 1] in "为任")


def _nian_ends_name(text: str, j: int, given: list) -> bool:
    """汪伯年继续担任: 年 may end a given name of two (伯年, 松年) when a verb or an edge
    follows, not a word of time (年初, 年底, 年度) or a figure before it (三年)."""
    return text[j] == "年" and len(given) == 1 and not _DATE_LIKE.search(text[max(0, j - 3): j + 1]) \
        and (bounded(text, j + 1) or text.startswith(_AFTER_NIAN_NAME, j + 1))


_AFTER_NIAN_NAME = ("继续", "担任", "当选", "任", "为", "同志", "出席", "主持", "介绍", "表示", "讲话", "致辞")


def _kept_post(text: str, i: int) -> bool:
    """继续担任, 再次当选 at i: an adverb of lexicon/take_adverbs.txt, then a verb of taking a post."""
    return any(text.startswith(w, i) and text.startswith(("担任", "当选", "任"), i + len(w))
               for w in lexicon.words("take_adverbs.txt"))


def _place_follows(text: str, i: int) -> bool:
    found = places.find_places(text[i: i + 6])
    return bool(found) and found[0].start == 0 and found[0].end >= 2


def _after_titled_name(text: str, i: int) -> bool:
    """副局长甲、高某 / 甲（X局局长）、关某（…）: in a 、 list of names that follows a title, or
    whose names each have their posts in brackets."""
    return i > 2 and text[i - 1] == "、" and (text[i - 2] in "）)" or any(
        _after_role(text, p.start) for p in persons_ending_at(text, i - 1, (3, 2))))


_FUNCTION_TAGS = ("r", "t", "m", "q", "d", "p", "c", "u", "f", "s")


def _given_is_name(text: str, i: int, name: str) -> bool:
    """会长龙建新出席: after a title, a weak family name and two given characters that end at an
    edge make a name even where the given part is a word (建新, 海波) — and one given character
    where the two make only a rare word (区委副书记高远出席) — unless the family name
    runs into a common word (高度) or the given part is a common function word (大家, 会上, 此次)."""
    if len(name) == 2:  # 副书记高远出席: a rare word, ending at an edge (not 站长和工作人员: 工作 runs on)
        return bounded(text, i + 2) and segment.word_freq(name) < 200 \
            and segment.word_freq(text[i + 1: i + 3]) < 100
    if len(name) != 3 or not bounded(text, i + 3):
        return False
    tags = segment.pos_table()
    head, given = name[:2], name[1:]
    tag = tags.get(given, "")
    if segment.word_freq(head) > 20 and not tags.get(head, "").startswith("nr") \
            and not (segment.word_freq(head) < 1000 and segment.word_freq(given) == 0) \
            and not (tags.get(head, "") == "j" and tag.startswith(("nr", "nz"))) \
            and not (segment.word_freq(head) < 100 and tag.startswith("nr")):
        # (会长关子航: a rare word 关子 whose given part is no word is a name after all; 主任党建华:
        # an abbreviation 党建 before a given name jieba knows as one is a name too, and so is a
        # rare word before one: 局长白海涛, though 白海 is a place)
        return False
    # (a rare word tagged as a function word, 立新, is a given name all the same)
    return tag.startswith(("nr", "ns", "nz")) or (segment.word_freq(given) < 1000 and not (
        tag.startswith(_FUNCTION_TAGS) and segment.word_freq(given) > 100))


def _long_name(text: str, i: int, never) -> Person | None:
    """副部长吉克阿依出席: a name of four or five syllables (a Yi or other transliterated name
    written without ·) runs to the next edge, and jieba reads none of it as a word."""
    j = next((j for j in range(i + 2, min(i + 6, len(text)) + 1) if bounded(text, j)), None)
    if j is None or j - i < 4 or any(c in never or not is_han(c) for c in text[i:j]):
        return None
    if any(e - s > 1 for _, s, e in segment.tokens(text[i:j])):
        return None
    if any(s < j - i < e for _, s, e in segment.tokens(text[i: j + 3])):
        return None  # 站长王晓丽关于…: the edge cuts a word (关于), so the name is shorter
    return Person(i, j, text[i:j])


def _transliterated(text: str, i: int) -> Person | None:
    """会长努尔兰出席: a minority name without a family name, transliterated, runs to the next
    edge in three to six characters that such names are written in."""
    spelling = lexicon.chars("transliteration_chars.txt")
    j = next((j for j in range(i + 3, min(i + 6, len(text)) + 1) if bounded(text, j)), None)
    if j is None or any(c not in spelling for c in text[i:j]):
        return None
    return Person(i, j, text[i:j])


@cache
def _role_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(r) for r in lexicon.roles()}))


def _after_role(text: str, i: int) -> bool:
    """Does a role word end right before i (asked at every character: a set lookup per length)."""
    roles = lexicon.roles()
    return any(k <= i and text[i - k: i] in roles for k in _role_lengths())


after_role = _after_role  # does a role word end right before i


def persons_ending_at(text: str, end: int, lengths=(4, 3, 2)):
    """The names of these lengths that end exactly at `end` (甲 in 甲副局长, 甲当选), longest first."""
    if "·" in text[max(0, end - 7): end]:  # 阿依古丽·某某是…: a dotted name, whole, from its clean start
        for i in range(max(0, end - 13), end - 4):
            m = _DOTTED.match(text, i)
            if m and m.end() == end and (i == 0 or not is_han(text[i - 1])):
                yield Person(i, end, m.group())
                return
    for n in lengths:
        if end >= n and (p := person_at(text, end - n)) is not None and p.end == end:
            yield p


def name_edge(text: str, i: int) -> bool:
    """Can a person's name begin at i: at the start, after punctuation or a role word?"""
    return i == 0 or text[i - 1] in PUNCT or _after_role(text, i)


def is_han(ch: str) -> bool:
    """A CJK unified ideograph (the characters names are written in)."""
    return "\u4e00" <= ch <= "\u9fff"


def bounded(text: str, end: int) -> bool:
    """Does a name that ends here stop at a natural edge (punctuation, 表示, 老师 ...)?"""
    if end >= len(text) or text[end] in PUNCT or not is_han(text[end]):
        return True
    return any(text.startswith(w, end) for w in lexicon.words("person_stops.txt"))


def _pick_length(text: str, i: int, cands: list[str]) -> str | None:
    """Two or three characters: the one that ends at a natural edge; else ask jieba."""
    full = cands[-1]
    if len(cands) == 1:
        return full
    short = cands[-2]
    b_short, b_full = bounded(text, i + len(short)), bounded(text, i + len(full))
    single_stop = i + len(short) < len(text) and text[i + len(short)] in "为和与在的是也就都对向从于将"
    if b_full and (not b_short or single_stop):
        return full
    if b_short:
        return short
    toks = segment.tokens(text[i: i + len(full) + 4])
    if any(s == len(short) and e > len(full) and segment.word_freq(w) >= 100 for w, s, e in toks):
        return short  # 副区长刘丽专题调研: a common word (专题) runs across the longer name's end
    if _left_over(toks, len(short), len(full)):
        return full  # 副书记陈家乐随后: 乐 left alone between 陈家 and a word is the name's end
    for w, s, e in toks:
        if s == 0:
            return short if len(w) == len(short) else full
    return full


def _left_over(toks, short: int, full: int) -> bool:
    """The character after the short name is a token by itself and a word of two or more begins
    right after it."""
    alone = any(s == short and e == full for _, s, e in toks)
    return alone and any(s == full and e - s >= 2 for _, s, e in toks)


def reads_as_word(name: str) -> bool:
    """向大家, 高度评: a weak family name followed by an ordinary word is no name."""
    tags = segment.pos_table()
    for w in (name[:2], name[1:], name[1:3]):
        if len(w) >= 2 and segment.word_freq(w) > 20 and not tags.get(w, "").startswith("nr"):
            return True
    return False


# --- places ----------------------------------------------------------------------------------

def find_places(text: str) -> tuple[places.PlaceMention, ...]:
    return places.find_places(text)


# --- dates -----------------------------------------------------------------------------------

_DATE = re.compile(
    r"(?=\s*\d)(?:(?P<y>(?:19|20)\d{2})\s*年)?\s*(?:(?P<m>\d{1,2})\s*月)?(?:(?P<d>\d{1,2})\s*[日号])?")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    iso: str


def find_dates(text: str, doc_year: int | None, doc_date: str | None = None) -> list[DateMention]:
    """2016年5月 -> 2016-05; 6月11日 -> the article's year; a bare day is not a date;
    with the article's full date, 昨日 / 前日 are the days before it."""
    out = relative_dates(text, doc_date)
    for m in _DATE.finditer(text):
        y, mo, d = m.group("y"), m.group("m"), m.group("d")
        if not (y or mo) or (d and not mo) or (m.start() and text[m.start() - 1].isdigit()):
            continue
        if y is None:
            if doc_year is None:
                continue
            y = str(doc_year)
        iso = y
        if mo:
            if not 1 <= int(mo) <= 12:
                continue
            iso += f"-{int(mo):02d}"
            if d:
                if not 1 <= int(d) <= 31:
                    continue
                iso += f"-{int(d):02d}"
        out.append(DateMention(m.start(), m.end(), iso))
    return sorted(out, key=lambda d: d.start)


@cache
def _relative_days() -> re.Pattern:
    # 目前日均, 此前日… : 前日 right after another word's 前 is not the day before yesterday
    words = sorted(lexicon.table("relative_days.txt"), key=len, reverse=True)
    return re.compile(r"(?<![目此之以提事先从当空生会节年日月])(?:%s)" % "|".join(words))


def relative_dates(text: str, doc_date: str | None) -> list[DateMention]:
    """昨日 / 昨天 / 前日 in an article of 2023-05-01: 2023-04-30 / 2023-04-29."""
    if not doc_date or len(doc_date) < 10:
        return []
    day = _dt.date.fromisoformat(doc_date[:10])
    days = lexicon.table("relative_days.txt")
    return [DateMention(m.start(), m.end(), (day - _dt.timedelta(days=int(days[m.group()]))).isoformat())
            for m in _relative_days().finditer(text)]


def date_before(text: str, i: int, doc_year: int | None, min_len: int = 4,
                doc_date: str | None = None) -> str | None:
    """The last date stated before text[i], outside 《titles》, “quotes” and (asides);
    min_len=7 wants at least a month (an event is reported by month and day)."""
    masked = re.sub(r"《[^》]*》|“[^”]*”|\([^)]*\)", lambda m: " " * len(m.group()), text[:i])
    dates = [d for d in find_dates(masked, doc_year, doc_date) if len(d.iso) >= min_len]
    return dates[-1].iso if dates else None


# --- all of a sentence at once -----------------------------------------------------------------

@dataclass(frozen=True)
class SentenceMentions:
    tokens: tuple
    roles: tuple[Role, ...]
    orgs: tuple[Org, ...]
    places: tuple[places.PlaceMention, ...]


@lru_cache(maxsize=4096)  # every extractor asks for the same sentence; bounded for long builds
def analyse(text: str) -> SentenceMentions:
    """Tokens, roles, organisations and places of one sentence, computed once."""
    toks = segment.tokens(text)
    found = places.find_places(text)
    roles = [r for r in find_roles(text) if not _inside_place(r, found)]
    return SentenceMentions(tuple(toks), tuple(roles), tuple(find_orgs(text, toks, roles)), tuple(found))


def _inside_place(role: Role, found) -> bool:
    """上海市长宁区, 碑林区长安路街道: a role word (市长, 区长) that a place's name holds whole
    is no role (上海市长龚正: the role runs past the place, a mayor of it)."""
    return any(p.start < role.start and role.end <= p.end for p in found)
