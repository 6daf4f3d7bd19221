"""The rule names facts carry, kg eval reports and the confidence table rates are one list:
kg.extract.RULES, built from each extractor's table."""
from __future__ import annotations

import pytest

from conftest import doc
from kg import evaluate
from kg.extract import RULES, roles
from kg.mentions import Role
from kg.facts import OrgRef
from kg.segment import sentences

SEEDS_TEXT = "江苏省社会工作协会会长王建华出席。"


def test_rules_confidence_table_rates_only_declared_rules():
    assert set(evaluate.confidences()) <= set(RULES)


def test_rules_every_declared_rule_has_a_description():
    assert all(isinstance(d, str) and d for d in RULES.values())


def test_rules_an_undeclared_rule_name_is_refused():
    s = sentences(doc(SEEDS_TEXT))[0]
    role = Role(9, 11, "会长", False, None, base="会长")
    with pytest.raises(AssertionError):
        roles._post("王建华", role, OrgRef("江苏省社会工作协会", "association"), s, 0, 14, "chain-renamed")


def test_rules_built_graph_names_only_declared_rules(tmp_path):
    from kg import pipeline
    from kg.model import KGO

    (tmp_path / "a.txt").write_text(
        "2023-05-01 来源：本地新闻网\n宁波市社会工作协会会长钱一鸣、孙晓丽出席。"
        "宁波市民政局与宁波大学签订了合作协议。全市持证社工达到5000人。", encoding="utf-8")
    g = pipeline.build([tmp_path]).graph
    used = {str(o) for o in g.objects(None, KGO.rule)}
    assert used and used <= set(RULES)
    assert {"roles.name-list", "agreements.sign-untitled"} <= used
