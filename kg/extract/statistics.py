"""Observations: a region reports a figure.

Every quantity that carries a unit (or 万/亿) is a candidate:

    REGION … INDICATOR (超过|不到|约…)? NUMBER(多|余)?(万|亿)?UNIT(以上|左右)?   持证社工超过5000人
    REGION … (有|培养…) NUMBER UNIT INDICATOR                               有70多家社工机构
    NUMBER UNIT MOD、NUMBER UNIT MOD 和 NUMBER UNIT MOD HEAD              24个省级、97个地市级…组织

It becomes an observation when its indicator names something the sector counts (a
word of lexicon/indicators.txt) or it is money. The region is the nearest place named
before it in the sentence (one standing alone before one inside an organisation's
name), else the last place the document named; 全市/全省 refer back, 全国/我国 are the
nation. The year is the one its clause states (2013年以前 -> 2012, 两年前 -> two years
before the article), else the sentence's opening year, else the article's year; 到2020年
makes a target.
"""
from __future__ import annotations

import re
from functools import cache
from collections import Counter
from dataclasses import dataclass, replace
from collections.abc import Iterator

from kg import lexicon, mentions, numerals, places, resolve, segment
from kg.facts import Evidence, Observation, PlaceRef
from kg.article import Article
from kg.ingest import Document
from kg.segment import Sentence

RULES = (  # every rule's name, as facts, kg eval and lexicon/confidence.tsv know it
    ("indicator-value", "REGION … INDICATOR (超过|约…)? N UNIT"),
    ("count-noun", "(有…) N UNIT NOUN, the noun a word the sector counts"),
    ("counted-noun", "(有|建成…) N UNIT NOUN, any plain noun a region has"),
    ("respectively", "甲和乙分别为N和M; 甲、乙均在N以上: each place listed takes its figure"),
    ("broken-down", "…看,甲区N人、乙县M人: places each with a bare figure break down a whole told before"),
    ("activity", "VERB… N 人次/场次/小时: what was done, whatever the words"),
    ("changed-to", "INDICATOR由N增长到M: M, the figure now"),
    ("baseline", "INDICATOR达N,较YEAR年初M / 比去年的M: M, in the year compared with"),
    ("share", "INDICATOR达N人,占常住人口的P%: the share of the figure before in what 占 names"),
    ("growth", "INDICATOR达N人,比上年增长P% / 比上年新增M人 / INDICATOR同比下降P%: how much the figure grew or fell"),
    ("places-reached", "(在|完成) N个 PLACE-KIND(…): how many places a programme reached"),
    ("done-noun", "(出台|选派…) N UNIT NOUN: what a region's bodies made or did"),
    ("plain-indicator", "REGION … WORDS N UNIT, the words no word of the sector"),
    ("table-row", "YEAR WORDS(单位:UNIT) over lines PLACE N: a table written as text, a figure a line"),
)
RULE_NAMES = frozenset(name for name, _ in RULES)


_UNITS = "|".join(re.escape(u) for u in sorted(lexicon.table("units.txt"), key=len, reverse=True))
_QUANTITY = re.compile(
    r"(?<![\d.第每])(?P<num>\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+|(?<=[近上逾过])万(?=[余多]?[人名户元]))(?P<a1>多|余)?"
    r"(?P<mag>千万|百万|万亿|万|亿)?(?P<a2>多|余)?"
    rf"(?P<unit>{_UNITS})?(?P<post>以上|以下|左右|上下)?")
_NOT_AFTER = re.compile(r"^(?:年|月|日|号|岁|周岁|届|点|时|分|小时|天|\.|\d)")
_MAG = {"万": 1e4, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万亿": 1e12}
_UNIT_ALIAS = {"位": "人", "成": "%"}  # 四成 is 40%
_TENTHS = re.compile(r"(?:[一二两三四五六七八九]|\d)成(?![立为员功果效熟本都长绩就型])")  # 四成, 4成; not 建成, 一成员
_SAME_COUNT = {"名": "人"}  # 450人 and later 450名: one figure told twice
_AVERAGE_PER = re.compile(r"平均每个?[\u4e00-\u9fff]{1,3}")  # 平均每站, 平均每个社区: an average, no norm
_MEASURE_OF = frozenset("人数 数量 总数 总量 规模 人员 平均年龄".split())  # a measure of what the figure before counts
_GREATER = re.compile(r"((?<!不)超过|(?<!不)超|逾|突破|(?<!不)多于|(?<!不)高于|以上|不少于|不低于|至少)了?$")
_LESS = re.compile(r"(不到|不足|少于|低于|未满|未达|以下|不超过|不高于|不多于|最多)$")
_ABOUT = re.compile(r"(约有|约为|约|近|将近|大约|接近|近乎|左右)$")
_ONLY = re.compile(r"(仅有|只有|仅|只|共有|共)$")
# 分别为…; 分别建成9个、7个 and 分别投入项目资金520万元、310万元, whose words name the figures
_RESPECTIVELY = re.compile(r"(?:分别|依次)(?:为|是|达到|达|约为|约|(?P<words>[\u4e00-\u9fff]{1,12}?)(?=\d)|有)")  # (分别有持证社工12人: words)
_CLAUSE = re.compile(r"[,;:()、]")
_LEAD = re.compile(
    r"^(?:目前|现有|已有|共有|还有|已经|已|就|仅有|只有|仅|只|共计|总计|共|其中|全年|上半年|下半年|前三季度|全市|全省|全国|全区|全县|全镇|全乡|全街道|该街道|等地|等|"
    r"(?:今年|去年|近年|近几年)?以来|近年来|(?:今|明)?年[底末]|首次|首度|再次|今年|去年|截至|截止|至今|当前|现在|内|的|有|拥有|达|为|其|该市|该省|本市|本省|我市|我省|而|并|且|但|"
    r"(?:19|20)\d{2}年(?:以前|之前|以来|底|末)?|[一二两三四五六七八九十\d]+年前|到|至|要|将|力争|争取|[两三四五六七八九十]个(?:街道|镇|乡|县|区|市)(?=[\u4e00-\u9fff]))+")
_TRAIL = re.compile(
    r"(?:的|将|将会|可|达|达到|为|有|不超过|不高于|不多于|超过|超|逾|突破|不到|不足|约|近|将近|增加到|增至|增长到|提高到|发展到|扩大到|要|就|已经|已|"
    r"仅有|仅|只有|是|共|共计|累计|中|也|都|还|总计|约有|大约|接近|了|不少于|不低于|至少|(?<!通)过|(?<![线网会以])上|"
    r"力争|争取|预计|计划|保持在|稳定在|维持在)+$")
_TARGET = re.compile(r"(?<![截长加高升展大])(?:到|至)(?:19|20)\d{2}年|力争|目标|计划|预计|将达到|要达到|要(?:实现|确保|推动)|规划|下一步|拟|将(?!近)")
_YEAR = re.compile(r"((?:19|20)\d{2})年(以前|之前|前)?")
_YEARS_AGO = re.compile(r"([一二两三四五六七八九十\d]+)年前")
_REFER = {"全市": 2, "本市": 2, "该市": 2, "我市": 2, "全省": 1, "本省": 1, "该省": 1, "我省": 1,
          "全州": 2, "本州": 2, "全区": 3, "本区": 3, "该区": 3, "我区": 3, "自治区": 1,
          "全县": 3, "本县": 3, "该县": 3, "我县": 3,
          "全镇": 4, "本镇": 4, "该镇": 4, "全乡": 4, "本乡": 4, "该乡": 4, "全街道": 4, "该街道": 4, "本街道": 4}


def extract(art: Article) -> Iterator[Observation]:
    seen: dict[tuple, list[str]] = {}  # each figure read: the indicators it was read with
    read = []
    context = _RegionContext(art)
    title = segment.fold_width(art.doc.title or "")
    for s, found in art:
        context.before(s)
        headline = s.text == title
        row = _table_row(art.doc, s, found, context)
        context.table = _table_header(s.text, art.doc.year) or (context.table if row else None)
        for obs in row or _observations(art.doc, s, found, context, headline):
            context.run.append(obs)
            if not places.PARTS_OPENING.search(s.text, 0, obs.evidence.span_start - s.start):
                context.wholes.append(obs)  # (a part told after 其中 or 分区域看 breaks down no other figure)
            context.told.add(obs.value)
            context.previous = obs
            # one figure told twice (its year stated the first time only) is one figure
            key = (obs.region.code, obs.value, _SAME_COUNT.get(obs.unit, obs.unit), obs.kind)
            if not any(obs.unit != "%" or _same_thing(obs.indicator, told) for told in seen.get(key, [])):
                seen.setdefault(key, []).append(obs.indicator)
                read.append((obs, headline))
        context.after(s, found)
    yield from (obs for obs, headline in read if not (headline and _rounds_a_figure(obs, read)))


_REACHED = re.compile(r"(?:达到|达|增至|增加到|升至|为)")


def _in_another_unit(text: str, q: re.Match, before: list) -> bool:
    """居民4260户、1.12万人: the figure right before, joined by 、, counted in another unit."""
    return bool(before) and before[-1].end() == q.start() - 1 and text[q.start() - 1] == "、" \
        and before[-1].group("unit") not in (None, q.group("unit"))


def _same_unit(a: str, b: str) -> bool:
    return _SAME_COUNT.get(a, a) == _SAME_COUNT.get(b, b)


def _same_thing(indicator: str, told: str) -> bool:
    """Two indicators of one share name one thing unless they share no two characters in a
    row (持证社工比例 35% and 注册志愿者占常住人口比例 35% do share 比例: compare without it).
    A count told again is often named anew (120支 … 这120支义工队伍): one value, one figure."""
    a, b = (re.sub(r"比例|比重|占比|人数|数量|总数", "", w) for w in (indicator, told))
    return not a or not b or any(a[k: k + 2] in b for k in range(len(a) - 1))


def _rounds_a_figure(obs: Observation, read) -> bool:
    """注册志愿者突破28万人 in the headline, 28.3万人 in the body: the headline rounds the body's figure."""
    return obs.qualifier in (">", "~", "<") and any(
        not headline and o.region == obs.region and o.unit == obs.unit and o.kind == obs.kind
        and _same_thing(obs.indicator, o.indicator)  # (慈善总会去年募集善款, 市慈善总会共募集善款)
        and o.value != obs.value and abs(o.value - obs.value) <= 0.1 * o.value for o, headline in read)


class _RegionContext:
    def __init__(self, art: Article):
        self.all = list(art.places)
        self.publisher = art.publisher  # (来源:X市民政局: the 市 of 市民政局)
        # what the article is about: its places, not those a school is named after (湖南工业大学 in 株洲)
        self.about = [self.place(p) for f in art.found for p in f.places  # (西江镇 of the 雷山县 named)
                      if not any(o.kind == "university" and o.start <= p.start and p.end <= o.end for o in f.orgs)]
        self.main: dict[int | None, places.Place | None] = {}  # article_place, by level
        self.last: places.Place | None = None
        self.age = 0
        self.by_level: dict[int, places.Place] = {}
        self.figure_region: places.Place | None = None  # of the last figure read
        self.run: list[Observation] = []  # the figures read in this sentence, and before its ；
        self.wholes: list[Observation] = []  # every figure read so far not told as a part (其中…)
        self.told: set[float] = set()  # the values of every figure read so far
        self.previous: Observation | None = None  # the figure read last
        self.table: _Table | None = None  # the table open, if one is
        self.scope_year: int | None = None  # 截至2022年底, …; carried over a ；
        self.stated_before: int | None = None  # the year the sentence before stated
        self.plan_year: int | None = None  # the year of the plans a heading (2026年重点工作) opened
        self.scope_target = False  # 到2027年,…；…: the plan goes on over a ； too
        self.doc_year = art.doc.year
        self.text = art.doc.text
        self.title = segment.fold_width(art.doc.title or "")
        self.paragraph_year: int | None = None  # as of the date a paragraph opened with
        self.scope: places.Place | None = None  # the place a 全省/全市 of this paragraph meant
        self.carried = False  # the sentence before went on over a ；, its figures' place with it
        self.paragraph_end = 0
        self.report_year: int | None = None  # the year the article last opened a sentence with
        self.reviewed = _reviewed_year(art.doc)  # 发布2021年度数据, dated 2022: the year reported on

    def place(self, mention) -> places.Place:
        return places.choose(list(mention.candidates), self.all)

    def after(self, s: Sentence, found) -> None:
        named = _standalone(found) or _places(found)  # (not 全国 opening an exam's name)
        self.age += 1
        for p in named:
            self.note(self.place(p))
        self.last = _list_holder(s.text, named, self) or _part_holder(s.text, named, self) or self.last
        # a sentence cut at ；goes on in the next: its region and its as-of year with it
        goes_on = s.text.rstrip().endswith(";")
        self.carried = goes_on and self.figure_region is not None and not named
        if self.carried:
            self.note(self.figure_region)
        as_of = list(_AS_OF.finditer(s.text))
        opening = _opening_years(s.text, len(s.text))
        target = _OPENING_TARGET.match(s.text)
        stated = _as_of_year(as_of[-1], self.doc_year) if as_of else opening[-1] if opening \
            else int(target.group(1)) if target else self.scope_year
        self.scope_year = stated if goes_on else None  # 2021年,全市…；…: the year goes on too
        self.stated_before = stated  # what a next sentence opening on 其中 breaks down is of this year
        self.run = self.run if goes_on else []
        self.scope_target = goes_on and (bool(target) or self.scope_target and not as_of and not opening)
        # 截至2022年底,全区…。 opening a paragraph: its later sentences' figures are as of then too
        opened = as_of[0] if as_of and as_of[0].start() <= 8 else None
        self.paragraph_year = _as_of_year(opened, self.doc_year) if opened else self.paragraph_year
        # …and it, like 2021年,… opening a sentence, is the year a later 全年 means
        self.report_year = opening[0] if opening else _as_of_year(opened, self.doc_year) if opened \
            else self.report_year
        self.paragraph_end = s.doc_offset(len(s.text))
        self.figure_region = None

    def before(self, s: Sentence) -> None:
        """A new paragraph ends the year and the scope (全省) its sentences set; a sentence opening on a
        span up to now (…以来,) is as of the article's date from there on."""
        if "\n" in self.text[self.paragraph_end: s.doc_offset(0)]:
            self.paragraph_year = self.scope = None
        if _HEADING.match(s.text):  # 二、2026年重点工作: the plans of that year follow, to the next heading
            plan = _PLAN_HEADING.search(s.text)
            self.plan_year = int(plan.group(1)) if plan else None
        if _SINCE_OPENING.match(s.text):
            self.paragraph_year = self.doc_year  # 项目自2022年启动以来,已累计…: totals as of the article's day

    def unwritten_year(self, text: str, i: int, kind: str) -> int | None:
        """The year of a figure whose clause states none: carried over a ；, 全年 of the
        report's year, the paragraph's as-of date, else the year the article reviews (a
        target's is the article's own: 全年力争…)."""
        parted = self.stated_before if text.startswith("其中") else None  # 2014年,…。其中,…: its parts, then
        planned = self.plan_year if kind == "target" else None  # under 二、2026年重点工作
        return self.scope_year or parted or planned or self.whole_year(text, i) or self.paragraph_year \
            or (self.reviewed if kind == "actual" else None)

    def whole_year(self, text: str, i: int) -> int | None:
        """全年共支出…: the year a report opened with (2017年,全省…), if the clause says 全年."""
        return self.report_year if "全年" in _clause(text, i) else None

    def in_autonomous_region(self) -> bool:
        """The article's province-level place is an autonomous region, and no district
        has been named since (a county is no 区: in a county's article 全区 is the region)."""
        top, county = self.by_level.get(1), self.by_level.get(3)
        if top is None and (named := self.article_place()) is not None:
            top = _of_level(named, 1)  # an article naming only 桂林市: its province, 广西壮族自治区
            county = county or _of_level(named, 3)
        return top is not None and top.name.endswith("自治区") and not (county and county.name.endswith("区"))

    def region_said(self, text: str, i: int) -> bool:
        """据自治区民政厅统计,…全区: the sentence names the autonomous region the article is in
        before i, so its 全区 is the region even where the article is about a district."""
        top = self.by_level.get(1) or (_of_level(self.article_place(), 1) if self.article_place() else None)
        return top is not None and top.name.endswith("自治区") and "自治区" in text[:i]

    def article_place(self, level: int | None = None) -> places.Place | None:
        """The place the article names most (of that level, 全市 2, 全省 1), of a tie the one
        its title names: what a figure with no place in reach belongs to."""
        if level not in self.main:  # asked for every figure without a place: counted once
            counts = Counter(p for p in self.about if p.level and (level is None or _of_level(p, level) == p))
            titled = {p for p in counts if p.name in self.title}
            if level is None and len(titled) == 1:  # the one place the title names
                self.main[level] = titled.pop()
                return self.main[level]
            top = [p for p, n in counts.items() if n == max(counts.values())]
            named = [p for p in top if p.name in self.title]  # a tie: the one the title names
            self.main[level] = top[0] if len(top) == 1 else named[0] if len(named) == 1 else None
        return self.main[level]

    def recent(self) -> places.Place | None:
        """The place the sentence just before named, if it named one."""
        return self.last if self.age == 0 else None

    def note(self, place: places.Place) -> None:
        self.last, self.age = place, 0
        if place.level == 1 and place.name.endswith("市"):  # 全市 of a municipality, not 全省
            self.by_level[2] = place
        else:
            self.by_level[place.level] = place


_SINCE_OPENING = re.compile(r"[^,;:。]{0,30}?(?:以来|至今)[,:]")  # a sentence opening on a span up to now


# 2021年度…数据, 2019年社会工作发展情况通报, 2024年度全区志愿服务数据: a report on a year
_REVIEW = re.compile(r"((?:19|20)\d{2})年度?[^,;:。\n]{0,16}?(?:总结|综述|通报|公报|情况|数据|回顾|盘点|成绩单|年报|报告|白皮书)")
# 2024年是…。一年来: a meeting early in a year summing up the year before
_SUMS_UP = re.compile(r"((?:19|20)\d{2})年是[^。\n]{2,40}。(?:一年来|过去一年)")
# 2026年政府工作报告: delivered early in its year, a work report reviews the year before
_WORK_REPORT = re.compile(r"((?:19|20)\d{2})年[^,;:。\n]{0,6}?政府工作报告")


# 记者从市民政局获悉,2022年,全市…: the first paragraph opens on the year it reports
_OPENING_REVIEW = re.compile(r"(?:^|\n)\s*(?:[^,，。\n]{1,20}[,，])?(?:截至|截止)?((?:19|20)\d{2})年(?:底|末)?[,，]")


def _reviewed_year(doc: Document) -> int | None:
    """An article that reports on the year before its own: that year, where its title or
    first lines name it as a report's (2021年度…数据, 2019年…情况通报) and name no other, or,
    in the first half of the next year, where the first paragraph opens on it; else None."""
    if doc.year is None:
        return None
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()]
    head = "\n".join([doc.title or "", *lines[:9]])[:600]
    if (report := _WORK_REPORT.search(head)) and int(report.group(1)) == doc.year:
        return doc.year - 1
    years = {int(m.group(1)) for m in _REVIEW.finditer(head)}
    early = doc.date is not None and len(doc.date) >= 7 and doc.date[5:7] <= "06"
    summed = {int(m.group(1)) for m in _SUMS_UP.finditer(head)}
    if early and summed == {doc.year - 1} and years <= {doc.year - 1}:
        return doc.year - 1
    first = next((line for line in lines[:9] if len(line) >= 40), "")  # the first paragraph
    opened = {int(m.group(1)) for m in _OPENING_REVIEW.finditer(first)} if early else set()
    return doc.year - 1 if years == {doc.year - 1} or not years and opened == {doc.year - 1} else None


