"""Fuzzing the quantity layer and whole-document extraction with Hypothesis (issue 7, item 2).

Generated texts mix random unicode with the material the rules react to: number-like fragments
(separators, magnitudes, words, fractions, ranges, 1e308, 22-digit numbers, 0,0,0, Arabic-Indic
digits), hedges, units, claimants, every kind of quotation mark, brackets and newlines.

Invariants, for every quantity and every claim: no exception; offsets inside the text and
``text[start:end] == .text``; numbers finite; ``low <= value <= high`` where bounded; only the
vocabularies of `kursk_claims.models`.

The number of examples comes from ``KURSK_FUZZ_EXAMPLES`` (default 150, so `make test` stays
quick); `make fuzz` runs 10,000. The spaCy pipeline is loaded once per session.
"""

from __future__ import annotations

import hashlib
import math
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kursk_claims.models import ACTORS, METRICS, PREDICATES, QUALIFIERS, SIDES, Document
from kursk_claims.text.quantities import parse_quantities

EXAMPLES = int(os.environ.get("KURSK_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
QUANTITY_UNITS = ("km2", "km", "percent", "count", "duration", "money")

NUMBERS = [
    "1", "0", "7", "12", "300", "1,000", "1,300", "10,000", "1.5", "0.5", "12 000", "12\u00a0000",
    "12\u202f000", "12\u2009000", "1.000.000", "1,00", "1,0000", "0,0,0", "00", "007", "1e308",
    "1e309", "1.7976931348623157e308", "9999999999999999999999", "999999999999999999999999999999999",
    "-5", "+5", "−12", "½", "¾", "1/3", "3/0", "0/0", "10%", "100 %", "1 000", "2024", "1945",
    "10-12", "10–12", "10,000-12,000", "between 10 and 12", "from 5 to 7", "1k", "5K", "2m", "1.2bn",
    "3 million", "a million", "two", "twenty-one", "hundreds", "thousands", "tens of thousands",
    "several hundred", "dozens", "a dozen", "half", "a third", "two-thirds", "a quarter",
    "١٢٣", "١٬٠٠٠", "۱۲۳", "١٢٫٥", "१२३", "１２３", "¹²", "Ⅻ", "12th", "No. 5", "Su-34", "+7 495 123 45 67",
]  # fmt: skip
HEDGES = [
    "about", "around", "approximately", "roughly", "some", "nearly", "almost", "more than", "over",
    "at least", "no fewer than", "less than", "under", "fewer than", "up to", "at most", "as many as",
    "an estimated", "just over", "well over", "close to", "between", "and", "or", "to",
]  # fmt: skip
UNITS = [
    "square kilometres", "square kilometers", "sq km", "km2", "km²", "square miles", "sq mi", "km",
    "kilometres", "miles", "metres", "hectares", "percent", "per cent", "%", "troops", "soldiers",
    "servicemen", "settlements", "villages", "towns", "tanks", "armoured vehicles", "drones", "killed",
    "wounded", "dead", "casualties", "losses", "prisoners", "POWs", "civilians", "evacuated", "people",
    "days", "hours", "dollars", "$", "roubles", "years",
]  # fmt: skip
WORDS = [
    "Ukraine", "Ukrainian forces", "Russia", "Russian troops", "North Korean", "Kursk region",
    "Sumy", "Syrskyi said", "Oleksandr Syrskyi", "Gerasimov claimed", "the Kremlin", "Kyiv",
    "Zelensky", "Putin", "ISW", "according to", "said", "captured", "lost", "retook", "control",
    "advanced", "deep", "into", "of", "the", "were", "killed", "taken prisoner", "Source:",
    "Background:", "August 6, 2024", "on Monday", "last week", "(", ")", "[", "]", "—", "-", "/",
]  # fmt: skip
QUOTES = ['"', "“", "”", "«", "»", "„", "‚", "'", "‘", "’", "‹", "›", "「", "」"]
SEPARATORS = [
    " ",
    " ",
    " ",
    "",
    ", ",
    ". ",
    "; ",
    ": ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u00a0",
    "\u200f",
    "\x00",
]

fragment = st.one_of(
    st.sampled_from(NUMBERS),
    st.sampled_from(HEDGES),
    st.sampled_from(UNITS),
    st.sampled_from(WORDS),
    st.sampled_from(QUOTES),
    st.text(max_size=6),
    st.text(alphabet="0123456789,. -–", min_size=1, max_size=8),
)
texts = st.lists(st.tuples(fragment, st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(a + b for a, b in parts)
)
# A third of the examples are built like sentences around a figure: hedge + number + unit.
claim_like = st.builds(
    lambda lead, hedge, num, unit, tail, q: f"{lead} {q}{hedge} {num} {unit}{q} {tail}",
    st.sampled_from(WORDS),
    st.sampled_from(HEDGES),
    st.sampled_from(NUMBERS),
    st.sampled_from(UNITS),
    texts,
    st.sampled_from(["", *QUOTES]),
)
fuzz_text = st.one_of(texts, claim_like, st.text(max_size=200))


def _finite(x: float | None) -> bool:
    return x is None or (not isinstance(x, bool) and math.isfinite(x))


@FUZZ
@given(fuzz_text)
def test_parse_quantities_invariants(text: str) -> None:
    for q in parse_quantities(text):
        assert 0 <= q.start <= q.end <= len(text), q
        assert text[q.start : q.end] == q.text, q
        assert _finite(q.value) and _finite(q.low) and _finite(q.high), q
        if q.low is not None:
            assert q.low <= q.value, q
        if q.high is not None:
            assert q.value <= q.high, q
        assert q.qualifier in QUALIFIERS, q
        assert q.unit in QUANTITY_UNITS, q
        if q.conversion_value is not None:
            assert _finite(q.conversion_value), q


def check_document(text: str, nlp: Any) -> None:
    from kursk_claims.extract import extract_document

    doc = Document(
        id="fz", text=text, sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    )
    result = extract_document(doc, nlp)
    assert result.document is doc
    ids = set()
    for c in result.claims:
        assert c.doc_id == "fz"
        assert 0 <= c.start <= c.end <= len(text), c
        assert text[c.start : c.end] == c.text, c
        assert _finite(c.value) and _finite(c.value_low) and _finite(c.value_high), c
        if c.value_low is not None:
            assert c.value_low <= c.value, c
        if c.value_high is not None:
            assert c.value <= c.value_high, c
        assert c.metric in METRICS and c.qualifier in QUALIFIERS, c
        assert c.actor in ACTORS and c.predicate in PREDICATES, c
        assert c.claimant_side is None or c.claimant_side in SIDES, c
        assert c.unit in ("km2", "km", "percent", "count"), c
        assert c.claim_date is None or len(c.claim_date) in (4, 7, 10), c
        assert c.id not in ids, c
        ids.add(c.id)


@pytest.mark.model
@FUZZ
@given(text=fuzz_text)
def test_extract_document_invariants(nlp: Any, text: str) -> None:
    check_document(text, nlp)
