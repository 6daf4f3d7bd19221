"""kg.ingest: decoding files into Documents, and the article's title and date."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from kg.errors import InputError
from kg import ingest
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


def test_a_headline_about_registered_volunteers_is_no_login_menu():
    text = "登录 注册\n成都市注册志愿者突破50万人 服务品牌持续擦亮\n正文。"
    assert find_title(text) == "成都市注册志愿者突破50万人 服务品牌持续擦亮"


# --- damaged files: a few bytes that do not decode -------------------------------------------

LONG = ("成都市社会工作协会召开第三届会员大会\n2018-05-06 来源：成都日报\n"
        + "会议选举产生了新一届理事会，社工代表参加会议并交流了社区服务经验。\n" * 20)


def _read(tmp_path, data: bytes, name="d.txt", **kw):
    path = tmp_path / name
    path.write_bytes(data)
    return ingest.read_file(path, **kw)


def test_cut_inside_the_last_character_keeps_everything_before_it(tmp_path):
    data = LONG.rstrip("\n").encode("utf-8")[:-1]  # the last 。 (3 bytes) loses its last byte
    r = _read(tmp_path, data)
    assert r.document.text == LONG.rstrip("\n")[:-1] + "\ufffd\ufffd"  # one U+FFFD per byte
    assert (r.damage.replaced, r.damage.runs, r.document.encoding) == (2, 1, "utf-8")
    spot = r.damage.spots[0]
    assert (spot.byte, spot.length, spot.line) == (len(data) - 2, 2, LONG.count("\n"))
    assert "d.txt" in r.warning and "2 bytes" in r.warning and "UTF-8" in r.warning


def test_stray_bytes_between_two_characters_keep_every_offset_true(tmp_path):
    i = LONG.index("理事会")  # between 了 and 理
    data = LONG[:i].encode("utf-8") + b"\x80\xff\xfe\x81" + LONG[i:].encode("utf-8")
    r = _read(tmp_path, data)
    assert r.document.text == LONG[:i] + "\ufffd" * 4 + LONG[i:]
    spot = r.damage.spots[0]
    line_start = LONG.rindex("\n", 0, i) + 1
    assert (spot.byte, spot.length, spot.line, spot.column) == (
        len(LONG[:i].encode("utf-8")), 4, LONG.count("\n", 0, i) + 1, i - line_start + 1)
    assert "line 3 column" in r.warning and f"byte {spot.byte}" in r.warning


def test_damaged_gbk_is_read_as_gb18030(tmp_path):
    gbk = LONG.encode("gbk")
    i = len(LONG[:LONG.index("理事会")].encode("gbk"))
    r = _read(tmp_path, gbk[:i] + b"\xff" + gbk[i:])
    assert r.document.encoding == "gb18030"
    assert r.document.text == LONG[:LONG.index("理事会")] + "\ufffd" + LONG[LONG.index("理事会"):]
    assert "GB18030" in r.warning


def test_damage_in_many_places_names_the_first_five_and_counts_the_rest(tmp_path):
    lines = LONG.split("\n")
    data = "\n".join(lines).encode("utf-8")
    broken = b"\n".join(ln.encode("utf-8") + (b"\xff" if 2 <= k < 9 else b"") for k, ln in enumerate(lines))
    r = _read(tmp_path, broken)
    assert len(broken) == len(data) + 7
    assert (r.damage.replaced, r.damage.runs, len(r.damage.spots)) == (7, 7, 5)
    assert [s.line for s in r.damage.spots] == [3, 4, 5, 6, 7]
    assert "and 2 more places" in r.warning


def _with_stray(n: int, size: int) -> bytes:
    """`size` bytes of UTF-8 text of which n are stray 0xFF bytes, each between two characters."""
    chars = (LONG * 4).encode("utf-8")[: size - n].decode("utf-8", "ignore")
    chars += "a" * (size - n - len(chars.encode("utf-8")))
    step = max(1, len(chars) // (n + 1))
    out, last = [], 0
    for k in range(1, n + 1):
        out += [chars[last:k * step].encode("utf-8"), b"\xff"]
        last = k * step
    data = b"".join(out) + chars[last:].encode("utf-8")
    assert len(data) == size and data.count(b"\xff") == n
    return data


@pytest.mark.parametrize("n, size, read", [
    pytest.param(20, 2000, True, id="1-in-100-is-read"),
    pytest.param(21, 2000, False, id="more-than-1-in-100-is-refused"),
    pytest.param(8, 300, True, id="8-bytes-in-a-short-file-are-read"),
    pytest.param(9, 300, False, id="9-bytes-in-a-short-file-are-refused"),
])
def test_mostly_means_more_than_1_byte_in_100_or_8_bytes(tmp_path, n, size, read):
    data = _with_stray(n, size)
    if read:
        r = _read(tmp_path, data)
        assert r.damage.replaced == n and r.document.text.count("\ufffd") == n
    else:
        with pytest.raises(InputError, match=rf"d\.txt: not text .* \({n} of {size} bytes do not decode, "
                                             "more than 1 in 100\\)"):
            _read(tmp_path, data)


@pytest.mark.parametrize("data, reason", [
    pytest.param(LONG.encode("utf-8")[:300] + LONG.encode("gbk")[300:], "different encodings",
                 id="utf8-then-gbk"),
    pytest.param(LONG.encode("gbk")[:-300] + LONG.encode("utf-8")[-300:], "different encodings",
                 id="gbk-then-utf8"),
    pytest.param(bytes(b % 255 + 1 for b in random.Random(0).randbytes(3000)), "", id="binary-without-nul"),
])
def test_wrong_or_mixed_encodings_and_binary_are_still_refused(tmp_path, data, reason):
    if reason:  # guard: GB18030 alone reads these with few errors, UTF-8 bytes as wrong characters
        as_gb = data.decode("gb18030", "surrogateescape")
        assert sum("\udc80" <= ch <= "\udcff" for ch in as_gb) <= len(data) // 100
    with pytest.raises(InputError, match=f"d.txt: (not text|binary data).*{reason}"):
        _read(tmp_path, data)


def test_strict_refuses_a_damaged_file_naming_it_and_where(tmp_path):
    data = LONG.rstrip("\n").encode("utf-8")[:-1]
    with pytest.raises(InputError, match=r"d\.txt: 2 bytes that do not decode as UTF-8, at line 22 .*--strict"):
        _read(tmp_path, data, strict=True)
    assert _read(tmp_path, LONG.encode("utf-8"), strict=True).damage is None


def test_a_clean_file_has_no_damage_or_warning(tmp_path):
    r = _read(tmp_path, LONG.encode("utf-8"))
    assert (r.damage, r.warning, r.document.text) == (None, None, LONG)


def test_damaged_html_page_is_read_as_utf8_then_reduced_to_text(tmp_path):
    page = f"<html><head><title>标题</title></head><body><p>{LONG}</p></body></html>".encode("utf-8")
    r = _read(tmp_path, page[:-20] + page[-20:].replace(b"</p>", "。".encode("utf-8")[:2] + b"</p>"),
              name="p.html")
    assert r.document.encoding == "utf-8" and r.damage.replaced == 2
    assert r.document.text.endswith("交流了社区服务经验。\n\ufffd\ufffd")


def test_damaged_utf8_is_not_taken_for_a_code_page(tmp_path):
    data = ("社" * 700).encode("utf-8")[:-1]
    from charset_normalizer import from_bytes

    assert from_bytes(data).best() is not None  # guard: the guess alone would read a code page
    r = _read(tmp_path, data)
    assert (r.document.encoding, r.document.text) == ("utf-8", "社" * 699 + "\ufffd\ufffd")


def test_latin_text_with_a_few_accents_is_still_read_by_the_guess(tmp_path):
    text = "Le centre social de Lyon a ouvert un café et une crèche pour les familles du quartier.\n" * 3
    r = _read(tmp_path, text.encode("cp1252"))  # é then a letter or space: not UTF-8, broken or not
    assert r.damage is None and r.document.encoding.startswith("cp125")
    assert "\ufffd" not in r.document.text and "café" in r.document.text
