"""Place names and administrative codes, from the gazetteers the `cpca` and `jionlp` packages ship.

cpca carries the official list of provinces, cities and counties with their codes
(GB/T 2260); we read its table directly (without importing cpca, which loads pandas)
and add the short forms people write: 北京 for 北京市, 广东 for 广东省. jionlp carries the
towns and streets under each county (乡, 镇, 街道, 苏木), which have no code there: a town is
known by its county's code and its name (610113-小寨路街道), and only by its full name.
"""
from __future__ import annotations

import csv
import re
import importlib.util
import zipfile
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from kg import lexicon, numerals, segment

NATIONAL = "全国"
_NATIONAL_WORDS = {"全国": NATIONAL, "我国": NATIONAL, "中国": NATIONAL, "国内": NATIONAL}
_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_NOT_AFTER_SHORT = ("街道", "路", "镇", "村", "乡", "社区", "小区", "大学", "学院", "师范")


@dataclass(frozen=True)
class Place:
    code: str  # 6-digit administrative code; "" for the whole country
    name: str  # official name: 北京市, 蜀山区
    level: int  # 0 nation, 1 province, 2 city, 3 county, 4 town or street, 5 community or village
    parent: str | None  # code of the enclosing place

    @property
    def official(self) -> bool:
        """Has a code of GB/T 2260 (towns have their county's code and name)."""
        return self.level < TOWN

    @property
    def label(self) -> str:
        """Counties carry their city (成都市武侯区): county names repeat across China;
        a county-level city (绵竹市) is named alone, as a city. A town is named alone as
        people write it (首阳镇); `full_label` adds its county."""
        if self.level == 3 and self.parent and not self.name.endswith("市"):  # 绵竹市 is a city
            up = gazetteer().by_code[self.parent]
            return up.name + self.name
        return self.name

    @property
    def full_label(self) -> str:
        if self.level >= TOWN and self.parent:
            return gazetteer().by_code[self.parent].full_label + self.name
        return self.label


TOWN = 4
COMMUNITY = 5


class Gazetteer:
    def __init__(self, places: list[Place]):
        self.by_code = {p.code: p for p in places}
        self.by_name: dict[str, list[Place]] = {}
        for p in places:
            self.by_name.setdefault(p.name, []).append(p)
            for short in _short_forms(p):
                self.by_name.setdefault(short, []).append(p)
        self.by_name.update({w: [NATION] for w in _NATIONAL_WORDS})
        self.max_len = max(map(len, self.by_name))
        # every beginning of a name: the scan stops as soon as the text leaves them
        self.prefixes = {name[:k] for name in self.by_name for k in range(1, len(name) + 1)}
        self.names: dict[str, set[str]] = {}  # code -> every name the place is known by
        for name, ps in self.by_name.items():
            for p in ps:
                self.names.setdefault(p.code, set()).add(name)

    def candidates(self, name: str) -> list[Place]:
        return self.by_name.get(name, [])

    def ancestors(self, place: Place):
        while place.parent:
            place = self.by_code[place.parent]
            yield place


NATION = Place("", NATIONAL, 0, None)


@cache
def _autonomous() -> re.Pattern:
    """黔东南苗族侗族自治州: the place before the first nationality, and its tier."""
    return re.compile(r"^(.+?)(?:(?:%s)族?)+自治(州|县|旗)$" % lexicon.alternation("ethnic_groups.txt"))


def _short_forms(p: Place) -> list[str]:
    if p.code in _EXTRA_SHORT:
        return _EXTRA_SHORT[p.code]
    return _written_short_forms().get(p.name, []) + _ruled_short_forms(p)


@cache
def _written_short_forms() -> dict[str, list[str]]:
    """克孜勒苏柯尔克孜自治州 -> [克州]: the short forms lexicon/place_short_forms.txt lists."""
    return {name: shorts.split() for name, shorts in lexicon.rows("place_short_forms.txt", 2)}


def _ruled_short_forms(p: Place) -> list[str]:
    auto = _autonomous().match(p.name)
    if auto:  # 大理白族自治州 -> 大理州, 黔东南苗族侗族自治州 -> 黔东南州
        return [auto.group(1) + auto.group(2)]
    if p.level > 2:
        return []
    for suffix in _PROVINCE_SUFFIXES:
        if p.name.endswith(suffix) and len(p.name) - len(suffix) >= 2:
            return [p.name[: -len(suffix)]]
    return []


def _cpca_table() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the cpca package (place gazetteer) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


