"""`kg eval`: the graph's answers against gold facts, per fact kind and per rule.

Gold facts follow the customer's GUIDE (JSON Lines; every entity field a list of accepted
forms; optional facts neither counted as found nor as missed). Rows are what the three
contract queries answer, so the figures are those of the customer's scorer: a row and a
fact match when every entity field is one of the accepted forms (width, case, spaces and
title marks folded), statistics when the value is equal, the unit accepted and the
indicator contains a keyword; each row matches at most one fact and each fact one row
(a maximum matching, required facts first). Gold facts that state the same thing in two
documents are one fact with the forms of both. Each row also carries the rules of the
fact node that answers it, so precision can be told per rule — which is what calibrates
the confidence a build attaches to facts.
"""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import Graph

from kg import catalog, sparql
from kg.errors import KgError
from kg.model import QUERY_PREFIXES

KINDS = {  # kind -> (contract query, its variables, query that adds the fact's rules)
    "holds_role": ("roles.rq", ("person", "role", "org")),
    "signed": ("agreements.rq", ("agreement", "signatory", "date")),
    "statistic": ("statistics.rq", ("region", "indicator", "value", "unit", "qualifier", "year")),
}
RULES = {  # each fact's rules and the documents it was read from
    "holds_role": """SELECT ?person ?role ?org ?rule ?doc WHERE {
        ?f a org:Post ; org:heldBy/rdfs:label ?p ; org:role/rdfs:label ?r ; org:postIn/rdfs:label ?o ;
           kgo:quote ?q . ?q kgo:rule ?rule ; oa:hasSource/dcterms:identifier ?doc .
        BIND(STR(?p) AS ?person) BIND(STR(?r) AS ?role) BIND(STR(?o) AS ?org) }""",
    "signed": """SELECT ?agreement ?signatory ?rule ?doc WHERE {
        ?f a kgo:Signing ; kgo:agreement/rdfs:label ?a ; kgo:signatory/rdfs:label ?s ;
           kgo:quote ?q . ?q kgo:rule ?rule ; oa:hasSource/dcterms:identifier ?doc .
        BIND(STR(?a) AS ?agreement) BIND(STR(?s) AS ?signatory) }""",
    "statistic": """SELECT ?region ?indicator ?value ?unit ?rule ?doc WHERE {
        ?f a qb:Observation ; sdmx-dimension:refArea/rdfs:label ?r ; kgo:indicator/rdfs:label ?i ;
           sdmx-measure:obsValue ?value ; sdmx-attribute:unitMeasure/rdfs:label ?u ;
           kgo:quote ?q . ?q kgo:rule ?rule ; oa:hasSource/dcterms:identifier ?doc .
        BIND(STR(?r) AS ?region) BIND(STR(?i) AS ?indicator) BIND(STR(?u) AS ?unit) }""",
}
FOLD_AWAY = " \t\r\n\u3000《》〈〉\"'“”"


def fold(text) -> str:
    text = unicodedata.normalize("NFKC", "" if text is None else str(text)).lower()
    return "".join(ch for ch in text if ch not in FOLD_AWAY)


def _listed(value) -> list:
    return value if isinstance(value, list) else [value]


def _accepted(value) -> set[str]:
    return {fold(v) for v in _listed(value) if v is not None}


def _number(text) -> float | None:
    try:
        return float(str(text).replace(",", ""))
    except (TypeError, ValueError):
        return None


# --- gold ---------------------------------------------------------------------------------------

