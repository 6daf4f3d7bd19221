"""Figures real articles write that the first templates missed. Sentences are our own."""
from __future__ import annotations

import pytest

from conftest import run
from kg import places
from kg.extract import statistics

HEAD = "2023-09-01 来源：本地新闻网\n"


def read(text: str) -> set[tuple]:
    return {(o.region.label, o.indicator, o.value, o.unit, o.evidence.rule)
            for o in run(statistics, HEAD + text)}


FIGURES = [
    pytest.param(
        "绵阳市召开推进会。会议指出，全市义工队伍达45支。",
        {("绵阳市", "义工队伍", 45, "支", "statistics.indicator-value")},
        id="unit-zhi"),
    pytest.param(
        "绵阳市召开推进会。全市社工站累计开展活动300余场次。",
        {("绵阳市", "社工站累计开展活动", 300, "场次", "statistics.indicator-value")},
        id="unit-changci"),
    pytest.param(
        "绵阳市共有32个老年食堂。",
        {("绵阳市", "老年食堂", 32, "个", "statistics.counted-noun")},
        id="counted-plain-noun-a-region-has"),
    pytest.param(
        "2023年，四川省绵竹市持证社工达到520人。",
        {("绵竹市", "持证社工", 520, "人", "statistics.indicator-value")},
        id="county-level-city-named-alone"),
    pytest.param(
        "乐山市民政局召开会议。截至今年6月，全市持证社会工作者达1800人。",
        {("乐山市", "持证社会工作者", 1800, "人", "statistics.indicator-value")},
        id="quan-shi-the-article-s-city"),
    pytest.param(
        "德阳市持证社会工作者人数由900人增长到2300人。",
        {("德阳市", "持证社会工作者人数", 2300, "人", "statistics.changed-to")},
        id="the-figure-it-grew-to"),
    pytest.param(
        "德阳市建成了一支5.5万人的社会工作专业人才队伍。",
        {("德阳市", "社会工作专业人才队伍", 55000, "人", "statistics.count-noun")},
        id="n-people-de-noun"),
    pytest.param(
        "德阳市召开会议。今年参加全国社会工作者职业水平考试的考生达3200人。",
        {("德阳市", "参加全国社会工作者职业水平考试的考生", 3200, "人", "statistics.indicator-value")},
        id="quan-guo-naming-an-exam-is-no-region"),
    pytest.param(
        "德阳市召开会议。全国持证社会工作者超过90万人。",
        {("全国", "持证社会工作者", 900000, "人", "statistics.indicator-value")},
        id="quan-guo-standing-alone-is-the-nation"),
    pytest.param(
        "兵团共建成社工站68个。",
        {("新疆生产建设兵团", "建成社工站", 68, "个", "statistics.indicator-value")},
        id="a-region-the-county-list-lacks"),
    pytest.param(
        "绵阳市召开推进会。各社工站累计走访困难老人2.3万人次。",
        {("绵阳市", "各社工站累计走访困难老人", 23000, "人次", "statistics.indicator-value")},
        id="person-times-with-a-sector-word"),
    pytest.param(
        "绵阳市召开推进会。今年以来开展入户探访1200人次。",
        {("绵阳市", "开展入户探访", 1200, "人次", "statistics.activity")},
        id="person-times-of-any-activity"),
    pytest.param(
        "绵阳市建成12个乡镇社工站和300个村社工室。",
        {("绵阳市", "建成乡镇社工站", 12, "个", "statistics.count-noun"),
         ("绵阳市", "村社工室", 300, "个", "statistics.count-noun")},
        id="two-counted-things-joined-by-he"),
    pytest.param(
        "自四川省启动社工项目以来,绵竹市配备社会工作人才30多名。",
        {("绵竹市", "配备社会工作人才", 30, "名", "statistics.indicator-value")},
        id="a-place-inside-the-opening-one-is-the-subject"),
    pytest.param(
        "德阳市社会工作推进会召开。德阳市民政局介绍了德阳市的做法。四川省民政厅到会指导。"
        "今年以来开展入户探访1200人次。",
        {("德阳市", "开展入户探访", 1200, "人次", "statistics.activity")},
        id="no-place-of-its-own-the-article-s-not-the-province-before"),
    pytest.param(
        "四川省召开会议。2023年,绵阳市扎实推进社会工作,率先在全省实现260个乡镇(街道)社工站全覆盖。",
        {("绵阳市", "乡镇社工站", 260, "个", "statistics.count-noun")},
        id="quan-sheng-naming-a-ranking-is-not-the-figure-s-region"),
    pytest.param(
        "吉林省召开会议。敦化市民政局在全市开展帮扶,折合人民币18万元。",
        {("敦化市", "折合人民币", 180000, "元", "statistics.indicator-value")},
        id="quan-shi-of-a-county-level-city-is-that-city"),
    pytest.param(
        "自全省推行社工计划以来,安仁县配备社会工作人才15名。",
        {("郴州市安仁县", "配备社会工作人才", 15, "名", "statistics.indicator-value")},
        id="a-place-after-quan-sheng-is-nearer"),
    pytest.param(
        "江西省召开会议。赣州市举办活动。省民政厅举办专题班,共培训社工9000余人。",
        {("江西省", "培训社工", 9000, "人", "statistics.indicator-value")},
        id="a-bureau-of-the-province-as-subject"),
    pytest.param(
        "江西省召开会议。赣州市举办活动。县区级社工站总站5个。",
        {("赣州市", "县区级社工站总站", 5, "个", "statistics.indicator-value")},
        id="a-level-word-is-no-bureau"),
    pytest.param(
        "新华社成都5月8日电 记者从四川省民政厅获悉,四川各地已建成运营820个乡镇社工站。",
        {("四川省", "乡镇社工站", 820, "个", "statistics.count-noun")},
        id="the-dateline-city-is-not-the-subject"),
    pytest.param(
        "绵阳市共有25个注册的社会工作服务项目。",
        {("绵阳市", "注册的社会工作服务项目", 25, "个", "statistics.count-noun")},
        id="verb-de-noun-counts-the-noun"),
    pytest.param(
        "绵阳市开展接待日活动,收集群众意见860条。",
        {("绵阳市", "收集群众意见", 860, "条", "statistics.plain-indicator")},
        id="an-indicator-in-words-of-its-own"),
    pytest.param(
        "云南省注册社工机构由6年前的40家发展到现在的320余家。",
        {("云南省", "注册社工机构", 320, "家", "statistics.changed-to")},
        id="grew-from-a-year-ago-to-now"),
    pytest.param(
        "云南省报考人数从1800余人到突破3500人。",
        {("云南省", "报考人数", 3500, "人", "statistics.changed-to")},
        id="from-n-to-m-in-words-of-its-own"),
    pytest.param(
        "截至目前,昆明市社工机构达85家,较2018年初30家增长了183%。",
        {("昆明市", "社工机构", 85, "家", "statistics.indicator-value"),
         ("昆明市", "社工机构", 30, "家", "statistics.baseline"),
         ("昆明市", "社工机构增长率", 183, "%", "statistics.growth")},
        id="the-figure-compared-with-and-its-growth-rate"),
    pytest.param(
        "截至目前，宜春市共有社会工作人才520人，持证社工210人，持证人数较2019年底的120人增长75%。",
        {("宜春市", "社会工作人才", 520, "人", "statistics.indicator-value"),
         ("宜春市", "持证社工", 210, "人", "statistics.indicator-value"),
         ("宜春市", "持证人数", 120, "人", "statistics.baseline"),
         ("宜春市", "持证社工增长率", 75, "%", "statistics.growth")},
        id="the-sector-s-words-before-the-comparison-name-the-figure-compared-with"),
    pytest.param(
        "截至目前，宜春市持证社工210人（社会工作师40人、助理社会工作师170人），较2019年底的120人增长75%。",
        {("宜春市", "持证社工", 210, "人", "statistics.indicator-value"),
         ("宜春市", "社会工作师", 40, "人", "statistics.indicator-value"),
         ("宜春市", "助理社会工作师", 170, "人", "statistics.indicator-value"),
         ("宜春市", "持证社工", 120, "人", "statistics.baseline"),
         ("宜春市", "持证社工增长率", 75, "%", "statistics.growth")},
        id="after-parts-in-brackets-the-comparison-is-of-the-whole"),
    pytest.param(
        "截至目前，宜春市持证社工达到2100人，较2022年底的1800人增加300人。",
        {("宜春市", "持证社工", 2100, "人", "statistics.indicator-value"),
         ("宜春市", "持证社工", 1800, "人", "statistics.baseline"),
         ("宜春市", "持证社工增加", 300, "人", "statistics.growth")},
        id="a-change-in-the-figure-s-unit-right-after-the-figure-compared-with"),
    pytest.param(
        "今年以来，宜春市开展志愿服务活动3100场，服务时长12万小时，分别比去年同期增长16%和21%。",
        {("宜春市", "开展志愿服务活动", 3100, "场", "statistics.indicator-value"),
         ("宜春市", "服务时长", 120000, "小时", "statistics.activity"),
         ("宜春市", "开展志愿服务活动增长率", 16, "%", "statistics.growth"),
         ("宜春市", "服务时长增长率", 21, "%", "statistics.growth")},
        id="rates-of-change-told-respectively-of-the-figures-before"),
    pytest.param(
        "广州市番禺区召开会议。市桥、沙湾两个街道持证社工分别为210人、180人。",
        {("市桥街道", "持证社工", 210, "人", "statistics.respectively"),
         ("沙湾街道", "持证社工", 180, "人", "statistics.respectively")},
        id="towns-listed-by-their-own-names-their-kind-written-once-after-a-count"),
    pytest.param(
        "昆山市召开会议。这是一次会议。出台规范性文件8个。",
        {("昆山市", "出台规范性文件", 8, "个", "statistics.plain-indicator")},
        id="no-place-in-reach-the-article-s"),
    pytest.param(
        "昆山市有志愿服务队伍85支、人数达6000人。",
        {("昆山市", "志愿服务队伍", 85, "支", "statistics.indicator-value"),
         ("昆山市", "志愿服务队伍人数", 6000, "人", "statistics.indicator-value")},
        id="a-measure-of-the-thing-counted-before"),
    pytest.param(
        "昆山市专业社工已有450名;发展专业社工450人。",
        {("昆山市", "专业社工", 450, "名", "statistics.indicator-value")},
        id="one-count-of-people-told-twice"),
    pytest.param(
        "株洲市召开会议。向各商会派驻40余名党建指导员。",
        {("株洲市", "派驻党建指导员", 40, "名", "statistics.done-noun")},
        id="a-count-of-what-was-sent"),
    pytest.param(
        "株洲市印发服务指南、评估办法等4个配套文件。",
        {("株洲市", "印发配套文件", 4, "个", "statistics.done-noun")},
        id="a-count-of-what-was-issued-after-a-list-of-examples"),
    pytest.param(
        "扬州市召开会议。邗江区召开会议。在该区养老服务中心、扬州市图书馆等地建起9个社工实训基地。",
        {("扬州市邗江区", "社工实训基地", 9, "个", "statistics.count-noun")},
        id="gai-qu-is-narrower-than-the-city-named-after-it"),
    pytest.param(
        "瑞安市召开会议。在全市40个行政村设立爱心超市。",
        {("瑞安市", "在全市行政村设立爱心超市", 40, "个", "statistics.places-reached")},
        id="how-many-villages-a-programme-reached"),
    pytest.param(
        "瑞安市完成全市12个乡、20个镇建设任务。",
        {("瑞安市", "完成全市乡建设任务", 12, "个", "statistics.places-reached"),
         ("瑞安市", "镇建设任务", 20, "个", "statistics.places-reached")},
        id="a-list-of-kinds-of-place"),
    pytest.param(
        "瑞安市实现260个乡镇(街道)社工站全覆盖。",
        {("瑞安市", "实现乡镇社工站", 260, "个", "statistics.count-noun")},
        id="a-kind-of-place-before-what-is-counted-is-a-modifier"),
    pytest.param(
        "泉州市持证社工达3000人,占全省的15%。",
        {("泉州市", "持证社工", 3000, "人", "statistics.indicator-value"),
         ("泉州市", "持证社工占全省比例", 15, "%", "statistics.share")},  # the city's share, not the province's
        id="a-share-of-the-province-is-no-provincial-figure"),
    pytest.param(
        "新华社南宁3月5日电 据自治区民政厅消息,全区乡镇社工站已建成1200个。",
        {("广西壮族自治区", "乡镇社工站已建成", 1200, "个", "statistics.indicator-value")},
        id="quan-qu-with-a-dateline-city-is-the-autonomous-region"),
    pytest.param(
        "温州市社工人数由2019年的300人增长到2022年的800人。",
        {("温州市", "社工人数", 300, "人", "statistics.baseline"),
         ("温州市", "社工人数", 800, "人", "statistics.changed-to")},
        id="grew-to-with-the-years-written"),
    pytest.param(
        "芜湖市每万人拥有社工12.5人。",
        {("芜湖市", "每万人拥有社工", 12.5, "人", "statistics.indicator-value")},
        id="a-density-per-ten-thousand-people-is-no-norm"),
    pytest.param(
        "芜湖市召开会议。他介绍,全市持证社工达到5200人。",
        {("芜湖市", "持证社工", 5200, "人", "statistics.indicator-value")},
        id="a-speaker-quoting-the-region-s-figure"),
    pytest.param(
        "芜湖市镜湖区现有社区工作者近千人。",
        {("芜湖市镜湖区", "社区工作者", 1000, "人", "statistics.indicator-value")},
        id="a-bare-thousand-after-jin"),
    pytest.param(
        "芜湖市持证社工人数已过百。",
        {("芜湖市", "持证社工人数", 100, "人", "statistics.indicator-value")},
        id="over-a-hundred-with-the-unit-from-the-indicator"),
    pytest.param(
        "芜湖市鸠江区今年开展社工服务活动860余场。",
        {("芜湖市鸠江区", "开展社工服务活动", 860, "场", "statistics.indicator-value")},
        id="activities-counted-in-chang"),
    pytest.param(
        "滁州市计划今年建成县级社会工作指导中心8个。",
        {("滁州市", "计划今年建成县级社会工作指导中心", 8, "个", "statistics.indicator-value")},
        id="xianji-is-a-level-not-a-county"),
    pytest.param(
        "滁州市持证社工数量连续两年居全省前列,目前总数已达6200人。",
        {("滁州市", "持证社工总数", 6200, "人", "statistics.indicator-value")},
        id="a-total-of-what-the-sentence-opens-with"),
    pytest.param(
        "滁州市持证社工人数从2019年的900人增加到2022年的2600人。",
        {("滁州市", "持证社工人数", 900, "人", "statistics.baseline"),
         ("滁州市", "持证社工人数", 2600, "人", "statistics.changed-to")},
        id="a-change-from-a-year-s-figure-gives-both"),
    pytest.param(
        "六安市今年新增养老床位800余张,走访困难群众1.3万户次。",
        {("六安市", "新增养老床位", 800, "张", "statistics.indicator-value"),
         ("六安市", "走访困难群众", 13000, "户次", "statistics.activity")},
        id="beds-and-household-visits"),
    pytest.param(
        "岳池县召开推进会。县民政局局长周强介绍了情况。全县社工站累计服务群众2.6万人次。",
        {("广安市岳池县", "社工站累计服务群众", 26000, "人次", "statistics.indicator-value")},
        id="quan-xian-is-the-county-named-before"),
    pytest.param(
        "喀什市召开会议。全市在“志愿新疆”平台注册志愿者达到2.3万人。",
        {("喀什市", "平台注册志愿者", 23000, "人", "statistics.indicator-value")},
        id="a-place-inside-a-quoted-name-is-the-name-s"),
    pytest.param(
        "2022年,格尔木市共有860人报名参加社会工作者职业资格考试,共有215人通过考试。",
        {("格尔木市", "报名参加社会工作者职业资格考试", 860, "人", "statistics.count-noun"),
         ("格尔木市", "通过考试", 215, "人", "statistics.count-noun")},
        id="who-registered-for-and-who-passed-an-exam"),
    pytest.param(
        "良庆区地处南宁新城区,全区共有社工站36个。",
        {("南宁市良庆区", "社工站", 36, "个", "statistics.indicator-value")},
        id="a-city-s-new-district-in-words-is-not-another-city-s-xinchengqu"),
    pytest.param(
        "江宁区召开推进会。秣陵街道社工站今年已开展个案服务120个。",
        {("秣陵街道", "社工站今年已开展个案服务", 120, "个", "statistics.indicator-value")},
        id="a-street-is-a-region-of-its-own"),
    pytest.param(
        "宜兴市丁蜀镇共有注册志愿者3400人。",
        {("丁蜀镇", "注册志愿者", 3400, "人", "statistics.indicator-value")},
        id="a-town-under-its-county"),
    pytest.param(
        "宜兴市民政局为丁蜀镇、周铁镇、和桥镇等8个村社会工作室授牌。",
        {("宜兴市", "村社会工作室授牌", 8, "个", "statistics.count-noun")},
        id="towns-listed-before-deng-are-counted-the-figure-is-the-county-s"),
    pytest.param(
        "宜兴市丁蜀镇召开会议,李家镇长讲话,全镇社工站有社工12名。",
        {("丁蜀镇", "社工站有社工", 12, "名", "statistics.indicator-value")},
        id="a-town-s-head-is-no-town"),
    pytest.param(
        "宜兴市民政局召开推进会,宜兴市各镇参加。丁蜀镇社工站与一所高校联合开设2个服务项目。"
        "近几年来,共培训社区工作者600多名。",
        {("丁蜀镇", "服务项目", 2, "个", "statistics.count-noun"),
         ("宜兴市", "培训社区工作者", 600, "名", "statistics.indicator-value")},
        id="the-years-summed-up-are-the-article-s-not-the-last-sentence-s"),
    pytest.param(
        "湖州市社会工作协会在安吉县召开理事会,湖州市民政局派员出席。会长在报告中说,协会成立三年来,团体会员已有86家。",
        {("湖州市", "团体会员", 86, "家", "statistics.indicator-value")},
        id="an-association-s-history-is-its-region-s-not-the-venue-s"),
    pytest.param(
        "湖州市持证社工达到5100人,每万名常住人口拥有持证社工14.8人,每千名老人拥有养老护理员6名。",
        {("湖州市", "持证社工", 5100, "人", "statistics.indicator-value"),
         ("湖州市", "每万名常住人口拥有持证社工", 14.8, "人", "statistics.indicator-value"),
         ("湖州市", "每千名老人拥有养老护理员", 6, "名", "statistics.indicator-value")},
        id="a-density-per-ten-thousand-or-per-thousand-people"),
    pytest.param(
        "泉州市召开会议。鲤城区、丰泽区和洛江区的社工站覆盖率分别达到96%、90%和75%。",
        {("泉州市鲤城区", "社工站覆盖率", 96, "%", "statistics.respectively"),
         ("泉州市丰泽区", "社工站覆盖率", 90, "%", "statistics.respectively"),
         ("泉州市洛江区", "社工站覆盖率", 75, "%", "statistics.respectively")},
        id="places-then-their-indicator-then-the-figures-respectively"),
    pytest.param(
        "泉州市社会工作协会召开会员大会。会议审议了章程。理事会作工作报告说,三年来协会不断壮大,现有团体会员64家。",
        {("泉州市", "团体会员", 64, "家", "statistics.indicator-value")},
        id="years-behind-before-a-bare-association-are-no-part-of-its-name"),
    pytest.param(
        "晋江市今年共有95人通过考试,比去年的40人增加了55人。",
        {("晋江市", "通过考试", 95, "人", "statistics.count-noun"),
         ("晋江市", "通过考试", 40, "人", "statistics.baseline"),
         ("晋江市", "通过考试增加", 55, "人", "statistics.growth")},  # (the change, after the figure compared with)
        id="last-year-s-figure-compared-with"),
    pytest.param(
        "漳州市慈善总会召开理事会。会议听取了汇报。市慈善总会累计设立冠名基金48个,资助贫困大中学生560名。",
        {("漳州市", "市慈善总会累计设立冠名基金", 48, "个", "statistics.indicator-value"),
         ("漳州市", "资助贫困大中学生", 560, "名", "statistics.indicator-value")},
        id="the-city-s-own-association-as-subject-and-students-are-no-school"),
    pytest.param(
        "漳州市今年将力争募集善款2亿元,新增冠名基金15个以上。",
        {("漳州市", "募集善款", 200000000, "元", "statistics.indicator-value"),
         ("漳州市", "新增冠名基金", 15, "个", "statistics.indicator-value")},
        id="a-plan-s-words-are-no-part-of-its-indicator"),
    pytest.param(
        "沈阳市民政局召开会议。上半年全市新建镇(街道)社工站30个,其中,浑南区、于洪区分别建成8个、5个。",
        {("沈阳市", "新建镇社工站", 30, "个", "statistics.indicator-value"),
         ("沈阳市浑南区", "新建镇社工站", 8, "个", "statistics.respectively"),
         ("沈阳市于洪区", "新建镇社工站", 5, "个", "statistics.respectively")},
        id="places-respectively-built-the-figures-of-the-indicator-before"),
    pytest.param(
        "青海省召开会议。今年,省民政厅安排资金2600万元支持社工站运营。",
        {("青海省", "省民政厅安排资金", 26000000, "元", "statistics.indicator-value")},
        id="money-named-before-the-figure-its-purpose-after"),
    pytest.param(
        "青海省民政厅召开会议。处长马丽说,今年在西宁、海东两市开展社工轮训,计划培训800人次。",
        {("青海省", "计划培训", 800, "人次", "statistics.indicator-value")},
        id="places-listed-then-counted-give-the-figure-to-their-common-ancestor"),
    pytest.param(
        "芜湖市注册志愿者达到41.2万人,占常住人口的比例约为11.3%。",
        {("芜湖市", "注册志愿者", 412000, "人", "statistics.indicator-value"),
         ("芜湖市", "注册志愿者占常住人口比例", 11.3, "%", "statistics.share")},
        id="a-share-of-the-population-of-the-figure-before"),
    pytest.param(
        "芜湖市社工站今年开展小组活动八十余节、社区活动40余次,举办培训班12期,建立服务档案2300份。",
        {("芜湖市", "社工站今年开展小组活动", 80, "节", "statistics.indicator-value"),  # 活动, 培训: sector words
         ("芜湖市", "社区活动", 40, "次", "statistics.indicator-value"),
         ("芜湖市", "举办培训班", 12, "期", "statistics.indicator-value"),
         ("芜湖市", "建立服务档案", 2300, "份", "statistics.plain-indicator")},
        id="activities-in-jie-ci-qi-and-records-in-fen"),
    pytest.param(
        "芜湖市社工站全年累计走访困难群众、留守老人和困境儿童超过5万人次。",
        {("芜湖市", "社工站全年累计走访困难群众、留守老人和困境儿童", 50000, "人次", "statistics.indicator-value")},
        id="a-list-of-who-was-served-is-part-of-the-indicator"),
    pytest.param(
        "芜湖市民政局召开会议。会议听取了汇报。全市共有900人报名参加全国社会工作者职业水平考试。"
        "在民政部门登记的社工机构增至40家。",
        {("芜湖市", "报名参加全国社会工作者职业水平考试", 900, "人", "statistics.count-noun"),
         ("芜湖市", "在民政部门登记的社工机构", 40, "家", "statistics.indicator-value")},
        id="quanguo-opening-an-exam-s-name-is-no-place-for-the-next-sentence"),
    pytest.param(
        "芜湖市持证社工中,助理社会工作师、社会工作师分别为2100人和560人。",
        {("芜湖市", "助理社会工作师", 2100, "人", "statistics.respectively"),
         ("芜湖市", "社会工作师", 560, "人", "statistics.respectively")},
        id="nouns-listed-then-their-figures-respectively"),
    pytest.param(
        "芜湖市南陵县常年在外务工的有近万人。",
        {("芜湖市南陵县", "常年在外务工", 10000, "人", "statistics.plain-indicator")},
        id="jin-wan-a-round-ten-thousand"),
    pytest.param(
        "截至2022年底,白山市共建成社工站60个,其中江源区12个、临江市9个。60个站点中,由社工机构运营的42个,占70%。",
        {("白山市", "建成社工站", 60, "个", "statistics.indicator-value"),
         ("白山市江源区", "建成社工站", 12, "个", "statistics.indicator-value"),
         ("临江市", "建成社工站", 9, "个", "statistics.indicator-value"),
         ("白山市", "由社工机构运营", 42, "个", "statistics.indicator-value"),
         ("白山市", "由社工机构运营占比", 70, "%", "statistics.share")},
        id="after-a-breakdown-by-place-the-next-sentence-is-the-whole-s-and-a-bare-share"),
    pytest.param(
        "白山市召开会议。会议听取了汇报。全市持证社工占比超过三成,社工站六成以上由机构运营。",
        {("白山市", "持证社工占比", 30, "%", "statistics.indicator-value"),
         ("白山市", "社工站由机构运营", 60, "%", "statistics.count-noun")},
        id="shares-in-tenths"),
    pytest.param(
        "2024年,浑江区、抚松县分别投入社工服务资金80万元、65万元,江源区、临江市投入均在50万元以上。",
        {("白山市浑江区", "投入社工服务资金", 800000, "元", "statistics.respectively"),
         ("白山市抚松县", "投入社工服务资金", 650000, "元", "statistics.respectively"),
         ("白山市江源区", "投入", 500000, "元", "statistics.respectively"),
         ("临江市", "投入", 500000, "元", "statistics.respectively")},
        id="respectively-a-verb-and-its-noun-and-jun-each-place-listed"),
    pytest.param(
        "2024年,浑江区和抚松县社工站覆盖率均达到100%。",
        {("白山市浑江区", "社工站覆盖率", 100, "%", "statistics.respectively"),
         ("白山市抚松县", "社工站覆盖率", 100, "%", "statistics.respectively")},
        id="jun-after-places-inside-a-name"),
    pytest.param(
        "白山市召开会议。会议听取了汇报。通化市持证社工2100人;梅河口市、集安市分别为900人和300人。",
        {("通化市", "持证社工", 2100, "人", "statistics.indicator-value"),
         ("梅河口市", "持证社工", 900, "人", "statistics.respectively"),
         ("集安市", "持证社工", 300, "人", "statistics.respectively")},
        id="places-respectively-take-the-indicator-before-the-semicolon"),
    pytest.param(
        "白山市召开会议。会议听取了汇报。全市建成县(市、区)级社工指导中心6个;建成村(社区)社工室300个。",
        {("白山市", "建成县级社工指导中心", 6, "个", "statistics.indicator-value"),
         ("白山市", "建成村社工室", 300, "个", "statistics.indicator-value")},
        id="jiancheng-xian-is-no-one-character-county"),
    pytest.param(
        "辽源市召开会议。会议听取了汇报。分层级看,街道社工站覆盖率为90%,各级社工站共配备社工150名。",
        {("辽源市", "街道社工站覆盖率", 90, "%", "statistics.indicator-value"),
         ("辽源市", "各级社工站共配备社工", 150, "名", "statistics.indicator-value")},
        id="a-kind-of-body-is-everywhere-in-the-region"),
    pytest.param(
        "辽源市民政局召开会议。他提出,力争年底全市持证社工比例达到30%,注册志愿者占常住人口比例达到30%。",
        {("辽源市", "持证社工比例", 30, "%", "statistics.indicator-value"),
         ("辽源市", "注册志愿者占常住人口比例", 30, "%", "statistics.indicator-value")},
        id="two-shares-of-one-value-and-a-plan-he-puts-forward"),
    pytest.param(
        "会议在长春召开。会议听取了汇报。全省持证社工达到2万人。",
        {("吉林省", "持证社工", 20000, "人", "statistics.indicator-value")},
        id="quan-sheng-in-an-article-naming-only-a-city"),
    pytest.param(
        "滑县召开会议。会议通报了情况。全县通过中级(社会工作师)考试的有48人,村(社区)两委成员占比超过五成。",
        {("安阳市滑县", "通过中级考试", 48, "人", "statistics.indicator-value"),
         ("安阳市滑县", "村两委成员占比", 50, "%", "statistics.plain-indicator")},
        id="an-aside-in-brackets-is-read-through-and-two-committees-are-a-kind-of-body"),
    pytest.param(
        "滑县持证社工总数为1030人,首次突破千人,较2022年底的860人增长19.8%。",
        {("安阳市滑县", "持证社工总数", 1030, "人", "statistics.indicator-value"),
         ("安阳市滑县", "持证社工总数", 860, "人", "statistics.baseline"),
         ("安阳市滑县", "持证社工总数增长率", 19.8, "%", "statistics.growth")},
        id="the-figure-before-rounded-is-no-figure-and-shouci-no-indicator"),
    pytest.param(
        "滑县社工站今年服务群众1.5万人次,比去年全年的1.1万人次增加了三成多。",
        {("安阳市滑县", "社工站今年服务群众", 15000, "人次", "statistics.indicator-value"),
         ("安阳市滑县", "社工站今年服务群众", 11000, "人次", "statistics.baseline"),
         ("安阳市滑县", "社工站今年服务群众增长率", 30, "%", "statistics.growth")},
        id="last-year-s-whole-year-compared-with"),
    pytest.param(
        "2024年,蜀山区和包河区社工站覆盖率平均达到85%。",
        {("合肥市蜀山区", "社工站覆盖率平均", 85, "%", "statistics.indicator-value")},
        id="pingjun-is-a-mean-not-each"),
    pytest.param(
        "合肥市召开会议。会议听取了汇报。全市持证社工占比达63%,社工站一成以上由机构运营。",
        {("合肥市", "持证社工占比", 63, "%", "statistics.indicator-value"),
         ("合肥市", "社工站由机构运营", 10, "%", "statistics.count-noun")},
        id="zhanbi-da-and-yi-cheng"),
    pytest.param(
        "金寨县召开会议。会议听取汇报。梅山镇、天堂寨镇社工站服务人次位列前二,分别为3200人次、2900人次;"
        "南溪镇、燕子河镇社工站分别链接社会资源折合资金9.5万元、6.1万元。",
        {("梅山镇", "社工站服务人次", 3200, "人次", "statistics.respectively"),
         ("天堂寨镇", "社工站服务人次", 2900, "人次", "statistics.respectively"),
         ("南溪镇", "社工站链接社会资源折合资金", 95000, "元", "statistics.respectively"),
         ("燕子河镇", "社工站链接社会资源折合资金", 61000, "元", "statistics.respectively")},
        id="places-in-the-clause-before-fenbie-and-the-words-after-it"),
    pytest.param(
        "金寨县召开会议。会议听取汇报。今年全县报名参加全国社会工作者职业水平考试的有1300人。",
        {("六安市金寨县", "报名参加全国社会工作者职业水平考试", 1300, "人", "statistics.indicator-value")},
        id="quanguo-opening-an-exam-s-name-stays-in-the-indicator"),
    pytest.param(
        "金寨县召开会议。会议听取汇报。县财政今年投入社工站运营经费260万元;全县已建立快递行业党组织42个。",
        {("六安市金寨县", "县财政今年投入社工站运营经费", 2600000, "元", "statistics.indicator-value"),
         ("六安市金寨县", "建立快递行业党组织", 42, "个", "statistics.indicator-value")},
        id="a-spending-verb-opens-no-body-and-the-bodies-counted-are-no-subject"),
    pytest.param(
        "金寨县召开会议。会议听取汇报。全县共有860人报名参加社会工作者职业水平考试,215人通过。",
        {("六安市金寨县", "报名参加社会工作者职业水平考试", 860, "人", "statistics.count-noun"),
         ("六安市金寨县", "通过考试", 215, "人", "statistics.count-noun")},
        id="a-count-of-people-then-the-exam-s-verb-alone"),
    pytest.param(
        "截至2021年底,衢州市持证社会工作者达到4300人,比上年增长15.2%。",
        {("衢州市", "持证社会工作者", 4300, "人", "statistics.indicator-value"),
         ("衢州市", "持证社会工作者增长率", 15.2, "%", "statistics.growth")},
        id="the-growth-of-the-figure-before"),
    pytest.param(
        "丽水市志愿服务时长同比增长27%。",
        {("丽水市", "志愿服务时长增长率", 27, "%", "statistics.growth")},
        id="the-growth-of-what-is-named-before-the-comparison"),
    pytest.param(
        "舟山市社工机构数量较上年下降4%。",
        {("舟山市", "社工机构数量下降率", 4, "%", "statistics.growth")},
        id="a-fall-is-a-rate-of-its-own"),
    pytest.param(
        "2022年,台州市募集善款1.8亿元,较上年的1.5亿元增长20%。",
        {("台州市", "募集善款", 180000000, "元", "statistics.indicator-value"),
         ("台州市", "募集善款", 150000000, "元", "statistics.baseline"),
         ("台州市", "募集善款增长率", 20, "%", "statistics.growth")},
        id="the-growth-after-the-figure-compared-with"),
    pytest.param(
        "湖州市持证人数较去年增长近三成。",
        {("湖州市", "持证人数增长率", 30, "%", "statistics.growth")},
        id="a-growth-in-tenths"),
    pytest.param(
        "湖州市社工站服务对象满意度保持在96%以上。",
        {("湖州市", "社工站服务对象满意度", 96, "%", "statistics.indicator-value")},
        id="baochi-zai-is-no-part-of-the-indicator"),
    pytest.param(
        "岳西县11个乡镇全部建成了社会工作服务站。",
        {("安庆市岳西县", "乡镇社会工作服务站", 11, "个", "statistics.places-reached")},
        id="places-counted-that-all-have-a-station-count-the-stations"),
    pytest.param(
        "岳西县12个乡镇（园区）社工站均已挂牌。",
        {("安庆市岳西县", "乡镇社工站", 12, "个", "statistics.places-reached")},
        id="an-aside-between-the-places-and-their-stations"),
    pytest.param(
        "潜山市共有驻站社工48名,平均每站4人。",
        {("潜山市", "驻站社工", 48, "名", "statistics.indicator-value"),
         ("潜山市", "平均每站驻站社工", 4, "人", "statistics.indicator-value")},
        id="an-average-per-station-of-the-figure-before-is-no-norm"),
    pytest.param(
        "潜山市持证社工900人,平均年龄34岁。",
        {("潜山市", "持证社工", 900, "人", "statistics.indicator-value"),
         ("潜山市", "持证社工平均年龄", 34, "岁", "statistics.indicator-value")},
        id="an-average-age-of-the-figure-before"),
    pytest.param(
        "岳西县社区工作者平均年龄39.5岁。",
        {("安庆市岳西县", "社区工作者平均年龄", 39.5, "岁", "statistics.indicator-value")},
        id="a-county-s-community-workers"),
    pytest.param(
        "芜湖市慈善捐赠较去年增加1200万元。",
        {("芜湖市", "慈善捐赠增加", 12000000, "元", "statistics.growth")},
        id="a-change-in-money-is-a-change-not-a-level"),
    pytest.param(
        "截至2022年底,全省注册志愿者达到86万人,比上年新增9万人,其中南昌市21万人。",
        {("江西省", "注册志愿者", 860000, "人", "statistics.indicator-value"),
         ("江西省", "注册志愿者新增", 90000, "人", "statistics.growth"),
         ("南昌市", "注册志愿者", 210000, "人", "statistics.indicator-value")},
        id="a-change-in-the-figure-s-unit-and-a-part-of-the-level"),
    pytest.param(
        "潜山市今年已引进两家社工机构。",
        {("潜山市", "引进社工机构", 2, "家", "statistics.count-noun")},
        id="two-agencies-in-words-brought-in"),
    pytest.param(
        "绵阳市已在9个区（市）县设立新就业群体党委。",
        {("绵阳市", "在区县设立新就业群体党委", 9, "个", "statistics.places-reached")},
        id="districts-and-counties-reached"),
    pytest.param(
        "四川省在14个市（州）建立社工督导中心。",
        {("四川省", "在市建立社工督导中心", 14, "个", "statistics.places-reached")},
        id="cities-and-prefectures-reached-the-aside-read-through"),
    pytest.param(
        "衢州市学校社会工作在16所中小学试点。",
        {("衢州市", "试点学校社会工作的中小学", 16, "所", "statistics.count-noun")},
        id="the-work-named-before-zai-and-the-bodies-where-it-is-done"),
    pytest.param(
        "会上介绍,浙江省累计选派社工30名赴阿克苏地区开展服务,投入援疆资金1500万元。",
        {("浙江省", "累计选派社工", 30, "名", "statistics.indicator-value"),
         ("浙江省", "投入援疆资金", 15000000, "元", "statistics.indicator-value")},
        id="where-they-went-is-not-who-gives"),
    pytest.param(
        "克州持证社会工作者达到420人。",
        {("克孜勒苏柯尔克孜自治州", "持证社会工作者", 420, "人", "statistics.indicator-value")},
        id="a-prefecture-s-written-short-form"),
    pytest.param(
        "分县看,桐城市、怀宁县、望江县分别有持证社工320人、210人和150人。",
        {("桐城市", "持证社工", 320, "人", "statistics.respectively"),
         ("安庆市怀宁县", "持证社工", 210, "人", "statistics.respectively"),
         ("安庆市望江县", "持证社工", 150, "人", "statistics.respectively")},
        id="fenbie-you-then-the-words-that-name-the-figures"),
    pytest.param(
        "西湖区文新街道友谊社区现有住户2800户、0.76万人。",
        {("友谊社区", "住户", 2800, "户", "statistics.plain-indicator"),
         ("友谊社区", "住户", 7600, "人", "statistics.plain-indicator")},
        id="a-second-figure-after-a-dun-in-another-unit-counts-the-same-thing"),
    pytest.param(
        "西湖区文新街道友谊社区召开会议。社区将辖区划分为8个网格。",
        {("友谊社区", "网格", 8, "个", "statistics.counted-noun")},
        id="what-a-place-is-divided-into-it-has"),
    pytest.param(
        "刘强表示，余杭区是浙江省面积最大的区之一，常住人口约130万人。",
        {("杭州市余杭区", "常住人口", 1300000, "人", "statistics.plain-indicator")},
        id="after-a-speaker-the-clause-opening-on-a-place-names-it"),
    pytest.param(
        "恭城瑶族自治县社工站全面建成\n2023-09-01 来源：本地新闻网\n"
        "桂林市恭城瑶族自治县已建成社工站9个；全区今年将建成社工站1300个以上。",
        {("桂林市恭城瑶族自治县", "建成社工站", 9, "个", "statistics.indicator-value"),
         ("广西壮族自治区", "建成社工站", 1300, "个", "statistics.indicator-value")},
        id="quanqu-in-a-county-of-an-autonomous-region-is-the-region"),
    pytest.param(
        "绍兴市召开会议。全市86个乡镇（街道）均已建成社工站。",
        {("绍兴市", "乡镇社工站", 86, "个", "statistics.places-reached")},
        id="places-counted-each-with-a-station-the-kind-s-aside-passed-over"),
    pytest.param(
        "安吉县召开会议。全县累计投入资金500万元，其中省、湖州市两级补助资金200万元。",
        {("湖州市安吉县", "累计投入资金", 5000000, "元", "statistics.indicator-value"),
         ("湖州市安吉县", "两级补助资金", 2000000, "元", "statistics.indicator-value")},
        id="tiers-of-government-that-give-are-not-whose-the-money-is"),
    pytest.param(
        "温岭市、玉环市慈善总会分别募集善款2860万元和2120万元；天台县慈善总会首次突破千万元大关，达到1150万元。",
        {("温岭市", "慈善总会募集善款", 28600000, "元", "statistics.respectively"),
         ("玉环市", "慈善总会募集善款", 21200000, "元", "statistics.respectively"),
         ("台州市天台县", "慈善总会募集善款", 11500000, "元", "statistics.indicator-value")},
        id="a-milestone-passed-is-no-figure-the-one-after-it-is-named-before-the-semicolon"),
    pytest.param(
        "洛阳市召开会议。宜阳县、孟津区、汝阳县注册志愿者分别为8.1万人、7.2万人和5.3万人。",
        {("洛阳市宜阳县", "注册志愿者", 81000, "人", "statistics.respectively"),
         ("洛阳市孟津区", "注册志愿者", 72000, "人", "statistics.respectively"),
         ("洛阳市汝阳县", "注册志愿者", 53000, "人", "statistics.respectively")},
        id="a-district-made-after-the-county-lists-is-a-place-of-its-city"),
    pytest.param(
        "阿城区召开会议。全区新建农村互助养老服务站9个，其中平山镇、红星镇分别建成居家养老服务中心3个和2个。",
        {("哈尔滨市阿城区", "新建农村互助养老服务站", 9, "个", "statistics.indicator-value"),
         ("平山镇", "建成居家养老服务中心", 3, "个", "statistics.respectively"),
         ("红星镇", "建成居家养老服务中心", 2, "个", "statistics.respectively")},
        id="the-words-after-fenbie-name-the-figures-not-the-figure-before"),
    pytest.param(
        "宿州市召开会议。全市注册志愿者达9000人。其中青年志愿者5200人。分区县看，埇桥区4100人、砀山县2600人、萧县2300人。",
        {("宿州市", "注册志愿者", 9000, "人", "statistics.indicator-value"),
         ("宿州市", "青年志愿者", 5200, "人", "statistics.indicator-value"),
         ("宿州市埇桥区", "注册志愿者", 4100, "人", "statistics.broken-down"),
         ("宿州市砀山县", "注册志愿者", 2600, "人", "statistics.broken-down"),
         ("宿州市萧县", "注册志愿者", 2300, "人", "statistics.broken-down")},
        id="places-each-with-a-bare-figure-break-down-the-whole-not-its-part"),
    pytest.param(
        "宿州市召开会议。全市注册志愿者达9000人。分区县看，青年志愿者5200人；埇桥区4100人，砀山县2600人。"
        "灵璧县、泗县分别为1300人和1000人。萧县900人，市辖其他地区100人。",
        {("宿州市", "注册志愿者", 9000, "人", "statistics.indicator-value"),
         ("宿州市", "青年志愿者", 5200, "人", "statistics.indicator-value"),
         ("宿州市埇桥区", "注册志愿者", 4100, "人", "statistics.broken-down"),
         ("宿州市砀山县", "注册志愿者", 2600, "人", "statistics.broken-down"),
         ("宿州市灵璧县", "注册志愿者", 1300, "人", "statistics.respectively"),
         ("宿州市泗县", "注册志愿者", 1000, "人", "statistics.respectively")},
        id="bare-figures-each-a-clause-after-fen-kan-break-down-the-whole-and-go-on-from-their-siblings"),
    pytest.param(
        "宿州市召开会议。全市注册志愿者达9000人，其中青年志愿者5200人。"
        "从区域分布看，埇桥区是持证社工最集中的地方，埇桥区410名，砀山县260名。",
        {("宿州市", "注册志愿者", 9000, "人", "statistics.indicator-value"),
         ("宿州市", "青年志愿者", 5200, "人", "statistics.indicator-value"),
         ("宿州市埇桥区", "持证社工", 410, "名", "statistics.broken-down"),
         ("宿州市砀山县", "持证社工", 260, "名", "statistics.broken-down")},
        id="places-with-bare-figures-take-the-sector-s-words-before-them-in-their-sentence"),
    pytest.param(
        "屯昌县召开会议。新兴镇、南坤镇社工站各配备专职社工3名，开展活动分别为120场次、96场次。",
        {("新兴镇", "专职社工", 3, "名", "statistics.respectively"),
         ("南坤镇", "专职社工", 3, "名", "statistics.respectively"),
         ("新兴镇", "开展活动", 120, "场次", "statistics.respectively"),
         ("南坤镇", "开展活动", 96, "场次", "statistics.respectively")},
        id="ge-gives-each-place-the-noun-after-its-verb-and-fenbie-s-own-clause-names-its-figures"),
    pytest.param(
        "本溪市召开会议。全市共有城市社区120个、行政村560个。",
        {("本溪市", "城市社区", 120, "个", "statistics.indicator-value"),
         ("本溪市", "行政村", 560, "个", "statistics.indicator-value")},
        id="villages-are-counted-as-communities-are"),
    pytest.param(
        "亳州市召开会议。全市市级、县级志愿服务督导员分别达到30名、120名。",
        {("亳州市", "市级志愿服务督导员", 30, "名", "statistics.respectively"),
         ("亳州市", "县级志愿服务督导员", 120, "名", "statistics.respectively")},
        id="short-words-listed-before-fenbie-share-the-last-one-s-head"),
    pytest.param(
        "保定市召开会议。全市开展助残扶弱、敬老爱老等20余项公益活动。",
        {("保定市", "开展公益活动", 20, "项", "statistics.done-noun")},
        id="activities-held-kaizhan-are-what-a-region-did"),
    pytest.param(
        "开封市召开会议。全市新备案慈善信托5单。",
        {("开封市", "新备案慈善信托", 5, "单", "statistics.plain-indicator")},
        id="trusts-are-counted-in-dan"),
    pytest.param(
        "和田市召开会议。全市社工人才由2018年的不足200人增长到九百余名。",
        {("和田市", "社工人才", 200, "人", "statistics.baseline"),
         ("和田市", "社工人才", 900, "名", "statistics.changed-to")},
        id="a-change-from-a-figure-qualified-buzu"),
    pytest.param(
        "成都市召开会议。全市持证社会工作者3.2万人。持证人数居前三位的是武侯区和锦江区，分别为4100人和3900人。"
        "注册志愿者较多的区县中，郫都区、双流区依次为21万人、18万人。",
        {("成都市", "持证社会工作者", 32000, "人", "statistics.indicator-value"),
         ("成都市武侯区", "持证社会工作者", 4100, "人", "statistics.respectively"),
         ("成都市锦江区", "持证社会工作者", 3900, "人", "statistics.respectively"),
         ("成都市郫都区", "志愿者", 210000, "人", "statistics.respectively"),
         ("成都市双流区", "志愿者", 180000, "人", "statistics.respectively")},
        id="places-respectively-named-by-the-whole-before-or-the-words-before-them-and-yici"),
    pytest.param(
        "木垒县召开会议。木垒镇社工站获得自治区级资金10万元。",
        {("木垒镇", "社工站获得自治区级资金", 100000, "元", "statistics.indicator-value")},
        id="money-of-a-tier-that-gives-zizhiqu-ji-is-not-the-region-s"),
    pytest.param(
        "双桥镇社工站服务。\n站点一年的数字如下：\n入户探访：860户\n开展小组：24个\n",
        {("双桥镇", "入户探访", 860, "户", "statistics.plain-indicator"),  # the label's words, no word of the sector
         ("双桥镇", "开展小组", 24, "个", "statistics.plain-indicator")},
        id="lines-of-a-list-each-a-label-a-colon-and-a-figure"),
    pytest.param(
        "双桥镇社工站服务。\n经费保障\n全年区级财政投入社工站运营经费36万元。\n",
        {("双桥镇", "区级财政投入社工站运营经费", 360000, "元", "statistics.indicator-value")},
        id="money-spent-on-the-bare-station-after-a-heading-is-the-article-s-place-s"),
    pytest.param(
        "荆州市民政局与湖北工业大学签约。荆州市民政局介绍。湖北工业大学副校长、湖北工业大学社会工作系主任出席，"
        "仪式在湖北工业大学举行。根据协议，双方将共同培养督导人才40名。",
        {("荆州市", "双方将共同培养督导人才", 40, "名", "statistics.indicator-value")},
        id="the-place-a-school-is-named-after-is-not-what-the-article-is-about"),
    pytest.param(
        "果洛州召开会议。截至2021年底，果洛州累计获得上海市对口支援资金900万元，实施项目20个。",
        {("果洛藏族自治州", "对口支援资金", 9000000, "元", "statistics.indicator-value"),
         ("果洛藏族自治州", "实施项目", 20, "个", "statistics.indicator-value")},
        id="the-place-that-receives-is-the-figure-s-not-the-giver-named-after-huode"),
    pytest.param(
        "黄南州召开会议。同仁市已建成社工站9个。",
        {("同仁市", "建成社工站", 9, "个", "statistics.indicator-value")},
        id="a-county-level-city-made-in-2020-is-a-place"),
    pytest.param(
        "温州市召开会议。全市初级社工3200名、中级社工800名，分别占持证社工总数的78%和19.5%。",
        {("温州市", "初级社工", 3200, "名", "statistics.indicator-value"),
         ("温州市", "中级社工", 800, "名", "statistics.indicator-value"),
         ("温州市", "初级社工占持证社工总数比例", 78, "%", "statistics.share"),
         ("温州市", "中级社工占持证社工总数比例", 19.5, "%", "statistics.share")},
        id="shares-respectively-of-the-figures-before-fenbie-zhan"),
    pytest.param(
        "温州市召开会议。全市取得全国社会工作者职业水平证书的人员达到5200名。",
        {("温州市", "取得全国社会工作者职业水平证书的人员", 5200, "名", "statistics.indicator-value")},
        id="quanguo-opening-a-certificate-s-name-is-no-place"),
    pytest.param(
        "福建省民政厅发布数据。\n2022年各设区市社会工作服务机构（单位：家）\n福州市　212\n厦门市　187\n",
        {("福州市", "社会工作服务机构", 212, "家", "statistics.table-row"),
         ("厦门市", "社会工作服务机构", 187, "家", "statistics.table-row")},
        id="a-table-written-as-text-under-its-header"),
    pytest.param(
        "江苏省民政厅发布数据。\n分地区看，各市持证社会工作者人数如下（截至2022年底）：\n南京市　4120人　同比增长12.5%\n无锡市　2890人\n",
        {("南京市", "持证社会工作者", 4120, "人", "statistics.table-row"),
         ("南京市", "持证社会工作者增长率", 12.5, "%", "statistics.table-row"),
         ("无锡市", "持证社会工作者", 2890, "人", "statistics.table-row")},
        id="lines-under-a-lead-ending-on-a-colon-each-with-its-unit-and-change"),
    pytest.param(
        "江苏省民政厅发布数据。\n各市持证社会工作者人数如下：\n南京市　4120\n",
        set(), id="under-a-lead-that-gives-no-unit-a-line-without-one-says-nothing"),
    pytest.param(
        "宁都县民政局介绍社工站情况。\n乡镇　驻站社工（名）　服务点（个）\n长胜镇　5　8\n黄陂镇　3　4\n",
        {("长胜镇", "驻站社工", 5, "名", "statistics.table-row"), ("长胜镇", "服务点", 8, "个", "statistics.table-row"),
         ("黄陂镇", "驻站社工", 3, "名", "statistics.table-row"), ("黄陂镇", "服务点", 4, "个", "statistics.table-row")},
        id="a-header-of-columns-one-figure-a-column"),
    pytest.param(
        "宁都县民政局介绍社工站情况。\n乡镇　驻站社工（名）　服务点（个）\n长胜镇　5\n",
        set(), id="a-line-with-fewer-numbers-than-columns-says-nothing"),
    pytest.param(
        "福建省民政厅发布数据。\n福州市　212\n厦门市　187\n",
        set(), id="lines-of-a-place-and-a-number-with-no-header-say-nothing"),
    pytest.param(
        "福建省民政厅发布数据。\n2022年各设区市社会工作服务机构（单位：家）\n以下为各市情况。\n福州市　212\n",
        set(), id="a-line-of-prose-closes-the-table"),
]

