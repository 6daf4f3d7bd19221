"""Shared helpers: build a Document from text and run one extractor over it."""
from __future__ import annotations

from kg import article
from kg.extract import agreements, roles
from kg.ingest import Document, document_from_text
from kg.segment import sentences


def doc(text: str, doc_id: str = "t") -> Document:
    """A Document made from text, as if read from the file `<doc_id>.txt`."""
    return document_from_text(doc_id, doc_id + ".txt", text)


def run(extractor, text: str, doc_id: str = "t") -> list:
    """Every fact one extractor (a module with `extract`) finds in text."""
    d = doc(text, doc_id)
    return list(extractor.extract(article.analyse(d)))


def posts(text: str) -> list:
    return run(roles, text)


ROLES_HEAD = "2024-03-05 来源：本地新闻网\n"  # the byline the posts' table tests read under


def post_rows(text: str) -> set[tuple]:
    """(person, role, org, rule[, "former"]) of every post read in text under ROLES_HEAD."""
    return {(p.person, p.role, p.org.name, p.evidence.rule) + (("former",) if p.former else ())
            for p in posts(ROLES_HEAD + text)}


def signings(text: str) -> list:
    return run(agreements, text)


def plain(g):
    """g copied into rdflib's memory store as a parser would give it: Oxigraph hands plain
    literals back typed xsd:string (the same term in RDF 1.1, but rdflib tells them apart)."""
    from rdflib import Graph, Literal
    from rdflib.namespace import XSD

    out = Graph()
    for s, p, o in g:
        out.add((s, p, Literal(str(o)) if isinstance(o, Literal) and o.datatype == XSD.string else o))
    return out
