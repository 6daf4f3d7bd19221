"""The graph model: namespaces, and the one place where facts become triples.

Standard vocabularies first — W3C ORG for posts, PROV-O for provenance and signings,
RDF Data Cube (with SDMX dimensions) for figures, SKOS for roles, indicators and
places, Dublin Core and FOAF for documents and people, NIF for offsets — and the
project namespace `kgo:` only for what they lack (Agreement, Signing, qualifier …).
IRIs are minted from content, so the same input always gives the same graph.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, QB, RDF, RDFS, SKOS, XSD, DefinedNamespace

from kg import lexicon, measures, places
from kg.ingest import Document
from kg.resolve import Resolution

BASE = "https://swkg.example.org/"
KG = Namespace(BASE + "id/")
SDMX_DIM = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
SDMX_MEASURE = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
SDMX_ATTR = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
OA = Namespace("http://www.w3.org/ns/oa#")


class KGO(DefinedNamespace):
    """The project's own terms; closed, so a typo fails at once."""
    _NS = Namespace(BASE + "ontology#")
    _fail = True
    # classes
    Agreement: URIRef
    Signing: URIRef
    Sentence: URIRef
    IndustryAssociation: URIRef
    GovernmentBody: URIRef
    ServiceAgency: URIRef
    University: URIRef
    Media: URIRef
    PartyBody: URIRef
    Region: URIRef
    Event: URIRef
    # properties
    agreement: URIRef
    signatory: URIRef
    former: URIRef
    rule: URIRef
    indicator: URIRef
    qualifier: URIRef
    kind: URIRef
    adminCode: URIRef
    governs: URIRef
    basedIn: URIRef
    spanStart: URIRef
    spanEnd: URIRef
    quote: URIRef
    inSentence: URIRef
    since: URIRef
    roleQualifier: URIRef
    confidence: URIRef
    eventKind: URIRef
    organiser: URIRef
    host: URIRef
    coOrganiser: URIRef
    initiator: URIRef
    supervisor: URIRef
    supporter: URIRef
    participant: URIRef
    # computed by kg.analytics, kept in their own file
    degree: URIRef
    weightedDegree: URIRef
    betweenness: URIRef
    eigenvector: URIRef
    pageRank: URIRef
    closeness: URIRef
    associationRank: URIRef
    measure: URIRef  # the Data Cube dimension: which measure a figure is of
    reading: URIRef  # the Data Cube dimension telling apart values stated for one key
    unitKind: URIRef
    # individuals
    Actual: URIRef
    Target: URIRef


ORG_CLASS = {"association": KGO.IndustryAssociation, "government": KGO.GovernmentBody,
             "agency": KGO.ServiceAgency, "university": KGO.University, "media": KGO.Media,
             "party": KGO.PartyBody}
PREFIXES = {"kg": KG, "kgo": KGO._NS, "org": ORG, "prov": PROV, "qb": QB, "skos": SKOS,
            "dcterms": DCTERMS, "foaf": FOAF, "nif": NIF, "sdmx-dimension": SDMX_DIM,
            "sdmx-measure": SDMX_MEASURE, "sdmx-attribute": SDMX_ATTR, "xsd": XSD, "oa": OA}
# how an organisation took part in an event, by the word the text uses
EVENT_ROLE = {"主办": KGO.organiser, "承办": KGO.host, "协办": KGO.coOrganiser,
              "发起": KGO.initiator, "指导": KGO.supervisor, "支持": KGO.supporter}
QUERY_PREFIXES = {k: str(v) for k, v in PREFIXES.items()}  # for any store's query engine
DATASET = KG["dataset/statistics"]  # dated figures, one value for each key
READINGS = KG["dataset/statistics-readings"]  # dated figures stated with several values
UNDATED = KG["dataset/statistics-undated"]  # figures with no known year
MEASURES = KG["scheme/measures"]  # what figures count: kg/lexicon/measures.txt
REGIONS = KG["scheme/regions"]
UNITS = KG["scheme/units"]
FIGURE_KINDS = KG["scheme/figure-kinds"]
ROLES = KG["scheme/roles"]
INDICATORS = KG["scheme/indicators"]
EVENT_KINDS = KG["scheme/event-kinds"]


def slug(text: str) -> str:
    """Readable, safe IRI segment: letters and digits kept, anything else %-encoded."""
    return "".join(ch if ch.isalnum() or ch in "-_" else "%%%02X" % ord(ch) if ord(ch) < 128
                   else "%" + ch.encode("utf-8").hex("%").upper()
                   for ch in text)