YEARS = [
    pytest.param("温州市社工人数由2019年的300人增长到2022年的800人。", 800, 2022, "actual", id="the-year-grown-to"),
    pytest.param("漳州市今年将力争募集善款2亿元,新增冠名基金15个以上。", 15, 2023, "target",
                 id="a-plan-goes-on-through-the-sentence-s-later-clauses"),
    pytest.param("漳州市将加大投入,目前全市已有社工站120个。", 120, 2023, "actual",
                 id="a-clause-of-what-is-done-ends-the-plan"),
    pytest.param("近年来,漳州市将社工站建设纳入民生实事,全市建成社工站120个。", 120, 2023, "actual",
                 id="jiang-before-an-object-announces-no-plan"),
    pytest.param("漳州市出台社会工作人才发展规划,全市持证社工增至3200人。", 3200, 2023, "actual",
                 id="the-noun-guihua-announces-no-plan"),
    pytest.param("晋江市今年共有95人通过考试,比去年的40人增加了55人。", 40, 2022, "actual",
                 id="the-figure-compared-with-is-of-the-year-before"),
    pytest.param("温州市民政局召开会议。截至去年底,全市持证社工达到2100人。", 2100, 2022, "actual", id="as-of-last-year"),
    pytest.param("温州市民政局表示,下一步将出台3个配套文件。", 3, 2023, "target", id="next-step-is-a-target"),
    pytest.param("温州市召开会议。会议指出,要力争到2025年,持证社工达到5000人。", 5000, 2025, "target",
                 id="to-strive-for-by-a-year"),
    pytest.param("截至2021年9月,贵州省已建成乡镇社工站1300个。", 1300, 2021, "actual", id="as-of-a-month"),
    pytest.param("2021年贵州省持证社工新增3000人,全省持证社工累计达到2.6万人。", 26000, 2021, "actual",
                 id="a-year-opening-the-sentence-without-a-comma"),
    pytest.param("到2025年,贵州省将力争实现全覆盖,持证社工总数达到4万人以上。", 40000, 2025, "target",
                 id="a-sentence-opening-with-its-target-year"),
    pytest.param("根据规划,到2026年,安徽省每万人拥有持证社工将达到10人,全省社工站总数达到1500个。", 1500, 2026,
                 "target", id="a-target-year-after-a-lead-in-scopes-every-clause"),
    pytest.param("滁州市民政局介绍,截至去年底,全市共有持证社工700名,社工站服务群众达六万人次。", 60000, 2022,
                 "actual", id="as-of-last-year-scopes-the-next-clause"),
    pytest.param("滁州市持证社工人数从2019年的900人增加到2022年的2600人。", 900, 2019, "actual",
                 id="the-year-a-change-starts-from"),
    pytest.param("滁州市持证社工由去年底的480人增加到560人。", 480, 2022, "actual",
                 id="the-year-a-change-starts-from-counted-back"),
    pytest.param("局长介绍,2019年宿州市财政投入社工资金800万元,全市社工机构发展到46家。", 46, 2019, "actual",
                 id="a-year-opening-a-report-scopes-the-sentence"),
    pytest.param("报告显示,2020年,宿州市共发放救助金3000万元;全市持证社工达到950人。", 950, 2020, "actual",
                 id="a-year-goes-on-past-a-semicolon"),
    pytest.param("宿州市加大投入,2018年市政府出台扶持意见,五年累计投入资金超过900万元。", 9000000, 2023, "actual",
                 id="a-year-in-mid-sentence-is-its-own-clause-s"),
    pytest.param("六安市今年要实现社工站覆盖率达到98%以上。", 98, 2023, "target", id="yao-shixian-is-a-target"),
    pytest.param("局长介绍,2021年六安市投入社工资金90万元,今年增加到150万元。", 1500000, 2023, "actual",
                 id="jinnian-in-a-later-clause-is-the-article-s-year"),
    pytest.param("在2020年社会工作者职业资格考试中,青海省共有6200人报考,通过率为18.5%。", 6200, 2020, "actual",
                 id="zai-year-opening-the-sentence"),
    pytest.param("2018年,海口市福利彩票销售额达到5亿元。全年共筹集公益金1.4亿元。", 140000000, 2018, "actual",
                 id="quannian-is-the-year-the-report-opened-with"),
    pytest.param("海口市福利彩票销售额达到5亿元。全年共筹集公益金1.4亿元。", 140000000, 2023, "actual",
                 id="quannian-with-no-year-opened-is-the-article-s"),
    pytest.param("截至2021年底,陇南市共有社工机构38家。全市持证社工达到1500人。", 1500, 2021, "actual",
                 id="as-of-opening-a-paragraph-holds-for-its-sentences"),
    pytest.param("截至2021年底,陇南市共有社工机构38家。\n全市持证社工达到1500人。", 1500, 2023, "actual",
                 id="as-of-ends-with-its-paragraph"),
    pytest.param("截至2021年底,陇南市共有社工机构38家。\n全年共投入社工服务资金900万元。", 9000000, 2021, "actual",
                 id="quannian-after-an-as-of-opening-is-its-year"),
    pytest.param("去年,阜阳市新建社工站40个,培训一线社工1200人次。", 1200, 2022, "actual",
                 id="last-year-opening-the-sentence-scopes-every-clause"),
    pytest.param("据统计,前年阜阳市投入福彩公益金600万元,带动社会资金300万元。", 3000000, 2021, "actual",
                 id="the-year-before-last-after-a-lead-in"),
    pytest.param("局长表示,按照规划,到2025年淮南市持证社工将达到8000人,社工站力争达到300个。", 300, 2025,
                 "target", id="a-target-year-after-two-lead-ins-scopes-every-clause"),
    pytest.param("去年以来,阜阳市新建社工站40个,培训一线社工1200人次。", 1200, 2023, "actual",
                 id="since-last-year-is-no-year-of-the-sentence"),
    pytest.param("阜阳市召开会议。他表示,协会将把推动人才队伍建设作为首要任务,力争到2026年底全市持证社工超过5000人,"
                 "累计培训社工8000人次。",
                 8000, 2026, "target", id="a-planned-year-goes-on-through-the-sentence"),
    pytest.param("根据《阜阳市社会工作三年行动方案》,到2026年,全市社工站资金规模力争达到900万元,培育社工机构30家。",
                 30, 2026, "target", id="a-target-year-after-a-plan-s-title-of-any-length"),
    pytest.param("阜阳市召开会议。在交流环节,王芳介绍,颍州区去年投入资金50万元,建成社工站8个。", 8, 2022, "actual",
                 id="last-year-after-the-subject-scopes-the-sentence"),
    pytest.param("阜阳市召开会议。明年,市民政局计划培育社工机构5家。", 5, 2024, "target", id="next-year"),
    pytest.param("2019年,台州市募集善款1.8亿元,较上年的1.5亿元增长20%。", 150000000, 2018, "actual",
                 id="shangnian-of-a-figure-s-year-is-the-year-before-it"),
    pytest.param("阜阳市社工机构较去年新增18家。", 18, 2023, "actual", id="a-change-is-of-the-year-before-the-comparison"),
    pytest.param("与去年相比,阜阳市持证社工增加到1200人。", 1200, 2023, "actual", id="compared-with-last-year-is-this-year"),
]


