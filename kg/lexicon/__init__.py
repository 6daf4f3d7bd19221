"""The domain dictionaries, as data files beside this module, loaded once."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

from kg.errors import LexiconError


def _lines(name: str) -> list[str]:
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def lines(name: str) -> list[str]:
    """The data lines of a lexicon file (comments and blank lines left out)."""
    return _lines(name)


@cache
def words(name: str) -> frozenset[str]:
    """Whitespace-separated words of a list file."""
    return frozenset(w for ln in _lines(name) for w in ln.split())


@cache
def longest_first(*names: str) -> tuple[str, ...]:
    """The words of the list files, longest first, so that a match takes the longest word."""
    return tuple(sorted(frozenset().union(*(words(n) for n in names)), key=len, reverse=True))


@cache
def longest_first_keys(name: str) -> tuple[str, ...]:
    """The first column of a two-column file, longest first."""
    return tuple(sorted(table(name), key=len, reverse=True))


@cache
def alternation(*names: str) -> str:
    """The words of the list files as one regex alternation, longest first, each escaped."""
    return "|".join(map(re.escape, longest_first(*names)))


@cache
def table(name: str) -> dict[str, str]:
    """A two-column, tab-separated file as a dict."""
    out = {}
    for ln in _lines(name):
        parts = ln.split("\t")
        if len(parts) != 2:
            raise LexiconError(f"kg/lexicon/{name}: {ln!r}: expected two tab-separated columns")
        out[parts[0]] = parts[1]
    return out


@cache
def rows(name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    """A tab-separated file of `columns` columns, as tuples."""
    out = []
    for ln in _lines(name):
        parts = tuple(p.strip() for p in ln.split("\t"))
        if len(parts) != columns:
            raise LexiconError(f"kg/lexicon/{name}: {ln!r}: expected {columns} tab-separated columns")
        out.append(parts)
    return tuple(out)


@cache
def chars(name: str) -> frozenset[str]:
    return frozenset("".join(_lines(name)))


@cache
def roles() -> dict[str, str | None]:
    """Role word -> government tier it heads (市, 省 ...) or None."""
    out: dict[str, str | None] = {}
    for ln in _lines("roles.txt"):
        word, _, tier = ln.partition("|gov:")
        out[word] = tier or None
    return out