def _standalone(found):
    """Places that stand for themselves: not inside an organisation's name, and not 全国
    naming an exam, meeting or award (全国社会工作者职业水平考试)."""
    spans = [(o.start, o.end) for o in found.orgs]
    return [p for p in _places(found) if not any(a <= p.start and p.end <= b for a, b in spans)]


# 新华社成都5月8日电, 本报杭州讯: where the reporter filed from, not what the figures are of
_DATELINE = re.compile(r"\d{1,2}月\d{1,2}日电|电\(|讯")


def _places(found):
    """The sentence's places, less 全国 where it begins a name (全国…考试) and less a
    dateline's city."""
    text = "".join(w for w, _, _ in found.tokens)
    return [p for p in found.places
            if not _names_national(text, p) and not _DATELINE.match(text, p.end) and not _quoted_in_name(text, p)]


def _names_national(text: str, p) -> bool:
    """全国 opening a name (报名参加全国…考试): part of the words, no place."""
    return p.candidates[0].level == 0 and bool(_NATIONAL_NAME.match(text, p.end))


def _quoted_in_name(text: str, p) -> bool:
    """在“志愿新疆”平台注册: a place inside a quoted name of more words is part of that name."""
    opened, closed = text.rfind("“", 0, p.start), text.rfind("”", 0, p.start)
    end = text.find("”", p.end)
    return opened > closed and end >= 0 and (end - opened - 1) > len(p.text) and end - opened <= 16


_NATIONAL_NAME = re.compile(r"[^,;:。]{0,14}?(?:考试|证书|大会|会议|论坛|评选|表彰|比赛|大赛|奖|示范|先进|标兵|优秀|典型)")


