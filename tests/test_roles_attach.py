"""Posts whose person and role are found apart and then attached (issue: extraction on real
articles): several people after one role, the name before the title, a role whose
organisation the article implies. Sentences are our own; each row names the rule."""
from __future__ import annotations

import pytest

from conftest import posts
from kg.facts import Post

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
        "温州市召开会议。桥头镇社工站是全市首批站点之一。站长黄丽丽介绍了服务情况。",
        {("黄丽丽", "站长", "桥头镇社工站", "roles.named-before")},
        id="a-town-s-own-station-named-before"),
    pytest.param(
        "温州市社会工作协会与温州大学法学院签订协议，由学院副教授钱明负责督导。",
        {("钱明", "副教授", "温州大学法学院", "roles.chain")},
        id="xueyuan-alone-refers-back-and-fuze-ends-the-name"),
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

ATTACHED += [  # party posts and chains of posts in committees
    pytest.param(
        "岭南职业学院党委副书记、副院长吴立新出席。",
        {("吴立新", "党委副书记", "岭南职业学院", "roles.chain"),
         ("吴立新", "副院长", "岭南职业学院", "roles.chain")},
        id="a-party-post-written-whole-is-the-school-s"),
    pytest.param(
        "湖南省教育厅党组副书记、副厅长齐海涛讲话。",
        {("齐海涛", "党组副书记", "湖南省教育厅", "roles.chain"),
         ("齐海涛", "副厅长", "湖南省教育厅", "roles.chain")},
        id="dangzu-fushuji-then-the-head"),
    pytest.param(
        "白沙镇党委副书记何丽出席。",
        {("何丽", "副书记", "白沙镇党委", "roles.chain")},
        id="the-party-body-is-the-organisation-where-none-precedes-it"),
    pytest.param(
        "阿克苏市召开会议。市委副书记王强，市政府党组成员、副市长赵刚讲话。",
        {("王强", "副书记", "市委", "roles.chain"), ("赵刚", "党组成员", "市政府", "roles.chain"),
         ("赵刚", "副市长", "市政府", "roles.chain")},
        id="the-government-after-the-committee-s-man-is-not-its-unit"),
    pytest.param(
        "鼓楼区委常委、区委统战部部长周平出席。",
        {("周平", "常委", "鼓楼区委", "roles.chain"), ("周平", "部长", "鼓楼区委统战部", "roles.chain")},
        id="quwei-zuzhibu-in-a-chain-is-that-district-s"),
    pytest.param(
        "江宁区委常委、宣传部长孙波出席。",
        {("孙波", "常委", "江宁区委", "roles.chain"), ("孙波", "部长", "江宁区委宣传部", "roles.chain")},
        id="zuzhi-buzhang-is-the-buzhang-of-the-committee-s-zuzhibu"),
    pytest.param(
        "江宁区委常委、组织部部长、社会工作部部长孙波出席。",
        {("孙波", "常委", "江宁区委", "roles.chain"), ("孙波", "部长", "江宁区委组织部", "roles.chain"),
         ("孙波", "部长", "江宁区委社会工作部", "roles.chain")},
        id="a-department-after-another-department-of-the-committee-is-the-committee-s-too"),
    pytest.param(
        "浦口区委社会工作部部长、区民政局局长钱红出席。",
        {("钱红", "部长", "浦口区委社会工作部", "roles.chain"), ("钱红", "局长", "浦口区民政局", "roles.chain")},
        id="a-short-tier-body-after-a-body-of-that-district-is-the-district-s"),
    pytest.param(
        "溧阳市委社会工作部副部长、市新兴领域党委书记吴强出席。",
        {("吴强", "副部长", "溧阳市委社会工作部", "roles.chain"), ("吴强", "书记", "溧阳市新兴领域党委", "roles.chain")},
        id="a-short-city-body-after-a-body-of-that-city-is-the-city-s"),
]