@pytest.mark.parametrize("text, value, year, kind", YEARS)
def test_statistics_year_and_kind(text, value, year, kind):
    found = [o for o in run(statistics, HEAD + text) if o.value == value]
    assert [(o.year, o.kind) for o in found] == [(year, kind)]

def test_shang_wan_is_over_ten_thousand_and_qianjia_wanhu_no_figure():
    (found,) = run(statistics, HEAD + "芜湖市志愿者上万人,千家万户受益。")
    assert (found.indicator, found.value, found.qualifier) == ("志愿者", 10000, ">")


def test_yuewei_is_about():
    found = {o.unit: o.qualifier for o in run(statistics, HEAD + "芜湖市注册志愿者达到41.2万人,占常住人口的比例约为11.3%。")}
    assert found == {"人": "=", "%": "~"}


def test_a_figure_in_yi_is_a_whole_number_and_bu_chaoguo_is_at_most():
    (spent,) = run(statistics, HEAD + "漳州市全年慈善支出1.12亿元。")
    assert spent.value == 112000000 and isinstance(spent.value, int)
    (capped,) = run(statistics, HEAD + "漳州市持证社工不超过800人。")
    assert (capped.indicator, capped.qualifier) == ("持证社工", "<")


HEADLINES = [  # (article, the figures read as (indicator, value))
    pytest.param("漳州市注册志愿者突破30万人\n\n2023-03-05 来源：本地新闻网\n\n"
                 "记者获悉,全市实名注册志愿者达到30.8万人。", {("实名注册志愿者", 308000)},
                 id="a-headline-rounding-the-body-s-figure-is-that-figure"),
    pytest.param("漳州市慈善总会募集善款2.5亿元 设立助学基金\n\n2023-03-05 来源：本地新闻网\n\n"
                 "漳州市慈善总会召开会议。", {("慈善总会募集善款", 250000000)},
                 id="a-headline-s-parts-apart-by-a-space-are-clauses"),
    pytest.param("漳州市持证社工突破5000人\n\n2023-03-05 来源：本地新闻网\n\n"
                 "记者获悉,全市注册志愿者达到5200人。", {("持证社工", 5000), ("注册志愿者", 5200)},
                 id="a-headline-figure-of-another-indicator-is-kept"),
    pytest.param("漳州市召开社会组织工作推进会议\n\n2023-03-05 来源：本地新闻网\n\n"
                 "漳州市社会组织 达到1200家。", {("社会组织", 1200)},
                 id="a-space-in-the-body-is-no-clause-break"),
    pytest.param("漳州市慈善总会去年募集善款逾2亿元\n\n2023-03-05 来源：本地新闻网\n\n"
                 "2022年,市慈善总会共募集善款2.13亿元。", {("市慈善总会共募集善款", 213000000)},
                 id="a-headline-rounding-the-body-s-figure-named-in-other-words"),
]


