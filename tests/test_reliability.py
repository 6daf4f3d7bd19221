"""kg.reliability: folds by document, confidence calibrated out of fold, the reliability table.

Rows and articles are written for these tests; names and organisations are invented.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import evaluate, pipeline, reliability
from kg.cli import main
from kg.evaluate import Judged

ROOT = Path(__file__).resolve().parent.parent


def docs_in(fold: int, folds: int, n: int = 1) -> list[str]:
    """The first n invented document ids that fall in `fold`."""
    out = [d for d in (f"doc-{i}" for i in range(500)) if reliability.fold_of(d, folds) == fold]
    return out[:n]


# --- folds ---------------------------------------------------------------------------------

def test_fold_of_is_the_same_in_another_process():
    ids = [f"doc-{i}" for i in range(20)]
    here = [reliability.fold_of(d, 5) for d in ids]
    code = f"from kg.reliability import fold_of; print([fold_of(d, 5) for d in {ids!r}])"
    there = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED="12345")).stdout
    assert json.loads(there) == here


def test_folds_are_all_used_and_roughly_even():
    counts = Counter(reliability.fold_of(f"doc-{i}", 5) for i in range(500))
    assert set(counts) == {0, 1, 2, 3, 4}
    assert min(counts.values()) > 60  # 100 each on average


# --- out of fold -----------------------------------------------------------------------------

def test_a_rows_confidence_is_calibrated_on_the_other_folds_only():
    a0, b0, c0 = docs_in(0, 2, 3)
    (d1,) = docs_in(1, 2)
    judged = [Judged("holds_role", ("r",), (a0,), True), Judged("holds_role", ("r",), (b0,), True),
              Judged("holds_role", ("r",), (c0,), True), Judged("holds_role", ("r",), (d1,), False)]
    stated = reliability.out_of_fold(judged, 2)
    # fold 0 sees only the wrong row of fold 1: (0+1)/(1+2); fold 1 sees three right: (3+1)/(3+2)
    assert stated == [0.333, 0.333, 0.333, 0.8]
    # in sample every row would say (3+1)/(4+2)
    assert evaluate.smoothed(evaluate.per_rule(judged)["r"]) == pytest.approx(4 / 6)


def test_each_rules_confidence_without_each_fold():
    a0, b0 = docs_in(0, 2, 2)
    (c1,) = docs_in(1, 2)
    judged = [Judged("holds_role", ("r",), (a0,), True), Judged("holds_role", ("r",), (b0,), True),
              Judged("holds_role", ("r", "q"), (c1,), False), Judged("holds_role", ("?",), (c1,), True)]
    # without fold 0: r 0 of 1, q 0 of 1; without fold 1: r 2 of 2, q never seen; "?" is no rule
    assert reliability.by_fold(judged, 2) == {"q": [0.333, 0.5], "r": [0.333, 0.75]}
    table = reliability.table(reliability.out_of_fold(judged, 2), judged, 2)
    assert re.search(r"^r\s+0\.333 0\.750$", table, re.M), table


def test_a_row_from_two_folds_is_calibrated_without_either():
    (a0,) = docs_in(0, 3)
    (b1,) = docs_in(1, 3)
    (c2,) = docs_in(2, 3)
    judged = [Judged("signed", ("s",), (a0, b1), True), Judged("signed", ("s",), (a0,), True),
              Judged("signed", ("s",), (b1,), True), Judged("signed", ("s",), (c2,), False)]
    stated = reliability.out_of_fold(judged, 3)
    assert stated[0] == 0.333  # only the row of fold 2 (wrong) shares no fold with it
    assert stated[3] == 0.8  # three right rows of folds 0 and 1: (3+1)/(3+2)
    # the fold-1 row never sees the two-fold row, though that row's first document is in fold 0
    assert stated[2] == 0.5  # the fold-0 row (right) and the fold-2 row (wrong): (1+1)/(2+2)

def test_the_best_rule_counts_and_unmeasured_rules_are_one_half():
    (a0,) = docs_in(0, 2)
    b1, c1 = docs_in(1, 2, 2)
    judged = [Judged("statistic", ("weak", "strong"), (a0,), True),
              Judged("statistic", ("weak",), (b1,), False),
              Judged("statistic", ("strong",), (c1,), True),
              Judged("statistic", ("?",), (b1,), True),
              Judged("statistic", ("only-here",), (c1,), True)]
    stated = reliability.out_of_fold(judged, 2)
    assert stated[0] == 0.667  # strong: 1 of 1 -> 2/3 beats weak: 0 of 1 -> 1/3
    assert stated[3] == 0.5  # no rule: never measured
    assert stated[4] == 0.5  # its rule has no row in the other fold


# --- bands -----------------------------------------------------------------------------------

def test_bands_count_rows_by_stated_confidence_edges_included_below():
    stated = [0.49, 0.5, 0.7, 0.899, 0.9, 0.95, 1.0, 0.93]
    right = [False, True, True, False, True, True, True, False]
    judged = [Judged("holds_role", ("r",), ("d",), ok) for ok in right]
    got = {b.label: (b.rows, b.right) for b in reliability.bands(stated, judged)}
    assert got == {"[0.00,0.50)": (1, 0), "[0.50,0.70)": (1, 1), "[0.70,0.80)": (1, 1),
                   "[0.80,0.90)": (1, 0), "[0.90,0.95)": (2, 1), "[0.95,1.00]": (2, 2)}
    high = reliability.bands(stated, judged)[-2]
    assert high.observed == 0.5 and high.stated == pytest.approx((0.9 + 0.93) / 2)


def test_table_says_how_often_rows_stated_high_are_right():
    stated = [0.92, 0.97, 0.99, 0.6]
    judged = [Judged("holds_role", ("r",), ("d",), ok) for ok in (True, False, True, True)]
    text = reliability.table(stated, judged, 4)
    assert "4 folds" in text
    assert re.search(r"^\[0\.95,1\.00\]\s+2\s+1\s+0\.500\s+0\.980$", text, re.M), text
    assert re.search(r"^\[0\.00,0\.50\)\s+0\s+0\s+-\s+-$", text, re.M), text
    assert "\nstated >= 0.9: 3 rows, 2 right, observed 0.667\n" in text


# --- kg eval ---------------------------------------------------------------------------------

def article(date: str, org: str, person: str) -> str:
    return f"{date} 来源：本地日报\n{org}会长{person}出席会议。\n"


@pytest.fixture
def two_folds(tmp_path):
    """One article in each of two folds: the first post is in the gold, the second is not."""
    (right,) = docs_in(0, 2)
    (wrong,) = docs_in(1, 2)
    (tmp_path / f"{right}.txt").write_text(article("2022-05-10", "湖南省社会工作协会", "李文华"), encoding="utf-8")
    (tmp_path / f"{wrong}.txt").write_text(article("2022-05-11", "江西省社会工作协会", "陈志强"), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(f, ensure_ascii=False) for f in [
        dict(doc=right, rel="holds_role", person=["李文华"], role=["会长"], org=["湖南省社会工作协会"]),
        dict(doc=wrong, rel="holds_role", person=["陈志强"], role=["会长"], org=["江西省社会工作联合会"]),
    ]) + "\n", encoding="utf-8")
    return tmp_path, gold, right, wrong


def test_judged_rows_know_their_documents(two_folds):
    folder, gold, right, wrong = two_folds
    g = pipeline.build([folder]).graph
    ev = evaluate.run([gold], g, ROOT / "queries")
    assert sorted((j.docs, j.right) for j in ev.judged) == sorted([((right,), True), ((wrong,), False)])


def test_kg_eval_prints_the_reliability_table_out_of_fold(two_folds):
    folder, gold, _, _ = two_folds
    result = CliRunner().invoke(main, ["eval", "--gold", str(gold), str(folder),
                                       "--queries", str(ROOT / "queries"), "--folds", "2"])
    out = result.output
    assert result.exit_code == 0, out
    assert re.search(r"roles\.chain\s+2\s+1\s+0\.500", out), out  # in sample: 1 of 2
    # the right row is rated by the wrong one alone (1/3), the wrong by the right one (2/3)
    assert re.search(r"^\[0\.00,0\.50\)\s+1\s+1\s+1\.000\s+0\.333$", out, re.M), out
    assert re.search(r"^\[0\.50,0\.70\)\s+1\s+0\s+0\.000\s+0\.667$", out, re.M), out
    assert "stated >= 0.9: 0 rows" in out


def test_kg_eval_needs_two_folds_at_least(two_folds):
    folder, gold, _, _ = two_folds
    result = CliRunner().invoke(main, ["eval", "--gold", str(gold), str(folder), "--folds", "1"])
    assert result.exit_code != 0 and "--folds" in result.output
