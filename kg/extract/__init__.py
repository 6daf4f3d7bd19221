"""One extractor per fact kind, each `extract(doc, sentences) -> Iterator[Fact]`."""
from kg.extract import agreements, roles, statistics

EXTRACTORS = (roles.extract, agreements.extract, statistics.extract)

__all__ = ["EXTRACTORS", "agreements", "roles", "statistics"]
