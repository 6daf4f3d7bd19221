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

# --- graphs by hand, in the vocabulary of kg/model.py -------------------------------------


def org(g: Graph, name: str, kind: str = "association"):
    iri = entity_iri(f"org:{name}")
    g.add((iri, RDF.type, ORG.Organization))
    g.add((iri, RDF.type, ORG_CLASS[kind]))
    g.add((iri, RDFS.label, Literal(name, lang="zh")))
    return iri


def sign(g: Graph, title: str, *signatories) -> None:
    agreement, signing = entity_iri(f"agreement:{title}"), entity_iri(f"signing:{title}")
    g.add((agreement, RDF.type, KGO.Agreement))
    g.add((agreement, RDFS.label, Literal(title, lang="zh")))
    g.add((signing, RDF.type, KGO.Signing))
    g.add((signing, KGO.agreement, agreement))
    for s in signatories:
        g.add((signing, KGO.signatory, s))


def post(g: Graph, person: str, role: str, where) -> None:
    who, node = entity_iri(f"person:{person}"), entity_iri(f"post:{person}{role}{where}")
    g.add((who, RDF.type, FOAF.Person))
    g.add((who, FOAF.name, Literal(person, lang="zh")))
    g.add((node, RDF.type, ORG.Post))
    g.add((node, ORG.heldBy, who))
    g.add((node, ORG.postIn, where))


def event(g: Graph, key: str, name: str, organisers=(), participants=()) -> None:
    e = entity_iri(f"event:{key}")
    g.add((e, RDF.type, KGO.Event))
    g.add((e, RDFS.label, Literal(name, lang="zh")))
    for o in organisers:
        g.add((e, KGO.organiser, o))
    for p in participants:
        g.add((e, KGO.participant, p))


def ties(net, a, b) -> tuple[dict, int]:
    data = net.edges[a, b]
    return data["ties"], data["weight"]


# --- each kind of tie ---------------------------------------------------------------------

A, B = "云南省社会工作协会", "昆明市民政局"


def test_two_shared_agreements_make_one_signed_tie_of_weight_2():
    g = new_graph()
    a, b = org(g, A), org(g, B, "government")
    sign(g, "滇中社工人才共育协议", a, b)
    sign(g, "社区服务站共建备忘录", a, b)
    assert ties(analytics.network(g), a, b) == ({"signed": {"滇中社工人才共育协议", "社区服务站共建备忘录"}}, 2)


def test_a_person_with_posts_in_two_organisations_ties_them():
    g = new_graph()
    a, b, c = org(g, A), org(g, "曲靖市社会工作协会"), org(g, "玉溪市义工联合会")
    post(g, "段丽萍", "会长", a)
    post(g, "段丽萍", "秘书长", a)  # two posts in one organisation tie it to nothing
    post(g, "段丽萍", "名誉会长", b)
    net = analytics.network(g)
    assert ties(net, a, b) == ({"person": {"段丽萍"}}, 1)
    assert net.number_of_edges() == 1 and net.degree(c) == 0


def test_organisers_and_participants_of_an_event_are_tied_pairwise():
    g = new_graph()
    a, b, c = org(g, A), org(g, B, "government"), org(g, "滇池学院", "university")
    event(g, "e1", "滇中社会工作发展论坛", organisers=[a], participants=[b, c])
    net = analytics.network(g)
    for x, y in ((a, b), (a, c), (b, c)):
        assert ties(net, x, y) == ({"event": {"滇中社会工作发展论坛"}}, 1)


def test_a_sub_unit_is_tied_to_its_parent():
    g = new_graph()
    parent, child = org(g, B, "government"), org(g, "昆明市民政局社会工作处", "government")
    g.add((child, ORG.subOrganizationOf, parent))
    assert ties(analytics.network(g), child, parent) == ({"sub_unit": {""}}, 1)


def test_ties_of_different_kinds_add_up_on_one_edge():
    g = new_graph()
    a, b = org(g, A), org(g, "曲靖市社会工作协会")
    sign(g, "滇东社工督导互助协议", a, b)
    post(g, "段丽萍", "会长", a)
    post(g, "段丽萍", "顾问", b)
    event(g, "e1", "滇东社工年会", organisers=[a], participants=[b])
    kinds, weight = ties(analytics.network(g), a, b)
    assert set(kinds) == {"signed", "person", "event"} and weight == 3


# --- measures and ranking -----------------------------------------------------------------

HUB, SPOKES = "云南省社会工作协会", ["曲靖市社会工作协会", "玉溪市社会工作者协会", "普洱市志愿服务联合会"]


@pytest.fixture
def star():
    """HUB signs with three associations; a government body shares an event with one spoke."""
    g = new_graph()
    hub, spokes = org(g, HUB), [org(g, n) for n in SPOKES]
    gov = org(g, B, "government")
    for i, s in enumerate(spokes):
        sign(g, f"合作协议{i}", hub, s)
    event(g, "e1", "滇南社工沙龙", organisers=[gov], participants=[spokes[0]])
    return g, hub, gov