def digest(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def decimal_literal(value: Decimal) -> Literal:
    """A decimal in the canonical form Oxigraph keeps (0.500 -> 0.5, 1.000 -> 1), so the
    files are the same whichever store assembled the graph.

    >>> str(decimal_literal(Decimal("0.500"))), str(decimal_literal(Decimal("1.000"))), str(decimal_literal(Decimal("0.824")))
    ('0.5', '1', '0.824')
    """
    return Literal(format(value.normalize(), "f"), datatype=XSD.decimal)


def date_literal(iso: str) -> Literal:
    dtype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(iso)]
    return Literal(iso, datatype=dtype)


WORKING_STORES = ("oxigraph", "memory")


def size(g: Graph) -> int:
    """Triples in the graph; Oxigraph counts them itself (oxrdflib's len lists them all)."""
    from oxrdflib import OxigraphStore

    return len(g.store._inner) if isinstance(g.store, OxigraphStore) else len(g)


def new_graph(store: str = "memory") -> Graph:
    """An empty graph with our prefixes: in rdflib's memory store, or in an embedded
    in-memory Oxigraph (a third of the memory for large builds; no server either way)."""
    if store == "oxigraph":
        from oxrdflib import OxigraphStore
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        g = Graph(store=OxigraphStore(), identifier=DATASET_DEFAULT_GRAPH_ID)
    else:
        g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


@lru_cache(maxsize=1 << 16)  # the same entities, documents and sentences recur in many triples
def entity_iri(key: str) -> URIRef:
    kind, _, name = key.partition(":")
    return KG[f"{kind}/{slug(name)}"]


@lru_cache(maxsize=1 << 16)
def region_iri(code: str) -> URIRef:
    return KG[f"region/{code or 'CN'}"]


@lru_cache(maxsize=1 << 16)
def doc_iri(doc_id: str) -> URIRef:
    return KG[f"doc/{slug(doc_id)}"]


@lru_cache(maxsize=1 << 16)
def sentence_iri(doc_id: str, index: int) -> URIRef:
    return KG[f"doc/{slug(doc_id)}/s{index}"]


def to_graph(docs: list[Document], res: Resolution, confidence: dict[str, float] | None = None,
             store: str = "oxigraph") -> Graph:
    """The graph of resolved facts; `confidence` maps a rule to its measured precision
    (kg eval --calibrate), and each fact gets the best of its rules'."""
    return filled(new_graph(store), triples(docs, res, confidence))


def filled(g: Graph, found: set) -> Graph:
    """g with the triples (a set, emptied on the way) added in bulk: Oxigraph loads them as
    N-Triples text, a chunk at a time (a store takes one triple at a time far more slowly
    than a set does)."""
    from oxrdflib import OxigraphStore

    if isinstance(g.store, OxigraphStore):
        import pyoxigraph as ox

        for chunk in ntriples_chunks(found):
            g.store._inner.bulk_load(chunk, ox.RdfFormat.N_TRIPLES)
    else:
        g.addN((s, p, o, g) for s, p, o in found)
    return g


CHUNK = 200_000  # triples handed to the store at a time


def ntriples_chunks(found: set, size: int = CHUNK):
    """The triples as N-Triples text, `size` lines at a time (rdflib's literal quoting; our
    IRIs are minted valid). The set is emptied as it goes, so it and its text are never
    both whole in memory."""
    from rdflib.plugins.serializers.nt import _quoteLiteral

    iris: dict = {}  # IRIs recur in many triples: each written once; literals mostly do not
    lines: list[str] = []

    def nt(t) -> str:
        if isinstance(t, Literal):
            return _quoteLiteral(t)
        out = iris.get(t)
        if out is None:
            out = iris[t] = f"<{t}>"
        return out

    while found:
        s, p, o = found.pop()
        lines.append(f"{nt(s)} {nt(p)} {nt(o)} .\n")
        if len(lines) >= size:
            yield "".join(lines).encode("utf-8")
            lines = []
    if lines:
        yield "".join(lines).encode("utf-8")


