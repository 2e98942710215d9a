"""The time a clause sets a statement at: a verb's own times, and the time of the clause a 'when' or
'where' clause hangs on ('since 27 August, when the commander-in-chief said ...', 'Late on Wednesday
Putin visited a command post in Kursk, where Gerasimov told him ...')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup
from kursk_claims.rules.phrases import REPORT_VERBS, REVISE_VERBS
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


def shared_subject(v: Token, claimant: str | None) -> Token | None:
    """The subject a joined verb with none of its own shares with the verb it is joined to, when it names
    the claimant ('Twelve months ago, Syrskyi sat across a table from Zelensky and told him ...'; 'Your
    correspondent Mr R. Pettifer dismisses ... and asserts'), not another act's ('In November, the North
    group liberated seven settlements ..., Konashenkov told journalists on Saturday')."""
    subj = next((c for c in v.head.children if c.dep_ == "nsubj" and c.i < v.i), None)
    if subj is None or not claimant:
        return None
    known = lookup(subj.text)
    named = claimant.split()[-1] in {t.text for t in subj.subtree}
    return subj if named or (known is not None and known.name == claimant) else None


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


# "claimed on Sunday to have recaptured three villages, and on Monday another 12 settlements", "said on Dec.
# 23 that ..., and on Jan. 6 he said ...": a later conjunct opening with a time of its own, after a time the
# sentence set its statement at, is a statement of that time when it goes on with a verb of saying or
# giving, or gives its figure without a verb (gapping the statement's: no finite verb between the
# statement's time and the conjunct). Not an event's time ("retook five villages on Saturday and on Sunday
# another three"), not inside a quotation, not a range's end ("between 6 August and 28 October").
_AND_THEN = re.compile(r"(?i)(?:,|;)?\s+and\s+(?:then\s+|later\s+)?$")
_OPENS = re.compile(r"(?i)(?:on|in|late|early|yesterday|last)\b")
_SAID_AT = re.compile(r"(?i)\b(?:" + REPORT_FORMS_RX + r")\s+(?:[\w,.'’-]+\s+){0,2}$")
_GIVING = REPORT_VERBS | REVISE_VERBS | {"give"}


def conjunct_time(num: Token) -> str | None:
    """The time phrase that opens the conjunct of a sentence holding the figure `num` (see above)."""
    text, at = num.doc.text, num.idx
    if text[:at].count('"') % 2 or text[:at].count("“") > text[:at].count("”"):
        return None
    before = [m for m in dates.TIME_PHRASE.finditer(text) if m.end() <= at]
    if (
        len(before) < 2
        or not _AND_THEN.search(text[: before[-1].start()])
        or not _OPENS.match(before[-1].group(0))
    ):
        return None
    # the times before it that a statement was set at: right after a reporting verb, or opening the sentence
    said = [m for m in before[:-1] if _SAID_AT.search(text[: m.start()]) or not text[: m.start()].strip()]
    conjunct = [t for t in num.doc if t.idx >= before[-1].end()]
    verbs = [t for t in conjunct if t.pos_ in ("VERB", "AUX")]
    if verbs:
        v = verbs[0]
        # with its own subject ("and on Monday he put the total at 133,000"), or joined to the reporting verb
        # ("said on Tuesday ... and on Wednesday gave the figure as 112"; not to another act, "had sent
        # reinforcements on Monday, and on Tuesday put 2,000 more troops into the salient")
        own = any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or (
            v.dep_ == "conj" and v.head.lemma_.lower() in REPORT_VERBS
        )
        # ("put the total at 133,000", not "put 2,000 more troops into the salient"; not "gave up 4 villages")
        put_at = v.lemma_.lower() != "put" or any(c.dep_ == "prep" and c.lower_ == "at" for c in v.children)
        particle = any(c.dep_ == "prt" for c in v.children)
        giving = v.idx < at and v.lemma_.lower() in _GIVING and own and put_at and not particle
        return before[-1].group(0) if said and giving else None
    finite = [
        t
        for t in num.doc
        if before[-2].end() <= t.idx < before[-1].start() and t.tag_ in ("VBD", "VBZ", "VBP", "MD")
    ]
    return before[-1].group(0) if said and said[-1] is before[-2] and not finite else None
