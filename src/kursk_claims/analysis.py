"""Compare numeric claims: timelines, conflicts, revisions, corroborations and arithmetic checks.

Pure functions over plain claim dicts (the shape `store.query_claims` returns: the export keys
plus `location`, `conversion_ok`, `doc_date`, ...). Nothing here reads files, prints or imports
anything heavy.

Choices (documented here because the markers depend on them):

Time
    A claim's time is its ``claim_date``, else its document's ``doc_date``. Dates may be
    ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and are read as intervals of days (a month covers
    all its days). Two claims are within a window of N days when the gap between their date
    intervals is at most N days (overlapping intervals have a gap of 0). Undated claims of one
    document are simultaneous with each other; an undated claim is never within the window of a
    claim from another document or of a dated claim.

Intervals (all bounds closed; quantities are non-negative, so "less than" starts at 0)
    exact      [v - 1 %, v + 1 %]            rounding and unit-conversion noise
    approx     [low - 10 %, high + 10 %]     low/high default to the value
    nearly     [0.9 v, v]
    more_than  [low, +inf)                    "more than 800" admits 800 and above
    at_least   [low, +inf)
    less_than  [0, high]
    at_most    [0, high]
    range      [low - 1 %, high + 1 %]
    Two intervals overlap when neither lies entirely above the other; an open bound therefore
    only overlaps what it admits (>800 overlaps 900, not 500; <1 does not overlap 5).

Places
    Locations are compared after normalisation (case, and a trailing "region"/"oblast"/
    "province" dropped, so "Kursk region" == "Kursk Oblast" == "Kursk"). An unknown location
    (None) matches only another unknown location: 90 km² in Kursk and 90 km² in Sumy are never
    set against each other, and neither is a located claim against an unlocated one.

Markers
    conflict (disjoint)   different, known claimant sides; same metric, predicate, actor and place;
                          within the window; disjoint intervals. The actor must match because
                          "Ukraine lost 50" and "Russia lost 5,000" are not contradictions.
    conflict (full control)  a territory_pct claim of (about) 100 % with predicate retaken/controls
                          by side A against a territory_km2 "controls" claim > 0 about another
                          actor, made by a different known side, same place, within the window.
    revision              same claimant, metric, predicate, actor and place; the dated figures in
                          time order, consecutive equal figures merged; reported when the figure
                          changes at least once.
    corroboration         same claimant, metric, predicate, actor and place, each value admitted by
                          the other's interval, within the window of the group's earliest claim,
                          in at least two documents; the earliest document is the origin.
    arithmetic            a territory_pct and a territory_km2 claim in one document by the same
                          claimant and predicate about the same place, standing in the same
                          sentence or in adjacent sentences (see "Share/area pairs" below; the
                          nearest in the text when several), imply a baseline km2 / (pct / 100);
                          pairs repeating the same figures (same claimant, predicate, place, area
                          and share values) make one check, marked on all their claims; it is checked
                          against the nearest reference of another claimant (their implied
                          baselines, and their "captured"/"region_size" km² figures about the same
                          place, or either place unknown): within 10 % passes, otherwise fails;
                          with no reference the implied baseline is still listed (verdict n/a).
                          Stated unit conversions give a check each: conversion_ok False fails,
                          True passes.

Share/area pairs
    A claim's sentence is located in its document from its `sentence` text, its `text` and its
    `start` offset (the sentence is the document's text between two offsets, and the claim's text
    stands in it at `start`): the sentence starts at `start` minus the position of `text` in
    `sentence`. Two claims stand in the same sentence when these spans overlap, and in adjacent
    sentences when the one ends at most SENTENCE_GAP_CHARS (4) characters before the other
    starts: the segmenter strips the whitespace around sentences, so such a gap holds only the
    spaces or line breaks between them, with no room for a sentence in between (one of three or
    more characters, with a separator on each side, needs at least five). If `text` occurs several times in `sentence`, every
    candidate position is tried (pairs when any fits). Claims whose sentence cannot be located
    (no sentence text, or a text not in it: hand-built claims) fall back to their offsets: at most
    PAIR_FALLBACK_CHARS (250) characters apart, about one sentence of news prose. So "86 % of the
    territory has been liberated" is not paired with "259 square kilometers over the past five
    days" two sentences later.

Filters (`side`, `since`, `until`, `predicate`) select the timeline rows; markers are computed on
all claims of the metric (and of its territory twin) and kept when they touch a shown row, so a
conflict with a filtered-out side is still visible from the side that is shown.
"""

from __future__ import annotations

import bisect
import calendar
import math
import operator
import re
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import asdict, dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from kursk_claims.models import METRICS, PREDICATES, SIDES

ClaimDict = Mapping[str, Any]

DEFAULT_WINDOW_DAYS = 14
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

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_LOCATION_SUFFIX_RE = re.compile(r"\s+(region|oblast|province|district|area)$")


class AnalysisError(ValueError):
    """Bad input to an analysis function (unknown metric, bad date, ...)."""


