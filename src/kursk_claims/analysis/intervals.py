"""A claim's time and value as intervals: windows between claims, and which values admit each other."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from kursk_claims.analysis.records import (
    APPROX_TOLERANCE,
    DEFAULT_WINDOW_DAYS,
    EXACT_TOLERANCE,
    NEARLY_FLOOR,
    ClaimDict,
    Interval,
)
from kursk_claims.domain.spans import date_span
from kursk_claims.domain.values import number


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


def claim_interval(claim: ClaimDict) -> Interval:
    """The values a claim admits, from its value, bounds and qualifier (see the module docstring)."""
    v = number(claim.get("value")) or 0.0
    lo = number(claim.get("value_low"))
    hi = number(claim.get("value_high"))
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
    va, vb = number(a.get("value")) or 0.0, number(b.get("value")) or 0.0
    return claim_interval(b).admits(va) and claim_interval(a).admits(vb)