@pytest.mark.parametrize("article, expected", HEADLINES)
def test_statistics_of_a_headline(article, expected):
    assert {(o.indicator, o.value) for o in run(statistics, article)} == expected


REVIEWS = [  # (article, value, year, kind): an article that reports on the year before its own
    pytest.param("台州市发布2022年度社会工作发展报告\n\n2023-01-20 来源：台州日报\n\n"
                 "台州市民政局昨日发布报告。全市现有社会工作服务机构128家。", 128, 2022, "actual",
                 id="a-report-on-last-year-named-in-the-title-gives-its-figures-that-year"),
    pytest.param("台州社工这一年\n\n2023-03-02 来源：台州日报\n\n"
                 "记者从台州市民政局获悉,2022年,台州市社会工作稳步推进。全市共有社工站96个。", 96, 2022, "actual",
                 id="a-first-paragraph-opening-on-last-year-early-in-the-next"),
    pytest.param("台州社工这一年\n\n2023-10-02 来源：台州日报\n\n"
                 "记者从台州市民政局获悉,2022年,台州市社会工作稳步推进。全市共有社工站96个。", 96, 2023, "actual",
                 id="late-in-the-year-an-opening-year-scopes-its-own-sentence-only"),
    pytest.param("台州市发布2022年度社会工作发展报告\n\n2023-01-20 来源：台州日报\n\n"
                 "台州市民政局昨日发布报告。全市计划新建社工站20个。", 20, 2023, "target",
                 id="a-target-in-a-report-on-last-year-is-the-article-s-year"),
    pytest.param("台州市民政局表彰2022年度优秀社会工作者\n\n2023-03-02 来源：台州日报\n\n"
                 "台州市民政局召开表彰会。全市现有持证社工3200人。", 3200, 2023, "actual",
                 id="an-award-of-last-year-is-no-report-on-it"),
    pytest.param("台州社工这一年\n\n2023-03-02 来源：台州日报\n\n"
                 "记者从台州市民政局获悉,2022年,台州市社会工作稳步推进。截至目前,全市共有社工站96个。",
                 96, 2023, "actual", id="as-of-now-in-a-review-is-the-article-s-year"),
    pytest.param("台州市召开会议\n\n2023-05-02 来源：台州日报\n\n"
                 "规划提出了全市社会工作的一系列目标:到2027年,全市持证社工达到8000人;培育社工机构150家。",
                 150, 2027, "target", id="a-target-year-after-a-colon-goes-on-over-a-semicolon"),
    pytest.param("德阳市2022年社会工作统计公报\n\n2023-03-02 来源：四川日报\n\n德阳市民政局发布公报。持证社工1200人。",
                 1200, 2022, "actual", id="a-statistical-bulletin-on-last-year"),
    pytest.param("德阳市社工站建设2022年工作综述\n\n2023-01-12 来源：德阳市民政局\n\n"
                 "2022年是推进社工站建设的关键之年。全市建成社工站88个。",
                 88, 2022, "actual", id="a-review-zongshu-of-last-year"),
    pytest.param("全市社会工作会议召开\n\n2025-02-14 来源：德阳市委社会工作部\n\n"
                 "2月13日，全市社会工作会议召开。会议指出，2024年是社会工作部组建后的第一个完整年度。一年来，"
                 "全市选派党建指导员900名。",
                 900, 2024, "actual", id="a-meeting-early-in-a-year-naming-the-year-before-then-yinianlai"),
    pytest.param("台州市召开2022年度工作总结会\n\n2023-03-02 来源：台州日报\n\n"
                 "台州市慈善总会召开2022年度工作总结会。\n项目自2020年启动以来,已累计投入资金900万元,设立服务点64个。",
                 64, 2023, "actual", id="a-paragraph-opening-on-a-span-up-to-now-is-as-of-the-article-s-date"),
    pytest.param("台州社工人才再增长\n\n2023-03-02 来源：台州日报\n\n"
                 "记者3月1日从台州市民政局获悉，截至2022年底，全市持证社工达到5200名，同比增长12%，总量继续位居全省前列。\n\n"
                 "从等级结构看，全市中级社工1100名。", 1100, 2022, "actual",
                 id="an-as-of-end-of-last-year-opening-the-lead-early-in-the-next-is-the-year-reviewed"),
    pytest.param("临海市2023年政府工作报告\n\n发布日期：2023-01-15 来源：临海市人民政府\n\n"
                 "过去一年，全市新建社工站12个。", 12, 2022, "actual",
                 id="a-government-work-report-reviews-the-year-before-its-own"),
    pytest.param("临海市2023年政府工作报告\n\n发布日期：2023-01-15 来源：临海市人民政府\n\n"
                 "一、过去一年工作回顾\n全市新建社工站12个。\n二、2023年重点工作\n全市培育社会组织40家。",
                 40, 2023, "target", id="figures-under-a-heading-of-the-year-s-work-are-its-targets"),
    pytest.param("台州市慈善总会召开理事会\n\n2023-03-20 来源：台州日报\n\n"
                 "台州市慈善总会召开理事会。2022年，总会共募集善款5600万元。其中，助学支出900万元。",
                 9000000, 2022, "actual", id="a-sentence-opening-on-qizhong-breaks-down-the-year-before-it"),
]