# ---------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------


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
class Corroboration:
    id: str
    claimant: str
    side: str | None
    metric: str
    predicate: str
    display: str
    doc_count: int
    doc_ids: tuple[str, ...]  # origin first
    origin_doc: str
    claim_ids: tuple[str, ...]


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
    corroborations: tuple[Corroboration, ...] = ()
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


# ---------------------------------------------------------------------------------------------
# Time
# ---------------------------------------------------------------------------------------------


def date_span(value: str | None) -> tuple[date, date] | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything after is ignored) as a (first, last) day span."""
    if not value:
        return None
    return _date_span(value)


@lru_cache(maxsize=65536)
def _date_span(value: str) -> tuple[date, date] | None:
    m = _DATE_RE.match(value.strip())
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(2) is None:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(m.group(2))
        if m.group(3) is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        day = date(year, month, int(m.group(3)))
    except ValueError:
        return None
    return day, day


def claim_time(claim: ClaimDict) -> str | None:
    """The claim's own date, else its document's date (None when neither parses)."""
    for key in ("claim_date", "doc_date"):
        v = claim.get(key)
        if isinstance(v, str) and date_span(v) is not None:
            return v
    return None


def span_gap_days(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two spans (0 when they overlap)."""
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def gap_days(a: ClaimDict, b: ClaimDict) -> int | None:
    """Days between the times of two claims; None when they cannot be placed relative to each other."""
    sa, sb = date_span(claim_time(a)), date_span(claim_time(b))
    if sa is None and sb is None:
        return 0 if a.get("doc_id") == b.get("doc_id") else None
    if sa is None or sb is None:
        return None
    return span_gap_days(sa, sb)


def within_window(a: ClaimDict, b: ClaimDict, window_days: int = DEFAULT_WINDOW_DAYS) -> bool:
    gap = gap_days(a, b)
    return gap is not None and gap <= window_days


def _ospan(claim: ClaimDict) -> tuple[int, int] | None:
    """The claim's time as a (first, last) day-ordinal span; None when undated.

    Claims read by `store.compare_claims` carry it as ``t_lo``/``t_hi`` (derived on write from
    the same dates, by this module's `date_span`), so nothing is parsed; otherwise it is parsed.
    """
    if "t_lo" in claim:
        lo = claim["t_lo"]
        return None if lo is None else (lo, claim["t_hi"])
    span = date_span(claim_time(claim))
    return None if span is None else (span[0].toordinal(), span[1].toordinal())


_UNDATED = date.max.toordinal() + 1


def _ogap(a: ClaimDict, b: ClaimDict, sa: tuple[int, int] | None, sb: tuple[int, int] | None) -> int | None:
    """`gap_days` on spans already known."""
    if sa is None and sb is None:
        return 0 if a.get("doc_id") == b.get("doc_id") else None
    if sa is None or sb is None:
        return None
    return max(0, sb[0] - sa[1], sa[0] - sb[1])


def _time_key(claim: ClaimDict) -> tuple[Any, ...]:
    span = _ospan(claim)
    tail = (str(claim.get("doc_id") or ""), int(claim.get("start") or 0))
    if span is None:
        return (1, _UNDATED, _UNDATED, *tail)
    return (0, span[0], span[1], *tail)


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def _num(v: Any) -> float | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)) and math.isfinite(v):
        return float(v)
    return None


def claim_interval(claim: ClaimDict) -> Interval:
    """The values a claim admits, from its value, bounds and qualifier (see the module docstring)."""
    v = _num(claim.get("value")) or 0.0
    lo = _num(claim.get("value_low"))
    hi = _num(claim.get("value_high"))
    q = claim.get("qualifier") or "exact"
    if q in ("more_than", "at_least"):
        return Interval(lo if lo is not None else v, math.inf)
    if q in ("less_than", "at_most"):
        return Interval(0.0, hi if hi is not None else v)
    if q == "nearly":
        top = hi if hi is not None else v
        return Interval(top * NEARLY_FLOOR, top)
    if q == "approx":
        return Interval(
            (lo if lo is not None else v) * (1 - APPROX_TOLERANCE),
            (hi if hi is not None else v) * (1 + APPROX_TOLERANCE),
        )
    if q == "range":
        return Interval(
            (lo if lo is not None else v) * (1 - EXACT_TOLERANCE),
            (hi if hi is not None else v) * (1 + EXACT_TOLERANCE),
        )
    return Interval(v * (1 - EXACT_TOLERANCE), v * (1 + EXACT_TOLERANCE))


def _value_admitted(a: ClaimDict, b: ClaimDict) -> bool:
    """Each claim's headline value lies within the other's interval."""
    va, vb = _num(a.get("value")) or 0.0, _num(b.get("value")) or 0.0
    return claim_interval(b).admits(va) and claim_interval(a).admits(vb)


def format_number(x: float) -> str:
    """1000 -> '1,000'; 66.666 -> '66.7'; 0.5 -> '0.5'."""
    if math.isinf(x):
        return "∞"
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:,.1f}".rstrip("0").rstrip(".") if abs(x) >= 1 else f"{x:.2g}"


