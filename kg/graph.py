"""Load and save the graph: atomic writes, and only local files in the formats we write."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import json

from rdflib import Graph

from kg import model
from kg.errors import KgError


def save(graph: Graph, path: Path, fmt: str = "turtle") -> Path:
    return write_bytes(path, graph.serialize(format=fmt, encoding="utf-8"))


def write_bytes(path: Path, data: bytes) -> Path:
    """Write atomically: a temporary file in the same folder, then moved into place."""
    return write_all({Path(path): lambda fh: fh.write(data)})[0]


def write_all(producers: dict) -> list[Path]:
    """{path: function writing the content to a binary file}: every file is written in full
    to a temporary beside it first, and only then are they all moved into place, so a
    stop at any moment leaves every file whole and all of them old until the last write."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, produce in producers.items():
            path = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            staged.append((tmp, path))
            with os.fdopen(fd, "wb") as fh:
                produce(fh)
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; an export is not
        for tmp, path in staged:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    return [path for _, path in staged]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


FORMAT_OF_SUFFIX = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".jsonld": "json-ld"}


def load(*paths: Path) -> Graph:
    """One graph from one or more files (graph.ttl, and centrality.ttl beside it, say)."""
    g = model.new_graph()
    for path in map(Path, paths):
        if not path.exists():
            raise KgError(f"{path}: no such graph file; build one with `kg build`")
        fmt = FORMAT_OF_SUFFIX.get(path.suffix)
        if fmt is None:  # RDF/XML above all: entity expansion can exhaust memory
            raise KgError(f"{path}: unknown graph format; use .ttl, .nt or .jsonld")
        try:
            data = path.read_bytes()
            if fmt == "json-ld":
                _refuse_remote_context(path, data)
            g.parse(data=data, format=fmt)
        except KgError:
            raise
        except Exception as exc:  # rdflib's parsers raise many kinds, with line numbers in the text
            msg = " ".join(str(exc).split())[:300]
            raise KgError(f"{path}: not a valid {fmt} graph ({msg}); rebuild it with `kg build`") from exc
    return g


def _refuse_remote_context(path: Path, data: bytes) -> None:
    """A JSON-LD @context given by URL would be fetched by the parser: refuse it."""
    def contexts(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "@context":
                    yield v
                yield from contexts(v)
        elif isinstance(node, list):
            for v in node:
                yield from contexts(v)

    try:
        doc = json.loads(data)
    except ValueError as exc:
        raise KgError(f"{path}: not valid JSON ({exc}); rebuild it with `kg build`") from exc
    for ctx in contexts(doc):
        for item in ctx if isinstance(ctx, list) else [ctx]:
            if isinstance(item, str):
                raise KgError(f"{path}: its @context is fetched from {item!r}; kg loads nothing "
                              "from the network, so put the context inline")
