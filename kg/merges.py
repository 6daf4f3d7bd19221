"""Reviewable merges: a plain-text file that says which names are one entity and which
must never be merged, applied by `resolve`. The defaults ship in kg/lexicon/merges.txt; a
user's file comes with `--merges`. One statement per line:

    北京社会工作者协会 = 北京市社会工作者协会 = 北京社工协会     # one organisation (or person)
    甲市社会工作协会 != 甲市社会工作者协会                      # two, whatever they look like

The first name of a `=` line is the one the entity is known by. `#` starts a comment.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kg.errors import KgError


@dataclass
class Merges:
    same: list[list[str]] = field(default_factory=list)
    never: set[frozenset[str]] = field(default_factory=set)

    def never_merge(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.never

    def extend(self, other: "Merges") -> "Merges":
        return Merges(self.same + other.same, self.never | other.never)


def parse(text: str, source: str = "merges") -> Merges:
    out = Merges()
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if "!=" in line:
            names = [x.strip() for x in line.split("!=")]
            if len(names) != 2 or not all(names):
                raise KgError(f"{source}:{n}: write `A != B`, two names")
            out.never.add(frozenset(names))
        elif "=" in line:
            names = [x.strip() for x in line.split("=")]
            if len(names) < 2 or not all(names):
                raise KgError(f"{source}:{n}: write `A = B [= C …]`, two names or more")
            out.same.append(names)
        else:
            raise KgError(f"{source}:{n}: expected `A = B` or `A != B`, got {line!r}")
    return out


def load(path: Path | None = None) -> Merges:
    """The shipped defaults, plus the user's file if given."""
    text = resources.files("kg.lexicon").joinpath("merges.txt").read_text(encoding="utf-8")
    merges = parse(text, "kg/lexicon/merges.txt")
    if path is not None:
        try:
            merges = merges.extend(parse(Path(path).read_text(encoding="utf-8"), str(path)))
        except (OSError, UnicodeDecodeError) as exc:
            raise KgError(f"{path}: cannot read the merges file ({exc})") from exc
    return merges