def format_value(claim: ClaimDict) -> str:
    """The value as the claim bounds it: `>800`, `≥2,000`, `<1`, `≤400`, `≈90`, `~90`, `10,000–12,000`."""
    v = _num(claim.get("value")) or 0.0
    lo = _num(claim.get("value_low"))
    hi = _num(claim.get("value_high"))
    q = claim.get("qualifier") or "exact"
    if q == "more_than":
        return ">" + format_number(lo if lo is not None else v)
    if q == "at_least":
        return "≥" + format_number(lo if lo is not None else v)
    if q == "less_than":
        return "<" + format_number(hi if hi is not None else v)
    if q == "at_most":
        return "≤" + format_number(hi if hi is not None else v)
    if q == "approx":
        if lo is not None and hi is not None and hi > lo:
            return f"≈{format_number(lo)}–{format_number(hi)}"
        return "≈" + format_number(v)
    if q == "nearly":
        return "~" + format_number(v)
    if q == "range" and lo is not None and hi is not None and hi > lo:
        return f"{format_number(lo)}–{format_number(hi)}"
    return format_number(v)


# ---------------------------------------------------------------------------------------------
# Keys
# ---------------------------------------------------------------------------------------------


def normalize_location(location: str | None) -> str | None:
    """'Kursk Oblast' / 'Kursk region' / 'kursk' -> 'kursk'; None stays None."""
    if location is None:
        return None
    return _normalize_location(str(location))


@lru_cache(maxsize=8192)
def _normalize_location(location: str) -> str | None:
    s = " ".join(location.split()).casefold()
    s = _LOCATION_SUFFIX_RE.sub("", s)
    return s or None


def _side(claim: ClaimDict) -> str | None:
    s = claim.get("claimant_side")
    return s if isinstance(s, str) and s else None


def _actor(claim: ClaimDict) -> str:
    a = claim.get("actor")
    return a if isinstance(a, str) and a else "unknown"


def _cid(claim: ClaimDict) -> str:
    cid = claim.get("id")
    if cid:
        return str(cid)
    return f"{claim.get('doc_id')}:{claim.get('start')}"


def _ref(claim: ClaimDict) -> ClaimRef:
    return ClaimRef(
        id=_cid(claim),
        doc_id=str(claim.get("doc_id") or ""),
        metric=str(claim.get("metric") or ""),
        predicate=str(claim.get("predicate") or "other"),
        actor=_actor(claim),
        claimant=claim.get("claimant"),
        side=_side(claim),
        time=claim_time(claim),
        location=claim.get("location"),
        display=format_value(claim),
    )


def _series_key(claim: ClaimDict) -> tuple[Any, ...]:
    return (
        claim.get("metric"),
        claim.get("predicate") or "other",
        _actor(claim),
        normalize_location(claim.get("location")),
    )


def _who(claim: ClaimDict) -> str:
    name = claim.get("claimant") or "(unattributed)"
    side = _side(claim)
    return f"{name} ({side})" if side else str(name)


# ---------------------------------------------------------------------------------------------
# Markers
# ---------------------------------------------------------------------------------------------


def _group(claims: Iterable[ClaimDict], key: Any) -> dict[Any, list[ClaimDict]]:
    out: dict[Any, list[ClaimDict]] = {}
    for c in claims:
        out.setdefault(key(c), []).append(c)
    return out


class _Holds:
    """The holds of one place: dated ones by start (with the longest span, so that a window search
    starts early enough), undated ones by document; `near` gives those within a claim's window,
    each as (claim, actor, side, span, time key)."""

    Entry = tuple[ClaimDict, str, "str | None", "tuple[int, int] | None", tuple[Any, ...]]

    def __init__(self, members: Iterable[ClaimDict], window_days: int) -> None:
        entries = [(h, _actor(h), _side(h), _ospan(h), _time_key(h)) for h in members]
        dated = sorted((e for e in entries if e[3] is not None), key=lambda e: e[4])
        self.window = window_days
        self.starts = [e[3][0] for e in dated]  # type: ignore[index]
        self.dated = dated
        self.longest = max((e[3][1] - e[3][0] for e in dated), default=0)  # type: ignore[index]
        self.undated: dict[Any, list[_Holds.Entry]] = {}
        for e in entries:
            if e[3] is None:
                self.undated.setdefault(e[0].get("doc_id"), []).append(e)

    def near(self, claim: ClaimDict, span: tuple[int, int] | None) -> Sequence[_Holds.Entry]:
        if span is None:
            return self.undated.get(claim.get("doc_id"), [])
        i = bisect.bisect_left(self.starts, span[0] - self.window - self.longest)
        j = bisect.bisect_right(self.starts, span[1] + self.window)
        return self.dated[i:j]


_FOUND_ORDER = operator.itemgetter(0, 1, 2, 3)  # time key of a, kind, id of a, id of b