COMMUNITIES = [  # (article, the figures read as (region, value))
    pytest.param("灵隐街道推进社区服务\n\n2023-03-05 来源：本地新闻网\n\n"
                 "走进西湖区灵隐街道玉泉社区,志愿者正在服务。玉泉社区是街道的示范点,社区有居民2600户。"
                 "社区志愿者服务队现有队员160人。",
                 {("玉泉社区", 2600), ("玉泉社区", 160)}, id="a-community-written-after-its-street-and-bare-after"),
    pytest.param("灵隐街道推进社区服务\n\n2023-03-05 来源：本地新闻网\n\n"
                 "西湖区召开会议。今年在灵隐街道、北山街道2个街道实施项目5个。",
                 {("杭州市西湖区", 2), ("杭州市西湖区", 5)}, id="places-listed-then-counted-are-their-holder-s"),
    pytest.param("西湖区志愿服务纪实\n\n2023-03-05 来源：本地新闻网\n\n"
                 "西湖区召开会议。西湖区民政局介绍情况。梧桐社区作为示范社区,目前有志愿者900余人。",
                 {("梧桐社区", 900)}, id="a-community-opening-a-sentence-as-its-subject"),
    pytest.param("拱墅区米市巷街道社工站半年记\n\n2024-07-10 来源：本地新闻网\n\n"
                 "米市巷街道社工站为辖区老人建立关爱档案940份,其中锦绣社区410份、长乐社区530份。",
                 {("米市巷街道", 940), ("锦绣社区", 410), ("长乐社区", 530)},
                 id="communities-after-qizhong-each-with-its-part-of-the-whole"),
    pytest.param("拱墅区米市巷街道社工站半年记\n\n2024-07-10 来源：本地新闻网\n\n"
                 "米市巷街道社工站服务锦绣社区、长乐社区、和睦社区3个社区。和睦社区老人多,独居老人占38%。"
                 "半年来,站点开展小组活动26场。",
                 {("米市巷街道", 3), ("和睦社区", 38), ("米市巷街道", 26)},
                 id="communities-named-then-counted-and-the-half-year-summed-up-is-the-article-s"),
    pytest.param("拱墅区米市巷街道社工站半年记\n\n2024-07-10 来源：本地新闻网\n\n"
                 "米市巷街道社工站上半年累计服务居民5200人次。分社区看，锦绣社区2900人次，长乐社区2300人次。",
                 {("米市巷街道", 5200), ("锦绣社区", 2900), ("长乐社区", 2300)},
                 id="communities-after-fen-shequ-kan-each-a-clause-with-its-part"),
    pytest.param("丹寨县龙泉镇社工站半年记\n\n2024-07-10 来源：本地新闻网\n\n"
                 "丹寨县龙泉镇社工站上半年服务群众1800人次。卡拉村是有名的鸟笼村。社工在卡拉村开设课堂8期。"
                 "在高要村，社工为30名独居老人建立了档案。",
                 {("龙泉镇", 1800), ("卡拉村", 8), ("高要村", 30)},
                 id="villages-a-sentence-opens-on-as-subject-or-as-where-it-happened"),
    pytest.param("上思县那琴乡社工站半年记\n\n2024-07-10 来源：本地新闻网\n\n"
                 "上思县那琴乡社工站上半年服务群众2100人次。\n那布村：个案6个，服务320人次；\n"
                 "百包村：个案4个，服务275人次。",
                 {("那琴乡", 2100), ("那布村", 6), ("那布村", 320), ("百包村", 4), ("百包村", 275)},
                 id="villages-labelling-their-lines-and-a-village-opening-on-zhuang-na"),
    pytest.param("上思县那琴乡社工站半年记\n\n2024-07-10 来源：本地新闻网\n\n"
                 "上思县那琴乡社工站上半年服务群众2100人次。在那个村，社工为12名老人建立了档案。",
                 {("那琴乡", 2100), ("那琴乡", 12)},
                 id="na-before-a-measure-word-is-the-demonstrative-and-names-no-village"),
    pytest.param("上思县那琴乡社工站半年记\n\n2024-07-10 来源：本地新闻网\n\n"
                 "上思县那琴乡社工站上半年服务群众2100人次。乡里组建了一支由返乡青年组成的志愿服务队，现有队员45人。"
                 "全乡培育志愿服务队伍12支。",
                 {("那琴乡", 2100), ("那琴乡", 45), ("那琴乡", 12)},
                 id="a-volunteer-team-s-members-and-teams-counted-are-the-place-s"),
    pytest.param("那琴乡社工站半年记\n\n2024-07-10 来源：上思县民政局\n\n"
                 "在上思县民政局指导下，上思县那琴乡社工站开展服务，上思县同心中心承接。\n那布村：个案6个；\n"
                 "镇社工站在那布村、百包村开设“四点半课堂”，上半年共开展课堂活动40节。",
                 {("那布村", 6), ("那琴乡", 40)},
                 id="the-title-s-town-holds-the-villages-and-places-listed-after-zai-are-venues"),
    pytest.param("大安镇社会工作服务站上半年工作总结\n\n2023-07-10 来源：平南县民政局\n\n"
                 "上半年，大安镇社会工作服务站（以下简称“镇社工站”）由平南县同心社会工作服务中心承接运营。"
                 "镇社工站现有驻站社工4名。上半年，镇社工站共开展个案服务38个，结案29个。",
                 {("大安镇", 4), ("大安镇", 38), ("大安镇", 29)},
                 id="a-bare-town-station-reports-for-its-town"),
    pytest.param("八角街道：社工带志愿者\n\n2019-12-05 来源：本地新闻网\n\n"
                 "石景山区八角街道推进志愿服务。石景山区晨光社会工作事务所所长邵文介绍，今年为辖区志愿者开展培训48场。",
                 {("八角街道", 48)},
                 id="the-place-of-an-agency-whose-head-speaks-is-not-the-figures-place"),
    pytest.param("辽西社工人才结对\n\n2026-01-23 来源：本地新闻网\n\n"
                 "辽宁省民政厅召开会议。锦州市民政局局长邵文说，阜新市地处辽西，去年从大连引进督导人员30名。",
                 {("阜新市", 30)},
                 id="where-people-were-brought-in-from-is-not-the-figure-s-place-and-dichu-names-no-office"),
]


