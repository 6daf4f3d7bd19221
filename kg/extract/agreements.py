"""Signings: organisations signed an agreement.

    A(、|和|与|及)B…(共同)?(签署|签订|签定)(了)?《T》(、《T2》…)        sign
    A与B签订(了)?…HEAD   (HEAD: 协议, 备忘录 … lexicon/agreement_heads.txt)   sign-untitled
    A、B分别与C(就X、Y)签订…HEAD: A with C (X…HEAD), B with C (Y…HEAD)       sign-respectively
    A、B(分别代表双方)在《T》上签字                                          sign-on-title

An undated signing takes the day the report last stated; a signing said again in fewer
words by the same signatories is the one agreement.

A signing still to come (将与…签订, 拟与…签署: lexicon/sign_plans.txt; 年内推动A与B签订…
without 了: lexicon/sign_future.txt) is none; 昨日 and 前日 date a signing by the article's
own day (lexicon/relative_days.txt). 双方 as the whole subject of its clause are the two
organisations the sentence joined by 与 before it.

An untitled agreement is named by the words the text uses (战略合作协议) and is an
agreement of its own document. A person may sign for the organisation named before
them (X大学副院长甲与Y局签订…, …代表双方签订: lexicon/sign_behalf.txt): the organisation
is the signatory. A party named as a group (与5家社工机构, 各区县民政局:
lexicon/group_parties.txt) is no signatory; the named party beside it still is.

The signatories are the list of organisations or places right before the verb, clause
by clause back to the first clause that is not such a list (dates and adverbs such as
目前 or 都 are passed over). Three ways a list names its members indirectly:

- a shared head: 北京市通州区、天津市武清区、河北省廊坊市民政局 -> each place's 民政局;
- abbreviations: 沪苏浙三地民政部门 -> the civil-affairs body of 上海, 江苏, 浙江;
- a counted group: 三地民政部门 -> the regions the document last grouped (沪苏浙).

A member body is the one the document names (北京市民政局) where it does; for civil
affairs, whose naming is fixed (省 -> 民政厅, 市 -> 民政局), it is written by that rule;
otherwise an unnamed member is left out rather than guessed.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from functools import cache, cached_property

from kg import lexicon, mentions, numerals, places
from kg.extract import roles
from kg.facts import Evidence, OrgRef, Signing
from kg.article import Article
from kg.ingest import Document
from kg.segment import Sentence

RULES = (  # every rule's name, as facts, kg eval and lexicon/confidence.tsv know it
    ("sign", "A、B和C签署《T》"),
    ("sign-untitled", "A与B签订…HEAD, an agreement named by its head word (协议, 备忘录 …)"),
    ("sign-respectively", "A、B分别与C(就X、Y)签订…: A with C (on X), B with C (on Y); 就X names the agreement"),
    ("sign-on-topic", "A与B就X签订…协议: X names the agreement"),
    ("sign-on-title", "A、B(分别代表双方)在《T》上签字: the people put their names on the agreement"),
)
RULE_NAMES = frozenset(name for name, _ in RULES)


_SIGN = re.compile(r"(?:共同|联合|正式)?(?:%s)了?\s*" % lexicon.alternation("sign_verbs.txt"))
_SIGNED_ON = re.compile(r"在\s*(?P<titles>《[^《》]{2,100}》(?:\s*[、和及与]?\s*《[^《》]{2,100}》)*)\s*上"
                        r"(?:共同|正式|郑重)?(?:签字|签名|签署|签章)")  # 在《T》上签字: their names on it
_BEFORE_TITLE = re.compile(r"[^,;:。《》]{0,20}?(?=《)")  # 签署了共建X学院《…》: words before the title
_TITLES = re.compile(r"《([^《》]{2,100})》(?:\s*[、和及与]?\s*《([^《》]{2,100})》)*")
_TITLE = re.compile(r"《([^《》]{2,100})》")
_ADVERBS = "还|也|都|均|已|已经|并|先后|分别|共同|正式|一起|联合|就此|[双两三四五六多]方"  # between signatories and the verb (三方签署)
_FILLER = re.compile(
    r"^(?:目前|此前|日前|近日|当天|会上|现场|今年|去年|还|也|都|均|已|已经|并|先后|分别|共同|正式|自|早在|"
    r"(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}[日号])?|"
    r"双方|在此|此外|同时|随后|最终|首次|再次)+|(?:%s)+$" % _ADVERBS)
_SEP = re.compile(r"^(?:、|和|与|及|以及|同|跟|,)$")
_JOINER = re.compile(r"、|和|与|及|以及|同|跟")  # between two parties
# after a party read whole: what joins it to the next (A还与B, A也同B: an adverb may stand before 与)
# (X协会已于今年5月与Y: the day between the parties)
_JOIN = re.compile(r"、|(?:还|也|又|并|已|已经|先后|分别)?(?:于(?:(?:19|20)\d{2}年|今年|去年)?\d{1,2}月(?:\d{1,2}[日号])?"
                   r"(?:上旬|中旬|下旬|底|初)?)?(?:还|也|又|并|先后|分别)?(?:和|与|及|以及|同|跟)")
_ABBR = re.compile(r"[京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新港澳]{2,}")
_GROUP = re.compile(
    r"(?P<n>[两二三四五六七八九十\d]+)?(?:地|省|市|区|方)?(?P<head>民政部门|民政系统|民政局|民政厅|"
    r"社会工作行业协会|社会工作行业组织|社工行业组织|社工行业协会|行业协会|行业组织|社会工作协会|社工协会)"
    r"(?:\([^)]*\))?$")
_MEETING = re.compile(r"召开|举行|举办|开幕")
_VENUE = re.compile(r"(?:在|于)[\u4e00-\u9fff]{1,12}$")
_UNTIL = re.compile(r"(?:截至|截止|截止到|到|至)\s*(?:今年|去年|本年|当年|目前)?\s*$")  # 截至10月: a figure's date, not an event's
_SAME_DAY = re.compile(r"会上|当天|当日|同日|会议期间|仪式上|活动中|座谈会上|论坛上")
_EARLIER = re.compile(r"此前|之前|以前|先前|早在|曾经|曾|去年|前年|往年|历年|多年来|近年来|以来|过去|"
                      r"目前|至今|迄今|现已|已经|已与|已同|先后|累计")  # a state or an earlier act, not the day reported
class _Context:
    def __init__(self, art: Article):
        self.art = art
        self.doc_orgs = list(art.org_names)  # every organisation name in the document, in order
        self.region_group: list[places.Place] = []  # the last 沪苏浙-like group
        self.last_date: str | None = None  # for 当天 / 同日: the date last reported
        self.meeting_date: str | None = None  # for 会上: the date of the last meeting held
        self.named: list = []  # organisations named in the sentences read so far (Org mentions)
        self.carried: set[int] = set()  # ids of the signings dated by the day last reported
        self.sentence: tuple[str, object] | None = None  # the sentence read now and its mentions

    def mentions_of(self, text: str):
        """The article's mentions of the sentence read now (its communities known), else text's own."""
        return self.sentence[1] if self.sentence and self.sentence[0] == text else mentions.analyse(text)

    def resolve(self, word: str) -> OrgRef | None:
        """协会与X签订: the anaphor is the last organisation named before whose name ends
        as it says (协会 -> …协会; 该会 -> the last association)."""
        want = lexicon.table("org_anaphora.txt").get(word.lstrip("该本"), "*")
        for o in reversed(self.named):
            if not o.anaphor and (o.name.endswith(want) if want != "*" else o.kind == "association"):
                return OrgRef(o.name, o.kind)
        return None

    @cached_property
    def posts(self) -> dict[str, set[OrgRef]]:
        """Person -> the organisations of the posts the article gives them (read on demand)."""
        out: dict[str, set[OrgRef]] = {}
        for p in roles.extract(self.art):
            out.setdefault(p.person, set()).add(p.org)
        return out

    @cached_property
    def posted(self) -> list[str]:
        """The people given posts, longest names first."""
        return sorted(self.posts, key=len, reverse=True)

    def known_person_at(self, text: str, i: int) -> mentions.Person | None:
        """白振华与马文斌签署: a name the article gave a post before, though its family name
        is also a word (白) and no title stands before it here."""
        name = next((n for n in self.posted if text.startswith(n, i)), None)
        return mentions.Person(i, i + len(name), name) if name else None

    def signs_for(self, person: str) -> OrgRef | None:
        """The one organisation of the person's posts; of a body and its units (X学院副院长兼
        社会工作系主任), the body."""
        orgs = self.posts.get(person, set())
        whole = min(orgs, key=lambda o: len(o.name), default=None)
        return whole if whole and all(o.name.startswith(whole.name) for o in orgs) else None


def extract(art: Article) -> Iterator[Signing]:
    ctx = _Context(art)
    found = _restated(_dated(list(_read(art, ctx)), ctx.carried))
    titled = [f for f in found if f.titled]
    for f in found:  # 签定合作协议 in a headline is the 《…合作协议》 its body titles: said once
        if f.titled or not any((_among(f, t) and _same_head(f, t) or f.agreement in t.agreement) and _same_day(f, t)
                               for t in titled):
            yield f


def _same_head(f: Signing, t: Signing) -> bool:
    """Is the untitled f of the kind t is (协议 and 协议, not a 备忘录 beside a 《…协议》)?"""
    head = next((h for h in lexicon.longest_first("agreement_heads.txt") if f.agreement.endswith(h)), None)
    return head is None or head in t.agreement


def _same_day(f: Signing, t: Signing) -> bool:
    """Could f and t be dated the same (an undated one could be any day; 2019 is not 2023-06-13)?"""
    return not f.date or not t.date or f.date.startswith(t.date) or t.date.startswith(f.date)


def _among(f: Signing, t: Signing) -> bool:
    """Are f's signatories all t's, by name, a short form (市民政局, from 市民政局局长甲) being the
    full one it ends (温州市民政局) before the article's place spells it out, or a place
    (城阳区与西和县签署… in a headline) being the place of one of t's bodies (青岛市城阳区民政局)?"""
    names = [o.name for o in t.signatories]
    return all(any(a.name == b or a.name.endswith(b) or b.endswith(a.name) or a.place_code and a.name in b
                   for b in names) for a in f.signatories)