def test_hub_association_ranks_first_and_government_is_measured_but_not_ranked(star):
    g, hub, gov = star
    scores = analytics.centrality(analytics.network(g))
    ranked = analytics.ranking(scores)
    assert ranked[0].iri == hub and ranked[0].degree == 3 and ranked[0].ties == {"signed": 3}
    assert sorted(s.label for s in ranked[1:]) == sorted(SPOKES)
    assert gov not in {s.iri for s in ranked}
    assert scores[gov].kind == "government" and scores[gov].degree == 1
    assert gov in {s.iri for s in analytics.ranking(scores, kinds=("association", "government"))}


def test_by_betweenness_sorts_by_that_measure():
    """A government clique G,D1,D2,D3; G—B—E hangs off it. B is the only association that
    bridges anything: pairs {G,D1,D2,D3}×{E} pass through it, 4 of C(5,2)=10; G has 6."""
    g = new_graph()
    gov = org(g, "昆明市五华区民政局", "government")
    d = [org(g, f"五华区{n}社会工作协会") for n in "甲乙丙"]
    bridge, end = org(g, "滇西社会工作促进会"), org(g, "保山市社会工作协会")
    pairs = [(gov, x) for x in d] + [(d[0], d[1]), (d[0], d[2]), (d[1], d[2]),
                                      (gov, bridge), (bridge, end)]
    for i, (x, y) in enumerate(pairs):
        sign(g, f"协议{i}", x, y)
    scores = analytics.centrality(analytics.network(g))
    assert scores[gov].betweenness == pytest.approx(0.6)
    assert scores[bridge].betweenness == pytest.approx(0.4)
    by_between = analytics.ranking(scores, by="betweenness")
    assert by_between[0].iri == bridge
    assert [s.betweenness for s in by_between] == sorted((s.betweenness for s in by_between), reverse=True)
    assert analytics.ranking(scores, by="degree")[0].iri in d  # degree 3 against the bridge's 2


# --- edge cases ---------------------------------------------------------------------------


def finite(s: analytics.Scores) -> bool:
    """Every measure a finite number; eigenvector may be None (no convergence)."""
    return all((m == "eigenvector" and getattr(s, m) is None) or math.isfinite(getattr(s, m))
               for m in analytics.MEASURES)


def test_no_organisations_gives_no_rows():
    g = new_graph()
    post(g, "段丽萍", "会长", entity_iri("org:无标签协会"))  # a post in an organisation never typed
    for graph in (Graph(), g):
        scores = analytics.centrality(analytics.network(graph))
        assert scores == {} and analytics.ranking(scores) == [] and analytics.rows([]) == []
    assert analytics.to_csv([]) == ",".join(analytics.COLUMNS) + "\n"


def test_a_single_organisation_is_measured():
    g = new_graph()
    a = org(g, A)
    [s] = analytics.ranking(analytics.centrality(analytics.network(g)))
    assert s.iri == a and s.degree == 0 and s.weighted_degree == 0 and finite(s)
    assert s.betweenness == 0 and s.pagerank == pytest.approx(1.0)


def test_a_disconnected_network_gives_finite_measures():
    g = new_graph()
    names = ["曲靖市社会工作协会", "玉溪市社会工作者协会", "普洱市社会工作协会", "保山市社会工作协会"]
    a, b, c, d = (org(g, n) for n in names)
    sign(g, "曲玉协议", a, b)
    sign(g, "普保协议", c, d)
    scores = analytics.centrality(analytics.network(g))
    assert len(analytics.ranking(scores)) == 4
    for s in scores.values():
        assert finite(s) and s.degree == 1 and s.betweenness == 0
        assert s.pagerank == pytest.approx(0.25, abs=1e-6)
        assert s.closeness == pytest.approx(1 / 3, abs=1e-6)  # 1 of 3 others, at distance 1


# --- outputs ------------------------------------------------------------------------------


def test_csv_has_the_columns_and_one_row_per_association_best_first(star):
    g, hub, _ = star
    text = analytics.to_csv(analytics.rank_graph(g))
    assert text.splitlines()[0] == ",".join(analytics.COLUMNS)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["rank"] for r in rows] == ["1", "2", "3", "4"]
    assert rows[0]["organisation"] == HUB and rows[0]["iri"] == str(hub)
    assert (rows[0]["degree"], rows[0]["signed"], rows[0]["person"]) == ("3", "3", "0")
    assert {r["organisation"] for r in rows[1:]} == set(SPOKES)


