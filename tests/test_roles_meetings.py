"""Posts elected at an organisation's meeting without the organisation written (a term before
the role, 由…兼任, ROLE为NAME, 分别当选 lists paired in order, 聘请 at a council or ceremony,
同志 after a name), names whose given part is a word, a government post after a party post,
原 before a national body and a time word before an anaphor. Sentences are our own; each row
names the rule."""
from __future__ import annotations

import pytest

from conftest import ROLES_HEAD as HEAD, post_rows as read


FOUND = [
    pytest.param(
        "锦州市社会工作协会召开理事会。因工作调整，孟凡同志辞去协会副会长、理事职务。会议还补选了2名理事，"
        "分别是：尹红（凌河区民政局副局长）、常乐（太和区社会福利院院长）。会议聘请原市人大副主任冷东为协会名誉会长，"
        "聘任原副秘书长韦丹为协会秘书长。",
        {("孟凡", "副会长", "锦州市社会工作协会", "roles.resign", "former"),
         ("孟凡", "理事", "锦州市社会工作协会", "roles.resign", "former"),
         ("尹红", "理事", "锦州市社会工作协会", "roles.elect-list"), ("常乐", "理事", "锦州市社会工作协会", "roles.elect-list"),
         ("尹红", "副局长", "凌河区民政局", "roles.apposition"), ("常乐", "院长", "太和区社会福利院", "roles.apposition"),
         ("冷东", "副主任", "市人大", "roles.chain", "former"),
         ("冷东", "名誉会长", "锦州市社会工作协会", "roles.elect"),
         ("韦丹", "秘书长", "锦州市社会工作协会", "roles.elect-list")},
        id="resigned-posts-a-count-elected-then-named-and-a-former-post-before-the-name"),
    pytest.param(
        "孝感市社会工作协会召开第三次会员代表大会。会议决定，由曹明副会长兼任协会专家委员会主任，协会秘书处处长金洁出席。",
        {("曹明", "主任", "孝感市社会工作协会专家委员会", "roles.take"),
         ("金洁", "处长", "孝感市社会工作协会秘书处", "roles.chain")},
        id="you-a-name-before-its-title-jianren-a-unit-of-the-association-referred-to"),
    pytest.param(
        "十堰市社会工作协会召开第二次会员代表大会。协会原会长、市民政局原副局长高峰代表第一届理事会作报告。"
        "在随后召开的二届一次理事会上，郧阳区民政局局长汪洋当选为会长。",
        {("高峰", "会长", "十堰市社会工作协会", "roles.chain", "former"),
         ("高峰", "副局长", "十堰市民政局", "roles.chain", "former"),
         ("汪洋", "局长", "郧阳区民政局", "roles.chain"), ("汪洋", "会长", "十堰市社会工作协会", "roles.take")},
        id="the-body-of-someone-s-post-before-a-council-holds-no-meeting"),
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
        "丽水市社会工作协会召开第二次会员代表大会。丽水学院讲师蒋文、松阳县民政局副局长罗平当选为副会长，"
        "缙云县实验中学教师柯敏当选为监事长。",
        {("蒋文", "讲师", "丽水学院", "roles.chain"), ("罗平", "副局长", "松阳县民政局", "roles.chain"),
         ("蒋文", "副会长", "丽水市社会工作协会", "roles.take"),
         ("罗平", "副会长", "丽水市社会工作协会", "roles.take"),
         ("柯敏", "教师", "缙云县实验中学", "roles.chain"),
         ("柯敏", "监事长", "丽水市社会工作协会", "roles.take")},
        id="dangxuan-each-of-a-list-whose-names-close-chains-a-teacher-too"),
    pytest.param(
        "衢州市社会工作协会召开第一次会员代表大会。方晓丽（衢州学院副教授）、祝立新（江山市民政局局长）当选为副会长。",
        {("方晓丽", "副教授", "衢州学院", "roles.apposition"), ("祝立新", "局长", "江山市民政局", "roles.apposition"),
         ("方晓丽", "副会长", "衢州市社会工作协会", "roles.take"),
         ("祝立新", "副会长", "衢州市社会工作协会", "roles.take")},
        id="dangxuan-each-of-a-list-of-names-with-their-posts-in-brackets"),
    pytest.param(
        "衢州市社会工作协会召开第一次会员代表大会，衢州学院教授毛建国当选为会长，徐丹任秘书长，郑海继续担任监事长。",
        {("毛建国", "教授", "衢州学院", "roles.chain"), ("毛建国", "会长", "衢州市社会工作协会", "roles.take"),
         ("徐丹", "秘书长", "衢州市社会工作协会", "roles.take"),
         ("郑海", "监事长", "衢州市社会工作协会", "roles.take")},
        id="ren-or-jixu-danren-a-bare-role-at-the-congress-reported"),
    pytest.param(
        "吉林省社会工作协会召开会员代表大会，选举孔德明（吉林大学哲学社会学院副院长）、韩雪为副会长。"
        "原会长许国华被聘为名誉会长。",
        {("孔德明", "副院长", "吉林大学哲学社会学院", "roles.apposition"),
         ("孔德明", "副会长", "吉林省社会工作协会", "roles.elect-list"),
         ("韩雪", "副会长", "吉林省社会工作协会", "roles.elect-list"),
         ("许国华", "会长", "吉林省社会工作协会", "roles.named-before", "former"),
         ("许国华", "名誉会长", "吉林省社会工作协会", "roles.take")},
        id="elected-names-with-posts-in-brackets-and-bei-pin-wei-a-bare-role"),
    pytest.param(
        "金华市社会工作协会第三次会员代表大会在义乌市召开。浙江省社会工作协会秘书长宋健到会指导。"
        "第二届理事会会长邵明华作工作报告。",
        {("宋健", "秘书长", "浙江省社会工作协会", "roles.chain"),
         ("邵明华", "会长", "金华市社会工作协会", "roles.chain")},
        id="the-council-s-term-before-a-role-is-the-congress-s-association"),
    pytest.param(
        "金华市社会工作协会召开第三次会员代表大会。浙江省社会工作协会秘书长宋健到会指导。"
        "邵明华因工作原因不再担任会长，大会推举她为协会名誉会长。",
        {("宋健", "秘书长", "浙江省社会工作协会", "roles.chain"),
         ("邵明华", "名誉会长", "金华市社会工作协会", "roles.elect-list")},
        id="ta-is-the-name-the-sentence-opens-with-xiehui-the-congress-s"),
    pytest.param(
        "金华市社会工作协会召开第三次会员代表大会。浙江省社会工作协会秘书长宋健到会指导。"
        "邵明华不再担任会长职务，被聘为协会名誉会长。",
        {("宋健", "秘书长", "浙江省社会工作协会", "roles.chain"),
         ("邵明华", "名誉会长", "金华市社会工作协会", "roles.take")},
        id="a-clause-without-a-name-takes-the-post-for-the-sentence-s-subject"),
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
    pytest.param(
        "三明市社会工作联合会召开第二次会员代表大会，选举严立群为第二届理事会会长。",
        {("严立群", "会长", "三明市社会工作联合会", "roles.elect-list")},
        id="a-term-and-its-body-between-wei-and-the-role"),
    pytest.param(
        "三明市社会工作联合会召开第二次会员代表大会，选举严立群为新一届理事会会长、谢春燕为监事长。",
        {("严立群", "会长", "三明市社会工作联合会", "roles.elect-list"),
         ("谢春燕", "监事长", "三明市社会工作联合会", "roles.elect-list")},
        id="a-new-term-then-the-next-name-after-dunhao"),
    pytest.param(
        "三明市社会工作联合会召开第二次会员代表大会，选举严立群为联合会第二届理事会会长。",
        {("严立群", "会长", "三明市社会工作联合会", "roles.elect-list")},
        id="an-anaphor-before-the-term-after-wei"),
    pytest.param(
        "三明市社会工作联合会召开第二次会员代表大会，选举福建农林大学教授严立群为第二届理事会会长。",
        {("严立群", "教授", "福建农林大学", "roles.chain"),
         ("严立群", "会长", "三明市社会工作联合会", "roles.elect")},
        id="a-titled-person-elected-to-a-term"),
    pytest.param(
        "三明市社会工作联合会召开换届会议。常务副会长由谢春燕兼任。",
        {("谢春燕", "常务副会长", "三明市社会工作联合会", "roles.assign")},
        id="you-jianren-in-the-organisation-elected-into"),
    pytest.param(
        "三明市社会工作联合会召开换届会议。新一届理事会秘书长由谢春燕担任。",
        {("谢春燕", "秘书长", "三明市社会工作联合会", "roles.assign")},
        id="you-danren-after-a-term-without-the-organisation"),
    pytest.param(
        "三明市社会工作联合会召开换届会议。秘书长为谢春燕，副秘书长为邓海、严立群。",
        {("谢春燕", "秘书长", "三明市社会工作联合会", "roles.assign"),
         ("邓海", "副秘书长", "三明市社会工作联合会", "roles.assign"),
         ("严立群", "副秘书长", "三明市社会工作联合会", "roles.assign")},
        id="role-wei-name-closing-its-clause"),
    pytest.param(
        "三明市社会工作联合会召开第二次会员代表大会。严立群、谢春燕、邓海分别当选会长、副会长兼秘书长、监事长。",
        {("严立群", "会长", "三明市社会工作联合会", "roles.respectively"),
         ("谢春燕", "副会长", "三明市社会工作联合会", "roles.respectively"),
         ("谢春燕", "秘书长", "三明市社会工作联合会", "roles.respectively"),
         ("邓海", "监事长", "三明市社会工作联合会", "roles.respectively")},
        id="fenbie-dangxuan-pairs-names-and-posts-jian-joins-two"),
    pytest.param(
        "三明市社会工作联合会召开第二次会员代表大会，大会选举严立群和谢春燕分别为会长和秘书长。",
        {("严立群", "会长", "三明市社会工作联合会", "roles.respectively"),
         ("谢春燕", "秘书长", "三明市社会工作联合会", "roles.respectively")},
        id="fenbie-wei-after-an-election-verb-joined-by-he"),
    pytest.param(
        "严立群、谢春燕分别担任三明市民政局局长、三明市社会工作联合会会长。",
        {("严立群", "局长", "三明市民政局", "roles.respectively"),
         ("谢春燕", "会长", "三明市社会工作联合会", "roles.respectively")},
        id="fenbie-danren-each-post-with-its-organisation"),
    pytest.param(
        "三明市社会工作联合会召开第二次会员代表大会。三明市民政局局长严立群、三明学院教授谢春燕分别当选会长、副会长。",
        {("严立群", "局长", "三明市民政局", "roles.chain"), ("谢春燕", "教授", "三明学院", "roles.chain"),
         ("严立群", "会长", "三明市社会工作联合会", "roles.respectively"),
         ("谢春燕", "副会长", "三明市社会工作联合会", "roles.respectively")},
        id="fenbie-titled-names-in-the-list"),
    pytest.param(
        "三明市社会工作联合会召开会长办公会，聘任邓海担任秘书长，聘请谢春燕为联合会顾问。",
        {("邓海", "秘书长", "三明市社会工作联合会", "roles.elect-list"),
         ("谢春燕", "顾问", "三明市社会工作联合会", "roles.elect-list")},
        id="pinren-pinqing-at-the-heads-council-danren-and-an-anaphor"),
    pytest.param(
        "三明市社会工作联合会举行专家顾问聘任仪式，聘请邓海为顾问。",
        {("邓海", "顾问", "三明市社会工作联合会", "roles.elect-list")},
        id="pinqing-at-an-appointment-ceremony"),
    pytest.param(
        "邓海同志任三明市民政局党组书记。",
        {("邓海", "党组书记", "三明市民政局", "roles.take")},
        id="tongzhi-between-the-name-and-ren"),
    pytest.param(
        "三明市社会工作联合会召开第二次会员代表大会。严立群同志当选为第二届理事会会长。",
        {("严立群", "会长", "三明市社会工作联合会", "roles.take")},
        id="tongzhi-dangxuan-a-term"),
    pytest.param(
        "三明市社会工作联合会召开第二次会员代表大会，选举严立群同志为会长。",
        {("严立群", "会长", "三明市社会工作联合会", "roles.elect-list")},
        id="tongzhi-before-wei"),
    pytest.param(
        "三明市社会工作联合会召开会员代表大会，选举三明学院教授严立群为会长，市民政局原副局长林道远为常务副会长。",
        {("严立群", "教授", "三明学院", "roles.chain"),
         ("严立群", "会长", "三明市社会工作联合会", "roles.elect"),
         ("林道远", "副局长", "市民政局", "roles.chain", "former"),
         ("林道远", "常务副会长", "三明市社会工作联合会", "roles.elect-list")},
        id="a-later-group-of-the-list-with-its-posts-before-the-name"),
    pytest.param(
        "三明市社会工作联合会召开会员代表大会，选举三明学院教授陈谨之为会长，聘请李明远为学术顾问。",
        {("陈谨之", "教授", "三明学院", "roles.chain"),
         ("陈谨之", "会长", "三明市社会工作联合会", "roles.elect"),
         ("李明远", "学术顾问", "三明市社会工作联合会", "roles.elect-list")},
        id="a-given-name-ending-in-zhi-and-an-academic-adviser"),
    pytest.param(
        "宁德市社会工作协会召开理事会议，增补福安市慈善会会长郑一凡、霞浦县红十字会副会长吴敏为协会副会长。",
        {("郑一凡", "会长", "福安市慈善会", "roles.chain"), ("吴敏", "副会长", "霞浦县红十字会", "roles.chain"),
         ("郑一凡", "副会长", "宁德市社会工作协会", "roles.elect-list"),
         ("吴敏", "副会长", "宁德市社会工作协会", "roles.elect-list")},
        id="elected-a-list-of-names-each-with-its-own-posts"),
    pytest.param(
        "宁德市社会工作协会召开理事会议，补选市民政局社会组织科科长黄河为协会常务理事。",
        {("黄河", "科长", "市民政局社会组织科", "roles.chain"),
         ("黄河", "常务理事", "宁德市社会工作协会", "roles.elect")},
        id="the-verb-of-electing-opens-no-organisation-s-name"),
    pytest.param(
        "宁德市社会工作协会召开理事会议，霞浦县红十字会副会长吴敏出席。原副会长郑一凡因年龄原因不再担任副会长。",
        {("吴敏", "副会长", "霞浦县红十字会", "roles.chain"),
         ("郑一凡", "副会长", "宁德市社会工作协会", "roles.named-before", "former")},
        id="a-bare-former-post-at-a-meeting-is-the-meeting-association-s-not-a-guest-s"),
]

