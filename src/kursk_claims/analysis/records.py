"""The records compare returns, the markers' tolerances, and AnalysisError."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any

from kursk_claims.models import DEFAULT_WINDOW_DAYS as DEFAULT_WINDOW_DAYS

ClaimDict = Mapping[str, Any]


EXACT_TOLERANCE = 0.01


APPROX_TOLERANCE = 0.10


NEARLY_FLOOR = 0.90


BASELINE_TOLERANCE = 0.10


FULL_CONTROL_PCT = 99.5


SENTENCE_GAP_CHARS = 4


PAIR_FALLBACK_CHARS = 250


FULL_CONTROL_PREDICATES = ("retaken", "controls")


HOLDS_PREDICATES = ("controls",)


REFERENCE_PREDICATES = ("captured", "region_size")


TERRITORY_TWINS = {"territory_km2": "territory_pct", "territory_pct": "territory_km2"}


UNITS = {
    "territory_km2": "km²",
    "territory_pct": "%",
    "distance_km": "km",
}


class AnalysisError(ValueError):
    """Bad input to an analysis function (unknown metric, bad date, ...)."""


@dataclass(frozen=True)
class Interval:
    """Closed interval of values a claim admits; `high` may be +inf."""

    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        return not (self.high < other.low or other.high < self.low)

    def admits(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class ClaimRef:
    """Just enough of a claim to show it next to a marker."""

    id: str
    doc_id: str
    metric: str
    predicate: str
    actor: str
    claimant: str | None
    side: str | None
    time: str | None
    location: str | None
    display: str


@dataclass(frozen=True)
class TimelineRow:
    id: str
    doc_id: str
    time: str | None
    x_date: str | None  # ISO start of the time interval, for charts
    claimant: str | None
    side: str | None
    actor: str
    location: str | None
    value: float
    low: float
    high: float
    qualifier: str
    display: str
    text: str
    markers: tuple[str, ...] = ()
    docs: int = 1  # documents carrying the statement (its copies, and its repetition's documents)
    groups: int = 1  # independent syndication groups carrying it
    copy_of: str | None = None  # set on a copy's row (shown with --all-copies)


@dataclass(frozen=True)
class PredicateGroup:
    predicate: str
    rows: tuple[TimelineRow, ...]


@dataclass(frozen=True)
class Conflict:
    id: str
    kind: str  # disjoint | full_control
    a: ClaimRef
    b: ClaimRef
    gap_days: int
    reason: str


@dataclass(frozen=True)
class RevisionStep:
    value: float
    display: str
    time: str | None
    claim_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    change: float | None  # vs the previous step
    change_pct: float | None


@dataclass(frozen=True)
class Revision:
    id: str
    claimant: str
    side: str | None
    metric: str
    predicate: str
    actor: str
    location: str | None
    steps: tuple[RevisionStep, ...]


@dataclass(frozen=True)
class Repetition:
    """One claimant's statement found in several independent syndication groups."""

    id: str
    claimant: str
    side: str | None
    metric: str
    predicate: str
    display: str
    group_count: int
    group_ids: tuple[str, ...]  # origin's group first
    doc_count: int
    doc_ids: tuple[str, ...]  # origin first
    origin_doc: str
    claim_ids: tuple[str, ...]


@dataclass(frozen=True)
class Agreement:
    """Two different claimants whose figures admit each other (same series, within the window)."""

    id: str
    a: ClaimRef
    b: ClaimRef
    different_sides: bool  # both sides known and not the same
    gap_days: int
    reason: str


@dataclass(frozen=True)
class ArithmeticCheck:
    id: str
    kind: str  # baseline | conversion
    passed: bool | None  # None: nothing to check against (shown as information)
    claim_ids: tuple[str, ...]
    description: str
    baseline: float | None = None
    reference: float | None = None
    reference_claim: str | None = None
    diff_pct: float | None = None


@dataclass(frozen=True)
class CompareResult:
    metric: str
    unit: str
    window_days: int
    predicate: str | None
    side: str | None
    since: str | None
    until: str | None
    groups: tuple[PredicateGroup, ...]
    conflicts: tuple[Conflict, ...] = ()
    revisions: tuple[Revision, ...] = ()
    repetitions: tuple[Repetition, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    arithmetic: tuple[ArithmeticCheck, ...] = ()
    undated: int = 0

    @property
    def rows(self) -> tuple[TimelineRow, ...]:
        return tuple(r for g in self.groups for r in g.rows)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-ready data (infinite bounds become null)."""
        data = _plain(asdict(self))
        assert isinstance(data, dict)
        return data


def _plain(obj: Any) -> Any:
    if isinstance(obj, float):
        return None if math.isinf(obj) or math.isnan(obj) else obj
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    return obj


def _with_id(obj: Any, new_id: str) -> Any:
    return obj if obj.id == new_id else replace(obj, id=new_id)
