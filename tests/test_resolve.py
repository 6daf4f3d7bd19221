"""Tests for kg.resolve: mentions -> entities.

Facts are built by hand; people and figures are invented.
"""
from __future__ import annotations

import pytest

from kg.facts import Event, Evidence, Observation, OrgRef, PlaceRef, Post, Signing
from kg.resolve import org_key, resolve


def ev(doc: str = "d1", sentence: int = 0, rule: str = "test") -> Evidence:
    start = sentence * 100
    return Evidence(doc, sentence, start, start + 50, start + 5, start + 20, rule)


def assoc(name: str) -> OrgRef:
    return OrgRef(name, "association")


def post(person: str, role: str, org: str, doc: str = "d1", sentence: int = 0,
         former: bool = False) -> Post:
    return Post(person, role, assoc(org), former, ev(doc, sentence, "roles.test"))


def orgs(res) -> dict:
    return {k: e for k, e in res.entities.items() if e.kind == "org"}


def people(res) -> dict:
    return {k: e for k, e in res.entities.items() if e.kind == "person"}


# --- org_key ------------------------------------------------------------------------------

@pytest.mark.parametrize("variant, full", [
    ("成都社工协会", "成都市社会工作协会"),
    ("成都市社工协会", "成都市社会工作协会"),
    ("成都社会工作协会", "成都市社会工作协会"),
    ("《成都市社会工作协会》", "成都市社会工作协会"),
    ("四川社工联合会", "四川省社会工作联合会"),
    ("《四川社工联合会》", "四川省社会工作联合会"),
    ("四川省社工联合会", "四川省社会工作联合会"),
])
def test_org_key_folds_variants(variant, full):
    assert org_key(assoc(variant)) == org_key(assoc(full))
    assert org_key(assoc(full)) == full


def test_org_key_folds_full_width():
    assert org_key(assoc("成都市ＡＢＣ社工服务中心")) == org_key(assoc("成都市ABC社会工作服务中心"))


@pytest.mark.parametrize("a, b", [
    ("成都市社会工作协会", "四川省社会工作协会"),
    ("成都市社会工作协会", "成都市社会工作联合会"),
    ("四川省社会工作者协会", "四川省社会工作协会"),  # one character apart: not by key alone
])
def test_org_key_keeps_different_orgs_apart(a, b):
    assert org_key(assoc(a)) != org_key(assoc(b))


def test_org_key_of_a_place_acting():
    ref = OrgRef("成都市", "government", place_code="510100")
    assert org_key(ref) == "place:510100"


def test_variant_names_are_one_org_with_alt_labels():
    res = resolve([
        post("王建华", "会长", "成都市社会工作协会", "d1"),
        post("王建华", "会长", "成都市社会工作协会", "d2"),
        post("王建华", "会长", "《成都社工协会》", "d3"),
    ])
    (ent,) = orgs(res).values()
    assert ent.label == "成都市社会工作协会"
    assert ent.alt_labels == ["《成都社工协会》"]
    assert len(res.posts) == 1
    assert len(res.posts[0].evidence) == 3


# --- organisations one character apart ------------------------------------------------------

def test_one_apart_orgs_merged_when_same_person_same_role():
    res = resolve([
        post("王建华", "会长", "四川省社会工作者协会", "d1"),
        post("王建华", "会长", "四川省社会工作者协会", "d2"),
        post("王建华", "会长", "四川省社会工作协会", "d3"),
    ])
    found = orgs(res)
    assert len(found) == 1
    (ent,) = found.values()
    assert ent.label == "四川省社会工作者协会"  # the spelling written more often
    assert "四川省社会工作协会" in ent.alt_labels
    (p,) = res.posts
    assert p.org == ent.key
    assert len(p.evidence) == 3
    assert len(people(res)) == 1


