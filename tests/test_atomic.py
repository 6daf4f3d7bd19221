"""An interrupted build leaves the last good export: every file whole, old or new."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg import export, graph as graphs, pipeline

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "2021-04-02 来源：宁夏日报\n宁夏回族自治区社会工作协会会长马晓东出席会议。\n"


def good_export(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    export.write_all(pipeline.build([tmp_path / "a.txt"]).graph, out)
    return out, {p.name: p.read_bytes() for p in out.iterdir()}


def test_an_exception_while_replacing_files_leaves_each_file_whole(tmp_path, monkeypatch):
    out, before = good_export(tmp_path)
    (tmp_path / "b.txt").write_text(ARTICLE.replace("马晓东", "杨文静"), encoding="utf-8")
    g = pipeline.build([tmp_path / "a.txt", tmp_path / "b.txt"]).graph
    real, calls = os.replace, []

    def replace_then_die(src, dst):
        calls.append(dst)
        if len(calls) == 3:
            raise KeyboardInterrupt  # the user pressed Ctrl-C between two files
        real(src, dst)

    monkeypatch.setattr(graphs.os, "replace", replace_then_die)
    with pytest.raises(KeyboardInterrupt):
        export.write_all(g, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(before)  # no temporary left
    new = export.render_all(g)
    for name in before:
        data = (out / name).read_bytes()
        assert data in (before[name], new[name]), name
    assert graphs.load(out / "graph.ttl")  # loadable


def test_a_build_killed_at_any_moment_leaves_a_loadable_graph(tmp_path):
    out, before = good_export(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(12):  # enough work that a kill lands while extracting or while writing
        for f in (ROOT / "seeds").glob("*.txt"):
            shutil.copy(f, corpus / f"{i:02d}_{f.name}")
    build = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out"]
    seen = []
    for delay in (0.5, 1.5, 3.0, 4.5):
        proc = subprocess.Popen(build + [str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)  # the build only: its workers must end by themselves
        proc.wait()
        graphs.load(out / "graph.ttl")  # parses: whole
        seen.append({name: (out / name).read_bytes() for name in before})
    subprocess.run(build + [str(tmp_path / "full")], check=True, capture_output=True)
    time.sleep(0.5)
    left = subprocess.run(["pgrep", "-s", str(proc.pid)], capture_output=True, text=True).stdout.split()
    assert left == [], "workers outlived the killed build"
    for state in seen:
        for name, data in state.items():
            assert data in (before[name], (tmp_path / "full" / name).read_bytes()), name
