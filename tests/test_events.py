"""kg.extract.events: Event(name, kind, date, place, organisers, participants, scope)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import doc, run
from kg.extract import events

HEAD = "西部多地推进社会工作人才队伍建设\n2019-03-02 来源：贵州日报\n"  # article date: 2019


def facts(text: str, doc_id: str = "t") -> set[tuple]:
    """One row per event: the facts of each rule are merged, organisers/participants unioned."""
    merged: dict[tuple, tuple[set, set]] = {}
    for e in run(events, text, doc_id):
        key = (e.name, e.kind, e.date, e.place.label if e.place else None, e.scope)
        orgs, parts = merged.setdefault(key, (set(), set()))
        orgs.update((word, o.name) for word, o in e.organisers)
        parts.update(o.name for o in e.participants)
    return {key + (frozenset(orgs), frozenset(parts)) for key, (orgs, parts) in merged.items()}


def ev(name, kind, date=None, place=None, organisers=(), participants=(), scope=None) -> tuple:
    return (name, kind, date, place, scope, frozenset(organisers), frozenset(participants))


def rules(text: str) -> set[str]:
    return {e.evidence.rule for e in run(events, text)}


HELD = [
    pytest.param(
        HEAD + "5月16日，“西部社会工作发展论坛”在贵阳召开。",
        {ev("西部社会工作发展论坛", "论坛", "2019-05-16", "贵阳市")},
        id="held-quoted-forum"),
    pytest.param(
        HEAD + "6月3日，云南省社会工作人才培养研讨会在昆明举行。",
        {ev("云南省社会工作人才培养研讨会", "研讨会", "2019-06-03", "昆明市")},
        id="held-unquoted-seminar"),
    pytest.param(
        HEAD + "7月9日，甘肃省社区治理专题座谈会在兰州召开。",
        {ev("甘肃省社区治理专题座谈会", "会议", "2019-07-09", "兰州市")},
        id="held-zuotanhui"),
    pytest.param(
        HEAD + "8月20日，“青海省社会工作督导人才培训班”在西宁顺利举行。",
        {ev("青海省社会工作督导人才培训班", "培训", "2019-08-20", "西宁市")},
        id="held-training-shunli"),
    pytest.param(
        HEAD + "9月5日，“黔滇社会工作合作项目签约仪式”在贵阳隆重举行。",
        {ev("黔滇社会工作合作项目签约仪式", "仪式", "2019-09-05", "贵阳市")},
        id="held-signing-ceremony"),
]

ORGANISED = [
    pytest.param(
        HEAD + "10月12日，兰州大学社会学系在兰州召开“西北社会工作教育研讨会”。",
        {ev("西北社会工作教育研讨会", "研讨会", "2019-10-12", "兰州市",
            organisers={("主办", "兰州大学社会学系")})},
        id="convene-org-at-place"),
    pytest.param(
        HEAD + "10月12日，兰州大学社会学系召开“西北社会工作教育研讨会”。",
        {ev("西北社会工作教育研讨会", "研讨会", "2019-10-12",
            organisers={("主办", "兰州大学社会学系")})},
        id="convene-org-no-place"),
    pytest.param(
        HEAD + "11月2日，由贵州省社会工作协会主办，贵阳市民政局承办的“黔中社会组织发展论坛”顺利举办。",
        {ev("黔中社会组织发展论坛", "论坛", "2019-11-02",
            organisers={("主办", "贵州省社会工作协会"), ("承办", "贵阳市民政局")})},
        id="by-zhuban-chengban"),
    pytest.param(
        HEAD + "12月6日，昆明市社区治理座谈会在昆明召开。本次座谈会由昆明市民政局发起。",
        {ev("昆明市社区治理座谈会", "会议", "2019-12-06", "昆明市",
            organisers={("发起", "昆明市民政局")})},
        id="by-faqi-anaphor"),
]

ATTENDED = [
    pytest.param(
        HEAD + "4月18日，“滇黔桂社会工作高峰论坛”在昆明举行。"
        "来自云南大学社会学系、广西壮族自治区社会工作协会等单位的代表参加了本次论坛。",
        {ev("滇黔桂社会工作高峰论坛", "论坛", "2019-04-18", "昆明市",
            participants={"云南大学社会学系", "广西壮族自治区社会工作协会"})},
        id="attend-laizi-daibiao"),
    pytest.param(
        HEAD + "5月20日，西南社会工作督导研讨会在贵阳举行。"
        "出席本次研讨会的还有贵州省社会工作协会会长王立新、贵州民族大学社会工作系主任赵文静。",
        {ev("西南社会工作督导研讨会", "研讨会", "2019-05-20", "贵阳市",
            participants={"贵州省社会工作协会", "贵州民族大学社会工作系"})},
        id="attend-chuxi-haiyou"),
]

SCOPED = [
    pytest.param(
        HEAD + "3月15日，第二次理事会在贵阳召开。",
        {ev("第二次理事会", "会议", "2019-03-15", "贵阳市", scope="g1")},
        id="generic-scoped-to-doc"),
    pytest.param(
        HEAD + "3月15日，贵州省社会工作协会第二次理事会在贵阳召开。",
        {ev("贵州省社会工作协会第二次理事会", "会议", "2019-03-15", "贵阳市")},
        id="specific-not-scoped"),
]


@pytest.mark.parametrize("text, expected", HELD + ORGANISED + ATTENDED + SCOPED)
def test_events_found(text, expected):
    assert facts(text, "g1") == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param(HELD[0].values[0], {"events.held"}, id="held"),
    pytest.param(ORGANISED[1].values[0], {"events.convene"}, id="convene"),
    pytest.param(ORGANISED[2].values[0], {"events.held", "events.by"}, id="by-and-held"),
    pytest.param(ORGANISED[3].values[0], {"events.held", "events.by"}, id="faqi-and-held"),
    pytest.param(ATTENDED[0].values[0], {"events.held", "events.attend"}, id="attend"),
])
def test_events_rules_that_fire(text, expected):
    assert rules(text) == expected


NOTHING = [
    pytest.param(HEAD + "黔东南社会工作论坛更名为“黔东南社会治理创新论坛”。", id="renamed-no-trigger"),
    pytest.param(HEAD + "昆明市社会工作协会在本会会议室召开了工作例会。", id="huiyishi"),
    pytest.param(HEAD + "甘肃省社会工作者代表在人民大会堂受到表彰。", id="renmin-dahuitang"),
    pytest.param(HEAD + "兰州市民政局和甘肃省社会工作协会的代表参加了本次会议。",
                 id="anaphor-nothing-introduced"),
    pytest.param(HEAD + "贵州省社会工作协会会员单位已超过两百家。", id="no-event-word"),
]


@pytest.mark.parametrize("text", NOTHING)
def test_events_none(text):
    assert run(events, text) == []


def test_events_generic_scope_is_the_default_doc_id():
    [e] = run(events, HEAD + "3月15日，第二次理事会在贵阳召开。")
    assert e.scope == "t"


def test_events_by_evidence_spans_organisers_and_name():
    text = HEAD + "11月2日，由贵州省社会工作协会主办，贵阳市民政局承办的“黔中社会组织发展论坛”顺利举办。"
    d = doc(text)
    [by] = [e for e in run(events, text) if e.evidence.rule == "events.by"]
    span = d.text[by.evidence.span_start:by.evidence.span_end]
    assert span.startswith("由贵州省社会工作协会") and span.endswith("“黔中社会组织发展论坛”")


# --- never raises; evidence stays inside its sentence and document ---------------------------

_WORDS = ["贵州省社会工作协会", "昆明市民政局", "兰州大学社会学系", "贵阳", "在", "由", "主办",
          "承办", "发起", "召开", "举行", "顺利", "参加了", "出席", "来自", "等单位的代表",
          "的还有", "本次", "会上", "第二次", "理事会", "研讨会", "论坛", "座谈会", "会议室",
          "“", "”", "、", "，", "。", "5月8日", "2019年", "会长张明", "\n", " "]


@given(st.lists(st.sampled_from(_WORDS), max_size=30).map("".join))
@settings(max_examples=80, deadline=None)
def test_events_never_raises_and_evidence_is_inside(text):
    d = doc(text)
    for e in run(events, text):
        x = e.evidence
        assert 0 <= x.start <= x.span_start < x.span_end <= x.end <= len(d.text)
        assert e.name and e.kind
        assert x.rule in {"events.held", "events.convene", "events.by", "events.attend"}


@given(st.text(max_size=60))
@settings(max_examples=80, deadline=None)
def test_events_never_raises_on_any_text(text):
    d = doc(text)
    for e in run(events, text):
        assert e.evidence.start <= e.evidence.span_start < e.evidence.span_end <= len(d.text)


# --- several sentences about one event ---------------------------------------------------------

def test_the_headline_and_the_dated_body_are_one_event():
    from kg import pipeline
    from kg.resolve import resolve

    text = ("宁夏社会工作行业协会联席会议在银川召开\n发布时间：2024-05-12 来源：宁夏日报\n"
            "5月10日，2024年宁夏社会工作行业协会联席会议在银川召开。\n")
    d = doc(text)
    [e] = resolve(pipeline.extract_document(d)).events
    assert (e.name, e.date) == ("2024年宁夏社会工作行业协会联席会议", "2024-05-10")


def test_an_anaphor_takes_every_organiser_of_a_long_list():
    text = (HEAD + "4月9日，2019年青海省社会工作协会年会在西宁召开。"
            "会议由青海省社会工作协会主办，海东市社会工作协会承办，西宁市民政局指导。")
    [row] = facts(text)
    assert row[5] == {("主办", "青海省社会工作协会"), ("承办", "海东市社会工作协会"), ("指导", "西宁市民政局")}


def test_a_name_inside_a_longer_name_is_not_a_second_event():
    text = HEAD + "3月18日，银川市民政局在兴庆区举办2019年社会工作宣传周启动仪式。"
    assert {r[0] for r in facts(text)} == {"2019年社会工作宣传周启动仪式"}


def test_a_bare_event_word_and_this_activity_point_to_the_event_reported():
    text = (HEAD + "3月18日，银川市民政局在兴庆区举办2019年社会工作宣传周启动仪式。"
            "银川市社会工作协会会长马兰出席启动仪式。"
            "宁夏大学社会学系等单位参加了本次活动。")
    [row] = facts(text)
    assert row[6] == {"银川市社会工作协会", "宁夏大学社会学系"}
