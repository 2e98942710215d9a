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

Numerals are read in `kursk_claims.text.numbers` and units in `kursk_claims.text.units`; this
module finds the phrases, applies hedges and ranges, and builds the `Quantity` records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from kursk_claims.text.numbers import (
    _CORE_RE,
    _FRACTION_RE,
    _FRACTIONS,
    _HALVED_RE,
    _SLASH_FRACTION_RE,
    _VAGUE,
    _VAGUE_RE,
    _excluded_context,
    _Num,
    _read_number,
    after_running_total,
    continental_page,
    format_number,
    parse_number_words,
)
from kursk_claims.text.units import _KNOWN_FACTORS as _KNOWN_FACTORS  # re-exported for tests
from kursk_claims.text.units import (
    _convert,
    _duration_re,
    _lookup_spelling,
    _money_word_re,
    _read_unit,
    conversion_factor,
    pint_factor,
    tidy,
    to_canonical,
)

__all__ = [
    "Quantity",
    "conversion_factor",
    "format_number",
    "parse_number_words",
    "parse_quantities",
    "pint_factor",
    "tidy",
    "to_canonical",
]

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
# Vocabulary (closed classes of English; numerals live in numbers.py, units in units.py)

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

_QUOTES = "\"'“”‘’«»„"
# ---------------------------------------------------------------------------------------------
# The scanner

# the hedges written before a number, as one alternation ("more than", "at least", "some")
PRE_HEDGES_RX = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h, _ in _PRE_HEDGES)
_HEDGE_RE = re.compile(r"(?i)(?<![A-Za-z])(" + PRE_HEDGES_RX + r")\s*[" + re.escape(_QUOTES) + r"]?\s*$")
_HEDGE_QUAL = {h: q for h, q in _PRE_HEDGES}
_RANGE_SEP_RE = re.compile(r"^\s*(?:-|–|—|to|and|or)\s*")
# A plural noun straight after the second number of "3 to 5 villages" (not "3 to 5 as expected").
_COUNTED_NOUN_RE = re.compile(
    r"\s+(?!(?:as|was|is|has|its|his|this|thus|us|plus|across|unless|less|towards|perhaps|besides|"
    r"whereas|always|sometimes|afterwards)(?![A-Za-z]))[a-z]+s(?![A-Za-z])"
)
# Phone numbers: "+380 44 123 4567", "+7 (495) 123-45-67".
_PHONE_RE = re.compile(r"\+[0-9]{1,3}(?:[\s.\-]?\(?[0-9]{1,4}\)?){2,6}")


# "grew from 400 sq km to 1,150 sq km": a change from one reading to another, two figures (unlike "anywhere
# from 10 km to 15 km", one estimate's range)
_CHANGE_FROM = re.compile(
    r"(?i)\b(?:gr[eo]w|grown|growing|rose|risen|rising|fell|fallen|falling|shr[au]nk|shrinking|dropped|"
    r"declined|increased|decreased|expanded|climbed|jumped|went|gone|reduced|cut)\s+(?:\w+\s+)?from\s*$"
)
# "several thousand miles away": a distance saying where, not a measure
_AWAY = re.compile(r"(?i)\s+away\b")


def _read_range_end(text: str, pos: int, first: _Num, continental: bool = False) -> tuple[_Num, int] | None:
    """'-12,000', ' to 700', '–25' after a first number -> the second number."""
    m = _RANGE_SEP_RE.match(text[pos : pos + 12])
    if not m:
        return None
    sep = m.group(0).strip()
    if sep == "—" and first.kind != "number":
        return None
    second = _read_number(text, pos + m.end(), after_sep=True, continental=continental)
    if second is None or second.kind != first.kind and sep in ("-", "–"):
        return None
    return second, second.end


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
    if phrase == "up to" and _SUMMED_RE.search(before) and not _MORE_AFTER_RE.match(text, start):
        return None  # "the bulletins add up to 41,000": a sum, exactly that (not "added up to 260 more")
    if (
        phrase in ("around", "near")
        and _LOCATIVE_BEFORE_RE.search(before)
        and _PLACE_AFTER_RE.match(text, start)
    ):
        return None
    # "the over 1,000", "some" as a determiner of a vague quantity is fine; skip "over" in "over the"
    return hstart, _HEDGE_QUAL[phrase]


# a sum's verb before "up to": "add up to", "added up to", "adding up to"
_SUMMED_RE = re.compile(r"(?i)\badd(?:s|ed|ing)?\s*$")
_MORE_AFTER_RE = re.compile(r"(?i)[\d,.]+\s+(?:more|additional|further|extra|new)\b")
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


def _read_conversion(text: str, pos: int, continental: bool = False) -> tuple[int, str, float | None] | None:
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
    qs = parse_quantities(inner, _nested=True, _continental=continental)  # (read as the page writes numbers)
    if not qs or qs[0].unit in ("count", "duration", "money"):
        return None
    q = qs[0]
    return end + 1, inner.strip(), q.value