def find_conflicts(
    claims: Sequence[ClaimDict], window_days: int = DEFAULT_WINDOW_DAYS, *, touching: Set[str] | None = None
) -> list[Conflict]:
    """Disjoint-interval conflicts between sides plus full-control-vs-still-holds conflicts.

    `touching`: only the conflicts involving one of these claim ids (numbered among themselves);
    then only the pairs with such a claim are looked at.
    """
    # (time key of a, kind, id of a, id of b, ref a, ref b, gap, reason)
    found: list[tuple[tuple[Any, ...], str, str, str, ClaimRef, ClaimRef, int, str]] = []
    # per claim, once (a claim takes part in many conflicts): its ref and "who says what"
    known: dict[int, tuple[ClaimRef, str]] = {}

    def info(c: ClaimDict) -> tuple[ClaimRef, str]:
        got = known.get(id(c))
        if got is None:
            r = _ref(c)
            got = known[id(c)] = (r, f"{_who(c)} says {r.display}")
        return got

    for members in _group(claims, _series_key).values():
        keyed = sorted(((_time_key(c), c) for c in members), key=lambda kc: kc[0])
        keys = [k for k, _ in keyed]
        members = [c for _, c in keyed]
        ids = [_cid(c) for c in members]
        if touching is None:
            hot: list[int] | None = None
        else:
            hot = [j for j, i in enumerate(ids) if i in touching]
            if not hot:
                continue
        spans = [_ospan(c) for c in members]
        sides = [_side(c) for c in members]
        ivs: dict[int, Interval] = {}
        for i, a in enumerate(members):
            sa = sides[i]
            if sa is None:
                continue
            span_a = spans[i]
            # Sweep: members are in time order (undated last, by document), so the later claims
            # that can be within the window of `a` are the next ones up to the first beyond it
            # (when `a` is not wanted itself, only the wanted ones among them).
            later: Iterable[int]
            if hot is None or ids[i] in touching:  # type: ignore[operator]
                later = range(i + 1, len(members))
            else:
                later = hot[bisect.bisect_right(hot, i) :]
            for j in later:
                span_b = spans[j]
                b = members[j]
                if span_a is not None:
                    if span_b is None or span_b[0] - span_a[1] > window_days:
                        break  # undated claims and later starts are all out of reach
                elif span_b is None and b.get("doc_id") != a.get("doc_id"):
                    break  # undated claims are grouped by document
                sb = sides[j]
                if sb is None or sb == sa:
                    continue
                gap = _ogap(a, b, span_a, span_b)
                if gap is None or gap > window_days:
                    continue
                ia = ivs.get(i) or ivs.setdefault(i, claim_interval(a))
                ib = ivs.get(j) or ivs.setdefault(j, claim_interval(b))
                if ia.overlaps(ib):
                    continue
                (ra, says_a), (rb, says_b) = info(a), info(b)
                reason = f"{says_a}, {says_b} {gap} day(s) apart: the figures cannot both be true"
                found.append((keys[i], "disjoint", ids[i], ids[j], ra, rb, gap, reason))

    full = [
        c
        for c in claims
        if c.get("metric") == "territory_pct"
        and c.get("predicate") in FULL_CONTROL_PREDICATES
        and (_num(c.get("value")) or 0.0) >= FULL_CONTROL_PCT
        and _side(c) is not None
    ]
    holds = [
        c
        for c in claims
        if c.get("metric") == "territory_km2"
        and c.get("predicate") in HOLDS_PREDICATES
        and (_num(c.get("value")) or 0.0) > 0
        and _actor(c) != "unknown"
        and _side(c) is not None
    ]

    # holds by place, looked up by window (see _Holds): not every hold for every full-control claim
    by_loc = _group(holds, lambda h: normalize_location(h.get("location")))
    all_holds = {loc: _Holds(members, window_days) for loc, members in by_loc.items()}
    hot_holds = (
        all_holds
        if touching is None
        else {
            loc: _Holds(mine, window_days)
            for loc, members in by_loc.items()
            if (mine := [h for h in members if _cid(h) in touching])
        }
    )
    for f in full:
        f_side = _side(f)
        f_actor = _actor(f) if _actor(f) != "unknown" else f_side
        f_id = _cid(f)
        f_span = _ospan(f)
        place = (all_holds if touching is None or f_id in touching else hot_holds).get(
            normalize_location(f.get("location"))
        )
        if place is None:
            continue
        f_key = _time_key(f)
        for h, h_actor, h_side, h_span, h_key in place.near(f, f_span):
            if h_actor == f_actor or h_side == f_side:
                continue
            gap = _ogap(f, h, f_span, h_span)
            if gap is None or gap > window_days:
                continue
            (rf, _), (rh, _) = info(f), info(h)
            reason = (
                f"{_who(f)} claims full control ({rf.display} % {rf.predicate}), "
                f"{_who(h)} says {rh.actor} still {rh.predicate} {rh.display} km²"
            )
            if f_key <= h_key:
                found.append((f_key, "full_control", f_id, rh.id, rf, rh, gap, reason))
            else:
                found.append((h_key, "full_control", rh.id, f_id, rh, rf, gap, reason))

    found.sort(key=_FOUND_ORDER)
    return [
        Conflict(id=f"C{i}", kind=kind, a=ra, b=rb, gap_days=gap, reason=reason)
        for i, (_, kind, _ia, _ib, ra, rb, gap, reason) in enumerate(found, 1)
    ]


