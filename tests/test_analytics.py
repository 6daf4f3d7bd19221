"""kg.analytics: the network of organisations read from the graph, its centrality and ranking."""
from __future__ import annotations

import csv
import io
import math

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import FOAF, ORG, RDF, RDFS, XSD

from kg import analytics, export, pipeline
from kg.model import KGO, ORG_CLASS, entity_iri, new_graph

A, B = "云南省社会工作协会", "昆明市民政局"  # an association, a government body
Q, X, P = "曲靖市社会工作协会", "玉溪市社会工作者协会", "普洱市社会工作协会"


# --- graphs by hand, in the vocabulary of kg/model.py -------------------------------------
def add(g: Graph, s, *pairs) -> None:
    for pred, obj in zip(pairs[::2], pairs[1::2]):
        g.add((s, pred, obj))


def org(g: Graph, name: str, kind: str = "association"):
    iri = entity_iri(f"org:{name}")
    add(g, iri, RDF.type, ORG.Organization, RDF.type, ORG_CLASS[kind], RDFS.label, Literal(name, lang="zh"))
    return iri


def sign(g: Graph, title: str, *signatories) -> None:
    agreement, signing = entity_iri(f"agreement:{title}"), entity_iri(f"signing:{title}")
    add(g, agreement, RDF.type, KGO.Agreement, RDFS.label, Literal(title, lang="zh"))
    add(g, signing, RDF.type, KGO.Signing, KGO.agreement, agreement,
        *[x for o in signatories for x in (KGO.signatory, o)])


def post(g: Graph, person: str, role: str, where) -> None:
    who, node = entity_iri(f"person:{person}"), entity_iri(f"post:{person}{role}{where}")
    add(g, who, RDF.type, FOAF.Person, FOAF.name, Literal(person, lang="zh"))
    add(g, node, RDF.type, ORG.Post, ORG.heldBy, who, ORG.postIn, where)


def event(g: Graph, key: str, name: str, organisers=(), participants=()) -> None:
    e = entity_iri(f"event:{key}")
    add(g, e, RDF.type, KGO.Event, RDFS.label, Literal(name, lang="zh"))
    add(g, e, *[x for o in organisers for x in (KGO.organiser, o)],
        *[x for o in participants for x in (KGO.participant, o)])


def ties(net, a, b) -> tuple[dict, int]:
    """The pair's ties as {kind: {labels of what they share}}, and the edge's weight."""
    return {k: set(v.values()) for k, v in net.edges[a, b]["ties"].items()}, net.edges[a, b]["weight"]


def finite(s: analytics.Scores) -> bool:  # eigenvector may be None: no convergence
    return all((m == "eigenvector" and getattr(s, m) is None) or math.isfinite(getattr(s, m))
               for m in analytics.MEASURES)


# --- each kind of tie ---------------------------------------------------------------------
def test_each_kind_of_tie_makes_an_edge_with_its_kind_and_weight():
    g = new_graph()
    a, b, c, d = org(g, A), org(g, B, "government"), org(g, Q), org(g, "滇池学院", "university")
    unit = org(g, "昆明市民政局社会工作处", "government")
    sign(g, "滇中社工人才共育协议", a, b)
    sign(g, "社区服务站共建备忘录", a, b)  # a second agreement between the same two
    post(g, "段丽萍", "会长", a)
    post(g, "段丽萍", "秘书长", a)  # two posts in one organisation tie it to nothing
    post(g, "段丽萍", "名誉会长", c)
    event(g, "e1", "滇中社会工作发展论坛", organisers=[c], participants=[d, b])
    g.add((unit, ORG.subOrganizationOf, b))
    net = analytics.network(g)
    assert ties(net, a, b) == ({"signed": {"滇中社工人才共育协议", "社区服务站共建备忘录"}}, 2)
    assert ties(net, a, c) == ({"person": {"段丽萍"}}, 1)
    for x, y in ((c, d), (c, b), (d, b)):
        assert ties(net, x, y) == ({"event": {"滇中社会工作发展论坛"}}, 1)
    assert ties(net, unit, b) == ({"sub_unit": {B}}, 1)  # named by the parent
    assert net.number_of_edges() == 6 and not net.has_edge(a, a)
    event(g, "e2", "滇东社工年会", organisers=[a], participants=[c])  # kinds add up on one edge
    assert ties(analytics.network(g), a, c) == ({"person": {"段丽萍"}, "event": {"滇东社工年会"}}, 2)


