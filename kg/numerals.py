"""Numbers as articles write them: Arabic digits or Chinese numerals (两, 十二, 一百零五, 三点五).

One reader for every stage, so that a count in a signatory list, a community list and a figure
is read the same way; cn2an does the Chinese numerals (it knows 两, 零 and 点)."""
from __future__ import annotations

import cn2an


def number(numeral: str) -> float | int | None:
    """The value of a numeral, or None when it is none (a bare 百, 几, 余, a word)."""
    if not numeral:
        return None
    try:
        return float(numeral) if numeral[0].isdigit() else cn2an.cn2an(numeral, "smart")
    except (ValueError, KeyError):
        return None


def count(numeral: str) -> int | None:
    """A whole count (三个社区, 5家单位), or None when the numeral is no whole number."""
    value = number(numeral)
    return int(value) if value is not None and value == int(value) else None
