"""Posts elected at an organisation's meeting without the organisation written, names whose
given part is a word, a government post after a party post, 原 before a national body and a
time word before an anaphor. Sentences are our own; each row names the rule."""
from __future__ import annotations

import pytest

from conftest import ROLES_HEAD as HEAD, post_rows as read


FOUND = [
    pytest.param(
        "5月9日，嘉兴市社会工作协会召开第三次会员代表大会，选举沈志明为会长，陆佳为秘书长。",
        {("沈志明", "会长", "嘉兴市社会工作协会", "roles.elect-list"),
         ("陆佳", "秘书长", "嘉兴市社会工作协会", "roles.elect-list")},
        id="elected-at-the-subject-s-congress-each-of-a-comma-list"),
    pytest.param(
        "台州市社会工作协会召开会员代表大会，选举许晴为会长。",
        {("许晴", "会长", "台州市社会工作协会", "roles.elect-list")},
        id="a-two-character-name-ends-at-the-wei-before-a-role"),
    pytest.param(
        "台州市社会工作协会召开会员代表大会，选举台州学院教授许晴为会长。",
        {("许晴", "教授", "台州学院", "roles.chain"), ("许晴", "会长", "台州市社会工作协会", "roles.elect")},
        id="elect-a-titled-person-at-the-congress-of-the-sentence"),
    pytest.param(
        "湖州市社会工作联合会第二次会员代表大会在湖州召开。大会选举产生了新一届理事会，"
        "钱文涛当选会长，吴丹当选常务副会长兼秘书长。",
        {("钱文涛", "会长", "湖州市社会工作联合会", "roles.take"),
         ("吴丹", "常务副会长", "湖州市社会工作联合会", "roles.take"),
         ("吴丹", "秘书长", "湖州市社会工作联合会", "roles.take")},
        id="dangxuan-a-bare-role-at-the-congress-reported-before-jian-too"),
    pytest.param(
        "湖州市社会工作联合会召开理事会。会议增补钱文涛为副会长，吴丹为副秘书长。",
        {("钱文涛", "副会长", "湖州市社会工作联合会", "roles.elect-list"),
         ("吴丹", "副秘书长", "湖州市社会工作联合会", "roles.elect-list")},
        id="zengbu-a-list-of-name-wei-role"),
    pytest.param(
        "湖州市社会工作协会召开会员代表大会，选举钱文涛为会长，吴丹为大家作报告。",
        {("钱文涛", "会长", "湖州市社会工作协会", "roles.elect-list")},
        id="the-list-walk-stops-where-wei-is-no-role"),
    pytest.param(
        "湖州市慈善总会会长龙建华出席。",
        {("龙建华", "会长", "湖州市慈善总会", "roles.chain")},
        id="a-weak-family-name-after-a-title-though-the-given-part-is-a-word"),
    pytest.param(
        "湖州市民政局副局长高建平、于春波出席。",
        {("高建平", "副局长", "湖州市民政局", "roles.chain"),
         ("于春波", "副局长", "湖州市民政局", "roles.name-list")},
        id="weak-family-names-in-a-list-after-a-title"),
    pytest.param(
        "温州市鹿城区委副书记、区长陈晓东出席。",
        {("陈晓东", "副书记", "温州市鹿城区委", "roles.chain"),
         ("陈晓东", "区长", "温州市鹿城区人民政府", "roles.chain")},
        id="a-tier-head-after-the-committee-post-in-one-chain-leads-the-government"),
    pytest.param(
        "原国家卫生部副部长李新华出席。",
        {("李新华", "副部长", "国家卫生部", "roles.chain", "former")},
        id="yuan-before-a-national-body-is-former-not-the-name"),
    pytest.param(
        "湖州市社会工作协会召开年会。协会会长钱文涛介绍，去年协会已开展培训。",
        {("钱文涛", "会长", "湖州市社会工作协会", "roles.chain")},
        id="a-time-word-never-begins-an-organisation"),
    pytest.param(
        "湖州市社会工作协会成立于2010年。近年来协会会长钱文涛带领团队开展服务。",
        {("钱文涛", "会长", "湖州市社会工作协会", "roles.chain")},
        id="jinnianlai-before-the-anaphor"),
    pytest.param(
        "梧州市社会工作协会召开第二次会员代表大会。会上,覃海燕、洪建新、禤丽当选副会长。",
        {("覃海燕", "副会长", "梧州市社会工作协会", "roles.take"),
         ("洪建新", "副会长", "梧州市社会工作协会", "roles.take"),
         ("禤丽", "副会长", "梧州市社会工作协会", "roles.take")},
        id="a-list-of-names-each-takes-the-post-elected"),
    pytest.param(
        "梧州市某社会工作服务中心项目主管吴丹介绍情况。",
        {("吴丹", "项目主管", "梧州市某社会工作服务中心", "roles.chain")},
        id="a-project-supervisor-is-a-post"),
]

NOTHING = [
    pytest.param("湖州市民政局召开会议。钱文涛当选会长。", id="a-meeting-that-elects-no-one-s-officers"),
    pytest.param("钱文涛当选会长。", id="dangxuan-with-no-organisation-at-all"),
    pytest.param("梧州市民政局召开会议。全体代表和钱文涛当选会长。", id="a-list-that-does-not-start-with-names"),
    pytest.param("湖州市民政局局长向大家介绍情况。", id="xiang-dajia-is-no-name"),
    pytest.param("湖州市民政局局长于会上指出要加强管理。", id="yu-huishang-is-no-name"),
    pytest.param("湖州市民政局局长高度评价社工。", id="gaodu-is-no-name"),
    pytest.param("今年协会开展培训，会长钱文涛出席。", id="jinnian-xiehui-names-no-association"),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_roles_meetings(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_roles_meetings_nothing(text):
    assert read(text) == set()


def _spelled_posts(text: str) -> set[tuple[str, str, str]]:
    from kg import pipeline
    from kg.facts import Post
    from kg.ingest import document_from_text
    return {(p.person, p.role, p.org.name) for p in pipeline.extract_document(
        document_from_text("t", "t.txt", HEAD + text)) if isinstance(p, Post)}


def test_a_short_form_takes_the_one_longer_name_of_the_article():
    got = _spelled_posts("5月3日，福州市鼓楼区民政局与福建师范大学社会学院签署协议。"
                         "鼓楼区民政局局长陈平、社会学院院长林芳致辞。")
    assert got == {("陈平", "局长", "福州市鼓楼区民政局"), ("林芳", "院长", "福建师范大学社会学院")}


def test_a_short_form_with_two_longer_names_stays_short():
    got = _spelled_posts("福建师范大学社会学院与闽江学院社会学院签署协议。社会学院院长林芳致辞。")
    assert got == {("林芳", "院长", "社会学院")}


def test_a_head_that_is_no_place_nor_parent_spells_nothing():
    got = _spelled_posts("鼓楼区委宣传部加挂鼓楼区社会工作部牌子。鼓楼区社会工作部部长陈平出席。")
    assert got == {("陈平", "部长", "鼓楼区社会工作部")}
