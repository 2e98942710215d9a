"""Reading numerals: the number part of a quantity phrase, without hedge or unit.

This module turns written numbers into floats: digits with thousands separators (commas or thin
spaces), decimals, mixed and vulgar fractions ("2 1/2", "2½"), magnitude suffixes ("1.2m",
"40 thousand", "3bn"), spelled-out numbers ("three hundred and fifty", "a dozen"), vague
magnitudes with the floor their wording guarantees ("thousands" -> 2,000) and fractions of a whole
as percentages ("two-thirds", "one in five", "1/3 of"). It also tells which numerals are not
measures at all by their context (`_excluded_context`: years, dates, times, ages, ordinals, model
names, calibres, phone numbers, page furniture). Which of the remaining numbers are quantities,
with what hedge, range and bounds, is decided in `kursk_claims.text.quantities`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from kursk_claims.text.units import _read_unit, _unit_regex

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
    "thous": 1e3, "ths": 1e3,
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

_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)

# ---------------------------------------------------------------------------------------------
# Number parsing helpers

# The continental way of writing numbers, common on translated pages and English editions of European
# outlets: a full stop between groups of thousands ("30.000 soldiers", "1.294 square kilometres") and a
# decimal comma before a magnitude or a unit ("1,3 thousand km²", "2,5 kilometres"). A count is never a
# fraction with three decimals, so "12.000 North Koreans" is twelve thousand unless a magnitude follows
# ("1.125 million"); a measure with three decimals ("2.375 km", "64.375%") is read the continental way
# only on a page that writes a count so (`continental_page`); a decimal comma is read only before a
# magnitude or a unit, where a list of two numbers ("brigades 3,7 and 9") cannot stand.
_DOT_THOUSANDS_RE = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
_DECIMAL_COMMA_RE = re.compile(r"[0-9]{1,3},[0-9]{1,2}")
_DECIMAL_COMMA_FIND = re.compile(r"(?<![0-9.,])[0-9]{1,3},[0-9]{1,2}(?![0-9])")
_DOT_THOUSANDS_FIND = re.compile(r"(?<![0-9.,])[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?![0-9]|[.,][0-9])")
# a word a count is of ("30.000 soldiers", "12.000 North Koreans"), not a rate's "per", a compass point or
# a conjunction ("96.125 per dollar", "51.199 N", "1.125 and 1.5 km")
_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:per|and|or|to|of|in|on|at|by|for|from|with|than|the|a|an)\b)(?:[a-z]{3,}|[A-Z][a-z]{2,})"
)
_PERCENT_AFTER = re.compile(r"(?i)\s*(?:%|per\s?cent\b|percent\b)")
_DIGITS = (
    r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])"
    r"|[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+(?![0-9]|[,.][0-9])"
    r"|[1-9][0-9]{0,2}(?:\.[0-9]{3}){2,}(?![0-9])|[0-9]{1,3},[0-9]{1,2}(?![0-9])|[0-9]+(?:\.[0-9]+)?"
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
# Number patterns used by the scanner

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
# the abbreviated magnitudes of pages translated from Ukrainian or Russian ("121 thous. residents",
# "1.2 mln. people"), full stop included; the pipeline's tokenizer keeps each whole (`extract.model`)
MAGNITUDE_ABBREVIATIONS = ("thous.", "ths.", "mln.")
_MAG_RE = re.compile(
    r"(?i)^(?:\s*(?:("
    + "|".join(re.escape(a.rstrip(".")) for a in MAGNITUDE_ABBREVIATIONS)
    + r")\.|(thousand|million|billion|mln|bn)(?![A-Za-z]))|(k|m)(?![A-Za-z0-9]))"
)
_ORDINAL_TAIL_RE = re.compile(r"^(?:st|nd|rd|th)(?![A-Za-z])", re.I)


@dataclass
class _Num:
    start: int
    end: int
    value: float
    kind: str  # number | words
    has_sep: bool


def _measure_after(text: str, end: int) -> bool:
    """A unit or a percent sign right after a number."""
    return _PERCENT_AFTER.match(text, end) is not None or _read_unit(text, end)[1] is not None


def _in_pair(text: str, start: int, end: int) -> bool:
    """Whether a decimal is one of two set off by a comma: a map position ('51.199, 35.271')."""
    return _COORDINATE_AFTER.match(text, end) is not None or (
        _COORDINATE_BEFORE.search(text[max(0, start - 16) : start]) is not None
    )


def continental_page(text: str) -> bool:
    """Whether a page writes numbers the continental way: a count with a full stop between thousands
    ('30.000 soldiers'), or a decimal comma before a magnitude or a unit ('17,5 thousand', '2,5 km')."""
    for m in _DOT_THOUSANDS_FIND.finditer(text):
        end = m.end()
        if _in_pair(text, m.start(), end):
            continue  # a map position
        if not _MAG_RE.match(text[end : end + 12]) and not _measure_after(text, end):
            if _COUNTED_AFTER.match(text, end):
                return True
    return any(
        _MAG_RE.match(text[m.end() : m.end() + 12]) or _measure_after(text, m.end())
        for m in _DECIMAL_COMMA_FIND.finditer(text)
    )


def _read_number(text: str, pos: int, *, after_sep: bool = False, continental: bool = False) -> _Num | None:
    """A single number (digits with optional magnitude, or number words) starting at `pos`; on a
    `continental` page a measure's full stop separates thousands too."""
    m = (_CORE_AFTER_SEP_RE if after_sep else _CORE_RE).match(text, pos)
    if not m:
        return None
    if m.group("num"):
        s = m.group("num")
        end = m.end()
        magnitude = _MAG_RE.match(text[end : end + 12]) is not None
        # (off a continental page only a count of something: not "96.125 per dollar", "51.199, 35.271")
        dots = (
            _DOT_THOUSANDS_RE.fullmatch(s) is not None
            and not magnitude
            and (
                continental
                or (
                    not _measure_after(text, end)
                    and _COUNTED_AFTER.match(text, end) is not None
                    and not _in_pair(text, m.start(), end)
                )
            )
        )
        if dots:
            v = float(s.replace(".", ""))
        elif _DECIMAL_COMMA_RE.fullmatch(s):
            if magnitude or _measure_after(text, end):
                v = float(s.replace(",", "."))
            else:  # "brigades 3,7 and 9": the number before the comma
                s = s.split(",")[0]
                end = m.start() + len(s)
                v = float(s)
        else:
            v = _parse_digits(s)
        if math.isnan(v):
            return None
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
            suffix = (mm.group(1) or mm.group(2) or mm.group(3)).lower()
            # a bare "m" after digits is million only in money/people contexts; keep it for "1.2m people"
            v *= _MAGNITUDE_SUFFIX[suffix]
            end += mm.end()
        sep = dots or (("," in s and not _DECIMAL_COMMA_RE.fullmatch(s)) or " " in s or "\u00a0" in s)
        return _Num(m.start(), end, v, "number", sep)
    w = m.group("word")
    v2 = parse_number_words(w)
    if v2 is None:
        return None
    end = m.end()
    mm = _MAG_RE.match(text[end : end + 12])
    if mm and (mm.group(1) or mm.group(2)):
        v2 *= _MAGNITUDE_SUFFIX[(mm.group(1) or mm.group(2)).lower()]
        end += mm.end()
    return _Num(m.start(), end, v2, "words", False)


