"""kg.ingest: decoding files into Documents, and the article's title and date."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import InputError
from kg.ingest import document_from_text, find_date, find_title, read_document

TEXT = "成都市社会工作协会召开第三届会员大会\n2018-05-06 来源：成都日报\n会议选举产生了新一届理事会。\n"
LATER = dt.date(2040, 1, 1)  # a fixed "today" after every year the tests use


# --- decoding --------------------------------------------------------------------------------

@pytest.mark.parametrize("data, encoding", [
    pytest.param(TEXT.encode("utf-8"), "utf-8-sig", id="utf-8"),
    pytest.param(b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
    pytest.param(TEXT.encode("gbk"), "gb18030", id="gbk"),
])
def test_read_document_decodes(tmp_path, data, encoding):
    path = tmp_path / "a001.txt"
    path.write_bytes(data)
    d = read_document(path)
    assert d.text == TEXT
    assert d.encoding == encoding
    assert (d.id, d.source) == ("a001", "a001.txt")
    assert d.date == "2018-05-06"
    assert d.title == "成都市社会工作协会召开第三届会员大会"


def test_gbk_bytes_are_not_valid_utf8():
    # guard for the test above: the GBK case really exercises the fallback
    with pytest.raises(UnicodeDecodeError):
        TEXT.encode("gbk").decode("utf-8")


def test_line_ends_are_normalised(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert read_document(path).text == TEXT


@pytest.mark.parametrize("data", [
    pytest.param(b"", id="empty"),
    pytest.param(b"  \n\r\n\t ", id="whitespace-only"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", id="nul-bytes"),
    pytest.param("成都".encode("utf-8") + b"\x00" + "社工".encode("utf-8"), id="text-with-nul"),
])
def test_unreadable_input_raises(tmp_path, data):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError):
        read_document(path)


def test_missing_file_raises(tmp_path):
    with pytest.raises(InputError):
        read_document(tmp_path / "nope.txt")


def test_too_large_raises(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    with pytest.raises(InputError):
        read_document(path, max_bytes=10)


# --- date ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    pytest.param("社区服务站揭牌\n2018-05-06 来源：成都日报\n2016年以来，全市社工持续增长。",
                 "2018-05-06", id="byline-iso"),
    pytest.param("社区服务站揭牌\n发布时间：2018年5月6日 09:30\n正文。", "2018-05-06", id="byline-chinese"),
    pytest.param("社区服务站揭牌\n2018/5/6\n正文。", "2018-05-06", id="byline-slashes"),
    pytest.param("社区服务站揭牌\n2018-02-30 来源：某报\n2017年全市新增社工机构十家。",
                 "2017", id="impossible-byline-falls-back"),
    pytest.param("成都市社会工作发展纪实\n2016年以来，全市社工持续增长，2019年达到五千人。"
                 "到2030年，全市社工将达到两万人。依据《2025年社会工作发展规划》推进。",
                 "2019", id="body-year-ignores-target-and-title"),
    pytest.param("成都市社会工作发展纪实\n全市社工2030年达到两万人。", "2030",
                 id="body-year-control"),
    pytest.param("2020 行业组织年度盘点回顾\n正文没有写年份。", "2020", id="headline-year"),
    pytest.param("没有任何日期的文章正文。", None, id="none"),
])
def test_find_date(text, expected):
    assert find_date(text, LATER) == expected


def test_find_date_skips_future_dates():
    text = "社区服务站揭牌\n2035-01-01 来源：某报\n2017年全市新增社工机构十家，2030年目标翻番。"
    assert find_date(text, dt.date(2020, 1, 1)) == "2017"


def test_byline_must_be_in_the_first_lines():
    text = "社区服务站揭牌\n" + "正文段落。\n" * 20 + "2018-05-06\n"
    assert find_date(text, LATER) is None


def test_document_year():
    d = document_from_text("t", "t.txt", "社区服务站揭牌\n2018-05-06 来源：某报\n正文。")
    assert (d.date, d.year) == ("2018-05-06", 2018)
    assert document_from_text("t", "t.txt", "没有任何日期的文章正文。").year is None


# --- title -----------------------------------------------------------------------------------

def test_find_title_skips_menus_and_short_lines():
    text = "首页 | 新闻中心\n通知公告\n成都市社会工作协会召开第三届会员大会\n正文。"
    assert find_title(text) == "成都市社会工作协会召开第三届会员大会"
