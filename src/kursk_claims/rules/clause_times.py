"""The time a clause sets a statement at: a verb's own times, and the time of the clause a 'when' or
'where' clause hangs on ('since 27 August, when the commander-in-chief said ...', 'Late on Wednesday
Putin visited a command post in Kursk, where Gerasimov told him ...')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kursk_claims.text import dates
from kursk_claims.text.reporting import REPORT_FORMS_RX

if TYPE_CHECKING:
    from spacy.tokens import Token


def times_of(verb: Token) -> list[Token]:
    """The children of a verb that are times ('on August 12, 2024'), not topics that hold one ('about
    the August 6 incursion')."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod", "tmod")
        and dates.TIME_PHRASE.match(" ".join(t.text for t in c.subtree))
    ]


def when_clause_time(v: Token, doc_date: str | None) -> str | None:
    """'since 27 August, when the commander-in-chief said ...': the time a 'when' clause hangs on; and
    'Late on Wednesday Putin visited a command post in Kursk, where Gerasimov told him ...': the time of
    the visit a 'where' clause is set at (when the clause has no time of its own)."""
    if (
        v.dep_ == "relcl"
        and v.tag_ == "VBD"
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in v.children)
    ):
        visit = next((a for a in v.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if visit is None or times_of(v):
            return None
        times = [c for c in times_of(visit) if c.i < v.i]
        return dates.resolve_on_page(" ".join(t.text for t in times[-1].subtree), doc_date) if times else None
    if v.dep_ not in ("relcl", "advcl") or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in v.children
    ):
        return None
    head = v.head
    if v.dep_ == "advcl":
        # "the one the NIS gave in mid-January, when it told the committee that ...": the time of the
        # act the clause is set at
        for c in head.children:
            if c.dep_ in ("prep", "npadvmod") and c.i < v.i:
                sub = list(c.subtree)
                m = dates.TIME_PHRASE.search(head.doc[sub[0].i : sub[-1].i + 1].text)
                if m:
                    return dates.resolve_on_page(m.group(0), doc_date)
        return None
    left = min(t.i for t in head.subtree)
    # (the time's own words after its head, not the clause: "on Feb. 13, when ...")
    clause = {t.i for t in v.subtree}
    right = max((t.i for t in head.subtree if t.i not in clause and not t.is_punct), default=head.i)
    phrase = head.doc[left : right + 1].text
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "on", "at", "by"):
        phrase = f"{head.head.text} {phrase}"  # "came in late August, when Syrskyi put ..."
    m = dates.TIME_PHRASE.search(phrase if re.match(r"(?i)(?:on|in)\s", phrase) else "on " + phrase)
    return dates.resolve_on_page(m.group(0), doc_date) if m else None


# "claimed on Sunday to have recaptured three villages, and on Monday another 12 settlements", "put the
# total at 67,000 in March, and on 26 April he raised it to more than 76,000": a later conjunct opening
# with a time of its own (after the sentence has named another) is a statement of that time, when it
# gives the figure without a verb of its own or with a verb of saying or giving
_AND_THEN = re.compile(r"(?i)(?:,|;)?\s+and\s+(?:then\s+|later\s+)?$")
_OPENS = re.compile(r"(?i)(?:on|in|late|early|yesterday|last)\b")
_GIVING = re.compile(r"(?i)\b(?:gave|raised|lowered|revised|put|offered|updated|" + REPORT_FORMS_RX + r")\b")


def conjunct_time(num: Token) -> str | None:
    """The time phrase that opens the conjunct of a sentence holding the figure `num` (see above)."""
    text = num.doc.text
    before = [m for m in dates.TIME_PHRASE.finditer(text) if m.end() <= num.idx]
    if (
        len(before) < 2
        or not _AND_THEN.search(text[: before[-1].start()])
        or not _OPENS.match(before[-1].group(0))
    ):
        return None  # (not a range's end, "between 6 August and 28 October")
    between = [t for t in num.doc if before[-1].end() <= t.idx < num.idx]
    verbs = [t for t in between if t.pos_ in ("VERB", "AUX")]
    # (gapped, "and on Monday another 12 settlements along with about 100 square kilometres", or said)
    return before[-1].group(0) if not verbs or any(_GIVING.fullmatch(t.text) for t in verbs) else None
