"""Does the confidence a build states mean what it says? A reliability table, out of fold.

A build rates each fact with its rule's smoothed precision (`evaluate.calibration`). Rated
on the very documents it was measured on, a rule looks better than it is; so here every
document is put in one of K folds by a hash of its id, and each row `kg eval` judged gets
the confidence its rules would have if they had been calibrated on the other folds only.
Rows are then put in bands of that stated confidence, and each band's observed precision
(right rows / rows) is set beside the confidence it stated.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from kg.evaluate import DEFAULT_CONFIDENCE, Judged, per_rule, smoothed

__all__ = ["BANDS", "Band", "fold_of", "out_of_fold", "by_fold", "bands", "table"]

BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.0))
HIGH = 0.9  # the share of rows stated at or above this is what users filter on


def fold_of(doc_id: str, folds: int) -> int:
    """The fold of a document: a hash of its id alone, so it is the same in every run, on
    every machine (Python's own hash() is salted per process), whatever else is evaluated.

    >>> fold_of("a01", 5) == fold_of("a01", 5) and 0 <= fold_of("a01", 5) < 5
    True
    """
    return int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % folds


def out_of_fold(judged: list[Judged], folds: int) -> list[float]:
    """Each row's stated confidence, calibrated only on rows that share no fold with it
    (a row read from two documents in two folds is calibrated without either): the best
    of its rules, as a build states it, rounded as the shipped table is."""
    row_folds = [frozenset(fold_of(d, folds) for d in row.docs) for row in judged]
    rated: dict[frozenset, dict] = {}
    out = []
    for row, own in zip(judged, row_folds):
        if own not in rated:
            rated[own] = per_rule([r for r, f in zip(judged, row_folds) if not f & own])
        out.append(_stated(row.rules, rated[own]))
    return out


def _stated(rules, scores) -> float:
    """The best of a fact's rules, as `kg build` states it; "?" (no rule) is never measured."""
    return max((round(smoothed(scores[r]), 3) if r in scores and r != "?" else DEFAULT_CONFIDENCE
                for r in rules), default=DEFAULT_CONFIDENCE)


def by_fold(judged: list[Judged], folds: int) -> dict[str, list[float]]:
    """Each rule's confidence calibrated without fold 0, without fold 1, …: how much it
    moves tells how far its one in-sample figure can be trusted."""
    row_folds = [{fold_of(d, folds) for d in row.docs} for row in judged]
    left_out = [per_rule([r for r, f in zip(judged, row_folds) if k not in f]) for k in range(folds)]
    rules = sorted({r for row in judged for r in row.rules} - {"?"})
    return {rule: [_stated((rule,), scores) for scores in left_out] for rule in rules}


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    rows: int
    right: int
    stated: float  # mean stated confidence of its rows (0 when empty)

    @property
    def observed(self) -> float | None:
        return self.right / self.rows if self.rows else None

    @property
    def label(self) -> str:
        return f"[{self.low:.2f},{self.high:.2f}{']' if self.high >= 1.0 else ')'}"


def bands(stated: list[float], judged: list[Judged], edges=BANDS) -> list[Band]:
    """Rows by band of stated confidence; the last band includes its upper edge (1.0)."""
    out = []
    for low, high in edges:
        inside = [(c, row.right) for c, row in zip(stated, judged)
                  if low <= c < high or (high >= 1.0 and c == high)]
        out.append(Band(low, high, len(inside), sum(r for _, r in inside),
                        sum(c for c, _ in inside) / len(inside) if inside else 0.0))
    return out


def table(stated: list[float], judged: list[Judged], folds: int) -> str:
    """The reliability table `kg eval` prints, and the share right among rows stated >= 0.9."""
    lines = [f"reliability ({folds} folds by document; each row's confidence calibrated without its fold)",
             f"{'stated':<12} {'rows':>5} {'right':>6} {'observed':>9} {'mean stated':>12}"]
    for b in bands(stated, judged):
        seen = "-" if b.observed is None else f"{b.observed:.3f}"
        mean = "-" if not b.rows else f"{b.stated:.3f}"
        lines.append(f"{b.label:<12} {b.rows:>5} {b.right:>6} {seen:>9} {mean:>12}")
    high = [row.right for c, row in zip(stated, judged) if c >= HIGH]
    share = f"{sum(high) / len(high):.3f}" if high else "-"
    lines.append(f"stated >= {HIGH}: {len(high)} rows, {sum(high)} right, observed {share}")
    lines += ["", f"{'rule':<28} confidence without fold " + " ".join(f"{k:>5}" for k in range(folds))]
    for rule, values in by_fold(judged, folds).items():
        lines.append(f"{rule:<52} " + " ".join(f"{v:>5.3f}" for v in values))
    return "\n".join(lines) + "\n"