def _observations(doc: Document, s: Sentence, found, ctx: _RegionContext,
                  headline: bool = False) -> Iterator[Observation]:
    text = _masked(s.text, headline)
    prev: Observation | None = None
    quantities = [q for q in _QUANTITY.finditer(text) if _is_quantity(text, q)]
    respective = _respective(text, found, quantities)
    respective_nouns = _respective_nouns(text, found, quantities)
    unpaired = _unpaired(text, found, quantities)
    broken = _broken_down(text, found, quantities, ctx)
    changed_from = None  # 人数由893人增长到2204人: the figure now is the second, named before the first
    for i, q in enumerate(quantities):
        value = _value(q)
        if value is None:
            continue
        came_from = _FROM.search(text, 0, q.start())
        if came_from and _CHANGE_TO.match(text, q.end()):
            changed_from = _clean(_prefix(text, q, found, quantities[i - 1] if i else None)
                                  [: came_from.start() - q.start()])
            start = _from_year(text, came_from, q, doc.year)
            if start is not None and changed_from and (region := _region(text, q.start(), found, ctx)):
                # 从2018年的3100人增加到…: the starting figure, in the year it is given for
                yield Observation(PlaceRef(region.code, region.label), changed_from, value,
                                  _unit(q) or "",
                                  _qualifier(text, q), start, "actual",
                                  Evidence.of(s, came_from.start(), q.end(), "statistics." + _named("baseline")))
            continue
        shared = _share_of(s, text, q, prev) or _share_respectively(s, text, q, quantities, ctx)
        if shared is not None:  # 注册志愿者达到28.3万人,占常住人口的30.5%
            prev = shared
            yield shared
            continue
        changed = _growth_respectively(s, text, q, quantities, ctx)
        if changed is not None:  # 活动4200场、时长38万小时,分别比去年增长18%、22%
            yield changed
            continue
        whole = _outside_aside(s, text, q, prev, ctx)  # the figure a change or a comparison is of
        grew = _change_words(text, q)
        if grew:  # 持证社工达到9736人,较上年增长21.4% / 比上年新增217家: a change, not a level
            change = _growth(doc, s, text, q, grew, whole, quantities[i - 1] if i else None, found, ctx)
            if change is not None:
                yield change
            continue
        compared = _compared_with(s, text, q, whole, doc.year)
        if compared is not None:  # 机构达85家,较2018年初30家 (not the figure before for what follows:
            yield compared        # 增长76% is the level's change)
            continue
        if q.start() in respective:  # 甲市和乙市分别为4800人和3600人: the figure before names it
            unit = _unit(q)
            if (prev is None or prev.unit != unit or _words_name_them(text, q)) and q.start() == min(respective):
                # 甲区、乙区的覆盖率分别达到100%、92%: no figure before; the words before 分别 name it
                first = _first_respective(doc, s, text, q, respective[q.start()], list(respective.values()), ctx)
                if first is not None:
                    prev = first
                    yield first
                continue
            if prev is not None and prev.unit == unit:
                region = ctx.place(respective[q.start()])
                prev = replace(prev, region=PlaceRef(region.code, region.label), value=value,
                               qualifier=_qualifier(text, q),
                               year=_year(text, q.start(), doc.year, ctx.unwritten_year(text, q.start(), prev.kind)),
                               evidence=Evidence.of(s, respective[q.start()].start, q.end(),
                                                    "statistics." + _named("respectively")))
                yield prev
            continue
        if q.start() in respective_nouns:  # 本科生、研究生分别为312人和186人: each noun its figure
            counted, at = respective_nouns[q.start()]
            obs = _respective_figure(doc, s, text, q, _clean(counted), _region(text, at, found, ctx), at, ctx)
            if obs is not None:
                prev = obs
                yield obs
            continue
        if q.start() in unpaired:
            continue  # 伊川县、龙门区、栾川县…分别为: a list we cannot pair
        each = _each(doc, s, text, q, found, ctx)
        if each:  # 山丹县、民乐县投入均在200万元以上: every place listed has it
            prev = each[-1]
            yield from each
            continue
        if _PARTITIVE.match(text, q.end()) and value in ctx.told or _DEMONSTRATIVE.match(text, q.end()):
            continue  # 73个站点中,由机构运营的46个: the whole told again, to part it; 6个这个…
        noun = _noun_after(text, q)
        if noun is not None and _continues_list(text, q, quantities[i + 1:]):
            noun = noun.rstrip("、和及与") + _list_head(text, quantities[i + 1:])
        elif noun is not None:
            noun = noun.rstrip("和及与") or None  # 10个指导中心和1099个社工室: two figures
        if noun in _EXAM_VERBS and "考试" in text[:q.start()] and _unit(q) in ("人", "名"):
            noun += "考试"  # 1276人报名参加…考试,402人通过: the exam the sentence named
        if _RANGE_END.match(text, q.end()):
            continue  # 从2000元到5000元不等: the ends of a range, not a figure
        if _ATTENDING.match(text, q.end()) or (noun and _CAME_TO.match(text, q.end() + len(noun))) \
                or _ONE_PERSON.match(text) or _ONE_PERSON.match(text, _evidence_start(text, q.start())):
            continue  # 各单位负责人共60多人参加了会议: who came, not what a region has
        if _meetings_held(text, q, noun):
            continue  # 召开3场交流会: the meetings a body held, not a region's figure
        if _PER_UNIT.search(_clause(text, q.start())):
            continue  # 每个社区至少2名: a norm for each unit, not what the region has
        if _PER_HEAD.search(text, _evidence_start(text, q.start()), q.start()):
            continue  # 对首次取证的人员分别给予2000元、5000元: what each is given, no total
        if _own_figure(text, q.start(), found):
            continue  # X社会工作服务中心承接项目11个, 该中心现有督导5名: one agency's, not the region's
        prefix = _clean(_prefix(text, q, found, quantities[i - 1] if i else None))
        if noun and q.group("unit") == "元" and _names_money(prefix):
            noun = None  # 安排资金3500万元支持…: the money is named before it, its purpose after
        noun_end = q.end() + len(noun or "")
        if noun and q.group("unit") in ("家", "所", "个") and (where := _where_done(prefix, noun)):
            noun, prefix = where, ""  # 医务社会工作在28家医院开展: the bodies where the work is done
        rule = "count-noun" if noun else "indicator-value"
        if noun:
            having = _HAVING.fullmatch(text[_evidence_start(text, q.start()): q.start()])
            done = _done(text[_evidence_start(text, q.start()): q.start()])
            if _places_reached(text[q.end():], q):
                rule = "places-reached"
                kind = noun.rstrip("▫")  # 118个乡镇(街道)均已建成社工站: the kind's aside, masked
                if kind in _PLACE_TYPES and (held := _held_by_each(text, noun_end)):
                    noun, noun_end = kind + held[0], held[1]
            elif not _is_indicator(noun, q.group("unit") or ""):
                if not _counted_noun(noun) or not (having or done):
                    continue  # the counted thing must be one the sector counts, or one a region has or made
                rule = "counted-noun" if having else "done-noun"
            prefix = done if rule == "done-noun" else prefix if len(prefix) <= 4 else ""
        indicator = _clean(prefix + (noun or ""))
        since = 0  # where the figure's year may be stated: its clause, or after the figure it grew from
        if changed_from and not noun and _CHANGE_TO.fullmatch(text, quantities[i - 1].end(), q.start()):
            indicator, rule, since = changed_from, "changed-to", quantities[i - 1].end()
        unit = _unit(q) or _unit_from(indicator)
        if unit is None:
            continue
        if _a_word_not_a_count(text, q, value, unit, noun, bool(noun and (having or done))):
            continue  # 建立一个…, 三个阶段
        if not indicator and q.start() in broken:
            indicator, rule = broken[q.start()], "broken-down"  # 分县区看,甲区2130人、…: the whole's parts
        elif not indicator and prev is not None and (prev.unit == unit or _in_another_unit(text, q, quantities[:i])):
            if prev.unit == unit and _qualifier(text, q) in (">", "~") and abs(prev.value - value) <= 0.1 * prev.value:
                continue  # 总数为2010人,首次突破两千人: the figure before, rounded
            indicator = prev.indicator  # 到2020年达到5万人: the clause before named it
        elif not indicator and prev is None and ctx.run and ctx.run[-1].unit == unit and _REACHED.match(text, _evidence_start(text, q.start())):
            indicator = ctx.run[-1].indicator  # 甲市募集善款3120万元；乙县…,达到1080万元: named before the ；
        elif _AVERAGE_PER.fullmatch(indicator) and prev is not None and _same_unit(prev.unit, unit):
            indicator += prev.indicator  # 驻站社工52名,平均每站3.25人: the figure before, per station
        elif indicator in _MEASURE_OF and prev is not None:
            indicator = prev.indicator + indicator  # 志愿服务队伍85支、人数达6000人: the teams' 人数
        elif indicator in _MEASURE_OF:
            indicator = _subject_of(text, q.start(), found) + indicator  # 持证社工…,总数已达: the subject's
        if not _is_indicator(indicator, unit) and rule not in ("counted-noun", "done-noun", "places-reached"):
            if _activity(indicator, unit):
                rule = "activity"  # 累计服务群众18万人次: a count of services rendered is a figure
            elif rule in ("indicator-value", "changed-to") and _plain(indicator) \
                    and not (unit == "%" and _RISES.search(indicator)):
                # 收集群众意见860条: what a region did, in its own words
                rule = "plain-indicator" if rule == "indicator-value" else rule
            else:
                continue
        region = _region(text, q.start(), found, ctx)
        ctx.figure_region = region or ctx.figure_region
        if region is None:
            continue
        kind = _kind(text, q, ctx)
        obs = Observation(
            PlaceRef(region.code, region.label), indicator, value, unit, _qualifier(text, q),
            _year(text, q.start(), doc.year, ctx.unwritten_year(text, q.start(), kind),
                  since), kind,
            Evidence.of(s, _evidence_start(text, q.start()), noun_end,
                        "statistics." + _named(rule)))
        prev = obs
        yield obs


# 2023年各设区市持证社会工作者数量(单位:人): the header of a table written as text, one place a line
_TABLE_HEADER = re.compile(r"(?:(?P<year>(?:19|20)\d{2})年)?(?P<words>[^,;。:()]{2,30}?)\((?:计量)?单位:(?P<unit>[^()]{1,3})\)")
_TABLE_SCOPE = re.compile(r"^(?:全[省市区县]|各|分)(?:设区市|地级市|地市|市州|州市|市|区县|县区|县市区|县\(市、区\)|区|县|乡镇|街道)*")
# 乡镇 驻站社工(名) 服务点(个): a header of columns, the first naming the places of the rows
_COLUMN = re.compile(r"(?P<words>[^\s()\d]{1,20}?(?:\([^()\d]{1,6}\)[^\s()\d]{0,12})?)\((?P<unit>[^()\s\d]{1,3})\)")
_ROWS_OF = re.compile(r"(?:乡镇|乡镇街道|镇街|街镇|街道|地区|县区|区县|县市区|区域|地市|市州|城市|社区|村|村社区)(?:名称|名)?")
# 甲市 212 / 甲区 689人 同比增长21.4%: a row, its unit written under a header that gives none
_TABLE_ROW = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,12})\s+(?P<num>\d+(?:\.\d+)?)(?P<unit>%s)?"
                        r"(?:\s+(?:同比|比上年|较上年)?(?P<verb>增长|增加|提高|下降|减少|降低)(?P<rate>\d+(?:\.\d+)?)%%)?" % _UNITS)
_COLUMNS_ROW = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,12})(?P<nums>(?:\s+\d+(?:\.\d+)?){2,})")


@dataclass(frozen=True)
class _Table:
    """An open table: each column's indicator and unit (None: each line writes its own), and its year."""
    columns: tuple[tuple[str, str | None], ...]
    year: int | None


def _table_header(text: str, doc_year: int | None) -> _Table | None:
    """A table's header line: its words without the places it ranges over (…(单位:人)); a header
    of columns (乡镇 驻站社工(名) 服务点(个)); or a list's lead ending on a colon
    (各地持证社会工作者数量如下(截至2021年底):), the sector's words it names, each line to
    give its unit."""
    m = _TABLE_HEADER.fullmatch(text.strip())
    if m is None:
        return _column_header(text, doc_year) or _list_header(text, doc_year)
    words = _clean(_TABLE_SCOPE.sub("", m.group("words")))
    unit = _UNIT_ALIAS.get(m.group("unit"), m.group("unit"))
    return _Table(((words, unit),), int(m.group("year")) if m.group("year") else doc_year) if words else None


def _column_header(text: str, doc_year: int | None) -> _Table | None:
    cells = text.split()
    if len(cells) < 3 or not _ROWS_OF.fullmatch(cells[0]):
        return None
    columns = [_COLUMN.fullmatch(c) for c in cells[1:]]
    if not all(columns):
        return None
    return _Table(tuple((_clean(c.group("words")), _UNIT_ALIAS.get(c.group("unit"), c.group("unit"))) for c in columns),
                  doc_year)


def _list_header(text: str, doc_year: int | None) -> _Table | None:
    if not text.rstrip().endswith(":"):
        return None
    runs = [m.group() for m in _sector_run().finditer(text)]
    years = _YEAR.findall(text)
    return _Table(((max(runs, key=len), None),), int(years[-1][0]) if years else doc_year) if runs else None


def _table_row(doc: Document, s: Sentence, found, ctx: _RegionContext) -> list[Observation]:
    """甲市 28640 under a table's header: that place's figure of the header's indicator (and
    its change, where a column gives it: 甲区 689人 同比增长21.4%); 甲镇 6 9 under a header of
    two columns: one figure a column."""
    table = ctx.table
    if table is None:
        return []
    text = s.text.strip()
    row = _COLUMNS_ROW.fullmatch(text) if len(table.columns) > 1 else _TABLE_ROW.fullmatch(text)
    if row is None or len(table.columns) == 1 and not (table.columns[0][1] or row.group("unit")):
        return []
    start = s.text.index(row.group("place"))
    place = next((p for p in found.places if p.start == start and p.end == start + len(row.group("place"))), None)
    if place is None:
        return []
    region = ctx.place(place)
    evidence = Evidence.of(s, start, start + len(row.group(0)), "statistics." + _named("table-row"))

    def figure(indicator: str, value: str, unit: str) -> Observation:
        return Observation(PlaceRef(region.code, region.label), indicator, _number(value), unit, "=",
                           table.year, "actual", evidence)

    if len(table.columns) > 1:
        values = row.group("nums").split()
        return [figure(w, v, u) for (w, u), v in zip(table.columns, values)] if len(values) == len(table.columns) else []
    indicator, unit = table.columns[0]
    out = [figure(indicator, row.group("num"), unit or _UNIT_ALIAS.get(row.group("unit"), row.group("unit")))]
    if row.group("rate"):
        out.append(figure(indicator + ("下降率" if row.group("verb") in _FELL else "增长率"), row.group("rate"), "%"))
    return out


def _number(digits: str) -> int | float:
    value = float(digits)
    return int(value) if value.is_integer() else value


@cache
def _sector_run() -> re.Pattern:
    """A run of sector words (持证 then 社工), the longest word first at each step."""
    return re.compile("(?:%s)+" % lexicon.alternation("indicators.txt"))


def _subject_of(text: str, i: int, found) -> str:
    """The sector noun the sentence opens with, before the figure's clause (持证社工 in
    某市持证社工数量连续三年居前列,目前总数已达…), from after its place; '' if none."""
    clause_start = max([m.end() for m in re.finditer(r"[,;:]", text[:i])], default=0)
    run = _sector_run().search(text, 0, clause_start)
    if run is None:
        return ""
    left = max([p.end for p in found.places if p.end <= run.start()]
               + [m.end() for m in re.finditer(r"[,;:]", text[:run.start()])], default=0)
    return text[left: run.end()]


def _masked(text: str, headline: bool = False) -> str:
    """No figures from titles or spans of years (□); an aside of place kinds is read
    through (▫): 260个乡镇(街道)社工站 counts 社工站, 站(点) reads as 站."""
    text = re.sub(r"《[^》]*》|\(\s*(?:19|20)\d{2}[^)]*\)", lambda m: "□" * len(m.group()), text)
    text = re.sub(r"\((?:[乡镇街道村社区市县区州旗、]{1,5})\)", lambda m: "▫" * len(m.group()), text)
    # (an aside without figures is read through: 通过初级(助理社会工作师)考试的有231人)
    text = re.sub(r"\([^()]{1,4}\)|\([^()\d]{5,12}\)", lambda m: "□" * len(m.group()), text)
    if not headline:
        return text
    # 募集善款1.36亿元 设立专项资金: a headline's parts, set apart by spaces, are clauses of their own
    return re.sub(r"(?<=\S)[ \u3000]+(?=[\u4e00-\u9fff“])", lambda m: "," * len(m.group()), text)