ATTACHED += [  # family names that are also words or begin one (海, 字, 门; 党 before 建文)
    pytest.param(
        "剑川县白族文化协会会长字文龙介绍。",
        {("字文龙", "会长", "剑川县白族文化协会", "roles.chain")}, id="zi-a-family-name-after-a-title"),
    pytest.param(
        "银川市社会工作协会会长海丽出席。",
        {("海丽", "会长", "银川市社会工作协会", "roles.chain")}, id="hai-a-family-name-after-a-title"),
    pytest.param(
        "团结社区居委会主任党建文介绍。",
        {("党建文", "主任", "团结社区居委会", "roles.chain")}, id="dang-before-a-given-name-that-opens-the-word-dangjian"),
    pytest.param(
        "衢州市社会工作协会召开第二次会员代表大会。周敏（衢州学院教授）、江海波（柯城区民政局局长）当选为副会长。",
        {("周敏", "副会长", "衢州市社会工作协会", "roles.take"), ("周敏", "教授", "衢州学院", "roles.apposition"),
         ("江海波", "副会长", "衢州市社会工作协会", "roles.take"),
         ("江海波", "局长", "柯城区民政局", "roles.apposition")},
        id="a-name-opening-on-a-word-jianghai-in-a-list-of-names-with-posts-in-brackets"),
]

ATTACHED += [  # names without a family name (Tibetan), and a name a word runs after
    pytest.param("果洛州社会工作协会会长拉毛吉出席。", {("拉毛吉", "会长", "果洛州社会工作协会", "roles.chain")},
                 id="a-tibetan-name-lamo"),
    pytest.param("果洛州人民政府副州长多杰扎西讲话。", {("多杰扎西", "副州长", "果洛州人民政府", "roles.chain")},
                 id="a-tibetan-name-duojie"),
    pytest.param("玛沁县副县长王芳专题调研社工站建设。", {("王芳", "副县长", "玛沁县人民政府", "roles.chain")},
                 id="a-word-zhuanti-running-across-the-longer-name-s-end"),
]

ATTACHED += [  # people listed with their posts, one body's units after the body
    pytest.param(
        "衢州市慈善总会召开理事会。会议增选市工商联副主席黄志刚为市慈善总会副会长。",
        {("黄志刚", "副主席", "市工商联", "roles.chain"), ("黄志刚", "副会长", "市慈善总会", "roles.elect")},
        id="gongshanglian-is-an-organisation"),
    pytest.param(
        "衢州学院人文学院院长陈立教授、党总支书记吴芳出席。",
        {("陈立", "院长", "衢州学院人文学院", "roles.chain"), ("陈立", "教授", "衢州学院人文学院", "roles.name-before-title"),
         ("吴芳", "党总支书记", "衢州学院人文学院", "roles.chain")},
        id="past-a-name-s-title-jiaoshou-to-the-next-in-the-list"),
    pytest.param(
        "衢州学院人文学院院长陈立，社会工作系主任吴芳出席。",
        {("陈立", "院长", "衢州学院人文学院", "roles.chain"), ("吴芳", "主任", "衢州学院人文学院社会工作系", "roles.chain")},
        id="a-school-s-department-after-a-person-of-the-school-is-the-school-s"),
]

ATTACHED += [  # names: a rare family name after a title, four syllables, after a date
    pytest.param(
        "衢州市残联党组成员、副理事长时晓东表示，要加强队伍建设。",
        {("时晓东", "党组成员", "衢州市残联", "roles.chain"),
         ("时晓东", "副理事长", "衢州市残联", "roles.chain")},
        id="a-weak-family-name-right-after-a-title"),
    pytest.param(
        "昭觉县民政局副局长吉克阿依，白沙镇党委副书记何丽出席。",
        {("吉克阿依", "副局长", "昭觉县民政局", "roles.chain"),
         ("何丽", "副书记", "白沙镇党委", "roles.chain")},
        id="a-four-syllable-name-without-a-dot"),
    pytest.param(
        "宁波市民政局副局长李华等人出席。",
        {("李华", "副局长", "宁波市民政局", "roles.chain")},
        id="a-short-name-before-deng-stays-short"),
    pytest.param(
        "2023年4月8日外国语学院周立新院长一行来访。",
        {("周立新", "院长", "外国语学院", "roles.name-before-title")},
        id="the-day-of-a-date-is-not-part-of-the-organisation"),
]

