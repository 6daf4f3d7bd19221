"""One extractor per fact kind, each `extract(article) -> Iterator[Fact]` over the one analysed
article (`kg.article`), each with
its table of rules (`RULES`: name, what it reads)."""
from kg.extract import agreements, events, roles, statistics

EXTRACTORS = (roles.extract, agreements.extract, statistics.extract, events.extract)

# "roles.chain" -> what the rule reads: the one list of rule names facts carry, kg eval
# reports and lexicon/confidence.tsv rates (tests/test_rules.py keeps them in step)
RULES = {f"{m.__name__.rsplit('.', 1)[1]}.{name}": doc
         for m in (roles, agreements, statistics, events) for name, doc in m.RULES}

__all__ = ["EXTRACTORS", "RULES", "agreements", "events", "roles", "statistics"]
