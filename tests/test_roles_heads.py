"""A bare head (厅党组书记, 镇党委委员, 该院…系) for the organisation named before, 受邀担任,
甲是X站站长, and an organisation that begins after a verb of going (一行到X中心).
Sentences are our own; each row names the rule."""
from __future__ import annotations

import pytest

from conftest import post_rows as read


FOUND = [
    pytest.param(
        "江西省民政厅召开座谈会，厅党组书记、厅长柳青松出席，厅党组成员、副厅长万海波主持。",
        {("柳青松", "党组书记", "江西省民政厅", "roles.chain"), ("柳青松", "厅长", "江西省民政厅", "roles.chain"),
         ("万海波", "党组成员", "江西省民政厅", "roles.chain"), ("万海波", "副厅长", "江西省民政厅", "roles.chain")},
        id="ting-after-a-named-department-is-that-department"),
    pytest.param(
        "江西省民政厅召开座谈会。厅养老服务处处长柳青松介绍情况。",
        {("柳青松", "处长", "江西省民政厅养老服务处", "roles.chain")},
        id="a-unit-of-the-bare-head-is-the-named-department-s"),
    pytest.param(
        "绍兴市民政局开展培训。局党组书记、局长戴文杰讲话。",
        {("戴文杰", "党组书记", "绍兴市民政局", "roles.chain"), ("戴文杰", "局长", "绍兴市民政局", "roles.chain")},
        id="ju-after-a-named-bureau"),
    pytest.param(
        "佛山市大沥镇社会工作服务站揭牌。镇党委委员、副镇长梁家辉出席。",
        {("梁家辉", "党委委员", "佛山市大沥镇党委", "roles.chain"),
         ("梁家辉", "副镇长", "佛山市大沥镇人民政府", "roles.chain")},
        id="zhen-is-the-town-the-station-before-is-of"),
    pytest.param(
        "佛山市大沥镇党委委员、副镇长梁家辉出席。",
        {("梁家辉", "党委委员", "佛山市大沥镇党委", "roles.chain"),
         ("梁家辉", "副镇长", "佛山市大沥镇人民政府", "roles.chain")},
        id="a-town-head-after-the-town-party-committee-leads-its-government"),
    pytest.param(
        "杭州市民政局与黔东南州镇远县民政局在镇远县签订帮扶协议。镇远县委常委、副县长吴秋菊出席。",
        {("吴秋菊", "常委", "镇远县委", "roles.chain"), ("吴秋菊", "副县长", "镇远县人民政府", "roles.chain")},
        id="a-county-whose-name-opens-with-zhen-is-no-town-s-bare-head"),
    pytest.param(
        "嘉兴市民政局一级调研员、慈善事业科科长沈丽娟介绍情况。",
        {("沈丽娟", "一级调研员", "嘉兴市民政局", "roles.chain"),
         ("沈丽娟", "科长", "嘉兴市民政局慈善事业科", "roles.chain")},
        id="a-section-after-a-bureau-post-of-the-same-person-is-the-bureau-s"),
    pytest.param(
        "嘉兴市民政局副局长、办公室主任沈丽娟介绍情况。",
        {("沈丽娟", "副局长", "嘉兴市民政局", "roles.chain"),
         ("沈丽娟", "主任", "嘉兴市民政局办公室", "roles.chain")},
        id="a-bare-office-after-a-post-of-the-same-person"),
    pytest.param(
        "嘉兴市民政局副局长兼市慈善总会会长沈丽娟出席。",
        {("沈丽娟", "副局长", "嘉兴市民政局", "roles.chain"), ("沈丽娟", "会长", "嘉兴市慈善总会", "roles.chain")},  # 市… after 嘉兴市…: the city's
        id="jian-before-another-organisation-s-post"),
    pytest.param(
        "浙江省委社会工作部副部长沈丽娟（原浙江省民政厅副厅长）作说明。",
        {("沈丽娟", "副部长", "浙江省委社会工作部", "roles.chain"),
         ("沈丽娟", "副厅长", "浙江省民政厅", "roles.apposition", "former")},
        id="a-former-post-in-brackets-after-a-titled-name"),
    pytest.param(
        "嘉兴市南湖区新嘉街道党工委书记、办事处主任沈丽娟讲话。",
        {("沈丽娟", "书记", "嘉兴市南湖区新嘉街道党工委", "roles.chain"),
         ("沈丽娟", "主任", "嘉兴市南湖区新嘉街道办事处", "roles.chain")},
        id="the-office-after-a-street-s-party-committee-is-the-street-s"),
    pytest.param(
        "湖南师范大学公共管理学院院长汤文博发言。该院社会学系主任易晓燕出席。",
        {("汤文博", "院长", "湖南师范大学公共管理学院", "roles.chain"),
         ("易晓燕", "主任", "湖南师范大学公共管理学院社会学系", "roles.chain")},
        id="gaiyuan-department-is-the-college-s"),
    pytest.param(
        "原湖北省民政厅副厅长程立平受邀担任武汉市社会工作协会名誉会长。",
        {("程立平", "副厅长", "湖北省民政厅", "roles.chain", "former"),
         ("程立平", "名誉会长", "武汉市社会工作协会", "roles.take")},
        id="shouyao-before-danren-keeps-the-taker"),
    pytest.param(
        "周晓岚受聘担任台州市社会工作协会顾问。",
        {("周晓岚", "顾问", "台州市社会工作协会", "roles.take")}, id="shoupin-danren"),
    pytest.param(
        "周晓岚是台州市椒江区某社区服务站站长。",
        {("周晓岚", "站长", "台州市椒江区某社区服务站", "roles.take")}, id="name-shi-org-role"),
    pytest.param(
        "热依汗·吐尔逊是喀什市某社区服务站站长。",
        {("热依汗·吐尔逊", "站长", "喀什市某社区服务站", "roles.take")}, id="a-dotted-name-shi-org-role"),
    pytest.param(
        "调研组一行到区社会工作指导中心调研。中心主任岳明辉汇报了工作。",
        {("岳明辉", "主任", "区社会工作指导中心", "roles.chain")}, id="dao-ends-the-centre-s-left-edge"),
    pytest.param(
        "志愿者走进德阳市某社会工作服务中心，中心主任岳明辉介绍情况。",
        {("岳明辉", "主任", "德阳市某社会工作服务中心", "roles.chain")}, id="zoujin-ends-the-left-edge"),
    pytest.param(
        "记者来到沙坪街道桂园社区服务中心。社区党总支书记、居委会主任邓秀英介绍情况。",
        {("邓秀英", "书记", "沙坪街道桂园社区党总支", "roles.chain"),
         ("邓秀英", "主任", "沙坪街道桂园社区居委会", "roles.chain")},
        id="shequ-is-the-community-named-before"),
    pytest.param(
        "记者来到城关镇杨柳村。村党支部书记何永福介绍情况。",
        {("何永福", "书记", "城关镇杨柳村党支部", "roles.chain")},
        id="cun-is-the-village-named-before"),
]

NOTHING = [
    pytest.param("厅党组书记、厅长柳青松出席。", id="ting-with-no-department-named"),
    pytest.param("某社会工作服务中心开展活动。镇党委委员、副镇长梁家辉出席。", id="zhen-with-no-town-named"),
    pytest.param("该院社会学系主任易晓燕出席。", id="gaiyuan-with-no-college-named"),
    pytest.param("周晓岚是站长。", id="shi-with-no-organisation"),
    pytest.param("这是台州市某社区服务站站长的心愿。", id="zhe-shi-is-no-name"),
    pytest.param("活动受邀担任台州市社会工作协会顾问。", id="shouyao-after-no-name"),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_roles_heads(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_roles_heads_nothing(text):
    assert read(text) == set()