def _named(rule: str) -> str:
    assert rule in RULE_NAMES, rule
    return rule


def _respective(text: str, found, quantities) -> dict:
    """甲市和乙市分别为4800人和3600人: the i-th figure after 分别 belongs to the i-th place
    named before it in the clause (figure start -> place mention)."""
    out = {}
    for m, start, figures in _respective_spans(text, quantities):
        # (a place inside a name counts: 甲镇、乙镇社工站分别…; and the clause before, when this
        # one lists none: 甲镇、乙镇社工站服务人次位列前二,分别为…)
        for a in (start, _evidence_start(text, max(start - 1, 0))):
            named = [p for p in _places(found) if a <= p.start and p.end <= m.start()]
            if len(named) >= 2:
                break
        if len(named) >= 2 and len(named) == len(figures):
            out.update({q.start(): p for p, q in zip(named, figures)})
    return out


def _unpaired(text: str, found, quantities) -> set[int]:
    """甲县、乙区、丙县…分别为N、M和K where a name of the list is no place we know: the figures
    cannot be paired with their places, and no one place has them all (figure starts)."""
    out = set()
    for m, start, figures in _respective_spans(text, quantities):
        named = [p for p in _places(found) if start <= p.start and p.end <= m.start()]
        items = len(re.findall(r"[、和及]", text[start: m.start()])) + 1
        if len(figures) >= 2 and items == len(figures) and 1 <= len(named) < items:
            out.update(q.start() for q in figures)
    return out


def _respective_spans(text: str, quantities) -> Iterator[tuple[re.Match, int, list]]:
    """Each 分别 of the sentence, where its clause begins, and the figures after it in the clause."""
    for m in _RESPECTIVELY.finditer(text):
        start = _evidence_start(text, m.start())
        end = next((c.start() for c in re.finditer(r"[,;:。]", text[m.end():])), len(text) - m.end()) + m.end()
        yield m, start, [q for q in quantities if m.end() <= q.start() < end]


def _respective_nouns(text: str, found, quantities) -> dict:
    """本科生、研究生分别为312人和186人: with no place listed, the i-th figure after 分别 counts
    the i-th noun listed before it (figure start -> (noun, its start))."""
    out = {}
    for m, start, figures in _respective_spans(text, quantities):
        if any(start <= p.start < m.start() for p in _standalone(found)):
            continue  # places listed: _respective's
        nouns = _shared_head([(n.start(), n.group()) for n in re.finditer(r"[^、和及与]+", text[start: m.start()])])
        if len(nouns) >= 2 and len(nouns) == len(figures) and all(len(w) >= 2 for _, w in nouns):
            out.update({q.start(): (w, start + i) for (i, w), q in zip(nouns, figures)})
    return out


def _broken_down(text: str, found, quantities, ctx: _RegionContext) -> dict[int, str]:
    """分县区看,甲区2130人、乙县1268人…: two or more places, each right before a bare figure, in
    one list break down a whole told before — the latest figure in that unit of a place holding
    them all and at least their sum (figure start -> its indicator)."""
    items = _place_figures(text, found, quantities)
    if len(items) < 2 or len({_unit(q) for _, q in items}) != 1:
        return {}
    unit = _SAME_COUNT.get(_unit(items[0][1]), _unit(items[0][1]))
    total = sum(_value(q) or 0 for _, q in items)
    gz = places.gazetteer()
    regions = [ctx.place(p) for p, _ in items]
    before = ctx.previous  # 甲区、乙区分别为5128人、4365人。丙县862人,丁县915人: the same breakdown goes on
    if before is not None and _SAME_COUNT.get(before.unit, before.unit) == unit and _siblings(before.region, regions):
        return {q.start(): before.indicator for _, q in items}
    runs = [m.group() for m in _sector_run().finditer(text, 0, items[0][0].start)
            if len(m.group()) >= 3 and not text.startswith("看", m.end())]  # (not 分社区看's 社区)
    if runs:  # 中心城区是持证社工最集中的区域,甲区2315名,乙区1876名: the sector's words before the places
        return {q.start(): max(runs, key=len) for _, q in items}
    for obs in reversed(ctx.wholes):  # (one the sector counts, not an area's name: 渝东南城镇群0.73万人)
        if _SAME_COUNT.get(obs.unit, obs.unit) == unit and obs.value >= total \
                and _is_indicator(obs.indicator, obs.unit) \
                and all(obs.region.code in {a.code for a in gz.ancestors(r)} for r in regions):
            return {q.start(): obs.indicator for _, q in items}
    return {}


def _siblings(region: PlaceRef, others: list[places.Place]) -> bool:
    """A place of the level of `others` and of their parent, none of them."""
    place = places.lookup(region.code)
    return place is not None and all(o.level == place.level and o.parent == place.parent and o.code != place.code
                                     for o in others)


def _place_figures(text: str, found, quantities) -> list:
    """The run of items PLACE N UNIT opening a clause, joined by 、 or each a clause of its own
    (甲县862人,乙县915人): (place mention, figure)."""
    ends = {p.end: p for p in _standalone(found)}
    items = []
    for q in quantities:
        p = ends.get(q.start())
        if p is None:
            continue
        before = text[items[-1][1].end(): p.start] if items else text[_evidence_start(text, p.start): p.start]
        if before == "," and not all(_CLAUSE_END.match(text, f.end()) for f in (items[-1][1], q)):
            before = None  # 甲县862人,乙县建站5个: a clause that says more is no item of the list
        if before not in ("、", "", ","):
            if items:
                break
            continue
        items.append((p, q))
    return items


_CLAUSE_END = re.compile(r"[,;。]|$")


