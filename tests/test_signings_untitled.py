"""Signings real articles write without 《》, and people signing for their organisations.
Sentences are our own."""
from __future__ import annotations

import pytest

from conftest import run
from kg import pipeline
from kg.extract import agreements
from kg.ingest import document_from_text

HEAD = "2024-05-20 来源：本地新闻网\n"


def read(text: str) -> set[tuple[str, frozenset, str]]:
    return {(s.agreement, frozenset(o.name for o in s.signatories), s.evidence.rule)
            for s in run(agreements, HEAD + text)}


SIGNED = [
    pytest.param("6月3日，福建省民政厅、福建省社会工作联合会与昌都市民政局三方签署了闽昌社会工作协作框架协议。",
                 {("闽昌社会工作协作框架协议", frozenset({"福建省民政厅", "福建省社会工作联合会", "昌都市民政局"}),
                   "agreements.sign-untitled")},
                 id="sanfang-between-the-parties-and-the-verb"),
    pytest.param("宜宾市委社会工作部还与各县（市、区）委社会工作部签订了年度目标责任书。",
                 {("年度目标责任书", frozenset({"宜宾市委社会工作部"}), "agreements.sign-untitled")},
                 id="a-group-party-with-a-bracketed-aside-is-no-signatory-and-cuts-no-name"),
    pytest.param("2023年12月，上城区民政局与阳光社会工作服务中心续签了社工站运营服务协议。",
                 {("社工站运营服务协议", frozenset({"上城区民政局", "阳光社会工作服务中心"}), "agreements.sign-untitled")},
                 id="xuqian-signs-again"),
    pytest.param("走进望江街道近江社区。今年5月，近江社区与浙江工业大学社会工作系签订了实习基地合作协议。",
                 {("实习基地合作协议", frozenset({"近江社区", "浙江工业大学社会工作系"}), "agreements.sign-untitled")},
                 id="a-community-the-article-knows-signs-and-ends-a-name-before-yu"),
    pytest.param("百色市民政局还与广西民族大学签订了社工督导服务合作协议。",
                 {("社工督导服务合作协议", frozenset({"百色市民政局", "广西民族大学"}), "agreements.sign-untitled")},
                 id="an-adverb-before-yu"),
    pytest.param("浙江树人学院还与拱墅区小河街道办事处签订了社工实习基地合作协议。",
                 {("社工实习基地合作协议", frozenset({"浙江树人学院", "拱墅区小河街道办事处"}), "agreements.sign-untitled")},
                 id="a-street-s-office-after-yu"),
    pytest.param("天津理工大学还与红桥区西于庄街道办事处签订了社工实习基地合作协议。",
                 {("社工实习基地合作协议", frozenset({"天津理工大学", "红桥区西于庄街道办事处"}), "agreements.sign-untitled")},
                 id="yu-inside-a-place-s-name-opens-no-venue"),
    pytest.param(
        "温州市民政局与温州大学就深化校地合作、推进人才培养签订战略合作协议。",
        {("战略合作协议", frozenset({"温州市民政局", "温州大学"}), "agreements.sign-on-topic")},
        id="a-list-of-aims-after-jiu-does-not-name-the-agreement"),
    pytest.param(
        "温州市民政局与温州大学就共建社工实习基地签订合作协议。",
        {("共建社工实习基地合作协议", frozenset({"温州市民政局", "温州大学"}), "agreements.sign-on-topic")},
        id="one-phrase-after-jiu-names-the-agreement"),
    pytest.param(
        "绍兴市民政局与绍兴文理学院签订了社会工作人才培养合作协议。",
        {("社会工作人才培养合作协议", frozenset({"绍兴市民政局", "绍兴文理学院"}), "agreements.sign-untitled")},
        id="untitled-agreement-named-by-its-head-word"),
    pytest.param(
        "嘉兴市社会工作协会和嘉兴学院签署战略合作备忘录。",
        {("战略合作备忘录", frozenset({"嘉兴市社会工作协会", "嘉兴学院"}), "agreements.sign-untitled")},
        id="memorandum"),
    pytest.param(
        "嘉兴市社会工作协会会长沈国强与嘉兴学院副院长吴丽签署合作协议。",
        {("合作协议", frozenset({"嘉兴市社会工作协会", "嘉兴学院"}), "agreements.sign-untitled")},
        id="people-sign-for-their-organisations"),
    pytest.param(
        "湖州市民政局与湖州师范学院签署了共建湖州社会工作学院《战略合作协议》。",
        {("战略合作协议", frozenset({"湖州市民政局", "湖州师范学院"}), "agreements.sign")},
        id="words-between-verb-and-title"),
    pytest.param(
        "嘉兴学院社会工作者协会召开年会。协会与嘉兴市阳光社会工作服务中心签订共建实践基地协议。",
        {("共建实践基地协议", frozenset({"嘉兴学院社会工作者协会", "嘉兴市阳光社会工作服务中心"}),
          "agreements.sign-untitled")},
        id="an-anaphor-signs-for-the-association-named-before"),
    pytest.param(
        "泉州市丰泽区阳光社会工作服务中心与东湖、西湖、北峰等3个社区分别签订了共建协议。",
        {("共建协议", frozenset({"泉州市丰泽区阳光社会工作服务中心", "东湖社区", "西湖社区", "北峰社区"}),
          "agreements.sign-untitled")},
        id="names-before-a-counted-head"),
    pytest.param(
        "市社会工作党委和丰泽区社建办签订了“携手共建,共同发展”的项目合作协议。",
        {("“携手共建,共同发展”的项目合作协议", frozenset({"市社会工作党委", "丰泽区社建办"}),
          "agreements.sign-untitled")},
        id="quoted-words-with-a-comma-inside-the-name"),
    pytest.param(
        "宁海县慈善总会、象山县公益基金会分别与宁波市社会工作协会就“暖心行动”、乡村社工“领航计划”签订合作协议。",
        {("“暖心行动”合作协议", frozenset({"宁海县慈善总会", "宁波市社会工作协会"}), "agreements.sign-respectively"),
         ("乡村社工“领航计划”合作协议", frozenset({"象山县公益基金会", "宁波市社会工作协会"}), "agreements.sign-respectively")},
        id="each-pair-on-its-own-topic"),
    pytest.param(
        "黄岩区民政局、椒江区民政局分别与台州学院就“青苗计划”签订了合作协议。",
        {("“青苗计划”合作协议", frozenset({"黄岩区民政局", "台州学院"}), "agreements.sign-respectively"),
         ("“青苗计划”合作协议", frozenset({"椒江区民政局", "台州学院"}), "agreements.sign-respectively")},
        id="pairs-on-one-topic"),
    pytest.param(
        "温州大学分别与鹿城区民政局、瓯海区民政局签订了实习基地协议。",
        {("实习基地协议", frozenset({"温州大学", "鹿城区民政局"}), "agreements.sign-respectively"),
         ("实习基地协议", frozenset({"温州大学", "瓯海区民政局"}), "agreements.sign-respectively")},
        id="one-signs-with-each"),
    pytest.param(
        "黄岩区民政局、椒江区民政局分别与台州学院、台州职业技术学院签订了合作协议。",
        {("合作协议", frozenset({"黄岩区民政局", "台州学院"}), "agreements.sign-respectively"),
         ("合作协议", frozenset({"椒江区民政局", "台州职业技术学院"}), "agreements.sign-respectively")},
        id="two-lists-of-one-length-pair-in-order"),
    pytest.param(
        "台州市民政局与台州学院就社会工作人才培养签订了合作协议。",
        {("社会工作人才培养合作协议", frozenset({"台州市民政局", "台州学院"}), "agreements.sign-on-topic")},
        id="a-topic-names-the-agreement"),
    pytest.param(
        "台州市民政局与台州学院就合作事宜签订了合作协议。",
        {("合作协议", frozenset({"台州市民政局", "台州学院"}), "agreements.sign-on-topic")},
        id="matters-discussed-do-not-name-it"),
    pytest.param(
        "台州市民政局与台州学院就此签订了合作协议。",
        {("合作协议", frozenset({"台州市民政局", "台州学院"}), "agreements.sign-untitled")},
        id="jiuci-is-no-topic"),
    pytest.param(
        "台州市就业服务中心与台州学院签订了合作协议。",
        {("合作协议", frozenset({"台州市就业服务中心", "台州学院"}), "agreements.sign-untitled")},
        id="jiu-inside-a-name-is-no-topic"),
    pytest.param(
        "会上市民政局和丰泽区慈善总会签订了合作协议。",
        {("合作协议", frozenset({"市民政局", "丰泽区慈善总会"}), "agreements.sign-untitled")},
        id="a-stop-word-jieba-splits-is-not-part-of-the-name"),
    pytest.param(
        "温州大学社会工作者协会举办年会。校友会负责人杨子轩作协会工作报告。"
        "协会与温州市同行社会服务评估中心签订实训基地协议。",
        {("实训基地协议", frozenset({"温州大学社会工作者协会", "温州市同行社会服务评估中心"}),
          "agreements.sign-untitled")},
        id="an-anaphor-skips-a-name-read-right-after-a-title"),
    pytest.param(
        "5月9日，温州市中西医结合医学中心与温州医科大学签订医务社工人才联合培养框架协议。"
        "仪式上，温州医科大学与温州市中西医结合医学中心签订联合培养框架协议。",
        {("医务社工人才联合培养框架协议", frozenset({"温州市中西医结合医学中心", "温州医科大学"}),
          "agreements.sign-untitled")},
        id="a-signing-said-again-in-fewer-words-is-one-agreement"),
    pytest.param(
        "温州市民政局与温州大学签订了合作协议。温州市民政局与温州医科大学签订了战略合作协议。",
        {("合作协议", frozenset({"温州市民政局", "温州大学"}), "agreements.sign-untitled"),
         ("战略合作协议", frozenset({"温州市民政局", "温州医科大学"}), "agreements.sign-untitled")},
        id="other-signatories-other-agreement"),
    pytest.param(
        "温州市民政局与温州大学签订了合作协议。温州市民政局与温州大学签订了人才培养协议。",
        {("合作协议", frozenset({"温州市民政局", "温州大学"}), "agreements.sign-untitled"),
         ("人才培养协议", frozenset({"温州市民政局", "温州大学"}), "agreements.sign-untitled")},
        id="other-words-other-agreement"),
    pytest.param(
        "宁波市民政局局长张文军出席。会上，局长张文军与宁波大学副校长李红签署合作协议。",
        {("合作协议", frozenset({"宁波市民政局", "宁波大学"}), "agreements.sign-untitled")},
        id="a-title-and-name-sign-for-the-post-the-article-gave-them"),
    pytest.param(
        "宁波市民政局局长张文军、宁波大学副校长李红出席。会上，张文军与李红签署合作协议。",
        {("合作协议", frozenset({"宁波市民政局", "宁波大学"}), "agreements.sign-untitled")},
        id="names-alone-sign-for-their-posts"),
    pytest.param(
        "会上，局长张文军与宁波大学副校长李红签署合作协议。",
        {("合作协议", frozenset({"宁波大学"}), "agreements.sign-untitled")},
        id="a-post-the-article-does-not-give-is-not-guessed"),
    # people signing for their organisations, with words between them and the verb
    pytest.param(
        "衡阳市民政局局长周志刚与南华大学副校长邓丽代表双方签订了战略合作协议。",
        {("战略合作协议", frozenset({"衡阳市民政局", "南华大学"}), "agreements.sign-untitled")},
        id="people-sign-daibiao-shuangfang"),
    pytest.param(
        "衡阳市民政局局长周志刚与南华大学副校长邓丽代表双方在衡阳签署《社会工作人才培养协议》。",
        {("社会工作人才培养协议", frozenset({"衡阳市民政局", "南华大学"}), "agreements.sign")},
        id="on-behalf-then-a-venue"),
    pytest.param(
        "株洲市社会工作联合会会长彭涛、湖南工业大学文学院院长曾敏分别代表双方在《社工督导人才培养协议》上签字。",
        {("社工督导人才培养协议", frozenset({"株洲市社会工作联合会", "湖南工业大学文学院"}),
          "agreements.sign-on-title")},
        id="names-put-on-the-title"),
    pytest.param(
        "株洲市民政局与湘潭大学在《校地合作协议》和《实习基地协议》上签字。",
        {("校地合作协议", frozenset({"株洲市民政局", "湘潭大学"}), "agreements.sign-on-title"),
         ("实习基地协议", frozenset({"株洲市民政局", "湘潭大学"}), "agreements.sign-on-title")},
        id="two-titles-signed-on"),
    # organisation suffixes: 联会, 联谊会, 义工联
    pytest.param(
        "佛山市社会服务联会与佛山科学技术学院签订实习基地合作协议。",
        {("实习基地合作协议", frozenset({"佛山市社会服务联会", "佛山科学技术学院"}), "agreements.sign-untitled")},
        id="lianhui-is-an-organisation"),
    pytest.param(
        "温州市社会工作者联谊会与温州大学签署合作备忘录。",
        {("合作备忘录", frozenset({"温州市社会工作者联谊会", "温州大学"}), "agreements.sign-untitled")},
        id="lianyihui-is-an-organisation"),
    pytest.param(
        "宁波市义工联与宁波市社会工作协会签订志愿服务合作协议。",
        {("志愿服务合作协议", frozenset({"宁波市义工联", "宁波市社会工作协会"}), "agreements.sign-untitled")},
        id="yigonglian-is-an-organisation"),
    # a group or a count beside a named party: the named party still signs
    pytest.param(
        "衢州市柯城区民政局与8家社会组织签订了购买服务协议。",
        {("购买服务协议", frozenset({"衢州市柯城区民政局"}), "agreements.sign-untitled")},
        id="a-counted-group-is-no-signatory"),
    pytest.param(
        "丽水市民政局与各县区民政局签订《社工站建设目标责任书》。",
        {("社工站建设目标责任书", frozenset({"丽水市民政局"}), "agreements.sign")},
        id="each-county-s-bureau-is-no-signatory"),
    pytest.param(
        "湖州市民政局与湖州师范学院、两家社工机构分别签订了合作协议。",
        {("合作协议", frozenset({"湖州市民政局", "湖州师范学院"}), "agreements.sign-untitled")},
        id="a-counted-group-inside-a-list"),
    pytest.param(
        "象山县民政局与宁波大学就“春苗计划”签订合作协议。",
        {("“春苗计划”合作协议", frozenset({"象山县民政局", "宁波大学"}), "agreements.sign-on-topic")},
        id="a-programme-named-jihua-is-no-plan"),
    pytest.param(
        "按计划，象山县民政局与宁波大学于5月签订合作协议。",
        {("合作协议", frozenset({"象山县民政局", "宁波大学"}), "agreements.sign-untitled")},
        id="as-planned-is-done"),
    pytest.param(
        "烟台市民政局党组书记、局长王建峰与定西市民政局副局长马志军代表两地民政部门签订了社会工作协作协议。",
        {("社会工作协作协议", frozenset({"烟台市民政局", "定西市民政局"}), "agreements.sign-untitled")},
        id="people-signing-for-their-bodies-named-after-daibiao"),
    pytest.param(
        "烟台市民政局局长王建峰、定西市民政局局长马志军出席。王建峰、马志军代表两地民政局签订了社会工作协作协议。",
        {("社会工作协作协议", frozenset({"烟台市民政局", "定西市民政局"}), "agreements.sign-untitled")},
        id="people-signing-for-the-two-places-bureaus-daibiao-liangdi-minzhengju"),
    pytest.param(
        "烟台市社会工作协会会长王建峰、定西市社会工作协会会长马志军出席。"
        "王建峰与马志军分别代表两地社会工作行业组织，签订了社会工作协作协议。",
        {("社会工作协作协议", frozenset({"烟台市社会工作协会", "定西市社会工作协会"}), "agreements.sign-untitled")},
        id="people-signing-for-the-two-places-trade-bodies-a-clause-before-the-verb"),
    pytest.param(
        "晋江市民政局、石狮市民政局还分别与原州区民政局、隆德县民政局签订了乡镇（街道）社工站帮扶协议。",
        {("乡镇(街道)社工站帮扶协议", frozenset({"晋江市民政局", "原州区民政局"}), "agreements.sign-respectively"),
         ("乡镇(街道)社工站帮扶协议", frozenset({"石狮市民政局", "隆德县民政局"}), "agreements.sign-respectively")},
        id="pairs-respectively-a-place-opening-on-yuan-and-an-aside-of-place-kinds-in-the-agreement"),
    pytest.param(
        "鲁东大学社会工作学院院长白建新出席。芝罘区民政局局长柳春明致辞。白建新与柳春明代表双方签订了实习基地合作协议。",
        {("实习基地合作协议", frozenset({"鲁东大学社会工作学院", "芝罘区民政局"}), "agreements.sign-untitled")},
        id="names-given-posts-before-sign-for-those-bodies"),
    pytest.param(
        "鲁东大学社会工作学院与芝罘区民政局签订了合作协议。学院还与只楚街道办事处签订了实习基地共建协议。",
        {("合作协议", frozenset({"鲁东大学社会工作学院", "芝罘区民政局"}), "agreements.sign-untitled"),
         ("实习基地共建协议", frozenset({"鲁东大学社会工作学院", "只楚街道办事处"}), "agreements.sign-untitled")},
        id="xueyuan-is-the-college-named-before"),
    pytest.param(
        "鲁东大学社会工作学院副院长兼社会工作系主任白建新出席。只楚街道办事处主任柳春明与白建新签订了实习基地共建协议。",
        {("实习基地共建协议", frozenset({"鲁东大学社会工作学院", "只楚街道办事处"}), "agreements.sign-untitled")},
        id="a-name-with-posts-in-a-body-and-its-unit-signs-for-the-body"),
    pytest.param(
        "珠海市民政局还与香港明德辅导会签订了社工督导合作协议。",
        {("社工督导合作协议", frozenset({"珠海市民政局", "香港明德辅导会"}), "agreements.sign-untitled")},
        id="a-hong-kong-service-body-named-hui"),
    pytest.param(
        "会上，吉林省民政厅印发了《吉林省社会工作发展规划》，并与吉林大学签署了共建实践基地协议。",
        {("共建实践基地协议", frozenset({"吉林省民政厅", "吉林大学"}), "agreements.sign-untitled")},
        id="bing-yu-the-subject-of-the-clause-before-signs-too"),
]

