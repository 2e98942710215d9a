"""A statement named by its noun, dated where the noun stands: "Syrskyi's assertion in July that ...",
"the ministry's bulletin of January 5 claimed ...", "By the General Staff's count at the start of
February, ...", "The Pentagon's estimate, first given in early November, is that ...", "The last figure
General Syrskyi gave, at the end of August, was ...", "Your leading article (\"...\", Mar 14) stated ..."
(`claim_date`'s `date.statement_noun`). A time phrase only directly after the noun (or its giving), so
"a report on Russian losses in August" dates nothing."""

from __future__ import annotations

import re

from kursk_claims.rules.claim_nouns import CLAIM_NOUNS
from kursk_claims.rules.phrases import GIVEN_FIGURES, STATEMENT_NOUNS
from kursk_claims.text import dates

# nouns that name a statement or a figure given (not "number", "toll": what a figure counts)
_NOUNS = (STATEMENT_NOUNS | CLAIM_NOUNS | GIVEN_FIGURES | {"article", "leader", "editorial"}) - {
    "number",
    "toll",
    "video",
    "post",
    "meeting",
    "conference",
}
_NOUN = r"\b(?:" + "|".join(sorted(_NOUNS, key=len, reverse=True)) + r")s?\b"
# what may stand between the noun and its time phrase (which holds its own preposition: "in July", "at the
# start of February", "on Monday")
_ANCHORED = re.compile(
    r"(?i)" + _NOUN + r"(?:"
    # "assertion in July", "count at the start of February", "bulletin of January 5"
    r"\s+(?:of\s+|dated\s+|from\s+)?"
    # "estimate, first given in early November", "estimate, given to lawmakers in January"
    r"|,\s+(?:first\s+|last\s+)?(?:given|made|issued|published|released|announced)(?:\s+to\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+"
    # "figure General Syrskyi gave, at the end of August,"
    r"|(?:\s+[\w.'’-]+){1,4}?\s+(?:gave|made|issued|published),\s+"
    # 'article ("Kyiv's costly foothold", Mar 14)', "report (Mar 15)"
    r"|\s*\((?:[^()]{0,60}?,\s*)?"
    r")$"
)


def noun_time(before: str) -> str | None:
    """The time phrase of the statement named last before a figure (`before`: the sentence's text up to
    the figure), when it stands directly after its noun; else None."""
    best: str | None = None
    for m in dates.TIME_PHRASE.finditer(before):
        lead = before[max(0, m.start() - 120) : m.start()]
        if re.match(r"(?i)\(|(?:since|from|between|until|till|after|before|over|for)\b", m.group(0)):
            continue  # a period ("since August"), not when it was said
        if _ANCHORED.search(lead) is not None:
            best = m.group(0)  # the nearest before the figure ("... as Gerasimov's claim in April of N")
    return best
