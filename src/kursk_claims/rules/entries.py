"""Live-blog entries and named bodies for the speaker-span rules (`spans.py`): a live blog's entry is
one story, and a statement label's body must be the one it names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kursk_claims.text.segment import Sentence


# a live blog's entry stamp on a line of its own: "14:32 GMT", "09:05", "9.05am", "18:40 (Kyiv time)"
_ENTRY_STAMP = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\(?(?:GMT|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|UTC|Kyiv time)\)?)?\s*$",
    re.IGNORECASE,
)

# the period a bulletin's tally counts over ("Over the past day, Ukraine's losses came to ...")
BULLETIN_PERIOD = re.compile(
    r"(?i)\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours|twenty-four\s+hours|week)\b|\bovernight\b"
)


def in_one_entry(sentences: list[Sentence], first: int, idx: int) -> bool:
    """A live blog (two entry stamps at least) tells each entry as one story: the source its entry
    introduced speaks through it ('In a post on Telegram it says ...' ... 'Over the past day, Ukraine's
    losses came to ...'), until the next stamp."""
    if any(_ENTRY_STAMP.match(s.text) for s in sentences[first + 1 : idx + 1]):
        return False
    return sum(1 for s in sentences if _ENTRY_STAMP.match(s.text)) >= 2 and any(
        _ENTRY_STAMP.match(s.text) for s in sentences[max(0, first - 3) : first]
    )


def names_it(named: str, name: str) -> bool:
    """Whether a registry body found for an institution named without its country is that one: its
    words are all in the body's name ('Defence Ministry' in 'Russian Defense Ministry'; not 'Foreign
    Ministry')."""
    words = set(re.findall(r"[a-z]+", re.sub(r"(?i)defence", "defense", named).lower())) - {"the"}
    return words <= set(re.findall(r"[a-z]+", name.lower()))