@pytest.mark.parametrize("second", [
    post("王建华", "秘书长", "四川省社会工作协会", "d2"),  # same person, other role
    post("周晓梅", "会长", "四川省社会工作协会", "d2"),  # same role, other person
])
def test_one_apart_orgs_not_merged_otherwise(second):
    res = resolve([post("王建华", "会长", "四川省社会工作者协会", "d1"), second])
    keys = set(orgs(res))
    assert keys == {"org:四川省社会工作者协会", "org:四川省社会工作协会"}
    assert {p.org for p in res.posts} == keys


def test_orgs_two_characters_apart_not_merged_even_with_same_holder():
    res = resolve([
        post("王建华", "会长", "四川省社会工作者协会", "d1"),
        post("王建华", "会长", "四川省社会工作联合会", "d2"),
    ])
    assert len(orgs(res)) == 2


# --- people ---------------------------------------------------------------------------------

def test_same_name_same_org_across_documents_is_one_person():
    res = resolve([
        post("王建华", "会长", "浙江省社会工作协会", "d1"),
        post("王建华", "副会长", "浙江省社会工作协会", "d2", former=True),
    ])
    found = people(res)
    assert list(found) == ["person:王建华"]
    assert {p.person for p in res.posts} == {"person:王建华"}
    assert {p.role for p in res.posts} == {"会长", "副会长"}


def test_same_name_same_org_variant_spelling_is_one_person():
    res = resolve([
        post("王建华", "会长", "成都市社会工作协会", "d1"),
        post("王建华", "会长", "成都社工协会", "d2"),
    ])
    assert len(people(res)) == 1
    (p,) = res.posts
    assert len(p.evidence) == 2


def test_same_name_different_orgs_across_documents_is_two_people():
    res = resolve([
        post("王建华", "会长", "浙江省社会工作协会", "d1"),
        post("王建华", "主任", "成都市阳光社会工作服务中心", "d2"),
    ])
    found = people(res)
    assert len(found) == 2
    assert set(found) == {"person:王建华", "person:王建华-2"}
    assert all(e.label == "王建华" for e in found.values())
    by_org = {res.entities[p.org].label: p.person for p in res.posts}
    assert by_org["浙江省社会工作协会"] != by_org["成都市阳光社会工作服务中心"]


def test_same_name_in_one_document_is_one_person():
    res = resolve([
        post("王建华", "会长", "浙江省社会工作协会", "d1", 0),
        post("王建华", "主任", "成都市阳光社会工作服务中心", "d1", 3),
    ])
    assert list(people(res)) == ["person:王建华"]


def test_person_keys_are_deterministic():
    facts = [
        post("王建华", "会长", "浙江省社会工作协会", "d1"),
        post("王建华", "主任", "成都市阳光社会工作服务中心", "d2"),
    ]
    a = resolve(facts)
    b = resolve(list(reversed(facts)))
    assert sorted((p.person, p.org) for p in a.posts) == sorted((p.person, p.org) for p in b.posts)


def test_one_character_name_variant_same_post_is_merged():
    res = resolve([
        post("周晓梅", "秘书长", "江苏省社会工作协会", "d1"),
        post("周晓梅", "秘书长", "江苏省社会工作协会", "d2"),
        post("周小梅", "秘书长", "江苏省社会工作协会", "d3"),
    ])
    found = people(res)
    assert len(found) == 1
    (ent,) = found.values()
    assert ent.label == "周晓梅"
    assert ent.alt_labels == ["周小梅"]
    (p,) = res.posts
    assert len(p.evidence) == 3


@pytest.mark.parametrize("other", [
    post("周小梅", "会长", "江苏省社会工作协会", "d2"),  # other role
    post("周小梅", "秘书长", "浙江省社会工作协会", "d2"),  # other org
])
def test_one_character_name_variant_other_post_is_not_merged(other):
    res = resolve([post("周晓梅", "秘书长", "江苏省社会工作协会", "d1"), other])
    found = people(res)
    assert len(found) == 2
    assert {e.label for e in found.values()} == {"周晓梅", "周小梅"}
    assert all(e.alt_labels == [] for e in found.values())


def test_names_two_characters_apart_not_merged():
    res = resolve([
        post("周晓梅", "秘书长", "江苏省社会工作协会", "d1"),
        post("周海燕", "秘书长", "江苏省社会工作协会", "d2"),
    ])
    assert len(people(res)) == 2