def triples(docs: list[Document], res: Resolution, confidence: dict[str, float] | None = None) -> set:
    """The triples of the graph, assembled in a set."""
    g: set = set()
    sources = _Sources({d.id: d.text for d in docs}, confidence or {})
    for d in docs:
        _document(g, d)
    for ent in res.entities.values():
        _entity(g, ent)
    for child, parent in sorted(res.parents.items()):
        g.add((entity_iri(child), ORG.subOrganizationOf, entity_iri(parent)))
        g.add((entity_iri(parent), ORG.hasSubOrganization, entity_iri(child)))
    for p in res.posts:
        node = KG[f"post/{digest(p.person, p.role, p.org)}"]
        role = _role(g, p.role)
        qualifier = _role_qualifier(p.role)
        if qualifier:  # 常务, 名誉, 代理 …: data on the post, beside the role's own name
            g.add((node, KGO.roleQualifier, Literal(qualifier)))
        g.add((node, RDF.type, ORG.Post))
        g.add((node, ORG.heldBy, entity_iri(p.person)))
        g.add((entity_iri(p.person), ORG.holds, node))
        g.add((node, ORG.postIn, entity_iri(p.org)))
        g.add((entity_iri(p.org), ORG.hasPost, node))
        g.add((node, ORG.role, role))
        g.add((node, KGO.former, Literal(p.former)))
        if p.since and not p.former:
            g.add((node, KGO.since, date_literal(p.since)))
        _evidence(g, node, p.evidence, sources)
    for s in res.signings:
        node = KG[f"signing/{digest(s.agreement, *s.signatories, s.date)}"]
        g.add((node, RDF.type, KGO.Signing))
        g.add((node, KGO.agreement, entity_iri(s.agreement)))
        for signer in s.signatories:
            g.add((node, KGO.signatory, entity_iri(signer)))
        if s.date:
            g.add((node, DCTERMS.date, date_literal(s.date)))
        _evidence(g, node, s.evidence, sources)
    if res.observations:
        from kg import cube  # the cube's structure is built from this module's namespaces

        cube.structure(g, sorted({_dataset(r) for r in res.observations}))
    for r in res.observations:
        _observation(g, r, sources)
    for e in res.events:
        _event(g, e, sources)
    return g


def measure_iri(measure_id: str) -> URIRef:
    return KG[f"measure/{measure_id}"]


def _dataset(r) -> URIRef:
    if r.obs.year is None:
        return UNDATED
    return READINGS if r.several else DATASET


def _observation(g: Graph, r, sources: "_Sources") -> None:
    """A figure as a qb:Observation. Its dimensions are area, year, measure and kind (and
    reading where one key has several values); each wording the articles used is its own
    concept (kgo:indicator), matching the measure exactly or narrower than it."""
    o = r.obs
    what = r.measure or measures.fold(o.indicator)
    node = KG[f"obs/{digest(o.region.code, what, o.year, o.kind, o.value, '' if r.measure else o.unit)}"]
    g.add((node, RDF.type, QB.Observation))
    g.add((node, QB.dataSet, _dataset(r)))
    area = _region(g, o.region.code)
    g.add((area, RDF.type, SKOS.Concept))
    g.add((area, SKOS.inScheme, REGIONS))
    g.add((node, SDMX_DIM.refArea, area))
    if o.year is not None:
        g.add((node, SDMX_DIM.refPeriod, Literal(str(o.year), datatype=XSD.gYear)))
    phrases = [_concept(g, "indicator", p, INDICATORS) for p in r.phrases or (o.indicator,)]
    measure = measure_iri(r.measure) if r.measure else phrases[0]
    if r.measure:
        for phrase, concept in zip(r.phrases, phrases):
            exact = measures.names(r.measure, phrase)
            g.add((concept, SKOS.exactMatch if exact else SKOS.broadMatch, measure))
    else:  # a wording no measure fits is a measure of its own
        g.add((measure, SKOS.inScheme, MEASURES))
    g.add((node, KGO.measure, measure))
    for concept in phrases:
        g.add((node, KGO.indicator, concept))
    if r.reading is not None:
        g.add((node, KGO.reading, Literal(r.reading, datatype=XSD.integer)))  # xsd:integer, the form Oxigraph writes
    g.add((node, SDMX_MEASURE.obsValue, Literal(o.value)))
    g.add((node, SDMX_ATTR.unitMeasure, _concept(g, "unit", o.unit, UNITS)))
    g.add((node, KGO.qualifier, Literal(o.qualifier)))
    g.add((node, KGO.kind, KGO.Target if o.kind == "target" else KGO.Actual))
    _evidence(g, node, r.evidence, sources)


