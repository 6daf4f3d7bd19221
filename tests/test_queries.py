"""Query files: each says what it answers, binds the contract's variables, and runs."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg import graph as graphs
from kg import pipeline, sparql
from kg.errors import QueryError
from kg.ingest import document_from_text

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
CONTRACT = {
    "roles.rq": ["person", "role", "org"],
    "agreements.rq": ["agreement", "signatory", "date"],
    "statistics.rq": ["region", "indicator", "value", "unit", "qualifier", "year"],
}
ARTICLE = """\
2021-06-08 来源：示例网
浙江省社会工作协会会长王建华表示，行业协会要发挥枢纽作用。
6月5日，浙江省社会工作协会和江苏省社会工作者协会签订了《苏浙社工人才交流合作协议》。
目前，浙江省持证社工超过3200人。
"""


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return pipeline.build([folder]).graph


def _projection(text: str) -> list[str]:
    select = re.search(r"SELECT\s+(?:DISTINCT\s+)?(.*?)\s+WHERE", text, re.S | re.I).group(1)
    return re.findall(r"\?(\w+)", select)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query_file_starts_with_a_comment_and_parses(path, graph):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), f"{path.name} must start with a comment saying what it answers"
    sparql.query(graph, text, name=path.name)


@pytest.mark.parametrize("name, variables", CONTRACT.items())
def test_contract_queries_bind_their_variables(name, variables):
    text = (ROOT / "queries" / name).read_text(encoding="utf-8")
    assert _projection(text)[: len(variables)] == variables


def test_contract_queries_answer_with_plain_literals(graph):
    rows = {name: json.loads(sparql.format_result(
        sparql.query(graph, (ROOT / "queries" / name).read_text(encoding="utf-8")), "json"))
        for name in CONTRACT}
    roles = [{k: v["value"] for k, v in b.items()} for b in rows["roles.rq"]["results"]["bindings"]]
    assert {"person": "王建华", "role": "会长", "org": "浙江省社会工作协会"} in roles
    signed = rows["agreements.rq"]["results"]["bindings"]
    assert {b["signatory"]["value"] for b in signed} == {"浙江省社会工作协会", "江苏省社会工作者协会"}
    assert {b["date"]["value"] for b in signed} == {"2021-06-05"}
    assert all("xml:lang" not in v for b in signed for v in b.values())
    stats = rows["statistics.rq"]["results"]["bindings"]
    assert [(b["region"]["value"], float(b["value"]["value"]), b["qualifier"]["value"])
            for b in stats] == [("浙江省", 3200.0, ">")]


def test_a_parameter_is_bound_not_pasted(graph):
    text = (ROOT / "queries" / "person_posts.rq").read_text(encoding="utf-8")
    rows = list(sparql.query(graph, text, {"name": "王建华"}))
    assert rows and all(str(r.org) == "浙江省社会工作协会" for r in rows)
    assert not list(sparql.query(graph, text, {"name": '王建华" || true || "'}))


def test_unknown_parameter_is_refused(graph):
    text = (ROOT / "queries" / "roles.rq").read_text(encoding="utf-8")
    with pytest.raises(QueryError, match="unknown parameter"):
        sparql.query(graph, text, {"nosuch": "x"})


def test_malformed_query_reports_line_and_column(graph):
    with pytest.raises(QueryError, match=r"bad\.rq: line \d+, column \d+"):
        sparql.query(graph, "SELECT ?x WHERE {\n ?x ?y \n", name="bad.rq")
