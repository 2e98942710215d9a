"""A statement named by its noun, dated where the noun stands: "Syrskyi's assertion in July that ...",
"the ministry's bulletin of January 5 claimed ...", "By the General Staff's count at the start of
February, ...", "The Pentagon's estimate, first given in early November, is that ...", "The last figure
General Syrskyi gave, at the end of August, was ...", "Your leading article (\"...\", Mar 14) stated ..."
(`claim_date`'s `date.statement_noun`). The time phrase must stand right after the noun (or its giving)
and date the statement itself: not what a report is about ("a report on Russian losses in August", "the
ISW's report on Monday's fighting"), not a period ("the tally from August 6"), and not past a clause
boundary or a "now" between it and the figure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup
from kursk_claims.rules.attribution import Attribution
from kursk_claims.rules.claim_nouns import CLAIM_NOUNS
from kursk_claims.rules.phrases import GIVEN_FIGURES, STATEMENT_NOUNS
from kursk_claims.text import dates

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# nouns that name a statement or a figure given (not "number", "toll": what a figure counts)
_NOUNS = (STATEMENT_NOUNS | CLAIM_NOUNS | GIVEN_FIGURES | {"article", "editorial"}) - {
    "number",
    "toll",
    "video",
    "post",
    "meeting",
    "conference",
}
_NOUN = r"\b(?P<noun>" + "|".join(sorted(_NOUNS, key=len, reverse=True)) + r")s?\b"
# what may stand between the noun and its time phrase (which holds its own preposition: "in July", "at the
# start of February", "on Monday")
_ANCHORED = re.compile(
    r"(?i)" + _NOUN + r"(?:"
    # "assertion in July", "count at the start of February", "bulletin of January 5"
    r"\s+(?:of\s+|dated\s+)?"
    # "estimate, first given in early November", "estimate, given to lawmakers in January"
    r"|,\s+(?:first\s+|last\s+)?(?:given|made|issued|published|released|announced)(?:\s+to\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+"
    # "figure General Syrskyi gave, at the end of August,"
    r"|(?:\s+[\w.'’-]+){1,4}?\s+(?:gave|made|issued|published),\s+"
    # 'article ("Kyiv's costly foothold", Mar 14)', "report (Mar 15)"
    r"|\s*\((?:[^()]{0,60}?,\s*)?"
    r")$"
)
# a weekday before the statement's noun, perhaps with its owner's capitalised name between ("Monday claim",
# "Tuesday's Defence Ministry briefing")
_DAY_BEFORE = re.compile(
    r"\b(?P<day>"
    + "|".join(w.capitalize() for w in dates.WEEKDAYS)
    + r")(?:['’]s)?\s+(?:[A-Z][\w'’-]*\s+){0,3}"
    + _NOUN
)
# between the dated statement and the figure: another clause, or the present set against it
_BOUNDARY = re.compile(r"(?i),\s+(?:and|but|while|whereas)\b|;|\b(?:now|today|currently|at\s+present)\b")
# the statement's own verb after its time: what follows is what it says ("bulletin of January 5 said Russia
# had now lost ...")
_SAID = re.compile(
    r"(?i)\b(?:that|said|says|claimed|claims|stated|reported|estimated|put|puts|showed|shows|was|is|were)\b"
)


def noun_time(sdoc: Doc, num: Token) -> tuple[str, int] | None:
    """(time phrase, where its noun starts in the sentence) of the statement named last before the
    figure `num`, when its time stands right after its noun; else None."""
    before = sdoc.text[: num.idx]
    best: tuple[str, int] | None = None
    for m in dates.TIME_PHRASE.finditer(before):
        a = _ANCHORED.search(before[max(0, m.start() - 120) : m.start()])
        rest = before[m.end() :]
        said = _SAID.search(rest)  # (only up to the statement's verb: not in what it says)
        if (
            a is None
            or _BOUNDARY.search(rest[: said.start()] if said else rest)
            or _names_a_thing(sdoc, m.end())
        ):
            continue
        best = (m.group(0), max(0, m.start() - 120) + a.start("noun"))
    if best is None:
        # a weekday set before the noun: "the Defence Ministry's Monday claim that ...", "Tuesday's Defence
        # Ministry briefing, which put ..."
        day = next(reversed(list(_DAY_BEFORE.finditer(before))), None)
        if day is not None and not _BOUNDARY.search(before[day.end() :]):
            best = ("on " + day.group("day"), day.start("noun"))
    return best


def _names_a_thing(sdoc: Doc, end: int) -> bool:
    """Whether the time ends in a possessive or a noun it qualifies ("Monday's fighting", "the August 6
    losses"): the time of what the statement is about, not of the statement."""
    after = sdoc.char_span(end, len(sdoc.text), alignment_mode="expand")
    nxt = after[0] if after is not None and len(after) else None
    if nxt is not None and nxt.lower_ in ("morning", "afternoon", "evening", "night", "noon"):
        return False  # "on Monday afternoon": the time itself
    return nxt is not None and (nxt.tag_ == "POS" or (nxt.pos_ == "NOUN" and nxt.idx == end + 1))


def own_noun(att: Attribution, sdoc: Doc, at: int) -> bool:
    """Whether the statement noun at character `at` is the claimant's: owned by a name the registry gives
    as the claimant ("the NIS assessment of Dec. 19, when the agency said"), else the subject of their
    reporting verb ("the ministry's bulletin of January 5 claimed"), or a noun the sieve read the claimant
    off ("By the General Staff's count", "The Pentagon's estimate"); not one the claimant answers
    ("Responding to Syrskyi's remarks on Sunday, the ministry said ...")."""
    noun = next((t for t in sdoc if t.idx == at), None)
    if noun is not None and att.name is not None and noun.text in att.name.split():
        return True  # the claimant is the noun's own phrase ("Mediazona count in January")
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound")] if noun is not None else []
    for o in owners:
        # "the NIS assessment of Dec. 19, when the agency said ...": the claimant's own, by its owner
        e = lookup(" ".join(t.text for t in o.subtree if t.dep_ != "case"))
        if e is not None:
            return e.name == att.name
    v = att.verb
    if v is None or v.doc is not sdoc:
        return True
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "PRON" and at < subj.idx:
        return True  # "the agency's previous assessment in December, when it said ...": it refers back
    return subj is not None and subj.left_edge.idx <= at <= subj.right_edge.idx


def before_copula(v: Token) -> list[Token]:
    """What the parser hung on the copula before it when the reporting verb is a clause on the figure
    noun the copula's subject is ('The figure he gave on 15 August was ...')."""
    noun = v.head
    if v.dep_ not in ("relcl", "acl") or noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return []
    # (or on the figure noun: "The last figure Syrskyi gave, at the end of August, was ...")
    return [c for c in (*noun.children, *noun.head.children) if noun.i < c.i < noun.head.i and c.i != v.i]