def _jionlp_locations() -> Path:
    spec = importlib.util.find_spec("jionlp")  # found, not imported: its import loads much more
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the jionlp package (towns and streets) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "dictionary" / "china_location.zip"


# a town's name: at least two characters before its kind (张镇 of 张镇长 is a person's title)
_TOWN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,}(?:镇|乡|街道|苏木)$")


# jionlp's table is indented by level (province, city, county with its code, town, village);
# only counties (two tabs) and towns (three) are read, and nine lines in ten are villages
_COUNTY_OR_TOWN_LINE = re.compile(r"^(\t\t\t?)([^\t\n][^\n]*)$", re.M)


def _jionlp_table() -> str:
    with zipfile.ZipFile(_jionlp_locations()) as z:
        return z.read(z.namelist()[0]).decode("utf-8")  # one decode: line by line costs 6×


# a county line of jionlp's table: two tabs, its name, its code
_COUNTY_LINE = re.compile(r"^\t\t([^\t\r\n]+)\t(\d{6})", re.M)
# what jionlp also lists with a code but articles do not report as a county: zones and
# parks (经济开发区, 产业园), bodies (管委会), and names carrying their city (岳阳市屈原管理区)
_NOT_A_COUNTY = re.compile(r"开发|园|管委会|管理区|委员会|示范|风景|工业|产业|保税|港区|实验|试验|合作区|新城|.市.")


def _newer_counties(table: str, known: dict[str, str]) -> list[Place]:
    """Counties made or renamed after cpca's list (宁乡县 became 宁乡市, 郫县 郫都区), from
    jionlp's newer table; a name cpca already gives another place is left to cpca."""
    names = set(known.values())
    out = []
    for name, code in _COUNTY_LINE.findall(table):
        if code in known or name in names or code.startswith("71") or _NOT_A_COUNTY.search(name) \
                or not name.endswith(("区", "县", "市", "旗")):
            continue
        city = code[:4] + "00"
        out.append(Place(code, name, 3, city if city in known else code[:2] + "0000"))
    return out


def _towns(table: str, counties: set[str]) -> list[Place]:
    """Towns and streets under the counties we know."""
    out, county = [], None
    for m in _COUNTY_OR_TOWN_LINE.finditer(table):
        line = m.group(2).strip()
        if len(m.group(1)) == 2:
            fields = line.split("\t")
            county = fields[1] if len(fields) > 1 and fields[1] in counties else None
        elif county and _TOWN_NAME.match(line):
            out.append(Place(f"{county}-{line}", line, TOWN, county))
    return out


@cache
def gazetteer() -> Gazetteer:
    rows = {}
    with _cpca_table().open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["adcode"][:6]
            if row["adcode"][6:].strip("0") or row["name"] in ("市辖区", "县", "省直辖县级行政区划"):
                continue
            rows[code] = row["name"]
    places = []
    for code, name in sorted(rows.items()):
        level = 1 if code[2:] == "0000" else 2 if code[4:] == "00" else 3
        parent = None
        if level == 3:
            parent = code[:4] + "00" if code[:4] + "00" in rows else code[:2] + "0000"
        elif level == 2:
            parent = code[:2] + "0000"
        places.append(Place(code, name, level, parent if parent in rows else None))
    extra = []
    for ln in lexicon.lines("extra_places.txt"):  # places the official list lacks (兵团)
        code, name, level, shorts = (ln.split("\t") + [""])[:4]
        parent = {1: None, 2: code[:2] + "0000", 3: code[:4] + "00"}[int(level)]  # by the code's parts
        extra.append(Place(code, name, int(level), parent))
        _EXTRA_SHORT[code] = shorts.split()
    table = _jionlp_table()
    places += _newer_counties(table, rows)
    return Gazetteer(places + extra + _towns(table, {p.code for p in places if p.level == 3}))


_EXTRA_SHORT: dict[str, list[str]] = {}


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    candidates: tuple[Place, ...]


@lru_cache(maxsize=8192)  # the same prefixes are asked for again by the organisation finder
def place_around(text: str, i: int, end: int | None = None) -> int | None:
    """Where a place name written across i (begun before it, going on after it) begins, looking
    no further than `end` (西于庄街道 around its 于); None if no place crosses i."""
    if i == 0 or not ("\u4e00" <= text[i - 1] <= "\u9fff"):
        return None  # a place crossing i has a character of its name right before i
    w = max(0, i - 8)
    return next((w + p.start for p in find_places(text[w: i + 8 if end is None else end])
                 if w + p.start < i < w + p.end), None)