def _dated(found: list[Signing], carried: set[int]) -> list[Signing]:
    """A date carried from the day last reported yields to the one the article states for
    the same agreement elsewhere (2017年10月，…签署了《T》)."""
    stated = {f.agreement: f.date for f in found if id(f) not in carried and f.date}
    return [replace(f, date=stated.get(f.agreement, f.date)) if id(f) in carried else f for f in found]


def _restated(found: list[Signing]) -> list[Signing]:
    """An article that says its signing again in fewer words (实习实践基地协议, later 实习基地协议)
    by the same signatories or some of them, on the same day, means the one agreement:
    the shorter mention takes the fuller name."""
    out: list[Signing] = []
    for f in found:
        for g in out if not f.titled else ():
            if not g.titled and _same_signing(f, g):
                long_name = max(f.agreement, g.agreement, key=len)
                f = replace(f, agreement=long_name)
                out = [replace(x, agreement=long_name) if x is g else x for x in out]
                break
        out.append(f)
    return out


def _same_signing(f: Signing, g: Signing) -> bool:
    a, b = set(f.signatories), set(g.signatories)
    short, long_ = sorted((f.agreement, g.agreement), key=len)
    words = iter(long_)
    day, other = sorted((f.date or "", g.date or ""), key=len)
    return ((a <= b or b <= a) and other.startswith(day) and short[-2:] == long_[-2:]
            and all(ch in words for ch in short))  # the shorter name's words, in order, in the longer


