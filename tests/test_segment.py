"""kg.segment: width folding, noise lines, joined lines and offsets back into the document."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import doc
from kg.segment import fold_width, is_noise, sentences


def texts(text: str) -> list[str]:
    return [s.text for s in sentences(doc(text))]


def check_chars(d, ss) -> None:
    """Every sentence character maps back to the document character it was folded from."""
    for s in ss:
        for i, ch in enumerate(s.text):
            assert fold_width(d.text[s.doc_offset(i)]) == ch
        assert s.end == s.doc_offset(len(s.text) - 1) + 1


def check_offsets(d, ss) -> None:
    """check_chars, and the document span of a sentence is its text with the line breaks
    it was joined over (and the blanks around them, which lines lose when stripped)."""
    check_chars(d, ss)
    for s in ss:
        raw = d.text[s.start:s.end]
        assert fold_width(re.sub(r"[ \t\u3000]*\n[ \t\u3000]*", "", raw)) == s.text


# --- fold_width ------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, folded", [
    ("，２０２０", ",2020"),
    ("全年服务２０２０人次，增长１５％。", "全年服务2020人次,增长15%。"),
    ("ＡＢＣ（社工）：", "ABC(社工):"),
    ("社会工作", "社会工作"),
    ("㈱ﬁ", "㈱ﬁ"),  # NFKC would widen these to several characters: kept as they are
])
def test_fold_width(raw, folded):
    assert fold_width(raw) == folded


@given(st.text(max_size=40))
@settings(max_examples=200, deadline=None)
def test_fold_width_keeps_length(s):
    assert len(fold_width(s)) == len(s)


# --- noise -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Home | About | Contact",
    "2019-03-02 10:00",
    '<input type="text" name="姓名">',
    "<div class=\"nav\">新闻中心</div>",
    "姓名\t性别\t联系电话",
])
def test_noise_lines(line):
    assert is_noise(line)
    assert texts(line + "\n") == []


def test_noise_lines_dropped_among_text():
    text = ("Home | About\n<input type=\"text\" name=\"单位名称\">\n姓名\t性别\t联系电话\n"
            "成都市社会工作协会近日召开理事会。会议审议了年度报告。\n")
    assert texts(text) == ["成都市社会工作协会近日召开理事会。", "会议审议了年度报告。"]


def test_ordinary_line_is_not_noise():
    assert not is_noise("成都市社会工作协会近日召开理事会。")


# --- sentences, joining and offsets ----------------------------------------------------------

# A long line without final punctuation whose break also splits a word (街 | 道): joined
# both by the length rule (>= 40 characters) and by the split-word rule.
LONG = "成都市社会工作协会近日组织会员单位开展社区服务能力提升培训，参加培训的社工来自全市二十多个区县和街"
REST = "道社区，培训内容包括个案工作和小组工作。"


def test_broken_long_line_is_joined():
    assert len(LONG) >= 40
    text = "  " + LONG + "\n" + REST + "\n第二段：全年服务２０２０人次。"
    d = doc(text)
    ss = sentences(d)
    assert [s.text for s in ss] == [
        fold_width(LONG + REST),
        "第二段:全年服务2020人次。",
    ]
    assert [s.index for s in ss] == [0, 1]
    check_offsets(d, ss)
    assert fold_width(d.text[ss[0].start:ss[0].end].replace("\n", "")) == ss[0].text
    assert ss[0].start == 2  # leading blanks are not part of the sentence
    assert d.text[ss[0].doc_offset(len(LONG))] == "道"  # the first character after the break
    assert ss[1].start == d.text.index("第二段")


@pytest.mark.parametrize("first", [
    pytest.param("社区服务能力提升培训通知", id="short-heading"),
    pytest.param(LONG + "道。", id="long-line-with-full-stop"),
])
def test_lines_not_joined(first):
    text = first + "\n社区培训内容包括个案工作和小组工作。"
    assert texts(text) == [fold_width(first), "社区培训内容包括个案工作和小组工作。"]


def test_offsets_across_a_dropped_noise_line():
    text = LONG + "\n<img src=\"a.png\">\n" + REST
    d = doc(text)
    ss = sentences(d)
    assert "".join(s.text for s in ss) == fold_width(LONG + REST)
    check_chars(d, ss)


def test_long_line_not_joined_to_non_chinese_start():
    text = LONG + "\n2020年培训内容包括个案工作和小组工作。"
    assert len(texts(text)) == 2


def test_sentence_split_on_final_punctuation():
    assert texts("会议召开了！大家都来了吗？会议结束；散会。") == [
        "会议召开了!", "大家都来了吗?", "会议结束;", "散会。"]


_han = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
_piece = st.one_of(
    st.text(_han, min_size=1, max_size=12),
    st.sampled_from(["，", "。", "、", "２０", "ＡＢ", "：", " ", "！", "；"]),
)
# every line has two Chinese characters first, so none is noise and none is dropped
_line = st.tuples(st.text(_han, min_size=2, max_size=6),
                  st.lists(_piece, max_size=10)).map(lambda t: t[0] + "".join(t[1]))


@given(st.lists(_line, min_size=1, max_size=6), st.lists(st.sampled_from(["", " ", "\u3000"]), min_size=6, max_size=6))
@settings(max_examples=150, deadline=None)
def test_offsets_map_back_to_document(lines, indents):
    text = "\n".join(indent + line for indent, line in zip(indents, lines))
    d = doc(text)
    ss = sentences(d)
    check_offsets(d, ss)
    assert all(0 <= s.start < s.end <= len(d.text) for s in ss)
    assert [s.start for s in ss] == sorted(s.start for s in ss)


@given(st.text(_han, min_size=40, max_size=60), st.text(_han, min_size=1, max_size=20))
@settings(max_examples=50, deadline=None)
def test_line_broken_inside_a_word_is_joined(head, tail):
    # 社 | 会 splits the word 社会: one sentence across the break, whatever surrounds it
    lines = [head + "社", "会" + tail + "。"]
    d = doc("\n".join(lines))
    ss = sentences(d)
    assert [s.text for s in ss] == ["".join(lines)]
    check_offsets(d, ss)
    assert ss[0].doc_offset(len(lines[0])) == len(lines[0]) + 1


def test_a_headline_is_not_joined_to_its_byline():
    # 召开|发布 would read as 开发 across the break, but a byline starts a line of its own
    d = doc("全区社会工作推进会在南宁召开\n发布时间：2024-05-12 来源：广西日报\n正文第一句。\n")
    assert [s.text for s in sentences(d)][:2] == ["全区社会工作推进会在南宁召开", "发布时间:2024-05-12 来源:广西日报"]


def test_a_byline_does_not_run_on_into_the_first_line_of_the_body():
    # 网|海 reads as a word across the break, but a byline ends where its line does
    d = doc("2023-05-01 来源：某网\n海南省社会工作协会会长陈英出席。\n")
    assert [s.text for s in sentences(d)] == ["2023-05-01 来源:某网", "海南省社会工作协会会长陈英出席。"]
