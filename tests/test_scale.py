"""Scale: parallel and Dask extraction, incremental adds, the Oxigraph store, a remote
SPARQL store, and the endpoint. Every way must give the same answers as one process in
memory."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import pipeline, sparql
from kg import store as kg_store
from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ("roles.rq", "agreements.rq", "statistics.rq")
OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")

A1 = """宁夏两地社会工作协会签约
2021-04-02 来源：宁夏日报
4月1日，宁夏回族自治区社会工作协会与银川市社会工作协会签署了《宁夏社工人才共育协议》。
宁夏回族自治区社会工作协会会长马晓东、银川市社会工作协会秘书长杨文静出席。
截至2020年底，银川市持证社会工作者超过3200人。
"""
A2 = """石嘴山市社会工作协会召开理事会
2021-05-06 来源：石嘴山日报
5月5日，石嘴山市社会工作协会第二届理事会在大武口召开。
宁夏回族自治区社会工作协会会长马晓东出席会议。
石嘴山市社会工作协会会长丁玉兰表示，将加强人才培养。
"""


def rows(g, name: str) -> list[tuple]:
    text = (ROOT / "queries" / name).read_text(encoding="utf-8")
    return sorted(tuple(str(v) for v in r) for r in sparql.query(g, text))


def answers(g) -> dict:
    return {q: rows(g, q) for q in CONTRACT}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds under other names, three times over, and two articles of our own."""
    d = tmp_path_factory.mktemp("corpus")
    for i in range(3):
        for f in (ROOT / "seeds").glob("*.txt"):
            shutil.copy(f, d / f"{i}_{f.name}")
    (d / "a1.txt").write_text(A1, encoding="utf-8")
    (d / "a2.txt").write_text(A2, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def single(corpus):
    return pipeline.build([corpus], workers=1)


def test_workers_give_the_same_graph(corpus, single):
    from kg import export

    four = pipeline.build([corpus], workers=4)
    assert export.serialize(four.graph, "nt") == export.serialize(single.graph, "nt")


def test_a_dask_local_cluster_gives_the_same_graph(corpus, single):
    from dask.distributed import LocalCluster

    from kg import export

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_dask = pipeline.build([corpus], scheduler=cluster.scheduler_address)
    assert export.serialize(on_dask.graph, "nt") == export.serialize(single.graph, "nt")


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    (tmp_path / "a1.txt").write_text(A1, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "o"),
                                       "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code != 0 and "Dask scheduler" in result.output and "Traceback" not in result.output


# --- incremental ----------------------------------------------------------------------------------

def test_add_extracts_only_new_articles_and_twice_changes_nothing(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "a1.txt").write_text(A1, encoding="utf-8")
    (tmp_path / "two" / "a2.txt").write_text(A2, encoding="utf-8")
    out, runner = tmp_path / "out", CliRunner()
    assert runner.invoke(main, ["build", str(tmp_path / "one"), "--out", str(out)]).exit_code == 0
    first = runner.invoke(main, ["add", str(tmp_path / "two"), "--out", str(out)])
    assert first.exit_code == 0 and "added 1, unchanged 0" in first.output
    after_add = (out / "graph.nt").read_bytes()
    again = runner.invoke(main, ["add", str(tmp_path / "two"), "--out", str(out)])
    assert "added 0, unchanged 1" in again.output
    assert (out / "graph.nt").read_bytes() == after_add  # adding twice changes nothing
    both = tmp_path / "both"
    shutil.copytree(tmp_path / "one", both)
    shutil.copy(tmp_path / "two" / "a2.txt", both)
    runner.invoke(main, ["build", str(both), "--out", str(tmp_path / "full")])
    assert after_add == (tmp_path / "full" / "graph.nt").read_bytes()  # same as building both
    # the person known from the first article is the one the second article's post attaches to
    g = kg_store.open_graph([out / "graph.ttl"])
    posts = [r for r in rows(g, "roles.rq") if r[0] == "马晓东"]
    assert posts == [("马晓东", "会长", "宁夏回族自治区社会工作协会")]


def test_add_without_a_build_says_what_to_do(tmp_path):
    (tmp_path / "a1.txt").write_text(A1, encoding="utf-8")
    result = CliRunner().invoke(main, ["add", str(tmp_path / "a1.txt"), "--out", str(tmp_path / "none")])
    assert result.exit_code != 0 and "run `kg build` first" in result.output


# --- stores ---------------------------------------------------------------------------------------

def test_oxigraph_store_answers_as_memory(corpus, single, tmp_path):
    kg_store.write(single.graph, str(tmp_path / "store"))
    ox = kg_store.open_graph(store=str(tmp_path / "store"))
    assert answers(ox) == answers(single.graph)
    kg_store.write(single.graph, str(tmp_path / "store"))  # rewriting swaps the folder whole
    assert answers(kg_store.open_graph(store=str(tmp_path / "store"))) == answers(single.graph)
    assert not list(tmp_path.glob(".store.*"))


PARAMETERISED = [("person_posts.rq", "name", "马晓东"), ("org_members.rq", "org", "宁夏回族自治区社会工作协会"),
                 ("region_figures.rq", "region", "银川市"), ("why.rq", "entity", "马晓东"),
                 ("sources.rq", "entity", "银川市社会工作协会")]


@pytest.mark.parametrize("name, param, value", PARAMETERISED)
def test_parameterised_queries_answer_on_a_store_as_in_memory(corpus, single, tmp_path, name, param, value):
    """Oxigraph takes bindings as substitutions only for projected variables: kg puts them
    in the query as a VALUES block, so they bind (and filter) as in rdflib's memory store."""
    text = (ROOT / "queries" / name).read_text(encoding="utf-8")
    kg_store.write(single.graph, str(tmp_path / "store"))
    memory = pipeline.build([corpus], store="memory").graph

    def answer(g):
        return sorted(tuple(str(v) for v in r) for r in sparql.query(g, text, {param: value}, name=name))

    on_store = answer(kg_store.open_graph(store=str(tmp_path / "store")))
    assert on_store and on_store == answer(memory) == answer(single.graph)


def test_every_reading_command_takes_a_store(tmp_path):
    (tmp_path / "a1.txt").write_text(A1, encoding="utf-8")
    runner, st = CliRunner(), str(tmp_path / "st")
    assert runner.invoke(main, ["build", str(tmp_path / "a1.txt"), "--out", str(tmp_path / "o"),
                                "--store", st]).exit_code == 0
    by_file = ["--graph", str(tmp_path / "o" / "graph.ttl")]
    for args in (["query", str(ROOT / "queries" / "roles.rq"), "--format", "csv"],
                 ["centrality", "--format", "csv"], ["export", "--format", "nt"]):
        on_store = runner.invoke(main, args + ["--store", st])
        on_file = runner.invoke(main, args + by_file)
        assert on_store.exit_code == 0 and on_file.exit_code == 0, on_store.output
        if args[0] == "export":  # Oxigraph writes integers in their canonical type
            assert len(on_store.output.splitlines()) == len(on_file.output.splitlines())
        else:
            assert sorted(on_store.output.splitlines()) == sorted(on_file.output.splitlines())
    page = runner.invoke(main, ["viz", "--store", st, "--out", str(tmp_path / "p.html")])
    assert page.exit_code == 0 and (tmp_path / "p.html").exists()
    missing = runner.invoke(main, ["query", str(ROOT / "queries" / "roles.rq"), "--store", str(tmp_path / "no")])
    assert missing.exit_code != 0 and "no Oxigraph store there" in missing.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen) -> None:
    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "server ended")
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


@pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server (PyPI package oxigraph) is not installed")
def test_a_remote_oxigraph_server_answers_as_memory(single, tmp_path):
    port = _free_port()
    server = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "db"),
                               "--bind", f"127.0.0.1:{port}"], stderr=subprocess.PIPE)
    try:
        _wait(f"http://127.0.0.1:{port}/", server)
        target = f"sparql+http://127.0.0.1:{port}"
        kg_store.write(single.graph, target)
        assert answers(kg_store.open_graph(store=target)) == answers(single.graph)
        kg_store.write(single.graph, target)  # replacing, not adding
        assert answers(kg_store.open_graph(store=target)) == answers(single.graph)
        person = (ROOT / "queries" / "person_posts.rq").read_text(encoding="utf-8")
        def values(g):  # as text: an endpoint and oxrdflib type plain literals differently
            return sorted(tuple(map(str, r)) for r in sparql.query(g, person, {"name": "马晓东"}))

        remote = values(kg_store.open_graph(store=target))
        assert remote and remote == values(single.graph)
    finally:
        server.terminate()
        server.wait()


def test_an_unreachable_endpoint_is_a_clear_error(single):
    from kg.errors import KgError

    with pytest.raises(KgError, match="could not be reached"):
        kg_store.write(single.graph, f"sparql+http://127.0.0.1:{_free_port()}")


