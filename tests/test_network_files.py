"""kg export --format graphml|gexf: networkx reads back the network kg centrality measures."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg import analytics, network_files
from kg import graph as graphs
from kg.cli import main
from kg.model import new_graph
from kg.viz import TYPES

ROOT = Path(__file__).resolve().parent.parent
SEED_GRAPH = ROOT / "export" / "graph.ttl"  # a fresh build of the seeds (test_export checks it)
READ = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


@pytest.fixture(scope="module")
def measured():
    net = analytics.network(graphs.load(SEED_GRAPH))
    return net, analytics.centrality(net)


@pytest.fixture(scope="module", params=network_files.FORMATS)
def written(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("net") / f"orgs.{request.param}"
    result = CliRunner().invoke(main, ["export", "--format", request.param, "--graph", str(SEED_GRAPH),
                                       "--out", str(path)])
    assert result.exit_code == 0, result.output
    return request.param, READ[request.param](path)


def test_the_same_nodes_and_edges_as_the_analytics_network(written, measured):
    _, read = written
    net, _ = measured
    assert net.number_of_edges() > 50  # the seeds make a real network
    assert set(read.nodes) == {str(n) for n in net.nodes}
    assert {frozenset(e) for e in read.edges} == {frozenset(map(str, e)) for e in net.edges}


def test_every_node_is_typed_labelled_and_measured(written, measured):
    _, read = written
    net, scores = measured
    for n, data in net.nodes(data=True):
        got = read.nodes[str(n)]
        assert got["type"] == data["kind"] and got["type"] in TYPES
        assert got["label"] == data["label"] and got["iri"] == str(n)
        s = scores[n]
        assert int(got["degree"]) == s.degree and int(got["weighted_degree"]) == s.weighted_degree
        assert float(got["pagerank"]) == pytest.approx(s.pagerank)
        assert float(got["betweenness"]) == pytest.approx(s.betweenness)


def test_every_edge_is_weighted_with_its_kinds_of_tie(written, measured):
    _, read = written
    net, _ = measured
    seen = set()
    for a, b, data in net.edges(data=True):
        got = read.edges[str(a), str(b)]
        assert float(got["weight"]) == data["weight"] > 0
        assert set(got["ties"].split(",")) == set(data["ties"])
        for tie in analytics.TIES:
            assert int(got[tie]) == len(data["ties"].get(tie, {}))
        seen |= set(data["ties"])
    assert seen == set(analytics.TIES)  # every kind of tie was written at least once


def test_gexf_colours_nodes_by_type(tmp_path):
    path = tmp_path / "orgs.gexf"
    path.write_bytes(network_files.serialize(graphs.load(SEED_GRAPH), "gexf"))
    read = nx.read_gexf(path)
    association = next(d for _, d in read.nodes(data=True) if d["type"] == "association")
    colour = association["viz"]["color"]
    assert "#%02x%02x%02x" % (colour["r"], colour["g"], colour["b"]) == TYPES["association"][1]


@pytest.mark.parametrize("fmt", network_files.FORMATS)
def test_an_empty_graph_gives_an_empty_network_file(tmp_path, fmt):
    path = tmp_path / f"empty.{fmt}"
    path.write_bytes(network_files.serialize(new_graph(), fmt))
    assert READ[fmt](path).number_of_nodes() == 0
