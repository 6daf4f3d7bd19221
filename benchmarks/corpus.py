"""Synthetic news articles about the social-work sector, for benchmarking `kg`.

    python benchmarks/corpus.py OUT_DIR --n 1000 [--seed 1]

writes OUT_DIR/00000.txt … as UTF-8: a headline, a byline (`2021-04-02 来源：某某日报`) and
9–15 sentences (about 650–1350 characters) made from the templates and name lists below.
Every list here was written for this benchmark; the places are real, every person,
agreement and figure is invented.

The sentences use shapes the extractor reads — posts (`ORG会长NAME`), signings
(`A与B签署了《…》`), figures (`PLACE持证社会工作者超过N人`), events (`…研讨会在PLACE召开`,
`来自A、B等单位的代表参加了本次会议`) — mixed with filler that states no fact.

Output is a pure function of (seed, article number): the first 100 articles of a
1000-article corpus are the 100 articles of a 100-article corpus.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

# --- name lists ------------------------------------------------------------------------------

# province -> a few of its prefecture-level cities (real places)
PLACES = {
    "湖南省": ["长沙市", "株洲市", "湘潭市", "衡阳市", "岳阳市"],
    "湖北省": ["武汉市", "宜昌市", "襄阳市", "荆州市"],
    "河南省": ["郑州市", "洛阳市", "开封市", "新乡市"],
    "河北省": ["石家庄市", "保定市", "唐山市", "邯郸市"],
    "山东省": ["济南市", "青岛市", "烟台市", "潍坊市", "临沂市"],
    "江西省": ["南昌市", "九江市", "赣州市"],
    "安徽省": ["合肥市", "芜湖市", "蚌埠市", "安庆市"],
    "福建省": ["福州市", "厦门市", "泉州市"],
    "广东省": ["广州市", "深圳市", "佛山市", "东莞市", "珠海市"],
    "四川省": ["成都市", "绵阳市", "宜宾市", "南充市"],
    "陕西省": ["西安市", "宝鸡市", "咸阳市"],
    "山西省": ["太原市", "大同市"],
    "辽宁省": ["沈阳市", "大连市", "鞍山市"],
    "黑龙江省": ["哈尔滨市", "大庆市"],
    "浙江省": ["杭州市", "宁波市", "温州市", "绍兴市"],
    "江苏省": ["南京市", "苏州市", "无锡市", "常州市", "扬州市"],
    "云南省": ["昆明市", "玉溪市"],
    "贵州省": ["贵阳市", "遵义市"],
    "甘肃省": ["兰州市", "天水市"],
}

FAMILY = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 朱 胡 郭 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 "
          "肖 董 袁 潘 蒋 蔡 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 廖 贾 夏 韦 "
          "邹 孟 熊 秦 邱 薛 雷 侯 陶 贺 顾 郝 龚 邵 钱 严 戴 孔 汤 温 康 施 樊 葛 邢 欧阳").split()
GIVEN = ("建 华 晓 梅 志 强 明 远 德 海 涛 立 新 国 庆 静 丽 娟 敏 军 伟 芳 秀 英 玉 俊 杰 宇 浩 "
         "思 雨 欣 怡 嘉 佳 涵 博 鹏 飞 凯 磊 超 勇 毅 刚 辉 婷 雪 琳 晨 春 秋 松 柏 峰 岩 泽 洋 "
         "振 兴 荣 昌 慧 颖 洁 蕾 薇 倩 璐 瑶 翔 彬 斌 坤 琦 琪 铭 航 旭 骏 霞 燕 萍 红 艳").split()

BRANDS = "同心 乐群 启航 阳光 善行 和悦 博爱 益众 春晖 携手 心桥 众合 馨园 恒爱 立人 青禾".split()
MEDIA = "日报 晚报 社会工作网 民政网 新闻网".split()

# organisation suffix -> the posts it has, most senior first
ASSOCIATION_ROLES = ["会长", "常务副会长", "副会长", "秘书长", "副秘书长"]
BUREAU_ROLES = {"民政厅": ["厅长", "副厅长", "调研员"], "民政局": ["局长", "副局长", "调研员"]}
AGENCY_ROLES = ["主任", "副主任", "督导"]

TOPICS = ["社会工作人才队伍建设", "社会工作专业督导", "社区治理创新", "乡镇社工站建设", "儿童关爱服务",
          "养老服务与社会工作", "社会工作行业自律", "社会工作职业化发展", "社会工作标准化建设",
          "困难群众救助帮扶", "社会工作服务评估", "社会组织能力建设"]
EVENT_KINDS = [("研讨会", "研讨会"), ("座谈会", "会议"), ("推进会", "会议"), ("经验交流会", "会议"),
               ("论坛", "论坛"), ("高峰论坛", "论坛"), ("培训班", "培训"), ("联席会议", "会议")]
# the anaphor an article uses for each event word: 本次研讨会, 本次论坛, 本次会议 …
ANAPHOR = {"研讨会": "研讨会", "论坛": "论坛", "培训": "培训", "会议": "会议"}
AGREEMENTS = ["社会工作协同发展合作协议", "社会工作人才交流合作框架协议", "专业督导互助协议",
              "社会工作服务标准互认备忘录", "行业自律公约", "社工站建设结对帮扶协议"]
NUMERALS = "一二三四五六七"

# filler: clauses stating no fact (no numbers, names, event words or signing)
OPENERS = ["近年来，", "据了解，", "与会人员认为，", "下一步，", "业内人士表示，", "从实践来看，",
           "在交流环节，", "多位代表指出，", "调研中发现，", "一段时间以来，"]
CLAUSES = ["社会工作在基层治理中的作用日益凸显", "各地持续推进专业人才培养、使用和激励机制建设",
           "行业组织要发挥好桥梁纽带作用", "社工机构的内部治理水平不断提高",
           "专业服务逐步向困难群众、留守儿童和独居老人延伸", "政府购买服务的绩效评价更加规范",
           "一线社工的薪酬待遇和职业发展仍需进一步保障", "社区、社会组织、社会工作者联动机制日趋成熟",
           "要坚持以人民为中心的发展思想", "要把专业方法融入社区服务的各个环节",
           "督导体系建设是提升服务质量的关键", "高校与实务机构的合作有待加强",
           "志愿服务与专业社工的协同效应开始显现", "信息化手段为服务管理提供了有力支撑",
           "要加强行业诚信建设和自律管理", "服务项目的专业性和可持续性受到普遍关注",
           "不少机构探索形成了可复制、可推广的服务模式", "群众的获得感、幸福感、安全感进一步增强",
           "要持续优化社会工作发展的政策环境", "要推动服务资源向农村和欠发达地区倾斜",
           "基层社工站的服务覆盖面持续扩大", "专业社工深入村居开展走访和需求评估",
           "服务对象的个性化需求得到更多回应", "要健全以岗位为核心的专业人才评价办法",
           "机构之间的经验分享越来越频繁", "社会工作教育与实务之间的衔接更加紧密",
           "困境儿童和残疾人家庭是服务的重点人群", "社区慈善资源的链接能力有所提升",
           "部分地区仍存在专业人才流失较快的问题", "要防止服务项目重形式、轻实效",
           "要注重培养本土化的专业骨干队伍", "项目化运作让服务更有章法",
           "居民参与社区事务的热情明显提高", "要用好用足各项扶持政策",
           "行业标准的制定和推广正在加快", "专业伦理教育应当贯穿人才培养全过程",
           "社工与网格员、志愿者的分工协作更加清晰", "心理疏导和危机干预能力需要继续加强",
           "服务记录和档案管理逐步走向规范", "宣传工作让更多群众了解了社会工作"]
CLOSERS = ["大家纷纷表示收获很大", "这为今后的工作指明了方向", "相关工作将在年内逐步推开",
           "交流气氛热烈", "各方对此寄予厚望", "下一步还将继续深化合作"]


# --- a world of organisations and officials ----------------------------------------------------

def make_world(seed: int) -> dict:
    """Organisations in every place and the people who hold their posts; the same for a seed,
    so officials recur across articles as they do in real news."""
    rng = random.Random(f"world-{seed}")
    used: set[str] = set()

    def person() -> str:
        while True:
            name = rng.choice(FAMILY) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
            if name not in used:
                used.add(name)
                return name

    orgs = []  # (name, place, roles)
    for province, cities in PLACES.items():
        orgs.append((province + "民政厅", province, BUREAU_ROLES["民政厅"]))
        orgs.append((province + rng.choice(["社会工作协会", "社会工作者协会"]), province, ASSOCIATION_ROLES))
        orgs.append((province + "社会组织促进会", province, ASSOCIATION_ROLES))
        for city in cities:
            orgs.append((city + "民政局", city, BUREAU_ROLES["民政局"]))
            orgs.append((city + rng.choice(["社会工作协会", "社会工作者协会", "社会工作联合会"]), city,
                         ASSOCIATION_ROLES))
            orgs.append((city + "社会工作服务中心", city, AGENCY_ROLES))
            for brand in rng.sample(BRANDS, 2):
                orgs.append((city + brand + "社会工作服务中心", city, AGENCY_ROLES))
    posts = {name: [(role, person()) for role in roles] for name, _, roles in orgs}
    return {"orgs": [o[0] for o in orgs], "place_of": {o[0]: o[1] for o in orgs}, "posts": posts}


# --- sentences ---------------------------------------------------------------------------------

def short(place: str) -> str:
    """长沙市 -> 长沙, 湖南省 -> 湖南 (as in 在长沙召开)."""
    return place[:-1] if place.endswith(("市", "省")) else place


def filler(rng: random.Random, deck: list[str]) -> str:
    """A sentence of 3–7 clauses drawn from the article's deck (refilled when empty), so
    an article seldom repeats a clause."""
    parts = []
    for _ in range(rng.randint(3, 7)):
        if not deck:
            deck.extend(rng.sample(CLAUSES, len(CLAUSES)))
        parts.append(deck.pop())
    tail = "，" + rng.choice(CLOSERS) if rng.random() < 0.4 else ""
    return rng.choice(OPENERS) + "，".join(parts) + tail + "。"


def figure(rng: random.Random, region: str, year: int) -> str:
    """One sentence stating a figure of a region (a province's figures are larger)."""
    big = region.endswith("省")

    def n(city: tuple[int, int], province: tuple[int, int], step: int = 1) -> int:
        lo, hi = province if big else city
        return rng.randrange(lo, hi, step)

    forms = [
        lambda: f"据介绍，{region}持证社会工作者超过{n((300, 15000), (5000, 90000), 50)}人。",
        lambda: f"目前，{region}现有社工机构{n((20, 500), (120, 2000))}家，{rng.choice(CLAUSES)}。",
        lambda: f"截至去年底，{region}有{n((15, 400), (200, 3000))}家社工机构。",
        lambda: f"{region}已建成{n((20, 300), (300, 1800))}个乡镇社会工作服务站，{rng.choice(CLAUSES)}。",
        lambda: f"{year}年，{region}购买社会工作服务资金{n((100, 8000), (500, 60000), 10)}多万元。",
        lambda: f"{region}注册志愿者达到{n((5, 200), (12, 900)) / 10}万人。",
        lambda: f"到{year + rng.choice((2, 3, 5))}年，{region}持证社会工作者要达到{n((800, 20000), (8000, 120000), 100)}人。",
        lambda: f"{region}社会工作专业人才约{n((500, 30000), (6000, 150000), 100)}人，{rng.choice(CLAUSES)}。",
    ]
    return rng.choice(forms)()


def post_sentence(rng: random.Random, world: dict, org: str) -> str:
    """One sentence naming one of the three senior officials of org, by post."""
    role, name = rng.choice(world["posts"][org][:3])
    forms = [f"{org}{role}{name}出席会议并致辞。", f"{org}{role}{name}主持会议。",
             f"{org}{role}{name}作专题发言，{rng.choice(CLAUSES)}。",
             f"{org}{role}{name}在讲话中指出，{rng.choice(CLAUSES)}，{rng.choice(CLAUSES)}。"]
    return rng.choice(forms)


def signing(rng: random.Random, world: dict, a: str, b: str, month_day: str) -> str:
    """A and B sign an agreement named after their places."""
    places = dict.fromkeys(short(world["place_of"][o]) for o in (a, b))
    title = "".join(places) + rng.choice(AGREEMENTS)
    verb = rng.choice(["签署了", "签订了", "共同签署了"])
    lead = rng.choice([f"{month_day}，", "会上，", "活动现场，"])
    return f"{lead}{a}与{b}{verb}《{title}》。"


# --- articles ----------------------------------------------------------------------------------

def article(seed: int, i: int, world: dict) -> str:
    """Article number i of the corpus of this seed: headline, byline, body."""
    rng = random.Random(f"article-{seed}-{i}")
    province = rng.choice(list(PLACES))
    city = rng.choice(PLACES[province])
    local = [o for o in world["orgs"] if world["place_of"][o] in (province, *PLACES[province])]
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(9 * 365))
    event_day = day - dt.timedelta(days=rng.randrange(1, 4))
    md = f"{event_day.month}月{event_day.day}日"
    source = short(rng.choice([province, city])) + rng.choice(MEDIA)

    host = rng.choice([o for o in local if "协会" in o or "联合会" in o or "促进会" in o])
    kind = rng.random()
    facts: list[str] = []
    if kind < 0.2:  # an association elects its leaders
        nth = rng.choice(NUMERALS[1:])
        event = f"{host}第{nth}届会员代表大会"
        headline = f"{host}召开第{nth}届会员代表大会"
        facts.append(f"{md}，{event}在{short(world['place_of'][host])}召开。")
        other = rng.choice([o for o in local if o != host])
        orole, oname = world["posts"][other][0]  # a leader elsewhere takes a second post here
        facts.append(f"会议选举{other}{orole}{oname}为{rng.choice(['监事长', '名誉会长'])}。")
        role, name = world["posts"][host][rng.choice((0, 3))]
        facts.append(f"{name}当选为{host}{role}。")
        anaphor = "会议"
    else:  # a meeting, forum or training on a topic
        word, ekind = rng.choice(EVENT_KINDS)
        topic = rng.choice(TOPICS)
        event = rng.choice([f"{day.year}年{province}{topic}{word}", f"{city}{topic}{word}",
                            f"“{short(province)}{topic}{word}”"])
        headline = rng.choice([f"{event.strip('“”')}在{short(city)}召开",
                               f"{short(province)}{topic}工作取得新进展", f"聚焦{topic}：{event.strip('“”')}举行"])
        facts.append(f"{md}，{event}在{short(city)}{rng.choice(['召开', '举行', '顺利召开'])}。")
        anaphor = ANAPHOR[ekind]
        if rng.random() < 0.6:
            helper = rng.choice([o for o in local if o != host])
            facts.append(f"本次{anaphor}由{host}主办，{helper}承办。")
    guests = rng.sample([o for o in local if o != host], k=min(len(local) - 1, rng.randint(2, 4)))
    facts.append(f"来自{'、'.join(guests)}等单位的代表参加了本次{anaphor}。")
    for org in [host] + rng.sample(guests, k=rng.randint(1, 2)):
        facts.append(post_sentence(rng, world, org))
    if rng.random() < 0.5:
        a, b = rng.sample([o for o in local if "民政" in o or "协会" in o], 2)
        facts.append(signing(rng, world, a, b, md))
    for _ in range(rng.randint(1, 3)):
        facts.append(figure(rng, rng.choice([province, city]), day.year - 1))

    byline = f"{day.isoformat()} 来源：{source}"
    return "\n".join([headline, byline, *layout(rng, facts, len(headline))]) + "\n"