def find_revisions(claims: Sequence[ClaimDict], *, touching: Set[str] | None = None) -> list[Revision]:
    """Each claimant's successive distinct figures per metric/predicate/actor/place, in time order.

    `touching`: only the revisions with one of these claim ids (numbered among themselves)."""
    out: list[tuple[tuple[Any, ...], Revision]] = []
    named = [c for c in claims if c.get("claimant") and _ospan(c) is not None]
    groups = _group(named, lambda c: (c.get("claimant"), *_series_key(c)))
    for (claimant, metric, predicate, actor, _loc), members in groups.items():
        if touching is not None and not any(_cid(c) in touching for c in members):
            continue
        members = sorted(members, key=_time_key)
        steps: list[list[ClaimDict]] = []
        for c in members:
            v = _num(c.get("value")) or 0.0
            if steps:
                prev = _num(steps[-1][0].get("value")) or 0.0
                if math.isclose(prev, v, rel_tol=1e-6):
                    steps[-1].append(c)
                    continue
            steps.append([c])
        if len(steps) < 2:
            continue
        built: list[RevisionStep] = []
        prev_v: float | None = None
        for step in steps:
            first = step[0]
            v = _num(first.get("value")) or 0.0
            change = None if prev_v is None else v - prev_v
            pct = None if prev_v in (None, 0.0) or change is None else 100.0 * change / float(prev_v or 1)
            built.append(
                RevisionStep(
                    value=v,
                    display=format_value(first),
                    time=claim_time(first),
                    claim_ids=tuple(_cid(c) for c in step),
                    doc_ids=tuple(dict.fromkeys(str(c.get("doc_id")) for c in step)),
                    change=change,
                    change_pct=pct,
                )
            )
            prev_v = v
        rev = Revision(
            id="",
            claimant=str(claimant),
            side=_side(members[0]),
            metric=str(metric),
            predicate=str(predicate),
            actor=str(actor),
            location=members[0].get("location"),
            steps=tuple(built),
        )
        out.append((_time_key(members[0]), rev))
    out.sort(key=lambda t: (t[0], t[1].claimant))
    return [_with_id(r, f"R{i}") for i, (_, r) in enumerate(out, 1)]


def find_corroborations(
    claims: Sequence[ClaimDict], window_days: int = DEFAULT_WINDOW_DAYS, *, touching: Set[str] | None = None
) -> list[Corroboration]:
    """The same statement by the same claimant found in two or more documents.

    `touching`: only the statements of a claimant series holding one of these claim ids."""
    out: list[tuple[tuple[Any, ...], Corroboration]] = []
    named = [c for c in claims if c.get("claimant")]
    for (claimant, *_rest), members in _group(named, lambda c: (c.get("claimant"), *_series_key(c))).items():
        if touching is not None and not any(_cid(c) in touching for c in members):
            continue
        members = sorted(members, key=_time_key)
        clusters: list[list[ClaimDict]] = []
        # clusters whose anchor can still be within the window of a later member, in creation
        # order (members come in time order, so a dated anchor ending more than the window
        # before a member's start is out of reach of every later member too)
        active: list[tuple[tuple[int, int] | None, list[ClaimDict]]] = []
        for c in members:
            span_c = _ospan(c)
            if span_c is not None:
                active = [(sp, cl) for sp, cl in active if sp is None or span_c[0] - sp[1] <= window_days]
            else:
                active = [(sp, cl) for sp, cl in active if sp is None]
            for _sp, cl in active:
                anchor = cl[0]
                gap = _ogap(anchor, c, _ospan(anchor), span_c)
                if gap is not None and gap <= window_days and _value_admitted(anchor, c):
                    cl.append(c)
                    break
            else:
                clusters.append([c])
                active.append((span_c, clusters[-1]))
        for cl in clusters:
            docs = _docs_by_age(cl)
            if len(docs) < 2:
                continue
            anchor = cl[0]
            out.append(
                (
                    _time_key(anchor),
                    Corroboration(
                        id="",
                        claimant=str(claimant),
                        side=_side(anchor),
                        metric=str(anchor.get("metric")),
                        predicate=str(anchor.get("predicate") or "other"),
                        display=format_value(anchor),
                        doc_count=len(docs),
                        doc_ids=tuple(docs),
                        origin_doc=docs[0],
                        claim_ids=tuple(_cid(c) for c in cl),
                    ),
                )
            )
    out.sort(key=lambda t: (t[0], t[1].claimant))
    return [_with_id(c, f"K{i}") for i, (_, c) in enumerate(out, 1)]