NOTHING = [
    pytest.param("湖州市民政局召开会议。钱文涛当选会长。", id="a-meeting-that-elects-no-one-s-officers"),
    pytest.param("钱文涛当选会长。", id="dangxuan-with-no-organisation-at-all"),
    pytest.param("梧州市民政局召开会议。全体代表和钱文涛当选会长。", id="a-list-that-does-not-start-with-names"),
    pytest.param("湖州市民政局局长向大家介绍情况。", id="xiang-dajia-is-no-name"),
    pytest.param("湖州市民政局局长于会上指出要加强管理。", id="yu-huishang-is-no-name"),
    pytest.param("湖州市民政局局长高度评价社工。", id="gaodu-is-no-name"),
    pytest.param("今年协会开展培训，会长钱文涛出席。", id="jinnian-xiehui-names-no-association"),
    pytest.param("三明市社会工作联合会召开第二次会员代表大会。严立群、谢春燕分别当选会长、副会长、秘书长。",
                 id="fenbie-with-more-posts-than-names"),
    pytest.param("三明市社会工作联合会召开第二次会员代表大会。严立群、谢春燕分别为大家解读政策。",
                 id="fenbie-wei-no-post"),
    pytest.param("三明市社会工作联合会召开第二次会员代表大会。两位专家分别为会长、副会长。",
                 id="fenbie-without-names"),
    pytest.param("三明市社会工作联合会召开第二次会员代表大会，选举产生了新一届会长。",
                 id="elected-a-new-head-without-a-name"),
    pytest.param("三明市社会工作联合会召开理事会，聘请专家为社工授课。", id="pinqing-experts-to-teach"),
    pytest.param("三明市社会工作联合会召开第二次会员代表大会。会长为谢春燕颁发证书。",
                 id="role-wei-is-for-when-the-name-does-not-close-the-clause"),
    pytest.param("三明市社会工作联合会召开第二次会员代表大会。会议确定秘书长为谢春燕。",
                 id="role-wei-name-not-opening-its-clause"),
    pytest.param("三明市民政局召开会议。秘书长为谢春燕。", id="role-wei-name-with-no-election"),
    pytest.param("常务副会长由谢春燕兼任。", id="you-jianren-with-no-organisation-at-all"),
    pytest.param("三明市社会工作联合会召开第二次会员代表大会。严立群同志表示，联合会将继续努力。",
                 id="tongzhi-biaoshi-is-no-post"),
    pytest.param("三明市社会工作联合会召开第二次会员代表大会。会长为第二届理事会成员。",
                 id="role-wei-a-body-no-name"),
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
