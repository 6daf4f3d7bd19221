"""One extractor per fact kind, each `extract(doc, sentences) -> Iterator[Fact]`."""
from kg.extract import agreements, events, roles, statistics

EXTRACTORS = (roles.extract, agreements.extract, statistics.extract, events.extract)

__all__ = ["EXTRACTORS", "agreements", "events", "roles", "statistics"]