def _read(art: Article, ctx: _Context) -> Iterator[Signing]:
    doc = art.doc
    for s, found in art:
        ctx.sentence = (s.text, found)
        for m in _ABBR.finditer(s.text):
            group = places.abbreviation_regions(m.group())
            if group:
                ctx.region_group = group
        yield from _signings(doc, s, ctx)
        roles_end = {r.end for r in found.roles}  # 负责人甲作协会…: right after a title stands a person
        ctx.named.extend(o for o in found.orgs if o.start not in roles_end)
        dated = [d for d in mentions.find_dates(s.text, doc.year, doc.date)
                 if len(d.iso) >= 7 and not _UNTIL.search(s.text, 0, d.start)]
        if dated:  # an event is reported by month and day, not by a year alone
            ctx.last_date = dated[-1].iso
            if _MEETING.search(s.text):
                ctx.meeting_date = dated[-1].iso
        group = _named_group(s.text, found)
        if group and not _inside(group, ctx.region_group):  # 长沙市民政局、株洲市民政局…: what a later 三地 means
            ctx.region_group = group


def _inside(group: list[places.Place], regions: list[places.Place]) -> bool:
    """甲市X区与乙州Y县 after 甲市与乙州: a pairing within the regions grouped before, which a
    later 两地 does not mean."""
    ancestors = places.gazetteer().ancestors
    return bool(regions) and all(any(r in ancestors(p) for r in regions) for p in group)