ATTACHED += [  # units of an organisation, and a committee's quoted body
    pytest.param(
        "南阳市社会工作协会会长、南阳大学教授李明,评估中心负责人、南阳大学讲师王芳出席。",
        {("李明", "会长", "南阳市社会工作协会", "roles.chain"),
         ("李明", "教授", "南阳大学", "roles.chain"),
         ("王芳", "负责人", "南阳市社会工作协会评估中心", "roles.chain"),
         ("王芳", "讲师", "南阳大学", "roles.chain")},
        id="a-bare-centre-whose-suffix-is-an-agency-s-is-still-a-unit"),
    pytest.param(
        "九江市社会工作联合会秘书长刘华、办公室主任赵敏、九江市养老服务指导中心主任李娜出席。",
        {("刘华", "秘书长", "九江市社会工作联合会", "roles.chain"),
         ("赵敏", "主任", "九江市社会工作联合会办公室", "roles.chain"),
         ("李娜", "主任", "九江市养老服务指导中心", "roles.chain")},
        id="a-bare-office-after-a-listed-person-is-that-organisation-s"),
    pytest.param(
        "安徽省社会工作者联合会副秘书长刘明,宣传部主任李华,联络部主任孙静出席。",
        {("刘明", "副秘书长", "安徽省社会工作者联合会", "roles.chain"),
         ("李华", "主任", "安徽省社会工作者联合会宣传部", "roles.chain"),
         ("孙静", "主任", "安徽省社会工作者联合会联络部", "roles.chain")},
        id="sibling-units-share-one-parent"),
    pytest.param(
        "江西省民政厅副厅长李文、养老服务处副处长(主持工作)王成出席。",
        {("李文", "副厅长", "江西省民政厅", "roles.chain"),
         ("王成", "副处长", "江西省民政厅养老服务处", "roles.chain")},
        id="a-division-and-the-aside-zhuchi-gongzuo"),
    pytest.param(
        "九江市民政局局长张明、阳光社会工作服务中心主任李强、县委宣传部部长赵亮出席。",
        {("张明", "局长", "九江市民政局", "roles.chain"),
         ("李强", "主任", "阳光社会工作服务中心", "roles.chain"),
         ("赵亮", "部长", "县委宣传部", "roles.chain")},
        id="an-agency-or-a-tier-short-form-is-no-unit-of-the-one-before"),
    pytest.param(
        "陈明与杭州市同心公益咨询中心总干事王飞共同揭牌。",
        {("王飞", "总干事", "杭州市同心公益咨询中心", "roles.chain")},
        id="a-zhongxin-before-a-title-is-an-organisation"),
    pytest.param(
        "杭州市社会工作联合会副会长、浙江工业大学副教授张明,咨询中心负责人、浙江工业大学讲师李强出席。",
        {("张明", "副会长", "杭州市社会工作联合会", "roles.chain"),
         ("张明", "副教授", "浙江工业大学", "roles.chain"),
         ("李强", "负责人", "杭州市社会工作联合会咨询中心", "roles.chain"),
         ("李强", "讲师", "浙江工业大学", "roles.chain")},
        id="a-centre-of-the-organisation-the-person-before-is-listed-with-first"),
    pytest.param(
        "甘肃省召开会议。省委组织部副部长、省委“青年”工委副书记吴明出席。",
        {("吴明", "副部长", "省委组织部", "roles.chain"),
         ("吴明", "副书记", "省委“青年”工委", "roles.chain")},
        id="a-quoted-word-inside-a-committee-s-name"),
]

ATTACHED += [  # a person named again
    pytest.param(
        "江门市民政局副局长陈红、江门市慈善会会长李丽出席。会上，李丽会长、陈红副局长先后发言。",
        {("陈红", "副局长", "江门市民政局", "roles.chain"), ("李丽", "会长", "江门市慈善会", "roles.chain"),
         ("陈红", "副局长", "江门市民政局", "roles.known-post"),
         ("李丽", "会长", "江门市慈善会", "roles.known-post")},
        id="a-title-after-a-name-read-before-is-the-post-read-then"),
    pytest.param(
        "南昌大学教授陈明出席。南昌大学历史学院教授陈明发言。",
        {("陈明", "教授", "南昌大学历史学院", "roles.chain")},
        id="one-post-named-short-and-in-full-is-kept-in-full"),
    pytest.param(
        "社会学院院长王芳出席。会议由江南大学社会学院院长王芳主持。",
        {("王芳", "院长", "江南大学社会学院", "roles.chain")},
        id="a-bare-unit-and-the-same-unit-in-full"),
    pytest.param(
        "江南大学教授王芳、江南大学社会学院院长王芳出席。",
        {("王芳", "教授", "江南大学", "roles.chain"), ("王芳", "院长", "江南大学社会学院", "roles.chain")},
        id="two-titles-are-two-posts"),
]

