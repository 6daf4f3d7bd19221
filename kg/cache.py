"""The facts of every article read so far, kept beside the graph so that `kg add` extracts
only new articles: one JSON line per document (its text and its facts), gzip-compressed.

Resolution and the graph are always recomputed from all the facts, because merging
depends on the whole collection (a name seen in a second organisation, say); extraction,
the costly part, never runs twice on the same text.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
from dataclasses import asdict
from pathlib import Path

from kg.errors import KgError
from kg.facts import Event, Evidence, Observation, OrgRef, PlaceRef, Post, Signing
from kg.graph import write_bytes
from kg.ingest import Document

FILE = "facts.jsonl.gz"
VERSION = 1


def text_hash(doc: Document) -> str:
    return hashlib.sha1(doc.text.encode("utf-8")).hexdigest()


def save(path: Path, docs: list[Document], facts: dict[str, list]) -> Path:
    """Documents in id order, each with its facts; the same input gives the same bytes."""
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write(json.dumps({"kg_facts": VERSION}).encode("utf-8") + b"\n")
        for d in sorted(docs, key=lambda d: d.id):
            line = {"doc": asdict(d), "sha1": text_hash(d), "facts": [to_record(f) for f in facts[d.id]]}
            gz.write(json.dumps(line, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")
    return write_bytes(path, buf.getvalue())


def load(path: Path) -> tuple[list[Document], dict[str, list]]:
    path = Path(path)
    if not path.exists():
        raise KgError(f"{path}: no facts beside the graph; run `kg build` first, then `kg add`")
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            header = json.loads(fh.readline())
            if header.get("kg_facts") != VERSION:
                raise KgError(f"{path}: written by another version of kg; run `kg build` again")
            docs, facts = [], {}
            for line in fh:
                rec = json.loads(line)
                doc = Document(**rec["doc"])
                docs.append(doc)
                facts[doc.id] = [from_record(r) for r in rec["facts"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KgError(f"{path}: unreadable facts file ({exc}); run `kg build` again") from exc
    return docs, facts


def to_record(fact) -> dict:
    return {"type": type(fact).__name__, **asdict(fact)}


def _org(d: dict) -> OrgRef:
    return OrgRef(**d)


def from_record(r: dict):
    ev = Evidence(**r["evidence"])
    kind = r["type"]
    if kind == "Post":
        return Post(r["person"], r["role"], _org(r["org"]), r["former"], ev, r.get("since"))
    if kind == "Signing":
        return Signing(r["agreement"], tuple(map(_org, r["signatories"])), r["date"], ev)
    if kind == "Observation":
        return Observation(PlaceRef(**r["region"]), r["indicator"], r["value"], r["unit"],
                           r["qualifier"], r["year"], r["kind"], ev)
    if kind == "Event":
        return Event(r["name"], r["kind"], r["date"], PlaceRef(**r["place"]) if r["place"] else None,
                     tuple((w, _org(o)) for w, o in r["organisers"]), tuple(map(_org, r["participants"])),
                     r["scope"], ev)
    raise KgError(f"unknown fact type {kind!r} in the facts file; run `kg build` again")
