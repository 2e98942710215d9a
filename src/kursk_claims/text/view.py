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

# one or two digits glued to a word's closing mark and followed by a space or the line's end
_NOTE_MARK = re.compile(r"(?<=[A-Za-z%)\]”\"'’][.,;:])\d{1,2}(?=\s|$)", re.M)


def reading_view(page: str) -> tuple[str, list[int] | None]:
    """`page` as the rules read it (module docstring), and where each of its characters stands on
    the page, one more for its end (None when every character keeps its place)."""
    view, back = unwrap(page)
    return _NOTE_MARK.sub(lambda m: " " * len(m.group()), view), back