# --- measures and ranking -----------------------------------------------------------------
@pytest.fixture
def star():
    """A signs with Q, X and P; a government body B shares an event with Q."""
    g = new_graph()
    hub, spokes, gov = org(g, A), [org(g, n) for n in (Q, X, P)], org(g, B, "government")
    for i, s in enumerate(spokes):
        sign(g, f"合作协议{i}", hub, s)
    event(g, "e1", "滇南社工沙龙", organisers=[gov], participants=[spokes[0]])
    return g, hub, gov


def test_hub_association_ranks_first_and_government_is_measured_but_not_ranked(star):
    g, hub, gov = star
    scores = analytics.centrality(analytics.network(g))
    ranked = analytics.ranking(scores)
    assert ranked[0].iri == hub and ranked[0].degree == 3 and ranked[0].ties == {"signed": 3}
    assert sorted(s.label for s in ranked[1:]) == sorted((Q, X, P)) and gov not in {s.iri for s in ranked}
    assert scores[gov].kind == "government" and scores[gov].degree == 1 and finite(scores[gov])
    assert gov in {s.iri for s in analytics.ranking(scores, kinds=("association", "government"))}


def test_by_betweenness_sorts_by_that_measure():
    """Government G in a clique with D1..D3, and G—R—E hanging off it. R is the only
    association on shortest paths: {G,D1,D2,D3}×{E}, 4 of C(5,2)=10 pairs; G is on 6."""
    g = new_graph()
    gov = org(g, "昆明市五华区民政局", "government")
    d = [org(g, f"五华区{n}社会工作协会") for n in "甲乙丙"]
    bridge, end = org(g, "滇西社会工作促进会"), org(g, "保山市社会工作协会")
    pairs = [(gov, x) for x in d] + [(d[0], d[1]), (d[0], d[2]), (d[1], d[2]), (gov, bridge), (bridge, end)]
    for i, (x, y) in enumerate(pairs):
        sign(g, f"协议{i}", x, y)
    scores = analytics.centrality(analytics.network(g))
    assert (scores[gov].betweenness, scores[bridge].betweenness) == (pytest.approx(0.6), pytest.approx(0.4))
    by_between = analytics.ranking(scores, by="betweenness")
    assert by_between[0].iri == bridge and by_between == sorted(by_between, key=lambda s: -s.betweenness)
    assert analytics.ranking(scores, by="degree")[0].iri in d  # degree 3 against the bridge's 2


# --- edge cases ---------------------------------------------------------------------------
def person_only() -> Graph:
    g = new_graph()
    post(g, "段丽萍", "会长", entity_iri("org:无类型协会"))  # in something never typed an org
    return g


@pytest.mark.parametrize("make", [new_graph, person_only, Graph], ids=["empty", "person", "plain"])
def test_no_organisations_gives_no_rows(make):
    scores = analytics.centrality(analytics.network(make()))
    assert scores == {} and analytics.rows(analytics.ranking(scores)) == []
    assert analytics.to_csv([]) == ",".join(analytics.COLUMNS) + "\n"


def test_a_single_organisation_and_a_disconnected_network_give_finite_measures():
    org(g := new_graph(), A)
    [s] = analytics.rank_graph(g)
    assert s.label == A and s.degree == s.weighted_degree == s.betweenness == 0 and finite(s)
    assert s.pagerank == pytest.approx(1.0)
    g = new_graph()
    q, x, p, a = (org(g, n) for n in (Q, X, P, A))
    sign(g, "曲玉协议", q, x)
    sign(g, "普滇协议", p, a)
    scores = analytics.centrality(analytics.network(g))
    assert len(analytics.ranking(scores)) == 4
    for s in scores.values():  # two pairs: all alike, each reaching 1 of 3 others at distance 1
        assert finite(s) and s.degree == 1 and s.betweenness == 0
        assert (s.pagerank, s.closeness) == (pytest.approx(0.25, abs=1e-6), pytest.approx(1 / 3, abs=1e-6))


# --- outputs ------------------------------------------------------------------------------
def test_csv_has_the_columns_and_one_row_per_association_best_first(star):
    g, hub, _ = star
    text = analytics.to_csv(analytics.rank_graph(g))
    assert text.splitlines()[0] == ",".join(analytics.COLUMNS)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["rank"] for r in rows] == ["1", "2", "3", "4"]
    assert (rows[0]["organisation"], rows[0]["iri"]) == (A, str(hub))
    assert (rows[0]["degree"], rows[0]["signed"], rows[0]["person"]) == ("3", "3", "0")
    assert {r["organisation"] for r in rows[1:]} == {Q, X, P}