def _signings(doc: Document, s: Sentence, ctx: _Context) -> Iterator[Signing]:
    text = s.text
    for at, titles, titled, end, rule in _agreements_signed(text):
        if _planned(text, at, ctx.mentions_of(text)):
            continue  # 将与…签订: a signing still to come
        pairs = _respectively(text, at, ctx)
        if pairs is None:
            pairs = [(_signatories(text, at, ctx), "")]
        elif pairs:  # A、B分别与C…, or A与B就X签订: the pairs, or the one signing, with its topic
            rule = "sign-respectively" if _PAIRED.search(text, 0, at) else "sign-on-topic"
        if not pairs or not pairs[0][0]:
            continue
        date = _not_after(mentions.date_before(text, at, doc.year, doc_date=doc.date), doc, text[:at])
        same_day = _SAME_DAY.search(text, 0, at)
        if date is None and same_day:
            at_meeting = same_day.group() not in ("当天", "当日", "同日")
            date = (ctx.meeting_date if at_meeting else None) or ctx.last_date
        carried = date is None and not _EARLIER.search(text, 0, at)
        if carried:
            date = ctx.last_date  # a report's undated act happened on the day it last reported
        assert rule in RULE_NAMES, rule
        ev = Evidence.of(s, _list_start(text, at), end, "agreements." + rule)
        for signers, topic in pairs:
            for title in titles:
                name = title.strip() if titled else topic + title.strip()
                signing = Signing(name, tuple(signers), date, ev, titled)
                if carried:
                    ctx.carried.add(id(signing))
                yield signing


def _agreements_signed(text: str) -> list[tuple[int, list[str], bool, int, str]]:
    """(where the signatories end, titles, titled, end, rule) of each agreement signed in
    text: 签署《T》 and 签订…协议 after the verb, 在《T》上签字 before it."""
    out = []
    for verb in _SIGN.finditer(text):
        lead = _BEFORE_TITLE.match(text, verb.end())
        titles_m = _TITLES.match(text, lead.end()) if lead else None
        if titles_m:
            out.append((verb.start(), _TITLE.findall(titles_m.group()), True, titles_m.end(), "sign"))
        elif (untitled := _untitled(text, verb.end())) is not None:
            out.append((verb.start(), [untitled.group()], False, untitled.end(), "sign-untitled"))
    for m in _SIGNED_ON.finditer(text):
        out.append((m.start(), _TITLE.findall(m.group("titles")), True, m.end(), "sign-on-title"))
    return sorted(out)


@cache
def _plan() -> re.Pattern:
    """将与 / 拟于 / 计划近期 / 即将签署: a plan word before what is to be done."""
    then = r"与|和|同|跟|于|在|就|签|共同|联合|正式|近期|年内|今年|明年|下[月周半]|本月|本年|择期|尽快|适时"
    return re.compile(r"(?<![按据照])(?:%s)(?=%s)" % (lexicon.alternation("sign_plans.txt"), then))  # 按计划于5月签订 was done


def _planned(text: str, at: int, found) -> bool:
    """Is the signing before text[at] one still to come (湖北省民政厅将与武汉大学签订)?
    Places, quotes and titles are masked: 将乐县 and “领航计划” plan nothing. (Names
    are not: 拟与 inside a name run on, 甲局拟与乙大学, is the plan.)"""
    a = min(_clauses(text, at)[0][0], _list_start(text, at))
    spans = [(p.start, p.end) for p in found.places]
    spans += [m.span() for m in re.finditer(r"《[^》]*》|“[^”]*”", text)]
    masked = text[:at]
    for x, y in ((x, min(y, at)) for x, y in spans if x < at):
        masked = masked[:x] + " " * (y - x) + masked[y:]
    return _plan().search(masked, a) is not None or _to_come(masked, a, text, at)


def _to_come(masked: str, a: int, text: str, at: int) -> bool:
    """年内推动A与B签订协议: a time still to come in the clause, the verb without 了."""
    verb = _SIGN.match(text, at)
    done = verb is not None and "了" in verb.group()
    return not done and any(w in masked[a:] for w in lexicon.words("sign_future.txt"))


_PAIRED = re.compile(r"分别(?:与|和|同|跟)")
_ON = re.compile(r"就(?!业|此)(?=[^,;:。!?《》]{2})(?P<topics>(?:“[^”]{1,30}”|[^,;:。!?“”《》就]){1,80})$")  # 就X、Y签订: what each is about


def _respectively(text: str, verb_start: int, ctx: _Context) -> list[tuple[list[OrgRef], str]] | None:
    """A、B分别与C(就X、Y)签订 / A分别与B、C签订 / A、B分别与C、D签订 / A与B就X签订: the
    signing pairs, each with its topic (the words before its agreement's head word);
    None where the sentence is not of this shape, [] where it is but does not pair up."""
    a = _clauses(text, verb_start)[0][0]
    on = _ON.search(text, a, verb_start)
    stop = on.start() if on else verb_start
    paired = _PAIRED.search(text, a, stop)
    if paired:
        left, right = _parse_list(text, a, paired.start(), ctx), _parse_list(text, paired.end(), stop, ctx)
        if not left or not right:
            return None
        units = _pairs(left, right)
    elif on:
        both = _signatories(text, stop, ctx)
        if len(both) < 2:  # 就 does not follow the signatories (就业服务中心与…)
            return None
        units = [both]
    else:
        return None
    words = on.group("topics") if on and not _ASIDE.search(on.group("topics")) else ""
    if not paired and not _names_a_topic(words):
        words = ""  # 就深化合作、推进培养签订战略合作协议: what they talked of, not the agreement's name
    topics = _topics(words, len(units))
    return list(zip(units, topics)) if units and topics else []