def event_iri(key: str) -> URIRef:
    return KG[f"event/{digest(key)}"]


def _event(g: set, e, sources: "_Sources") -> None:
    node = event_iri(e.key)
    g.add((node, RDF.type, KGO.Event))
    g.add((node, RDF.type, PROV.Activity))
    g.add((node, RDFS.label, zh(e.name)))
    g.add((node, KGO.eventKind, _concept(g, "event-kind", e.kind, EVENT_KINDS)))
    if e.date:
        g.add((node, DCTERMS.date, date_literal(e.date)))
    if e.place is not None:
        g.add((node, PROV.atLocation, _region(g, e.place)))
    for word, org in e.organisers:
        g.add((node, EVENT_ROLE.get(word, KGO.organiser), entity_iri(org)))
    for org in e.participants:
        g.add((node, KGO.participant, entity_iri(org)))
    _evidence(g, node, e.evidence, sources)


def _document(g: set, d: Document) -> None:
    node = doc_iri(d.id)
    g.add((node, RDF.type, FOAF.Document))
    g.add((node, DCTERMS.identifier, Literal(d.id)))
    g.add((node, DCTERMS.source, Literal(d.source)))
    if d.title:
        g.add((node, DCTERMS.title, zh(d.title)))
    if d.date:
        g.add((node, DCTERMS.date, date_literal(d.date)))


def _entity(g: set, ent) -> None:
    node = entity_iri(ent.key)
    if ent.kind == "person":
        g.add((node, RDF.type, FOAF.Person))
        g.add((node, FOAF.name, zh(ent.label)))
    elif ent.kind == "org":
        g.add((node, RDF.type, ORG.Organization))
        g.add((node, RDF.type, ORG_CLASS.get(ent.org_kind or "", ORG.FormalOrganization)))
        if ent.place_code is not None:
            g.add((node, KGO.governs, _region(g, ent.place_code)))
        else:
            _based_in(g, node, ent.label)
    else:
        g.add((node, RDF.type, KGO.Agreement))
        g.add((node, DCTERMS.title, zh(ent.label)))
    g.add((node, RDFS.label, zh(ent.label)))
    g.add((node, SKOS.prefLabel, zh(ent.label)))
    for alt in ent.alt_labels:
        g.add((node, SKOS.altLabel, zh(alt)))


def _based_in(g: set, node, name: str) -> None:
    found = places.find_places(name)
    if found and found[0].start == 0:
        g.add((node, KGO.basedIn, _region(g, found[0].candidates[0].code)))


def _region(g: set, code: str) -> URIRef:
    node = region_iri(code)
    place = places.lookup(code) or places.NATION
    if (node, RDF.type, KGO.Region) not in g:
        g.add((node, RDF.type, KGO.Region))
        g.add((node, RDFS.label, zh(place.label)))
        g.add((node, SKOS.prefLabel, zh(place.label)))
        for other in sorted({place.name, place.full_label} - {place.label}):
            g.add((node, SKOS.altLabel, zh(other)))
        if code and place.official:
            g.add((node, KGO.adminCode, Literal(code)))
        if place.parent:
            g.add((node, SKOS.broader, _region(g, place.parent)))
    return node


LEADERS = "领导"  # the tier every leading tier is narrower than
LEADING_TIERS = ("主要负责人", "副职负责人", "秘书长", "党组织负责人")


def _role_qualifier(role: str) -> str | None:
    """常务副会长 -> 常务, 名誉会长 -> 名誉; 副 alone makes a deputy, not a qualifier."""
    for prefix in lexicon.longest_first("role_prefixes.txt"):
        rest = role[len(prefix):]
        if role.startswith(prefix) and rest and prefix != "副":
            return prefix.removesuffix("副") or None
    return None


def _role(g: set, role: str) -> URIRef:
    """The role as a SKOS concept under what it qualifies and under its tier:
    常务副会长 ⊂ 副会长 ⊂ 副职负责人 ⊂ 领导; 秘书长 ⊂ 秘书长 tier ⊂ 领导."""
    node = _concept(g, "role", role, ROLES, (ORG.Role,))
    tiers = lexicon.table("role_tiers.txt")
    qualifier = _role_qualifier(role)
    if qualifier:
        base = role[len(qualifier):]
        g.add((node, SKOS.broader, _role(g, base)))
    elif role.startswith("副") and role[1:] in tiers:
        g.add((node, SKOS.broader, _tier(g, "秘书长" if role == "副秘书长" else "副职负责人")))
    elif role in tiers:
        g.add((node, SKOS.broader, _tier(g, tiers[role])))
    return node