def test_rdf_carries_the_measures_and_sparql_orders_by_rank():
    g = new_graph()
    hub = org(g, HUB)
    gov = org(g, B, "government")
    spokes = [org(g, f"第{i:02d}社区社会工作协会") for i in range(10)]  # ranks 1..11: 10 after 2
    for i, s in enumerate(spokes):
        sign(g, f"结对协议{i}", hub, s)
    sign(g, "政社协议", hub, gov)
    scores = analytics.centrality(analytics.network(g))
    ranked = analytics.ranking(scores)
    rdf = analytics.to_rdf(scores, ranked)
    assert rdf.value(hub, KGO.associationRank) == Literal(1)
    assert rdf.value(hub, KGO.degree) == Literal(11) and rdf.value(gov, KGO.degree) == Literal(1)
    assert rdf.value(gov, KGO.associationRank) is None
    assert rdf.value(hub, KGO.betweenness).datatype == XSD.decimal
    for prop in (KGO.weightedDegree, KGO.pageRank, KGO.closeness, KGO.eigenvector):
        assert rdf.value(hub, prop) is not None
    result = (g + rdf).query("""
        PREFIX kgo: <https://swkg.example.org/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label ?rank WHERE { ?o kgo:associationRank ?rank ; rdfs:label ?label }
        ORDER BY ?rank""")
    rows = [(str(r.label), int(r.rank)) for r in result]
    assert rows == [(s.label, i) for i, s in enumerate(ranked, 1)] and rows[0][0] == HUB
    assert len(rows) == 11


# --- end to end from invented articles ----------------------------------------------------

ARTICLE = """滇中社会工作协同发展推进会召开
2021-04-10 来源：滇中社工网
4月10日，云南省社会工作协会与昆明市民政局签署了《社会工作人才培养合作协议》。
云南省社会工作协会与曲靖市社会工作协会签署了《社会工作督导互助协议》。
云南省社会工作协会和玉溪市社会工作者协会签署了《社工机构孵化合作协议》。
曲靖市社会工作协会会长、玉溪市社会工作者协会名誉会长杨春林出席。
4月12日，由普洱市社会工作协会主办，昆明市民政局承办的“滇中社会工作发展论坛”顺利举办。
"""


@pytest.fixture
def built(tmp_path):
    (tmp_path / "yn.txt").write_text(ARTICLE, encoding="utf-8")
    return pipeline.build([tmp_path]).graph


def edges(net) -> dict:
    return {frozenset((net.nodes[a]["label"], net.nodes[b]["label"])): d["ties"]
            for a, b, d in net.edges(data=True)}


def test_network_from_an_article(built):
    """云南—昆明, 云南—曲靖, 云南—玉溪 signed; 曲靖—玉溪 by 杨春林; 普洱—昆明 at the forum."""
    Y, K, Q, X, P = HUB, B, "曲靖市社会工作协会", "玉溪市社会工作者协会", "普洱市社会工作协会"
    assert edges(analytics.network(built)) == {
        frozenset((Y, K)): {"signed": {"社会工作人才培养合作协议"}},
        frozenset((Y, Q)): {"signed": {"社会工作督导互助协议"}},
        frozenset((Y, X)): {"signed": {"社工机构孵化合作协议"}},
        frozenset((Q, X)): {"person": {"杨春林"}},
        frozenset((P, K)): {"event": {"滇中社会工作发展论坛"}}}
    scores = {s.label: s for s in analytics.centrality(analytics.network(built)).values()}
    # of C(4,2)=6 pairs among the other four, Y is on K–Q, K–X, P–Q, P–X; K on P–Y, P–Q, P–X
    assert scores[Y].betweenness == pytest.approx(4 / 6, abs=1e-6)
    assert scores[K].betweenness == pytest.approx(3 / 6, abs=1e-6) and scores[K].kind == "government"
    assert scores[Y].closeness == pytest.approx(4 / 5, abs=1e-6)  # K, Q, X at 1 and P at 2
    ranked = [s.label for s in analytics.rank_graph(built)]
    assert ranked[0] == Y and ranked[-1] == P and set(ranked[1:3]) == {Q, X} and K not in ranked


@pytest.mark.parametrize("fmt, parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_network_is_the_same_from_a_graph_loaded_back(built, fmt, parser):
    loaded = Graph().parse(data=export.serialize(built, fmt).decode("utf-8"), format=parser)
    a, b = analytics.network(built), analytics.network(loaded)
    assert edges(a) == edges(b) and dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert analytics.to_csv(analytics.rank_graph(built)) == analytics.to_csv(analytics.rank_graph(loaded))


@pytest.mark.xfail(strict=True, reason="event ties are counted by label: two distinct events "
                   "that share a name (座谈会, scoped to each article) count as one")
def test_two_separate_events_with_the_same_name_count_twice(tmp_path):
    for name, date in (("a", "3月2日"), ("b", "9月15日")):
        (tmp_path / f"{name}.txt").write_text(
            f"滇中社会组织工作交流{name}\n2021-03-02 来源：滇中社工网\n"
            f"{date}，由云南省社会工作协会主办，昆明市民政局承办的座谈会在昆明召开。\n", encoding="utf-8")
    g = pipeline.build([tmp_path]).graph
    assert len(set(g.subjects(RDF.type, KGO.Event))) == 2  # the pipeline keeps them apart
    net = analytics.network(g)
    assert ties(net, entity_iri(f"org:{HUB}"), entity_iri(f"org:{B}"))[1] == 2