def _names_a_topic(words: str) -> bool:
    """One phrase (共建实习基地, “牵手行动”) names the agreement; a list of phrases
    (深化校地合作、推进人才培养) says what the signing is for."""
    bare = re.sub(r"“[^”]*”", "", words)
    return bool(words) and not re.search(r"[、和及]", bare)


def _not_after(date: str | None, doc: Document, before: str) -> str | None:
    """10月20日 in an article of 2023-05-01, its year not written: last year's 10月20日."""
    if date and doc.date and len(doc.date) >= 10 and date > doc.date and f"{date[:4]}年" not in before:
        return f"{int(date[:4]) - 1}{date[4:]}"
    return date


def _pairs(left: list[OrgRef], right: list[OrgRef]) -> list[list[OrgRef]]:
    """One side alone signs with each of the other; two lists of one length pair in order
    (A、B分别与C、D: A with C, B with D); lists of two lengths do not pair."""
    if len(left) == 1 or len(right) == 1:
        return [[x, y] for x in left for y in right]
    return [[x, y] for x, y in zip(left, right)] if len(left) == len(right) else []


_ASIDE = re.compile(r"(?:事宜|事项|问题)$")  # 就合作事宜签订协议: what was discussed, not the agreement's name


def _topics(words: str, n: int) -> list[str] | None:
    """X、Y for two pairs -> [X, Y]; one topic for all pairs -> it for each; else None."""
    parts = [p for p in re.split(r"、(?![^“”]*”)", words) if p]
    if not words:
        return [""] * n
    if len(parts) == n:
        return parts
    return [words] * n if n == 1 or len(parts) == 1 else None


@cache
def _agreement_head() -> re.Pattern:
    """What an untitled agreement is called, up to its head word: 战略合作协议, 共建协议, with an
    aside of place kinds read through (乡镇(街道)社工站结对共建协议)."""
    return re.compile(r"(?:“[^”]{0,40}”|\([乡镇街道村社区、]{1,6}\)|[^,;:。!?、《》()“]){0,30}?(?:%s)"
                      % lexicon.alternation("agreement_heads.txt"))


def _untitled(text: str, i: int) -> re.Match | None:
    return _agreement_head().match(text, i)


def _named_group(text: str, found) -> list[places.Place]:
    """The places of three or more organisations listed together (甲市民政局、乙市民政局和
    丙市民政局), each named from its place: the group a later 三地民政部门 means."""
    starts = {p.start: p.candidates[0] for p in found.places}
    best: list[places.Place] = []
    run: list[places.Place] = []
    last_end = None
    for o in found.orgs:
        joined = last_end is not None and re.fullmatch(r"、|和|与|及|以及", text[last_end:o.start])
        run = run if joined else []
        if o.start in starts:
            run.append(starts[o.start])
        else:
            run = []
        last_end = o.end
        if len(run) >= 2 and len(run) > len(best):
            best = list(run)
    return best


def _clauses(text: str, end: int):
    """(start, end) of the clauses of text[:end], last first."""
    bounds = [m.end() for m in re.finditer(r"[,;:]", text[:end])]
    starts = [0] + bounds
    ends = [b - 1 for b in bounds] + [end]
    return list(zip(starts, ends))[::-1]


def _list_start(text: str, verb_start: int) -> int:
    start = verb_start
    for a, b in _clauses(text, verb_start):
        if _parse_list(text, a, b, None) is None and not _transparent(text[a:b]):
            break
        start = a
    return start


_SAID = re.compile(r"(?:%s)$" % lexicon.alternation("speech_verbs.txt"))


def _signatories(text: str, verb_start: int, ctx: _Context) -> list[OrgRef]:
    found = ctx.mentions_of(text)
    if pair := _both_parties(text, verb_start, found):
        return pair
    out: list[OrgRef] = []
    for a, b in _clauses(text, verb_start):
        if _transparent(text[a:b]):
            continue
        if _SAID.search(text, a, b):
            break  # 甲副州长在讲话中指出,…两地民政部门签订: the speaker signs nothing
        items = _parse_list(text, a, b, ctx)
        if items is None:
            if not out and b == verb_start:  # 会议回顾了2022年11月川渝两地民政部门签订:
                out = _list_at_end(text, a, b, ctx)  # the list ends the clause of the verb
            break
        out = items + out
    if len(out) == 1 and (subject := _carried_subject(text, verb_start, found)) is not None:
        out = [subject] + out  # X部印发了《…》,并与Y大学签署…: X部 signs too
    return list(dict.fromkeys(out))


