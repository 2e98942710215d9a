"""Dates as day intervals and places as comparison keys: shared by the store (derived columns) and the analysis.

A date may be ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and is read as the interval of its days; a
location compares after case folding and dropping a trailing "region"/"oblast"/"province".
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


_LOCATION_SUFFIX_RE = re.compile(r"\s+(region|oblast|province|district|area)$")


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