def layout(rng: random.Random, facts: list[str], head_chars: int) -> list[str]:
    """Paragraphs of one to three sentences: the facts in news order (the event first), with
    filler sentences put in between until the article reaches a length drawn at random."""
    body, deck = list(facts), []
    target = rng.randint(620, 1450)
    size = lambda: head_chars + sum(map(len, body))  # noqa: E731
    while len(body) < 15 and (size() < target or len(body) < 6):
        more = filler(rng, deck)
        if size() + len(more) > 1500 and len(body) >= 6:
            break
        body.insert(rng.randint(1, len(body)), more)
    paragraphs, k = [], 0
    while k < len(body):
        step = rng.randint(1, 3)
        paragraphs.append("".join(body[k:k + step]))
        k += step
    return paragraphs


def generate(out_dir: Path, n: int, seed: int = 1) -> list[Path]:
    """Write n articles into out_dir (created if missing); return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    world = make_world(seed)
    paths = []
    for i in range(n):
        path = out_dir / f"{i:05d}.txt"
        path.write_text(article(seed, i, world), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=1, help="same seed, same articles (default 1)")
    args = ap.parse_args()
    paths = generate(args.out_dir, args.n, args.seed)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    print(f"wrote {len(paths)} articles, {chars} characters, to {args.out_dir}")


if __name__ == "__main__":
    main()