_BOTH = re.compile(r"(?:(?:19|20)\d{2}年(?:\d{1,2}月)?)?(?:双方|两家|两单位)(?:此前|曾经|曾|已经|已|还|也|都|均|共同)*$")


def _both_parties(text: str, verb_start: int, found) -> list[OrgRef] | None:
    """…A与B签署的…文件,2019年双方曾签订…: 双方, the whole subject of the verb's clause, are
    the last two organisations the sentence joined by 与 (和, 同) before it."""
    a = _clauses(text, verb_start)[0][0]
    if not _BOTH.fullmatch(text, a, verb_start):
        return None
    orgs = [o for o in found.orgs if o.end <= a]
    pairs = [(x, y) for x, y in zip(orgs, orgs[1:]) if text[x.end:y.start] in ("与", "和", "同")]
    return [OrgRef(o.name, o.kind) for o in pairs[-1]] if pairs else None


# ,并与 / ,还同 opening the clause of the verb: its subject is the clause's before
_AND_WITH = re.compile(r"[,;](?:并|还|同时|又|也|随后)(?:与|同|和|跟)")


def _carried_subject(text: str, verb_start: int, found) -> OrgRef | None:
    """The organisation opening the clause before `,并与Y…签署`, when the signing's clause
    names no party before 与: the sentence's subject signs with Y."""
    joined = [m for m in _AND_WITH.finditer(text, 0, verb_start) if not re.search(r"[,;:]", text[m.end():verb_start])]
    if not joined:
        return None
    starts = {0} | {m.end() for m in re.finditer(r"[,;:]", text[: joined[-1].start()])}
    for o in found.orgs:
        lead = max((k for k in starts if k <= o.start), default=0)
        if o.end <= joined[-1].start() and not _FILLER.sub("", text[lead:o.start]).strip():
            return OrgRef(o.name, o.kind)
    return None


def _list_at_end(text: str, a: int, b: int, ctx: _Context) -> list[OrgRef]:
    """The longest list of signatories that ends the clause, after a date or other words."""
    found = ctx.mentions_of(text)
    starts = sorted({p.start for p in found.places} | {o.start for o in found.orgs}
                    | {m.start() for m in _ABBR.finditer(text, a, b)})
    for s in (s for s in starts if a < s < b):
        items = _parse_list(text, s, b, ctx)
        if items:
            return items
    return []


def _transparent(clause: str) -> bool:
    """A clause of only a date or adverbs (6月11日 / 都) does not end the list."""
    rest = re.sub(r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:上旬|中旬|下旬|底|初)?", "",
                  clause.strip())
    return not _FILLER.sub("", rest).strip()