NOTHING = [
    pytest.param("泉州市民政局与东湖、西湖等3个社区签订了共建协议。", id="count-differs-from-the-names"),
    pytest.param("湖州市民政局与湖州师范学院签署了意见。", id="no-head-word"),
    pytest.param("湖州市民政局签约仪式在湖州举行。", id="ceremony"),
    pytest.param("黄岩区民政局、椒江区民政局分别与台州学院、台州职业技术学院、温州大学签订了合作协议。",
                 id="lists-of-two-lengths-do-not-pair"),
    pytest.param("黄岩区民政局、椒江区民政局分别与台州学院就“青苗计划”、“春雨行动”、“护航工程”签订了合作协议。",
                 id="topics-that-do-not-pair-up"),
    pytest.param("宁波市民政局局长张文军出席。张文军与李红签署合作协议。", id="a-partner-with-no-post"),
    pytest.param("双方负责人分别代表双方在《社区服务合作协议》上签字。", id="unnamed-people-sign-on-the-title"),
    pytest.param("各街道与相关社工机构签订了服务协议。", id="groups-only"),
    pytest.param("衢州市柯城区各社区与3家社工机构签订了服务协议。", id="a-group-of-a-place-and-a-count"),
    pytest.param("舟山市民政局拟与浙江海洋大学签署合作协议。", id="ni-yu-is-a-plan"),
    pytest.param("下一步，舟山市民政局将与浙江海洋大学签订合作协议。", id="jiang-yu-is-a-plan"),
    pytest.param("舟山市民政局与浙江海洋大学计划于下月签订合作协议。", id="jihua-yu-is-a-plan"),
    pytest.param("舟山市民政局与浙江海洋大学即将签署战略合作协议。", id="jijiang-is-a-plan"),
    pytest.param("通知要求各地民政部门要与专业社工机构签订服务协议。", id="yao-yu-is-an-obligation"),
]


