"""Posts whose person and role are found apart and then attached (issue: extraction on real
articles): several people after one role, the name before the title, a role whose
organisation the article implies. Sentences are our own; each row names the rule."""
from __future__ import annotations

import pytest

from conftest import posts

HEAD = "2024-03-05 来源：本地新闻网\n"


def read(text: str) -> set[tuple[str, str, str, str]]:
    return {(p.person, p.role, p.org.name, p.evidence.rule) for p in posts(HEAD + text)}


ATTACHED = [
    pytest.param(
        "宁波市社会工作协会副会长钱一鸣、孙晓丽、马志远出席。",
        {("钱一鸣", "副会长", "宁波市社会工作协会", "roles.chain"),
         ("孙晓丽", "副会长", "宁波市社会工作协会", "roles.name-list"),
         ("马志远", "副会长", "宁波市社会工作协会", "roles.name-list")},
        id="several-people-after-one-role"),
    pytest.param(
        "宁波市社会工作协会会长钱一鸣、常务理事孙晓丽出席。",
        {("钱一鸣", "会长", "宁波市社会工作协会", "roles.chain"),
         ("孙晓丽", "常务理事", "宁波市社会工作协会", "roles.chain")},
        id="a-list-that-changes-role-is-no-name-list"),
    pytest.param(
        "温州市民政局林海峰副局长表示，要加强队伍建设。",
        {("林海峰", "副局长", "温州市民政局", "roles.name-before-title")},
        id="name-before-title"),
    pytest.param(
        "温州市民政局局长黄建国，副局长林海峰，二级调研员周丽出席。",
        {("黄建国", "局长", "温州市民政局", "roles.chain"),
         ("林海峰", "副局长", "温州市民政局", "roles.chain"),
         ("周丽", "二级调研员", "温州市民政局", "roles.chain")},
        id="comma-list-shares-the-first-organisation"),
    pytest.param(
        "温州市民政局召开座谈会。副局长林海峰主持。",
        {("林海峰", "副局长", "温州市民政局", "roles.named-before")},
        id="head-word-finds-the-organisation-named-before"),
    pytest.param(
        "温州市鹿城区召开社会工作推进会。副区长陈美玲出席并讲话。",
        {("陈美玲", "副区长", "鹿城区人民政府", "roles.tier")},
        id="tier-post-in-the-article-s-district"),
    pytest.param(
        "台州市社会工作联合会召开理事会，联合会会长郑国平主持。秘书长何静作工作报告。",
        {("郑国平", "会长", "台州市社会工作联合会", "roles.chain")},
        id="a-generic-title-alone-is-not-guessed"),
    pytest.param(
        "丽水市社会工作协会胡明达会长、周卫东副会长出席。",
        {("胡明达", "会长", "丽水市社会工作协会", "roles.name-before-title"),
         ("周卫东", "副会长", "丽水市社会工作协会", "roles.name-before-title")},
        id="names-before-titles-in-a-list"),
    pytest.param(
        "丽水市社会工作协会会长胡明达与丽水学院副院长周卫东签署协议。",
        {("胡明达", "会长", "丽水市社会工作协会", "roles.chain"),
         ("周卫东", "副院长", "丽水学院", "roles.chain")},
        id="a-name-before-a-signing-verb-ends-there"),
]

ATTACHED += [
    pytest.param(
        "喀什市召开会议。市委常委、组织部部长陈卫东出席。",
        {("陈卫东", "常委", "市委", "roles.chain"), ("陈卫东", "部长", "市委组织部", "roles.chain")},
        id="a-department-of-the-committee-before-it"),
    pytest.param(
        "吉林省社会工作联合会召开理事会。刘明等12名同志被增补为吉林省社会工作联合会理事。",
        {("刘明", "理事", "吉林省社会工作联合会", "roles.take")},
        id="the-named-one-of-a-counted-group"),
]

ATTACHED += [
    pytest.param(
        "宁波市社会工作协会会长钱一鸣、副会长孙晓丽及理事马志远出席。",
        {("钱一鸣", "会长", "宁波市社会工作协会", "roles.chain"),
         ("孙晓丽", "副会长", "宁波市社会工作协会", "roles.chain"),
         ("马志远", "理事", "宁波市社会工作协会", "roles.chain")},
        id="a-list-closed-by-ji"),
    pytest.param(
        "浙江省社会工作联合会监事长、浙江师范大学周芳教授作报告。",
        {("周芳", "教授", "浙江师范大学", "roles.name-before-title"),
         ("周芳", "监事长", "浙江省社会工作联合会", "roles.name-before-title")},
        id="posts-listed-before-a-name-before-its-title"),
    pytest.param(
        "温州市民政局林海峰局长、温州市团市委郑洁副书记出席。",
        {("林海峰", "局长", "温州市民政局", "roles.name-before-title"),
         ("郑洁", "副书记", "温州市团市委", "roles.name-before-title")},
        id="each-name-before-its-own-title"),
    pytest.param(
        "温州市社会工作协会召开会议。协会秘书长一职已由陈立新担任。",
        {("陈立新", "秘书长", "温州市社会工作协会", "roles.assign")},
        id="a-post-yi-zhi-you-name-dan-ren"),
]

NOTHING = [
    pytest.param("本报记者周丽报道。", id="byline"),
    pytest.param("温州市民政局召开座谈会。会长林海峰主持。", id="head-word-contradicts"),
    pytest.param("南京市民政局主管副局长任组长。", id="surname-before-role-is-no-name"),
]


@pytest.mark.parametrize("text, expected", ATTACHED)
def test_roles_attach(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_roles_attach_nothing(text):
    assert read(text) == set()