def test_former_only_when_every_mention_says_so():
    res = resolve([
        post("王建华", "会长", "浙江省社会工作协会", "d1", former=True),
        post("王建华", "会长", "浙江省社会工作协会", "d2", former=False),
        post("李国强", "会长", "四川省社会工作协会", "d3", former=True),
    ])
    former = {res.entities[p.person].label: p.former for p in res.posts}
    assert former == {"王建华": False, "李国强": True}


# --- signings -------------------------------------------------------------------------------

def sign(title: str, names: tuple[str, ...], date: str | None, doc: str = "d1") -> Signing:
    return Signing(title, tuple(assoc(n) for n in names), date, ev(doc, 0, "agreements.test"))


PARTIES = ("成都市社会工作协会", "四川省社会工作者协会")


def test_undated_and_dated_mention_are_one_signing():
    res = resolve([
        sign("社会工作人才培养合作协议", PARTIES, None, "d1"),
        sign("社会工作人才培养合作协议", PARTIES, "2018-06-20", "d2"),
    ])
    (s,) = res.signings
    assert s.date == "2018-06-20"
    assert len(s.evidence) == 2
    assert {e.doc_id for e in s.evidence} == {"d1", "d2"}
    assert s.agreement == "agreement:社会工作人才培养合作协议"
    assert set(s.signatories) == {"org:成都市社会工作协会", "org:四川省社会工作者协会"}


def test_signing_signatory_variants_and_order_fold():
    res = resolve([
        sign("社会工作人才培养合作协议", ("四川省社会工作者协会", "成都社工协会"), None, "d1"),
        sign("社会工作人才培养合作协议", PARTIES, "2018-06-20", "d2"),
    ])
    (s,) = res.signings
    assert s.date == "2018-06-20"
    assert len(s.evidence) == 2


def test_year_only_date_joins_the_full_date():
    res = resolve([
        sign("社会工作人才培养合作协议", PARTIES, "2018", "d1"),
        sign("社会工作人才培养合作协议", PARTIES, "2018-06-20", "d2"),
    ])
    (s,) = res.signings
    assert s.date == "2018-06-20"
    assert len(s.evidence) == 2


@pytest.mark.parametrize("second", [
    sign("社区养老服务合作协议", PARTIES, "2018-06-20", "d2"),  # other title
    sign("社会工作人才培养合作协议", ("成都市社会工作协会", "浙江省社会工作协会"),
         "2018-06-20", "d2"),  # other signatories
    sign("社会工作人才培养合作协议", PARTIES, "2020-03-02", "d2"),  # signed again later
])
def test_different_signings_stay_apart(second):
    res = resolve([sign("社会工作人才培养合作协议", PARTIES, "2018-06-20", "d1"), second])
    assert len(res.signings) == 2


# --- observations ---------------------------------------------------------------------------

def obs(value: float, doc: str = "d1", sentence: int = 0, indicator: str = "持证社会工作者",
        qualifier: str = ">", year: int | None = 2018, kind: str = "actual") -> Observation:
    return Observation(PlaceRef("330000", "浙江省"), indicator, value, "人", qualifier, year,
                       kind, ev(doc, sentence, "statistics.test"))


def test_identical_observations_become_one_with_two_evidences():
    a, b = obs(12500, "d1", 2), obs(12500, "d2", 7)
    res = resolve([a, b])
    (r,) = res.observations
    assert r.obs.value == 12500
    assert r.evidence == (a.evidence, b.evidence)


@pytest.mark.parametrize("other", [
    obs(13000, "d2"),  # other value
    obs(12500, "d2", year=2019),
    obs(12500, "d2", kind="target"),
    obs(12500, "d2", indicator="注册志愿者"),
])
def test_different_observations_stay_apart(other):  # 超过12500 and 12500: one figure (test_cube)
    res = resolve([obs(12500, "d1"), other])
    assert len(res.observations) == 2
    assert all(len(r.evidence) == 1 for r in res.observations)