# ---------------------------------------------------------------------------------------------
# Numerals that are not measures (years, dates, times, model names, phone numbers ...)

# "December 21–27", "21–27 December": both ends of a range of days are dates
_DATE_BEFORE_RE = re.compile(_MONTHS + r"\s*(?:[0-9]{1,2}\s*[-–]\s*)?$")
_AGE_BEFORE_RE = re.compile(r"(?i)(?<![A-Za-z])(?:aged|ages|age\s+of)\s+(?:[0-9]{1,3}\s*(?:-|–|to|and)\s*)?$")
_AGE_AFTER_RE = re.compile(r"(?i)(?:-years?-old|\s+years?\s+old)(?![A-Za-z])")
# "One of the captured men, 26, has a jaw injury", "The two soldiers, now 21 and 27, told ...": an age set
# off by commas after a person noun
_PERSON_NOUN = r"(?:m[ae]n|wom[ae]n|soldiers?|servicem[ae]n|boys?|girls?|prisoners?|captives?|conscripts?)"
_AGE_APPOS_BEFORE_RE = re.compile(
    r"(?i)\b" + _PERSON_NOUN + r",\s+(?:now\s+|aged\s+)?(?:[1-9][0-9]\s+and\s+)?$"
)
# ... but not a part of a count just given: "Of the 300 soldiers, 40, including two officers, were captured"
_COUNTED_PERSONS_RE = re.compile(
    r"(?i)\b(?:of|among)\s+(?:the\s+|these\s+)?\d[\d,]*\s+(?:[\w'-]+\s+){0,2}"
    + _PERSON_NOUN
    + r",\s+(?:[1-9][0-9]\s+and\s+)?$"
)
_AGE_APPOS_AFTER_RE = re.compile(r"^(?:\s+and\s+[1-9][0-9])?\s*,")
# a weapon's model name: a capitalised word, its number, then a singular noun ("Challenger 2 tank", "Leopard 2
# tank"; a count takes the plural, "2 Leopard tanks")
_MODEL_NAME_BEFORE_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!" + _MONTHS + r"\b)[A-Z][a-z]+\s$")
_SINGULAR_WEAPON_RE = re.compile(
    r"^\s+(?:tank|howitzer|system|launcher|vehicle|jet|fighter|bomber|helicopter|drone|missile|rifle|gun)\b(?!s)"
)
_YEAR_PAIR_TAIL_RE = re.compile(r"(?<![0-9,.])(?:1[89]|20)[0-9]{2}[-–/]$")
# a numbered part of a page ("page 3", "CHART 3 |", "Table 2", "Figure 4"; not "the figure 3,000") or the
# precision a figure is rounded to ("rounded to the nearest 10 square kilometres")
_PAGE_BEFORE_RE = re.compile(
    r"(?i)(?<![A-Za-z])(?:pages?|pp?\.|photo|slide|episode|chapter|chart|table|graphic|fig\.)\s+"
    r"(?:[0-9]+\s+(?:of|/)\s*)?$|(?<![A-Za-z])(?-i:Figure)\s+$|\bto\s+the\s+nearest\s+$"
)
# Page furniture: "0 members on board", "12 comments", "3.4k shares".
_FURNITURE_AFTER_RE = re.compile(
    r"(?i)\s+(?:comments?|shares?|views?|likes?|reactions?|replies|reposts?|retweets?|subscribers?|"
    r"followers?|members?\s+(?:on\s+board|online))(?![A-Za-z])"
)
_DATE_AFTER_RE = re.compile(r"^\s*(?:[-–]\s*[0-9]{1,2}\s+)?(?:of\s+)?" + _MONTHS + r"(?![A-Za-z])")