ATTACHED += [  # a person's posts written without the name in their clause
    pytest.param(
        "陈立新在3月2日以肇庆市民政局局长、市社会工作联合会会长身份致辞。",
        {("陈立新", "局长", "肇庆市民政局", "roles.subject"),
         ("陈立新", "会长", "肇庆市社会工作联合会", "roles.subject")},  # 市… after 肇庆市…: the city's
        id="yi-chain-shenfen"),
    pytest.param(
        "陈立新早年在肇庆市民政局工作,2016年被任命为肇庆市志愿者协会专职副会长。",
        {("陈立新", "专职副会长", "肇庆市志愿者协会", "roles.subject")},
        id="the-subject-of-an-earlier-clause-is-appointed"),
    pytest.param(
        "端州区委书记陈立新出席。他于2019年成为端州区委常委、宣传部部长。",
        {("陈立新", "书记", "端州区委", "roles.chain"), ("陈立新", "常委", "端州区委", "roles.subject"),
         ("陈立新", "部长", "端州区委宣传部", "roles.subject")},
        id="ta-is-the-last-person-read"),
    pytest.param(
        "陈立新历任肇庆市民政局副局长,肇庆学院副院长等职务。",
        {("陈立新", "副局长", "肇庆市民政局", "roles.subject"),
         ("陈立新", "副院长", "肇庆学院", "roles.subject")},
        id="li-ren-pieces-apart-by-commas"),
    pytest.param(
        "李华成为宁波市民政局副局长王强的助手。",
        {("王强", "副局长", "宁波市民政局", "roles.chain")},
        id="a-chain-that-ends-in-a-name-is-that-name-s"),
]

ATTACHED += [
    pytest.param(
        "宁波市阳光社会工作服务中心扎根社区多年,负责人陈静介绍，项目进展顺利。",
        {("陈静", "负责人", "宁波市阳光社会工作服务中心", "roles.subject-org")},
        id="a-generic-title-in-a-sentence-an-organisation-opens"),
]

ATTACHED += [
    pytest.param(
        "临沂市民政局召开会议，陈国强局长、副局长李明与调研员王芳共同参加。",
        {("陈国强", "局长", "临沂市民政局", "roles.named-before"),
         ("李明", "副局长", "临沂市民政局", "roles.chain"),
         ("王芳", "调研员", "临沂市民政局", "roles.chain")},
        id="yu-closes-a-list-of-one-organisation"),
    pytest.param(
        "宁波市民政局局长陈静与主任李明签署协议。",
        {("陈静", "局长", "宁波市民政局", "roles.chain")},
        id="yu-between-two-sides-shares-nothing"),
    pytest.param(
        "宁波市民政局局长陈静、处长王芳与副校长李明签署协议。",
        {("陈静", "局长", "宁波市民政局", "roles.chain"), ("王芳", "处长", "宁波市民政局", "roles.chain")},
        id="yu-after-a-list-with-a-title-the-organisation-cannot-hold"),
    pytest.param(
        "大家参观了绍兴市越城区府山街道社工站，听取站长王晓丽关于服务的介绍。",
        {("王晓丽", "站长", "绍兴市越城区府山街道社工站", "roles.named-before")},
        id="a-name-ends-before-a-word-it-would-cut"),
    pytest.param(
        "府山街道社工站去年挂牌。站点由绍兴市同行社会工作服务中心运营，中心主任王芳，站长李丽。",
        {("王芳", "主任", "绍兴市同行社会工作服务中心", "roles.chain"),
         ("李丽", "站长", "府山街道社工站", "roles.named-before")},
        id="a-title-after-a-comma-keeps-the-organisation-before-only-if-of-its-kind"),
    pytest.param(
        "绍兴文理学院社会学系主任（绍兴市社会工作协会会长）钱立群出席。",
        {("钱立群", "主任", "绍兴文理学院社会学系", "roles.chain"),
         ("钱立群", "会长", "绍兴市社会工作协会", "roles.chain")},
        id="posts-in-brackets-between-a-title-and-its-name"),
    pytest.param(
        "主讲嘉宾有：孙立（浙江大学教授）、关明远（嘉兴市委社会工作部副部长）。",
        {("孙立", "教授", "浙江大学", "roles.apposition"),
         ("关明远", "副部长", "嘉兴市委社会工作部", "roles.apposition")},
        id="a-family-name-that-is-a-word-in-a-list-of-names-with-posts-in-brackets"),
    pytest.param(
        "主讲嘉宾有：马强（回族，宁夏大学教授）、李芳（女，银川市民政局副局长）。",
        {("马强", "教授", "宁夏大学", "roles.apposition"),
         ("李芳", "副局长", "银川市民政局", "roles.apposition")},
        id="a-note-of-sex-or-nationality-before-the-posts-in-brackets"),
    pytest.param(
        "杭州市上城区湖滨街道召开会议。街道党工委书记王刚，党工委副书记、办事处主任李芳出席。",
        {("王刚", "书记", "杭州市上城区湖滨街道党工委", "roles.chain"),
         ("李芳", "副书记", "杭州市上城区湖滨街道党工委", "roles.chain"),
         ("李芳", "主任", "杭州市上城区湖滨街道办事处", "roles.chain")},
        id="a-bare-committee-names-the-one-a-bare-head-was-read-as"),
    pytest.param(
        "杭州市上城区湖滨街道青年路社区的志愿者很多。服务队由社区党委书记、居委会主任赵敏牵头组建。",
        {("赵敏", "书记", "杭州市上城区湖滨街道青年路社区党委", "roles.chain"),
         ("赵敏", "主任", "杭州市上城区湖滨街道青年路社区居委会", "roles.chain")},
        id="you-before-a-bare-community-head"),
    pytest.param(
        "奇台县西地镇召开会议。在镇党委书记、镇长吴刚看来，社工站很重要。",
        {("吴刚", "书记", "奇台县西地镇党委", "roles.chain"),
         ("吴刚", "镇长", "奇台县西地镇人民政府", "roles.chain")},
        id="zai-opening-a-clause-before-a-bare-town-head"),
    pytest.param(
        "桐庐县民政局社会救助股股长方敏、富春街道银杏合唱团团长叶红出席。",
        {("方敏", "股长", "桐庐县民政局社会救助股", "roles.chain"),
         ("叶红", "团长", "富春街道银杏合唱团", "roles.chain")},
        id="a-county-bureau-s-section-and-a-choir"),
]

