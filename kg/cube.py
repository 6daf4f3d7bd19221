"""The figures as a W3C RDF Data Cube: its structure, its integrity checks, its conflicts.

Three data sets, one structure each, so that no two observations of a set share all
their dimension values (IC-12) and every observation has a value for each (IC-11):
- `kg:dataset/statistics`: dated figures, one per area, year, measure and kind;
- `kg:dataset/statistics-readings`: dated figures stated with several values for one area,
  year, measure and kind; the dimension `kgo:reading` (1, 2 … by value) tells them apart.
  Values from different articles are a conflict (`conflicts`); values from one article
  are usually parts of the measure it lists (乡镇站 115, 县区级总站 8) and are not;
- `kg:dataset/statistics-undated`: figures whose year the text does not give. They are not
  dated by guess; several values for one area, measure and kind are readings here too,
  never a conflict, since they may hold at different times.
Code lists are SKOS concept schemes: regions, measures (kg/lexicon/measures.txt, plus each
wording no measure fits), the wordings themselves, units, and actual/target.
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import QB, RDF, RDFS, SKOS, XSD

from kg import measures
from kg.model import (DATASET, READINGS, FIGURE_KINDS, INDICATORS, KG, KGO, MEASURES, QUERY_PREFIXES,
                      REGIONS, SDMX_ATTR, SDMX_DIM, SDMX_MEASURE, UNDATED, UNITS, measure_iri, zh)

# component property -> (component kind, label, code list or range)
COMPONENTS = {
    SDMX_DIM.refArea: (QB.dimension, "地区", REGIONS),
    SDMX_DIM.refPeriod: (QB.dimension, "年份", XSD.gYear),
    KGO.measure: (QB.dimension, "指标", MEASURES),
    KGO.kind: (QB.dimension, "实际或目标", FIGURE_KINDS),
    KGO.reading: (QB.dimension, "读数", XSD.integer),
    SDMX_MEASURE.obsValue: (QB.measure, "数值", None),
    SDMX_ATTR.unitMeasure: (QB.attribute, "单位", UNITS),
    KGO.qualifier: (QB.attribute, "限定（= > < ~）", None),
    KGO.indicator: (QB.attribute, "原文措辞", INDICATORS),
}
KIND = {QB.dimension: QB.DimensionProperty, QB.measure: QB.MeasureProperty,
        QB.attribute: QB.AttributeProperty}
_OTHERS = (SDMX_MEASURE.obsValue, SDMX_ATTR.unitMeasure, KGO.qualifier, KGO.indicator)
_AREA_MEASURE_KIND = (SDMX_DIM.refArea, KGO.measure, KGO.kind)
# data set -> (label, name of its structure, its dimensions in order)
DATASETS = {
    DATASET: ("社会工作统计", "statistics",
              (SDMX_DIM.refArea, SDMX_DIM.refPeriod, KGO.measure, KGO.kind)),
    READINGS: ("社会工作统计：同一地区、指标、年份有多个数值", "statistics-readings",
               (SDMX_DIM.refArea, SDMX_DIM.refPeriod, KGO.measure, KGO.kind, KGO.reading)),
    UNDATED: ("社会工作统计：年份不详的数字", "statistics-undated", _AREA_MEASURE_KIND + (KGO.reading,)),
}


def dsd_iri(name: str) -> URIRef:
    return KG[f"dsd/{name}"]


def structure(g: Graph, datasets) -> None:
    """The data sets used, their structures, the component properties and code lists."""
    for prop, (role, label, target) in COMPONENTS.items():
        g.add((prop, RDF.type, KIND[role]))
        g.add((prop, RDFS.label, zh(label)))
        if target is not None and target.startswith(str(KG)):
            g.add((prop, RDF.type, QB.CodedProperty))
            g.add((prop, QB.codeList, target))
            g.add((target, RDF.type, SKOS.ConceptScheme))
            if role == QB.dimension:
                g.add((prop, RDFS.range, SKOS.Concept))
        elif target is not None:
            g.add((prop, RDFS.range, target))
    for ds in datasets:
        label, name, dims = DATASETS[ds]
        dsd = dsd_iri(name)
        g.add((ds, RDF.type, QB.DataSet))
        g.add((ds, RDFS.label, zh(label)))
        g.add((ds, QB.structure, dsd))
        g.add((dsd, RDF.type, QB.DataStructureDefinition))
        for order, prop in enumerate(dims + _OTHERS, 1):
            role = COMPONENTS[prop][0]
            spec = URIRef(f"{dsd}/{prop.split('#')[-1].split('/')[-1]}")
            g.add((dsd, QB.component, spec))
            g.add((spec, RDF.type, QB.ComponentSpecification))
            g.add((spec, role, prop))
            g.add((spec, QB.componentProperty, prop))  # the normalised form the checks read
            if role == QB.dimension:
                g.add((spec, QB.order, Literal(order)))
            if role == QB.attribute:
                g.add((spec, QB.componentRequired, Literal(True)))
    _kinds(g)
    _measures(g)


def _kinds(g: Graph) -> None:
    for node, label in ((KGO.Actual, "实际"), (KGO.Target, "目标")):
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.prefLabel, zh(label)))
        g.add((node, RDFS.label, zh(label)))
        g.add((node, SKOS.inScheme, FIGURE_KINDS))


def _measures(g: Graph) -> None:
    """The scheme of the sector's measures: label, wordings, unit kind, broader measure."""
    g.add((MEASURES, RDF.type, SKOS.ConceptScheme))
    g.add((MEASURES, RDFS.label, zh("社会工作统计指标")))
    for m in measures.scheme().values():
        node = measure_iri(m.id)
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.inScheme, MEASURES))
        g.add((node, SKOS.prefLabel, zh(m.label)))
        g.add((node, RDFS.label, zh(m.label)))
        g.add((node, SKOS.notation, Literal(m.id)))
        g.add((node, KGO.unitKind, Literal(m.unit_kind)))
        for w in measures.spellings(m)[1:]:
            g.add((node, SKOS.altLabel, zh(w)))
        if m.broader:
            g.add((node, SKOS.broader, measure_iri(m.broader)))
            g.add((measure_iri(m.broader), SKOS.narrower, node))
        else:
            g.add((node, SKOS.topConceptOf, MEASURES))
            g.add((MEASURES, SKOS.hasTopConcept, node))


