"""kg.htmltext: HTML to text, checked by hand, against the BeautifulSoup version kg used
before (tests/html_reference.py) on pages we wrote, and on pages nested thousands deep."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import html_reference
import pages
from kg.htmltext import html_to_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _paragraphs(path: Path) -> tuple[str, list[str]]:
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines[0], lines[1:]


@pytest.mark.parametrize("page, expected", [
    pytest.param("<p>第一段</p><p>第二段</p>", "第一段\n第二段", id="blocks"),
    pytest.param("<p>社工<b>机构</b>和<a href='x'>协会</a></p>", "社工机构和协会", id="inline-runs-on"),
    pytest.param("<div>甲<br>乙<br/>丙</div>", "甲\n乙\n丙", id="br"),
    pytest.param("<p>甲&nbsp;乙&ldquo;丙&rdquo;&amp;&#12288;丁&#x4e01;</p>", "甲\xa0乙“丙”&\u3000丁丁",
                 id="entities"),
    pytest.param("<p>甲<span> \t </span>乙</p><p>丙<b>\n</b>丁</p>", "甲 乙\n丙\n丁",
                 id="blank-runs-between-tags-are-one-space"),
    pytest.param("<pre>甲<b>\t</b>乙</pre>", "甲\t乙", id="pre-keeps-its-spaces"),
    pytest.param("<p>甲<script>var a = '<p>乙</p>';</script><style>p{}</style>丙</p><!-- 丁 -->",
                 "甲丙", id="script-style-comment"),
    pytest.param("<noscript>甲</noscript><iframe><p>乙</p></iframe><template>丙</template><p>丁",
                 "丁", id="noscript-iframe-template"),
    pytest.param("<html><head><meta charset='utf-8'><title>标题 <b>一</b></title>"
                 "<style>x</style>头部文字</head><body><p>正文</p></body></html>",
                 "标题 一\n正文", id="head-dropped-title-first"),
    pytest.param("<title>正文标题</title><p>正文</p>", "正文标题\n正文", id="title-without-head-once"),
    pytest.param("<div><p>甲</div>乙</p>丙", "甲\n乙丙", id="end-tag-closes-what-it-holds"),
    pytest.param("<div>甲</span>乙</div>", "甲乙", id="stray-end-tag-ignored"),
    pytest.param("<p>甲<![CDATA[乙]]>丙</p>", "甲乙丙", id="cdata"),
])
def test_html_to_text_by_hand(page, expected):
    assert html_to_text(page) == expected


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_ordinary_pages_give_the_text_the_beautifulsoup_version_gave(seed):
    title, paras = _paragraphs(seed)
    for rng_seed in range(6):
        page = pages.ordinary_page(title, paras, rng_seed)
        assert html_to_text(page) == html_reference.html_to_text(page), rng_seed


TAGS = st.sampled_from(["p", "div", "span", "b", "a", "li", "ul", "td", "tr", "table", "h1", "br",
                        "hr", "img", "script", "style", "noscript", "title", "pre", "font", "em",
                        "iframe", "template", "textarea", "html", "body"])
TEXT = st.lists(st.sampled_from(list("社会工作协会会长王建华出席。，、 \t\n")
                               + ["&nbsp;", "&amp;", "&lt;", "&ldquo;", "&#20013;"]), max_size=12).map("".join)


@st.composite
def tag_soup(draw) -> str:
    """Tags opened, closed, left open or closed twice, text and comments between them."""
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.sampled_from(["open", "close", "text", "text", "comment", "selfclose"]))
        tag = draw(TAGS)
        parts.append({"open": f"<{tag} class=\"c\">", "close": f"</{tag}>", "selfclose": f"<{tag}/>",
                      "comment": "<!-- 注释 -->", "text": draw(TEXT)}[kind])
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(tag_soup())
def test_tag_soup_gives_the_text_the_beautifulsoup_version_gave(page):
    assert html_to_text(page) == html_reference.html_to_text(page)


@pytest.mark.parametrize("depth", [20_000, 100_000])
def test_deep_nesting_loses_no_text(depth):
    title, paras = _paragraphs(SEEDS[0])
    shallow = pages.nested_page(title, paras, len(paras))  # one <div> per paragraph
    assert html_reference.html_to_text(shallow) == html_to_text(shallow)
    deep = pages.nested_page(title, paras, depth)
    assert deep.count("<div") >= depth - len(paras)
    assert html_to_text(deep) == html_to_text(shallow)


def test_an_archive_page_of_many_articles_gives_the_text_the_beautifulsoup_version_gave():
    paras = [p for seed in SEEDS for p in _paragraphs(seed)[1]]
    page = pages.ordinary_html(60_000, paras, seed=3)
    assert page.count("<div class=\"article\">") >= 5
    assert html_to_text(page) == html_reference.html_to_text(page)