def test_rdf_carries_the_measures_and_sparql_orders_by_rank():
    g = new_graph()
    hub, gov = org(g, A), org(g, B, "government")
    for i in range(10):  # 11 associations: rank 10 must sort after rank 2
        sign(g, f"结对协议{i}", hub, org(g, f"第{i:02d}社区社会工作协会"))
    sign(g, "政社协议", hub, gov)
    scores = analytics.centrality(analytics.network(g))
    rdf = analytics.to_rdf(scores, ranked := analytics.ranking(scores))
    assert rdf.value(hub, KGO.associationRank) == Literal(1) and rdf.value(gov, KGO.associationRank) is None
    assert rdf.value(hub, KGO.degree) == Literal(11) and rdf.value(gov, KGO.degree) == Literal(1)
    assert rdf.value(hub, KGO.betweenness).datatype == XSD.decimal and all(rdf.value(hub, p) is not None
               for p in (KGO.weightedDegree, KGO.pageRank, KGO.closeness, KGO.eigenvector))
    rows = [(str(r.label), int(r.rank)) for r in (g + rdf).query(
        "SELECT ?label ?rank WHERE { ?o kgo:associationRank ?rank ; rdfs:label ?label } ORDER BY ?rank",
        initNs={"kgo": KGO._NS, "rdfs": RDFS})]
    assert rows == [(s.label, i) for i, s in enumerate(ranked, 1)] and len(rows) == 11 and rows[0][0] == A


# --- end to end from an invented article --------------------------------------------------
ARTICLE = f"""滇中社会工作协同发展推进会召开
2021-04-10 来源：滇中社工网
4月10日，{A}与{B}签署了《社会工作人才培养合作协议》。
{A}与{Q}签署了《社会工作督导互助协议》。
{A}和{X}签署了《社工机构孵化合作协议》。
{Q}会长、{X}名誉会长杨春林出席。
4月12日，由{P}主办，{B}承办的“滇中社会工作发展论坛”顺利举办。
"""


@pytest.fixture
def built(tmp_path):
    (tmp_path / "yn.txt").write_text(ARTICLE, encoding="utf-8")
    return pipeline.build([tmp_path]).graph


def edges(net) -> dict:
    return {frozenset((net.nodes[a]["label"], net.nodes[b]["label"])):
            {k: set(v.values()) for k, v in d["ties"].items()}
            for a, b, d in net.edges(data=True)}


def test_network_from_an_article(built):
    assert edges(analytics.network(built)) == {
        frozenset((A, B)): {"signed": {"社会工作人才培养合作协议"}},
        frozenset((A, Q)): {"signed": {"社会工作督导互助协议"}},
        frozenset((A, X)): {"signed": {"社工机构孵化合作协议"}},
        frozenset((Q, X)): {"person": {"杨春林"}},
        frozenset((P, B)): {"event": {"滇中社会工作发展论坛"}}}
    scores = {s.label: s for s in analytics.centrality(analytics.network(built)).values()}
    # of C(4,2)=6 pairs of the other four, A is on B–Q, B–X, P–Q, P–X; B on P–A, P–Q, P–X
    assert scores[A].betweenness == pytest.approx(4 / 6, abs=1e-6)
    assert scores[B].betweenness == pytest.approx(3 / 6, abs=1e-6) and scores[B].kind == "government"
    assert scores[A].closeness == pytest.approx(4 / 5, abs=1e-6)  # B, Q, X at 1 and P at 2
    ranked = [s.label for s in analytics.rank_graph(built)]
    assert ranked[0] == A and ranked[-1] == P and set(ranked[1:3]) == {Q, X} and B not in ranked


@pytest.mark.parametrize("fmt, parser", [
    ("ttl", "turtle"), ("jsonld", "json-ld"), ("nt", "nt")])
def test_network_is_the_same_from_a_graph_loaded_back(built, fmt, parser):
    loaded = Graph().parse(data=export.serialize(built, fmt).decode("utf-8"), format=parser)
    a, b = analytics.network(built), analytics.network(loaded)
    assert edges(a) == edges(b) and dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert analytics.to_csv(analytics.rank_graph(built)) == analytics.to_csv(analytics.rank_graph(loaded))


def test_two_separate_events_with_the_same_name_count_twice(tmp_path):
    for name, date in (("a", "3月2日"), ("b", "9月15日")):
        (tmp_path / f"{name}.txt").write_text(
            f"滇中社会组织工作交流{name}\n2021-03-02 来源：滇中社工网\n"
            f"{date}，由{A}主办，{B}承办的座谈会在昆明召开。\n", encoding="utf-8")
    g = pipeline.build([tmp_path]).graph
    assert len(set(g.subjects(RDF.type, KGO.Event))) == 2  # the pipeline keeps them apart
    assert ties(analytics.network(g), entity_iri(f"org:{A}"), entity_iri(f"org:{B}"))[1] == 2