def load_gold(path: Path, docs: set[str] | None = None) -> dict[str, list[dict]]:
    """Gold facts by kind; one fact stated in two documents is one fact with both's forms."""
    merged: dict[tuple, dict] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KgError(f"{path}: cannot read the gold file: {exc.strerror}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            fact = json.loads(line)
            kind = fact["rel"]
            key, widen = _identity(fact)
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise KgError(f"{path}:{n}: not a gold fact ({exc}); see the eval GUIDE for the format") from exc
        if docs is not None and fact.get("doc") not in docs:
            continue
        if key in merged:
            old = merged[key]
            for f in widen:
                old[f] = list(dict.fromkeys(_listed(old[f]) + _listed(fact[f])))
            old["optional"] = old.get("optional", False) and fact.get("optional", False)
            old["docs"].append(fact["doc"])
        else:
            merged[key] = dict(fact, docs=[fact["doc"]])
    out: dict[str, list[dict]] = {k: [] for k in KINDS}
    for fact in merged.values():
        out[fact["rel"]].append(fact)
    return out


def _identity(fact: dict) -> tuple[tuple, tuple[str, ...]]:
    kind = fact["rel"]
    if kind == "holds_role":
        return (kind, fold(fact["person"][0]), fold(fact["role"][0]), fold(fact["org"][0])), ("person", "role", "org")
    if kind == "signed":
        return (kind, fold(fact["org"][0]), fold(fact["agreement"][0])), ("org", "agreement")
    if kind == "statistic":
        return ((kind, fold(fact["region"][0]), fact["value"], fold(fact["unit"][0]), fold(fact["indicator"])),
                ("region", "unit", "keywords"))
    raise KeyError(f"unknown rel {kind!r}")


# --- rows ---------------------------------------------------------------------------------------

def rows_of(g: Graph, queries_dir: Path | None = None) -> dict[str, list[dict]]:
    """The contract queries' answers, one row per distinct answer, each with its rules and
    the documents it was read from; the queries are those in `queries_dir`, else the ones kg ships."""
    out = {}
    for kind, (name, variables) in KINDS.items():
        text = sparql.read_query(queries_dir / name) if queries_dir else catalog.bundled(name).text
        seen: dict[str, dict] = {}
        for r in sparql.query(g, text, name=name):
            row = {v: (None if r[v] is None else str(r[v])) for v in variables}
            seen.setdefault(json.dumps(row, sort_keys=True, ensure_ascii=False), row)
        rules, docs = defaultdict(set), defaultdict(set)
        for r in sparql.query(g, RULES[kind], name=f"rules of {kind}"):
            key = _rule_key(kind, {k: str(v) for k, v in r.asdict().items()})
            rules[key].add(str(r.rule))
            docs[key].add(str(r.doc))
        for row in seen.values():
            row["rules"] = sorted(rules.get(_rule_key(kind, row), {"?"}))
            row["docs"] = sorted(docs.get(_rule_key(kind, row), ()))
        out[kind] = list(seen.values())
    return out


def _rule_key(kind: str, row: dict) -> tuple:
    if kind == "holds_role":
        return row.get("person"), row.get("role"), row.get("org")
    if kind == "signed":
        return row.get("agreement"), row.get("signatory")
    return row.get("region"), row.get("indicator"), _number(row.get("value")), row.get("unit")


# --- matching -----------------------------------------------------------------------------------

def matches(kind: str, fact: dict, row: dict) -> bool:
    if kind == "holds_role":
        return all(fold(row.get(f)) in _accepted(fact[f]) for f in ("person", "role", "org"))
    if kind == "signed":
        return fold(row.get("signatory")) in _accepted(fact["org"]) and \
            fold(row.get("agreement")) in _titles(fact["agreement"])
    value = _number(row.get("value"))
    if value is None or abs(value - float(fact["value"])) > 1e-6 * max(1.0, abs(value)):
        return False
    indicator = fold(row.get("indicator"))
    return (fold(row.get("region")) in _accepted(fact["region"])
            and fold(row.get("unit")) in _accepted(fact["unit"])
            and any(fold(k) in indicator for k in _listed(fact["keywords"])))


def _titles(titles) -> set[str]:
    """A title is also right without a trailing parenthesised period: 计划(2017-2020年)."""
    out = set()
    for t in map(fold, _listed(titles)):
        out.add(t)
        if t.endswith(")") and "(" in t:
            out.add(t[:t.rindex("(")])
    return out


def pair(kind: str, facts: list[dict], rows: list[dict]) -> dict[int, int]:
    """A maximum one-to-one matching, fact index -> row index (augmenting paths)."""
    options = [[j for j, row in enumerate(rows) if matches(kind, f, row)] for f in facts]
    row_owner: dict[int, int] = {}

    def take(i: int, tried: set[int]) -> bool:
        for j in options[i]:
            if j not in tried:
                tried.add(j)
                if j not in row_owner or take(row_owner[j], tried):
                    row_owner[j] = i
                    return True
        return False

    for i in sorted(range(len(facts)), key=lambda k: bool(facts[k].get("optional"))):
        take(i, set())
    return {i: j for j, i in row_owner.items()}


# --- scores -------------------------------------------------------------------------------------

@dataclass
class Score:
    gold: int = 0  # required facts
    rows: int = 0  # rows counted (those matched to optional facts left out)
    right: int = 0  # counted rows matched
    found: int = 0  # required facts matched

    @property
    def precision(self) -> float:
        return self.right / self.rows if self.rows else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Judged:
    """One counted row: the rules that read it, the documents it came from, and whether it
    matched a gold fact."""
    kind: str
    rules: tuple[str, ...]
    docs: tuple[str, ...]
    right: bool


@dataclass
class Evaluation:
    by_kind: dict[str, Score] = field(default_factory=dict)
    by_rule: dict[str, Score] = field(default_factory=dict)
    judged: list[Judged] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    misses: list[tuple[str, dict]] = field(default_factory=list)
    extras: list[tuple[str, dict]] = field(default_factory=list)

    @property
    def overall(self) -> Score:
        s = Score()
        for k in self.by_kind.values():
            s.gold, s.rows, s.right, s.found = s.gold + k.gold, s.rows + k.rows, s.right + k.right, s.found + k.found
        return s


def evaluate(gold: dict[str, list[dict]], rows: dict[str, list[dict]]) -> Evaluation:
    ev = Evaluation()
    for kind, facts in gold.items():
        got = rows[kind]
        pairs = pair(kind, facts, got)
        optional_rows = {j for i, j in pairs.items() if facts[i].get("optional")}
        required = [i for i, f in enumerate(facts) if not f.get("optional")]
        ev.by_kind[kind] = Score(len(required), len(got) - len(optional_rows),
                                 len(pairs) - len(optional_rows), sum(1 for i in required if i in pairs))
        matched_rows = set(pairs.values())
        ev.judged += [Judged(kind, tuple(row["rules"]), tuple(row.get("docs", ())), j in matched_rows)
                      for j, row in enumerate(got) if j not in optional_rows]
        ev.misses += [(kind, facts[i]) for i in required if i not in pairs]
        ev.extras += [(kind, row) for j, row in enumerate(got) if j not in matched_rows]
        ev.attributes[kind] = _attributes(kind, facts, got, pairs)
    ev.by_rule = per_rule(ev.judged)
    return ev


def per_rule(judged) -> dict[str, Score]:
    """Rows and right rows per rule; a row read by two rules counts for both."""
    out: dict[str, Score] = {}
    for row in judged:
        for rule in row.rules:
            s = out.setdefault(rule, Score())
            s.rows += 1
            s.right += row.right
    return out


def _attributes(kind: str, facts, rows, pairs) -> str:
    checks = {"signed": [("date", "date")], "statistic": [("qualifier", "qualifier"), ("year", "year")]}
    out = []
    for want_field, got_field in checks.get(kind, []):
        right = 0
        for i, j in pairs.items():
            want, got = facts[i].get(want_field), rows[j].get(got_field)
            if want_field == "year":
                right += (want is None and got is None) or (
                    want is not None and _number(got) is not None and int(_number(got)) == int(want))
            else:
                right += (want is None and got is None) or (want is not None and fold(got) == fold(want))
        out.append(f"{want_field} {right}/{len(pairs)}")
    return ", ".join(out)


def run(gold_files: list[Path], g: Graph, queries_dir: Path | None = None) -> Evaluation:
    """The graph against the gold facts of the documents it holds."""
    docs = {str(r[0]) for r in g.query("SELECT ?id WHERE { ?d a foaf:Document ; dcterms:identifier ?id }",
                                       initNs=QUERY_PREFIXES)}
    gold: dict[str, list[dict]] = {k: [] for k in KINDS}
    for path in gold_files:
        for kind, facts in load_gold(path, docs).items():
            gold[kind].extend(facts)
    return evaluate(gold, rows_of(g, queries_dir))


# --- output -------------------------------------------------------------------------------------

def report(ev: Evaluation, show: bool = False, sentences: dict | None = None) -> str:
    lines = [f"{'kind':<11} {'gold':>5} {'rows':>5} {'P':>6} {'R':>6} {'F1':>6}  attributes"]
    for kind, s in ev.by_kind.items():
        lines.append(f"{kind:<11} {s.gold:>5} {s.rows:>5} {s.precision:>6.3f} {s.recall:>6.3f} "
                     f"{s.f1:>6.3f}  {ev.attributes.get(kind, '')}")
    o = ev.overall
    lines.append(f"overall P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f} (gold {o.gold}, rows {o.rows})")
    lines.append("")
    lines.append(f"{'rule':<28} {'rows':>5} {'right':>6} {'P':>6}")
    for rule, s in sorted(ev.by_rule.items()):
        lines.append(f"{rule:<28} {s.rows:>5} {s.right:>6} {s.precision:>6.3f}")
    if show:
        for kind, fact in ev.misses:
            lines.append(f"MISSED {kind}: {_fact_text(kind, fact)}  [{fact.get('doc')}] «{fact.get('evidence', '')}»")
        for kind, row in ev.extras:
            lines.append(f"EXTRA  {kind}: " + " | ".join(str(row.get(v)) for v in KINDS[kind][1])
                         + f"  rules {','.join(row['rules'])}")
    return "\n".join(lines) + "\n"


def _fact_text(kind: str, fact: dict) -> str:
    fields = {"holds_role": ("person", "role", "org"), "signed": ("org", "agreement", "date"),
              "statistic": ("region", "indicator", "value", "unit", "qualifier", "year")}[kind]
    return " | ".join(str(_listed(fact.get(f))[0]) for f in fields)


# --- calibration --------------------------------------------------------------------------------

CONFIDENCE_FILE = "confidence.tsv"
DEFAULT_CONFIDENCE = 0.5  # a rule never measured


def smoothed(s: Score) -> float:
    """Precision smoothed toward 1/2 by one right and one wrong made-up row, so a rule seen
    twice is not called certain, and a rule never seen is at DEFAULT_CONFIDENCE."""
    return (s.right + 1) / (s.rows + 2)


def calibration(ev: Evaluation) -> str:
    """rule, rows, right, confidence (smoothed precision), over every document evaluated."""
    out = ["# rule\trows\tright\tconfidence  (kg eval --calibrate; read by kg build)"]
    for rule, s in sorted(ev.by_rule.items()):
        if rule != "?":
            out.append(f"{rule}\t{s.rows}\t{s.right}\t{smoothed(s):.3f}")
    return "\n".join(out) + "\n"


def confidences(path: Path | None = None) -> dict[str, float]:
    """rule -> confidence, from a calibration file (default: the one kg ships)."""
    if path is None:
        text = resources.files("kg.lexicon").joinpath(CONFIDENCE_FILE).read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rule, _, _, conf = line.split("\t")
            out[rule] = float(conf)
    return out
