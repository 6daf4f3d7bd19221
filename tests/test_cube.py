"""Figures as a Data Cube: measures that line up wordings, one observation per figure,
conflicts, the W3C integrity constraints, compare_regions.rq and `kg entities --suspects`.

The articles are written for these tests; the places are real, the figures invented.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import QB, RDF

from kg import cube, export, measures, pipeline, review, sparql
from kg.cli import main
from kg.errors import LexiconError
from kg.facts import Evidence, Observation, PlaceRef
from kg.model import DATASET, KG, KGO, READINGS, SDMX_DIM, SDMX_MEASURE, UNDATED, measure_iri
from kg.resolve import resolve

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = {
    # one figure in two articles, worded differently (持证社工 / 持证社会工作者, 超过 / 达)
    "zj_a.txt": "浙江社工队伍再壮大\n2022-03-01 来源：示例日报\n截至2021年底，浙江省持证社工超过12500人。\n",
    "zj_b.txt": "浙江省召开社会工作推进会\n2022-05-10 来源：示例晚报\n2021年，浙江省持证社会工作者达12500人。\n",
    # the same area, measure, year and kind with another value: a conflict
    "zj_c.txt": "浙江社工数据发布\n2022-06-01 来源：示例周刊\n2021年，浙江省持证社会工作者达13000人。\n",
    # another region; an organisation count whose phrase holds 持证社工 (not people); a target
    "js.txt": "江苏社工\n2022-06-01 来源：示例周刊\n2021年，江苏省取得社会工作者职业水平证书的有9800人，"
              "江苏省持证社工机构有40家。\n2020年，江苏省有社会工作服务站1200个，到2025年，"
              "江苏省社会工作服务站将达到1500个。\n",
    # a wording no measure names, in two articles
    "ah_a.txt": "安徽社区\n2022-06-01 来源：示例周刊\n安徽省社区睦邻点有300个，社区睦邻点服务居民超过2万人次。\n",
    "ah_b.txt": "合肥社区\n2022-07-01 来源：示例周刊\n合肥市社区睦邻点有120个。\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return pipeline.build([folder])


@pytest.fixture(scope="module")
def graph(built):
    return built.graph


@pytest.fixture(scope="module")
def seed_graph():
    return pipeline.build([ROOT / "seeds"]).graph


# --- the scheme of measures ----------------------------------------------------------------

def test_the_scheme_loads_and_every_measure_has_a_known_unit_kind():
    scheme = measures.scheme()
    assert len(scheme) >= 20
    assert {"certified", "talent", "agencies", "stations", "funding", "volunteers"} <= set(scheme)
    assert scheme["certified"].broader == "talent"
    assert "assistant-social-worker" in measures.narrower("certified")


@pytest.mark.parametrize("phrase, unit, measure", [
    ("持证社工", "人", "certified"),
    ("持证社会工作者", "名", "certified"),
    ("全省持证专业社会工作者", "人", "certified"),
    ("取得社会工作者职业水平证书", "人", "certified"),
    ("取得中级社会工作师资格", "人", "social-worker"),
    ("助理社会工作师登记证书", "人", "assistant-social-worker"),  # the longer wording wins
    ("持证社工机构", "家", "agencies"),  # 持证社工 counts people, so the agency wording decides
    ("乡镇社工站", "个", "stations"),
    ("“社会工作服务站”", "个", "stations"),  # quotes and width do not matter
    ("全市社会工作专业人才总量", "人", "talent"),
    ("福彩公益金", "元", "lottery-funding"),
    ("社工考试的通过率", "%", "exam-pass-rate"),
])
def test_a_phrase_names_the_measure_its_wording_and_unit_fit(phrase, unit, measure):
    assert measures.match(phrase, unit).measure.id == measure


@pytest.mark.parametrize("phrase, unit", [
    ("持证社工", "家"),  # the wording fits, the unit does not
    ("社会工作服务机构", "人"),
    ("社区睦邻点", "个"),  # no wording at all
    ("乡镇", "个"),
])
def test_no_measure_when_no_wording_fits_or_the_unit_is_of_another_kind(phrase, unit):
    assert measures.match(phrase, unit) is None


def test_a_scheme_with_an_unknown_broader_measure_is_refused(monkeypatch):
    rows = (("a", "甲", "people", "nowhere", "甲"),)
    monkeypatch.setattr(measures.lexicon, "rows", lambda name, n: rows if name == "measures.txt"
                        else (("people", "人"),))
    measures.scheme.cache_clear()
    measures.unit_kinds.cache_clear()
    try:
        with pytest.raises(LexiconError, match="nowhere"):
            measures.scheme()
    finally:
        monkeypatch.undo()
        measures.scheme.cache_clear()
        measures.unit_kinds.cache_clear()


# --- one observation per figure, readings and conflicts (resolve) -----------------------------

def ev(doc: str) -> Evidence:
    return Evidence(doc, 0, 0, 10, 0, 5, "statistics.test")


def obs(indicator: str, value: float, doc: str, year: int | None = 2021, unit: str = "人",
        qualifier: str = "=", kind: str = "actual", code: str = "330000") -> Observation:
    return Observation(PlaceRef(code, "浙江省"), indicator, value, unit, qualifier, year, kind, ev(doc))


def test_one_figure_in_two_wordings_is_one_observation_with_both_sources():
    (r,) = resolve([obs("持证社工", 12500, "a", qualifier=">"), obs("持证社会工作者", 12500, "b")]).observations
    assert r.measure == "certified"
    assert r.phrases == ("持证社工", "持证社会工作者")
    assert [e.doc_id for e in r.evidence] == ["a", "b"]
    assert r.obs.qualifier == ">"  # on a tie the hedge an article gave is kept
    assert r.reading is None and not r.several


def test_units_of_one_kind_are_one_figure_and_the_commoner_unit_is_kept():
    (r,) = resolve([obs("持证社工", 500, "a", unit="名"), obs("持证社工", 500, "b"),
                    obs("持证社会工作者", 500, "c")]).observations
    assert r.obs.unit == "人" and len(r.evidence) == 3


@pytest.mark.parametrize("other", [
    obs("持证社工", 12500, "b", year=2020),
    obs("持证社工", 12500, "b", kind="target"),
    obs("持证社工", 12500, "b", code="320000"),
    obs("社会工作专业人才", 12500, "b"),  # a broader measure is another measure
    obs("持证社工", 12500, "b", unit="家"),  # not people: the phrase is its own measure
])
def test_figures_differing_in_a_dimension_stay_apart(other):
    res = resolve([obs("持证社会工作者", 12500, "a"), other])
    assert len(res.observations) == 2
    assert all(r.reading is None for r in res.observations)


def test_two_values_for_one_key_are_two_readings_in_the_readings_set():
    res = resolve([obs("持证社会工作者", 13000, "c"), obs("持证社工", 12500, "a")])
    assert [(r.obs.value, r.reading, r.several) for r in res.observations] == [(12500, 1, True), (13000, 2, True)]


def test_an_undated_figure_is_a_reading_never_several():
    res = resolve([obs("持证社工", 100, "a", year=None), obs("持证社工", 200, "b", year=None)])
    assert [(r.reading, r.several) for r in res.observations] == [(1, False), (2, False)]


# --- the graph ------------------------------------------------------------------------------

def rows(g, name: str, **params) -> list[dict]:
    text = (ROOT / "queries" / name).read_text(encoding="utf-8")
    return [{k: (str(v) if v is not None else None) for k, v in r.asdict().items()}
            for r in sparql.query(g, text, params, name=name)]


def test_articles_of_one_figure_give_one_observation_in_the_graph(built, graph):
    zj = [r for r in built.resolution.observations if r.obs.region.code == "330000" and r.obs.value == 12500]
    assert len(zj) == 1 and len(zj[0].evidence) == 2
    node = next(s for s, v in graph.subject_objects(SDMX_MEASURE.obsValue) if float(v) == 12500)
    assert set(graph.objects(node, KGO.measure)) == {measure_iri("certified")}
    assert len(set(graph.objects(node, KGO.indicator))) == 2  # each wording its own concept
    assert (node, QB.dataSet, READINGS) in graph  # 13000 is stated for the same key


def test_each_wording_matches_its_measure_exactly_or_more_narrowly(graph):
    from rdflib.namespace import SKOS
    exact = {str(graph.value(s, SKOS.prefLabel)) for s in graph.subjects(SKOS.exactMatch, measure_iri("certified"))}
    broad = {str(graph.value(s, SKOS.prefLabel)) for s in graph.subjects(SKOS.broadMatch, measure_iri("certified"))}
    assert {"持证社工", "持证社会工作者"} <= exact
    assert "取得社会工作者职业水平证书" in broad


def test_a_conflict_names_both_values_and_both_articles(graph):
    found = cube.conflicts(graph)
    assert len(found) == 2  # 13000 (zj_c) against 12500, stated by zj_a and zj_b
    assert {(float(c.first[0]), float(c.second[0])) for c in found} == {(12500, 13000)}
    assert {c.first[2] for c in found} == {"zj_a.txt", "zj_b.txt"}
    assert {c.second[2] for c in found} == {"zj_c.txt"}
    assert "浙江省" in str(found[0]) and "持证社会工作者" in str(found[0])


def test_conflicts_rq_is_the_query_kg_validate_runs(graph):
    text = (ROOT / "queries" / "conflicts.rq").read_text(encoding="utf-8")
    body = "\n".join(ln for ln in text.splitlines() if not ln.startswith("#"))
    assert body.strip() == cube.CONFLICTS.strip()
    assert len(rows(graph, "conflicts.rq")) == 2


def test_kg_validate_warns_of_the_conflict_and_still_passes(graph, tmp_path):
    path = tmp_path / "g.ttl"
    path.write_bytes(export.serialize(graph, "ttl"))
    result = CliRunner().invoke(main, ["validate", "--graph", str(path)])
    assert result.exit_code == 0, result.output
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("warning:")]
    assert len(warnings) == 2
    assert all("12500" in w and "13000" in w and "zj_c.txt" in w for w in warnings)
    assert {"zj_a.txt" in w for w in warnings} == {True, False}
    assert "IC-12" in result.stdout and "hold" in result.stdout


def test_compare_regions_by_label_or_wording(graph):
    by_label = rows(graph, "compare_regions.rq", indicator="持证社会工作者")
    by_wording = rows(graph, "compare_regions.rq", indicator="持证社工")
    assert by_label == by_wording
    got = {(r["region"], r["year"], float(r["value"]), r["unit"], r["kind"]) for r in by_label}
    assert got == {("浙江省", "2021", 12500.0, "人", "actual"), ("浙江省", "2021", 13000.0, "人", "actual"),
                   ("江苏省", "2021", 9800.0, "人", "actual")}  # never the 40 家 of 持证社工机构
    (both,) = [r for r in by_label if float(r["value"]) == 12500]
    assert sorted(both["source"].split()) == ["zj_a.txt", "zj_b.txt"]


def test_compare_regions_tells_actual_from_target(graph):
    got = {(r["year"], float(r["value"]), r["kind"]) for r in rows(graph, "compare_regions.rq", indicator="社会工作服务站")}
    assert got == {("2020", 1200.0, "actual"), ("2025", 1500.0, "target")}


def test_a_wording_no_measure_names_is_its_own_measure_and_a_suspect(graph):
    assert {r["region"] for r in rows(graph, "compare_regions.rq", indicator="社区睦邻点")} == {"安徽省", "合肥市"}
    found = [s for s in review.suspects(graph) if s.kind == "indicator"]
    assert [(s.a, s.b) for s in found] == [("社区睦邻点", "个")]
    assert "2 figures in 2 article(s)" in found[0].reason


def test_suspects_say_when_the_unit_kept_a_wording_from_its_measure(graph):
    found = review.unmatched(graph, at_least=1)
    (mismatch,) = [s for s in found if s.a == "社区睦邻点服务居民"]
    assert mismatch.b == "人次"
    assert "服务居民 is 服务对象人数, counted in people, not 人次" in mismatch.reason


# --- the W3C integrity constraints --------------------------------------------------------------

def test_the_constraints_hold_on_the_seed_graph_and_on_the_test_articles(seed_graph, graph):
    assert cube.broken(seed_graph) == []
    assert cube.broken(graph) == []
    datasets = set(graph.subjects(RDF.type, QB.DataSet))
    assert datasets == {DATASET, READINGS}  # no undated figure in these articles


def _first_obs(g, dataset=DATASET):
    return sorted(g.subjects(QB.dataSet, dataset))[0]


def _copy_dimensions(g):
    """A second observation with every dimension value of the first: a duplicate."""
    obs, twin = _first_obs(g), URIRef(str(KG) + "obs/twin")
    for p, o in list(g.predicate_objects(obs)):
        if p in (RDF.type, QB.dataSet, SDMX_DIM.refArea, SDMX_DIM.refPeriod, KGO.measure, KGO.kind,
                 SDMX_MEASURE.obsValue):
            g.add((twin, p, o))


def _drop_measure_component(g):
    dsd = g.value(DATASET, QB.structure)
    for spec in list(g.objects(dsd, QB.component)):
        if (spec, QB.componentProperty, SDMX_MEASURE.obsValue) in g:
            g.remove((dsd, QB.component, spec))


BREAKAGES = {
    "IC-1": [lambda g: g.remove((_first_obs(g), QB.dataSet, None)),
             lambda g: g.add((_first_obs(g), QB.dataSet, UNDATED))],
    "IC-2": [lambda g: g.remove((DATASET, QB.structure, None)),
             lambda g: g.add((DATASET, QB.structure, BNode())),  # not a structure definition
             lambda g: g.add((DATASET, QB.structure, g.value(READINGS, QB.structure)))],
    "IC-3": [_drop_measure_component],
    "IC-11": [lambda g: g.remove((_first_obs(g), SDMX_DIM.refPeriod, None)),
              lambda g: g.remove((_first_obs(g, READINGS), KGO.reading, None))],
    "IC-12": [_copy_dimensions,
              lambda g: g.set((_first_obs(g, READINGS), KGO.reading,
                               g.value(sorted(g.subjects(QB.dataSet, READINGS))[1], KGO.reading)))],
    "IC-14": [lambda g: g.remove((_first_obs(g), SDMX_MEASURE.obsValue, None))],
}


@pytest.mark.parametrize("ic, breakage", [(ic, b) for ic, bs in BREAKAGES.items() for b in bs],
                         ids=lambda x: x if isinstance(x, str) else "")
def test_each_constraint_fails_on_a_graph_made_to_break_it(graph, ic, breakage):
    broken = Graph()
    for t in graph:
        broken.add(t)
    breakage(broken)
    assert ic in cube.broken(broken)


def test_every_observation_has_a_value_for_each_dimension_of_its_structure(seed_graph):
    """IC-11 spelled out in Python over the seed graph, beside the ASK query."""
    for ds in seed_graph.subjects(RDF.type, QB.DataSet):
        dims = [seed_graph.value(c, QB.dimension) for c in seed_graph.objects(seed_graph.value(ds, QB.structure), QB.component)
                if seed_graph.value(c, QB.dimension) is not None]
        assert SDMX_DIM.refArea in dims and KGO.measure in dims
        for o in seed_graph.subjects(QB.dataSet, ds):
            assert all(seed_graph.value(o, d) is not None for d in dims)


DEV = ROOT.parent / "shared" / "eval" / "dev" / "docs"


@pytest.mark.skipif(not DEV.is_dir(), reason="shared/eval/dev is not beside the repo")
def test_seeds_and_dev_articles_compare_certified_social_workers_across_regions():
    """The issue's check: seeds + the customer's dev articles, compare_regions for
    持证社会工作者 gives six regions or more, every unit one of people; the cube holds."""
    g = pipeline.build([ROOT / "seeds", DEV]).graph
    found = rows(g, "compare_regions.rq", indicator="持证社会工作者")
    assert len({r["region"] for r in found}) >= 6
    assert {r["unit"] for r in found} <= set(measures.unit_kinds()["people"])
    assert cube.broken(g) == []