def parse_quantities(text: str, *, _nested: bool = False, _continental: bool | None = None) -> list[Quantity]:
    """Every quantity phrase in `text`, in order of position. Never raises on odd input."""
    out: list[Quantity] = []
    taken_until = 0
    phones = [
        (m.start(), m.end())
        for m in _PHONE_RE.finditer(text)
        if not after_running_total(text[max(0, m.start() - 12) : m.start() + 1])
    ]
    continental = continental_page(text) if _continental is None else _continental
    for start, kind, payload in _candidates(text):
        if start < taken_until or any(a <= start < b for a, b in phones):
            continue
        q = _build(text, start, kind, payload, _nested, continental)
        if q is None:
            continue
        out.append(q)
        taken_until = q.end if q.conversion is None else _conversion_end(text, q, continental)
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


def _conversion_end(text: str, q: Quantity, continental: bool) -> int:
    conv = _read_conversion(text, q.end, continental)
    return conv[0] if conv else q.end


# a reference marker set right against the text before it: "extent[1]", "2025)[5]", "control.[9]"
_CITATION = re.compile(r"[\w).”\"'’]\[\d{1,3}\]")


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
        if _CITATION.match(text, max(0, m.start() - 2)) and m.start() >= 2:
            continue  # "(per Russia, April 2025)[5]", "at its greatest extent[1]": a reference marker
        cands.append((m.start(), "num", m))
    # earlier first; at one position prefer vague ("several hundred") and fractions over plain numbers
    order = {"vague": 0, "fraction": 1, "verb": 2, "num": 3}
    cands.sort(key=lambda c: (c[0], order[c[1]]))
    return cands


def _build(
    text: str, start: int, kind: str, payload: Any, nested: bool, continental: bool = False
) -> Quantity | None:
    if kind == "vague":
        m, floor = payload
        end = m.end()
        value, qualifier = float(floor), "at_least"
        # vague magnitudes count things by default; "thousands of square kilometres" is an area
        unit_end, unit_text, _ = _read_unit(text, end)
        of_unit = re.match(r"\s+of\s+", text[end : end + 8])
        if unit_text is None and of_unit and m.group(0).lower() != "several":
            unit_end, unit_text, _ = _read_unit(text, end + of_unit.end())
            if unit_text is not None and not _AWAY.match(text, unit_end):
                end = unit_end
            elif unit_text is not None:
                unit_text = None  # "thousands of miles away": says where, measures nothing
        if unit_text and not _AWAY.match(text, unit_end):
            end = unit_end  # "several miles", "several hundred square kilometres" (not "thousands of miles away")
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
    first = _read_number(text, m.start(), continental=continental)
    if first is None:
        return None
    if m.group("word") and first.value == 1 and re.match(r"(?i)one$", text[first.start : first.end]):
        nxt = text[first.end : first.end + 12]
        if re.match(r"^\s+(?:of|another|day|side|way|time|thing|must|can|another)\b", nxt, re.I):
            return None
        if re.search(
            r"(?i)\b(?:the|this|no|which|each|every|any)\s+$", text[max(0, first.start - 8) : first.start]
        ):
            return None  # "the one given by the ministry", "no one knows": a pronoun, not a count
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
    rng = _read_range_end(text, end, first, continental)
    unit_end, unit_first, _ = _read_unit(text, end)
    unit_both = False
    if (
        rng is None
        and unit_first is not None
        and not _CHANGE_FROM.search(text[max(0, first.start - 40) : first.start])
    ):
        # "between 28km and 35km", "1 km to 3 km": the unit written on both ends (the same spelling); not
        # "grew from 400 sq km to 1,150 sq km", two readings at two times (but "anywhere from 10 km to 15 km")
        rng = _read_range_end(text, unit_end, first, continental)
        if rng is not None and (_read_unit(text, rng[0].end)[1] or "").lower() != unit_first.lower():
            rng = None
        unit_both = rng is not None
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
            if (
                not unit_both
                and second.value >= 1000
                and first.value < 1000
                and first.value * 1000 <= second.value * 1.0001
            ):
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
    if unit_text is None and text[end : end + 1] == "+" and qualifier == "exact":
        # "1,100+ sq km": the plus before the unit
        plus_end, plus_unit, plus_hyph = _read_unit(text, end + 1)
        if plus_unit is not None:
            unit_end, unit_text, hyph = plus_end, plus_unit, plus_hyph
            qualifier = "more_than"
            low, high = _bounds(value, qualifier)
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
        conv = _read_conversion(text, end, continental)
        if conv is not None:
            _, conv_text, conv_value = conv
            if conv_value is not None and v:
                conv_ok = abs(conv_value - v) <= 0.05 * abs(v)
    return Quantity(
        qstart, end, text[qstart:end], v, lo, hi, qualifier, canon, unit_text, "percent" if canon == "percent" else kind_out,
        first.start, end, conv_text, conv_value, conv_ok, hyph,
    )  # fmt: skip
