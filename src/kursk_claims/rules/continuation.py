"""Reported speech running on within a paragraph (`paragraph_continuation`, a claimant sieve rule)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.outlet import OWN_WORK
from kursk_claims.rules.phrases import _reporting_verbs
from kursk_claims.rules.posts import WRITER_SINGULAR
from kursk_claims.rules.spans import WRITER_ASIDE
from kursk_claims.rules.speaker_before import entity_just_before
from kursk_claims.rules.tree import _subject_of
from kursk_claims.text import dates

if TYPE_CHECKING:
    from kursk_claims.rules.mentions import Resolver


def paragraph_continuation(r: Resolver, t: Target) -> Attribution | None:
    """Reported speech runs on within a paragraph: an unattributed sentence right after an
    attributed one on the same line continues that speaker ('Smirnov said ... At the same time, ...')."""
    s = t.s
    if s.idx == 0:
        return None
    if any(
        re.search(r"\d{4}|" + dates.MONTH_RX, m.group(0))
        and "since" not in s.text[max(0, m.start() - 50) : m.start()]
        for m in dates.TIME_PHRASE.finditer(s.text)
    ):
        # a dated event ("In a surprise offensive launched in August 2024, ...") is narrative; a running
        # total since a month is not ("In all, since the start of hostilities in August, ...")
        return None
    prev = r.ctx.sentences[s.idx - 1]
    if prev.line != s.line:
        return None
    if t.quote is None and (
        WRITER_SINGULAR.search(s.text) or WRITER_ASIDE.match(s.text) or OWN_WORK.search(s.text)
    ):
        return None  # "My own reading of the footage puts ...", "By our reading of the maps, ...": the writer speaks
    pdoc = r.ctx.sent_doc(prev.idx, s.idx)
    if pdoc is None:
        return None
    # ("According to the ministry, the army lost 310 servicemen. In all, the enemy's losses have exceeded ...":
    # a source the sentence before opens with, for its whole clause)
    for a in pdoc:
        if a.lower_ == "according" and a.head.dep_ == "ROOT" and a.i < a.head.i:
            src = next(
                (g for c in a.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None
            )
            got = r.resolve_subject(src, prev.idx, s.idx) if src is not None else None
            if src is not None and got is not None and got.kind in ("person", "body", "group", "media"):
                why = f"continues what the previous sentence gave 'according to {src.text}'"
                return Attribution.of(got, Decision("claimant.paragraph_continuation", why), None)
    for v in _reporting_verbs(pdoc):
        if v.dep_ != "ROOT":
            continue
        subj = _subject_of(v) or entity_just_before(pdoc, v)
        if subj is None:
            continue
        got = r.resolve_subject(subj, prev.idx, s.idx)
        if got is not None and got.kind in ("person", "body", "group", "media"):
            return Attribution.of(
                got,
                Decision(
                    "claimant.paragraph_continuation",
                    f"continues the reported speech of the previous sentence ('{subj.text} {v.text}')",
                ),
                None,
            )
    return None