def inside_place(text: str, i: int) -> bool:
    """Does a place name written around i start before it (西于庄街道 around its 于)?"""
    return place_around(text, i) is not None


def place_at(text: str, i: int) -> PlaceMention | None:
    """The place name that begins at i (镇原县 of 镇原县委), if one does."""
    found = find_places(text[i:])
    return found[0] if found and found[0].start == 0 else None


def place_ends_at(text: str, at: int, start: int = 0) -> bool:
    """Does a place's name end at `at`, read in text[start:at] (绵阳市 of 绵阳市委)?"""
    found = find_places(text[start:at])
    return bool(found) and found[-1].end == at - start


def find_places(text: str) -> tuple[PlaceMention, ...]:
    """Longest place names in text, left to right, joined when nested (北京市通州区)."""
    gz = gazetteer()
    out: list[PlaceMention] = []
    i = 0
    while i < len(text):
        n = 1
        while i + n <= len(text) and text[i: i + n] in gz.prefixes:
            n += 1
        for n in range(n - 1, 1, -1):  # the longest name starting at i first
            cands = gz.candidates(text[i: i + n])
            after_parent = bool(cands) and bool(out) and out[-1].end == i and _inside(cands, out[-1])
            if cands and _plausible(text, i, n, cands, after_parent) \
                    and (after_parent or not _generic_name(text[i: i + n], cands)):
                cands = _narrow(cands, out[-1] if after_parent else None)
                if out and out[-1].end == i and not after_parent \
                        and all((c.level or 0) >= 3 for c in cands) and out[-1].candidates[0].level == 2:
                    i += n  # 贵阳新城区: a city's new district in words, not another city's 新城区
                    break
                if after_parent:
                    prev = out.pop()
                    out.append(PlaceMention(prev.start, i + n, text[prev.start: i + n], cands))
                else:
                    out.append(PlaceMention(i, i + n, text[i: i + n], tuple(cands)))
                i += n
                break
        else:
            i += 1
    return tuple(out)


_LONG = re.compile("长(?:期|效|远|久)")  # 镇长期坚持: the town, then a word in 长
_KIND_PAIRED = re.compile(r"[(（、/]?(?:街道|乡(?![村亲土情贤]))|(?<=乡)镇|街(?![头上区巷面景坊道])")


def _plausible(text: str, i: int, n: int, cands, after_parent: bool = False) -> bool:
    word = text[i: i + n]
    if cands[0].level == 0 and text.startswith("特色", i + n):
        return False  # 中国特色社会主义: a quality, not the nation
    if cands[0].level == TOWN and text.startswith("长", i + n) and not _LONG.match(text, i + n):
        return False  # 李家镇长: the town's head, written after his family name
    if cands[0].level == TOWN and not after_parent and _verb_named(text, i, n):
        return False  # 社工站联合镇卫生院: 联合 the verb, then the town's own hospital
    if cands[0].level == TOWN and _KIND_PAIRED.match(text, i + n):
        return False  # 新建镇(街道)社工站, 新建镇街: 镇 paired with 街道 is a kind of place, no town's name
    if any(word == c.name for c in cands):
        if n == 2 and text.startswith(("级", "直"), i + n):
            return False  # 建成县级中心, 乡镇和县直单位: 县级 is a level, 县直 the county's own bodies
        if i and not after_parent and _closes_word(text[i - 1: i + 1]) \
                and (n == 2 or cands[0].level == TOWN and _closes_word(text[i + 1: i + n])):
            # 全省建成县(市、区)级中心, 部分乡镇: 建成, 部分 and 乡镇 are words, 成县 and 分乡镇 no places
            # here (其中和平镇 is 和平镇: 平镇 is no word)
            return False
        # 岳西县社区工作者, 西湖区街道社工站: a county's communities and streets; a town's name
        # before 街道 or 社区 is a street's or community's own name
        return not text.startswith(("街道", "社区"), i + n) or cands[0].level <= 3
    return not text.startswith(_NOT_AFTER_SHORT, i + n)  # 大同街道 is a street, not 大同市


def _verb_named(text: str, i: int, n: int) -> bool:
    """A town (镇, 乡) named by a verb (联合镇, 前进镇) inside a clause, not after its county nor
    after a word that asks for a place: the verb, more often than the town."""
    name = text[i: i + n]
    if not name.endswith(("镇", "乡")):
        return False  # (streets are named after roads and old places, 下关街道, 合作街道: not read so)
    stem = name[:-1]
    return (i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in _BEFORE_A_PLACE
            and segment.pos_table().get(stem) == "v")


