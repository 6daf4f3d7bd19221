"""`kg diff OLD NEW`: what a change to the rules did to the facts, by document and kind.

Fact IRIs are minted from their content, so a fact whose person, role, value… changed is
one fact removed and another added; the same fact with other evidence is unchanged.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import Graph

from kg.model import QUERY_PREFIXES

DESCRIBE = {
    "Post": """SELECT ?f ?doc ?a ?b ?c ?d WHERE {
        ?f a org:Post ; org:heldBy/foaf:name ?a ; org:role/rdfs:label ?b ; org:postIn/rdfs:label ?c ;
           kgo:former ?d ; prov:wasDerivedFrom/dcterms:isPartOf/dcterms:identifier ?doc }""",
    "Signing": """SELECT ?f ?doc ?a ?b ?c ?d WHERE {
        ?f a kgo:Signing ; kgo:agreement/rdfs:label ?a ; kgo:signatory/rdfs:label ?b ;
           prov:wasDerivedFrom/dcterms:isPartOf/dcterms:identifier ?doc . OPTIONAL { ?f dcterms:date ?c } }""",
    "Observation": """SELECT ?f ?doc ?a ?b ?c ?d WHERE {
        ?f a qb:Observation ; sdmx-dimension:refArea/rdfs:label ?a ; kgo:indicator/rdfs:label ?b ;
           sdmx-measure:obsValue ?v ; sdmx-attribute:unitMeasure/rdfs:label ?u ; kgo:qualifier ?q ;
           prov:wasDerivedFrom/dcterms:isPartOf/dcterms:identifier ?doc .
        OPTIONAL { ?f sdmx-dimension:refPeriod ?d }
        BIND(CONCAT(?q, " ", STR(?v), " ", STR(?u)) AS ?c) }""",
    "Event": """SELECT ?f ?doc ?a ?b ?c ?d WHERE {
        ?f a kgo:Event ; rdfs:label ?a ; prov:wasDerivedFrom/dcterms:isPartOf/dcterms:identifier ?doc .
        OPTIONAL { ?f dcterms:date ?b }
        OPTIONAL { ?f kgo:organiser|kgo:host|kgo:coOrganiser|kgo:initiator|kgo:participant ?o .
                   ?o rdfs:label ?c } }""",
}


@dataclass(frozen=True)
class Change:
    sign: str  # + added, - removed
    kind: str
    doc: str
    text: str


def facts(g: Graph) -> dict[tuple[str, str], tuple[str, set[str]]]:
    """(kind, fact IRI) -> (description, documents that state it)."""
    parts: dict[tuple[str, str], dict] = defaultdict(lambda: {"docs": set(), "fields": defaultdict(set)})
    for kind, sparql in DESCRIBE.items():
        for row in g.query(sparql, initNs=QUERY_PREFIXES):
            item = parts[(kind, str(row.f))]
            item["docs"].add(str(row.doc))
            for i, v in enumerate((row.a, row.b, row.c, row.d)):
                if v is not None:
                    item["fields"][i].add(str(v))
    out = {}
    for key, item in parts.items():
        fields = ["、".join(sorted(item["fields"][i])) for i in range(4) if item["fields"][i]]
        out[key] = (" | ".join(fields), item["docs"])
    return out


def diff(old: Graph, new: Graph) -> list[Change]:
    before, after = facts(old), facts(new)
    changes = []
    for sign, here, there in (("-", before, after), ("+", after, before)):
        for key in here.keys() - there.keys():
            text, docs = here[key]
            changes += [Change(sign, key[0], doc, text) for doc in docs]
    return sorted(changes, key=lambda c: (c.doc, c.kind, c.text, c.sign))


def render(changes: list[Change]) -> str:
    if not changes:
        return "no facts added or removed\n"
    lines, doc, kind = [], None, None
    for c in changes:
        if c.doc != doc:
            doc, kind = c.doc, None
            lines.append(f"{doc}")
        if c.kind != kind:
            kind = c.kind
            lines.append(f"  {kind}")
        lines.append(f"    {c.sign} {c.text}")
    added = sum(c.sign == "+" for c in changes)
    lines.append(f"{added} added, {len(changes) - added} removed (counted per document)")
    return "\n".join(lines) + "\n"