def _parse_list(text: str, a: int, b: int, ctx: _Context | None) -> list[OrgRef] | None:
    """Organisations and places that fill text[a:b], separated by 、和与及; else None."""
    found = ctx.mentions_of(text) if ctx is not None else mentions.analyse(text)
    clause = text[a:b]
    lead = _FILLER.match(clause)
    pos = a + (lead.end() if lead else 0)
    b = _list_end(text, pos, b)
    entities = _entities_in(found, a, b)
    items, places_seen = [], []
    while pos < b:
        abbr = _ABBR.match(text, pos, b)
        regions = places.abbreviation_regions(abbr.group()) if abbr else None
        if regions and _GROUP.match(text[abbr.end():b]):  # 苏浙沪三地社会工作协会
            if ctx is not None:
                items += _expand_group(_GROUP.match(text[abbr.end():b]),
                                       [(r.name, r) for r in regions], ctx)
            pos = b
            break
        ent = entities.get(pos)
        counted = _COUNTED.match(text, pos, b)
        anaphor = _anaphor().match(text, pos, b)
        meant = ctx.resolve(anaphor.group(1)) if ent is None and anaphor and ctx is not None else None
        if meant is not None:
            items.append(meant)
            pos = anaphor.end()
            continue
        held = (_titled_person(text, pos, found) or mentions.person_at(text, pos) or ctx.known_person_at(text, pos)
                or _signer_after_anaphor(text, pos, found)) if ent is None and ctx is not None else None
        by_post = ctx.signs_for(held.name) if held else None
        if by_post is not None:  # 局长甲与Y大学副校长乙签署: 甲's post says for whom he signs
            items.append(by_post)
            pos = held.end
            sep = _JOINER.match(text, pos, b)
            pos = sep.end() if sep else pos
            continue
        if ent is None and counted:  # 城西、东山、芸溪等3个社区: each name with the head
            names = re.split(r"[、和及]", counted.group("names"))
            if numerals.count(counted.group("n")) == len(names):
                items += [OrgRef(n + counted.group("head"), "other") for n in names]
                pos = counted.end()
                continue
        group_end = _group_party_end(text, pos, b, ent)
        if group_end is not None:  # 与5家社工机构签订: the group signs as no one body
            if items and items[-1].place_code is not None and text[pos - 1] not in "、和与及同跟":
                items.pop()  # 柯城区各社区: the place the group is of signs nothing either
            pos = group_end
            sep = _JOINER.match(text, pos, b)
            pos = sep.end() if sep else pos
            continue
        if ent is None:
            rest = text[pos:b]
            group = _GROUP.match(rest)
            if group:
                if ctx is not None:
                    items += _expand_group(group, places_seen, ctx)
                pos = b
                break
            if _FILLER.fullmatch(rest.strip()) or not rest.strip():
                break
            return None
        kind, end, ref, place = ent
        starts = _place_starts(found)
        if pos in starts:  # 北京、天津、河北三地社会工作行业协会
            p_end, p_place = starts[pos]
            g = _GROUP.match(text[p_end:b])
            if g and (kind == "place" or g.group("n")):  # (甲市、乙市社会工作协会, no count: a shared head)
                places_seen.append((text[pos:p_end], p_place))
                items = [i for i in items if i.place_code is None]  # members, not signers
                if ctx is not None:
                    items += _expand_group(g, places_seen, ctx)
                pos = b
                break
        if kind == "place":
            places_seen.append((text[pos:end], place))
        items.append(ref)
        pos = _past_signer(text, end, found)
        sep = _JOIN.match(text[pos:b])
        if sep:
            pos += sep.end()
    if not items and pos >= b:
        return None if ctx is None else []
    return _share_head(items)


@cache
def _tail() -> re.Pattern:
    """Adverbs and 代表双方 between the signatories and the verb (A与B分别代表双方签订)."""
    # (代表两地民政部门: whose bodies, named after the word)
    return re.compile(r"(?:(?:%s|代表[两三四][地市县区省方])(?:[\u4e00-\u9fff]{0,8}?(?:部门|单位|政府|机构|组织|协会|局|厅))?|%s)+$"
                      % (lexicon.alternation("sign_behalf.txt"), _ADVERBS))


@cache
def _date_tail() -> re.Pattern:
    """A与B于5月8日 / 昨天下午签订: the day written between the signatories and the verb."""
    days = "|".join(sorted(lexicon.table("relative_days.txt"), key=len, reverse=True))
    return re.compile(r"(?:于|在)?(?:(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}[日号])?|(?:19|20)\d{2}年|%s)"
                      r"(?:上午|下午|晚上|晚间)?$" % days)


def _list_end(text: str, pos: int, b: int) -> int:
    """Where the signatories before b end: adverbs, 代表双方, a venue (在大理) and a day
    passed over, in any order (A与B代表双方在大理签订)."""
    while True:
        tail = _tail().search(text, pos, b)
        venue = _VENUE.search(text, pos, b)  # A、B和C在大理签订: the venue is not a signatory
        if venue and places.inside_place(text, venue.start()):
            venue = None  # 与红桥区西于庄街道办事处签订: 于 of a place's name opens no venue
        day = _date_tail().search(text, pos, b)
        cut = min((m.start() for m in (tail, venue, day) if m and m.start() > pos), default=b)
        if cut >= b:
            return b
        b = cut


@cache
def _group_start() -> re.Pattern:
    return re.compile(r"(?:%s|(?:\d+|[两二三四五六七八九十百几数]+)(?:家|个|所|支))(?=[\u4e00-\u9fff])" % lexicon.alternation("group_parties.txt"))


def _group_party_end(text: str, pos: int, b: int, ent) -> int | None:
    """Where a party named as a group (各区县民政局, 5家社工机构, 相关部门) that starts at
    pos ends; None where the party at pos is one body."""
    if not _group_start().match(text, pos, b):
        return None
    if ent is not None:
        return ent[1]
    # (各县(市、区)委社会工作部: the 、 of a bracketed aside joins no parties)
    unbracketed = re.sub(r"\([^()]*\)", lambda m: "▫" * len(m.group()), text)
    sep = _JOINER.search(unbracketed, pos, b)
    return sep.start() if sep else b


@cache
def _anaphor() -> re.Pattern:
    """协会与…, 学院还与…: a word of lexicon/org_anaphora.txt opening the list of signatories."""
    words = sorted(lexicon.table("org_anaphora.txt"), key=len, reverse=True)
    return re.compile(r"(%s)(?:还|也|又|并|先后)?(?:与|和|、|同)" % "|".join(words))
