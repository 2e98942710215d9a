"""One value formatter for every surface: query, compare, show, export tables and the report.

The convention (also in the README):

    exact      90            about/around  ≈90       nearly/almost  ≲90 (just under)
    more than  >800          at least      ≥2,000    range          10,000–12,000
    less than  <1            up to         ≤400      approx. range  ≈10,000–12,000

Numbers get thousands separators; whole numbers print without decimals, others with one (two
significant digits under 1). With ``with_unit`` the canonical unit follows: ``≈90 km²``, ``64%``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

UNIT_LABELS = {"km2": "km²", "km": "km", "percent": "%", "count": ""}
QUALIFIER_SIGNS = {
    "exact": "",
    "approx": "≈",
    "nearly": "≲",
    "more_than": ">",
    "at_least": "≥",
    "less_than": "<",
    "at_most": "≤",
}


def number(v: Any) -> float | None:
    """A finite float, or None for anything else (None, booleans, NaN, text)."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)) and math.isfinite(v):
        return float(v)
    return None


def format_number(x: float | None) -> str:
    """1000 -> '1,000'; 66.666 -> '66.7'; 0.5 -> '0.5'; None -> '?'."""
    if x is None:
        return "?"
    if math.isinf(x):
        return "∞"
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:,.1f}".rstrip("0").rstrip(".") if abs(x) >= 1 else f"{x:.2g}"


def format_value(claim: Mapping[str, Any], *, with_unit: bool = False) -> str:
    """The value as the claim bounds it (see the module docstring), optionally with its unit."""
    v = number(claim.get("value")) or 0.0
    lo = number(claim.get("value_low"))
    hi = number(claim.get("value_high"))
    q = str(claim.get("qualifier") or "exact")
    if q in ("more_than", "at_least"):
        body = QUALIFIER_SIGNS[q] + format_number(lo if lo is not None else v)
    elif q in ("less_than", "at_most"):
        body = QUALIFIER_SIGNS[q] + format_number(hi if hi is not None else v)
    elif q in ("approx", "range") and lo is not None and hi is not None and hi > lo:
        body = QUALIFIER_SIGNS.get(q, "") + f"{format_number(lo)}–{format_number(hi)}"
    else:
        body = QUALIFIER_SIGNS.get(q, "") + format_number(v)
    if not with_unit:
        return body
    unit = UNIT_LABELS.get(str(claim.get("unit")), str(claim.get("unit") or ""))
    if not unit:
        return body
    return body + ("%" if unit == "%" else " " + unit)
