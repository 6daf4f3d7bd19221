"""`kg chart`: the comparison of regions as an SVG, read back by parsing it and by opening it
in headless Chromium. The articles are written for these tests."""
from __future__ import annotations

import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import chart, export, pipeline
from kg.cli import main
from kg.errors import KgError

ROOT = Path(__file__).resolve().parent.parent
QUERY = ROOT / "queries" / "compare_regions.rq"
SVG = "{http://www.w3.org/2000/svg}"
ARTICLES = {
    "js.txt": "江苏社工站\n2022-06-01 来源：示例周刊\n2020年，江苏省有社会工作服务站1200个，"
              "到2025年，江苏省社会工作服务站将达到1500个。\n",
    "zj.txt": "浙江社工站\n2022-06-01 来源：示例周刊\n2021年，浙江省乡镇社工站超过900个。\n",
    "ah.txt": "安徽社工站\n来源：示例周刊\n安徽省社会工作服务站约有700个。\n",
}


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return pipeline.build([folder]).graph


@pytest.fixture(scope="module")
def picture(graph):
    return chart.svg(chart.points(graph, QUERY, "乡镇社工站"), chart.title("乡镇社工站"))


def groups(svg: bytes) -> dict[str, ET.Element]:
    return {g.get("id"): g for g in ET.fromstring(svg).iter(f"{SVG}g") if g.get("id")}


def test_points_are_the_rows_of_compare_regions(graph):
    got = {(p.region, p.year, p.value, p.kind, p.qualifier) for p in chart.points(graph, QUERY, "社会工作服务站")}
    assert got == {("江苏省", 2020, 1200, "actual", "="), ("江苏省", 2025, 1500, "target", "="),
                   ("浙江省", 2021, 900, "actual", ">"), ("安徽省", None, 700, "actual", "~")}


def test_each_region_and_kind_is_a_series_with_one_marker_per_year(picture):
    found = groups(picture)
    series = {k: len(list(g.iter(f"{SVG}use"))) for k, g in found.items() if k.startswith(("actual:", "target:"))}
    assert series == {"actual:江苏省": 1, "target:江苏省": 1, "actual:浙江省": 1}  # 安徽 has no year


def test_actual_is_solid_and_target_dashed(picture):
    found = groups(picture)

    def dashed(gid):
        return any("stroke-dasharray" in (p.get("style") or "") for p in found[gid].iter(f"{SVG}path"))

    assert dashed("target:江苏省") and not dashed("actual:江苏省")


def test_title_names_the_measure_and_the_undated_figure_is_counted(picture):
    comments = picture.decode("utf-8")
    assert "<!-- 社会工作服务站（个）：各地区比较 -->" in comments
    assert "另有 1 个数字年份不详，未画出" in comments


def test_chinese_is_drawn_from_the_cjk_font_as_paths(graph):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns when a glyph is missing from the font
        svg = chart.svg(chart.points(graph, QUERY, "社会工作服务站"), "社会工作服务站")
    root = ET.fromstring(svg)
    assert not list(root.iter(f"{SVG}text"))  # no text left for the viewer's fonts to render
    glyphs = [p.get("id") for p in root.iter(f"{SVG}path") if p.get("id") and "-" in p.get("id")]
    font = chart.cjk_font().replace(" ", "")
    assert glyphs and all(g.startswith(font[:10]) for g in glyphs), glyphs[:5]


def test_the_same_figures_give_the_same_bytes(graph, picture):
    assert chart.svg(chart.points(graph, QUERY, "乡镇社工站"), chart.title("乡镇社工站")) == picture


def test_without_a_cjk_font_it_says_what_to_install(monkeypatch):
    monkeypatch.setattr(chart, "cjk_font", lambda: None)
    with pytest.raises(KgError, match="fonts-noto-cjk"):
        chart.svg([], "持证社会工作者")


def test_kg_chart_writes_the_file(graph, tmp_path):
    g = tmp_path / "g.ttl"
    g.write_bytes(export.serialize(graph, "ttl"))
    out = tmp_path / "c.svg"
    result = CliRunner().invoke(main, ["chart", "社会工作服务站", "--graph", str(g), "--out", str(out),
                                       "--query", str(QUERY)])
    assert result.exit_code == 0, result.output
    assert "4 figures of 3 regions (1 without a year, not drawn)" in result.output
    assert "actual:浙江省" in groups(out.read_bytes())


def test_the_chart_in_the_readme_shows_what_the_seed_graph_says():
    """docs/chart-seeds-talent.svg (kg chart 社会工作专业人才 --graph export/graph.ttl): the same
    series and points as a chart drawn now (the bytes depend on matplotlib's version)."""
    from kg import graph as graphs

    fresh = chart.svg(chart.points(graphs.load(ROOT / "export" / "graph.ttl"), QUERY, "社会工作专业人才"),
                      "社会工作专业人才")

    def series(svg: bytes) -> dict[str, int]:
        return {k: len(list(g.iter(f"{SVG}use"))) for k, g in groups(svg).items()
                if k.startswith(("actual:", "target:"))}

    committed = (ROOT / "docs" / "chart-seeds-talent.svg").read_bytes()
    assert series(committed) == series(fresh) != {}


@pytest.mark.browser
def test_the_chart_opens_in_chromium_offline(picture, tmp_path):
    from matplotlib.image import imread

    from browser import open_picture

    path = tmp_path / "chart.svg"
    path.write_bytes(picture)
    shots = Path(__file__).resolve().parent / ".screenshots"
    shots.mkdir(exist_ok=True)
    seen = open_picture(path, shots / "chart.png")
    assert seen.outside_requests == [] and seen.console_errors == []
    assert seen.width > 500 and seen.height > 300
    pixels = imread(shots / "chart.png")[..., :3]
    inked = (pixels.sum(axis=2) < 2.4).mean()  # share of pixels that are not (near) white
    assert 0.01 < inked < 0.5


def test_a_font_installed_after_matplotlib_cached_its_list_is_found(monkeypatch):
    """A user who installs fonts-noto-cjk after a first run: matplotlib's cached font list
    lacks it, and the chart reads the system's fonts again rather than refusing."""
    from matplotlib import font_manager

    known = font_manager.fontManager.ttflist
    cjk_files = {f.fname for f in known if f.name in chart.CJK_FONTS}  # as if never listed
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [f for f in known if f.fname not in cjk_files])
    assert chart.cjk_font() in chart.CJK_FONTS