_BEFORE_A_PLACE = frozenset("在和与及中到至赴向对为于")  # 在前进镇, 其中前进镇: a place is what follows


def _generic_name(word: str, cands) -> bool:
    """城区, 郊区, 矿区: a district named by a common noun is that district only right after
    its city (大同市城区); alone (中心城区) it is the noun."""
    return all((c.level or 0) >= 3 for c in cands) and segment.word_freq(word) > 300 \
        and not segment.pos_table().get(word, "").startswith("ns")


def _closes_word(pair: str) -> bool:
    """A common word of two characters (建成, 达成, 婚礼) ends where a one-character place
    name begins."""
    return segment.word_freq(pair) >= 100


def _inside(cands, outer: PlaceMention) -> bool:
    gz = gazetteer()
    outer_codes = {p.code for p in outer.candidates}
    return any(a.code in outer_codes for c in cands for a in gz.ancestors(c))


def _narrow(cands, outer: PlaceMention | None):
    if outer is None:
        return tuple(cands)
    gz = gazetteer()
    outer_codes = {p.code for p in outer.candidates}
    inside = [c for c in cands if any(a.code in outer_codes for a in gz.ancestors(c))]
    return tuple(inside or cands)


def choose(mention_cands, context: list[Place]) -> Place:
    """One place for an ambiguous name: the one inside a place the document names."""
    if len(mention_cands) == 1:
        return mention_cands[0]
    gz = gazetteer()
    known = {p.code for p in context}
    for c in mention_cands:
        if any(a.code in known for a in gz.ancestors(c)):
            return c
    return sorted(mention_cands, key=lambda p: (p.level, p.code))[0]


def lookup(code: str) -> Place | None:
    """The place of a code: the gazetteer's, or a community, whose code is its town's (or
    county's) and its name (…-莲华街道-云秀社区)."""
    gz = gazetteer()
    if code in gz.by_code:
        return gz.by_code[code]
    parent, _, name = code.rpartition("-")
    return community(parent, name) if parent in gz.by_code and gz.by_code[parent].level >= 3 else None


def community(parent: str, name: str) -> Place:
    """The community or village `name` of the town (or county) coded `parent`: its code is
    the parent's and its name."""
    return Place(f"{parent}-{name}", name, COMMUNITY, parent)


# what no community's own name holds: function words, measure words, references (所辖社区, 十二个社区,
# 其他社区, 社工进村); 和 may (和平社区), so lists are joined by 、 only
_NOT_IN_NAME = set("所辖各其他全该本每进到入在个内外的及与等有这那些")
_KINDS = ("社区", "村")


def _zhuang_na(own: str) -> bool:
    """那隆, 那坡: 那 (a paddy field, in Zhuang) opens many a village's name in the south; it is
    the demonstrative only before a measure word (那个村, 那些社区)."""
    return own[0] == "那" and own[1] not in "个些里时样" and not any(c in _NOT_IN_NAME for c in own[1:])


def _community_name(text: str, start: int, end: int, strict: bool = False) -> str | None:
    """text[start:end] if it is a community's or village's name: two to five characters of
    a name, then 社区 or 村 (not 村民, 村务), the name no word of a kind of community
    (城市社区, 智慧社区: lexicon/community_kinds.txt); `strict`, with nothing else to show it is
    a name, no common word either (全区社区)."""
    word = text[start:end]
    kind = next((k for k in _KINDS if word.endswith(k)), None)
    own = word[: -len(kind)] if kind else ""
    if not 2 <= len(own) <= 5 or any(not ("\u4e00" <= c <= "\u9fff") for c in own):
        return None
    if any(c in _NOT_IN_NAME for c in own) and not _zhuang_na(own):
        return None
    if kind == "村" and text[end: end + 1] in ("民", "务", "庄", "级"):
        return None
    kinds = lexicon.words("community_kinds.txt")
    if any(own.startswith(k) or own.endswith(k) for k in kinds) or strict and segment.word_freq(own) > 1000:
        return None
    return word


def _name_from(text: str, i: int) -> str | None:
    """The shortest community name starting at i."""
    for end in range(i + 3, min(i + 8, len(text)) + 1):
        if text.endswith(_KINDS, 0, end) and (name := _community_name(text, i, end)):
            return name
    return None