@pytest.mark.parametrize("article, expected", COMMUNITIES)
def test_statistics_of_a_community(article, expected):
    assert {(o.region.label, o.value) for o in run(statistics, article)} == expected


def test_a_town_of_a_common_name_and_its_villages_are_of_the_county_the_article_names():
    article = ("龙泉镇社工站半年记\n\n2024-07-10 来源：丹寨县民政局\n\n"
               "龙泉镇社工站上半年服务群众1800人次。在高要村，社工为30名独居老人建立了档案。"
               "丹寨县民政局介绍。龙泉镇社工站全年链接资金2万元。")
    county = places.gazetteer().candidates("丹寨县")[0].code
    assert {o.region.code.split("-")[0] for o in run(statistics, article)} == {county}


def test_two_places_that_are_no_list_hand_the_next_sentence_the_last():
    found = run(statistics, HEAD + "蜀山区社工赴包河区交流学习。当天共服务群众300人次。")
    assert [o.region.label for o in found] == ["合肥市包河区"]


def test_a_bare_shequ_is_the_community_only_while_no_place_is_named_since():
    article = ("灵隐街道推进社区服务\n\n2023-03-05 来源：本地新闻网\n\n"
               "西湖区灵隐街道玉泉社区是示范点。近年来,杭州市西湖区加大投入。社区社工站已配备社工50人。")
    assert [o.region.label for o in run(statistics, article)] == ["灵隐街道"]  # not 玉泉社区


