"""Footnoted fact boxes: a superscript marker after a figure names its source in the notes.

Data pages list figures with a superscript note marker (`Ukrainian-held territory: c. 1,000 sq km¹`)
and give the sources once, below: as a run-in list (`Sources: 1) Ukrainian General Staff,
8 October; 2) ...`) or one note per line (`¹ Ukrainian General Staff, 8 October`). The note's
name is the figure's claimant and its date the claim's date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kursk_claims.domain.registry import lookup, side_of_phrase
from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.context import governed_place_side
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.mentions import Resolver
from kursk_claims.text import dates

_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_DIGITS = str.maketrans(_SUPERSCRIPT, "0123456789")
# the marker right after the figure ("1,000 sq km¹", "140²")
_MARK_AFTER = re.compile(r"([" + _SUPERSCRIPT + r"]+)")
# "Sources: 1) Ukrainian General Staff, 8 October; 2) Russian Defence Ministry, ..."
_RUN_IN = re.compile(r"(?m)^\s*(?:Sources?|Notes?)\s*:\s*(.+)$")
_RUN_IN_ENTRY = re.compile(r"(?:^|;)\s*(\d{1,2})[.)]\s*([^;]+)")
# "¹ Ukrainian General Staff, 8 October"
_NOTE_LINE = re.compile(r"(?m)^\s*([" + _SUPERSCRIPT + r"]+)\s*(\S.*)$")


# a note marker a name carries ("according to DeepState¹", "Mediazona[2]")
_CLOCK_LEAD = re.compile(r"^\d{1,2}[:.]\d{2}\s+(?=\D)")
_NAME_MARK = re.compile(r"\s*(?:[" + _SUPERSCRIPT + r"]+|\[\d{1,2}\])[.,;:]?$")


def unmarked(name: str) -> str:
    """A source's name without the marks the page set around it: a note marker after it ('DeepState¹' ->
    'DeepState'), a live blog's clock time before it ('18:45 Russians say ...' -> 'Russians')."""
    return _CLOCK_LEAD.sub("", _NAME_MARK.sub("", name))


@lru_cache(maxsize=8)
def _notes(text: str) -> dict[str, str]:
    """Note number -> note text, from the page's source notes."""
    notes: dict[str, str] = {}
    for m in _RUN_IN.finditer(text):
        for e in _RUN_IN_ENTRY.finditer(m.group(1)):
            notes.setdefault(e.group(1), e.group(2).strip())
    for m in _NOTE_LINE.finditer(text):
        notes.setdefault(m.group(1).translate(_DIGITS), m.group(2).strip())
    return notes


def footnote(r: Resolver, t: Target) -> Attribution | None:
    """The source a figure's note marker points to (module docstring)."""
    text = r.ctx.document.text
    if not any(ch in text for ch in _SUPERSCRIPT):
        return None
    m = _MARK_AFTER.match(text, t.end)
    if m is None:
        return None
    if (
        m.group(1) in ("²", "³")
        and text[t.end - 1 : t.end].isalpha()
        and not re.search(r"(?i)\bsq\b|square", text[t.start : t.end])
    ):
        return None  # "1,000 km²": the square of the unit, no note
    note = _notes(text).get(m.group(1).translate(_DIGITS))
    if note is None:
        return None
    raw, _, rest = note.partition(",")
    e = lookup(raw.strip())
    name, side = (
        (e.name, e.side) if e is not None else (raw.strip(), side_of_phrase(raw) or governed_place_side(raw))
    )
    phrase = dates.TIME_PHRASE.search(rest)
    if not name or (e is None and phrase is None and (side is None or len(name.split()) > 5)):
        return None  # "2) Areas are approximate and based on open-source maps": a note naming no source
    when = r.ctx.on_page(phrase.group(0)) if phrase else None
    return Attribution(
        name,
        side,
        Decision("claimant.footnote", f"note {m.group(1)}: '{note[:60]}'"),
        inherited_date=when,
    )
