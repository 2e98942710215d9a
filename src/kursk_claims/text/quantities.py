"""The quantity layer: every number phrase in a text, with honest bounds and a canonical unit.

`parse_quantities(text)` scans raw text (no spaCy needed) and returns `Quantity` records with
character offsets. It understands digits with separators and magnitudes, spelled-out numbers,
vague magnitudes ("thousands" -> at least 2,000), fractions and percentages, ranges, hedges
("more than", "about", "up to" ...), units of area/distance/percent (converted with pint to km²,
km and percent) and bracketed conversions ("1,300 square kilometers (500 square miles)"), which
are attached to the first figure and checked. Years, dates, times, ordinals, model names
("Su-34"), phone numbers, durations and money are never turned into counts, areas or distances:
durations and money come back with unit "duration"/"money" so callers can ignore them.

Bounds follow ../shared/eval/SCHEMA.md: exact, approx and nearly keep low = high = value;
more_than/at_least open the top; less_than/at_most open the bottom; a range keeps its ends and
takes the midpoint as value. Converted values are not rounded to the figure's precision; they are
only tidied to 12 significant digits (`tidy`) so binary noise such as 0.7000000000000001 does not
leak into exports (15 kilometers -> 15.0, 9 miles -> 14.484096).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Quantity:
    """One quantity phrase. `text == source[start:end]`; values are in `unit` (canonical)."""

    start: int
    end: int
    text: str
    value: float
    low: float | None
    high: float | None
    qualifier: str  # exact|approx|nearly|more_than|at_least|less_than|at_most|range
    unit: str  # km2 | km | percent | count | duration | money
    unit_text: str | None = None  # the unit as written
    kind: str = "number"  # number | words | vague | fraction | percent | verb
    num_start: int = 0  # span of the bare number (without hedge and unit)
    num_end: int = 0
    conversion: str | None = None  # bracketed conversion as written
    conversion_value: float | None = None  # that conversion in the canonical unit
    conversion_ok: bool | None = None  # False when it disagrees with the figure by > 5 %
    hyphenated: bool = False  # "40-kilometer front": the number is an adjective

    @property
    def is_measure(self) -> bool:
        """A count, area, distance or share (not a duration or money)."""
        return self.unit in ("km2", "km", "percent", "count")


# ---------------------------------------------------------------------------------------------
# Vocabulary (closed classes of English; units live in data/units.json)

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_MAGNITUDE_SUFFIX = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "mln": 1e6, "bn": 1e9, "k": 1e3, "m": 1e6,
}  # fmt: skip

# Vague magnitudes: the floor the wording guarantees (value = floor, qualifier at_least).
_VAGUE = [
    (r"tens\s+of\s+thousands", 20_000),
    (r"hundreds\s*,\s*if\s+not\s+thousands\s*,", 200),  # "hundreds, if not thousands, of": the floor
    (r"tens(?=\s+of\s+(?:square\s+)?(?:kilomet|km|miles?\b))", 20),  # "tens of kilometres" (a measure only)
    (r"hundreds\s+of\s+thousands", 200_000),
    (r"several\s+hundred\s+thousand", 300_000),
    (r"several\s+thousand", 3_000),
    (r"several\s+hundred", 300),
    (r"several\s+dozen", 36),
    (r"a\s+couple\s+(?:of\s+)?thousand", 2_000),
    (r"a\s+couple\s+(?:of\s+)?hundred", 200),
    (r"a\s+couple\s+(?:of\s+)?dozen", 24),
    (r"a\s+few\s+thousand", 2_000),
    (r"a\s+few\s+hundred", 200),
    (r"a\s+few\s+dozen", 24),
    (r"millions", 2_000_000),
    (r"thousands", 2_000),
    (r"hundreds", 200),
    (r"dozens", 24),
    (r"scores", 40),
    (r"several", 3),
]

# Fractions of a whole, as percentages.
_FRACTIONS = [
    (r"three[\s-]quarters", 75.0),
    (r"two[\s-]thirds", 200 / 3),
    (r"two[\s-]fifths", 40.0),
    (r"three[\s-]fifths", 60.0),
    (r"four[\s-]fifths", 80.0),
    (r"(?:a|one)[\s-]third", 100 / 3),
    (r"(?:a|one)[\s-]quarter", 25.0),
    (r"(?:a|one)[\s-]fifth", 20.0),
    (r"(?:a|one)[\s-]tenth", 10.0),
    (r"(?:a|one)[\s-]half", 50.0),
    (r"half", 50.0),
    (r"(?<![0-9.,])(?:one|1)\s+(?:in|out\s+of)\s+(?:three|3)(?![0-9.,])", 100 / 3),
    (r"(?<![0-9.,])(?:one|1)\s+(?:in|out\s+of)\s+(?:four|4)(?![0-9.,])", 25.0),
    (r"(?<![0-9.,])(?:one|1)\s+(?:in|out\s+of)\s+(?:five|5)(?![0-9.,])", 20.0),
    (r"(?<![0-9.,])(?:one|1)\s+(?:in|out\s+of)\s+(?:ten|10)(?![0-9.,])", 10.0),
]

# Hedges before a number -> qualifier. Longest first. (Phrase, qualifier.)
_PRE_HEDGES = [
    ("in excess of", "more_than"), ("upwards of", "more_than"), ("more than", "more_than"),
    ("exceeded", "more_than"), ("exceeds", "more_than"), ("surpassed", "more_than"), ("topped", "more_than"),
    ("just over", "more_than"), ("well over", "more_than"), ("over", "more_than"),
    ("above", "more_than"), ("exceeding", "more_than"),
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("not less than", "at_least"),
    ("at least", "at_least"), ("a minimum of", "at_least"),
    ("fewer than", "less_than"), ("less than", "less_than"), ("just under", "less_than"),
    ("under", "less_than"), ("below", "less_than"),
    ("no more than", "at_most"), ("not more than", "at_most"), ("at most", "at_most"),
    ("up to", "at_most"), ("as many as", "at_most"), ("as much as", "at_most"),
    ("a maximum of", "at_most"),
    ("close to", "nearly"), ("nearly", "nearly"), ("near", "nearly"), ("almost", "nearly"), ("just shy of", "nearly"),
    ("approximately", "approx"), ("approx.", "approx"), ("roughly", "approx"), ("around", "approx"),
    ("about", "approx"), ("an estimated", "approx"), ("estimated", "approx"), ("some", "approx"),
    ("circa", "approx"), ("~", "approx"), ("≈", "approx"),
]  # fmt: skip
_POST_HEDGES = [
    (r"or\s+more", "at_least"),
    (r"or\s+so", "approx"),
    (r"-?plus\b", "more_than"),
    (r"\+", "more_than"),
]

_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)

_QUOTES = "\"'“”‘’«»„"

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


# ---------------------------------------------------------------------------------------------
# Number parsing helpers

_DIGITS = (
    r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])"
    r"|[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+(?![0-9,.])"
    r"|[0-9]+(?:\.[0-9]+)?"
)
_WORD_NUM = r"(?:" + "|".join(sorted(list(_UNITS_WORDS) + list(_TENS_WORDS), key=len, reverse=True)) + r")"
_WORD_NUMBER = (
    r"(?:(?:(?:a|one)\s+(?:hundred|thousand|million|dozen)|"
    + _WORD_NUM
    + r")(?:[\s-]+(?:"
    + _WORD_NUM
    + r"|hundred|thousand|million|billion|dozen)"
    # "and" joins only after a scale word: "three hundred and fifty", never "one and three"
    + r"|(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+"
    + _WORD_NUM
    + r")*)"
)


def tidy(x: float) -> float:
    """`x` rounded to 12 significant digits: 0.7000000000000001 -> 0.7, 100/3 -> 33.3333333333."""
    if x == 0 or not math.isfinite(x):
        return x
    return float(f"{x:.12g}")


_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
# "2-1/2 years", "2 1/2", "2½": a whole number followed by a proper fraction.
_MIXED_FRACTION_RE = re.compile(r"(?:[\s\u00a0-]([1-9])/([1-9][0-9]?)(?![0-9/])|([½¼¾⅓⅔⅛]))")
# "1/3 of the region": a bare proper fraction in front of "of" is a share.
_SLASH_FRACTION_RE = re.compile(r"(?<![0-9/.,])([1-9])/([2-9]|10)(?![0-9/])(?=\s+of\b)")


def _parse_digits(s: str) -> float:
    cleaned = re.sub(r"[,\s\u00a0\u202f]", "", s)
    try:
        v = float(cleaned)
    except ValueError:
        return math.nan
    return v if math.isfinite(v) else math.nan


def parse_number_words(s: str) -> float | None:
    """'two dozen' -> 24, 'a thousand' -> 1000, 'three hundred and fifty' -> 350; None if not a number."""
    words = [w for w in re.split(r"[\s-]+", s.lower().strip()) if w and w != "and"]
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, w in enumerate(words):
        if (
            w in ("a", "one")
            and i == 0
            and len(words) > 1
            and words[1] in ("hundred", "thousand", "million", "dozen")
        ):
            current = 1
            seen = True
        elif w in _UNITS_WORDS:
            current += _UNITS_WORDS[w]
            seen = True
        elif w in _TENS_WORDS:
            current += _TENS_WORDS[w]
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in ("thousand", "million", "billion"):
            total += (current or 1) * _SCALE_WORDS[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def format_number(v: float) -> str:
    """1300.0 -> '1,300'; 66.666 -> '66.7'."""
    if v == int(v) and abs(v) < 1e15:
        return f"{int(v):,}"
    return f"{v:,.1f}" if abs(v) >= 10 else f"{v:,.3g}"


# ---------------------------------------------------------------------------------------------
# The scanner

_HEDGE_RE = re.compile(
    r"(?i)(?<![A-Za-z])("
    + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h, _ in _PRE_HEDGES)
    + r")\s*["
    + re.escape(_QUOTES)
    + r"]?\s*$"
)
_HEDGE_QUAL = {h: q for h, q in _PRE_HEDGES}

_VAGUE_RE = re.compile(
    r"(?i)(?<![A-Za-z-])(?:"
    + "|".join(f"(?P<v{i}>{p})" for i, (p, _) in enumerate(_VAGUE))
    + r")(?![A-Za-z-])"
)
_FRACTION_RE = re.compile(
    r"(?i)(?<![A-Za-z-])(?:"
    + "|".join(f"(?P<f{i}>{p})" for i, (p, _) in enumerate(_FRACTIONS))
    + r")(?![A-Za-z-])"
)
_HALVED_RE = re.compile(r"(?i)(?<![A-Za-z])halved(?![A-Za-z])")
_CORE_RE = re.compile(
    r"(?P<num>(?<![A-Za-z0-9_.,/:\-])(?:" + _DIGITS + r"))"
    r"|(?P<word>(?i:(?<![A-Za-z-])" + _WORD_NUMBER + r"(?![A-Za-z])))"
)
_CORE_AFTER_SEP_RE = re.compile(
    r"(?P<num>(?:" + _DIGITS + r"))" r"|(?P<word>(?i:" + _WORD_NUMBER + r"(?![A-Za-z])))"
)
_MAG_RE = re.compile(r"(?i)^(?:\s*(thousand|million|billion|mln|bn)(?![A-Za-z])|(k|m)(?![A-Za-z0-9]))")
_RANGE_SEP_RE = re.compile(r"^\s*(?:-|–|—|to|and|or)\s*")
_ORDINAL_TAIL_RE = re.compile(r"^(?:st|nd|rd|th)(?![A-Za-z])", re.I)


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


_DATE_BEFORE_RE = re.compile(_MONTHS + r"\s*$")
_AGE_BEFORE_RE = re.compile(r"(?i)(?<![A-Za-z])(?:aged|ages|age\s+of)\s+(?:[0-9]{1,3}\s*(?:-|–|to|and)\s*)?$")
_AGE_AFTER_RE = re.compile(r"(?i)(?:-years?-old|\s+years?\s+old)(?![A-Za-z])")
_YEAR_PAIR_TAIL_RE = re.compile(r"(?<![0-9,.])(?:1[89]|20)[0-9]{2}[-–/]$")
_PAGE_BEFORE_RE = re.compile(
    r"(?i)(?<![A-Za-z])(?:pages?|pp?\.|photo|slide|episode|chapter)\s+(?:[0-9]+\s+(?:of|/)\s*)?$"
)
# Page furniture: "0 members on board", "12 comments", "3.4k shares".
_FURNITURE_AFTER_RE = re.compile(
    r"(?i)\s+(?:comments?|shares?|views?|likes?|reactions?|replies|reposts?|retweets?|subscribers?|"
    r"followers?|members?\s+(?:on\s+board|online))(?![A-Za-z])"
)
# A plural noun straight after the second number of "3 to 5 villages" (not "3 to 5 as expected").
_COUNTED_NOUN_RE = re.compile(
    r"\s+(?!(?:as|was|is|has|its|his|this|thus|us|plus|across|unless|less|towards|perhaps|besides|"
    r"whereas|always|sometimes|afterwards)(?![A-Za-z]))[a-z]+s(?![A-Za-z])"
)
# Phone numbers: "+380 44 123 4567", "+7 (495) 123-45-67".
_PHONE_RE = re.compile(r"\+[0-9]{1,3}(?:[\s.\-]?\(?[0-9]{1,4}\)?){2,6}")
_DATE_AFTER_RE = re.compile(r"^\s*(?:of\s+)?" + _MONTHS + r"(?![A-Za-z])")


@dataclass
class _Num:
    start: int
    end: int
    value: float
    kind: str  # number | words
    has_sep: bool


def _read_number(text: str, pos: int, *, after_sep: bool = False) -> _Num | None:
    """A single number (digits with optional magnitude, or number words) starting at `pos`."""
    m = (_CORE_AFTER_SEP_RE if after_sep else _CORE_RE).match(text, pos)
    if not m:
        return None
    if m.group("num"):
        s = m.group("num")
        v = _parse_digits(s)
        if math.isnan(v):
            return None
        end = m.end()
        fm = _MIXED_FRACTION_RE.match(text, end) if re.fullmatch(r"[0-9]+", s) else None
        if fm:
            if fm.group(3):
                v += _VULGAR[fm.group(3)]
                end = fm.end()
            elif int(fm.group(1)) < int(fm.group(2)):
                v += int(fm.group(1)) / int(fm.group(2))
                end = fm.end()
        mm = _MAG_RE.match(text[end : end + 12])
        if mm:
            suffix = (mm.group(1) or mm.group(2)).lower()
            # a bare "m" after digits is million only in money/people contexts; keep it for "1.2m people"
            v *= _MAGNITUDE_SUFFIX[suffix]
            end += mm.end()
        return _Num(m.start(), end, v, "number", "," in s or " " in s or "\u00a0" in s)
    w = m.group("word")
    v2 = parse_number_words(w)
    if v2 is None:
        return None
    end = m.end()
    mm = _MAG_RE.match(text[end : end + 12])
    if mm and mm.group(1):
        v2 *= _MAGNITUDE_SUFFIX[mm.group(1).lower()]
        end += mm.end()
    return _Num(m.start(), end, v2, "words", False)


def _is_year(n: _Num, text: str) -> bool:
    if n.kind != "number" or n.has_sep or not (1900 <= n.value <= 2100) or n.value != int(n.value):
        return False
    tail = text[n.end : n.end + 30]
    # "2,000 troops" is written with a separator; "1950 troops" without one is rare but a plural
    # noun straight after is the signal that the number counts something.
    if re.match(r"^\s+(?:[A-Z][a-z]+\s+)?[a-z]+s\b", tail) and not re.match(
        r"^\s+(?:was|has|is|as|saw)\b", tail
    ):
        return False
    return not _unit_regex().match(tail.lstrip()) if tail.strip() else True


def _is_date(n: _Num, text: str) -> bool:
    if n.kind != "number" or n.value != int(n.value) or not (1 <= n.value <= 31) or n.has_sep:
        return False
    before = text[max(0, n.start - 12) : n.start]
    after = text[n.end : n.end + 14]
    return bool(_DATE_BEFORE_RE.search(before) or _DATE_AFTER_RE.match(after))


# Capitalised words a figure can follow at a clause end without being part of a name.
_NOT_NAMES = {
    "Over",
    "About",
    "Around",
    "Nearly",
    "Almost",
    "Some",
    "More",
    "Than",
    "Under",
    "Up",
    "To",
    "At",
    "By",
}


def _excluded_context(n: _Num, text: str) -> str | None:
    """Why this number is not a measure (year, date, time, ordinal, model name, phone...)."""
    before = text[max(0, n.start - 8) : n.start]
    after = text[n.end : n.end + 8]
    wide_before = text[max(0, n.start - 24) : n.start]
    if _AGE_BEFORE_RE.search(wide_before) or _AGE_AFTER_RE.match(text, n.end):
        return "age"
    if n.kind == "number":
        if _ORDINAL_TAIL_RE.match(after):
            return "ordinal"
        if re.search(
            r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\s$", text[max(0, n.start - 20) : n.start]
        ) and re.match(r"^\s*(?:[.,;:)]|$)", after):
            prev_word = re.search(r"([A-Z][a-z]+)\s$", text[max(0, n.start - 20) : n.start])
            if (
                prev_word
                and not re.match(_MONTHS, prev_word.group(1))
                and prev_word.group(1) not in _NOT_NAMES
            ):
                return "name"  # "Rossiya 24", "Channel 4": the number is part of a name
        if re.match(r"^[eE][+-]?\d", after):
            return "scientific"  # 1e309: not how news writes a count
        if re.fullmatch(r"\d{1,2}\.\d{2}", text[n.start : n.end]) and re.match(r"^\.\d{2,4}\b", after):
            return "date"  # numeric dates: 24.02.22, 02.03.2025
        if re.match(r"^[\s-]?(?:mm|millimet(?:er|re)s?|-?calibre|-?caliber|cal\.)(?![A-Za-z])", after, re.I):
            return "calibre"  # "155mm howitzers" names a weapon, it counts nothing
        if re.match(r"^:\d", after) or re.search(r"\d:$", before):
            return "time"
        if re.match(r"^\s*(?:a\.?m\.?|p\.?m\.?)(?![A-Za-z])", after, re.I):
            return "time"
        if re.search(r"[A-Za-z]-$", before) or re.search(r"[A-Z]$", before):
            return "model"
        if re.match(r"^-[A-Za-z]{1,3}\d", after) or re.match(r"^[A-Z]{1,3}\b", after):
            return "model"
        if re.match(r"^(?:[-.\s]\d{2,4}){2,}", after) or re.search(r"\+\d?\s*$", before):
            return "phone"
        if re.search(r"(?:No\.|#|№)\s*$", before) or _PAGE_BEFORE_RE.search(wide_before):
            return "label"
        if re.match(r"^/\d", after):
            return "slash"  # 8/6/2024, 24/7, a score or a ratio
        if _YEAR_PAIR_TAIL_RE.search(wide_before):
            return "year"  # the "24" of "2023–24"
        if _FURNITURE_AFTER_RE.match(text, n.end):
            return "furniture"
        if _is_year(n, text):
            return "year"
        if _is_date(n, text):
            return "date"
    return None


def _read_unit(text: str, pos: int) -> tuple[int, str | None, bool]:
    """A unit right after `pos` (optionally hyphenated: '40-kilometer'). Returns (end, unit_text, hyphenated)."""
    m = re.match(r"[\s\u00a0]*(-)?[\s\u00a0]*", text[pos:])
    skip = m.end() if m else 0
    hyph = bool(m and m.group(1))
    um = _unit_regex().match(text, pos + skip)
    if um:
        return um.end(), um.group(0), hyph
    return pos, None, False


def _read_range_end(text: str, pos: int, first: _Num) -> tuple[_Num, int] | None:
    """'-12,000', ' to 700', '–25' after a first number -> the second number."""
    m = _RANGE_SEP_RE.match(text[pos : pos + 12])
    if not m:
        return None
    sep = m.group(0).strip()
    if sep == "—" and first.kind != "number":
        return None
    second = _read_number(text, pos + m.end(), after_sep=True)
    if second is None or second.kind != first.kind and sep in ("-", "–"):
        return None
    return second, second.end


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


def _bounds(value: float, qualifier: str) -> tuple[float | None, float | None]:
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "at_most"):
        return None, value
    return value, value


# "over" is a hedge only when it stands for "more than" before the number; after a phrasal verb
# ("handed over", "turned over") or a noun that takes "over" as its complement ("control over",
# "authority over") it is a particle or a preposition (rule quantity.over_not_hedge).
_OVER_TAKER_RE = re.compile(
    r"(?i)(?<![A-Za-z])(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|control|authority|power|sovereignty|"
    r"jurisdiction|command|grip|hold|superiority|dominance|victory|flew|fly(?:ing)?|flies|hover(?:ed|ing)?)\s+$"
)
# "around"/"near" locate rather than hedge after a verb or noun of place or event ("occurred
# around three villages", "fighting around two towns") when a place noun follows (quantity.spatial_around).
_LOCATIVE_BEFORE_RE = re.compile(
    r"(?i)(?<![A-Za-z])(?:occur(?:s|red|ring)?|happen(?:s|ed|ing)?|took\s+place|take\s+place|taking\s+place|"
    r"fight(?:s|ing)?|fought|clash(?:es|ed)?|battles?|located|situated|positioned|lies|lie|lay|"
    r"encircled|surrounded|shelling|strikes?)\s+$"
)


def _hedge_before(text: str, start: int) -> tuple[int, str] | None:
    window = text[max(0, start - 24) : start]
    m = _HEDGE_RE.search(window)
    if not m:
        return None
    phrase = re.sub(r"\s+", " ", m.group(1).lower())
    hstart = start - len(window) + m.start(1)
    before = text[max(0, hstart - 24) : hstart]
    if phrase == "over" and _OVER_TAKER_RE.search(before):
        return None
    if (
        phrase in ("around", "near")
        and _LOCATIVE_BEFORE_RE.search(before)
        and _PLACE_AFTER_RE.match(text, start)
    ):
        return None
    # "the over 1,000", "some" as a determiner of a vague quantity is fine; skip "over" in "over the"
    return hstart, _HEDGE_QUAL[phrase]


_PLACE_AFTER_RE = re.compile(
    r"(?i)\S+\s+(?:[A-Z][\w-]+\s+)?(?:settlements?|villages?|towns?|hamlets?|localities|cities|city)\b"
)


def _near_a_place(text: str, hedge_start: int, number_end: int) -> bool:
    """'near six settlements', 'near 10 km from the border': 'near' locates, it does not hedge."""
    if not re.match(r"(?i)near\b", text[hedge_start : hedge_start + 5]):
        return False
    return bool(
        re.match(r"(?i)\s+(?:[A-Z][\w-]+\s+)?(?:settlements?|villages?|towns?|hamlets?|localities|cities|km|kilomet|miles?)\b",
                 text[number_end : number_end + 40])
    )  # fmt: skip


def _hedge_after(text: str, end: int) -> tuple[int, str] | None:
    for pat, q in _POST_HEDGES:
        m = re.match(
            r"\s*" + pat if not pat.startswith(r"\+") and not pat.startswith("-?") else pat,
            text[end : end + 12],
            re.I,
        )
        if m:
            return end + m.end(), q
    return None


def _read_conversion(text: str, pos: int) -> tuple[int, str, float | None] | None:
    """A bracketed conversion right after a unit: ' (500 square miles)', ' [309 sq mi]'."""
    m = re.match(r"[\s\u00a0]*([(\[])", text[pos:])
    if not m:
        return None
    inner_start = pos + m.end()
    close = ")" if m.group(1) == "(" else "]"
    end = text.find(close, inner_start, inner_start + 60)
    if end < 0:
        return None
    inner = text[inner_start:end]
    qs = parse_quantities(inner, _nested=True)
    if not qs or qs[0].unit in ("count", "duration", "money"):
        return None
    q = qs[0]
    return end + 1, inner.strip(), q.value


def parse_quantities(text: str, *, _nested: bool = False) -> list[Quantity]:
    """Every quantity phrase in `text`, in order of position. Never raises on odd input."""
    out: list[Quantity] = []
    taken_until = 0
    phones = [(m.start(), m.end()) for m in _PHONE_RE.finditer(text)]
    for start, kind, payload in _candidates(text):
        if start < taken_until or any(a <= start < b for a, b in phones):
            continue
        q = _build(text, start, kind, payload, _nested)
        if q is None:
            continue
        out.append(q)
        taken_until = q.end if q.conversion is None else _conversion_end(text, q)
    return _carry_units(text, out)


# "700-800 square kilometres, down from a peak of about 1,300": a bare figure compared with a
# measured one in the same sentence is in the same unit (rule quantity.unit_carried).
_COMPARE_LINK_RE = re.compile(
    r"(?i)^[^.!?;]{0,40}?(?:(?:down|up|fell|rose|dropped|grew|shrank)\s+(?:from|to)|compared\s+(?:with|to)|"
    r"from\s+(?:a\s+|its\s+|the\s+)?(?:peak|high|maximum|low|total)\s+of|(?:more|less|fewer)\s+than|"
    r"versus|vs\.?|against)\s+(?:[a-z]+\s+){0,3}$"
)
_NO_NOUN_AFTER_RE = re.compile(
    r"^\s*(?:[,.;:)\]—–]|$|\s(?:in|by|on|at|last|a|the|earlier|before|when|and|as|a\s+year)\b)"
)


def _carry_units(text: str, qs: list[Quantity]) -> list[Quantity]:
    out = list(qs)
    for k in range(1, len(out)):
        q, prev = out[k], out[k - 1]
        if q.unit != "count" or q.kind not in ("number", "words") or prev.unit not in ("km2", "km"):
            continue
        if prev.unit_text is None or not _COMPARE_LINK_RE.match(text[prev.end : q.start]):
            continue
        if not _NO_NOUN_AFTER_RE.match(text[q.end : q.end + 12]):
            continue
        sp = _lookup_spelling(prev.unit_text)
        f = conversion_factor(sp.pint_expr, sp.canonical)
        out[k] = replace(
            q,
            value=tidy(q.value * f),
            low=None if q.low is None else tidy(q.low * f),
            high=None if q.high is None else tidy(q.high * f),
            unit=sp.canonical,
            unit_text=prev.unit_text,
        )
    return out


def _conversion_end(text: str, q: Quantity) -> int:
    conv = _read_conversion(text, q.end)
    return conv[0] if conv else q.end


def _candidates(text: str) -> list[tuple[int, str, Any]]:
    cands: list[tuple[int, str, Any]] = []
    for m in _VAGUE_RE.finditer(text):
        idx = next(i for i in range(len(_VAGUE)) if m.group(f"v{i}") is not None)
        cands.append((m.start(), "vague", (m, _VAGUE[idx][1])))
    for m in _FRACTION_RE.finditer(text):
        idx = next(i for i in range(len(_FRACTIONS)) if m.group(f"f{i}") is not None)
        cands.append((m.start(), "fraction", (m, _FRACTIONS[idx][1])))
    for m in _SLASH_FRACTION_RE.finditer(text):
        cands.append((m.start(), "fraction", (m, 100 * int(m.group(1)) / int(m.group(2)))))
    for m in _HALVED_RE.finditer(text):
        cands.append((m.start(), "verb", (m, 50.0)))
    for m in _CORE_RE.finditer(text):
        cands.append((m.start(), "num", m))
    # earlier first; at one position prefer vague ("several hundred") and fractions over plain numbers
    order = {"vague": 0, "fraction": 1, "verb": 2, "num": 3}
    cands.sort(key=lambda c: (c[0], order[c[1]]))
    return cands


def _build(text: str, start: int, kind: str, payload: Any, nested: bool) -> Quantity | None:
    if kind == "vague":
        m, floor = payload
        end = m.end()
        value, qualifier = float(floor), "at_least"
        # vague magnitudes count things by default; "thousands of square kilometres" is an area
        unit_end, unit_text, _ = _read_unit(text, end)
        of_unit = re.match(r"\s+of\s+", text[end : end + 8])
        if unit_text is None and of_unit and m.group(0).lower() != "several":
            unit_end, unit_text, _ = _read_unit(text, end + of_unit.end())
            if unit_text is not None:
                end = unit_end
        if unit_text and m.group(0).lower() == "several":
            end = unit_end
        elif m.group(0).lower() == "several":
            return None  # "several" alone is a determiner; only "several miles" is a measure
        hs = _hedge_before(text, start)
        qstart = start
        if hs and hs[1] in ("more_than", "at_least"):
            qstart, qualifier = hs[0], "at_least" if hs[1] == "at_least" else "more_than"
        v, lo, hi, canon = _convert(value, value, None, unit_text if end == unit_end and unit_text else None)
        return Quantity(
            qstart,
            end,
            text[qstart:end],
            v,
            lo,
            hi,
            qualifier,
            canon,
            unit_text if canon != "count" else None,
            "vague",
            m.start(),
            m.end(),
        )
    if kind in ("fraction", "verb"):
        m, pct = payload
        pct = tidy(pct)
        word = m.group(0).lower()
        if kind == "fraction" and word == "half" and re.match(r"\s+(?:a|an)\s", text[m.end() : m.end() + 4]):
            return None  # "half a year", "half an hour"
        qualifier = "exact"
        qstart = start
        hs = _hedge_before(text, start)
        if hs and kind == "fraction":
            qstart, qualifier = hs
        # "around half" stays 50/50 with qualifier approx
        flo, fhi = _bounds(pct, qualifier)
        return Quantity(
            qstart,
            m.end(),
            text[qstart : m.end()],
            pct,
            flo,
            fhi,
            qualifier,
            "percent",
            None,
            kind,
            m.start(),
            m.end(),
        )
    m = payload
    first = _read_number(text, m.start())
    if first is None:
        return None
    if m.group("word") and first.value == 1 and re.match(r"(?i)one$", text[first.start : first.end]):
        nxt = text[first.end : first.end + 12]
        if re.match(r"^\s+(?:of|another|day|side|way|time|thing|must|can|another)\b", nxt, re.I):
            return None
    if re.search(r"(?i)\bWorld\s+War\s+$", text[max(0, first.start - 12) : first.start]):
        return None  # "World War Two" is a name
    if _excluded_context(first, text) is not None:
        return None
    end = first.end
    value = first.value
    low: float | None = None
    high: float | None = None
    qualifier = "exact"
    qstart = first.start
    kind_out = "number" if first.kind == "number" else "words"
    # ranges: "10,000-12,000", "between 20 and 25 thousand", "from 200 to 700 meters", "656 to 984 feet"
    rng = _read_range_end(text, end, first)
    if rng is not None:
        second, send = rng
        sep_text = text[end : second.start]
        is_and = "and" in sep_text
        before = text[max(0, first.start - 10) : first.start].lower()
        if is_and and not re.search(r"between\s*$", before):
            rng = None
        elif sep_text.strip() == "or" and (
            second.value <= first.value
            or not (_read_unit(text, second.end)[1] or _COUNTED_NOUN_RE.match(text, second.end))
        ):
            rng = None  # "five or six villages", "40 or 50 square kilometres" are ranges; "1 or 2." is not
        elif (
            first.kind == "number"
            and 1900 <= first.value <= 2100
            and not first.has_sep
            and (second.end - second.start in (2, 4) and not second.has_sep)
        ):
            return None  # a year pair such as 2024-25 or 2024-2025
        elif "to" in sep_text and second.kind == "number" and not re.search(r"(?:from|between)\s*$", before):
            # "656 to 984 feet": a range only if both sides share a unit or a magnitude
            # ... or share a counted noun: "3 to 5 villages"
            if (
                not _read_unit(text, second.end)[1]
                and not second.has_sep
                and not _COUNTED_NOUN_RE.match(text, second.end)
            ):
                rng = None
        if rng is not None:
            lo_v, hi_v = first.value, second.value
            if second.value >= 1000 and first.value < 1000 and first.value * 1000 <= second.value * 1.0001:
                mag = 1000.0 if second.value < 1e6 else 1e6
                if first.value * mag <= second.value:
                    lo_v = first.value * mag  # "40-50,000": the first number inherits the magnitude
            if hi_v < lo_v:
                rng = None  # "12-3" is not a range of anything we know
            else:
                low, high = lo_v, hi_v
                value = tidy((lo_v + hi_v) / 2)
                qualifier = "range"
                end = send
                if re.search(r"(?:from|between)\s*$", before):
                    qstart = first.start - len(before) + re.search(r"(?:from|between)\s*$", before).start()  # type: ignore[union-attr]
    if qualifier != "range":
        hs = _hedge_before(text, first.start)
        if hs and not _near_a_place(text, hs[0], end):
            qstart, qualifier = hs
        low, high = _bounds(value, qualifier)
    # unit, percent, duration, money
    unit_end, unit_text, hyph = _read_unit(text, end)
    if unit_text is None:
        dm = _duration_re().match(text[end : end + 20])
        before = text[max(0, qstart - 4) : qstart]
        if re.search(r"(?:US\$|[$€£₽₴])\s*$", before) or _money_word_re().match(text[end : end + 30]):
            return Quantity(
                qstart,
                end,
                text[qstart:end],
                value,
                low,
                high,
                qualifier,
                "money",
                None,
                kind_out,
                first.start,
                end,
            )
        if dm:
            dend = end + dm.end()
            return Quantity(
                qstart,
                dend,
                text[qstart:dend],
                value,
                low,
                high,
                qualifier,
                "duration",
                dm.group(0).strip(" -"),
                kind_out,
                first.start,
                end,
            )
    if unit_text is not None:
        end = unit_end
    if qualifier != "range":
        ph = _hedge_after(text, end)
        if ph and qualifier == "exact":
            end, qualifier = ph
            low, high = _bounds(value, qualifier)
    v, lo, hi, canon = _convert(value, low, high, unit_text)
    conv_text: str | None = None
    conv_value: float | None = None
    conv_ok: bool | None = None
    if unit_text is not None and not nested:
        conv = _read_conversion(text, end)
        if conv is not None:
            _, conv_text, conv_value = conv
            if conv_value is not None and v:
                conv_ok = abs(conv_value - v) <= 0.05 * abs(v)
    return Quantity(
        qstart, end, text[qstart:end], v, lo, hi, qualifier, canon, unit_text, "percent" if canon == "percent" else kind_out,
        first.start, end, conv_text, conv_value, conv_ok, hyph,
    )  # fmt: skip