# --- integrity constraints -----------------------------------------------------------------
# Each query asks whether the graph BREAKS the constraint of the W3C Recommendation "The RDF
# Data Cube Vocabulary" (section 11.1) of that number: true means broken. They read the
# normalised form (qb:componentProperty on every component), which `structure` writes.
CONSTRAINTS = {
    # every observation is in exactly one data set
    "IC-1": """ASK {
        { ?obs a qb:Observation . FILTER NOT EXISTS { ?obs qb:dataSet ?any } }
        UNION { ?obs a qb:Observation ; qb:dataSet ?a, ?b . FILTER(?a != ?b) } }""",
    # every data set has exactly one structure, a qb:DataStructureDefinition
    "IC-2": """ASK {
        { ?ds a qb:DataSet . FILTER NOT EXISTS { ?ds qb:structure ?dsd . ?dsd a qb:DataStructureDefinition } }
        UNION { ?ds a qb:DataSet ; qb:structure ?a, ?b . FILTER(?a != ?b) } }""",
    # every structure has at least one measure
    "IC-3": """ASK {
        ?dsd a qb:DataStructureDefinition .
        FILTER NOT EXISTS { ?dsd qb:component/qb:componentProperty ?m . ?m a qb:MeasureProperty } }""",
    # every observation has a value for each dimension its structure declares
    "IC-11": """ASK {
        ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
        ?dim a qb:DimensionProperty .
        FILTER NOT EXISTS { ?obs ?dim ?value } }""",
    # without qb:measureType, every observation has a value for every measure
    "IC-14": """ASK {
        ?obs qb:dataSet/qb:structure ?dsd .
        FILTER NOT EXISTS { ?dsd qb:component/qb:componentProperty qb:measureType }
        ?dsd qb:component/qb:componentProperty ?m . ?m a qb:MeasureProperty .
        FILTER NOT EXISTS { ?obs ?m ?value } }""",
}


# IC-12, no two observations of one data set have the same value for every dimension, is
# asked per data set with the dimensions of its structure written out: the pattern then
# joins on all of them at once, where one generic query would compare every pair.
STRUCTURES = """SELECT ?ds ?dim WHERE {
    ?ds qb:structure/qb:component/qb:componentProperty ?dim . ?dim a qb:DimensionProperty }
    ORDER BY ?ds ?dim"""
