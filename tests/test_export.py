"""kg.export and `kg export`: ttl, nt and jsonld that re-parse to the same graph, byte-stable."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from kg import analytics, export, pipeline
from kg.cli import main
from kg.model import KG, KGO, new_graph

from conftest import plain

PARSER = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
FORMATS = list(PARSER)
ARTICLE = """红河州社会工作服务推进会召开
2022-06-08 来源：红河社工网
6月8日，红河州社会工作协会与蒙自市民政局签署了《社区社会工作服务站建设协议》。
红河州社会工作协会会长李秀芬、蒙自市民政局局长马文斌出席。
6月9日，由个旧市社会工作协会主办，蒙自市民政局承办的“滇南社区治理论坛”顺利举办。
截至2021年底，红河州持证社会工作者达到1260人，社会工作服务机构37家。
"""
TRICKY = ['他说："社工"是"专业"', 'C:\\社工\\档案\\', "第一行\n第二行\r\n第三行", "结尾反斜杠\\",
          '<script>alert("x")</script>', "三引号\"\"\"与'单引号'", "制表\t符", "“弯引号”与《书名号》"]


def parse(data: bytes, fmt: str) -> Graph:
    return Graph().parse(data=data.decode("utf-8"), format=PARSER[fmt])


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Graph:
    folder = tmp_path_factory.mktemp("articles")
    (folder / "hh.txt").write_text(ARTICLE, encoding="utf-8")
    result = pipeline.build([folder])
    s = result.summary()
    assert s["posts"] == 2 and s["signings"] == 1 and s["observations"] >= 1 and s["events"] >= 1
    return result.graph


@pytest.fixture(scope="module")
def graph_file(built, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "graph.ttl"
    path.write_bytes(export.serialize(built, "ttl"))
    return path


def tricky_graph() -> Graph:
    g = new_graph()
    for i, text in enumerate(TRICKY):
        g.add((KG[f"test/{i}"], RDFS.label, Literal(text, lang="zh")))
        g.add((KG[f"test/{i}"], RDFS.comment, Literal(text)))
    return g


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_built_graph_round_trips(built, fmt):
    back = parse(export.serialize(built, fmt), fmt)
    assert len(back) == len(built) and isomorphic(back, plain(built))


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_graph_gives_the_same_bytes(built, fmt):
    first = export.serialize(built, fmt)
    assert export.serialize(built, fmt) == first
    shuffled = new_graph()  # the same triples, added in another order
    for triple in sorted(built, reverse=True):
        shuffled.add(triple)
    assert export.serialize(shuffled, fmt) == first


@pytest.mark.parametrize("fmt", FORMATS)
def test_quotes_backslashes_newlines_and_script_tags_survive(fmt):
    g = tricky_graph()
    back = parse(export.serialize(g, fmt), fmt)
    assert isomorphic(back, g)
    assert {str(o) for o in back.objects(None, RDFS.comment)} == set(TRICKY)
    assert {(o.value, o.language) for o in back.objects(None, RDFS.label)} == {(t, "zh") for t in TRICKY}


# U+2028, U+2029 and U+0085 end a line for str.splitlines() but not for N-Triples, whose
# serializer leaves them unescaped inside literals.
SEPARATORS = {"line-separator": "\u2028", "paragraph-separator": "\u2029", "next-line": "\x85"}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sep", SEPARATORS.values(), ids=SEPARATORS.keys())
def test_unicode_line_separators_in_a_literal_survive(fmt, sep):
    g = new_graph()
    g.add((KG["test/sep"], RDFS.comment, Literal(f"前半句{sep}后半句")))
    g.add((KG["test/other"], RDFS.comment, Literal("另一条")))
    assert isomorphic(parse(export.serialize(g, fmt), fmt), g)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_article_with_line_break_characters_mid_sentence_round_trips(tmp_path, fmt):
    (tmp_path / "sep.txt").write_text(
        "红河州社会工作交流会召开\n2022-07-01 来源：红河社工网\n"
        "7月1日，红河州社会工作协会与蒙自市民政局签署了《社工人才\x85培养协议》，\u2029双方将共同推进。\n",
        encoding="utf-8")
    g = pipeline.build([tmp_path]).graph
    # ingest turns line and paragraph separators into spaces, one for one (offsets hold)
    assert not any(c in str(o) for o in g.objects() for c in "\u2029\x85")
    assert isomorphic(parse(export.serialize(g, fmt), fmt), plain(g))


# --- kg export -----------------------------------------------------------------------------
def test_cli_export_nt_to_a_file(built, graph_file, tmp_path):
    out = tmp_path / "sub" / "graph.nt"
    result = CliRunner().invoke(main, ["export", "--format", "nt", "--graph", str(graph_file),
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert str(out) in result.output
    assert isomorphic(parse(out.read_bytes(), "nt"), plain(built))
    assert out.read_bytes() == export.serialize(built, "nt")


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_export_without_out_prints_the_graph(built, graph_file, tmp_path, fmt):
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--graph", str(graph_file)])
    assert result.exit_code == 0, result.output
    assert result.stdout.encode("utf-8") == export.serialize(built, fmt)
    assert isomorphic(parse(result.stdout.encode("utf-8"), fmt), plain(built))
    assert list(tmp_path.iterdir()) == []


# --- write_all -----------------------------------------------------------------------------
def test_write_all_writes_every_file(built, tmp_path):
    written = export.write_all(built, tmp_path)
    names = {"graph.ttl", "graph.nt", "graph.jsonld", "centrality.csv", "centrality.ttl", "graph.html"}
    assert {p.name for p in written} == names and {p.name for p in tmp_path.iterdir()} == names
    assert all(Path(p).parent == tmp_path and Path(p).stat().st_size > 0 for p in written)
    for suffix, fmt in (("ttl", "ttl"), ("nt", "nt"), ("jsonld", "jsonld")):
        assert isomorphic(parse((tmp_path / f"graph.{suffix}").read_bytes(), fmt), plain(built))
    rows = list(csv.reader(io.StringIO((tmp_path / "centrality.csv").read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == analytics.COLUMNS
    # two associations in the article: 红河州 signs with the bureau, 个旧市 runs the forum with it
    assert sorted(r[1] for r in rows[1:]) == sorted(["红河州社会工作协会", "个旧市社会工作协会"])
    ranks = parse((tmp_path / "centrality.ttl").read_bytes(), "ttl")
    assert sorted(int(o) for o in ranks.objects(None, KGO.associationRank)) == [1, 2]
    html = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html.lower()
    assert "红河州社会工作协会" in html or json.dumps("红河州社会工作协会")[1:-1] in html  # tojson writes \uXXXX


# --- one output whatever the working store -------------------------------------------------
def test_both_working_stores_write_the_same_files(tmp_path):
    """Oxigraph (the default) and rdflib's memory store give byte-identical files: the model
    writes literals in the canonical form Oxigraph keeps."""
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    files = {}
    for store in ("oxigraph", "memory"):
        g = pipeline.build([seeds], store=store).graph
        files[store] = export.render_all(g)
    assert files["oxigraph"].keys() == files["memory"].keys()
    for name in files["oxigraph"]:
        assert files["oxigraph"][name] == files["memory"][name], name


def test_numbers_are_written_in_their_canonical_form(built):
    """Offsets are xsd:integer (NIF's own range is xsd:nonNegativeInteger; Oxigraph keeps
    every integer type as xsd:integer) and decimals carry no trailing zeros (0.5, not 0.500)."""
    nt = export.serialize(built, "nt").decode("utf-8")
    assert "nonNegativeInteger" not in nt
    starts = [o for o in built.objects(None, URIRef("http://www.w3.org/ns/oa#start"))]
    assert starts and all(o.datatype == URIRef("http://www.w3.org/2001/XMLSchema#integer") for o in starts)
    confidences = [str(o) for o in built.objects(None, KGO.confidence)]
    assert confidences and not any(c.endswith("0") and "." in c for c in confidences)
    assert "0.500" not in nt
