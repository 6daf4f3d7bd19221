"""kg.viz: the page, offline and safe, checked in its HTML and in headless Chromium."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rdflib import Literal
from rdflib.namespace import RDFS

from browser import visit
from kg import pipeline, viz
from kg.model import NIF
from kg.errors import KgError

SHOTS = Path(__file__).parent / ".screenshots"

ARTICLE = """云南两地社工协会签约
2021-06-03 来源：春城晚报
5月28日，第三届滇中社会工作发展论坛在昆明召开。
来自云南省社会工作协会、昆明市社会工作协会和玉溪市社会工作协会的代表参加了本次论坛。
会上，云南省社会工作协会与昆明市社会工作协会签署了《滇中社会工作人才共育协议》。
云南省社会工作协会会长周明远、昆明市社会工作协会会长郑雨桐出席。
截至2020年底，昆明市共有持证社会工作者6200人。
"""

HOSTILE = """测试协会签约
2021-06-03 来源：某网
5月28日，由西双版纳州社会工作协会主办的“<img src=x onerror=window.__pwned=1>交流研讨会”在景洪召开。
西双版纳州社会工作协会与普洱市社会工作协会签署了《<script>window.__pwned=2</script>合作协议》。
"""


def graph_of(tmp_path: Path, text: str, name: str = "a.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return pipeline.build([tmp_path / name]).graph


def org_labels(g) -> set[str]:
    q = "SELECT ?l WHERE { ?o a org:Organization ; rdfs:label ?l }"
    return {str(r.l) for r in g.query(q, initNs={"org": "http://www.w3.org/ns/org#",
                                                 "rdfs": "http://www.w3.org/2000/01/rdf-schema#"})}


def page_labels(html: str) -> list[str]:
    """Labels of the nodes the page will draw, read from the data it embeds."""
    data = re.search(r"^const NODES = (.*);$", html, re.M).group(1)
    return [n["label"] for n in json.loads(data)]


def test_page_has_no_external_resource(tmp_path):
    html = viz.page(graph_of(tmp_path, ARTICLE)).html
    assert not re.search(r"<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=", html, re.I)
    assert "Content-Security-Policy" in html
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", html)


def test_every_organisation_is_a_node(tmp_path):
    g = graph_of(tmp_path, ARTICLE)
    assert org_labels(g) and org_labels(g) <= set(page_labels(viz.page(g).html))


def test_max_nodes_cuts_to_the_most_central_and_says_so(tmp_path):
    g = graph_of(tmp_path, ARTICLE)
    full = viz.display_graph(g)
    p = viz.page(g, max_nodes=3)
    assert (p.shown, p.total) == (3, full.number_of_nodes())
    assert f"显示 3 / {full.number_of_nodes()} 个节点" in p.html
    hub = max(full.nodes, key=full.degree)
    assert full.nodes[hub]["label"] in page_labels(p.html)


def test_focus_keeps_the_neighbourhood_and_refuses_unknown_labels(tmp_path):
    g = graph_of(tmp_path, ARTICLE)
    p = viz.page(g, focus="玉溪市社会工作协会")
    assert "玉溪市社会工作协会" in page_labels(p.html)
    assert "昆明市" not in page_labels(p.html)  # a region three steps away
    with pytest.raises(KgError, match="no node has that label"):
        viz.page(g, focus="不存在的机构")


IMG = "<img src=x onerror=window.__pwned=1>"
SCRIPT = "<script>window.__pwned=2</script>"


def poisoned(tmp_path: Path):
    """The invented article's graph with markup put into a name and a sentence, as if the
    extractor had let it through: the page must not depend on the extractor to be safe."""
    g = graph_of(tmp_path, ARTICLE)
    org = next(o for o, _, l in g.triples((None, RDFS.label, None)) if str(l) == "云南省社会工作协会")
    g.set((org, RDFS.label, Literal(IMG + "云南省社会工作协会", lang="zh")))
    for s_, _, text in list(g.triples((None, NIF.isString, None))):
        g.set((s_, NIF.isString, Literal(SCRIPT + str(text))))
    return g


def test_article_markup_is_escaped_in_the_html(tmp_path):
    html = viz.page(poisoned(tmp_path)).html
    assert "__pwned" in html  # the names did reach the page …
    assert IMG not in html and SCRIPT not in html  # … but never as markup


def test_an_article_with_markup_yields_no_markup(tmp_path):
    html = viz.page(graph_of(tmp_path, HOSTILE)).html
    assert "<img src=x" not in html and "<script>window" not in html


def test_an_empty_graph_gives_a_page(tmp_path):
    p = viz.page(graph_of(tmp_path, "只有一句话，没有事实。"))
    assert p.shown == 0 and "0 个节点" in p.html


# --- in a real browser -------------------------------------------------------------------------

@pytest.mark.browser
def test_page_draws_offline_in_chromium(tmp_path):
    g = graph_of(tmp_path, ARTICLE)
    p = viz.page(g)
    path = tmp_path / "graph.html"
    path.write_text(p.html, encoding="utf-8")
    SHOTS.mkdir(exist_ok=True)
    v = visit(path, SHOTS / "invented-article.png", hover_label="云南省社会工作协会",
              hide_kind="person", search="玉溪市社会工作协会")
    assert v.ready and v.nodes == viz.display_graph(g).number_of_nodes() >= len(org_labels(g))
    people = sum(d["kind"] == "person" for _, d in viz.display_graph(g).nodes(data=True))
    assert people and v.visible_after_filter == v.nodes - people  # the legend filters by type
    assert v.selected_after_search == ["玉溪市社会工作协会"]  # the search box finds a node
    assert v.console_errors == [] and v.page_errors == [] and v.outside_requests == []
    assert "滇中社会工作人才共育协议" in v.tooltip  # the node's facts …
    assert "签署了" in v.tooltip  # … and the sentence they come from


@pytest.mark.browser
def test_no_script_from_an_article_runs(tmp_path):
    path = tmp_path / "hostile.html"
    path.write_text(viz.page(poisoned(tmp_path)).html, encoding="utf-8")
    SHOTS.mkdir(exist_ok=True)
    v = visit(path, SHOTS / "hostile-names.png", hover_label=IMG + "云南省社会工作协会")
    assert v.ready and v.pwned is None and v.dialogs == []
    assert v.console_errors == [] and v.page_errors == [] and v.outside_requests == []
    assert "<script>" in v.tooltip or "<img" in v.tooltip  # shown as text
    assert v.tooltip_elements == 0  # and nothing in the tooltip became an element


@pytest.mark.browser
def test_seed_page_draws_every_organisation(tmp_path):
    seeds = Path(__file__).parent.parent / "seeds"
    g = pipeline.build([seeds]).graph
    path = tmp_path / "seeds.html"
    path.write_text(viz.page(g).html, encoding="utf-8")
    SHOTS.mkdir(exist_ok=True)
    v = visit(path, SHOTS / "seeds.png")
    assert v.ready and v.nodes == viz.display_graph(g).number_of_nodes()
    assert v.nodes >= len(org_labels(g))
    assert v.console_errors == [] and v.page_errors == [] and v.outside_requests == []


@pytest.mark.browser
def test_clicking_a_node_opens_its_facts_and_neighbours(tmp_path):
    path = tmp_path / "graph.html"
    path.write_text(viz.page(graph_of(tmp_path, ARTICLE)).html, encoding="utf-8")
    SHOTS.mkdir(exist_ok=True)
    v = visit(path, click_label="昆明市社会工作协会", follow_label="郑雨桐",
              panel_screenshot=SHOTS / "side-panel.png")
    assert v.console_errors == [] and v.page_errors == [] and v.outside_requests == []
    panel = v.panel
    assert panel["open"] and panel["title"] == "昆明市社会工作协会" and panel["kind"] == "行业协会"
    texts = " | ".join(f["text"] for f in panel["facts"])
    for words in ("郑雨桐", "会长", "签署《滇中社会工作人才共育协议》", "参加 第三届滇中社会工作发展论坛"):
        assert words in texts  # a post, a signing and an event: all its facts, not a sample
    signing = next(f for f in panel["facts"] if "签署" in f["text"])
    assert signing["quote"] == "“会上，云南省社会工作协会与昆明市社会工作协会签署了《滇中社会工作人才共育协议》。”"
    for f in panel["facts"]:  # each quote is a whole sentence of the article, with its source
        assert f["quote"].strip("“”") in ARTICLE and f["quote"].endswith("。”")
        assert (f["file"], f["title"]) == ("a.txt", "《云南两地社工协会签约》")
    assert sorted(panel["neighbours"]) == sorted(["郑雨桐", "《滇中社会工作人才共育协议》", "第三届滇中社会工作发展论坛"])
    followed = v.followed  # the link moved the panel and the selection to the neighbour
    assert followed["title"] == "郑雨桐" and followed["kind"] == "人物"
    assert [f["text"] for f in followed["facts"]] == ["郑雨桐 任 昆明市社会工作协会 会长"]
    assert "昆明市社会工作协会会长郑雨桐出席" in followed["facts"][0]["quote"]
    assert followed["neighbours"] == ["昆明市社会工作协会"]
    assert v.selected_after_follow == ["郑雨桐"]
    assert v.closed_by_escape and v.closed_by_click_elsewhere


@pytest.mark.browser
def test_the_panel_shows_markup_from_an_article_as_text(tmp_path):
    path = tmp_path / "hostile.html"
    path.write_text(viz.page(poisoned(tmp_path)).html, encoding="utf-8")
    v = visit(path, click_label=IMG + "云南省社会工作协会")
    assert v.pwned is None and v.dialogs == [] and v.page_errors == []
    assert v.panel["title"] == IMG + "云南省社会工作协会" and v.panel["markup"] == 0
    assert v.panel["facts"] and all(f["quote"].startswith("“" + SCRIPT) for f in v.panel["facts"])
