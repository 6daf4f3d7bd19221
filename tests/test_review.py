"""Reviewable merges (A = B, A != B) and `kg entities --suspects`."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg import merges, pipeline, review
from kg.cli import main
from kg.errors import KgError

# 甲: the same person holds the same post in two spellings of one association -> merged
# by the one-character rule; 乙: two associations of one city, written differently.
ARTICLE = """2022-03-01 来源：江西日报
南昌市社会工作者协会会长罗建华出席会议。
南昌市社会工作协会会长罗建华作了发言。
九江社会工作者协会秘书长熊丽、九江市社会工作协会理事万平出席。
景德镇市社会工作协会会长陈刚致辞。
"""
OTHER = "2022-04-01 来源：上饶日报\n上饶市民政局副局长陈刚出席。\n"  # another 陈刚, elsewhere


@pytest.fixture
def article(tmp_path):
    (tmp_path / "jx.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path / "jx.txt"


def orgs(result) -> set[str]:
    return {e.label for e in result.resolution.entities.values() if e.kind == "org"}


def test_the_one_character_rule_merges_and_never_keeps_apart(article):
    assert {"南昌市社会工作者协会", "南昌市社会工作协会"} & orgs(pipeline.build([article])) != \
        {"南昌市社会工作者协会", "南昌市社会工作协会"}  # merged: only one label survives
    kept = pipeline.build([article], merges=merges.parse("南昌市社会工作者协会 != 南昌市社会工作协会"))
    assert {"南昌市社会工作者协会", "南昌市社会工作协会"} <= orgs(kept)


def test_same_merges_organisations_under_the_first_name(article):
    before = orgs(pipeline.build([article]))
    assert {"九江社会工作者协会", "九江市社会工作协会"} <= before
    after = pipeline.build([article], merges=merges.parse("九江市社会工作协会 = 九江社会工作者协会"))
    assert "九江市社会工作协会" in orgs(after) and "九江社会工作者协会" not in orgs(after)
    assert len(orgs(after)) == len(before) - 1


def test_suspects_list_what_was_not_merged(article, tmp_path):
    runner = CliRunner()
    (article.parent / "sr.txt").write_text(OTHER, encoding="utf-8")
    assert runner.invoke(main, ["build", str(article.parent), "--out", str(tmp_path / "o")]).exit_code == 0
    out = runner.invoke(main, ["entities", "--suspects", "--format", "json",
                               "--graph", str(tmp_path / "o" / "graph.ttl")]).output
    found = {(s["kind"], s["a"], s["b"]) for s in json.loads(out)}
    assert ("organisation", "九江市社会工作协会", "九江社会工作者协会") in found
    assert ("person", "陈刚", "陈刚") in found  # same name, two articles, two organisations
    # the reviewed answer goes back into the build
    (tmp_path / "m.txt").write_text("九江市社会工作协会 = 九江社会工作者协会\n", encoding="utf-8")
    runner.invoke(main, ["build", str(article.parent), "--out", str(tmp_path / "o"),
                         "--merges", str(tmp_path / "m.txt")])
    out = runner.invoke(main, ["entities", "--suspects", "--format", "json",
                               "--graph", str(tmp_path / "o" / "graph.ttl")]).output
    assert ("organisation", "九江市社会工作协会", "九江社会工作者协会") not in \
        {(s["kind"], s["a"], s["b"]) for s in json.loads(out)}


@pytest.mark.parametrize("line", ["只有一个名字", "A =", "A != B != C"])
def test_a_bad_merges_line_is_named(line):
    with pytest.raises(KgError, match="merges:1"):
        merges.parse(line)


def test_the_core_of_a_name_folds_place_and_spelling():
    assert review.core("北京社会工作者协会") == review.core("北京市社会工作协会") == ("110000", "社会工作")
    assert review.core("北京市民政局") is None  # not an association