# --- labels: each mention counts once -------------------------------------------------------

def _event_with(name: str, organiser: str, participant: str, doc: str) -> Event:
    return Event(name, "论坛", None, None, (("主办", assoc(organiser)),), (assoc(participant),), None,
                 ev(doc, 0, "events.test"))


@pytest.mark.parametrize("second_mention", ["signing", "event organiser", "event participant"])
def test_each_mention_of_a_spelling_counts_once(second_mention):
    # one mention of the full name in a post, one of the short name elsewhere: a tie, so
    # the label is the longer name; counting a signatory or event mention twice gave 1 : 2
    full, short = "成都市社会工作协会", "成都社工协会"
    facts = [post("周立新", "会长", full, "d1")]
    other = "四川省社会工作者协会"
    if second_mention == "signing":
        facts.append(sign("社会工作人才培养合作协议", (short, other), None, "d2"))
    elif second_mention == "event organiser":
        facts.append(_event_with("蓉城社会工作论坛", short, other, "d2"))
    else:
        facts.append(_event_with("蓉城社会工作论坛", other, short, "d2"))
    ent = orgs(resolve(facts))["org:成都市社会工作协会"]
    assert dict(ent.names) == {full: 1, short: 1}
    assert ent.label == full and ent.alt_labels == [short]


def test_a_spelling_mentioned_more_often_is_the_label():
    full, short = "成都市社会工作协会", "成都社工协会"
    facts = [post("周立新", "会长", full, "d1"),
             sign("社会工作人才培养合作协议", (short, "四川省社会工作者协会"), None, "d2"),
             sign("社区治理合作协议", (short, "四川省社会工作者协会"), None, "d3")]
    ent = orgs(resolve(facts))["org:成都市社会工作协会"]
    assert dict(ent.names) == {full: 1, short: 2} and ent.label == short


def test_short_forms_spelled_out_from_the_place_that_contains_the_article_s_places():
    from kg import ingest, pipeline
    d = ingest.document_from_text("k", "k.txt", "2024-03-05 来源：本地新闻网\n喀什市召开会议。"
                                  "市委常委、组织部部长陈卫东出席。自治区民政厅副厅长王建军讲话。")
    got = {(f.person, f.org.name) for f in pipeline.extract_document(d) if hasattr(f, "person")}
    assert {("陈卫东", "喀什市委组织部"), ("王建军", "新疆维吾尔自治区民政厅")} <= got


def test_a_tier_government_after_a_short_committee_is_spelled_out_with_the_article_s_place():
    from kg import ingest, pipeline
    d = ingest.document_from_text("k", "k.txt", "2024-03-05 来源：本地新闻网\n红河州召开会议。"
                                  "州委常委、副州长杨建国出席。")
    got = {(f.role, f.org.name) for f in pipeline.extract_document(d) if hasattr(f, "person")}
    assert got == {("常委", "红河哈尼族彝族自治州委"), ("副州长", "红河哈尼族彝族自治州人民政府")}


def _spelled_posts(text: str) -> set:
    from kg import ingest, pipeline
    d = ingest.document_from_text("k", "k.txt", "2024-03-05 来源：本地新闻网\n" + text)
    return {(f.person, f.org.name) for f in pipeline.extract_document(d) if hasattr(f, "person")}


@pytest.mark.parametrize("text, org", [
    pytest.param("河北省社会工作协会在石家庄召开座谈会。省协会副会长邢志远出席。", "河北省社会工作协会",
                 id="sheng-xiehui-is-the-province-s-association-named"),
    pytest.param("河北省社会工作协会与河北省养老服务协会召开座谈会。省协会副会长邢志远出席。", "省协会",
                 id="two-such-associations-named-none-is-chosen"),
    pytest.param("石家庄市社会工作协会召开座谈会。省协会副会长邢志远出席。", "河北省协会",
                 id="a-city-s-association-is-not-the-province-s"),
])
def test_short_form_of_an_association_is_the_one_the_article_names(text, org):
    assert ("邢志远", org) in _spelled_posts(text)


