"""Files -> Document: decoding, the article's title and date.

The document text is the decoded file with line ends normalised and nothing else
changed, so that every offset in the graph points into what the user can open.
Noise (menus, anti-copy junk, forms) is dropped later, line by line, in `segment`.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

SUFFIXES = (".txt", ".text", ".md")
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    id: str  # file name without extension: the key gold files and IRIs use
    source: str  # file name as given
    text: str
    title: str | None
    date: str | None  # ISO, as precise as the article states it: 2017-11-07, 2015
    encoding: str

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding): UTF-8 (with or without BOM), then GB18030, then a guess."""
    if b"\x00" in data[:4096]:
        raise InputError("binary data (NUL bytes), not a text file")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes  # only for files that are neither

    best = from_bytes(data).best()
    if best is None:
        raise InputError("not text in UTF-8, GBK/GB18030 or another known encoding")
    return str(best), best.encoding


def read_document(path: Path, *, max_bytes: int = MAX_BYTES) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
    if not data.strip():
        raise InputError(f"{path}: empty file")
    if len(data) > max_bytes:
        raise InputError(f"{path}: {len(data)} bytes, over the limit of {max_bytes}")
    try:
        text, encoding = decode(data)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from exc
    return document_from_text(path.stem, path.name, text, encoding)


def document_from_text(doc_id: str, source: str, text: str, encoding: str = "utf-8") -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(doc_id, source, text, find_title(text), find_date(text), encoding)


def collect(paths) -> list[Path]:
    """Files named, and article files under folders named, in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.exists():
            out.append(p)
        else:
            raise InputError(f"{p}: no such file or folder")
    return out


# --- title and date ------------------------------------------------------------------------

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CHROME = re.compile(r"[|>]|首页|登录|注册|密码|收藏|您的位置")
_FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_YEAR = re.compile(r"(?<![\d到至-])((?:19|20)\d{2})年(?!\s*[-—~至到])")
_HEAD_LINES = 15


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def find_title(text: str) -> str | None:
    """The first line that reads as a headline: enough Chinese, no menu marks."""
    for line in _lines(text)[:_HEAD_LINES]:
        if len(_CJK.findall(line)) >= 10 and not _CHROME.search(line) and len(line) <= 80:
            return line
    return None


def find_date(text: str, today: _dt.date | None = None) -> str | None:
    """The article's date: a full date in its first lines (the byline), else its year.

    Without a byline date the year is the latest one the body states as past
    (not inside a title mark, not a target 到2020年), which dates most news reports.
    """
    today = today or _dt.date.today()
    head = "\n".join(_lines(text)[:_HEAD_LINES])
    for m in _FULL_DATE.finditer(head):
        y, mo, d = map(int, m.groups())
        try:
            day = _dt.date(y, mo, d)
        except ValueError:
            continue
        if day <= today:
            return day.isoformat()
    body = re.sub(r"《[^》]*》", "", text)
    years = [int(y) for y in _YEAR.findall(body) if int(y) <= today.year]
    first = _lines(text)[:1]
    if first:  # a headline may carry the year without 年: "2020 行业组织…"
        years += [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", first[0])
                  if int(y) <= today.year]
    return str(max(years)) if years else None