def _name_to(text: str, end: int) -> str | None:
    """The shortest community name ending at end."""
    for start in range(end - 3, max(end - 8, 0) - 1, -1):
        if (name := _community_name(text, start, end)):
            return name
    return None


def community_ends(text: str, end: int) -> bool:
    """Does a community's or village's name end at `end` (东新巷社区 of 东新巷社区与…)?"""
    return _name_to(text, end) is not None


def communities(text: str, mentioned=None) -> list[tuple[int, int, Place]]:
    """(start, end, place) of each community or village written right after its town or
    street (莲华街道云秀社区): places too small for any list, known from the text alone (by
    code, `lookup`, not by name: another article's 云秀社区 is another). `mentioned`: the
    text's place mentions, if found already."""
    out = []
    for m in find_places(text) if mentioned is None else mentioned:
        town = m.candidates[0]
        name = _name_from(text, m.end) if town.level == TOWN else None
        if name:
            out.append((m.start, m.end + len(name), community(town.code, name)))
    return out


_OPENING_VERB = re.compile(r"作为|是|位于|现有|共有|目前|有|:")  # 百步亭社区作为…, 云秀社区是…, 那隆村:个案5个…


def opening_community(text: str, holder: Place | None) -> Place | None:
    """A community or village the sentence opens on as its subject (控拜村是…) or as where
    it happened (在麻料村,…), of the county or town the article is about."""
    if holder is None or holder.level < 3:
        return None
    name = next((n for end in range(3, 8) if text.endswith(_KINDS, 0, end) and _OPENING_VERB.match(text, end)
                 and (n := _community_name(text, 0, end, strict=True))), None)
    where = _OPENING_WHERE.match(text)  # 在麻料村,社工为…: where what the sentence says was done
    name = name or (where and _community_name(text, 1, where.end(1), strict=True))
    return community(holder.code, name) if name else None


_OPENING_WHERE = re.compile(r"在([\u4e00-\u9fff]{2,5}(?:社区|村)),")


def community_list(text: str, holder: Place | None) -> list[Place]:
    """Three or more communities or villages listed at a clause's start (栖霞社区、春晖社区、
    银海社区分别有…), the list ending there: of the county or town the article is about,
    though none is written after its town."""
    if holder is None or holder.level < 3:
        return []
    out: list[Place] = []
    for m in re.finditer(r"(?:^|(?<=[,;:]))", text):
        names, whole = _listed_names(text, m.end(), strict=True)
        if len(names) >= 3 and whole:
            out += [community(holder.code, n) for n in names]
    for m in _COUNTED_GROUP.finditer(text):  # 服务甲社区、乙社区、丙社区3个社区: named, then counted
        names = _names_before(text, m.start())
        out += [community(holder.code, n) for n in names] if len(names) >= 2 and numerals.count(m.group(1)) == len(names) else []
    for m in PARTS_OPENING.finditer(text):  # 其中甲社区612户、乙社区487户: the parts of a whole, each with its figure
        names = _figured_names(text, m.end())
        out += [community(holder.code, n) for n in names] if len(names) >= 2 else []
    return out


_COUNTED_GROUP = re.compile(r"(?<=[区村])([\d两三四五六七八九十]+)个(?:社区|村)")


# 其中…, 分社区看,…, 从区域分布看,…: what follows are the parts of a whole told before
PARTS_OPENING = re.compile(r"(?:其中|(?:分|从)[\u4e00-\u9fff]{1,6}看)[,:]?")
_PART_FIGURE = re.compile(r"[\u4e00-\u9fff]{0,2}?[\d.]+[万千百]?[\u4e00-\u9fff]{0,2}(?=[、,;。]|$)")  # 612户, 服务1.2万人次


def _names_before(text: str, end: int) -> list[str]:
    """The community names of the 、 list that ends at `end`, first to last: each between two
    、 whole, the first the shortest name (what opens the list is not known)."""
    names: list[str] = []
    while True:
        start = text.rfind("、", 0, end) + 1
        whole = _community_name(text, start, end) if start else None
        name = whole or _opening_name_to(text, end)
        if not name:
            return names
        names.insert(0, name)
        if not whole:
            return names
        end = start - 1