# a map position: two decimals set off by a comma
_COORDINATE_AFTER = re.compile(r",\s*-?[0-9]{1,3}\.[0-9]{3,}")
_COORDINATE_BEFORE = re.compile(r"[0-9]\.[0-9]{3,},\s*-?$")


def _is_year(n: _Num, text: str) -> bool:
    if n.kind != "number" or n.has_sep or not (1900 <= n.value <= 2100) or n.value != int(n.value):
        return False
    if re.search(r"\b" + _MONTHS + r",?\s+$", text[max(0, n.start - 14) : n.start]):
        return True  # "to 6 February 2025 Russian losses ...": a month's year, whatever follows
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


# the day's increase in brackets after a running total: "tanks ‒ 9290 (+12)"
_RUNNING_TOTAL_PLUS = re.compile(r"\d\s*\(\s*\+\s*$")


def after_running_total(before: str) -> bool:
    """Whether the text `before` a figure ends with a running total and the '(+' of the day's increase
    ("tanks ‒ 9290 (+"): an increase, never a phone number's country code."""
    return _RUNNING_TOTAL_PLUS.search(before) is not None


def _excluded_context(n: _Num, text: str) -> str | None:
    """Why this number is not a measure (year, date, time, ordinal, model name, phone...)."""
    before = text[max(0, n.start - 8) : n.start]
    after = text[n.end : n.end + 8]
    wide_before = text[max(0, n.start - 24) : n.start]
    if _AGE_BEFORE_RE.search(wide_before) or _AGE_AFTER_RE.match(text, n.end):
        return "age"
    if (
        n.kind == "number"
        and not n.has_sep
        and 14 <= n.value <= 99
        and _AGE_APPOS_BEFORE_RE.search(text[max(0, n.start - 40) : n.start])
        and not _COUNTED_PERSONS_RE.search(text[max(0, n.start - 60) : n.start])
        and _AGE_APPOS_AFTER_RE.match(text[n.end : n.end + 12])
    ):
        return "age"
    if n.kind == "number":
        if _ORDINAL_TAIL_RE.match(after):
            return "ordinal"
        if (
            not n.has_sep
            and re.fullmatch(r"[0-9]{1,3}\.[0-9]{3,}", text[n.start : n.end])
            and _in_pair(text, n.start, n.end)
        ):
            return "coordinates"  # "at 51.199, 35.271"
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
        if re.search(r"[A-Za-z]-\Z", before) or re.search(r"[A-Z]\Z", before):
            return "model"  # (\Z: "$" would also match before the newline ending a heading "LAND\n")
        if re.match(r"^-[A-Za-z]{1,3}\d", after) or re.match(r"^(?:[A-Z]{1,3}\b|[A-Z]{1,2}\d)", after):
            return "model"  # ("Leopard 2A4": letters and digits run on)
        if _MODEL_NAME_BEFORE_RE.search(text[max(0, n.start - 20) : n.start]) and _SINGULAR_WEAPON_RE.match(
            text[n.end : n.end + 16]
        ):
            return "model"  # "a British-made Challenger 2 tank": a name, its number then a singular noun
        if re.match(r"^s(?![A-Za-z])", after) and n.value == int(n.value) and n.value % 10 == 0:
            return "decade"  # "mostly in their early 20s"
        if re.fullmatch(r"0\s\d{3}(?:\s\d{2,4})+", text[n.start : n.end]):
            return "phone"  # "0 800 300 529": no count starts with a nought and a separator
        if n.value == 0 and after_running_total(before):
            return "unchanged"  # "aircraft ‒ 370 (+0)": no increase that day, no count
        if re.match(r"^(?:[-.\s]\d{2,4}){2,}", after) or (
            re.search(r"\+\d?\s*$", before) and not after_running_total(before)
        ):
            return "phone"  # (not the day's increase after a running total: "tanks ‒ 9290 (+12)")
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
