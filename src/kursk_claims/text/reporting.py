"""The reporting verbs of data/attribution.json as written: one vocabulary for every rule that reads
a sentence's text without its parse ('X said on Nov. 11', '..., the ministry reported.')."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

# Inflections English spelling does not derive from the lemma by its regular rules.
_IRREGULAR_FORMS = {
    "say": ("said", "says"),
    "tell": ("told", "tells"),
    "write": ("wrote", "written", "writes"),
    "put": ("put", "puts"),
    "admit": ("admitted", "admits"),
}


@cache
def attribution_data() -> dict[str, Any]:
    """data/attribution.json: the words attribution reads (read once; rules.context re-exports it)."""
    raw = resources.files("kursk_claims").joinpath("data/attribution.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def word_list_rx(key: str) -> re.Pattern[str]:
    """Any word or phrase of one list of data/attribution.json, as a whole word, in any case."""
    return re.compile(
        r"(?i)(?<![\w-])(?:" + "|".join(re.escape(w) for w in attribution_data()[key]) + r")(?![\w-])"
    )


@cache
def report_verbs() -> frozenset[str]:
    """The lemmas of the reporting verbs (data/attribution.json: report_verbs), built once."""
    return frozenset(attribution_data()["report_verbs"])


def verb_forms(lemma: str) -> tuple[str, ...]:
    """The forms of a reporting verb as written besides its lemma ('estimate' -> estimates,
    estimated; 'write' -> wrote, written, writes)."""
    if lemma in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[lemma]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return (lemma[:-1] + "ies", lemma[:-1] + "ied")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return (lemma + "es", lemma + "ed")
    return (lemma + "s", lemma + ("d" if lemma.endswith("e") else "ed"))


def _alternation(words: set[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# Any finite form of a reporting verb ('said', 'estimates', 'posted'), as a regex alternation.
REPORT_FORMS_RX = _alternation({f for v in report_verbs() for f in verb_forms(v)})

# The same with the bare lemmas, for a plural speaker ('officials say', 'analysts estimate').
REPORT_FORMS_OR_BASE_RX = _alternation({f for v in report_verbs() for f in (v, *verb_forms(v))})

# A reporting verb as written, as a whole word.
REPORT_VERB_FORM = re.compile(r"(?i)\b" + REPORT_FORMS_RX + r"\b")

# A statement made on a day, as written before the day ("said on Nov. 11", "announced on Monday"):
# the past forms, and "says", of the verbs that date a statement (not "the photo posted on 3 September"
# nor "the United States on 12 August": data undated_report_verbs).
DATING_FORMS_RX = _alternation(
    {
        f
        for v in report_verbs() - frozenset(attribution_data()["undated_report_verbs"])
        for f in verb_forms(v)
        if not f.endswith("s") or f == "says"
    }
)