def _shared_head(nouns: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(全市)市级、县级督导人才: words of one length before the last item share its head (市级督导人才,
    县级督导人才); a word of the whole (全市) opening the list is left out."""
    if len(nouns) < 2:
        return nouns
    at, first = nouns[0]
    lead = next((w for w in _REFER if first.startswith(w) and len(first) > len(w)), "")
    nouns = [(at + len(lead), first[len(lead):]), *nouns[1:]]
    k, last = len(nouns[0][1]), nouns[-1][1]
    if k <= 3 and len(last) > k + 1 and all(len(w) == k for _, w in nouns[:-1]):
        head = last[k:]
        return [(i, w + head) for i, w in nouns[:-1]] + [nouns[-1]]
    return nouns


# 均在…以上, 均达到…, 均建成…: the figure holds for each of the places listed before (平均, 人均: a mean)
_EACH = re.compile(r"(?<![平人])均(?:在|为|达到了?|达|有|超过|不少于|不低于|突破|逾|近|约)?$"
                   r"|(?:(?<![平人])均|各)(?P<verb>建成了?|配备了?|设立了?|组建了?|培育了?|有)(?P<noun>[\u4e00-\u9fff]{2,8})$")


def _each(doc: Document, s: Sentence, text: str, q: re.Match, found, ctx) -> list[Observation]:
    """甲县、乙县投入均在200万元以上: one figure for each place of the list before 均 in its
    clause, named by the words between the list and 均 (else by the noun after the figure)."""
    start = _evidence_start(text, q.start())
    m = _EACH.search(text, start, q.start())
    if not m:
        return []
    # (a place inside a name counts: 甲区和乙区社工站覆盖率均…)
    group = _joined_tail(text, [p for p in _places(found) if start <= p.start and p.end <= m.start()])
    if len(group) < 2:
        return []
    # (甲镇、乙镇社工站各配备驻站社工4名: what the verb gives each, not the bodies that take it)
    words = m.group("noun") or _clean(text[group[-1].end: m.start()]) or _noun_after(text, q) or ""
    figures = (_respective_figure(doc, s, text, q, words, ctx.place(p), group[0].start, ctx) for p in group)
    return [obs for obs in figures if obs is not None]


def _words_name_them(text: str, q: re.Match) -> bool:
    """甲镇、乙镇分别建成居家养老服务中心3个和2个: the words after 分别 name the figures (a
    verb and what it made), not the figure before them."""
    said = [m for m in _RESPECTIVELY.finditer(text) if m.end() == q.start()]
    return bool(said) and len(said[-1].group("words") or "") >= 4


def _first_respective(doc: Document, s: Sentence, text: str, q: re.Match, place, listed, ctx) -> Observation | None:
    """The first of the figures after 分别, when the words between the places and 分别 name it."""
    after = max(p.end for p in listed)
    said = _RESPECTIVELY.search(text, after)
    clauses = re.split(r"[,;:]", text[after: said.start()]) if said else [""]
    # (甲镇、乙镇各配备社工4名,服务群众分别为…: the words in 分别's own clause name its figures)
    words = clauses[-1] or clauses[0]
    indicator = _clean(_RANK.sub("", words))
    if said and said.group("words"):  # 甲区、乙区(社工站)分别投入项目资金520万元、310万元
        indicator = _clean(indicator + said.group("words"))
    if not indicator:  # 甲市持证社工500人；乙市、丙市分别为300人和200人: the figure before of that unit
        indicator = next((o.indicator for o in reversed(ctx.run) if o.unit == _unit(q)), "") \
            or _told_before(text, min(p.start for p in listed), _unit(q) or "", ctx)
    made = bool(said and said.group("words") and _made_thing(said.group("words")))
    return _respective_figure(doc, s, text, q, indicator, ctx.place(place), place.start, ctx, made)


def _told_before(text: str, first: int, unit: str, ctx: _RegionContext) -> str:
    """…6.38万人。持证人数居前五位的是甲区、乙区,分别为…: with no words between the places and
    分别, the sector's words before the places name the figures (注册志愿者较多的区县中), or the
    last whole told in that unit when it holds them (持证 of 持证社会工作者)."""
    runs = [m.group() for m in _sector_run().finditer(text, 0, first)]
    word = max(runs, key=len, default="")
    whole = next((o.indicator for o in reversed(ctx.wholes) if _same_unit(o.unit, unit)), "")
    return whole if not word or word in whole else word


def _made_thing(words: str) -> bool:
    """建成居家养老服务中心: a verb of having or making, then a plain noun a region can have."""
    verb = _HAVING.match(words) or _output_verb().match(words)
    return verb is not None and 0 < verb.end() < len(words) and _counted_noun(words[verb.end():])


_RANK = re.compile(r"(?:位列|排名|居|列)前[一二三四五六七八九十\d]+(?:位|名)?$")  # 服务人次位列前三: a ranking


def _respective_figure(doc: Document, s: Sentence, text: str, q: re.Match, indicator: str,
                       region: places.Place | None, at: int, ctx, made: bool = False) -> Observation | None:
    """A figure of `region` read through 分别 (its words from `at`), if the indicator is one the
    sector counts (or a thing the places made) and the clause is no norm (每个社区的社工分别达到6人、5人)."""
    unit = _unit(q)
    if region is None or not unit or not (made or _is_indicator(indicator, unit) or _activity(indicator, unit)) \
            or _PER_UNIT.search(_clause(text, q.start())):
        return None
    kind = _kind(text, q, ctx)
    return Observation(PlaceRef(region.code, region.label), indicator, _value(q), unit, _qualifier(text, q),
                       _year(text, q.start(), doc.year, ctx.unwritten_year(text, q.start(), kind)), kind,
                       Evidence.of(s, at, q.end(), "statistics." + _named("respectively")))


def _share_of(s: Sentence, text: str, q: re.Match, prev: Observation | None) -> Observation | None:
    """注册志愿者达到28.3万人,占常住人口的30.5%: the share of the figure before's indicator in
    what 占 names."""
    share = _SHARE.match(text, _evidence_start(text, q.start()), q.start())
    if not share or _unit(q) != "%" or prev is None or prev.unit == "%":
        return None
    whole = "占" + share.group(1) + "比例" if share.group(1) else "占比"
    return _share(s, text, q, prev, whole, share.start())


def _share(s: Sentence, text: str, q: re.Match, of: Observation, whole: str, start: int) -> Observation:
    """The figure q, a share (占…比例) of the figure `of` read before it, told from `start`."""
    return replace(of, indicator=of.indicator + whole, value=_value(q), unit="%", qualifier=_qualifier(text, q),
                   evidence=Evidence.of(s, start, q.end(), "statistics." + _named("share")))


_SHARES = re.compile(r"分别占([^,;:。\d%]{2,16})")
_SHARE_TAIL = re.compile(r"的?(?:比例|比重)?(?:约为|约|为|达到|达|超过|近)?$")


def _share_respectively(s: Sentence, text: str, q: re.Match, quantities, ctx) -> Observation | None:
    """甲12437名、乙4358名,分别占持证社工总数的73.8%和25.9%: the i-th share after 分别占 is
    the share of the i-th of as many figures read before it in the sentence."""
    paired = _respective_of(s, text, q, quantities, ctx, _SHARES, least=1)
    if paired is None:
        return None
    said, of = paired
    return _share(s, text, q, of, "占" + _SHARE_TAIL.sub("", said.group(1)) + "比例", said.start())


# 分别比去年同期增长, 分别较上年下降: rates told respectively of the figures before
_CHANGES = re.compile(r"分别(?:比|较)(?:(?:19|20)\d{2}年|去年|上年|上一年)?(?:同期)?(?P<verb>增长|增加|提高|上升|下降|减少|降低)了?")


def _growth_respectively(s: Sentence, text: str, q: re.Match, quantities, ctx) -> Observation | None:
    """甲4200场、乙38万小时,分别比去年同期增长18%、22%: the i-th rate is the change of the
    i-th of as many figures read before it in the sentence."""
    paired = _respective_of(s, text, q, quantities, ctx, _CHANGES, least=2)
    if paired is None:
        return None
    said, of = paired
    change = "下降率" if said.group("verb") in _FELL else "增长率"
    return replace(of, indicator=of.indicator + change, value=_value(q), unit="%", qualifier=_qualifier(text, q),
                   evidence=Evidence.of(s, said.start(), q.end(), "statistics." + _named("growth")))


def _respective_of(s: Sentence, text: str, q: re.Match, quantities, ctx, marker: re.Pattern,
                   least: int) -> tuple[re.Match, Observation] | None:
    """The percentage q after `marker` (分别占…, 分别比去年增长) in its clause, the i-th of at
    least `least` such: the marker, and the i-th of as many figures read before it."""
    said = next((m for m in marker.finditer(text, 0, q.start()) if not re.search(r"[,;:。]", text[m.end(): q.start()])), None)
    if said is None or _unit(q) != "%":
        return None
    told = [x for x in quantities if said.end() <= x.start() and _unit(x) == "%"
            and not re.search(r"[,;:。]", text[said.end(): x.start()])]
    counted = [o for o in ctx.run if o.unit != "%" and o.evidence.span_end - s.start <= said.start()]
    if len(told) < least or len(counted) < len(told) or q not in told:
        return None
    return said, counted[len(counted) - len(told) + told.index(q)]


def _outside_aside(s: Sentence, text: str, q: re.Match, prev: Observation | None, ctx) -> Observation | None:
    """持证社工127人(社会工作师29人、助理社会工作师98人),较2020年底的90人: after the parts told
    in brackets, the figure before is the whole the brackets part."""
    close = text.rfind(")", 0, q.start())
    opened = text.rfind("(", 0, close)
    if prev is None or opened < 0 or not opened < prev.evidence.span_end - s.start <= close:
        return prev
    return next((o for o in reversed(ctx.run) if o.evidence.span_end - s.start <= opened), prev)


def _compared_with(s: Sentence, text: str, q: re.Match, prev: Observation | None,
                   doc_year: int | None) -> Observation | None:
    """机构达85家,较2018年初30家: the figure before's indicator, in the year it is compared with
    (上年 of a figure of 2019 is 2018, whatever the article's year)."""
    baseline = _BASELINE.search(text, 0, q.start())
    if not baseline or prev is None or prev.unit != _unit(q):
        return None
    # 持证人数较2013年底的742人: the sector's words before the comparison name what is compared
    words = _clean(text[_evidence_start(text, baseline.start()): baseline.start()])
    indicator = words if _sector_run().search(words) else prev.indicator
    return replace(prev, indicator=indicator, value=_value(q), qualifier=_qualifier(text, q),
                   year=_stated_year(baseline.group(1), baseline.group(2), prev.year or doc_year),
                   kind="actual", evidence=Evidence.of(s, baseline.start(), q.end(),
                                                       "statistics." + _named("baseline")))


def _change_words(text: str, q: re.Match) -> re.Match | None:
    """The words of a change before the figure (较上年增长, 比上年新增); a count of new ones
    without a comparison (新增社工站40个) is none."""
    start = _evidence_start(text, q.start())
    grew = _GREW.search(text, start, q.start())
    compared = grew is not None and _COMPARED_FIGURE.search(text, start, grew.start()) is not None
    if grew and _unit(q) != "%" and not ((grew.group("than") or compared) and grew.group("verb")):
        return None
    return grew


# 较2020年底的4082人增加1044人: a figure compared with, right before the change
_COMPARED_FIGURE = re.compile(r"(?:较|比)[^,;:。]{0,12}?的?\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff]{0,2}$")


# 较上年增长, 同比下降, 比2020年提高约, 增幅达, 比上年末新增: the words before a change
_GREW = re.compile(r"(?P<than>(?:较|比)(?:(?:19|20)\d{2}年(?:初|底|末)?|去年|上年|上一年|前年|换届前|上届)?(?:同期|全年|末|底)?"
                   r"|同比|环比)?(?:的[^,;:。\d]{0,4}?)?"
                   r"(?:(?P<verb>增长|增加|新增|净增|提高|上升|下降|减少|降低)了?|(?:增幅|降幅|增长率)(?:为|达到?)?)"
                   r"(?:约|近|超过|逾)?$")
_FELL = frozenset({"下降", "减少", "降低"})


def _growth(doc: Document, s: Sentence, text: str, q: re.Match, grew: re.Match, prev: Observation | None,
            before: re.Match | None, found, ctx) -> Observation | None:
    """The change of the figure just told (…达到9736人,较上年增长21.4%; …1386家,比上年新增217家),
    or of the indicator named before the comparison (志愿服务时长同比增长31%), as a rate
    (…增长率, …下降率) or in the figure's unit (…新增, …减少); of the figure's region, year and kind."""
    unit = _unit(q)
    verb = grew.group("verb") or "增长"
    change = ("下降率" if verb in _FELL else "增长率") if unit == "%" else verb
    evidence = Evidence.of(s, grew.start(), q.end(), "statistics." + _named("growth"))
    start = _evidence_start(text, q.start())
    if before is not None and before.end() > start:  # 较上年的163人增长76%: the figure compared with
        start = before.end()
    words = _clean(_after_places(text, start, grew.start(), found))
    if not words and prev is not None and prev.unit != "%" and (unit == "%" or _same_unit(prev.unit, unit)):
        return replace(prev, indicator=prev.indicator + change, value=_value(q), unit=unit,
                       qualifier=_qualifier(text, q), evidence=evidence)
    region = _region(text, q.start(), found, ctx)
    if not _plain(words) or region is None:
        return None
    kind = _kind(text, q, ctx)
    # (its year stated before the comparison: 较去年 is the year compared with)
    return Observation(PlaceRef(region.code, region.label), words + change, _value(q), unit, _qualifier(text, q),
                       _year(text, grew.start(), doc.year, ctx.unwritten_year(text, grew.start(), kind)), kind,
                       Evidence.of(s, start, q.end(), "statistics." + _named("growth")))


def _names_money(words: str) -> bool:
    """资金, 经费 (the words lexicon/unit_from_indicator.txt counts in 元) among the words."""
    return any(w in words for w, unit in lexicon.table("unit_from_indicator.txt").items() if unit == "元")


_HEADING = re.compile(r"[一二三四五六七八九十]+、[^。,;]{2,24}$")  # 二、2026年重点工作: a section's heading
_PLAN_HEADING = re.compile(r"((?:19|20)\d{2})年(?:的)?(?:重点工作|工作安排|主要任务|工作计划|工作打算|工作思路|目标任务)")


def _kind(text: str, q: re.Match, ctx: _RegionContext) -> str:
    """A target where its clause plans (到2020年, 力争…), the sentence opens with its target
    year, or the sentence before did and went on over a ；."""
    planned = _TARGET.search(_clause(text, q.start())) or _OPENING_TARGET.match(text) or ctx.scope_target \
        or _planned_before(text, q.start()) or (ctx.plan_year is not None and not _DONE.search(text, 0, q.start()))
    return "target" if planned else "actual"


# 已, 累计, 目前…: a clause after a plan that says what is done, not what is planned
# (累计 and 共计 may be planned too: 到2025年累计培训…)
_DONE = re.compile(r"已|截至|截止|目前|现有|去年|共有|实现了|完成了")
# the words that announce a plan for what follows (not 将 before an object, nor the noun 规划)
_PLANNING = re.compile(r"力争|预计|争取|(?<![规目])计划(?![生])|(?<![截长加高升展大])(?:到|至)(?:19|20)\d{2}年"
                       r"|将(?=力争|达到|实现|新增|新建|建成|投入|培养|培训|募集|安排|开展)")


def _planned_before(text: str, i: int) -> bool:
    """今年将力争募集善款1.5亿元,新增冠名基金20个以上: a plan an earlier clause announced goes
    on through the sentence's later clauses, until one says what is done."""
    plans = list(_PLANNING.finditer(text, 0, i))
    return bool(plans) and not _DONE.search(text, plans[-1].end(), i)


def _planned_year(text: str, i: int) -> int | None:
    """The target year an earlier clause of the sentence planned for (力争到2015年底…), while no
    clause since says what is done."""
    years = [m for m in _PLANNED_YEAR.finditer(text, 0, i) if m.end() <= i]
    return int(years[-1].group(1)) if years and not _DONE.search(text, years[-1].end(), i) else None


_PLANNED_YEAR = re.compile(r"(?:力争|预计|争取|计划|目标是?|要|将)(?:在|于)?(?:到|至)((?:19|20)\d{2})年")


_FREQUENCY = re.compile(r"每(?:[年月周天日季]|个?星期)")


def _is_quantity(text: str, q: re.Match) -> bool:
    if not q.group("num"):
        return False
    if not (q.group("unit") or q.group("mag")):  # 人数过千。: a round figure whose unit the indicator gives
        return q.group("num") in ("百", "千") and bool(re.match(r"[,;:。]|$", text[q.end():]))
    if _NOT_AFTER.match(text[q.end():]):
        return False
    if text.startswith(("大关", "关口"), q.end()):
        return False  # 突破千万元大关: a milestone passed, the figure is written after it
    if q.group("unit") == "成" and not _TENTHS.match(text, q.start()):
        return False  # 建成, 成立: not a share in tenths
    if q.group("unit") == "个" and text.startswith("百分点", q.end()):
        return False  # 提高6.5个百分点: a change of a share, in points
    if q.group("unit") == "岁" and not _AVERAGE_AGE.search(text, 0, q.start()):
        return False  # 60岁以上老人: an age is a figure only as a group's average
    if q.group("unit") == "期" and text.endswith("年", 0, q.start()):
        return False  # 2014年4期: a journal's issue
    if q.group("unit") == "次" and _FREQUENCY.search(_clause(text, q.start())):
        return False  # 每月到站督导2次: how often, not how many
    return not (q.group("num") in ("一", "二") and text[q.end(): q.end() + 1] == "是")


def _a_word_not_a_count(text: str, q: re.Match, value: float, unit: str, noun: str | None, made: bool) -> bool:
    """建立一个…, 三个阶段: a small number in words is a word, not a count, unless 仅有一家 says
    it is one or a region has or made that many of what the sector counts (已引进两家社工机构)."""
    if q.group("num")[0].isdigit() or q.group("mag") or unit in ("元", "%") or value > 10:
        return False
    if _ONLY.search(text[: q.start()]):
        return False
    return not (value > 1 and unit in ("家", "所") and made and _is_indicator(noun, unit))


_AVERAGE_AGE = re.compile(r"平均年龄(?:为|是|达|约为?|仅)?$")
_ROUND_BEFORE = re.compile(r"(?:近|将近|(?<!通)过|上|超过|逾|突破)$")  # 近千人, 人数过百: one round hundred or thousand


def _unit(q: re.Match) -> str | None:
    """The figure's unit as the graph writes it (位 is 人, 成 is %)."""
    unit = q.group("unit")
    return _UNIT_ALIAS.get(unit, unit) if unit else None


def _value(q: re.Match) -> float | None:
    num = q.group("num")
    if num in ("百", "千", "万"):  # a bare 千 is a round figure only after 近/过 (千家万户 is no count)
        if not _ROUND_BEFORE.search(q.string, 0, q.start()):
            return None
        num = "一" + num
    value = numerals.number(num)
    if value is None:
        return None
    value *= 10 if q.group("unit") == "成" else 1
    value = round(value * _MAG.get(q.group("mag") or "", 1), 6)  # 1.12亿 is 112000000, not …00000001
    return int(value) if value == int(value) else value


def _noun_after(text: str, q: re.Match) -> str | None:
    """The counted thing written after the unit: 70多家[社工机构]; 一支6万人的[社会工作人才
    队伍] when what follows 的 is a thing the sector counts; never a change (增长到…)."""
    m = re.match(r"[^,;:。()、\d□]*", text[q.end():])
    noun = m.group() if m else ""
    if noun.startswith("的"):
        rest = noun[1:]
        return rest if _is_indicator(rest, q.group("unit") or "") and not re.search(r"的|在|和", rest) else None
    if _CHANGE.match(noun):
        return None
    if _modified(noun):  # 25个注册的社会工作服务项目: what is counted follows 的
        return noun
    # 参加会议 ends the counted thing (and 赴克州: where they went); 报名参加…考试 is what was counted
    noun = re.split(r"(?:的|用于|来自|参加(?![^,;:。]{0,12}考试)|参与|全?覆盖|均|全部|都|赴|前往)", noun, maxsplit=1)[0]
    return noun.removesuffix("中") or None


_PARTITIVE = re.compile(r"[\u4e00-\u9fff]{1,8}中[,:]")  # 73个站点中,
_DEMONSTRATIVE = re.compile(r"[这那](?:个|些|种|类)")  # 推广6个这个…的试点: something already named


_EXAM_VERBS = frozenset({"通过", "合格", "获证", "报考", "参考"})  # a count of people, then what they did in an exam


def _modified(noun: str) -> bool:
    """A verb or attribute, 的, then the noun phrase to the clause end (立项的…项目,
    注册的…机构) — not 3个村的社工站, where the counted thing is the 村."""
    m = re.fullmatch(r"([\u4e00-\u9fff]{2})的([\u4e00-\u9fff▫]{2,12})", noun)
    return bool(m) and segment.pos_table().get(m.group(1), "")[:1] in ("v", "b") \
        and not _CHANGE.search(m.group(2))


# 占常住人口的30.5%; a bare 占63% or 占比63% is the share of the figure before in its whole
_SHARE = re.compile(r"占(?:比|([^,;:。\d%]{2,10}?)(?:的)?(?:比例|比重)?)?(?:约为|约|为|达到|达|超过|近)?$")
_BASELINE = re.compile(r"(?:较|比)(?:((?:19|20)\d{2})年(?:初|底|末|同期)?|(去年|上年|前年)(?:同期|全年)?)(?:的)?$")
# 由900人增长到2300人, 由6年前的40家发展到现在的320余家, 从1800余人到突破3500人
_FROM = re.compile(r"(?:由|从)(?:[^,;:。由从]{0,6}的)?(?:不足|不到|近|约|超过|逾)?$")
_CHANGE_TO = re.compile(r"(?:增长|增加|提高|上升|发展|扩大|减少|下降|降低)?(?:到了?|至|为)"
                        r"(?:现在的|目前的|如今的|今年的|当前的|(?:19|20)\d{2}年(?:底|末)?的)?(?:突破|超过|近|约)?")
_CHANGE = re.compile(r"(?:增长|增加|提高|上升|发展|扩大|减少|下降|降低)(?:到了?|至|为)")


def _from_year(text: str, came_from: re.Match, q: re.Match, doc_year: int | None) -> int | None:
    """The year 从2018年的 (or 由去年底的) states for the figure a change starts from; None if none."""
    m = re.fullmatch(r"(?:由|从)(?:((?:19|20)\d{2})年|(去年|上年|前年))(?:底|末)?的?(?:不足|不到|近|约|超过|逾)?",
                     text[came_from.start(): q.start()])
    return _stated_year(m.group(1), m.group(2), doc_year) if m else None


def _continues_list(text: str, q: re.Match, rest) -> bool:
    """24个省级、97个地市级: this item's noun is only a modifier of a shared head."""
    if not rest:
        return False
    between = text[q.end(): rest[0].start()]
    return bool(re.fullmatch(r"[^,;:。()\d]{1,4}[、和及与]", between))


def _list_head(text: str, rest) -> str:
    """The head the last item of a list carries: 168个县级[社会工作行业组织]."""
    last = rest[0]
    k = 0
    while k + 1 < len(rest) and _continues_list(text, rest[k], rest[k + 1:]):
        k += 1
    last = rest[k]
    noun = _noun_after(text, last) or ""
    toks = segment.tokens(noun)
    return noun[toks[0][2]:] if len(toks) > 1 else ""


def _prefix(text: str, q: re.Match, found, before: re.Match | None) -> str:
    """The words before the figure back to the clause start, region or figure before it; a
    line's label before its colon (个案服务:48个)."""
    if label := _LABEL.fullmatch(text, 0, q.start()):
        return label.group(1)
    start = before.end() if before else 0
    if before and re.search(r"[和及与、]$", text[start: q.start()]):
        return ""  # 85个市级和310个县级…: the words before belong to the item before
    hard = max((m.end() for m in re.finditer(r"[,;:()]", text[:q.start()])), default=0)
    figure_before = before is not None and before.end() >= hard
    for m in _CLAUSE.finditer(text, start, q.start()):
        # 走访困难群众、留守老人和困境儿童18万人次: with no figure before it in the clause, a 、 lists
        # what is counted and the words before it are the indicator's too
        if m.group() != "、" or figure_before:
            start = m.end()
    return _after_places(text, start, q.start(), found)


_LABEL = re.compile(r"([\u4e00-\u9fff()“”]{2,14}):")  # a line of a list of figures: 服务人次:1.36万人次


def _after_places(text: str, start: int, end: int, found) -> str:
    """text[start:end] after the last place named in it (全国 of an exam's name is no place)."""
    for p in found.places:
        if start <= p.start and p.end <= end and not _names_national(text, p):
            start = p.end
    return text[start:end]


def _clean(words: str) -> str:
    words = re.sub(r"[□▫\s]", "", words)
    words = re.sub(r"(?:19|20)\d{2}年(?:以前|之前|以来|底|末)?|[一二两三四五六七八九十\d]+年前", "", words)
    words = re.sub(r"(?:已经|已|就|仅|只|也|都|还|正|共)(?=[有达为超增])", "", words)
    prev = None
    while prev != words:
        prev = words
        words = _LEAD.sub("", words)
        words = _TRAIL.sub("", words)
        if words.count("“") != words.count("”"):  # ”平台注册志愿者: a quote cut in half
            words = words.strip("“”")
    return words


def _unit_from(indicator: str) -> str | None:
    """The unit of the indicator's head, the word that ends last: 社工机构 -> 家."""
    best = None
    for word, unit in lexicon.table("unit_from_indicator.txt").items():
        end = indicator.rfind(word)
        if end >= 0 and (best is None or end + len(word) > best[0]):
            best = (end + len(word), unit)
    return best[1] if best else None


_AS_OF = re.compile(r"(?:^|[,;:])(?:据统计|数据显示)?[,:]?(?:截至|截止到?|至)(?:((?:19|20)\d{2})年|(去年|上年|今年|前年))"
                    r"(?:底|末|[一二三四五六七八九十\d]{1,2}月(?:底|末|[一二三四五六七八九十\d]{1,3}日)?)?(?=[,:])")
_YEARS_BACK = {"今年": 0, "去年": 1, "上年": 1, "前年": 2, "明年": -1}  # years back from the article's (明年: one on)


def _stated_year(digits: str | None, relative: str | None, doc_year: int | None) -> int | None:
    """2022 as written, or 今年/去年/前年 counted back from the article's year."""
    if digits:
        return int(digits)
    return doc_year - _YEARS_BACK[relative] if doc_year else None


def _as_of_year(m: re.Match, doc_year: int | None) -> int | None:
    """截至2022年底 -> 2022; 截至去年底 -> the year before the article's."""
    return _stated_year(m.group(1), m.group(2), doc_year)


_TOWARDS = re.compile(r"(?:累计|共|已|先后|每年|连续)*(?:向|对|给|为|赴|帮扶|支援|援助)")
# 180名会员代表出席, 甲、乙等17名: a meeting or a list of people, not a region's figure;
# 签订了…协议, 较2019年初: a verb phrase or a baseline, not a measure
_ATTENDANCE = re.compile(r"代表$|一行$|参会|与会|出席|参加(?![^,;:。]{0,12}考试)|等$|签订|签署|协议|^较|发展[到为]现在|^建成了?一支$"
                         r"|被|当选|增补|进行|本次|本届|大赛|参赛|评出|等奖|他|她|^占")
# 对首次取证的人员(分别)给予…元: what each person is given
_PER_HEAD = re.compile(r"对[^,;:。]{2,40}(?:人员|个人|者|家庭|学生|对象)(?:分别|每人|一次性)*给予(?:每人)?(?:[\d.]+[万千]?元、)*$")
# 每个社区, 每所学校, 单个项目 (每年 is a rate over time, 每万人拥有 and 每千名老人 densities: kept)
_PER_UNIT = re.compile(r"(?<!平均)每(?![年月日天周季次]|(?:十|百)?[万千](?!元))|单个")


def _is_indicator(indicator: str, unit: str) -> bool:
    if _COMPARED.search(indicator):
        return False
    if unit == "元":
        return bool(indicator)
    if _ATTENDANCE.search(indicator) or (unit == "%" and _RATE_OF_CHANGE.search(indicator)):
        return False
    return any(w in indicator for w in lexicon.words("indicators.txt"))


# what a region has or has built: 全市共有32支…, 建成18个… (not 提出4个建议)
_HAVING = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:共有|拥有|现有|已有|有|建成了?|建立了?|建起|培育了?|设立了?|组建了?|成立了?|培养了?"
                     r"|划分为|划分成|划分了?)"
                     r"(?:超过|近|约|逾)?")


def _done(before: str) -> str | None:
    """The verb of output before a count (出台示范文本等6个…, 向各商会选派30名…):
    the last verb of lexicon/output_verbs.txt in the clause, with at most a list of
    examples ending in 等 between it and the figure."""
    m = _output_verb().search(before)
    return m.group(1) if m else None


@cache
def _output_verb() -> re.Pattern:
    verbs = lexicon.alternation("output_verbs.txt")
    return re.compile(rf"({verbs})(?:了)?(?:[^,;:]{{1,12}}等)?(?:超过|近|约|逾)?$")


_ACTIVITY_UNITS = frozenset({"人次", "户次", "场次", "场", "小时", "次", "期", "节"})  # units that only count what was done


def _activity(indicator: str, unit: str) -> bool:
    """服务群众 N 人次: a count of what was done, in a unit that counts nothing else, is a figure."""
    return unit in _ACTIVITY_UNITS and len(indicator) >= 2 and not _ATTENDANCE.search(indicator)
_PLACE_TYPES = frozenset("乡 镇 村 乡镇 街道 社区 区 县 市 省 开发区 团场 行政村 城市 地区 部门 单位".split())


# 她累计开展个案服务260个: one person's, not a region's (他说/他介绍… quote the region's)
_ONE_PERSON = re.compile(r"[他她](?!们|说|认为|介绍|指出|表示|强调|谈到|提到|提出|要求|希望|透露|坦言|告诉)")
_CAME_TO = re.compile(r"(?:出席|列席|参会|与会|参加了?(?:会议|大会|仪式|座谈|开幕式|活动|培训))")  # 60名代表出席
_HELD = re.compile(r"(?:召开|举行|开展)了?$")


def _meetings_held(text: str, q: re.Match, noun: str | None) -> bool:
    return bool(noun) and noun.endswith("会") and q.group("unit") in ("场", "场次") \
        and bool(_HELD.search(text, 0, q.start()))


_RANGE_END = re.compile(r"[^,;:。]{0,12}?不等")
_ATTENDING = re.compile(r"(?:多|余)?(?:参加|出席|参与|与会|列席|参会|到会)")


# the kind of place, then the noun's end or a verb — not 乡镇(街道)社工站, which counts 社工站,
# nor 3个村的社工站
# (a district or city counted, 12个区(市)县, 8个区, only before what was done there: 设立…, 开展…)
_PLACE_KINDS = re.compile(r"(?:乡镇|街道|行政村|社区|村|乡|镇|县|团场)▫*(?=$|[^\u4e00-\u9fff▫]|[设建已实开完与结覆均全])"
                          r"|(?:县区|区县|区▫*县|区|市▫*州|市)▫*(?=[设建开])")


def _places_reached(after: str, q: re.Match) -> bool:
    """在40个行政村设立…, 完成12个乡、20个镇, 在9个县(市、区)建成…: the count of places a
    programme reached, a kind of place counted by 个 and what follows it."""
    return q.group("unit") == "个" and bool(_PLACE_KINDS.match(after))


# 14个乡镇全部建立了社工站, 16个乡镇(开发区)社工站全部… (the aside masked): what each place counted has
_EACH_HAS = re.compile(r"[□▫]*(?:全部|均|都|已经?|全)*(?:建立|建成|设立|建有|成立|组建|配备)?了?")


def _held_by_each(text: str, i: int) -> tuple[str, int] | None:
    """The sector's thing each place counted at i has, and where it ends (one each:
    14个乡镇全部建立了社工站 count 14 stations)."""
    lead = _EACH_HAS.match(text, i)
    held = _sector_run().match(text, lead.end())
    if not held or not _is_indicator(held.group(), "个"):
        return None
    return held.group(), held.end()


_DONE_AT = re.compile(r"(.{2,12}?)(开展|实施|推行|推开|试点|运行|落地)")


def _where_done(prefix: str, noun: str) -> str | None:
    """医务社会工作在28家二级以上医院开展 -> 开展医务社会工作的二级以上医院: the work named before
    在, done in the bodies counted, the verb written last."""
    done = _DONE_AT.fullmatch(noun)
    if not done or not prefix.endswith("在") or len(prefix) < 3:
        return None
    return done.group(2) + prefix[:-1] + "的" + done.group(1)


def _plain(indicator: str) -> bool:
    """An indicator with no word of the sector (收集群众意见, 调解邻里纠纷): words of
    their own, not a meeting's attendance and not a kind of place."""
    return (len(indicator) >= 2 and not _ATTENDANCE.search(indicator) and indicator not in _PLACE_TYPES
            and not _RATE_OF_CHANGE.search(indicator) and not _COMPARED.search(indicator))


_RISES = re.compile(r"(?:提升|增长|提高|上升|下降|减少|降低)了?$")  # 服务质量提升20%: a change of no figure told


_COMPARED = re.compile(r"(?:较|比)(?:去年|上年|上一年|同期|(?:19|20)\d{2}年)|同比|环比")  # 较去年增加3000万元: a change
_RATE_OF_CHANGE = re.compile(r"增长|增加|提高|上升|下降|减少|增幅|降幅|同比|环比")  # a change, not a level


def _counted_noun(noun: str) -> bool:
    """有32个服务队伍, 18个立项项目: what is counted, written after its unit, is a plain noun
    (jieba's tag of its last word) — not a verb, a name or a kind of place (12个乡镇 is
    where a programme reached, not what a region has)."""
    if len(noun) < 2 or noun in _PLACE_TYPES or _ATTENDANCE.search(noun):
        return False
    last = segment.tokens(noun)[-1][0]
    tag = segment.pos_table().get(last, "")
    return tag.startswith("n") and not tag.startswith(("nr", "ns")) and last not in _PLACE_TYPES


def _qualifier(text: str, q: re.Match) -> str:
    before = re.sub(r"(?:就|已经|已|都|也|还|了)+$", "", text[max(0, q.start() - 8): q.start()])
    over_round = q.group("num") in ("百", "千", "万") and re.search(r"(?<!通)过$|上$", before)  # 过千, 上万: over
    if q.group("a1") or q.group("a2") or q.group("post") == "以上" or _GREATER.search(before) or over_round:
        return ">"
    if q.group("post") == "以下" or _LESS.search(before):
        return "<"
    if q.group("post") in ("左右", "上下") or _ABOUT.search(before):
        return "~"
    return "="


def _clause(text: str, i: int) -> str:
    """The clause a figure stands in, with a time clause before it (到2020年,我国…)."""
    bounds = [m.end() for m in re.finditer(r"[,;:(]", text[:i])]
    start = bounds[-1] if bounds else 0
    if len(bounds) >= 1:
        prev_start = bounds[-2] if len(bounds) >= 2 else 0
        if _TIME_CLAUSE.search(text[prev_start: start - 1]):
            start = prev_start
    return text[start:i]


_TIME_CLAUSE = re.compile(r"(?:^|提出|指出|显示|要求|明确|力争|要|将|预计)(?:到|至|截至|截止)?(?:(?:19|20)\d{2}年|去年)(?:底|末)?$")


# “十三五”期间: the five-year plan's period, whose figures hold for its last year
_PLAN_PERIOD = re.compile(r"“?(十[一二三四五])五”?(?:期间|时期|以来|末)")
_PLAN_END = {"十一": 2010, "十二": 2015, "十三": 2020, "十四": 2025, "十五": 2030}


# a short clause leading into what a sentence says: 按照规划, 他表示, 据统计
# 根据《…方案》, of any length: the plan it follows
_LEAD_IN = r"(?:[^,;:]{1,8}[,:]|[^,;:\d]{9,20}:|(?:根据|按照|依据)[^,;:]{1,40},)"

# 到2025年,…将力争…,持证社工达到5万人: a sentence opening with its target year is a plan
# (按照规划,到2026年,…; 他表示,按照规划,到…; 《方案》提出了量化目标:到…): after one or two
# short lead-in clauses, or one announcing with a colon
_OPENING_TARGET = re.compile(rf"(?:{_LEAD_IN}){{0,2}}(?:预计|力争|计划|争取)?(?:到|至)((?:19|20)\d{{2}})年")


# A year scopes what follows it in the sentence where it stands as a clause (…,2013年,…) or
# opens the sentence or a report (2022年全市…, 他介绍,2015年全市…); 2021年新成立… in mid-sentence
# is its own clause's only
_CLAUSE_YEAR = re.compile(
    r"(?:(?:^|(?<=[,;:]))((?:19|20)\d{2})(?=年[,:])"
    r"|(?:^|(?<=介绍[,:])|(?<=表示[,:])|(?<=指出[,:])|(?<=显示[,:])|(?<=获悉[,:])|(?<=据悉[,:])|(?<=据统计[,:])"
    r"|(?<=据了解[,:]))在?((?:19|20)\d{2})(?=年(?!以来|以前|之前|前|至今|起|开始|底|末|初|的)))")


# 去年,全市…,…: a year counted back that opens the sentence (after a short lead-in too) scopes
# every clause, as a written one does; 去年以来 and 去年同期 are a span and a comparison
# (宁城县去年投入…,建成…: after the subject too; 明年 counts forward)
_OPENING_COUNTED_BACK = re.compile(rf"(?:{_LEAD_IN}){{0,2}}[^,;:\d]{{0,8}}?(?<![比较与同])(去年|上年|前年|明年)"
                                   r"(?!以来|同期|同比|至今|起|开始|相比)")  # (与去年相比: a comparison)


def _opening_years(text: str, i: int) -> list[int]:
    return [int(m.group(1) or m.group(2)) for m in _CLAUSE_YEAR.finditer(text, 0, i) if m.end() <= i]


_UNTIL_NOW = re.compile(r"(?:截至|截止到?|到)目前|至今|到现在为止")  # as of the day the article is written


def _year(text: str, i: int, doc_year: int | None, scope: int | None = None, since: int = 0) -> int | None:
    clause = _clause(text, i)[-(i - since):] if since else _clause(text, i)
    years = list(_YEAR.finditer(clause))
    if years:
        y = int(years[-1].group(1))
        return y - 1 if years[-1].group(2) else y
    ago = _YEARS_AGO.search(clause)
    if ago and doc_year:
        back = numerals.count(ago.group(1))
        return doc_year - back if back is not None else None
    if "去年" in clause and doc_year:
        return doc_year - 1
    if "明年" in clause and doc_year:
        return doc_year + 1
    if ("今年" in clause or _UNTIL_NOW.search(text, 0, i)) and doc_year:
        return doc_year  # 2022年…180万元,今年增加到260万元 / 截至目前,…: the article's year
    plan = _PLAN_PERIOD.search(clause)
    if plan:
        return _PLAN_END[plan.group(1)]
    # 2013年, … or 据了解,2019年, … : a year standing as a clause scopes what follows
    opening = _opening_years(text, i)
    if opening:
        return opening[-1]
    counted_back = _OPENING_COUNTED_BACK.match(text)
    if counted_back and counted_back.end() <= i and doc_year:
        return doc_year - _YEARS_BACK[counted_back.group(1)]
    target = _OPENING_TARGET.match(text)
    if target and target.end() <= i:
        return int(target.group(1))
    planned = _planned_year(text, i)  # …,力争到2015年底…超过6000人,累计培训一万人次: 2015's too
    if planned:
        return planned
    plan = _PLAN_PERIOD.search(text, 0, i)
    if plan:
        return _PLAN_END[plan.group(1)]
    scoped = [m for m in _AS_OF.finditer(text, 0, i)]  # 截至2022年底, … scopes what follows
    if scoped:
        return _as_of_year(scoped[-1], doc_year)
    return scope or doc_year


def _titled_speaker(text: str, found) -> int:
    """Where a first clause naming an agency's titled speaker ends (X区Y事务所所长甲介绍,), else 0:
    an agency speaks for its own work, its place is not its figures' (a bureau's or a street's is)."""
    first = _TITLED_LEAD.match(text)
    if first is None or not any(r.end <= first.end() for r in found.roles):
        return 0
    agency = any(o.end <= first.end() and o.kind == "agency" and o.name.endswith(_AGENCY_ENDS) for o in found.orgs)
    return first.end() if agency else 0


_SPEAKER = re.compile(r"[^,;:]{1,12}?(?:%s)[,:]" % lexicon.alternation("speech_verbs.txt"))
_TITLED_LEAD = re.compile(r"[^,;:]{2,30}?(?:%s)[,:]" % lexicon.alternation("speech_verbs.txt"))  # (with a chain)


def _region(text: str, i: int, found, ctx: _RegionContext) -> places.Place | None:
    """The place a figure belongs to, in this order: named in its clause; 全市/全省 and
    the like; the place the sentence opens with; any place named before it in the
    sentence (alone before inside a name); the place of the sentence before."""
    # 从沈阳引进督导42名: where people were brought from is not whose figure it is
    alone = [p for p in _standalone(found) if p.end <= i and not _brought_from(text, p)]
    clause_start = max((m.end() for m in re.finditer(r"[,;:(]", text[:i])), default=0)
    in_clause = [p for p in alone if p.start >= clause_start]
    if tiers := _tiers_named(text, in_clause):  # 其中自治区、桂林市两级补助资金: the givers, not whose
        in_clause, alone = [p for p in in_clause if p not in tiers], [p for p in alone if p not in tiers]
        start = _TIER_WORDS.search(text, 0, tiers[0].start).start()  # (自治区、 before them too)
        text = text[:start] + "▫" * (tiers[-1].end - start) + text[tiers[-1].end:]
    # 江苏向新疆派出300名: 江苏's figure; 黄南州累计获得天津市…资金: the one who receives it
    if (actor := _first_of_pair(text, in_clause, _TOWARDS, _RECEIVING)) is not None:
        return ctx.place(actor)
    if in_clause:
        nearest = ctx.place(in_clause[-1])
        if len(in_clause) > 1 and ("等" in text[in_clause[-1].end: i] or _listed_group(text, in_clause)):
            # 甲镇、乙镇、丙乡等6个村, 在甲馆、乙站等地建起: the places listed are what is counted or
            # where; the figure is of the place holding them all, and none of them is its subject
            nearest = places.common_ancestor([ctx.place(p) for p in in_clause])
            alone = [p for p in alone if p not in in_clause]
        referred = _referred(text, i, found, alone, ctx, since=clause_start)
        if referred is not None and nearest in places.gazetteer().ancestors(referred):
            return referred  # 在该区X中心、扬州市Y馆等地建起…: 该区 is the narrower, inside the city named
        return nearest
    referred = _referred(text, i, found, alone, ctx)
    if referred is not None:
        ctx.scope = referred  # 全省…。登记…: the paragraph goes on about the whole province
        return referred
    lead = _SPEAKER.match(text)  # 甲表示,城关区是…,常住人口约130万人: the clause after the speaker opens it
    body = lead.end() if lead else 0
    first_end = body + len(re.split(r"[,;:]", text[body:], maxsplit=1)[0])
    opening = [p for p in alone if body <= p.start and p.end <= first_end]
    if opening and (group := _listed_group(text, opening) or _venues(text, opening)):
        return places.common_ancestor([ctx.place(p) for p in group])  # 在西宁、海东两市开展…: both's
    if opening:
        first, last = ctx.place(opening[0]), ctx.place(alone[-1])
        if first in places.gazetteer().ancestors(last):
            return last  # 四川省…以来,绵竹市…配备30名: the place inside the opening one is the subject
        return first
    if alone:
        group = _listed_group(text, alone)  # 在拉萨、日喀则、昌都三市分别开展…,培训1500人次: all three's
        if group:
            return places.common_ancestor([ctx.place(p) for p in group])
        # 江西省选派社工46名赴克州…,投入资金2380万元: where they went is not who gives
        givers = [p for p in alone if not _DESTINATION.search(text, 0, p.start)]
        receiver = _first_of_pair(text, alone, _RECEIVING)
        return ctx.place(receiver or (givers or alone)[-1])  # (甲获得乙…资金,实施项目43个: still 甲's)
    said = _titled_speaker(text, found)  # X区Y事务所所长甲介绍,…: the agency's place is not the figures'
    inside = [p for p in _places(found) if p.end <= i and not (said and p.end <= said < i)]
    if inside:
        return ctx.place(inside[-1])
    subject = _tier_subject(found, i, ctx)  # 省民政厅…累计培训社工9000人: the article's province
    if subject is not None:
        return subject
    if re.match(r"社区|村(?![级民])", text) and ctx.last is not None and ctx.last.level == places.COMMUNITY:
        return ctx.last  # 云秀社区是…。社区志愿者服务队现有…: the community last named, no place named since
    if _OWN_HISTORY.search(text, 0, i) and not any(o.end <= i for o in found.orgs):
        return ctx.article_place()  # 协会成立五年来,会员达到…: the association the article is about
    if ctx.scope is not None and ctx.recent() in (None, ctx.scope) and not _body_as_subject(text, i, found):
        return ctx.scope  # 截至2024年底,全省…。2024年全年新增…: the whole the paragraph spoke of
    if ctx.recent() is None and not _body_as_subject(text, i, found):
        # no place in reach, no body, person or past as subject: the article's place
        return ctx.article_place()
    if _SUMMING_UP.match(text) and ctx.article_place() is not None:
        return ctx.article_place()  # 几年来,共接纳…: the years summed up are the article's, not the last sentence's
    if ctx.carried:
        return ctx.recent()  # 全省…；依托…建成驿站4300个: one sentence cut at ；, its place as it was
    return _narrowest(ctx.recent(), ctx.article_place())


def _first_of_pair(text: str, named: list, *between: re.Pattern):
    """The first of two places next to each other with only a verb of the kinds given between
    them (向, 获得…): the one who sends or receives, not the other."""
    return next((a for a, b in zip(named, named[1:]) if any(v.fullmatch(text[a.end:b.start]) for v in between)), None)


_RECEIVING = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:获得|得到|争取到|接受|收到)了?")
_BRING_IN = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:引进|引入|调入|选调|聘请|招募)")


