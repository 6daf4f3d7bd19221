"""`kg entities`: the entities of a graph, and the likely duplicates resolution left apart
for a person to review (a reviewed pair goes into a merges file as `A = B` or `A != B`).

Suspects, read from the graph:
- organisations in the same place whose names differ only in their suffix or in how
  social work is written (北京社会工作者协会 / 北京市社会工作协会);
- two people of the same name (kept apart because nothing tied them together);
- indicator wordings of two or more figures that no measure of kg/lexicon/measures.txt
  names: worth adding to a measure's wordings (or as a measure) so they line up.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from rdflib import Graph

from kg import measures, places
from kg.model import QUERY_PREFIXES

_ASSOCIATION_SUFFIX = re.compile(r"(?:行业)?(?:协会|联合会|促进会|学会|研究会|总会|联盟)$")
ENTITIES = """
SELECT ?e ?kind ?label ?alt WHERE {
  VALUES (?type ?kind) { (org:Organization "organisation") (foaf:Person "person") (kgo:Agreement "agreement") }
  ?e a ?type ; rdfs:label ?label . OPTIONAL { ?e skos:altLabel ?alt } }"""
PEOPLE = """
SELECT ?p ?name ?o WHERE {
  ?p a foaf:Person ; foaf:name ?name . OPTIONAL { ?post org:heldBy ?p ; org:postIn/rdfs:label ?o } }"""

UNMATCHED = """
SELECT ?phrase ?unit (COUNT(DISTINCT ?obs) AS ?figures) (COUNT(DISTINCT ?doc) AS ?docs) WHERE {
  ?obs kgo:measure ?m ; kgo:indicator ?m ; sdmx-attribute:unitMeasure/rdfs:label ?unit ;
       prov:wasDerivedFrom/dcterms:isPartOf ?doc .
  ?m rdfs:label ?phrase .
  FILTER NOT EXISTS { ?m kgo:unitKind ?kind } }
GROUP BY ?phrase ?unit"""
FREQUENT = 2  # figures an unmatched wording must have to be listed


@dataclass(frozen=True)
class Suspect:
    kind: str
    a: str
    b: str
    reason: str

    @property
    def merge_line(self) -> str:
        return f"{self.a} = {self.b}    # or: {self.a} != {self.b}"


def entities(g: Graph) -> list[dict]:
    """kind, label, other names and IRI of every entity, sorted by kind and label."""
    found: dict[str, dict] = {}
    for r in g.query(ENTITIES, initNs=QUERY_PREFIXES):
        e = found.setdefault(str(r.e), {"iri": str(r.e), "kind": str(r.kind), "label": str(r.label), "also": set()})
        if r.alt is not None:
            e["also"].add(str(r.alt))
    rows = sorted(found.values(), key=lambda e: (e["kind"], e["label"], e["iri"]))
    return [dict(e, also="、".join(sorted(e["also"]))) for e in rows]


def core(name: str) -> tuple[str, str] | None:
    """(place code, what is left without the place and the suffix, social work folded)."""
    name = unicodedata.normalize("NFKC", name).replace("社工", "社会工作").replace("社会工作者", "社会工作")
    found = places.find_places(name)
    if not found or found[0].start != 0:
        return None
    rest = name[found[0].end:].replace("社会工作师", "社会工作")
    stem = _ASSOCIATION_SUFFIX.sub("", rest)
    return (found[0].candidates[0].code, stem) if stem and stem != rest else None


def suspects(g: Graph) -> list[Suspect]:
    out: list[Suspect] = []
    groups: dict[tuple, set[str]] = defaultdict(set)
    for e in entities(g):
        if e["kind"] == "organisation":
            key = core(e["label"])
            if key:
                groups[key].add(e["label"])
    for (_, stem), names in sorted(groups.items()):
        for a, b in combinations(sorted(names), 2):
            out.append(Suspect("organisation", a, b, f"same place and name ({stem}), written differently"))
    out.extend(unmatched(g))
    people: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in g.query(PEOPLE, initNs=QUERY_PREFIXES):
        people[str(r.name)][str(r.p)].add(str(r.o) if r.o is not None else "?")
    for name, by_iri in sorted(people.items()):
        if len(by_iri) > 1:
            where = " / ".join(sorted("、".join(sorted(orgs)) for orgs in by_iri.values()))
            out.append(Suspect("person", name, name, "same name, kept as two people: " + where))
    return out


def unmatched(g: Graph, at_least: int = FREQUENT) -> list[Suspect]:
    """Wordings of figures no measure names, the most frequent first."""
    rows = [(int(r.figures), int(r.docs), str(r.phrase), str(r.unit))
            for r in g.query(UNMATCHED, initNs=QUERY_PREFIXES) if int(r.figures) >= at_least]
    out = []
    for figures, docs, phrase, unit in sorted(rows, key=lambda r: (-r[0], -r[1], r[2], r[3])):
        why = f"{figures} figures in {docs} article(s); no measure in kg/lexicon/measures.txt names it"
        near = measures.candidates(phrase)
        if near:  # a measure's wording is in it, but the unit is not of that measure's kind
            m = near[0].measure
            why += f" ({near[0].wording} is {m.label}, counted in {m.unit_kind}, not {unit})"
        out.append(Suspect("indicator", phrase, unit, why))
    return out
