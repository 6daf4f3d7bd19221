"""Document -> Sentence, and the one jieba tokenizer the extractors share.

Noise lines (menus, anti-copy junk, image hashes, form rows) are dropped; lines a
web page or PDF broke inside a sentence are joined again. Every sentence keeps the
map from its characters back to offsets in the document text.
"""
from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from kg import lexicon
from kg.ingest import Document

_TERMINAL = "。！？!?；;…”\"」』)"
_SPLIT = re.compile(r"[^。！？!?；;]*[。！？!?；;]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_BYLINE = re.compile(r"(?:发布时间|发布日期|来源|作者|编辑|责任编辑|日期|时间)\s*[:：]")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int  # position in the document, from 0
    text: str  # width-folded (，→, ２→2), without the line breaks it was joined over
    starts: tuple[int, ...]  # sentence offsets where a run of the document starts
    doc_starts: tuple[int, ...]  # the document offset of each run

    def doc_offset(self, i: int) -> int:
        """Document offset of sentence character i (i == len(text): one past the end)."""
        if i >= len(self.text):
            return self.doc_offset(len(self.text) - 1) + 1 if self.text else self.doc_starts[0]
        k = bisect.bisect_right(self.starts, i) - 1
        return self.doc_starts[k] + (i - self.starts[k])

    @property
    def start(self) -> int:
        return self.doc_offset(0)

    @property
    def end(self) -> int:
        return self.doc_offset(len(self.text))


class _Fold(dict):
    """str.translate table: a character's NFKC form where that is one character, learnt on
    first sight (the table stays small: a text uses few distinct characters)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        n = unicodedata.normalize("NFKC", ch)
        self[code] = n if len(n) == 1 else ch
        return self[code]


_FOLD = _Fold()


def fold_width(text: str) -> str:
    """Full-width letters, digits and punctuation to plain ones, one character for one.

    >>> fold_width("２０２１年，ＡＢ")
    '2021年,AB'
    """
    return text.translate(_FOLD)


def is_noise(line: str) -> bool:
    """A line that cannot state a fact: no Chinese, markup, or cells of a form."""
    if len(_CJK.findall(line)) < 2:
        return True
    if _HTML_TAG.search(line) or line.count("\t") >= 2:
        return True
    return False


def sentences(doc: Document) -> list[Sentence]:
    out: list[Sentence] = []
    for para, runs in _paragraphs(doc.text):
        for m in _SPLIT.finditer(para):
            a, b = m.span()
            while a < b and para[a].isspace():
                a += 1
            while b > a and para[b - 1].isspace():
                b -= 1
            if b - a < 2:
                continue
            starts, doc_starts = _slice_runs(runs, a, b)
            out.append(Sentence(doc.id, len(out), para[a:b], starts, doc_starts))
    return out


def _paragraphs(text: str):
    """(folded paragraph text, runs) where runs map paragraph offsets to document offsets."""
    para, runs, last = "", [], ""
    pos = 0
    for raw in text.split("\n"):
        line_start, pos = pos, pos + len(raw) + 1
        stripped = raw.strip()
        if not stripped or is_noise(stripped):
            continue
        offset = line_start + raw.index(stripped[0])
        folded = fold_width(stripped)
        if para and not _broken(last, folded):
            yield para, runs
            para, runs = "", []
        runs.append((len(para), offset))
        para += folded
        last = folded
    if para:
        yield para, runs


_ROSTER_LINE = re.compile(r"[\u4e00-\u9fff·]{2,6}[ \u3000]+[\u4e00-\u9fff]")  # a name, a space, its posts


def _broken(last: str, nxt: str) -> bool:
    """Was one sentence broken across these lines? Only if the break splits a word:
    北京市社 | 会建设促进会 (社会), 让政府部门知 | 道 (知道). A heading or a caption
    followed by a paragraph does not run on into it."""
    if last[-1] in _TERMINAL or not _CJK.match(nxt) or not _CJK.match(last[-1]) \
            or _BYLINE.match(nxt) or _BYLINE.search(last):
        return False  # a byline (来源：某网) ends where its line does
    if _ROSTER_LINE.match(nxt) and _ROSTER_LINE.match(last):
        return False  # 甲　X院社会工作部部长 / 乙　Y站副站长: a roster's lines, each whole (部长|长孙)
    freq = tokenizer().FREQ
    pairs = (last[-1] + nxt[0], last[-1] + nxt[:2], last[-2:] + nxt[0])
    return any(freq.get(w, 0) > 0 for w in pairs if len(w) >= 2)


def _slice_runs(runs, a: int, b: int):
    starts, doc_starts = [0], []
    k = bisect.bisect_right([r[0] for r in runs], a) - 1
    doc_starts.append(runs[k][1] + (a - runs[k][0]))
    for p_start, d_start in runs[k + 1:]:
        if p_start >= b:
            break
        starts.append(p_start - a)
        doc_starts.append(d_start)
    return tuple(starts), tuple(doc_starts)


# --- jieba -----------------------------------------------------------------------------------

@cache
def tokenizer():
    """A private jieba tokenizer with the domain words added (never jieba's global one)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for word in _domain_words():
        tok.add_word(word, freq=max(tok.suggest_freq(word, tune=False), 1000))
    return tok


@cache
def pos_table() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags (word -> tag), e.g. 大家 -> r."""
    import jieba.posseg

    return jieba.posseg.POSTokenizer(tokenizer()).word_tag_tab


def _domain_words() -> list[str]:
    words = set(lexicon.roles()) | set(lexicon.table("org_suffixes.txt"))
    words |= {p + r for p in lexicon.words("role_prefixes.txt") for r in lexicon.roles()}
    return sorted(w for w in words if len(w) > 1)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) over text, with the domain dictionary, no HMM (fast, stable)."""
    out, i = [], 0
    for w in tokenizer().lcut(text, HMM=False):  # lcut and offsets: tokenize() without its generator
        out.append((w, i, i + len(w)))
        i += len(w)
    return out


def word_freq(word: str) -> int:
    return tokenizer().FREQ.get(word, 0)
