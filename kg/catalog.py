"""The query files kg ships: found by name, listed with what they answer and what they take.

They are the repository's `queries/` folder, installed as the package `kg.queries` (see
pyproject.toml), so `kg query roles` works from any folder and there is one copy of each.
What a query answers is its own leading comment; its parameters are its `# @param` lines.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg import sparql
from kg.errors import QueryError

SUFFIX = ".rq"


@dataclass(frozen=True)
class Query:
    name: str  # file name without .rq: what `kg query NAME` takes
    text: str
    answers: str  # the leading comment, without its @param lines
    params: dict[str, str]  # NAME -> TYPE, from the @param lines


def _files():
    return resources.files("kg.queries")


def names() -> list[str]:
    return sorted(f.name[: -len(SUFFIX)] for f in _files().iterdir() if f.name.endswith(SUFFIX))


def bundled(name: str) -> Query:
    """The shipped query of this name (`roles` or `roles.rq`)."""
    stem = name[: -len(SUFFIX)] if name.endswith(SUFFIX) else name
    if stem not in names():
        raise QueryError(f"{name}: no bundled query of that name; `kg query --list` shows them "
                         "(or give the path of a .rq file)")
    return parse(stem, _files().joinpath(stem + SUFFIX).read_text(encoding="utf-8"))


def every() -> list[Query]:
    return [bundled(n) for n in names()]


def parse(name: str, text: str) -> Query:
    """A query with its description and parameters read from its own comments."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break  # the description is the comment the file starts with
        body = line[1:].strip()
        if not body.startswith("@param"):
            lines.append(body)
    return Query(name, text, " ".join(x for x in lines if x), sparql.declared(text))


def find(ref: str) -> Query:
    """A query file if REF names one, else the bundled query called REF."""
    path = Path(ref)
    if path.is_file():
        return parse(str(path), sparql.read_query(path))
    if path.suffix == SUFFIX and len(path.parts) > 1:  # clearly meant as a path
        raise QueryError(f"{ref}: no such query file; check the path, or run a bundled query "
                         "by name (`kg query --list`)")
    return bundled(ref)


def listing(queries: list[Query]) -> str:
    """What `kg query --list` prints: each name, its parameters, then what it answers."""
    out = []
    for q in queries:
        params = " ".join(f"--param {n}={t.upper()}" for n, t in q.params.items())
        out.append(f"{q.name}  {params}".rstrip())
        out.append(f"    {q.answers}")
    return "\n".join(out) + "\n"
