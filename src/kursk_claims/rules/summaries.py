"""A page's summary restates its body: a figure in the headline or a key-points list, with no time of
its own, was claimed when the body says its speaker gave it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kursk_claims.rules.dated_statements import same_speaker
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.spans import _BULLET

if TYPE_CHECKING:
    from kursk_claims.models import Claim
    from kursk_claims.rules.context import DocContext
    from kursk_claims.text.segment import Sentence

# the dates a claim takes when nothing in its sentence or before it says when it was claimed
_UNDATED = frozenset({"date.document_date", "date.article_voice"})


def is_summary(ctx: DocContext, s: Sentence) -> bool:
    """A headline or a list item ('- Russia's acting Kursk governor tells Putin ...'): a line that
    restates figures the body gives, however far below."""
    return s.headline or _BULLET.match(ctx.document.text[s.start : s.end]) is not None


def same_figure_later(c: Claim, b: Claim) -> bool:
    """Whether b, further down the page, gives the figure c does (same metric, within 2%)."""
    return (
        b.start > c.start and b.metric == c.metric and abs(b.value - c.value) <= 0.02 * max(abs(c.value), 1)
    )


def date_summaries(ctx: DocContext, claims: list[Claim]) -> list[Claim]:
    """'Key points: - Russia's acting Kursk governor tells Putin 28 settlements are in Ukrainian hands'
    over a live blog whose Monday entry reports it: the summary's figure is of the day the body dates
    the same speaker's same figure (`date.summary_restates`), not the page's."""

    summary = {c.start for c in claims if (s := ctx.sentence_at(c.start)) is not None and is_summary(ctx, s)}
    out: list[Claim] = []
    for c in claims:
        if c.start in summary and c.claimant and c.evidence.get("claim_date", {}).get("rule") in _UNDATED:
            body = next(
                (
                    b
                    for b in claims
                    if same_figure_later(c, b)
                    and b.start not in summary
                    and b.claimant
                    and same_speaker(b.claimant, c.claimant)
                    and b.claim_date
                ),
                None,
            )
            if body is not None and body.claim_date != c.claim_date:
                why = Decision(
                    "date.summary_restates",
                    f"restates the body's figure of {body.claimant}, dated {body.claim_date} (claim at {body.start})",
                )
                c = replace(
                    c, claim_date=body.claim_date, evidence={**c.evidence, "claim_date": why.record()}
                )
        out.append(c)
    return out
