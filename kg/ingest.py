"""Files -> Document: decoding, HTML to text, the article's title and date.

The document text is the decoded file with line ends normalised and control characters
turned into spaces (one for one), so that every offset in the graph points into what the
user can open. An HTML page (by its suffix, or a text file full of tags) is first reduced
to its text (`kg.htmltext`); offsets then point into that text. Noise (menus, anti-copy
junk, forms) is dropped later, line by line, in `segment`.

A file that cannot be read raises InputError with its name, the reason and what to do.
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.decoding import CONTROL as _CONTROL
from kg.decoding import Damage, decode
from kg.errors import InputError
from kg.htmltext import html_to_text

SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024
_TAG = re.compile(r"</?(?:html|head|body|p|div|span|br|a|img|script|style|table|tr|td|li|ul|ol|h[1-6]|meta|title)\b[^>]*>", re.I)


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


@dataclass(frozen=True)
class Reading:
    """A file read: its Document, and the bytes that had to be replaced to read it."""
    document: Document
    damage: Damage | None = None
    warning: str | None = None  # for the user, naming the file, when there is damage


def read_document(path: Path, *, max_bytes: int = MAX_BYTES, strict: bool = False) -> Document:
    return read_file(path, max_bytes=max_bytes, strict=strict).document


def read_file(path: Path, *, max_bytes: int = MAX_BYTES, strict: bool = False) -> Reading:
    """A file -> its Document; a damaged file is read with U+FFFD, or refused when strict."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {size} bytes, over the limit of {max_bytes}; "
                             "split the file or raise the limit with --max-mb")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}; check the path and its permissions") from exc
    if not data.strip():
        raise InputError(f"{path}: empty file; nothing to read (remove it or add the article's text)")
    try:
        decoded = decode(data)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from exc
    if decoded.damage and strict:
        raise InputError(f"{path}: {decoded.damage.describe()}; --strict refuses damaged files: "
                         "download or repair it, or build without --strict")
    text = decoded.text
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise InputError(f"{path}: an HTML page with no text; save the article's text instead")
    doc = document_from_text(path.stem, path.name, text, decoded.encoding)
    if not decoded.damage:
        return Reading(doc)
    return Reading(doc, decoded.damage, f"{path}: {decoded.damage.describe()}: each replaced by U+FFFD "
                   "and the rest read (a sentence there may lose its facts; --strict refuses such files)")


def looks_like_html(text: str) -> bool:
    """A page saved with its markup: a doctype, or tags on many lines."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or len(_TAG.findall(text[:50000])) >= 5


def document_from_text(doc_id: str, source: str, text: str, encoding: str = "utf-8") -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)  # one for one: offsets stay true; RDF and HTML stay clean
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
_CHROME = re.compile(r"[|>]|首页|(?:登录|注册)(?![\u4e00-\u9fff])|密码|收藏|您的位置")  # not 注册志愿者
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
    text = unicodedata.normalize("NFKC", text)  # ２０２１－０４－０２ is a date too
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