def test_a_sentence_cut_at_a_semicolon_keeps_its_place_for_the_next_part():
    article = ("全省志愿服务推进会在成都召开\n\n2025-03-21 来源：四川日报\n\n会议在成都召开。成都市委书记讲话。\n"
               "会议指出,全省建成新就业群体服务站点3000个;依托党群服务中心、商务楼宇等建成“暖新驿站”4000余个。")
    assert {o.region.label for o in run(statistics, article)} == {"四川省"}


def test_quan_sheng_scopes_its_paragraph():
    article = ("全省志愿服务推进会在成都召开\n\n2025-03-21 来源：四川日报\n\n会议在成都召开。成都市委书记讲话。\n"
               "截至2024年底,全省注册志愿者达到1900万人;登记志愿服务队伍9万支。全年新增注册志愿者110万人。")
    assert {o.region.label for o in run(statistics, article)} == {"四川省"}


def test_of_two_places_named_as_often_the_title_s_is_the_article_s():
    article = ("德阳市社会工作统计公报\n\n2023-03-02 来源：四川日报\n\n"
               "德阳市民政局发布公报。绵阳市也发布了公报,绵阳市代表发言。会议听取了汇报。其中,持证社工1200人。")
    assert [o.region.label for o in run(statistics, article)] == ["德阳市"]