def _brought_from(text: str, p) -> bool:
    """从沈阳引进督导42名: the place people were brought in from."""
    return p.start >= 1 and text[p.start - 1] == "从" and _BRING_IN.match(text, p.end) is not None


_DESTINATION = re.compile(r"(?:赴|前往|到|向|给|帮扶|支援|援助)$")
_GROUP_END = re.compile(r"等|[两三四五六七八九十\d]+个?(?:省|市|州|县|区|地|镇|乡|街道|社区|村)")  # 甲、乙、丙三市 / …等地


_TIER_WORDS = re.compile(r"(?:(?:自治区|省|市|县|区)[、和])*$")


def _tiers_named(text: str, named) -> list:
    """The places joined by 、/和 that end `named` and are called tiers (自治区、桂林市两级, 省市两级):
    the governments giving, never whose figure it is; else []."""
    group = _joined_tail(text, named) if named else []
    return group if group and re.match(r"[两三四]级", text[group[-1].end:]) else []


def _listed_group(text: str, named) -> list:
    """The places joined by 、/和 that end the list `named`, when 等 or a count of them
    (三市, 两县) follows: a group, whose figure is their common ancestor's; else []."""
    group = _joined_tail(text, named)
    return group if len(group) > 1 and _GROUP_END.match(text, group[-1].end) else []


