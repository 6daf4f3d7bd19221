"""Signings real articles write without 《》, and people signing for their organisations.
Sentences are our own."""
from __future__ import annotations

import pytest

from conftest import run
from kg import pipeline
from kg.extract import agreements
from kg.ingest import document_from_text

HEAD = "2024-05-20 来源：本地新闻网\n"


def read(text: str) -> set[tuple[str, frozenset, str]]:
    return {(s.agreement, frozenset(o.name for o in s.signatories), s.evidence.rule)
            for s in run(agreements, HEAD + text)}


SIGNED = [
    pytest.param(
        "绍兴市民政局与绍兴文理学院签订了社会工作人才培养合作协议。",
        {("社会工作人才培养合作协议", frozenset({"绍兴市民政局", "绍兴文理学院"}), "agreements.sign-untitled")},
        id="untitled-agreement-named-by-its-head-word"),
    pytest.param(
        "嘉兴市社会工作协会和嘉兴学院签署战略合作备忘录。",
        {("战略合作备忘录", frozenset({"嘉兴市社会工作协会", "嘉兴学院"}), "agreements.sign-untitled")},
        id="memorandum"),
    pytest.param(
        "嘉兴市社会工作协会会长沈国强与嘉兴学院副院长吴丽签署合作协议。",
        {("合作协议", frozenset({"嘉兴市社会工作协会", "嘉兴学院"}), "agreements.sign-untitled")},
        id="people-sign-for-their-organisations"),
    pytest.param(
        "湖州市民政局与湖州师范学院签署了共建湖州社会工作学院《战略合作协议》。",
        {("战略合作协议", frozenset({"湖州市民政局", "湖州师范学院"}), "agreements.sign")},
        id="words-between-verb-and-title"),
    pytest.param(
        "嘉兴学院社会工作者协会召开年会。协会与嘉兴市阳光社会工作服务中心签订共建实践基地协议。",
        {("共建实践基地协议", frozenset({"嘉兴学院社会工作者协会", "嘉兴市阳光社会工作服务中心"}),
          "agreements.sign-untitled")},
        id="an-anaphor-signs-for-the-association-named-before"),
    pytest.param(
        "泉州市丰泽区阳光社会工作服务中心与东湖、西湖、北峰等3个社区分别签订了共建协议。",
        {("共建协议", frozenset({"泉州市丰泽区阳光社会工作服务中心", "东湖社区", "西湖社区", "北峰社区"}),
          "agreements.sign-untitled")},
        id="names-before-a-counted-head"),
    pytest.param(
        "市社会工作党委和丰泽区社建办签订了“携手共建,共同发展”的项目合作协议。",
        {("“携手共建,共同发展”的项目合作协议", frozenset({"市社会工作党委", "丰泽区社建办"}),
          "agreements.sign-untitled")},
        id="quoted-words-with-a-comma-inside-the-name"),
]

NOTHING = [
    pytest.param("泉州市民政局与东湖、西湖等3个社区签订了共建协议。", id="count-differs-from-the-names"),
    pytest.param("湖州市民政局与湖州师范学院签署了意见。", id="no-head-word"),
    pytest.param("湖州市民政局签约仪式在湖州举行。", id="ceremony"),
]


@pytest.mark.parametrize("text, expected", SIGNED)
def test_signings_untitled(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_signings_untitled_nothing(text):
    assert read(text) == set()


def test_a_headline_untitled_signing_is_the_titled_one_of_its_body():
    text = ("湖州温州两地协会签订合作协议\n"
            "2024年5月20日，湖州市社会工作协会与温州市社会工作协会签订《湖温社会工作战略合作协议》。")
    assert {s.agreement for s in run(agreements, text)} == {"湖温社会工作战略合作协议"}


def test_untitled_agreements_of_two_articles_stay_apart():
    docs = [document_from_text(f"a{i}", f"a{i}.txt", HEAD + f"{org}与丽水学院签订了战略合作协议。")
            for i, org in enumerate(("丽水市民政局", "衢州市民政局"))]
    facts = {d.id: pipeline.extract_document(d) for d in docs}
    built = pipeline.assemble(docs, facts)
    agreements_ = [k for k, e in built.resolution.entities.items() if e.kind == "agreement"]
    assert len(agreements_) == 2
