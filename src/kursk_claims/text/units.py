"""Units: how units are spelled in text and what they are worth in canonical units.

This module reads the unit table in data/units.json (spellings of area, distance and percent
units with their pint expressions, plus the duration and money words that mark numbers which
are not measures), builds the regex that finds a unit right after a number (`_read_unit`), and
converts values to the canonical units km², km and percent (`conversion_factor`, `to_canonical`,
`_convert`), tidying the results to 12 significant digits (`tidy`). Conversion factors come from
pint; the ones for the units in the table are kept precomputed in `_KNOWN_FACTORS` so pint is
only loaded for a unit outside it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

# ---------------------------------------------------------------------------------------------
# Unit table (data file) and conversion factors (pint, computed once)


@dataclass(frozen=True)
class _UnitSpelling:
    spelling: str
    pint_expr: str
    canonical: str
    case_sensitive: bool


@cache
def _unit_data() -> dict[str, Any]:
    raw = resources.files("kursk_claims").joinpath("data/units.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


@cache
def _unit_spellings() -> tuple[_UnitSpelling, ...]:
    out = [
        _UnitSpelling(sp, u["pint"], u["canonical"], bool(u.get("case")))
        for u in _unit_data()["units"]
        for sp in u["spellings"]
    ]
    out.sort(key=lambda s: -len(s.spelling))
    return tuple(out)


@cache
def _unit_regex() -> re.Pattern[str]:
    alts = []
    for sp in _unit_spellings():
        body = re.escape(sp.spelling).replace(r"\ ", r"\s*" if sp.spelling.startswith("sq") else r"\s+")
        tail = r"(?![A-Za-z0-9])" if sp.spelling[-1].isalnum() else ""
        alts.append(("" if sp.case_sensitive else "(?i:") + body + tail + ("" if sp.case_sensitive else ")"))
    return re.compile("|".join(alts))


def _lookup_spelling(found: str) -> _UnitSpelling:
    norm = re.sub(r"\s+", " ", found).lower()
    for sp in _unit_spellings():
        if sp.spelling.lower() == norm or sp.spelling.lower().replace(" ", "") == norm.replace(" ", ""):
            return sp
    raise KeyError(found)  # pragma: no cover - the regex only matches known spellings


# pint's own results for the units in data/units.json (tests/test_speed_paths.py checks them
# against pint): building pint's registry costs ~0.5 s per process, paid again by every worker.
# A unit not listed here still goes through pint.
_KNOWN_FACTORS: dict[tuple[str, str], float] = {
    ("acre", "km2"): 0.004046872609874251,
    ("foot", "km"): 0.0003048,
    ("hectare", "km2"): 0.01,
    ("km", "km"): 1.0,
    ("km**2", "km2"): 1.0,
    ("meter", "km"): 0.001,
    ("mile", "km"): 1.609344,
    ("mile**2", "km2"): 2.589988110336,
}


@cache
def conversion_factor(pint_expr: str, canonical: str) -> float:
    """How many canonical units one `pint_expr` is (pint does the arithmetic; cached)."""
    if canonical == "percent":
        return 1.0
    known = _KNOWN_FACTORS.get((pint_expr, canonical))
    if known is not None:
        return known
    return pint_factor(pint_expr, canonical)


def pint_factor(pint_expr: str, canonical: str) -> float:
    """The factor computed by pint itself (what `_KNOWN_FACTORS` must equal)."""
    target = {"km2": "km**2", "km": "km"}[canonical]
    return float(_ureg().Quantity(1.0, pint_expr).to(target).magnitude)


@cache
def _ureg() -> Any:
    import pint  # imported lazily: keep pint off the query path

    return pint.UnitRegistry()


def to_canonical(value: float, unit_text: str) -> tuple[float, str]:
    """Convert `value` in a written unit ("square miles") to (value, canonical unit)."""
    sp = _lookup_spelling(unit_text)
    return tidy(value * conversion_factor(sp.pint_expr, sp.canonical)), sp.canonical


def tidy(x: float) -> float:
    """`x` rounded to 12 significant digits: 0.7000000000000001 -> 0.7, 100/3 -> 33.3333333333."""
    if x == 0 or not math.isfinite(x):
        return x
    return float(f"{x:.12g}")


# ---------------------------------------------------------------------------------------------
# Words that mark durations and money (data file)


@cache
def _duration_re() -> re.Pattern[str]:
    words = sorted(_unit_data()["durations"], key=len, reverse=True)
    return re.compile(r"(?i)^[\s-]*(?:" + "|".join(words) + r")(?![A-Za-z])")


@cache
def _money_word_re() -> re.Pattern[str]:
    words = sorted(_unit_data()["money_words"], key=len, reverse=True)
    return re.compile(
        r"(?i)^\s*(?:(?:thousand|million|billion)\s+)?(?:"
        + "|".join(map(re.escape, words))
        + r")(?![A-Za-z])"
    )


# ---------------------------------------------------------------------------------------------
# Reading a unit after a number and converting to the canonical unit


def _read_unit(text: str, pos: int) -> tuple[int, str | None, bool]:
    """A unit right after `pos` (optionally hyphenated: '40-kilometer'). Returns (end, unit_text, hyphenated)."""
    m = re.match(r"[\s\u00a0]*(-)?[\s\u00a0]*", text[pos:])
    skip = m.end() if m else 0
    hyph = bool(m and m.group(1))
    um = _unit_regex().match(text, pos + skip)
    if um:
        return um.end(), um.group(0), hyph
    return pos, None, False


def _convert(
    value: float, low: float | None, high: float | None, unit_text: str | None
) -> tuple[float, float | None, float | None, str]:
    if unit_text is None:
        return value, low, high, "count"
    sp = _lookup_spelling(unit_text)
    f = conversion_factor(sp.pint_expr, sp.canonical)
    return (
        tidy(value * f),
        None if low is None else tidy(low * f),
        None if high is None else tidy(high * f),
        sp.canonical,
    )