NOTHING = [
    pytest.param("团结社区党委书记党建引领作用明显。", id="dangjian-after-a-title-is-the-word-not-a-name"),
    pytest.param("剑川县文化协会会长门前的广场很热闹。", id="men-qian-after-a-title-is-the-word-not-a-name"),
    pytest.param("温州市召开会议。重点乡镇社工站运行良好。站长黄丽丽介绍了服务情况。",
                 id="stations-of-towns-in-general-name-no-station"),
    pytest.param("宁波市民政局与宁波大学签订协议，主任陈静表示支持。", id="two-organisations-before-a-bare-title"),
    pytest.param("宁波市阳光社会工作服务中心召开会议，院长陈静出席。", id="a-head-word-the-subject-does-not-end-with"),
    pytest.param("协会召开会议，负责人陈静出席。", id="an-anaphor-subject-is-not-guessed-for-a-generic-title"),
    pytest.param("他于2019年成为南京市民政局副局长。", id="ta-with-no-person-read-before"),
    pytest.param("王明说，他曾任职于多家单位。", id="a-subject-and-no-post"),
    pytest.param("该协会成为江苏省社会工作联合会理事单位。", id="an-organisation-is-the-subject"),
    pytest.param("韶关市各县民政局负责人参加。副局长陈红致辞。", id="ge-qu-is-no-one-organisation"),
    pytest.param("办公室主任赵敏出席。", id="an-office-of-no-organisation-named"),
    pytest.param("坚持以人民为中心，主任王明讲话。", id="wei-zhongxin-is-no-organisation"),
    pytest.param("举办“阳光”工委书记王明出席。", id="a-quote-after-no-committee"),
    pytest.param("组织部长孙波出席。", id="a-short-unit-with-no-committee-before"),
    pytest.param("宁波市民政局局长时常强调要加强管理。", id="a-weak-family-name-reading-as-a-word"),
    pytest.param("会议时少人多，局长公开表示欢迎。", id="weak-family-names-not-after-a-title"),
    pytest.param("本报记者周丽报道。", id="byline"),
    pytest.param("温州市民政局召开座谈会。会长林海峰主持。", id="head-word-contradicts"),
    pytest.param("南京市民政局主管副局长任组长。", id="surname-before-role-is-no-name"),
]

