"""kg.validate and `kg validate`: the graph's SHACL shapes catch a broken graph."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import BNode, Graph, Literal
from rdflib.collection import Collection
from rdflib.namespace import FOAF, ORG, QB, RDF, SH, XSD

from conftest import plain
from kg import export, model, pipeline, validate
from kg.cli import main
from kg.model import KGO, NIF, OA, SDMX_MEASURE

ARTICLE = """宁夏两地社会工作协会签约
2021-04-02 来源：宁夏日报
4月1日，宁夏回族自治区社会工作协会与银川市社会工作协会签署了《宁夏社工人才共育协议》。
宁夏回族自治区社会工作协会会长马晓东出席。
截至2020年底，银川市持证社会工作者超过3200人。
"""


@pytest.fixture
def graph(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return pipeline.build([tmp_path / "a.txt"]).graph


def first(g, cls):
    return next(g.subjects(RDF.type, cls))


def test_a_built_graph_conforms(graph):
    report = validate.validate(graph)
    assert report.conforms and report.violations == 0


BREAKAGES = [
    (lambda g: g.remove((first(g, ORG.Post), ORG.heldBy, None)), "held by exactly one person"),
    (lambda g: g.remove((first(g, ORG.Post), ORG.role, None)), "exactly one role"),
    (lambda g: g.remove((first(g, KGO.Signing), KGO.signatory, None)), "signatory"),
    (lambda g: g.set((next(g.subjects(SDMX_MEASURE.obsValue, None)), SDMX_MEASURE.obsValue,
                      Literal("很多"))), "IC-14"),
    (lambda g: g.remove((first(g, ORG.Post), KGO.quote, None)), "quote"),
    (lambda g: [g.remove((s, OA.exact, None)) for s in list(g.subjects(OA.exact, None))], "exact"),
    (lambda g: g.remove((first(g, KGO.Sentence), NIF.isString, None)), "isString"),
]


@pytest.mark.parametrize("breakage, message", BREAKAGES)
def test_a_broken_graph_does_not_conform(graph, breakage, message):
    breakage(graph)
    report = validate.validate(graph)
    assert not report.conforms and report.violations >= 1
    assert message in report.text


def results(report: Graph) -> set[tuple]:
    """What a SHACL report says, engine-neutral: focus node, constraint component, path
    (a sequence path as its list of IRIs) and value, one tuple per result."""
    out = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(r, SH.resultPath)
        if isinstance(path, BNode):
            path = tuple(Collection(report, path))
        value = report.value(r, SH.value)
        if isinstance(value, Literal) and value.datatype == XSD.string:  # the same term in RDF 1.1
            value = Literal(str(value))
        out.add((report.value(r, SH.focusNode), report.value(r, SH.sourceConstraintComponent),
                 path, value))
    return out


@pytest.mark.parametrize("store", model.WORKING_STORES)
@pytest.mark.parametrize("breakage", [b for b, _ in BREAKAGES] + [
    lambda g: [g.remove((s, RDF.type, None)) for s in list(g.subjects(RDF.type, FOAF.Person))],
    lambda g: g.add((first(g, ORG.Post), KGO.former, Literal("是"))),
    lambda g: g.add((first(g, QB.Observation), KGO.qualifier, Literal("≈"))),
    lambda g: g.set((first(g, QB.Observation), KGO.kind, KGO.Signing)),
    lambda g: [g.remove((s, OA.start, None)) for s in list(g.subjects(OA.start, None))],
    lambda g: None,
])
def test_the_engine_reports_what_pyshacl_reports(tmp_path, store, breakage):
    """pySHACL is the reference: on a graph broken each way, the compiled engine kg uses
    finds the same violations (same focus node, constraint, path and value), in both stores."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    g = pipeline.build([tmp_path / "a.txt"], store=store).graph
    breakage(g)
    fast = validate.validate(g)
    conforms, report, _ = validate.reference(plain(g))
    assert fast.conforms == conforms
    assert results(fast.report) == results(report)
    assert fast.violations == len(results(report))


def test_kg_validate_says_so_and_exits_1_on_a_broken_graph(graph, tmp_path):
    good = tmp_path / "good.ttl"
    good.write_bytes(export.serialize(graph, "ttl"))
    assert CliRunner().invoke(main, ["validate", "--graph", str(good)]).exit_code == 0
    graph.remove((first(graph, ORG.Post), ORG.heldBy, None))
    bad = tmp_path / "bad.ttl"
    bad.write_bytes(export.serialize(graph, "ttl"))
    result = CliRunner().invoke(main, ["validate", "--graph", str(bad)])
    assert result.exit_code == 1 and "violation" in result.output


def test_build_refuses_to_write_a_graph_that_breaks_the_shapes(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real = pipeline.assemble

    def broken(*args, **kwargs):  # as if the model forgot a post's person
        result = real(*args, **kwargs)
        result.graph.remove((first(result.graph, ORG.Post), ORG.heldBy, None))
        return result

    monkeypatch.setattr(pipeline, "assemble", broken)
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0 and "breaks kg/shapes.ttl" in result.output
    assert not (tmp_path / "o").exists()  # nothing written


def test_every_quote_occurs_verbatim_in_its_document(tmp_path):
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    result = pipeline.build([seeds])
    texts = {d.id: d.text for d in result.documents}
    q = """SELECT ?doc ?exact ?start ?end WHERE {
      ?fact kgo:quote ?quote . ?quote oa:hasSource/dcterms:identifier ?doc ;
        oa:hasSelector [ oa:exact ?exact ] ; oa:hasSelector [ oa:start ?start ; oa:end ?end ] }"""
    from kg.model import QUERY_PREFIXES
    rows = list(result.graph.query(q, initNs=QUERY_PREFIXES))
    facts = {s for s in result.graph.subjects(KGO.quote, None)}
    assert len(facts) == len(result.resolution.posts) + len(result.resolution.signings) + \
        len(result.resolution.observations) + len(result.resolution.events)
    for doc, exact, start, end in rows:
        assert texts[str(doc)][int(start):int(end)] == str(exact) != ""
