"""The gazetteer: counties from cpca, towns and streets from jionlp's table, and the
narrowest place holding a group."""
import pytest

from kg.places import TOWN, common_ancestor, find_places, gazetteer


def _only(text):
    (mention,) = find_places(text)
    (place,) = mention.candidates
    return mention, place


def test_a_street_is_found_under_its_county():
    mention, place = _only("秣陵街道的居民")
    assert (mention.text, place.level) == ("秣陵街道", TOWN)
    county = gazetteer().by_code[place.parent]
    assert county.name == "江宁区"
    assert place.full_label == "南京市江宁区秣陵街道"
    assert place.label == "秣陵街道"


def test_a_town_has_no_code_of_its_own():
    _, town = _only("丁蜀镇")
    _, county = _only("宜兴市")
    assert county.official and not town.official
    assert town.code.startswith(county.code)


@pytest.mark.parametrize("text, found", [
    ("丁蜀镇长在会上讲话", False),  # 镇长 is the town's head: the name would take its 镇
    ("丁蜀镇长期坚持", True),       # the town, then the word 长期
])
def test_a_town_followed_by_its_head_is_no_place(text, found):
    assert any(m.text == "丁蜀镇" for m in find_places(text)) == found


@pytest.mark.parametrize("text, found", [
    ("全县各乡镇和县直单位", False),  # 县直: the county's own bodies; 和 joins, it names no county
    ("马鞍山市和县民政局", True),
])
def test_xian_zhi_is_no_county(text, found):
    assert any(m.candidates[0].name == "和县" for m in find_places(text)) == found


@pytest.mark.parametrize("text, found", [
    ("全市新建镇(街道)社工站20个", False),  # 镇 paired with 街道: a kind of place, after the verb 新建
    ("全市新建镇街社工站20个", False),
    ("丁蜀镇街头巷尾", True),
    ("丁蜀镇乡村振兴", True),
    ("全盟建成苏木乡镇社工站60个", False),  # 乡镇: townships and towns, after the kind 苏木
])
def test_zhen_paired_with_jiedao_is_a_kind_of_place(text, found):
    assert bool(find_places(text)) == found


@pytest.mark.parametrize("text, found", [
    ("全省建成县(市、区)级中心", False),  # 建成 is a word: no 成县 here
    ("陇南市成县民政局", True),
    ("赴成县调研", True),
])
def test_a_one_character_county_is_no_word_s_end(text, found):
    assert any(m.candidates[0].name == "成县" for m in find_places(text)) == found


@pytest.mark.parametrize("text, found", [
    ("坚持中国特色社会主义", False),  # a quality, not the nation
    ("中国社会工作联合会", True),
    ("打造宁城县特色品牌", True),  # a county's own quality: the county is named
])
def test_a_place_before_tese_is_a_quality(text, found):
    assert bool(find_places(text)) == found


def test_one_character_before_the_kind_is_no_town():
    assert find_places("张镇和李乡") == ()


def _place(name):
    (p,) = [c for c in gazetteer().by_name[name]]
    return p


@pytest.mark.parametrize("members, expected", [
    (["秣陵街道", "江宁区"], "江宁区"),            # one member holds the other
    (["江宁区", "鼓楼区"], "南京市"),              # two counties of one city
    (["丁蜀镇", "宜兴市"], "宜兴市"),
    (["宜兴市", "江宁区"], "江苏省"),
])
def test_common_ancestor(members, expected):
    places = [_place(m) if m != "鼓楼区" else next(p for p in gazetteer().by_name[m]
              if p.parent == "320100") for m in members]
    assert common_ancestor(places).name == expected


def test_places_of_two_provinces_have_the_nation_in_common():
    assert common_ancestor([_place("宜兴市"), _place("海淀区")]).level == 0


def test_a_town_in_the_graph_has_its_county_and_no_code(tmp_path):
    from rdflib import Literal
    from rdflib.namespace import RDFS, SKOS
    from kg import pipeline
    from kg.model import KGO, SDMX_DIM
    (tmp_path / "a.txt").write_text("2024年，丁蜀镇共有持证社会工作者45人。", encoding="utf-8")
    g = pipeline.build([tmp_path]).graph
    (town,) = g.subjects(RDFS.label, Literal("丁蜀镇", lang="zh"))
    assert (town, KGO.adminCode, None) not in g
    assert Literal("宜兴市丁蜀镇", lang="zh") in set(g.objects(town, SKOS.altLabel))
    (county,) = g.objects(town, SKOS.broader)
    assert (county, KGO.adminCode, Literal("320282")) in g
    assert (None, SDMX_DIM.refArea, town) in g  # the figure is the town's, not the county's