CHECKED = ("IC-1", "IC-2", "IC-3", "IC-11", "IC-12", "IC-14")


def duplicates_query(dataset: URIRef, dimensions: list[URIRef]) -> str:
    """The IC-12 ASK for one data set: two observations in it that agree on every dimension."""
    same = " ; ".join(f"<{d}> ?v{i}" for i, d in enumerate(dimensions))
    # ?b's data set is a filter: in the pattern, rdflib would bind it before the dimensions
    # and pair every two observations again
    return (f"ASK {{ ?a qb:dataSet <{dataset}> ; {same} . ?b {same} . FILTER(?a != ?b) "
            f"FILTER EXISTS {{ ?b qb:dataSet <{dataset}> }} }}")


def broken(g: Graph) -> list[str]:
    """The integrity constraints the graph breaks, by number."""
    def asks(q: str) -> bool:
        return bool(g.query(q, initNs=QUERY_PREFIXES).askAnswer)

    dims: dict[URIRef, list[URIRef]] = {}
    for r in g.query(STRUCTURES, initNs=QUERY_PREFIXES):
        dims.setdefault(r.ds, []).append(r.dim)
    found = {ic: asks(q) for ic, q in CONSTRAINTS.items()}
    found["IC-12"] = any(asks(duplicates_query(ds, d)) for ds, d in dims.items())
    return [ic for ic in CHECKED if found[ic]]


# --- conflicts -------------------------------------------------------------------------------
CONFLICTS = """
SELECT ?region ?measure ?year ?kind ?value1 ?unit1 ?source1 ?value2 ?unit2 ?source2 WHERE {
  ?a sdmx-dimension:refArea ?area ; kgo:measure ?m ; sdmx-dimension:refPeriod ?y ; kgo:kind ?k ;
     sdmx-measure:obsValue ?value1 ; sdmx-attribute:unitMeasure/rdfs:label ?u1 ;
     prov:wasDerivedFrom/dcterms:isPartOf/dcterms:source ?source1 .
  ?b sdmx-dimension:refArea ?area ; kgo:measure ?m ; sdmx-dimension:refPeriod ?y ; kgo:kind ?k ;
     sdmx-measure:obsValue ?value2 ; sdmx-attribute:unitMeasure/rdfs:label ?u2 ;
     prov:wasDerivedFrom/dcterms:isPartOf/dcterms:source ?source2 .
  FILTER(?source1 != ?source2 && (?value1 < ?value2 || (?value1 = ?value2 && STR(?u1) < STR(?u2))))
  ?area rdfs:label ?rl . ?m rdfs:label ?ml . ?k rdfs:label ?kl .
  BIND(STR(?rl) AS ?region) BIND(STR(?ml) AS ?measure) BIND(STR(?y) AS ?year)
  BIND(STR(?kl) AS ?kind) BIND(STR(?u1) AS ?unit1) BIND(STR(?u2) AS ?unit2)
}
ORDER BY ?region ?measure ?year ?kind ?value1 ?value2 ?source1 ?source2"""


@dataclass(frozen=True)
class Conflict:
    region: str
    measure: str
    year: str
    kind: str
    first: tuple[str, str, str]  # value, unit, source
    second: tuple[str, str, str]

    def __str__(self) -> str:
        a, b = (f"{_num(v)} {u} ({s})" for v, u, s in (self.first, self.second))
        return f"{self.region} {self.year} {self.measure}（{self.kind}）: {a} vs {b}"


def conflicts(g: Graph) -> list[Conflict]:
    """Dated figures of one area, measure, year and kind that two articles state with
    different values, one row per pair of values and pair of articles."""
    return [Conflict(str(r.region), str(r.measure), str(r.year), str(r.kind),
                     (str(r.value1), str(r.unit1), str(r.source1)),
                     (str(r.value2), str(r.unit2), str(r.source2)))
            for r in g.query(CONFLICTS, initNs=QUERY_PREFIXES)]


def _num(text: str) -> str:
    return text.removesuffix(".0") if text.replace(".", "", 1).isdigit() else text