def _venues(text: str, named) -> list:
    """甲站在A村、B村开设课堂,…共开展96节: places listed after 在 are where it was done, the
    figure told later is of the place holding them all."""
    group = _joined_tail(text, named)
    return group if len(group) > 1 and text[group[0].start - 1: group[0].start] == "在" else []


def _joined_tail(text: str, named, joined=lambda gap: gap in ("、", "和", "与", "及")) -> list:
    """The mentions that end the list `named`, each joined to the next by what `joined`
    accepts between them (by default 、和与及: 甲区、乙区和丙区)."""
    group = named[-1:]
    for before in reversed(named[:-1]):
        if not joined(text[before.end: group[0].start]):
            break
        group.insert(0, before)
    return group


def _list_holder(text: str, named: list, ctx: "_RegionContext") -> places.Place | None:
    """A sentence that ends on a list of places (其中甲县21个、乙县15个; 甲区、乙区分别…): what
    the next sentence says without a place is of the place holding them, not of the last
    one listed. None unless the last place is listed with a sibling: only figures, units and
    joins between them (甲区社工赴乙区交流 is no list)."""
    siblings = {ctx.place(p) for p in _joined_tail(text, named, _LIST_GAP.fullmatch)}
    levels = {p.level for p in siblings}
    return places.common_ancestor(list(siblings)) if len(siblings) > 1 and len(levels) == 1 else None