def _tier(g: set, tier: str) -> URIRef:
    node = _concept(g, "role-tier", tier, ROLES)
    if tier in LEADING_TIERS:
        g.add((node, SKOS.broader, _concept(g, "role-tier", LEADERS, ROLES)))
    return node


def _concept(g: set, kind: str, label: str, scheme, extra=()) -> URIRef:
    node = _concept_iri(kind, label)
    if (node, RDF.type, SKOS.Concept) in g:  # added in full before
        return node
    g.add((node, RDF.type, SKOS.Concept))
    for t in extra:
        g.add((node, RDF.type, t))
    g.add((node, RDFS.label, zh(label)))
    g.add((node, SKOS.prefLabel, zh(label)))
    if scheme is not None:
        g.add((node, SKOS.inScheme, scheme))
        g.add((scheme, RDF.type, SKOS.ConceptScheme))
    return node


@lru_cache(maxsize=1 << 12)
def _concept_iri(kind: str, label: str) -> URIRef:
    return KG[f"{kind}/{slug(label)}"]


UNMEASURED = 0.5  # a rule no gold set has measured


@dataclass(frozen=True)
class _Sources:
    texts: dict[str, str]  # document id -> text, for sentences and quotes
    confidence: dict[str, float]  # rule -> measured precision

    def __getitem__(self, doc_id: str) -> str:
        return self.texts[doc_id]


def _evidence(g: set, node, evidence, sources: "_Sources") -> None:
    best = max(sources.confidence.get(ev.rule, UNMEASURED) for ev in evidence)
    g.add((node, KGO.confidence, decimal_literal(Decimal(f"{best:.3f}"))))
    for i, ev in enumerate(evidence):
        sent = sentence_iri(ev.doc_id, ev.sentence)
        g.add((node, PROV.wasDerivedFrom, sent))
        g.add((node, KGO.rule, Literal(ev.rule)))
        _quote(g, URIRef(f"{node}/quote/{i}"), node, ev, sources[ev.doc_id], sent)
        if (sent, RDF.type, KGO.Sentence) not in g:
            g.add((sent, RDF.type, KGO.Sentence))
            g.add((sent, RDF.type, PROV.Entity))
            g.add((sent, NIF.isString, Literal(_clean(sources[ev.doc_id][ev.start:ev.end]))))
            g.add((sent, NIF.beginIndex, Literal(ev.start)))
            g.add((sent, NIF.endIndex, Literal(ev.end)))
            g.add((sent, DCTERMS.isPartOf, doc_iri(ev.doc_id)))
            g.add((sent, PROV.wasDerivedFrom, doc_iri(ev.doc_id)))


QUOTE_CONTEXT = 16  # characters of prefix and suffix around an exact quote


def _quote(g: set, quote: URIRef, node, ev, text: str, sentence: URIRef) -> None:
    """The words that state the fact, as a W3C Web Annotation target: the exact quote with
    some context, and its character offsets in the document; with the rule that read them
    and the sentence they are in."""
    g.add((node, KGO.quote, quote))
    g.add((quote, RDF.type, OA.SpecificResource))
    g.add((quote, OA.hasSource, doc_iri(ev.doc_id)))
    g.add((quote, KGO.rule, Literal(ev.rule)))
    g.add((quote, KGO.inSentence, sentence))
    by_text, by_position = URIRef(f"{quote}/text"), URIRef(f"{quote}/position")
    g.add((quote, OA.hasSelector, by_text))
    g.add((by_text, RDF.type, OA.TextQuoteSelector))
    g.add((by_text, OA.exact, Literal(text[ev.span_start:ev.span_end])))
    g.add((by_text, OA.prefix, Literal(text[max(0, ev.span_start - QUOTE_CONTEXT):ev.span_start])))
    g.add((by_text, OA.suffix, Literal(text[ev.span_end:ev.span_end + QUOTE_CONTEXT])))
    g.add((quote, OA.hasSelector, by_position))
    g.add((by_position, RDF.type, OA.TextPositionSelector))
    g.add((by_position, OA.start, Literal(ev.span_start)))
    g.add((by_position, OA.end, Literal(ev.span_end)))


def _clean(text: str) -> str:
    """Strip control characters a scraped page may carry; they cannot go in RDF literals."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
