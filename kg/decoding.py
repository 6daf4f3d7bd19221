"""Bytes -> text: the file's encoding, and files with a few broken bytes read all the same.

The encoding is chosen in this order: a UTF-16/32 byte-order mark; UTF-8 (with or
without BOM); GB18030 (a superset of GBK and GB2312); damaged UTF-8; charset-normalizer's
guess; damaged GB18030.

A file is *damaged* when at most 1 byte in 100 (8 bytes in a file under 800 bytes) fails
to decode — a download cut inside its last character, a few stray bytes. Each byte that
does not decode becomes one U+FFFD, so every offset into the text stays true, and
`Decoded.damage` says how many bytes and where. More than that is not damage but another
encoding or no text at all: the file is refused. Damaged UTF-8 is tried before the guess,
which can take it for a one-byte code page (cp852 for a damaged 社社社…); damaged GB18030
after it, since GB18030 reads most other two-byte encodings with few errors too.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from kg.errors import InputError

DAMAGE_SHARE = 0.01  # at most this share of a file's bytes may be broken ...
DAMAGE_FLOOR = 8  # ... or this many, whichever is more (two broken characters of any encoding)
SPOTS_NAMED = 5  # places a warning lists; the rest are counted
NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "gb18030": "GB18030"}
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_ESCAPED = re.compile("[\udc80-\udcff]+")  # how surrogateescape writes bytes that do not decode
_UTF8_RUN = re.compile(rb"(?:[\xe0-\xef][\x80-\xbf]{2}){4}")  # four 3-byte characters in a row
_TO_FFFD = {c: "\ufffd" for c in range(0xDC80, 0xDD00)}


@dataclass(frozen=True)
class Spot:
    """One run of broken bytes."""
    byte: int  # offset of its first byte in the file
    length: int  # bytes in the run
    line: int  # where it is in the text, from 1
    column: int


@dataclass(frozen=True)
class Damage:
    encoding: str
    replaced: int  # bytes that did not decode, each now one U+FFFD
    runs: int  # runs of such bytes
    spots: tuple[Spot, ...]  # the first SPOTS_NAMED runs

    def describe(self) -> str:
        """How many bytes, in which encoding, and where: line, column and byte offset."""
        where = ", ".join(f"line {s.line} column {s.column} (byte {s.byte}"
                          + (f", {s.length} bytes)" if s.length > 1 else ")") for s in self.spots)
        more = f" and {self.runs - len(self.spots)} more places" if self.runs > len(self.spots) else ""
        n = self.replaced
        return (f"{n} byte{'s' * (n != 1)} that {'do' if n != 1 else 'does'} not decode as "
                f"{NAMES.get(self.encoding, self.encoding)}, at {where}{more}")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    damage: Damage | None = None


def damage_limit(size: int) -> int:
    """The most broken bytes a file of `size` bytes may have and still be read."""
    return max(DAMAGE_FLOOR, int(size * DAMAGE_SHARE))


def decode(data: bytes) -> Decoded:
    """Bytes -> text and its encoding; damaged UTF-8 or GB18030 read with U+FFFD."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):  # Windows "Unicode" text: NUL bytes, but text
            try:
                return Decoded(_checked(data.decode(enc)), enc)
            except UnicodeDecodeError as exc:
                raise InputError(f"broken {enc} text ({exc.reason}); save it again as UTF-8") from exc
    if b"\x00" in data[:4096]:
        raise InputError("binary data (NUL bytes), not a text file; leave it out or convert it to text")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return Decoded(_checked(text), enc)
    damaged = _damaged_utf8(data)  # before the guess, which can take it for a code page
    if damaged:
        return damaged
    from charset_normalizer import from_bytes  # only for files that are neither

    best = from_bytes(data).best()
    if best is not None:
        return Decoded(_checked(str(best)), best.encoding)
    damaged = _damaged_gb18030(data)
    if damaged:
        return damaged
    broken = min(_broken(data.decode(enc, "surrogateescape")) for enc in ("utf-8", "gb18030"))
    why = (f"{broken} of {len(data)} bytes do not decode, more than 1 in 100"
           if broken > damage_limit(len(data)) else "parts of it in different encodings")
    raise InputError(f"not text in UTF-8, GBK/GB18030 or another known encoding ({why}); "
                     "save it as UTF-8 and build again")


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few broken bytes, and more sound non-ASCII characters than broken bytes
    (text in a one-byte code page has next to none: é followed by a letter is not UTF-8)."""
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    escaped = data[bom:].decode("utf-8", "surrogateescape")  # one U+DCxx per broken byte
    broken = _broken(escaped)
    ascii_bytes = len(data) - bom - len(data[bom:].translate(None, bytes(range(128))))
    sound = len(escaped) - ascii_bytes - broken
    if broken > damage_limit(len(data)) or sound < broken:
        return None
    return _replaced(escaped, "utf-8", bom, broken)


def _damaged_gb18030(data: bytes) -> Decoded | None:
    """GB18030 with a few broken bytes. GB18030 reads almost any bytes, UTF-8 too, so a file
    with four UTF-8 Chinese characters in a row (never seen by chance in GBK text: at most
    one on the seeds, the dev set and our own articles) mixes encodings and is refused."""
    escaped = data.decode("gb18030", "surrogateescape")
    broken = _broken(escaped)
    if broken > damage_limit(len(data)) or _UTF8_RUN.search(data):
        return None
    return _replaced(escaped, "gb18030", 0, broken)


def _replaced(escaped: str, enc: str, skip: int, broken: int) -> Decoded:
    runs = list(_ESCAPED.finditer(escaped))
    spots = tuple(_spot(escaped, m, enc, skip) for m in runs[:SPOTS_NAMED])
    text = _checked(escaped).translate(_TO_FFFD)  # the replaced bytes were counted above
    return Decoded(text, enc, Damage(enc, broken, len(runs), spots))


def _broken(escaped: str) -> int:
    return sum(m.end() - m.start() for m in _ESCAPED.finditer(escaped))


def _spot(escaped: str, m: re.Match, enc: str, skip: int) -> Spot:
    line_start = escaped.rfind("\n", 0, m.start()) + 1
    byte = skip + len(escaped[:m.start()].encode(enc, "surrogateescape"))
    return Spot(byte, m.end() - m.start(), escaped.count("\n", 0, m.start()) + 1,
                m.start() - line_start + 1)


def _checked(text: str) -> str:
    """Bytes that decode but are mostly control or private-use characters are not text."""
    odd = sum(1 for ch in text[:20000] if CONTROL.match(ch) and ch not in "\n\r\t"
              or "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd")
    if odd > 0.05 * min(len(text), 20000):
        raise InputError("binary data (mostly control characters), not a text file; "
                         "leave it out or convert it to text")
    return text