def test_a_part_named_after_qizhong_hands_the_next_sentence_the_whole_s_place():
    text = "截至2022年底,江西省注册志愿者达到86万人,其中南昌市21万人。全年新建社工站120个。"
    found = {o.value: o.region.label for o in run(statistics, HEAD + text)}
    assert found == {860000: "江西省", 210000: "南昌市", 120: "江西省"}


def test_every_station_is_a_kind_of_body_and_no_subject_of_its_own():
    article = ("岳西县社工站年度通报\n\n2024-01-10 来源：本地新闻网\n\n"
               "二、服务情况\n\n全年,各社工站累计开展个案服务410个。")
    assert [(o.region.label, o.value) for o in run(statistics, article)] == [("安庆市岳西县", 410)]


def test_the_one_place_the_title_names_is_the_article_s_though_another_is_named_more():
    article = ("2023年江西省社会工作发展综述\n\n2024-01-10 来源：本地新闻网\n\n"
               "南昌市持证社工达到9000人。南昌市社工站全覆盖。会议听取了汇报。全年新建社工站120个。")
    assert [(o.region.label, o.value) for o in run(statistics, article)] == [("南昌市", 9000), ("江西省", 120)]


@pytest.mark.parametrize("article, value, year, kind", REVIEWS)
def test_statistics_year_of_a_review(article, value, year, kind):
    found = [o for o in run(statistics, article) if o.value == value]
    assert [(o.year, o.kind) for o in found] == [(year, kind)]


NOTHING = [
    pytest.param("绵阳市专家提出4个优化建议。", id="proposals-are-not-what-a-region-has"),
    pytest.param("绵阳市张强、李丽等17名同志受到表彰。", id="a-list-of-people"),
    pytest.param("绵阳市有200人的代表参加。", id="n-people-de-attending"),
    pytest.param("绵阳市召开推进会。参会代表共300人次。", id="attendance-in-person-times"),
    pytest.param("绵阳市要求每个社区至少配备2名社会工作者。", id="a-norm-per-unit"),
    pytest.param("绵阳市王刚等9名个人被增补为协会理事。", id="people-elected-are-no-figure"),
    pytest.param("株洲市印发了一批文件,涉及全市6个区县。", id="the-verb-is-far-from-the-count"),
    pytest.param("绵阳市举办社工技能大赛。本次大赛共收到参赛作品320件,评出一等奖5个。", id="a-contest-s-figures"),
    pytest.param("绵阳市社工协会会长张建华介绍,他今年已经走访困难家庭86户。", id="a-person-s-own-figures"),
    pytest.param("锦江区召开会议。会议听取了汇报。阳光社工服务中心是一家民办机构。成立5年来,累计服务群众2万人次。",
                 id="a-body-s-own-history"),
    pytest.param("福田区召开会议。会议听取了汇报。一位老社工回忆,当年刚入行时,整个行业只有不到100人。",
                 id="an-anecdote-of-the-past"),
    pytest.param("绵阳市补贴标准从2000元到5000元不等。", id="a-range-is-no-figure"),
    pytest.param("漳州市规定,单个项目资助不超过20万元。", id="a-cap-for-each-project-is-a-norm"),
    pytest.param("芜湖市督导团队每月到各站开展督导2次以上。", id="how-often-is-no-count"),
    pytest.param("芜湖学院在读本科生、研究生分别为312人和186人。", id="nouns-respectively-that-the-sector-does-not-count"),
    pytest.param("镜湖区召开会议。院长王刚介绍，学院于2005年开办社会工作专业，目前在校学生共380余人，累计培养毕业生1200多名。",
                 id="a-school-named-bare-as-the-subject-has-its-own-figures"),
    pytest.param("鸠江区召开会议。系主任李华认为，学院于2010年开办社会工作专业，目前在校学生共260余人。",
                 id="a-speaker-who-thinks-opens-no-clause-of-the-region"),
    pytest.param("芜湖市召开会议。对首次取得社会工作师证书的人员给予3000元奖励。", id="what-each-person-is-given-is-no-total"),
    pytest.param("洛阳市召开会议。宜阳县、龙泉区、汝阳县注册志愿者分别为8.1万人、7.2万人和5.3万人。",
                 id="a-list-before-fenbie-with-a-name-that-is-no-place-pairs-nothing"),
    pytest.param("芜湖市社工论文刊于《社会工作》2014年4期。", id="a-journal-s-issue"),
    pytest.param("保定市民政局开展3场交流会。", id="meetings-held-kaizhan-are-no-figure"),
    pytest.param("武侯区、锦江区每个社区的社工分别达到6人、5人。", id="a-norm-for-each-unit-respectively"),
    pytest.param("成都市召开会议。会议听取了汇报。市场营销协会共有会员300家。", id="shichang-opens-no-city-s-association"),
    pytest.param("芜湖市今年社会工作服务资金占比提高2.5个百分点。", id="a-change-in-points-is-no-figure"),
    pytest.param("芜湖市组织40名社工代表出席大会。", id="who-came-named-after-the-count"),
    pytest.param("芜湖市召开会议。她扎根社区八年,累计开展个案服务180个。", id="one-person-s-own-count"),
    pytest.param("昆山市召开会议。这是一次会议。其个人会员300个。", id="qi-is-a-body-not-the-article-s-place"),
    pytest.param("绵阳市召开会议。会议要求各地服务质量提升20%。", id="a-rise-asked-for-is-no-rate-of-a-figure"),
    pytest.param("绵阳市为80岁以上老人上门送去慰问。", id="an-age-is-no-figure-but-as-an-average"),
    pytest.param("潜山市阳光社会工作服务中心承接项目9个。", id="an-agency-s-own-count"),
    pytest.param("潜山市召开会议。阳光社会工作服务中心代表一行6人赴合肥考察。", id="a-delegation-s-size"),
    pytest.param("潜山市召开会议。两家社工机构代表学得很认真。", id="two-agencies-in-words-that-nothing-has-or-made"),
    pytest.param("潜山市委托阳光社会工作服务中心开展督导,该中心现有专职督导4名。", id="gai-zhongxin-is-the-agency-s-own"),
    pytest.param("潜山市启动关爱项目。该项目一年来为200名困境儿童提供服务。", id="gai-xiangmu-is-the-project-s-own"),
    pytest.param("绵阳市各部门负责人共80多人参加了会议。", id="who-came-to-the-meeting"),
    pytest.param("绵阳市召开会议,200名社工参加培训和考核。", id="who-came-to-a-training"),
    pytest.param("绵阳市有3个村的社工站获评优秀。", id="noun-de-noun-counts-the-first"),
    pytest.param("绵阳市组织10家部门(单位)合作共建。", id="an-aside-that-is-no-place-kind-ends-the-noun"),
    pytest.param("社工服务走进千家万户,绵阳市志愿者千人参与。", id="a-bare-thousand-is-a-word"),
    pytest.param("省民政厅先后在绵阳市、德阳市召开3场社会工作交流会。", id="meetings-held-are-no-figure"),
    pytest.param("绵阳市今年要复制3个这些街道社工站的经验。", id="a-count-of-this-one-named-before"),
]


def test_a_figure_told_twice_is_one_figure():
    text = "宿州市持证社工达到1200人。会议强调,2022年,全市持证社工达到1200人,社工站150个。"
    found = [o for o in run(statistics, HEAD + text) if o.value == 1200]
    assert len(found) == 1


@pytest.mark.parametrize("text, expected", FIGURES)
def test_statistics_more(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_statistics_more_nothing(text):
    assert read(text) == set()


def test_bare_figures_of_places_that_sum_past_every_whole_break_down_none():
    found = run(statistics, HEAD + "宿州市召开会议。全市注册志愿者达3000人。分区县看，埇桥区4100人、砀山县2600人。")
    assert [(o.indicator, o.value) for o in found] == [("注册志愿者", 3000)]