def _part_holder(text: str, named: list, ctx: "_RegionContext") -> places.Place | None:
    """A sentence that ends on a part named after 其中 (机构达到1386家,其中成都市632家): what the
    next sentence says without a place is of the whole's place, that of the figure before."""
    if not named or not _PART.search(text, 0, named[-1].start):
        return None
    part = ctx.place(named[-1])
    whole = next((o.region for o in reversed(ctx.run) if o.region.code != part.code), None)
    return places.lookup(whole.code) if whole else None


_PART = re.compile(r"其中[,:]?$")
_LIST_GAP = re.compile(r"[\d.万余多近约个家名人所支、和与及]*[、和与及][\d.万余多近约个家名人所支]*")  # 21个、 / 、 / 和


# a sentence opening on the years behind it sums up what the article is about
_SUMMING_UP = re.compile(r"(?:几|多|近几?|这些|半|[一二两三四五六七八九十\d]+)年多?(?:来|以来)[,，]")  # 一年多来, 半年来


def _referred(text: str, i: int, found, alone, ctx: _RegionContext, since: int = 0) -> places.Place | None:
    """全市/本省/我区 before the figure: the place of that level named before the word
    (standing alone, else inside a name: 敦化市民政局…全市), else the article's. Not when a
    narrower place stands between the word and the figure (自全省…以来,甲县配备…), nor where the word
    is the scope of a ranking (率先在全省实现…: the figure is the subject's)."""
    ranked = {m.start("word") if m.group("word") else m.start("word2") for m in _RANKING.finditer(text, 0, i)}
    inside = [p for p in _places(found) if p.end <= i]
    for word, level in _REFER.items():
        j = text.rfind(word, since, i)
        if j < 0 or j in ranked:
            continue
        if any(p.start <= j < p.end for p in found.places):
            continue  # part of a name (宁夏回族自治区, 全市场), not standing for one
        if text.startswith("级", j + len(word)):
            continue  # 获得自治区级资金: the tier that gives, not whose the figure is
        if any(j < p.start and (ctx.place(p).level or 0) > level for p in alone):
            continue  # 自全省…以来,甲县配备…: a narrower place named after the word is the subject
        if word.endswith("区") and (ctx.in_autonomous_region() or ctx.region_said(text, j)):
            level = 1  # in an article about 宁夏回族自治区, 全区 is the whole region
        elif word == "自治区":
            continue
        for p in reversed([p for p in alone if p.end <= j] + [p for p in inside if p.end <= j]):
            hit = _of_level(ctx.place(p), level)
            if hit:
                return hit
        fallback = ctx.by_level.get(level) or ctx.recent() or ctx.article_place(level)
        if fallback is None and ctx.article_place() is not None:
            return _of_level(ctx.article_place(), level)  # 全省 in an article naming only 哈尔滨, 大庆: their province
        return fallback and (_of_level(fallback, level) or fallback)
    return None


# 率先在全省实现…, 在全市率先, 居全省第一, 占全省的15%: the word names where the figure ranks, not whose it is
_RANKING = re.compile(r"(?:率先在|领先|位居|居于|居|位列|列|占)(?P<word>全[省市区县州])"
                      r"|(?P<word2>全[省市区县州])(?:率先|第[一二三]|首[个家批]|唯一|前列|领先|排名)")


# 该中心现有…, 该项目一年来…: a body or project the sentence named opens the clause
_THIS_BODY = re.compile(r"(?:该|本)(?:中心|项目|机构|服务社|社|基金会|协会|会|站|学院|院|校)")


def _own_figure(text: str, i: int, found) -> bool:
    """The clause of the figure at i opens with an agency's name or with 该中心/该项目: the
    figure is that agency's or project's own, not its region's (a bureau's, an association's
    and a station's figures are their region's: they report for it)."""
    start = _evidence_start(text, i)
    lead = _SPEAKER.match(text)
    opening = lead.end() if lead else 0  # 甲介绍,学院于2003年开办…,目前在校生460余人: the school's
    if _BARE_BODY.match(text, opening) and not any(opening <= p.start < i for p in found.places):
        return True
    return bool(_THIS_BODY.match(text, start)) or any(
        o.start == start and o.end <= i and o.kind == "agency" and o.name.endswith(_AGENCY_ENDS)
        and not _COUNTED_BODY.fullmatch(text, o.end, i) for o in found.orgs)  # (…服务中心320个: what is counted)


# 学院于2003年…, 中心成立以来…: a school or agency, named bare, as the sentence's subject
_BARE_BODY = re.compile(r"(?:学院|学校|该校|我校|本校|该院|我院|中心|该中心)(?=于|自|现|目前|已|共|是|始建|成立|开办|创办|建|有|拥有)")
_AGENCY_ENDS = ("服务中心", "服务社", "事务所")  # an agency's own name (a station, 社工站, reports for its place)


def _body_as_subject(text: str, i: int, found) -> bool:
    """An organisation named before the figure (not a kind of body, nor the bodies the figure
    counts), or 其 (its members, its staff) opening the sentence: the figure may be that
    body's, not the article's place's."""
    return bool(re.match(r"其(?!中|他|余|次|实)", text) or _PAST.search(text, 0, i)) \
        or any(o.end <= i and not _GENERIC_BODY.match(o.name) and not o.name.endswith(_TEAMS)
               and not _COUNTED_BODY.fullmatch(text, o.end, i) for o in found.orgs)


_TEAMS = ("服务队", "志愿队", "互助队")  # a volunteer team's members are its place's volunteers


_COUNTED_BODY = re.compile(r"(?:共|已|达到|达|有|超过|近|约|逾)*")  # 建立新就业群体党组织1860个: what is counted


# 街道社工站覆盖率, 各级社工站共配备, 各社工站累计, 两委成员: a kind of body, everywhere in the region, not one
# body; a bare 社工站 (投入社工站运营经费) is the station of the place the article is about
_GENERIC_BODY = re.compile(r"(?:各级|各|[省市县区]级|基层|城乡|乡镇|街道|镇|乡|村|社区)+(?:社工站|社会工作服务站|社会工作室|社工室)"
                           r"|(?:社工站|社会工作服务站|社会工作站)$"
                           r"|(?:村|社区)?两委$")


_FOUNDED_SINCE = r"成立\S{0,4}来"  # 成立五年来: a body's own history
_PAST = re.compile(rf"当年|当时|那时|{_FOUNDED_SINCE}")  # an anecdote, or a body's own history
# 协会成立五年来: an association's history, and an association is its region's (a centre's is its own)
_OWN_HISTORY = re.compile(rf"(?:^|[,;:])(?:协会|学会|联合会|促进会|本会|该会){_FOUNDED_SINCE}")


def _tier_subject(found, i: int, ctx: _RegionContext) -> places.Place | None:
    """The first organisation before the figure written with a tier and no place (省民政厅,
    区委): the place of that tier the article names most."""
    for o in found.orgs:
        if o.end > i:
            continue
        tiered = _GOVERNING.match(o.name) or o.kind == "association" and _tier_word_opens(o.name)
        tier = resolve.bare_tier(o.name) if tiered else None
        if tier:
            return places.main_place(tier, ctx.all, ctx.publisher)
    return None


# a body that governs its tier's place (省民政厅, 市委, 区政府), not a level (县区级…)
_GOVERNING = re.compile(r"(?:省|市|区|县|州|自治区)(?:委|政府|人大|政协|财政|[^\W\d_级区县乡镇]{1,4}?(?:厅|局|办|部))")


def _tier_word_opens(name: str) -> bool:
    """市慈善总会, 省社工协会: the association of a tier (the city's, the province's), its
    first word the tier alone (not 市场营销协会, 区域…, 市民…)."""
    first = next(iter(segment.tokens(name)), None)
    return first is not None and first[0] in ("省", "市", "区", "县", "州", "自治区")


def _narrowest(place: places.Place | None, main: places.Place | None) -> places.Place | None:
    """The sentence before named 四川, the article is about 绵阳市 inside it: a figure with no
    place of its own is the article's."""
    if place is not None and main is not None and place in places.gazetteer().ancestors(main):
        return main
    return place


def _of_level(place: places.Place, level: int) -> places.Place | None:
    """The place itself or the one containing it that 全省 (1), 全市 (2), 全县 (3) or 全镇 (4) means."""
    gz = places.gazetteer()
    for p in [place, *gz.ancestors(place)]:
        municipality = p.level == 1 and p.name.endswith("市")
        city = p.level == 2 or municipality or (p.level == 3 and p.name.endswith("市"))  # 敦化市 is 全市 itself
        if (level == 1 and p.level == 1 and not municipality) or \
                (level == 2 and city) or (level in (3, 4) and p.level == level):
            return p
    return None


def _evidence_start(text: str, i: int) -> int:
    return max((m.end() for m in re.finditer(r"[,;:]", text[:i])), default=0)
