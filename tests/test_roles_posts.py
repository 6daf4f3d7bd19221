"""Posts written in ways the chain misses: a name set before its posts (甲，X会副会长；
乙（Y局局长）), short forms the article makes plain (该局, 服务社, 办事处, 街道社工站),
rarer family names and names without one, graded ranks (二级主任科员, 首席督导), and 前 as
the former marker (X系前系主任). Sentences are our own; each row names the rule."""
from __future__ import annotations

import pytest

from conftest import post_rows as read


FOUND = [
    pytest.param(
        "座谈会上，两位代表发言，他们是：龚丽萍，江西省社会工作联合会副会长；汤振宇，九江市浔阳区民政局局长。",
        {("龚丽萍", "副会长", "江西省社会工作联合会", "roles.apposition"),
         ("汤振宇", "局长", "九江市浔阳区民政局", "roles.apposition")},
        id="name-comma-posts-semicolon"),
    pytest.param(
        "评审专家为：蒋文涛（湖南省社会工作协会副秘书长）、沈佳怡（中南大学社会学系讲师）。",
        {("蒋文涛", "副秘书长", "湖南省社会工作协会", "roles.apposition"),
         ("沈佳怡", "讲师", "中南大学社会学系", "roles.apposition")},
        id="name-with-posts-in-brackets"),
    pytest.param(
        "近年来，浙江省湖州市吴兴区民政局大力推进养老服务。该局副局长潘建明介绍了情况。"
        "该局养老服务科科长钱晓红表示，将加强培训。",
        {("潘建明", "副局长", "浙江省湖州市吴兴区民政局", "roles.chain"),
         ("钱晓红", "科长", "浙江省湖州市吴兴区民政局养老服务科", "roles.chain")},
        id="gaiju-is-the-bureau-named-last"),
    pytest.param(
        "佛山市南海区友邻社会工作服务社承接了该项目。服务社总干事梁嘉怡、项目主管何志勇介绍了进展。",
        {("梁嘉怡", "总干事", "佛山市南海区友邻社会工作服务社", "roles.chain"),
         ("何志勇", "项目主管", "佛山市南海区友邻社会工作服务社", "roles.chain")},
        id="fuwushe-alone-is-the-society-named-before"),
    pytest.param(
        "6月3日，成都市锦江区春熙路街道举办邻里节。街道办事处副主任罗晓燕致辞，街道社工站站长宋子涵介绍了计划。",
        {("罗晓燕", "副主任", "成都市锦江区春熙路街道办事处", "roles.chain"),
         ("宋子涵", "站长", "成都市锦江区春熙路街道社工站", "roles.chain")},
        id="jiedao-bodies-are-the-street-s-the-article-names"),
    pytest.param(
        "杭州市上城区清波街道办事处联合社工站开展活动。办事处主任孙晓雯出席。",
        {("孙晓雯", "主任", "杭州市上城区清波街道办事处", "roles.chain")},
        id="banshichu-alone-is-the-office-named-before"),
    pytest.param(
        "苏州市姑苏区社会工作协会召开理事会。会长笪志刚作报告，副会长厍晓梅、禚海燕分别发言。",
        {("笪志刚", "会长", "苏州市姑苏区社会工作协会", "roles.named-before"),
         ("厍晓梅", "副会长", "苏州市姑苏区社会工作协会", "roles.named-before"),
         ("禚海燕", "副会长", "苏州市姑苏区社会工作协会", "roles.name-list")},
        id="rare-family-names"),
    pytest.param(
        "田阳区社会工作服务站站长郑秀英汇报了运行情况。",
        {("郑秀英", "站长", "田阳区社会工作服务站", "roles.chain")}, id="huibao-ends-the-name"),
    pytest.param(
        "锡林郭勒盟社会工作协会召开会议，协会会长萨仁高娃、副会长那日苏、秘书长其其格出席。",
        {("萨仁高娃", "会长", "锡林郭勒盟社会工作协会", "roles.chain"),
         ("那日苏", "副会长", "锡林郭勒盟社会工作协会", "roles.chain"),
         ("其其格", "秘书长", "锡林郭勒盟社会工作协会", "roles.chain")},
        id="mongolian-names-without-a-dot"),
    pytest.param(
        "西安市碑林区民政局三级主任科员冯立军主持会议。",
        {("冯立军", "三级主任科员", "西安市碑林区民政局", "roles.chain")}, id="graded-rank"),
    pytest.param(
        "宁波市社会工作协会首席督导孔令华作点评，海曙区乐龄社会工作服务中心首席社工陈佳佳分享案例。",
        {("孔令华", "首席督导", "宁波市社会工作协会", "roles.chain"),
         ("陈佳佳", "首席社工", "海曙区乐龄社会工作服务中心", "roles.chain")},
        id="chief-supervisor-and-chief-social-worker"),
    pytest.param(
        "主讲嘉宾是复旦大学社会工作学系前系主任顾东来教授。",
        {("顾东来", "系主任", "复旦大学社会工作学系", "roles.chain", "former"),
         ("顾东来", "教授", "复旦大学社会工作学系", "roles.name-before-title")},  # (a professor there now)
        id="qian-xi-zhuren-is-former"),
    pytest.param(
        "周晓燕是一名社工。她担任绵竹市阳光社会工作服务中心主任，兼任绵竹市社会工作协会副会长。",
        {("周晓燕", "主任", "绵竹市阳光社会工作服务中心", "roles.subject"),
         ("周晓燕", "副会长", "绵竹市社会工作协会", "roles.subject")},
        id="ta-danren-and-jianren-are-the-pronoun-s-posts"),
    pytest.param(
        "获奖名单\n孙雅琴　嘉兴市南湖区启明社会工作服务中心总干事\n邱志远　东栅街道办事处民政助理员",
        {("孙雅琴", "总干事", "嘉兴市南湖区启明社会工作服务中心", "roles.apposition"),
         ("邱志远", "民政助理员", "东栅街道办事处", "roles.apposition")},
        id="a-roster-line-name-space-posts"),
    pytest.param(
        "获奖名单\n吴晓光　嘉兴市儿童福利院社会工作部部长\n长孙丽　嘉兴市救助管理站副站长\n阿力木江　南湖区社会工作服务中心主任",
        {("吴晓光", "部长", "嘉兴市儿童福利院社会工作部", "roles.apposition"),
         ("长孙丽", "副站长", "嘉兴市救助管理站", "roles.apposition"),
         ("阿力木江", "主任", "南湖区社会工作服务中心", "roles.apposition")},
        id="roster-lines-stay-apart-and-open-on-the-whole-name"),
    pytest.param(
        "主讲嘉宾有：孙立（浙江大学教授）、苏日娜（嘉兴市社会工作协会督导）。",
        {("孙立", "教授", "浙江大学", "roles.apposition"),
         ("苏日娜", "督导", "嘉兴市社会工作协会", "roles.apposition")},
        id="a-transliterated-name-after-a-name-with-posts-in-brackets"),
    pytest.param(
        "嘉兴市南湖区新兴街道槐树社区党委书记、居委会主任沈丽芳介绍了经验。",
        {("沈丽芳", "书记", "嘉兴市南湖区新兴街道槐树社区党委", "roles.chain"),
         ("沈丽芳", "主任", "嘉兴市南湖区新兴街道槐树社区居委会", "roles.chain")},
        id="a-community-s-committee-after-its-party-body"),
    pytest.param(
        "嘉兴大学副校长石立新出席,秀洲区民政局局长易建军每月召开一次调度会。",
        {("石立新", "副校长", "嘉兴大学", "roles.chain"),
         ("易建军", "局长", "秀洲区民政局", "roles.chain")},
        id="weak-family-names-before-a-rare-word-and-a-time-word"),
    pytest.param(
        "嘉兴市驻阿克苏援疆工作组组长钱伟明出席。",
        {("钱伟明", "组长", "嘉兴市驻阿克苏援疆工作组", "roles.chain")}, id="a-working-group"),
    pytest.param(
        "嘉兴市召开会议。南湖区委副书记高远出席,南湖区社工站站长和工作人员参加。",
        {("高远", "副书记", "南湖区委", "roles.chain")},
        id="a-weak-family-name-and-one-given-character-that-make-a-rare-word"),
    pytest.param(
        "嘉兴市民政局副局长牛角明出席,南湖区社会工作协会副会长毛笔峰主持。",
        {("牛角明", "副局长", "嘉兴市民政局", "roles.chain"),
         ("毛笔峰", "副会长", "南湖区社会工作协会", "roles.chain")},
        id="a-weak-family-name-that-makes-a-rare-word-with-a-given-part-that-is-none"),
    pytest.param(
        "昌吉州党委常委、副州长，天津市援疆前方指挥部总指挥韩立新出席。",
        {("韩立新", "常委", "昌吉州党委", "roles.chain"), ("韩立新", "副州长", "昌吉州人民政府", "roles.chain"),
         ("韩立新", "总指挥", "天津市援疆前方指挥部", "roles.chain")},
        id="a-chain-opening-the-sentence-closed-by-a-comma-is-the-next-name-s-too"),
    pytest.param(
        "出席会议的有市委常委、组织部部长郑启明，市委社会工作部副部长，市信访局党组书记、局长柯蓝，市民政局局长唐晓光。",
        {("郑启明", "常委", "市委", "roles.chain"), ("郑启明", "部长", "市委组织部", "roles.chain"),
         ("柯蓝", "副部长", "市委社会工作部", "roles.chain"), ("柯蓝", "党组书记", "市信访局", "roles.chain"),
         ("柯蓝", "局长", "市信访局", "roles.chain"), ("唐晓光", "局长", "市民政局", "roles.chain")},
        id="a-chain-after-a-name-closed-by-a-comma-is-the-next-name-s-too"),
    pytest.param(
        "市民政局局长严明致辞，市委社会工作部副部长，市信访局局长苏畅主持会议。",
        {("严明", "局长", "市民政局", "roles.chain"),
         ("苏畅", "副部长", "市委社会工作部", "roles.chain"), ("苏畅", "局长", "市信访局", "roles.chain")},
        id="a-chain-that-is-a-whole-clause-after-a-verb-is-the-next-name-s-too"),
    pytest.param(
        "社区组建了“邻里守望”志愿服务队。服务队队长葛红梅介绍了情况，晨光互助队副队长庞平也参加了活动。",
        {("葛红梅", "队长", "“邻里守望”志愿服务队", "roles.chain"),
         ("庞平", "副队长", "晨光互助队", "roles.chain")},
        id="volunteer-teams-named-in-quotes-or-not-and-fuwudui-alone"),
    pytest.param(
        "嘉兴市“暖心”社会工作服务中心理事长贺刚、“阳光”社会工作服务中心主任龚丽出席。",
        {("贺刚", "理事长", "嘉兴市“暖心”社会工作服务中心", "roles.chain"),
         ("龚丽", "主任", "“阳光”社会工作服务中心", "roles.chain")},
        id="an-agency-s-own-name-in-quotes-after-its-place-or-alone"),
    pytest.param(
        "徐汇区社会工作者协会召开大会。区民政局副局长、协会第二届理事会副会长丁宁主持。",
        {("丁宁", "副局长", "区民政局", "roles.chain"), ("丁宁", "副会长", "徐汇区社会工作者协会", "roles.chain")},
        id="an-organisation-before-its-council-s-term-before-the-role"),
    pytest.param(
        "宁波市慈善总会召开大会。浙江省慈善联合总会副会长邵文出席。",
        {("邵文", "副会长", "浙江省慈善联合总会", "roles.chain")},
        id="a-stop-word-inside-the-suffix-cuts-no-name-lianhe-zonghui"),
    pytest.param(
        "徐汇区社会工作者协会召开第二次会员代表大会。邵静被聘任为秘书长。",
        {("邵静", "秘书长", "徐汇区社会工作者协会", "roles.take")},
        id="bei-pinren-wei-a-bare-title-at-the-congress-reported"),
    pytest.param(
        "徐汇区社会工作者协会召开大会。会长邵静现任徐汇区民政局调研员。",
        {("邵静", "会长", "徐汇区社会工作者协会", "roles.named-before"), ("邵静", "调研员", "徐汇区民政局", "roles.subject")},
        id="a-titled-name-right-before-xianren-is-its-subject"),
    pytest.param(
        "平南镇社会工作服务站于2022年挂牌，站长由邵静担任。",
        {("邵静", "站长", "平南镇社会工作服务站", "roles.named-before")},
        id="a-bare-title-assigned-is-in-the-body-its-head-word-names"),
    pytest.param(
        "江城大学社会工作学院举办论坛。湘江大学法学院副院长邵文教授发言。",
        {("邵文", "副院长", "湘江大学法学院", "roles.chain"), ("邵文", "教授", "湘江大学法学院", "roles.name-before-title")},
        id="a-title-after-a-chain-s-name-is-held-in-the-chain-s-last-organisation"),
    pytest.param(
        "番禺区市桥街道党工委副书记黄家宁随后介绍了经验。",
        {("黄家宁", "副书记", "番禺区市桥街道党工委", "roles.chain")},
        id="a-character-left-alone-before-a-word-ends-the-name-huang-jia-ning"),
    pytest.param(
        "江西省社会工作协会召开理事会。会议增补省民政局社会工作处处长苏皓，南昌市委社会工作部副部长丁岚为协会副会长。",
        {("苏皓", "处长", "省民政局社会工作处", "roles.chain"), ("丁岚", "副部长", "南昌市委社会工作部", "roles.chain"),
         ("苏皓", "副会长", "江西省社会工作协会", "roles.elect"), ("丁岚", "副会长", "江西省社会工作协会", "roles.elect")},
        id="names-each-with-its-chain-listed-by-commas-after-the-election-verb-then-wei"),
    pytest.param(
        "辽宁省民政工作会议召开。锦州市民政局局长白海涛作交流发言。",
        {("白海涛", "局长", "锦州市民政局", "roles.chain")},
        id="a-weak-family-name-and-a-rare-word-before-a-given-name-jieba-knows"),
    pytest.param(
        "宝安区福永街道召开会议。福永街道党工委副书记、社会工作办公室主任谢一鸣主持。",
        {("谢一鸣", "副书记", "福永街道党工委", "roles.chain"), ("谢一鸣", "主任", "福永街道社会工作办公室", "roles.chain")},
        id="a-bare-unit-after-a-street-s-party-body-is-the-street-s"),
    pytest.param(
        "石景山区八角街道推进志愿服务。在杨庄东社区，社区党委书记、居委会主任邵雯介绍了情况。",
        {("邵雯", "书记", "杨庄东社区党委", "roles.chain"), ("邵雯", "主任", "杨庄东社区居委会", "roles.chain")},
        id="a-bare-shequ-is-the-community-the-article-named-last"),
    pytest.param(
        "大同市委社会工作部召开会议。市委社会工作部部长田野，副部长（兼）、市信访局局长秦岭，二级巡视员胡丽娟出席。",
        {("田野", "部长", "市委社会工作部", "roles.chain"),
         ("秦岭", "副部长", "市委社会工作部", "roles.chain"), ("秦岭", "局长", "市信访局", "roles.chain"),
         ("胡丽娟", "二级巡视员", "市委社会工作部", "roles.chain")},
        id="an-aside-jian-after-a-post-in-a-chain"),
    pytest.param(
        "鲁东大学社会工作学院副院长兼社会工作系主任白建新出席。",
        {("白建新", "副院长", "鲁东大学社会工作学院", "roles.chain"),
         ("白建新", "主任", "鲁东大学社会工作学院社会工作系", "roles.chain")},
        id="a-school-s-department-after-jian-is-the-school-s"),
    pytest.param(
        "芝罘区民政局副局长兼办公室主任柳春明出席。",
        {("柳春明", "副局长", "芝罘区民政局", "roles.chain"),
         ("柳春明", "主任", "芝罘区民政局办公室", "roles.chain")},
        id="a-bare-unit-after-jian-is-the-body-s"),
    pytest.param(
        "芝罘区社会工作协会召开大会。会议聘请鲁东大学教授白建新为协会高级顾问。",
        {("白建新", "教授", "鲁东大学", "roles.chain"),
         ("白建新", "高级顾问", "芝罘区社会工作协会", "roles.elect")},
        id="a-senior-adviser"),
    pytest.param(
        "芝罘区社会工作协会召开大会。副会长吴松年出席。",
        {("吴松年", "副会长", "芝罘区社会工作协会", "roles.named-before")},
        id="nian-ending-a-given-name-before-a-verb"),
    pytest.param(
        "温州市社会工作协会召开会议。会长王刚年初提出，要加强队伍建设。",
        {("王刚", "会长", "温州市社会工作协会", "roles.named-before")},
        id="nian-chu-is-a-time-word-after-the-name"),
    pytest.param(
        "芝罘区社会工作协会召开大会。原副会长吴明辉因工作调动辞去职务。",
        {("吴明辉", "副会长", "芝罘区社会工作协会", "roles.named-before", "former")},
        id="yin-ends-a-name"),
    pytest.param(
        "记者来到桂园街道。桂园街道党工委书记孙立新,党工委副书记、办事处主任陈晓梅出席。",
        {("孙立新", "书记", "桂园街道党工委", "roles.chain"),
         ("陈晓梅", "副书记", "桂园街道党工委", "roles.chain"),
         ("陈晓梅", "主任", "桂园街道办事处", "roles.chain")},
        id="a-bare-dang-gong-wei-is-the-street-s-named-before"),
]