ATTACHED += [  # a bare 中心 is the article's centre; verbs a name or a name's left edge stop at
    pytest.param(
        "宁海县阳光社工服务中心成立。宁海县民政局局长许强、中心副主任周红出席。",
        {("许强", "局长", "宁海县民政局", "roles.chain"),
         ("周红", "副主任", "宁海县阳光社工服务中心", "roles.chain")},
        id="a-bare-centre-is-the-centre-named-before-not-a-unit-of-the-bureau"),
    pytest.param(
        "宁海县社会工作协会会长许强、中心主任周红出席。",
        {("许强", "会长", "宁海县社会工作协会", "roles.chain")},
        id="a-bare-centre-with-no-centre-named-is-no-one-s"),
    pytest.param(
        "宁海县民政局副局长许强、办公室主任周红、中心主任王芳出席。",
        {("许强", "副局长", "宁海县民政局", "roles.chain"),
         ("周红", "主任", "宁海县民政局办公室", "roles.chain")},
        id="a-bare-office-is-still-a-unit-a-bare-centre-is-not"),
    pytest.param(
        "2019年，李文成为宁海县民政局副局长。",
        {("李文", "副局长", "宁海县民政局", "roles.subject")},
        id="cheng-wei-ends-the-name-and-opens-the-organisation"),
    pytest.param(
        "孙立历任宁海县民政局副局长、局长，现任宁海县委常委、宣传部部长。",
        {("孙立", "副局长", "宁海县民政局", "roles.subject"),
         ("孙立", "局长", "宁海县民政局", "roles.subject"),
         ("孙立", "常委", "宁海县委", "roles.subject"),
         ("孙立", "部长", "宁海县委宣传部", "roles.subject")},
        id="li-ren-then-xian-ren"),
    pytest.param(
        "宁海县阳光社工服务中心举办培训，负责人陈红讲授课程。",
        {("陈红", "负责人", "宁海县阳光社工服务中心", "roles.subject-org")},
        id="a-name-stops-before-jiang-shou"),
    pytest.param(
        "宁海县桥头街道社工站项目负责人陈红介绍情况。",
        {("陈红", "负责人", "宁海县桥头街道社工站", "roles.subject-org")},
        id="the-project-word-right-after-the-organisation-is-its-project"),
    pytest.param(
        "宁海县民政局局长许强出席。优秀社工刘佳发言，她曾任宁海县社会工作协会秘书长。",
        {("许强", "局长", "宁海县民政局", "roles.chain"),
         ("刘佳", "秘书长", "宁海县社会工作协会", "roles.subject")},
        id="ta-is-the-last-person-named-with-or-without-a-post"),
    pytest.param(
        "宁海县民政局局长许强出席。许强与志愿者刘佳交谈，她曾任宁海县社会工作协会秘书长。",
        {("许强", "局长", "宁海县民政局", "roles.chain")},
        id="ta-after-a-name-of-unsure-length-is-no-one"),
    pytest.param(
        "宁海县委书记刘伟、县长周涛、副县长王芳出席。",
        {("刘伟", "书记", "宁海县委", "roles.chain"), ("周涛", "县长", "宁海县人民政府", "roles.chain"),
         ("王芳", "副县长", "宁海县人民政府", "roles.chain")},
        id="a-tier-head-after-the-committee-s-man-leads-the-government"),
]

NOTHING += [
    pytest.param("宁海县民政局举办培训，项目负责人陈红讲话。", id="a-project-s-head-is-not-the-subject-s"),
    pytest.param("宁海县民政局联合多家机构开展培训，负责人陈红讲话。", id="a-partner-subject-is-not-the-title-s"),
    pytest.param("在宁海县民政局的支持下，项目顺利开展，负责人陈红介绍了经验。",
                 id="zai-x-de-zhichi-xia-is-no-subject"),
]


@pytest.mark.parametrize("text, expected", ATTACHED)
def test_roles_attach(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_roles_attach_nothing(text):
    assert read(text) == set()


def test_a_short_form_is_spelled_with_a_place_not_with_a_body_glued_before_it():
    from kg import pipeline
    from kg.ingest import document_from_text
    text = HEAD + ("肇庆市召开会议。中共肇庆市委宣传部加挂市委“青年”工委牌子。"
                   "市委“青年”工委书记陈立新出席，市委市政府高度重视。市政府副市长赵刚讲话。")
    got = {(p.person, p.role, p.org.name) for p in pipeline.extract_document(
        document_from_text("t", "t.txt", text)) if isinstance(p, Post)}
    assert got == {("陈立新", "书记", "肇庆市委“青年”工委"), ("赵刚", "副市长", "肇庆市人民政府")}