def test_a_community_after_its_town_is_a_place_of_that_town():
    from kg.places import COMMUNITY, communities, lookup
    (start, end, place), = communities("走进杭州市西湖区灵隐街道玉泉社区服务中心")
    assert (place.name, place.level) == ("玉泉社区", COMMUNITY)
    assert lookup(place.code) == place and lookup(place.parent).name == "灵隐街道"
    assert communities("灵隐街道所有社区") == []  # a word of the language, no community's name
    assert communities("灵隐街道十二个社区") == communities("灵隐街道城市社区") == []


def test_communities_listed_beside_a_known_one_are_its_siblings():
    from kg.places import communities, listed_communities
    known = {p.name: p for _, _, p in communities("灵隐街道玉泉社区")}
    siblings = listed_communities("在玉泉社区、金沙港社区和曙光社区开展服务", known)
    assert set(siblings) == {"金沙港社区"} and siblings["金沙港社区"].parent == known["玉泉社区"].parent
    before = listed_communities("走访文化路社区、团结社区、玉泉社区", known)  # each whole between its 、
    assert set(before) == {"文化路社区", "团结社区"}


def test_three_communities_listed_at_a_clause_start_are_the_article_s_town_s():
    from kg.places import community_list
    (town,) = gazetteer().candidates("灵隐街道")
    listed = community_list("分社区看,玉泉社区、金沙港社区、曙光社区分别有持证社工9人、7人、5人", town)
    assert [(p.name, p.parent) for p in listed] == [(n, town.code) for n in ("玉泉社区", "金沙港社区", "曙光社区")]
    assert community_list("城市社区、农村社区、智慧社区都要建", town) == []  # kinds of community, no names
    assert community_list("玉泉社区、金沙港社区、曙光社区、灵隐小学开展活动", town) == []  # a list that goes on


@pytest.mark.parametrize("text, names", [
    ("站点服务辖区文化路社区、团结社区、南湖社区3个社区", ["文化路社区", "团结社区", "南湖社区"]),  # named, then counted
    ("走访团结社区、南湖社区等3个社区", []),                     # 等: more than those named
    ("服务团结社区、南湖社区3个社区", []),                       # two named, three counted: not the list
    ("建档900份,其中文化路社区410份、团结社区490份", ["文化路社区", "团结社区"]),  # parts, each with its figure
    ("建档900份,其中文化路社区410份", []),                        # one part alone: no list to show names
    ("其中城市社区410个、农村社区490个", []),                      # kinds of community
])
def test_communities_counted_or_given_their_parts_are_the_article_s_town_s(text, names):
    from kg.places import community_list
    (town,) = gazetteer().candidates("灵隐街道")
    assert [p.name for p in community_list(text, town)] == names


@pytest.mark.parametrize("text, found", [
    ("碑林区是西安市的中心城区", ["碑林区", "西安市"]),  # 城区 alone is the noun
    ("大同市城区民政局", ["大同市城区"]),                # right after its city, the district
    ("部分乡镇社工站", []),                            # 部分 is a word: no town 分乡镇
    ("夷陵区分乡镇", ["夷陵区分乡镇"]),                  # right after its county, the town
    ("其中和平镇45人", ["和平镇"]),                      # 中和 is a word, but 平镇 is none
    ("社工站联合镇卫生院开展义诊", []),                  # 联合 the verb, 镇卫生院 the town's
    ("联合镇社工站开展义诊", ["联合镇"]),                # opening the sentence, the town
    ("社工队伍在前进镇开展义诊", ["前进镇"]),            # after 在, a place
    ("社工站下关街道开展义诊", ["下关街道"]),            # a street is never read as its verb
    ("岳西县社区工作者", ["岳西县"]),                    # a county's communities
])
def test_a_place_named_by_a_common_word_needs_its_parent(text, found):
    assert [m.text for m in find_places(text)] == found


@pytest.mark.parametrize("name, code, label", [
    ("宁乡市", "430182", "宁乡市"),  # 宁乡县 became a city in 2017
    ("郫都区", "510117", "成都市郫都区"),  # 郫县 became a district in 2016
])
def test_a_county_made_or_renamed_after_the_official_list_is_known(name, code, label):
    place = gazetteer().candidates(name)
    assert [(p.code, p.label) for p in place] == [(code, label)]
    assert any(p.parent == code for p in gazetteer().by_code.values())  # with its towns


def test_a_development_zone_is_no_county():
    assert gazetteer().candidates("长春经济技术开发区") == []