@pytest.mark.parametrize("text, expected", SIGNED)
def test_signings_untitled(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_signings_untitled_nothing(text):
    assert read(text) == set()


def test_a_headline_untitled_signing_is_the_titled_one_of_its_body():
    text = ("湖州温州两地协会签订合作协议\n"
            "2024年5月20日，湖州市社会工作协会与温州市社会工作协会签订《湖温社会工作战略合作协议》。")
    assert {s.agreement for s in run(agreements, text)} == {"湖温社会工作战略合作协议"}


def test_a_memorandum_beside_a_titled_agreement_of_the_same_parties_is_a_signing_of_its_own():
    text = ("湖州温州两地协会签订合作协议\n"
            "2024年5月20日，湖州市社会工作协会与温州市社会工作协会签订《湖温社会工作战略合作协议》。"
            "两会还签订了共建督导人才库合作备忘录。湖州市社会工作协会与温州市社会工作协会还签订了共建督导人才库合作备忘录。")
    assert {s.agreement for s in run(agreements, text)} == {"湖温社会工作战略合作协议", "共建督导人才库合作备忘录"}


def test_a_headline_signing_is_the_body_s_when_the_body_names_a_party_by_its_post():
    text = ("湖州市民政局与两所高校签署社会工作人才培养合作协议\n2024-05-20 来源：本地新闻网\n"
            "5月19日，湖州市民政局与湖州师范学院、湖州职业技术学院举行签约仪式。"
            "市民政局局长沈建，湖州师范学院副校长钱丽，湖州职业技术学院副院长孙斌分别代表三方签署《湖州市社会工作人才培养战略合作协议》。")
    assert {s.agreement for s in run(agreements, text)} == {"湖州市社会工作人才培养战略合作协议"}


def test_a_headline_signing_of_two_places_is_the_body_s_signing_of_their_bureaus():
    text = ("即墨区与岷县签署社会工作协作协议\n2024-05-20 来源：本地新闻网\n"
            "5月19日，青岛市即墨区民政局与岷县民政局签署了《即墨区·岷县社会工作对口协作框架协议》。")
    assert {s.agreement for s in run(agreements, text)} == {"即墨区·岷县社会工作对口协作框架协议"}


def test_untitled_agreements_of_two_articles_stay_apart():
    docs = [document_from_text(f"a{i}", f"a{i}.txt", HEAD + f"{org}与丽水学院签订了战略合作协议。")
            for i, org in enumerate(("丽水市民政局", "衢州市民政局"))]
    facts = {d.id: pipeline.extract_document(d) for d in docs}
    built = pipeline.assemble(docs, facts)
    agreements_ = [k for k, e in built.resolution.entities.items() if e.kind == "agreement"]
    assert len(agreements_) == 2
