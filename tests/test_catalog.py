"""Bundled queries: shipped inside the package, run by name, listed; kg works from any folder."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import catalog
from kg.cli import main
from kg.errors import QueryError

ROOT = Path(__file__).resolve().parent.parent
SEEDS_GOLD = ROOT.parent / "shared" / "eval" / "gold" / "seeds.jsonl"
# the customer's gold for the seeds where it lies beside the repo, else our own set
GOLD, DOCS = ((SEEDS_GOLD, ROOT / "seeds") if SEEDS_GOLD.exists()
              else (ROOT / "tests" / "gold" / "invented.jsonl", ROOT / "tests" / "gold" / "docs"))
ARTICLE = "2022-03-01 来源：示例网\n四川省社会工作协会秘书长周晓梅表示，行业发展需要人才。\n"


def test_every_repo_query_is_bundled_once_and_the_same():
    repo = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
    assert catalog.names() == repo
    for name in repo:
        assert catalog.bundled(name).text == (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")


def test_a_query_says_what_it_answers_and_takes_from_its_own_comments():
    q = catalog.parse("mine", "# Who runs one association.\n# Binds ?person.\n# @param org string\n"
                              "# @param year year\nSELECT ?person WHERE { ?p ?x ?org }\n# not this\n")
    assert q.answers == "Who runs one association. Binds ?person."
    assert q.params == {"org": "string", "year": "year"}


def test_list_shows_each_query_its_parameters_and_what_it_answers():
    out = CliRunner().invoke(main, ["query", "--list"]).output
    for path in sorted((ROOT / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0].lstrip("# ").strip()
        params = re.findall(r"^# @param (\w+) (\w+)", text, re.M)
        head = re.search(rf"^{path.stem}\b(.*)$", out, re.M)
        assert head, f"{path.stem} is not listed"
        for name, kind in params:
            assert f"--param {name}={kind.upper()}" in head.group(1)
        assert first in out
    assert re.search(r"^person_posts\s+--param name=STRING$", out, re.M)
    assert re.search(r"^roles$", out, re.M)  # takes nothing


def test_a_file_is_taken_before_a_bundled_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "roles").write_text("# mine\nASK { ?s ?p ?o }\n", encoding="utf-8")
    assert catalog.find("roles").text.startswith("# mine")
    assert catalog.find("roles.rq").name == "roles"  # no such file here: the bundled one
    with pytest.raises(QueryError, match="no such query file"):
        catalog.find("queries/roles.rq")
    with pytest.raises(QueryError, match="kg query --list"):
        catalog.find("nosuch")


def _rows(output: str) -> list[tuple]:
    data = json.loads(output)
    return [tuple(b[v]["value"] for v in data["head"]["vars"] if v in b) for b in data["results"]["bindings"]]


def test_commands_work_from_an_empty_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert runner.invoke(main, ["build", str(tmp_path / "in"), "--out", "o"]).exit_code == 0
    by_name = runner.invoke(main, ["query", "roles", "--graph", "o/graph.ttl", "--format", "json"])
    assert by_name.exit_code == 0, by_name.output
    assert _rows(by_name.output) == [("周晓梅", "秘书长", "四川省社会工作协会")]
    by_file = runner.invoke(main, ["query", str(ROOT / "queries" / "roles.rq"), "--graph", "o/graph.ttl",
                                   "--format", "json"])
    assert _rows(by_file.output) == _rows(by_name.output)
    param = runner.invoke(main, ["query", "person_posts", "--param", "name=周晓梅", "--graph", "o/graph.ttl",
                                 "--format", "json"])
    assert param.exit_code == 0 and [r[:2] for r in _rows(param.output)] == [("秘书长", "四川省社会工作协会")]


def test_eval_from_anywhere_agrees_with_eval_on_the_repo_queries(tmp_path, monkeypatch):
    runner = CliRunner()
    with_repo = runner.invoke(main, ["eval", "--gold", str(GOLD), str(DOCS), "--queries", str(ROOT / "queries")])
    monkeypatch.chdir(tmp_path)
    anywhere = runner.invoke(main, ["eval", "--gold", str(GOLD), str(DOCS)])
    assert anywhere.exit_code == 0, anywhere.output
    assert "overall P=" in anywhere.output and anywhere.output == with_repo.output


def test_the_installed_package_carries_its_queries_and_runs_from_an_empty_folder(tmp_path):
    """A real (non-editable) install of the package, used from a folder with nothing in it."""
    src, site, work = tmp_path / "src", tmp_path / "site", tmp_path / "work"
    for part in ("kg", "queries"):
        shutil.copytree(ROOT / part, src / part, ignore=shutil.ignore_patterns("__pycache__"))
    for part in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / part, src / part)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
                    str(src)], check=True, capture_output=True)
    def files(top: Path) -> set[str]:
        return {p.relative_to(top).as_posix() for p in top.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts}

    wanted = files(ROOT / "kg") | {f"queries/{n}" for n in files(ROOT / "queries")}
    # every module (no subpackage forgotten), every data file, every query, once
    assert files(site / "kg") == wanted
    shutil.rmtree(src)  # nothing of the repository left to lean on
    work.mkdir()
    env = dict(os.environ, PYTHONPATH=str(site))

    def kg(*args):
        return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=work, env=env,
                              capture_output=True, text=True, timeout=300)

    where = subprocess.run([sys.executable, "-c", "import kg; print(kg.__file__)"], cwd=work, env=env,
                           capture_output=True, text=True)
    assert where.stdout.startswith(str(site))
    assert kg("build", str(ROOT / "seeds"), "--out", "o", "--workers", "1").returncode == 0
    roles = kg("query", "roles", "--graph", "o/graph.ttl", "--format", "csv")
    assert roles.returncode == 0 and roles.stdout.startswith("person,role,org") and \
        len(roles.stdout.splitlines()) > 10, roles.stderr
    ev = kg("eval", "--gold", str(GOLD), str(DOCS), "--graph", "o/graph.ttl")
    assert ev.returncode == 0 and "overall P=" in ev.stdout, ev.stderr
    assert "person_posts" in kg("query", "--list").stdout