NOTHING = [
    pytest.param("会议强调，担任社区党组织书记的同志要带头。", id="danren-with-no-subject"),
    pytest.param("他们是：刘涛，副会长；王敏，秘书长。", id="apposition-with-no-organisation"),
    pytest.param("本次活动由专家（湖南省社会工作协会副会长）点评。", id="brackets-after-no-name"),
    pytest.param("该局副局长潘建明介绍了情况。", id="gaiju-with-no-bureau-named"),
    pytest.param("服务社总干事梁嘉怡介绍了进展。", id="fuwushe-with-no-society-named"),
    pytest.param("温州市社会工作协会召开会议。会长强调，要加强队伍建设。", id="a-weak-family-name-reading-as-a-word"),
    pytest.param("全区共有二级主任科员12名。", id="a-rank-with-no-name"),
    pytest.param("首席社工陈佳佳分享案例。", id="chief-social-worker-with-no-organisation"),
    pytest.param("前系主任顾东来出席。", id="former-head-with-no-department"),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_roles_posts(text, expected):
    assert read(text) == expected


def test_a_community_s_committee_with_no_community_is_no_organisation():
    assert not any(org == "村委会" for _, _, org, *_ in read("村党支部书记、村委会主任王建军出席。"))


@pytest.mark.parametrize("text", NOTHING)
def test_roles_posts_nothing(text):
    assert read(text) == set()