def _opening_name_to(text: str, end: int) -> str | None:
    """The community name ending at end that opens a list: the shortest that starts where a
    word does (走访文化路社区: 文化路社区, neither 化路社区 nor 走访文化路社区)."""
    starts = {start for _, start, _ in segment.tokens(text[: end])}
    return next((name for start in range(end - 3, max(end - 8, 0) - 1, -1)
                 if start in starts and (name := _community_name(text, start, end))), None)


def _figured_names(text: str, at: int) -> list[str]:
    """The community names of a list of parts with their figures (甲社区612户、乙社区487户;
    甲社区服务3210人次,乙社区2865人次)."""
    names: list[str] = []
    while (name := _name_from(text, at)) and (fig := _PART_FIGURE.match(text, at + len(name))):
        names.append(name)
        at = fig.end()
        if not text.startswith(("、", ","), at):
            break
        at += 1
    return names


def _listed_names(text: str, at: int, strict: bool = False) -> tuple[list[str], bool]:
    """The community names of the 、 list that starts at `at`, and whether the list ends with
    its last name (not with something else after a 、: 甲社区、乙社区、某小学)."""
    names: list[str] = []
    while (name := _name_from(text, at)) and (not strict or _community_name(text, at, at + len(name), strict=True)):
        names.append(name)
        at += len(name)
        if not text.startswith("、", at):
            return names, True
        at += 1
    return names, not names


def listed_communities(text: str, known: dict[str, Place]) -> dict[str, Place]:
    """Communities written in a 、 list beside a known one (云秀社区、龙泉路社区): of its town."""
    out: dict[str, Place] = {}
    for name, place in known.items():
        for m in re.finditer(re.escape(name), text):
            if text.startswith("、", m.end()):  # the names after it
                out.update((n, community(place.parent, n)) for n in _listed_names(text, m.end() + 1)[0])
            out.update((n, community(place.parent, n)) for n in _names_before(text, m.start() - 1)
                       if text.endswith("、", 0, m.start()))  # and before it
    return out


def common_ancestor(members: list[Place]) -> Place | None:
    """The narrowest place holding every one of members, one of them if it holds the rest
    (the nation holds all)."""
    gz = gazetteer()
    chains = [[m, *gz.ancestors(m)] for m in members]
    for candidate in chains[0]:
        if all(candidate in chain for chain in chains[1:]):
            return candidate
    return NATION


def abbreviation_regions(run: str) -> list[Place] | None:
    """沪苏浙 -> [上海市, 江苏省, 浙江省]; None unless every character is an abbreviation."""
    table = lexicon.table("place_abbreviations.txt")
    if len(run) < 2 or any(ch not in table for ch in run):
        return None
    gz = gazetteer()
    return [gz.candidates(table[ch])[0] for ch in run]


_TIER_FITS = {
    "省": lambda p: p.level == 1 and p.name.endswith("省"),
    "自治区": lambda p: p.level == 1 and p.name.endswith("自治区"),
    "市": lambda p: p.name.endswith("市"),  # a city, a municipality or a county-level city (绵竹市)
    "州": lambda p: p.level == 2 and p.name.endswith("州"),
    "区": lambda p: p.level == 3 and p.name.endswith("区"),
    "县": lambda p: p.level == 3 and p.name.endswith("县"),
    "旗": lambda p: p.level == 3 and p.name.endswith("旗"),
}


def main_place(tier: str, seen: list, publisher: tuple = ()) -> Place | None:
    """The place of this tier (省, 市, 区 …) of the article's publisher, else the one it names
    most, if one leads: what a short form (市委, 区民政局, 副区长) written without its place
    belongs to."""
    fits = _TIER_FITS.get(tier)
    if fits is None:
        return None
    own = [p for p in publisher if fits(p)]
    if len(own) == 1:
        return own[0]
    counts = Counter(p for p in seen if fits(p))
    if not counts:  # 喀什市 named, 自治区 meant: the place of that tier containing them
        gz = gazetteer()
        counts = Counter(a for p in seen for a in gz.ancestors(p) if fits(a))
    return leading(counts) or _holding_the_rest(counts)


def _holding_the_rest(counts: Counter) -> Place | None:
    """Of places named as often, the one that holds the others (宜昌市 beside 当阳市, one of its
    county-level cities): the article's, the others its parts."""
    if not counts:
        return None
    most = max(counts.values())
    top = [p for p, n in counts.items() if n == most]
    ancestors = gazetteer().ancestors
    return next((p for p in top if all(p is q or p in ancestors(q) for q in top)), None)


def leading(counts: Counter) -> Place | None:
    """The place counted most, if one leads (no tie)."""
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
