"""The relevance gate: a cheap test, run before any model, of whether a text can hold a war claim.

The rule (documented in the README too). A document passes when BOTH hold:

1. **An anchor**: somewhere in the text, a word that marks it as about the war — a name or
   alias from the entity registry (`data/entities.json`; media outlets excluded, every news
   site names them), a side word for Ukraine, Russia or North Korea (the registry's
   `side_words`), a place alias, region or country (`data/places.json`), or a war word
   (`data/gate.json: war_words`).
2. **A number near a cue**: a number — a digit, or a spelled-out quantity from
   `data/gate.json: number_words` ("hundreds", "a thousand") — whose first character lies within
   `NEAR_CHARS` (80) characters before the start or after the end of a cue. Cues are the anchors
   plus every metric noun, refinement cue and territory word (`data/metrics.json`) and every
   unit spelling (`data/units.json`).

Words match case-insensitively and as whole words (the characters around a match are not
letters or digits); a plural `s`/`es` is accepted. All words live in one Aho-Corasick automaton
(pyahocorasick), so the test is a single pass over the lowercased text plus a regex search for a
digit in a window around each cue (tens of MB/s; a spaCy parse costs ~1,000× more per article).
The gate is tuned for recall: every document holding a gold claim in every gold set passes
(tests/test_gate.py); what fails it is stored with status `irrelevant` and no claims.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick  # type: ignore[import-not-found]  # no stubs

from kursk_claims.models import DocResult, Document

NEAR_CHARS = 80  # a number within this many characters of a cue counts as "near"

ANCHOR = 1  # a war anchor (also a cue)
CUE = 2  # a word a claim's number stands next to
NUMBER = 4  # a spelled-out quantity

_DIGIT = re.compile(r"\d")


def _data(name: str) -> Any:
    return json.loads(resources.files("kursk_claims").joinpath(f"data/{name}").read_text(encoding="utf-8"))


def gate_data() -> dict[str, Any]:
    """data/gate.json: the war words and number words."""
    data: dict[str, Any] = _data("gate.json")
    return data


def vocabulary() -> dict[str, int]:
    """Every gate word (lowercase) -> its kind flags (ANCHOR, CUE, NUMBER, combined)."""
    from kursk_claims.domain.registry import load_registry

    words: dict[str, int] = {}

    def add(word: str, flags: int) -> None:
        w = " ".join(word.lower().split())
        if w:
            words[w] = words.get(w, 0) | flags

    reg = load_registry()
    for e in reg.entities:
        if e.kind == "media":
            continue
        for name in (e.name, *e.aliases):
            add(name, ANCHOR | CUE)
    for side in ("ukraine", "russia", "north_korea"):
        for w in reg.side_words.get(side, ()):
            add(w, ANCHOR | CUE)
    places = _data("places.json")
    for region, aliases in places["places"].items():
        for alias in (region, *aliases):
            add(alias, ANCHOR | CUE)
    for country, aliases in places.get("countries", {}).items():
        for alias in (country, *aliases):
            add(alias, ANCHOR | CUE)
    gd = gate_data()
    for w in gd["war_words"]:
        add(w, ANCHOR | CUE)
    for w in gd["number_words"]:
        add(w, NUMBER)
    metrics = _data("metrics.json")
    for spec in metrics["metrics"].values():
        for noun in spec["nouns"]:
            add(noun, CUE)
    for _target, cues in metrics["refine_person"]:
        for w in cues:
            add(w, CUE)
    for w in metrics["territory_words"]:
        add(w, CUE)
    for unit in _data("units.json")["units"]:
        for spelling in unit["spellings"]:
            add(spelling, CUE)
    return words


@dataclass(frozen=True)
class Verdict:
    """The gate's answer for one text, with the evidence (for `--explain`-style debugging and tests)."""

    relevant: bool
    anchor: str | None = None  # the first anchor found
    cue: str | None = None  # the cue a number stood near
    reason: str = ""


class RelevanceGate:
    """The automaton over `vocabulary()`; `check(text)` applies the rule in the module docstring."""

    def __init__(self, words: dict[str, int] | None = None, near: int = NEAR_CHARS) -> None:
        self.near = near
        self._auto: Any = ahocorasick.Automaton()
        for word, flags in (words if words is not None else vocabulary()).items():
            forms = (word,) if len(word) <= 2 or not word[-1].isalpha() else (word, word + "s", word + "es")
            for form in forms:
                prev = self._auto.get(form, (0, 0))[1]
                self._auto.add_word(form, (len(form), flags | prev))
        self._auto.make_automaton()

    def check(self, text: str) -> Verdict:
        low = text.lower()
        n = len(low)
        anchor: str | None = None
        near_cue: str | None = None
        numbers: list[int] = []  # start offsets of number words
        cues: list[tuple[int, int]] = []  # (start, end) of cues
        for end, (length, flags) in self._auto.iter(low):
            start = end - length + 1
            if (start > 0 and low[start - 1].isalnum()) or (end + 1 < n and low[end + 1].isalnum()):
                continue
            if flags & NUMBER:
                numbers.append(start)
            if flags & ANCHOR and anchor is None:
                anchor = low[start : end + 1]
            if flags & CUE:
                cues.append((start, end + 1))
                if near_cue is None and self._number_near(low, start, end + 1):
                    near_cue = low[start : end + 1]
            if anchor is not None and near_cue is not None:
                return Verdict(True, anchor, near_cue, "anchor and a number near a cue")
        if anchor is None:
            return Verdict(False, None, None, "no war anchor")
        if near_cue is None and numbers:
            for start, stop in cues:
                if any(start - self.near <= p <= stop + self.near for p in numbers):
                    return Verdict(True, anchor, low[start:stop], "anchor and a number word near a cue")
        return Verdict(False, anchor, None, "no number near a cue")

    def _number_near(self, low: str, start: int, stop: int) -> bool:
        return _DIGIT.search(low, max(0, start - self.near), stop + self.near) is not None

    def __call__(self, text: str) -> bool:
        return self.check(text).relevant


@cache
def default_gate() -> RelevanceGate:
    """The gate built from the package data (cached per process)."""
    return RelevanceGate()


def is_relevant(text: str) -> bool:
    """True when `text` passes the relevance gate."""
    return default_gate().check(text).relevant


def irrelevant_result(doc: Document) -> DocResult:
    """What is stored for a document that fails the gate: its id, url, sha256 and metadata, no text
    (nothing shows it: it has no claims), no claims, status `irrelevant`."""
    return DocResult(
        document=replace(doc, text=""),
        doc_date=doc.published,
        date_source="metadata" if doc.published else None,
        date_confidence=None,
        claims=(),
        status="irrelevant",
    )