def _docs_by_age(cl: Sequence[ClaimDict]) -> list[str]:
    """Distinct documents of a cluster, earliest first (by document date, else claim time, then id)."""
    best: dict[str, tuple[Any, ...]] = {}
    for c in cl:
        doc = str(c.get("doc_id"))
        span = date_span(c.get("doc_date")) or date_span(claim_time(c))
        key = (0, span[0], doc) if span else (1, date.max, doc)
        if doc not in best or key < best[doc]:
            best[doc] = key
    return sorted(best, key=lambda d: best[d])


def _sentence_spans(claim: ClaimDict) -> list[tuple[int, int]]:
    """Candidate document spans of the claim's sentence (one per position of `text` in `sentence`)."""
    sentence, text, start = claim.get("sentence"), claim.get("text"), claim.get("start")
    if not isinstance(sentence, str) or not isinstance(text, str) or not text or not isinstance(start, int):
        return []
    out: list[tuple[int, int]] = []
    i = sentence.find(text)
    while i >= 0:
        if start - i >= 0:
            out.append((start - i, start - i + len(sentence)))
        i = sentence.find(text, i + 1)
    return out


def _spans_near(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """The same sentence (spans overlap) or adjacent ones (only a short gap between them)."""
    if x[1] <= y[0]:
        return y[0] - x[1] <= SENTENCE_GAP_CHARS
    if y[1] <= x[0]:
        return x[0] - y[1] <= SENTENCE_GAP_CHARS
    return True


def same_or_adjacent_sentence(a: ClaimDict, b: ClaimDict) -> bool:
    """Whether two claims of one document stand in the same or adjacent sentences (see the
    module docstring, "Share/area pairs")."""
    sa, sb = _sentence_spans(a), _sentence_spans(b)
    if sa and sb:
        return any(_spans_near(x, y) for x in sa for y in sb)
    return abs(int(a.get("start") or 0) - int(b.get("start") or 0)) <= PAIR_FALLBACK_CHARS


def find_arithmetic(claims: Sequence[ClaimDict]) -> list[ArithmeticCheck]:
    """Baselines implied by share+area pairs, checked across claimants; stated conversions."""
    checks: list[ArithmeticCheck] = []
    pcts = [
        c
        for c in claims
        if c.get("metric") == "territory_pct" and 0 < (_num(c.get("value")) or 0.0) < FULL_CONTROL_PCT
    ]
    areas = [c for c in claims if c.get("metric") == "territory_km2" and (_num(c.get("value")) or 0.0) > 0]
    # one entry per distinct (claimant, predicate, place, area, share): its first pair in time
    # order, and the claims of every pair repeating those figures
    distinct: dict[tuple[Any, ...], tuple[ClaimDict, ClaimDict, float, list[str]]] = {}
    areas_by_doc = _group(areas, lambda a: a.get("doc_id"))
    for p in sorted(pcts, key=_time_key):
        mates = [
            a
            for a in areas_by_doc.get(p.get("doc_id"), [])
            if a.get("claimant") == p.get("claimant")
            and a.get("predicate") == p.get("predicate")
            and normalize_location(a.get("location")) == normalize_location(p.get("location"))
            and same_or_adjacent_sentence(a, p)
        ]
        if not mates:
            continue
        mate = min(mates, key=lambda a: abs(int(a.get("start") or 0) - int(p.get("start") or 0)))
        pv = _num(p.get("value")) or 1.0
        av = _num(mate.get("value")) or 0.0
        key = (
            p.get("claimant"),
            p.get("predicate"),
            normalize_location(p.get("location")),
            round(av, 6),
            round(pv, 6),
        )
        if key in distinct:
            ids = distinct[key][3]
            ids.extend(i for i in (_cid(p), _cid(mate)) if i not in ids)
        else:
            distinct[key] = (p, mate, av / (pv / 100.0), [_cid(p), _cid(mate)])
    baselines = [(p, a, base) for p, a, base, _ids in distinct.values()]
    pair_ids = {(_cid(p), _cid(a)): tuple(ids) for p, a, _base, ids in distinct.values()}

    def same_place(x: ClaimDict, loc: str | None) -> bool:
        other = normalize_location(x.get("location"))
        return loc is None or other is None or other == loc

    for p, a, base in baselines:
        loc = normalize_location(p.get("location") or a.get("location"))
        refs: list[tuple[float, str, str]] = []
        for p2, a2, base2 in baselines:
            if p2.get("claimant") != p.get("claimant") and same_place(p2, loc):
                refs.append((base2, _cid(a2), f"{_who(p2)}'s implied baseline {format_number(base2)} km²"))
        for r in areas:
            if (
                r.get("predicate") in REFERENCE_PREDICATES
                and r.get("claimant") != p.get("claimant")
                and same_place(r, loc)
            ):
                rv = _num(r.get("value")) or 0.0
                refs.append((rv, _cid(r), f"{_who(r)} {r.get('predicate')} {format_value(r)} km²"))
        head = (
            f"{_who(p)}: {format_value(a)} km² = {format_value(p)} % "
            f"implies a baseline of {format_number(base)} km²"
        )
        if not refs:
            checks.append(
                ArithmeticCheck(
                    id="",
                    kind="baseline",
                    passed=None,
                    claim_ids=pair_ids[(_cid(p), _cid(a))],
                    description=f"{head}; no other claimant's figure to check it against",
                    baseline=base,
                )
            )
            continue
        ref_v, ref_id, ref_desc = min(refs, key=lambda t: abs(t[0] - base) / max(t[0], 1e-9))
        diff = abs(base - ref_v) / max(ref_v, 1e-9)
        passed = diff <= BASELINE_TOLERANCE
        checks.append(
            ArithmeticCheck(
                id="",
                kind="baseline",
                passed=passed,
                claim_ids=pair_ids[(_cid(p), _cid(a))],
                description=(
                    f"{head}; nearest reference {ref_desc}: {100 * diff:.1f} % apart "
                    f"({'within' if passed else 'beyond'} {100 * BASELINE_TOLERANCE:.0f} %)"
                ),
                baseline=base,
                reference=ref_v,
                reference_claim=ref_id,
                diff_pct=100 * diff,
            )
        )

    for c in sorted(claims, key=_time_key):
        ok = c.get("conversion_ok")
        if ok is None:
            continue
        checks.append(
            ArithmeticCheck(
                id="",
                kind="conversion",
                passed=bool(ok),
                claim_ids=(_cid(c),),
                description=(
                    f"{c.get('text') or format_value(c)!s} stated as "
                    f"({c.get('conversion') or '?'}): "
                    + ("consistent" if ok else "the stated conversion disagrees by more than 5 %")
                ),
            )
        )
    return [_with_id(c, f"A{i}") for i, c in enumerate(checks, 1)]


def check_verdict(passed: bool | None) -> str:
    """'pass', 'FAIL' or 'n/a' (no reference to check against)."""
    return "n/a" if passed is None else "pass" if passed else "FAIL"


def _with_id(obj: Any, new_id: str) -> Any:
    return obj if obj.id == new_id else replace(obj, id=new_id)


# ---------------------------------------------------------------------------------------------
# compare
# ---------------------------------------------------------------------------------------------


def _check_date(name: str, value: str | None) -> tuple[date, date] | None:
    if value is None:
        return None
    span = date_span(value)
    if span is None or not _DATE_RE.fullmatch(value.strip()):
        raise AnalysisError(f"--{name} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return span


def validate_choice(name: str, value: str | None, valid: Sequence[str]) -> None:
    if value is not None and value not in valid:
        raise AnalysisError(f"unknown {name} {value!r}; valid: {', '.join(valid)}")


def compare(
    claims: Sequence[ClaimDict],
    metric: str,
    *,
    predicate: str | None = None,
    side: str | None = None,
    since: str | None = None,
    until: str | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
    limit: int | None = None,
) -> CompareResult:
    """Timeline per predicate of one metric's claims, with conflict/revision/corroboration/arithmetic markers.

    `limit`: only the first `limit` matching claims in time order become rows (and only the
    markers touching them are kept): the result is the full one cut to those rows.
    `store.compare_claims` loads just the claims such a cut result depends on.
    """
    validate_choice("metric", metric, METRICS)
    validate_choice("predicate", predicate, PREDICATES)
    validate_choice("side", side, SIDES)
    if window_days < 0:
        raise AnalysisError(f"--window must be 0 or more days, got {window_days}")
    lo, hi = _check_date("since", since), _check_date("until", until)

    twin = TERRITORY_TWINS.get(metric)
    related = [c for c in claims if c.get("metric") in (metric, twin)]
    own = [c for c in related if c.get("metric") == metric]

    def shown(c: ClaimDict) -> bool:
        if predicate is not None and (c.get("predicate") or "other") != predicate:
            return False
        if side is not None and _side(c) != side:
            return False
        if lo is not None or hi is not None:
            span = _ospan(c)
            if span is None:
                return False
            if lo is not None and span[1] < lo[0].toordinal():
                return False
            if hi is not None and span[0] > hi[1].toordinal():
                return False
        return True

    rows_claims = sorted((c for c in own if shown(c)), key=_time_key)
    if limit is not None:
        if limit < 0:
            raise AnalysisError(f"--limit must be 0 or more, got {limit}")
        rows_claims = rows_claims[:limit]
    shown_ids = {_cid(c) for c in rows_claims}

    def touches(ids: Iterable[str]) -> bool:
        return any(i in shown_ids for i in ids)

    conflicts = [
        c
        for c in find_conflicts(related, window_days, touching=shown_ids)
        if touches((c.a.id, c.b.id)) and metric in (c.a.metric, c.b.metric)
    ]
    revisions = [
        r for r in find_revisions(own, touching=shown_ids) if touches(i for s in r.steps for i in s.claim_ids)
    ]
    corrobs = [k for k in find_corroborations(own, window_days, touching=shown_ids) if touches(k.claim_ids)]
    checks = [a for a in find_arithmetic(related) if touches(a.claim_ids)]

    # Renumber so ids are 1..n within this result.
    conflicts = [_with_id(c, f"C{i}") for i, c in enumerate(conflicts, 1)]
    revisions = [_with_id(r, f"R{i}") for i, r in enumerate(revisions, 1)]
    corrobs = [_with_id(k, f"K{i}") for i, k in enumerate(corrobs, 1)]
    checks = [_with_id(a, f"A{i}") for i, a in enumerate(checks, 1)]

    marks: dict[str, list[str]] = {}
    for cf in conflicts:
        for ref in (cf.a, cf.b):
            marks.setdefault(ref.id, []).append(f"conflict {cf.id}")
    for rv in revisions:
        for n, st in enumerate(rv.steps, 1):
            for i in st.claim_ids:
                marks.setdefault(i, []).append(f"revision {rv.id} {n}/{len(rv.steps)}")
    for k in corrobs:
        for i in k.claim_ids:
            marks.setdefault(i, []).append(f"corroborated {k.id} ×{k.doc_count}")
    for ac in checks:
        for i in ac.claim_ids:
            marks.setdefault(i, []).append(f"check {ac.id} {check_verdict(ac.passed)}")

    groups: dict[str, list[TimelineRow]] = {}
    for c in rows_claims:
        span = _ospan(c)
        iv = claim_interval(c)
        row = TimelineRow(
            id=_cid(c),
            doc_id=str(c.get("doc_id") or ""),
            time=claim_time(c),
            x_date=date.fromordinal(span[0]).isoformat() if span else None,
            claimant=c.get("claimant"),
            side=_side(c),
            actor=_actor(c),
            location=c.get("location"),
            value=_num(c.get("value")) or 0.0,
            low=iv.low,
            high=iv.high,
            qualifier=str(c.get("qualifier") or "exact"),
            display=format_value(c),
            text=str(c.get("text") or ""),
            markers=tuple(dict.fromkeys(marks.get(_cid(c), []))),
        )
        groups.setdefault(str(c.get("predicate") or "other"), []).append(row)

    order = {p: i for i, p in enumerate(PREDICATES)}
    ordered = sorted(groups.items(), key=lambda kv: order.get(kv[0], len(order)))
    return CompareResult(
        metric=metric,
        unit=UNITS.get(metric, ""),
        window_days=window_days,
        predicate=predicate,
        side=side,
        since=since,
        until=until,
        groups=tuple(PredicateGroup(p, tuple(rows)) for p, rows in ordered),
        conflicts=tuple(conflicts),
        revisions=tuple(revisions),
        corroborations=tuple(corrobs),
        arithmetic=tuple(checks),
        undated=sum(1 for c in rows_claims if claim_time(c) is None),
    )


# ---------------------------------------------------------------------------------------------
# one claim in context (for `show CLAIM_ID`)
# ---------------------------------------------------------------------------------------------


def related_metrics(metric: str) -> tuple[str, ...]:
    """The metrics whose claims `compare`/`claim_context` need for `metric` (territory twins)."""
    twin = TERRITORY_TWINS.get(metric)
    return (metric, twin) if twin else (metric,)


@dataclass(frozen=True)
class ClaimContext:
    """What the rest of the ledger says about one claim."""

    claim_id: str
    conversion: ArithmeticCheck | None  # the stated-conversion check, if the claim states one
    corroboration: Corroboration | None  # the group of documents repeating this statement
    corroborating_docs: tuple[str, ...]  # the other documents of that group, earliest first
    conflicts: tuple[Conflict, ...]
    revision: Revision | None
    arithmetic: tuple[ArithmeticCheck, ...]  # baseline checks the claim takes part in

    def to_json(self) -> dict[str, Any]:
        data = _plain(asdict(self))
        assert isinstance(data, dict)
        return data


def claim_context(
    claim: ClaimDict, claims: Sequence[ClaimDict], *, window_days: int = DEFAULT_WINDOW_DAYS
) -> ClaimContext:
    """Conversion check, corroborating documents, conflicts, revision series and baseline checks
    of `claim`, among `claims` (pass at least the claims of `related_metrics(claim["metric"])`;
    `claim` itself is added when missing)."""
    cid = _cid(claim)
    pool = list(claims)
    if not any(_cid(c) == cid for c in pool):
        pool.append(claim)
    metric = str(claim.get("metric") or "")
    validate_choice("metric", metric, METRICS)
    res = compare(pool, metric, window_days=window_days)
    corr = next((k for k in res.corroborations if cid in k.claim_ids), None)
    own_doc = str(claim.get("doc_id") or "")
    return ClaimContext(
        claim_id=cid,
        conversion=next((a for a in res.arithmetic if a.kind == "conversion" and cid in a.claim_ids), None),
        corroboration=corr,
        corroborating_docs=tuple(d for d in corr.doc_ids if d != own_doc) if corr else (),
        conflicts=tuple(c for c in res.conflicts if cid in (c.a.id, c.b.id)),
        revision=next((r for r in res.revisions if any(cid in s.claim_ids for s in r.steps)), None),
        arithmetic=tuple(a for a in res.arithmetic if a.kind == "baseline" and cid in a.claim_ids),
    )