_COUNTED = re.compile(r"(?P<names>[^\W\d_等、和及]{2,6}(?:[、和及][^\W\d_等、和及]{2,6})+)等?"
                      r"(?P<n>\d+|[两二三四五六七八九十]+)个(?P<head>社区|村|街道|乡镇|镇|学校|医院|机构|单位)")


def _past_signer(text: str, i: int, found) -> int:
    """X大学副院长甲与Y局局长乙签署: a person signing for the organisation named before
    them; the organisation is the signatory, the title and name are passed over."""
    person = _titled_person(text, i, found)
    return person.end if person else i


def _signer_after_anaphor(text: str, i: int, found):
    """学院党委书记甲与…签订: the person titled after a bare head (学院, 中心) at i."""
    for word in sorted(lexicon.table("org_anaphora.txt"), key=len, reverse=True):
        if text.startswith(word, i) and (person := _titled_person(text, i + len(word), found)):
            return person
    return None


def _titled_person(text: str, i: int, found):
    """The person named after the title(s) that start at i (副院长甲, 党委书记兼院长甲)."""
    by_start = {r.start: r for r in found.roles}
    j = i
    while j in by_start:
        j = by_start[j].end
        if text.startswith(("、", "兼"), j) and j + 1 in by_start:
            j += 1
    return mentions.person_at(text, j) if j != i else None


def _place_starts(found) -> dict:
    return {p.start: (p.end, p.candidates[0]) for p in found.places}


def _entities_in(found, a: int, b: int) -> dict:
    """Start -> (kind, end, OrgRef, place) of organisations and places inside [a, b)."""
    out = {}
    for p in found.places:
        if a <= p.start and p.end <= b:
            place = p.candidates[0]
            out[p.start] = ("place", p.end, OrgRef(p.text, "government", place.code), place)
    for o in found.orgs:
        if a <= o.start and o.end <= b:
            old = out.get(o.start)
            if old is None or old[1] < o.end:
                out[o.start] = ("org", o.end, OrgRef(o.name, o.kind), None)
    return out


def _share_head(items: list[OrgRef]) -> list[OrgRef]:
    """北京市通州区、…、河北省廊坊市民政局: bare places take the last item's head, those that
    run up to it after another party too (X协会与南平市、龙岩市社会工作协会)."""
    if len(items) < 2 or items[-1].place_code is not None:
        return items
    last = items[-1].name
    bare = len(items) - 1
    while bare > 0 and items[bare - 1].place_code is not None and not _community(items[bare - 1].place_code):
        bare -= 1
    for p in places.find_places(last)[:1]:
        head = last[p.end:] if p.start == 0 else ""
        if head and bare < len(items) - 1:
            return items[:bare] + [OrgRef(i.name + head, items[-1].kind) for i in items[bare:-1]] + [items[-1]]
    return items


def _community(code: str) -> bool:
    """A community or village signs as itself (东新巷社区与X大学): it takes no body's head."""
    place = places.lookup(code)
    return place is not None and place.level == places.COMMUNITY


def _expand_group(group: re.Match, named: list, ctx: _Context) -> list[OrgRef]:
    """三地民政部门 / 川渝民政部门 -> one body per region."""
    regions = [p for _, p in named] or ctx.region_group
    n = group.group("n")
    if n:
        want = numerals.count(n)
        if want and want != len(regions):
            return []
    head = group.group("head")
    out = []
    written = [w for w, _ in named] or [r.name for r in regions]
    for w, region in zip(written, regions):
        ref = _member(region, w, head, ctx)
        if ref:
            out.append(ref)
    return out


def _member(region: places.Place, written: str, head: str, ctx: _Context) -> OrgRef | None:
    forms = {region.name} | places.gazetteer().names.get(region.code, set())
    civil = head.startswith("民政")
    for name in ctx.doc_orgs:
        if re.search(r"[两二三四五六七八九十\d]+地", name):
            continue  # the group phrase itself, read as a name
        if any(name.startswith(f) for f in forms):
            rest = name[max(len(f) for f in forms if name.startswith(f)):]
            if civil and rest.startswith("民政") and len(rest) <= 4:
                return OrgRef(name, "government")
            if not civil and ("社会工作" in rest or "社工" in rest) and rest.endswith(("协会", "联合会", "促进会")):
                return OrgRef(name, "association")
    if civil:
        body = "民政厅" if region.name.endswith(("省", "自治区")) else "民政局"
        place = written if places.find_places(written) else region.name
        return OrgRef(place + body, "government")
    return None
