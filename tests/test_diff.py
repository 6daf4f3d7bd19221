"""kg diff: facts added and removed, by document and kind."""
from __future__ import annotations

import json

from click.testing import CliRunner

from kg import diff, export, pipeline
from kg import graph as graphs
from kg.cli import main

OLD = """2021-04-02 来源：宁夏日报
宁夏回族自治区社会工作协会会长马晓东出席会议。
截至2020年底，银川市持证社会工作者超过3200人。
"""
NEW = """2021-04-02 来源：宁夏日报
宁夏回族自治区社会工作协会秘书长马晓东出席会议。
截至2020年底，银川市持证社会工作者超过3200人。
宁夏回族自治区社会工作协会与银川市社会工作协会签署了《宁夏社工人才共育协议》。
"""


def graph_file(tmp_path, name, text):
    d = tmp_path / name
    d.mkdir()
    (d / "nx.txt").write_text(text, encoding="utf-8")
    path = tmp_path / f"{name}.ttl"
    path.write_bytes(export.serialize(pipeline.build([d / "nx.txt"]).graph, "ttl"))
    return path


def test_diff_lists_added_and_removed_facts_by_document_and_kind(tmp_path):
    old, new = graph_file(tmp_path, "old", OLD), graph_file(tmp_path, "new", NEW)
    result = CliRunner().invoke(main, ["diff", str(old), str(new), "--format", "json"])
    changes = {(c["sign"], c["kind"], c["doc"], c["text"]) for c in json.loads(result.output)}
    assert changes == {
        ("-", "Post", "nx", "马晓东 | 会长 | 宁夏回族自治区社会工作协会 | false"),
        ("+", "Post", "nx", "马晓东 | 秘书长 | 宁夏回族自治区社会工作协会 | false"),
        ("+", "Signing", "nx", "宁夏社工人才共育协议 | 宁夏回族自治区社会工作协会、银川市社会工作协会"),
    }  # the unchanged figure is not listed
    text = CliRunner().invoke(main, ["diff", str(old), str(new)]).output
    assert text.splitlines()[:4] == ["nx", "  Post", "    - 马晓东 | 会长 | 宁夏回族自治区社会工作协会 | false",
                                     "    + 马晓东 | 秘书长 | 宁夏回族自治区社会工作协会 | false"]
    assert "2 added, 1 removed" in text


def test_a_graph_against_itself_has_no_changes(tmp_path):
    old = graph_file(tmp_path, "old", OLD)
    g = graphs.load(old)
    assert diff.render(diff.diff(g, g)) == "no facts added or removed\n"
