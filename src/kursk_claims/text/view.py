"""What the rules read of a page: the page as written, without what only typesetting put there.
The view comes with where each of its characters stands on the page, so that a claim found in the
view is quoted from the page.

- A hard-wrapped page's wrapped lines are joined (`text.wrapping.unwrap`).
- A note number set right after a sentence's or a clause's last mark (`and 93 settlements.1 OCHA
  is not …`, `killed.12 Both figures …`) is a reference to the notes below, not a number of the
  sentence: it is blanked, so the sentence ends at its mark and the word before it stands alone.
"""

from __future__ import annotations

import re

from kursk_claims.text.wrapping import unwrap

# one or two digits glued to a word's closing mark: after a full stop, before the next sentence or
# the line's end; after a comma, a semicolon or a colon, before a capital or a word that joins
# clauses ('disputed it,2 and'; not 'up to 300 troops,12 tanks', 'the Kursk region:28 settlements');
# never after an abbreviation that takes a number ('No.1', 'p.12', 'Art.3')
_NOTE_MARK = re.compile(
    r"(?<![A-Za-z])(?!(?:[Nn]o|[Nn]os|p|pp|[Aa]rt|[Vv]ol|[Ff]ig|[Cc]h|[Ss]ec|[Pp]ara|[Ee]d)\.)"
    r"[A-Za-z%)\]”\"'’]+"
    r"(?:\.(?P<stop>\d{1,2})(?=\s+[\"“(]?[A-Z]|[ \t]*$)"
    r"|[,;:](?P<mark>\d{1,2})(?=\s+(?:[\"“(]?[A-Z]|(?:and|but|or|which|while|who|whose|where|when|"
    r"the|as|in|on|at|to|of|for|with|by|from|that|it|this)\b)))",
    re.M,
)


def reading_view(page: str) -> tuple[str, list[int] | None]:
    """`page` as the rules read it (module docstring), and where each of its characters stands on
    the page, one more for its end (None when every character keeps its place)."""
    view, back = unwrap(page)
    return _NOTE_MARK.sub(_blank_mark, view), back


def _blank_mark(m: re.Match[str]) -> str:
    """The match with its note number turned to spaces."""
    group = "stop" if m.group("stop") is not None else "mark"
    a, b = m.start(group) - m.start(), m.end(group) - m.start()
    text = m.group()
    return text[:a] + " " * (b - a) + text[b:]
