"""HTML pages of our own making, for the HTML tests and benchmarks/html.py.

`ordinary_page` dresses an article's paragraphs the way news sites do: a head with
styles and scripts, a menu, a byline, inline markup, entities, a table, a list, comments,
unclosed <p>s and <li>s, a footer. `nested_page` buries the same paragraphs under thousands
of nested <div>s. Every word of markup here was written for these tests.
"""
from __future__ import annotations

import random

MENU = ("首页", "新闻中心", "通知公告", "政策法规", "社工风采", "联系我们")
SIDEBAR = ("热点专题", "社区治理", "志愿服务", "行业动态", "专业培训")
INLINE = ("<b>{}</b>", "<strong>{}</strong>", "<a href=\"/news/{n}.html\">{}</a>",
          "<span class=\"hl\">{}</span>", "<em>{}</em>", "<font color=\"red\">{}</font>")
ENTITIES = ("&nbsp;", "&ldquo;", "&rdquo;", "&amp;", "&#12288;", "&middot;", "&lt;", "&gt;", "&#x3001;")


def _inline(rng: random.Random, text: str) -> str:
    """The paragraph with a few of its words wrapped in inline tags and an entity or two."""
    if len(text) < 8:
        return text
    out, i = [], 0
    for _ in range(rng.randint(0, 3)):
        a = rng.randrange(i, len(text) - 1) if i < len(text) - 1 else len(text)
        b = min(len(text), a + rng.randint(1, 6))
        if a >= b:
            break
        tag = rng.choice(INLINE)
        out += [text[i:a], tag.format(text[a:b], n=rng.randint(1, 999))]
        if rng.random() < 0.3:
            out.append(rng.choice(ENTITIES))
        i = b
    out.append(text[i:])
    return "".join(out)


def _head(rng: random.Random, title: str) -> str:
    return ("<head>\n<meta charset=\"utf-8\">\n<meta name=\"keywords\" content=\"社会工作,社工\">\n"
            f"<title>{title}_社会工作资讯网</title>\n"
            "<link rel=\"stylesheet\" href=\"/css/main.css\">\n"
            "<style>body{font-size:14px} .hl{color:#c00} p>b{font-weight:bold}</style>\n"
            f"<script>var page = {rng.randint(1, 99999)}; if (page < 3 && page > 1) {{ "
            "document.title = \"市民政局局长某某出席会议\"; }}</script>\n</head>\n")


def _menu(rng: random.Random) -> str:
    items = "".join(f"<li><a href=\"/c/{i}.html\">{m}</a>" + ("</li>" if rng.random() < 0.7 else "")
                    for i, m in enumerate(MENU))
    return f"<div class=\"top\"><ul class=\"nav\">{items}</ul></div>\n"


def _table(rng: random.Random) -> str:
    rows = "".join(f"<tr><td>{y}年</td><td>{rng.randint(100, 9999)}人</td></tr>" for y in range(2016, 2016 + rng.randint(1, 4)))
    return f"<table class=\"data\" border=\"1\"><tr><th>年份</th><th>持证社工</th></tr>{rows}</table>\n"


def _article(rng: random.Random, title: str, paragraphs: list[str], heading: str = "h1") -> str:
    parts = [f"<div class=\"article\">\n<{heading}>{title}</{heading}>\n",
             f"<div class=\"info\"><span>2020-12-10</span>&nbsp;&nbsp;<span>来源：社会工作资讯网</span>"
             f"<span>浏览次数：{rng.randint(10, 9999)}</span></div>\n<div class=\"content\">\n"]
    for i, para in enumerate(paragraphs):
        close = "</p>" if rng.random() < 0.8 else ""  # unclosed <p>s are common
        parts.append(f"<p style=\"text-indent:2em\">{_inline(rng, para)}{close}\n")
        if rng.random() < 0.15:
            parts.append(f"<p><img src=\"/upload/{i}.jpg\" alt=\"图片{i}\"><br/>图为会议现场</p>\n")
        if rng.random() < 0.1:
            parts.append("<!-- 广告位 -->\n<script type=\"text/javascript\">showAd(\"<p>广告</p>\");</script>\n")
        if rng.random() < 0.05:
            parts.append(_table(rng))
    parts.append("</div>\n<div class=\"share\">分享到：<a>微信</a> | <a>微博</a></div>\n</div>\n")
    return "".join(parts)


def _page(rng: random.Random, title: str, articles: list[str]) -> str:
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n", _head(rng, title), "<body>\n", _menu(rng),
        "<!-- 页面顶部 结束 -->\n<div class=\"crumb\">您的位置：<a href=\"/\">首页</a> &gt; 新闻中心</div>\n",
        "<div class=\"main\">\n", *articles,
        "<div class=\"side\"><h3>相关阅读</h3><ul>",
        "".join(f"<li><a href=\"/r/{rng.randint(1, 999)}.html\">{s}</a></li>" for s in SIDEBAR),
        "</ul></div></div>\n<noscript>请开启浏览器的脚本功能</noscript>\n",
        "<iframe src=\"/ad.html\" width=\"1\"></iframe>\n",
        "<div class=\"foot\">版权所有&copy;社会工作资讯网<br>地址：某市某路1号 &nbsp;电话：010-12345678</div>\n",
        "</body>\n</html>\n"])


def ordinary_page(title: str, paragraphs: list[str], seed: int = 0) -> str:
    """One news page around an article: the article's text is its headline and paragraphs."""
    rng = random.Random(seed)
    return _page(rng, title, [_article(rng, title, paragraphs)])


def ordinary_html(size: int, paragraphs: list[str], seed: int = 0) -> str:
    """One archive page of `size` characters or a little more: article after article."""
    rng, articles, n = random.Random(seed), [], 0
    while n < size:
        paras = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(3, 12)))
        articles.append(_article(rng, paras[0][:20], paras, heading="h2"))
        n += len(articles[-1])
    return _page(rng, "新闻存档", articles)


def nested_page(title: str, paragraphs: list[str], depth: int) -> str:
    """The paragraphs under `depth` nested <div>s in all, more of them before each paragraph."""
    per = max(1, depth // max(1, len(paragraphs)))
    body = "".join("<div>" * per + f"<p>{p}</p>" for p in paragraphs)
    closing = "</div>" * (per * len(paragraphs))
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body><h1>{title}</h1>{body}{closing}</body></html>")