# --- the endpoint ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    d = tmp_path_factory.mktemp("served")
    (d / "a1.txt").write_text(A1, encoding="utf-8")
    CliRunner().invoke(main, ["build", str(d / "a1.txt"), "--out", str(d / "o")])
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(d / "o" / "graph.ttl"),
                             "--port", str(port), "--timeout", "3", "--max-rows", "2"],
                            stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    _wait(url + "/", proc)
    yield url
    proc.terminate()
    proc.wait()


def _get(url: str, headers: dict | None = None, data: bytes | None = None):
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_endpoint_answers_get_and_post(endpoint):
    q = "SELECT ?n WHERE { ?p foaf:name ?n } ORDER BY ?n"
    status, headers, body = _get(endpoint + "/sparql?" + urllib.parse.urlencode({"query": q}))
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    names = [b["n"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert names == ["杨文静", "马晓东"]
    status, _, body = _get(endpoint + "/sparql", {"Content-Type": "application/sparql-query",
                                                   "Accept": "text/csv"}, q.encode("utf-8"))
    assert status == 200 and body.decode("utf-8").splitlines()[1:] == ["杨文静", "马晓东"]


def test_endpoint_is_read_only_and_bounded(endpoint):
    status, _, _ = _get(endpoint + "/sparql", {"Content-Type": "application/x-www-form-urlencoded"},
                        urllib.parse.urlencode({"update": "DROP ALL"}).encode())
    assert status == 403
    service = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    assert _get(endpoint + "/sparql?" + urllib.parse.urlencode({"query": service}))[0] == 403
    bad = _get(endpoint + "/sparql?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE {"}))
    assert bad[0] == 400 and b"line" in bad[2]
    status, headers, body = _get(endpoint + "/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT ?s WHERE { ?s ?p ?o }"}))
    assert status == 200 and headers.get("X-KG-Truncated") == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 2  # --max-rows 2
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    started = time.monotonic()
    assert _get(endpoint + "/sparql?" + urllib.parse.urlencode({"query": slow}))[0] == 503
    assert time.monotonic() - started < 10  # stopped at --timeout 3, not left running


def test_endpoint_listens_on_loopback_by_default():
    from kg.cli import serve

    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"


@pytest.mark.browser
def test_endpoint_page_runs_a_query_in_chromium(endpoint, tmp_path):
    from playwright.sync_api import sync_playwright

    from browser import CHROMIUM

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            errors, outside = [], []
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.on("request", lambda r: not r.url.startswith(endpoint) and outside.append(r.url))
            page.goto(endpoint + "/")
            page.fill("#query", "SELECT ?n WHERE { ?p foaf:name ?n } ORDER BY ?n")
            page.click("#run")
            page.wait_for_selector("#results td")
            cells = page.eval_on_selector_all("#results td", "els => els.map(e => e.textContent)")
            page.screenshot(path=str(Path(__file__).parent / ".screenshots" / "endpoint.png"))
        finally:
            browser.close()
    assert cells == ["杨文静", "马晓东"] and errors == [] and outside == []