def test_a_committee_named_with_and_without_zhonggong_is_one_to_spell_out():
    from kg import ingest, pipeline
    d = ingest.document_from_text("k", "k.txt", "泸州市委社会工作部召开会议\n2024-03-05 来源：本地新闻网\n"
                                  "中共泸州市委社会工作部召开全体会议。市委社会工作部部长孙海出席。")
    got = {(f.person, f.org.name) for f in pipeline.extract_document(d) if hasattr(f, "person")}
    assert got == {("孙海", "泸州市委社会工作部")}


@pytest.mark.parametrize("text", [
    pytest.param("宜昌市召开社会工作推进会。当阳市民政局副局长田野发言。宜昌市副市长王海讲话，"
                 "市民政局局长陈刚主持。", id="a-county-level-city-s-bureau-named-beside"),
    pytest.param("宜昌市召开社会工作推进会。当阳市民政局副局长田野、枝江市民政局副局长周敏发言，宜昌市民政局"
                 "承办。宜昌市副市长王海讲话，市民政局局长陈刚主持。", id="several-bureaus-named-the-main-city-s-among-them"),
])
def test_shi_minzhengju_in_a_city_s_article_is_that_city_s(text):
    assert ("陈刚", "宜昌市民政局") in _spelled_posts(text)


def test_a_short_committee_unit_beside_a_county_level_city_s_is_the_main_city_s():
    got = _spelled_posts("哈尔滨市举办培训班。中共哈尔滨市委社会工作部主办。五常市委社会工作部副部长司马强,"
                         "市委社会工作部部长孙海出席。")
    assert ("孙海", "中共哈尔滨市委社会工作部") in got and ("司马强", "五常市委社会工作部") in got


def test_of_cities_named_as_often_the_one_holding_the_other_is_the_article_s():
    got = _spelled_posts("襄阳市召开推进会。襄阳市民政局主办，枣阳市民政局、枣阳市社会工作协会承办。"
                         "市民政局局长陈刚讲话。")
    assert ("陈刚", "襄阳市民政局") in got


def test_a_district_whose_name_opens_on_shi_is_no_short_form():
    got = _spelled_posts("青岛市召开会议。青岛市民政局主办。市北区委常委、社会工作部部长王海出席。")
    assert ("王海", "市北区委") in got and ("王海", "市北区委社会工作部") in got


def test_a_unit_after_a_bare_xueyuan_is_the_unit_of_the_one_school_named():
    from kg import ingest, pipeline
    d = ingest.document_from_text("k", "k.txt", "2024-03-05 来源：本地新闻网\n延安大学政法学院与宝塔区民政局举行签约仪式。"
                                  "学院社会学系与宝塔区桥沟街道办事处签订了社区服务共建协议。")
    got = {o.name for f in pipeline.extract_document(d) if hasattr(f, "signatories") for o in f.signatories}
    assert "延安大学政法学院社会学系" in got and "学院社会学系" not in got


def _published_posts(byline: str, text: str) -> set:
    from kg import ingest, pipeline
    d = ingest.document_from_text("k", "k.txt", "全市社会工作会议召开\n2025-02-14　　" + byline + "\n" + text)
    return {(f.person, f.org.name) for f in pipeline.extract_document(d) if hasattr(f, "person")}


COUNTY_CITY_NAMED_MORE = ("2月13日，全市社会工作会议召开。市委常委、秘书长乔明出席会议，市民政局局长方远作报告。"
                          "彭州市、邛崃市、彭州市和邛崃市的代表作交流发言，彭州市介绍了经验。")


def test_the_publisher_s_city_is_what_shi_means_though_a_county_level_city_is_named_more():
    got = _published_posts("来源：中共成都市委社会工作部", COUNTY_CITY_NAMED_MORE)
    assert ("乔明", "成都市委") in got and ("方远", "成都市民政局") in got


def test_without_a_publisher_of_a_place_the_city_named_most_is_what_shi_means():
    got = _published_posts("来源：本地新闻网", COUNTY_CITY_NAMED_MORE)
    assert ("方远", "彭州市民政局") in got
