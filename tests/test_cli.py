"""The `kg` command: every subcommand has help and is in the README; errors are one line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "2022-03-01 来源：示例网\n四川省社会工作协会秘书长周晓梅表示，行业发展需要人才。\n"


def test_every_subcommand_has_help_and_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert command.help, f"kg {name} has no help"
        assert f"kg {name}" in readme, f"kg {name} is not in the README"
        assert CliRunner().invoke(main, [name, "--help"]).exit_code == 0


def test_build_then_query_as_json(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "documents 1" in result.output and "posts 1" in result.output
    result = runner.invoke(main, ["query", str(ROOT / "queries" / "roles.rq"),
                                  "--graph", str(out / "graph.ttl"), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["results"]["bindings"]
    assert [(r["person"]["value"], r["role"]["value"], r["org"]["value"]) for r in rows] == [
        ("周晓梅", "秘书长", "四川省社会工作协会")]


@pytest.mark.parametrize("args, message", [
    (["build", "no/such/folder"], "no such file or folder"),
    (["query", str(ROOT / "queries" / "roles.rq"), "--graph", "missing.ttl"], "no such graph file"),
    (["query", str(ROOT / "queries" / "roles.rq"), "--param", "novalue"], "NAME=VALUE"),
])
def test_user_errors_are_one_line_without_traceback(args, message, tmp_path):
    result = CliRunner().invoke(main, args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_unreadable_file_is_reported_and_the_rest_is_built(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output
    assert (tmp_path / "o" / "graph.ttl").exists()


NETWORK = """2022-03-01 来源：示例网
3月1日，第二届川南社会工作论坛在宜宾召开。
来自宜宾市社会工作协会、泸州市社会工作协会和自贡市民政局的代表参加了本次论坛。
宜宾市社会工作协会与泸州市社会工作协会签署了《川南社工人才交流协议》。
"""


@pytest.fixture
def network_graph(tmp_path) -> Path:
    (tmp_path / "a.txt").write_text(NETWORK, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_centrality_ranks_associations_only(network_graph):
    result = CliRunner().invoke(main, ["centrality", "--graph", str(network_graph / "graph.ttl"),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    # the two associations share the forum and the agreement; the bureau only the forum
    assert {r["organisation"] for r in rows} == {"宜宾市社会工作协会", "泸州市社会工作协会"}
    assert all(r["signed"] == 1 and r["event"] == 2 for r in rows)
    everyone = CliRunner().invoke(main, ["centrality", "--graph", str(network_graph / "graph.ttl"),
                                         "--all-types", "--format", "csv", "--by", "degree"])
    assert "自贡市民政局" in everyone.output


def test_centrality_file_matches_the_command(network_graph):
    shipped = (network_graph / "centrality.csv").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["centrality", "--graph", str(network_graph / "graph.ttl"),
                                       "--format", "csv", "--top", "0"])
    assert result.output == shipped


def test_viz_writes_a_page_and_refuses_an_unknown_focus(network_graph, tmp_path):
    out = tmp_path / "p.html"
    ok = CliRunner().invoke(main, ["viz", "--graph", str(network_graph / "graph.ttl"),
                                   "--out", str(out), "--max-nodes", "2"])
    assert ok.exit_code == 0 and "2 of" in ok.output and out.exists()
    bad = CliRunner().invoke(main, ["viz", "--graph", str(network_graph / "graph.ttl"),
                                    "--focus", "没有这个机构"])
    assert bad.exit_code != 0 and "no node has that label" in bad.output
    assert "Traceback" not in bad.output
